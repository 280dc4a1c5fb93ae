"""`pswdesk handover`: one client's handover summary PDF, recorded as a disclosure."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk.cli.common import CliError, UsageError, acting, date, open_db, say
from pswdesk.cli.common import client_id as find_client_id
from pswdesk.db import Database
from pswdesk.services.access import Actor
from pswdesk.services.consent_rules import SECTION_KEYS, ConsentState
from pswdesk.vocabulary import DocumentLanguage

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers
    from pswdesk.services.handover import RecipientOption


def cmd_handover(args: argparse.Namespace) -> int:
    from pswdesk.services import handover

    if args.list_recipients:
        return _list_recipients(args)
    missing = [
        flag
        for flag, value in (("--from", args.date_from), ("--to", args.date_to), ("-o", args.output))
        if value is None
    ]
    if missing:
        raise UsageError(f"the following arguments are required: {', '.join(missing)}")
    if args.emergency_reason is not None and not args.emergency_reason.strip():
        raise UsageError("--emergency-reason needs the reason, in words")
    emergency = bool(args.emergency_reason)
    if args.recipient is None and not (emergency and args.recipient_name):
        raise UsageError(
            "say who receives it: --recipient CONSENT_ID or careteam:MEMBER_ID"
            + (", or --recipient-name NAME" if emergency else "")
        )
    if args.recipient_name and not emergency:
        raise UsageError(
            "--recipient-name is only for an emergency disclosure; a handover under a "
            "consent goes to the recipient the consent names"
        )
    db = open_db(args)
    try:
        actor = acting(db, args.user)
        client_id = find_client_id(db, actor, args.client)
        consent_id, name = _recipient(db, actor, client_id, args.recipient, emergency)
        result = handover.produce_handover(
            db, actor, client_id,
            consent_id=consent_id, emergency_reason=args.emergency_reason,
            recipient_name=args.recipient_name or name,
            date_from=args.date_from, date_to=args.date_to, sections=args.sections,
            include_unreviewed=args.include_unreviewed, output=args.output, paper=args.paper,
            language=args.language,
        )  # fmt: skip
    except handover.NoActiveConsent as exc:
        raise CliError(f"{exc} (--emergency-reason TEXT)") from exc
    finally:
        db.dispose()
    withheld = ",".join(result.withheld) or "none"
    left_out = [k for k in SECTION_KEYS if k not in result.sections + result.withheld]
    if left_out:
        withheld += f"; left out {','.join(left_out)}"
    basis = (
        "EMERGENCY disclosure, flagged to supervisors"
        if result.emergency
        else f"consent {consent_id}"
    )
    say(
        f"{args.output}: {result.pages} page{'s' if result.pages != 1 else ''}, "
        f"{result.contacts} contact{'s' if result.contacts != 1 else ''}; "
        f"shared {','.join(result.sections)}; withheld {withheld}; "
        f"disclosure {result.disclosure_id} recorded ({basis})"
    )
    return 0


def _list_recipients(args: argparse.Namespace) -> int:
    from pswdesk.services import handover

    db = open_db(args)
    try:
        actor = acting(db, args.user)
        options = handover.recipients(db, actor, find_client_id(db, actor, args.client))
    finally:
        db.dispose()
    if not options:
        say("No consents on record for this client: only an emergency disclosure is possible.")
        return 0
    header = ("CONSENT", "CARETEAM", "STATE", "RECIPIENT", "SECTIONS")
    table = [header] + [
        (
            str(o.consent_id),
            f"careteam:{o.care_team_member_id}" if o.care_team_member_id else "-",
            _state_text(o),
            o.recipient,
            ",".join(o.scope) or "nothing",
        )
        for o in options
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)]
        say("  ".join([*cells, row[-1]]).rstrip())
    return 0


def _state_text(option: RecipientOption) -> str:
    state = option.state
    if state == ConsentState.REVOKED:
        return f"revoked {option.revoked_on}"
    if state == ConsentState.EXPIRED:
        return f"expired {option.expires_on}"
    if state == ConsentState.FUTURE:
        return f"starts {option.given_on}"
    return f"{state.value} to {option.expires_on}" if option.expires_on else state.value


def _recipient(
    db: Database, actor: Actor, client_id: int, text: str | None, emergency: bool
) -> tuple[int | None, str | None]:
    """``--recipient`` as (consent id, recipient name for an emergency)."""
    from pswdesk.services import handover

    if text is None:
        return None, None
    kind, sep, number = text.strip().partition(":")
    if not sep:
        kind, number = "consent", kind
    kind = kind.strip().lower().replace("-", "").replace("_", "")
    if kind not in ("consent", "careteam") or not number.strip().isdigit():
        raise UsageError(
            f"--recipient {text!r}: give a consent id (12 or consent:12) "
            "or a care-team member (careteam:7)"
        )
    ident = int(number)
    if kind == "consent":
        return ident, None
    chosen = handover.care_team_consent(db, actor, client_id, ident, emergency=emergency)
    return chosen.consent_id, chosen.name if chosen.consent_id is None else None


HANDOVER_DESCRIPTION = """\
Writes one client's handover summary for one recipient as a PDF and records it
as a disclosure. It holds approved notes only, and only the sections that the
recipient's active consent covers. Without an active consent it is refused,
unless --emergency-reason says why it cannot wait: then any section may be
shared, every page is marked as an emergency disclosure, and the client's
supervisors are told.
"""
HANDOVER_EPILOG = f"""\
RECIPIENT (--recipient) is one of:
  12 or consent:12   the client's consent number 12; it must be in force, and
                     the PDF goes to the recipient that consent names
  careteam:7         care-team member 7: their newest consent in force is used
                     (with --emergency-reason, a member without one is allowed)
An emergency disclosure may instead name anyone with --recipient-name NAME.
--list-recipients shows the client's consents and care-team ids.

Sections (--sections, comma-separated; default: all the consent covers):
  {",".join(SECTION_KEYS)}

The summary is written in English, or in French with --language fr: the
recipient's language, whatever the app's; the disclosure records which.

Example:
  PSWDESK_PASSWORD=... pswdesk handover 42 --recipient careteam:7 \\
      --from 2025-01-01 --to 2025-03-31 --user worker1 -o handover.pdf
"""


def register(sub: Subparsers) -> None:
    ho = sub.add_parser(
        "handover",
        help="write a client's handover summary PDF and record the disclosure",
        description=HANDOVER_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=HANDOVER_EPILOG,
    )
    ho.add_argument("client", metavar="CLIENT", help="client id, or exact name if unique")
    ho.add_argument("--recipient", metavar="RECIPIENT", help="consent id or careteam:ID")
    ho.add_argument(
        "--from",
        dest="date_from",
        type=date,
        metavar="YYYY-MM-DD",
        help="first day of contacts to summarise",
    )
    ho.add_argument(
        "--to",
        dest="date_to",
        type=date,
        metavar="YYYY-MM-DD",
        help="last day of contacts to summarise (included)",
    )
    ho.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="where to write it")
    ho.add_argument("--user", required=True, metavar="NAME", help="the acting worker or supervisor")
    ho.add_argument(
        "--sections",
        type=_sections,
        metavar="A,B",
        help="share only these sections (default: all the consent covers)",
    )
    ho.add_argument(
        "--include-unreviewed",
        action="store_true",
        help="also summarise submitted notes, marked 'not yet reviewed'",
    )
    ho.add_argument(
        "--emergency-reason",
        metavar="TEXT",
        help="share without consent, for this reason (flagged to supervisors)",
    )
    ho.add_argument(
        "--recipient-name",
        metavar="NAME",
        help="who receives an emergency disclosure, if not a care-team member",
    )
    ho.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    ho.add_argument(
        "--language",
        choices=[v.value for v in DocumentLanguage],
        default=DocumentLanguage.ENGLISH.value,
        help="the language the summary is written in, the recipient's (default: en)",
    )
    ho.add_argument(
        "--list-recipients",
        action="store_true",
        help="list the client's consents (ids, state, scope) and stop",
    )
    ho.set_defaults(handler=cmd_handover)


def _sections(text: str) -> list[str]:
    keys = [k.strip() for k in text.split(",") if k.strip()]
    unknown = [k for k in keys if k not in SECTION_KEYS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown section {', '.join(map(repr, unknown))}; choose from {','.join(SECTION_KEYS)}"
        )
    if not keys:
        raise argparse.ArgumentTypeError("name at least one section")
    return keys
