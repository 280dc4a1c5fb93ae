"""`pswdesk client ...`: register, list, show, edit, assign, close, reopen and merge clients.

Every command acts as ``--user`` and follows the same rules as the app (the
services check them). ``client add`` prints the new client's id as the first
number on its line; a likely duplicate is refused with exit code 3, naming the
client where the user may see them, unless ``--allow-duplicate``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from pswdesk.cli.common import (
    DuplicateRefused,
    UsageError,
    acting_user,
    as_user,
    client_id,
    date,
    say,
)
from pswdesk.cli.common import table as print_table
from pswdesk.db import Database
from pswdesk.errors import DuplicateFound
from pswdesk.services import assignments, clients, closing, intake
from pswdesk.services.access import Actor
from pswdesk.services.client_input import FIELD_NAMES, ClientInput
from pswdesk.vocabulary import CHOSEN_CLOSE_REASONS, ClientStatus, CloseReason, Role

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers

#: (flag, field, help) of the text fields, the same for add and edit.
TEXT_FLAGS = (
    ("--preferred-name", "preferred_name", "the name they want to be called"),
    ("--legal-name", "legal_name", None),
    ("--pronouns", "pronouns", None),
    ("--phone", "phone", None),
    ("--email", "email", None),
    ("--address", "address", None),
    ("--emergency-contact", "emergency_contact", None),
    ("--language", "preferred_language", "preferred language"),
    ("--referral-source", "referral_source", "how they came to the agency"),
)
SWITCH_FLAGS = (
    ("--phone-ok-message", "phone_ok_message", "a message may be left on the phone"),
    ("--email-ok-message", "email_ok_message", "a message may be left by email"),
    ("--safety-sensitive", "safety_sensitive", "keep contact details out of handovers"),
)
ALLOW_HINT = "if this is a different person, run the command again with --allow-duplicate"


def _given(args: argparse.Namespace) -> dict[str, Any]:
    fields = [f for _flag, f, _h in TEXT_FLAGS + SWITCH_FLAGS] + ["date_of_birth"]
    return {f: getattr(args, f) for f in fields if hasattr(args, f)}


def _worker_ids(db: Database, actor: Actor, names: list[str] | None) -> list[int] | None:
    if not names:
        return None
    return [assignments.user_id_by_name(db, actor, n) for n in names]


def _workers(d: clients.ClientDetail) -> str:
    return ", ".join(w.full_name for w in d.workers) or "no worker"


def cmd_add(args: argparse.Namespace) -> int:
    with as_user(args) as (db, actor):
        data = ClientInput(**_given(args))
        try:
            d = intake.register_client(
                db, actor, data,
                workers=_worker_ids(db, actor, args.worker), allow_duplicate=args.allow_duplicate,
            )  # fmt: skip
        except DuplicateFound as exc:
            raise DuplicateRefused(f"{exc}; {ALLOW_HINT}") from exc
    say(f"Client {d.id} registered: {d.preferred_name}, carried by {_workers(d)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    rows: list[clients.ClientRow] = []
    with as_user(args) as (db, actor):
        scope = "team" if actor.has(Role.SUPERVISOR) else "mine"
        status = ClientStatus.CLOSED if args.closed else ClientStatus.ACTIVE
        while True:
            page = clients.list_caseload(
                db, actor, scope=scope, search=args.search or "", status=status,
                sort="name", offset=len(rows), limit=500,
            )  # fmt: skip
            rows.extend(page)
            if len(page) < 500:
                break
    print_table(
        ("ID", "NAME", "STATUS", "WORKERS"),
        [(str(r.id), r.preferred_name, r.status, r.workers or "-") for r in rows],
        last_free=True,
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with as_user(args) as (db, actor):
        d = clients.get_client(db, actor, client_id(db, actor, args.client))
    yes = {True: "yes", False: "no"}
    lines = [
        ("id", str(d.id)), ("preferred name", d.preferred_name), ("legal name", d.legal_name),
        ("pronouns", d.pronouns), ("date of birth", str(d.date_of_birth or "")),
        ("phone", d.phone), ("message by phone", yes[d.phone_ok_message]),
        ("email", d.email), ("message by email", yes[d.email_ok_message]),
        ("address", d.address), ("emergency contact", d.emergency_contact),
        ("preferred language", d.preferred_language), ("referral source", d.referral_source),
        ("safety-sensitive", yes[d.safety_sensitive]), ("status", d.status),
        ("workers", _workers(d)), ("risk", d.risk.label), ("notes", str(d.note_count)),
        ("version", str(d.version)),
    ]  # fmt: skip
    if d.closed:
        extra = [
            ("closed on", str(d.closed_on)),
            ("close reason", CloseReason(d.close_reason).label if d.close_reason else ""),
        ]
        if d.close_reason_text:
            extra.append(("close reason text", d.close_reason_text))
        if d.merged_into_id:
            extra.append(("merged into", str(d.merged_into_id)))
        at = [key for key, _value in lines].index("status") + 1
        lines[at:at] = extra
    for key, value in lines:
        say(f"{key}: {' / '.join(value.splitlines())}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    changes = _given(args)
    if not changes:
        raise UsageError("say what to change, for example --phone NUMBER")
    with as_user(args) as (db, actor):
        cid = client_id(db, actor, args.client)
        before = clients.get_client(db, actor, cid, audit_open=False)
        data = ClientInput.from_record(before).with_changes(**changes)
        after = clients.update_client(db, actor, cid, before.version, data)
    changed = [f for f in FIELD_NAMES if f in changes and getattr(before, f) != getattr(after, f)]
    say(f"Client {cid} " + (f"updated: {', '.join(changed)}" if changed else "unchanged"))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    if not (args.worker or args.remove):
        raise UsageError("give --worker USERNAME to assign, --remove USERNAME to unassign")
    with as_user(args) as (db, actor):
        cid = client_id(db, actor, args.client)
        d = clients.get_client(db, actor, cid, audit_open=False)
        for uid in _worker_ids(db, actor, args.worker) or []:
            d = clients.assign_worker(db, actor, cid, uid)
        for uid in _worker_ids(db, actor, args.remove) or []:
            d = clients.unassign_worker(db, actor, cid, uid)
    say(f"Client {cid} is carried by {_workers(d)}")
    return 0


def close_reason(text: str) -> CloseReason:
    """A reason's key ("goals_met") or label ("Goals met"), as a person types it."""
    wanted = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
    for r in CHOSEN_CLOSE_REASONS:
        if wanted in (r.value.replace("_", " "), r.label.casefold()):
            return r
    keys = ", ".join(r.value for r in CHOSEN_CLOSE_REASONS)
    raise argparse.ArgumentTypeError(f"{text!r} is not a reason for closing; use one of {keys}")


def cmd_close(args: argparse.Namespace) -> int:
    with as_user(args) as (db, actor):
        cid = client_id(db, actor, args.client)
        d = clients.get_client(db, actor, cid, audit_open=False)
        on = args.on or dt.date.today()
        d = closing.close_client(db, actor, cid, d.version, args.reason, on, args.text or "")
    say(f"Client {cid} closed on {d.closed_on}: {args.reason.label}")
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    with as_user(args) as (db, actor):
        cid = client_id(db, actor, args.client)
        d = clients.get_client(db, actor, cid, audit_open=False)
        closing.reopen_client(db, actor, cid, d.version, args.reason)
    say(f"Client {cid} reopened")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from pswdesk.services import merging

    with as_user(args) as (db, actor):
        keep = clients.get_client(db, actor, client_id(db, actor, args.keep), audit_open=False)
        other = clients.get_client(db, actor, client_id(db, actor, args.other), audit_open=False)
        result = merging.merge_clients(
            db, actor, keep.id, other.id, keep_version=keep.version, other_version=other.version
        )
    moved = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in result.moved.items() if n)
    say(
        f"Client {result.merged_id} merged into client {result.kept_id}: moved {moved or 'nothing'}"
    )
    return 0


def _dob(text: str) -> dt.date | None:
    return None if not text.strip() else date(text)


def _detail_flags(p: argparse.ArgumentParser, *, adding: bool) -> None:
    for flag, field, help_text in TEXT_FLAGS:
        required = adding and field == "preferred_name"
        p.add_argument(
            flag, dest=field, metavar="TEXT", required=required, help=help_text,
            default=argparse.SUPPRESS,
        )  # fmt: skip
    p.add_argument(
        "--dob", dest="date_of_birth", type=_dob, metavar="YYYY-MM-DD",
        default=argparse.SUPPRESS, help="date of birth" + ("" if adding else " ('' clears it)"),
    )  # fmt: skip
    for flag, field, help_text in SWITCH_FLAGS:
        p.add_argument(
            flag, dest=field, action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS,
            help=help_text,
        )  # fmt: skip


def register(sub: Subparsers) -> None:
    client = sub.add_parser("client", help="register, find, change, close and merge clients")
    cs = client.add_subparsers(dest="client_command", metavar="ACTION", required=True)

    add = cs.add_parser("add", help="register a new client (prints its id)")
    _detail_flags(add, adding=True)
    add.add_argument(
        "--worker", action="append", metavar="USERNAME",
        help="who carries the client (supervisors; repeat for several; a worker: themselves)",
    )  # fmt: skip
    add.add_argument(
        "--allow-duplicate", action="store_true",
        help="register even though a client with these details may exist (recorded)",
    )  # fmt: skip
    acting_user(add)
    add.set_defaults(handler=cmd_add)

    ls = cs.add_parser("list", help="one line per client: id, name, status, workers")
    ls.add_argument("--closed", action="store_true", help="the closed files instead")
    ls.add_argument("--search", metavar="TEXT", help="part of the preferred or legal name")
    acting_user(ls)
    ls.set_defaults(handler=cmd_list)

    show = cs.add_parser("show", help="a client's details (the opening is audited)")
    show.add_argument("client", metavar="CLIENT", help="client id, or exact name if unique")
    acting_user(show)
    show.set_defaults(handler=cmd_show)

    edit = cs.add_parser("edit", help="change a client's details")
    edit.add_argument("client", metavar="CLIENT")
    _detail_flags(edit, adding=False)
    acting_user(edit)
    edit.set_defaults(handler=cmd_edit)

    assign = cs.add_parser("assign", help="assign or unassign workers (supervisors)")
    assign.add_argument("client", metavar="CLIENT")
    assign.add_argument("--worker", action="append", metavar="USERNAME", help="assign (repeat)")
    assign.add_argument("--remove", action="append", metavar="USERNAME", help="unassign (repeat)")
    acting_user(assign)
    assign.set_defaults(handler=cmd_assign)

    close = cs.add_parser("close", help="close a client's file")
    close.add_argument("client", metavar="CLIENT")
    close.add_argument(
        "--reason", required=True, type=close_reason, metavar="REASON",
        help="one of " + ", ".join(r.value for r in CHOSEN_CLOSE_REASONS) + " (or its label)",
    )  # fmt: skip
    close.add_argument("--text", metavar="TEXT", help="in words (needed for 'other')")
    close.add_argument("--on", type=date, metavar="YYYY-MM-DD", help="the date (default today)")
    acting_user(close)
    close.set_defaults(handler=cmd_close)

    reopen = cs.add_parser("reopen", help="reopen a closed file")
    reopen.add_argument("client", metavar="CLIENT")
    reopen.add_argument("--reason", required=True, metavar="TEXT", help="why, in words")
    acting_user(reopen)
    reopen.set_defaults(handler=cmd_reopen)

    merge = cs.add_parser("merge", help="merge OTHER into KEEP: two records of one person")
    merge.add_argument("keep", metavar="KEEP", help="the record that stays")
    merge.add_argument("other", metavar="OTHER", help="the record merged into it and closed")
    acting_user(merge)
    merge.set_defaults(handler=cmd_merge)
