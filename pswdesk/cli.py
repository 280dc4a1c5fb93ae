"""The `pswdesk` command: opens the app, and runs the administrator's jobs.

The interface is stable (scripts and tests rely on it; docs/ARCHITECTURE.md,
Command line). Every
command takes ``--db URL`` (else ``PSWDESK_DB``, else the per-user SQLite file).
Passwords never come from the command line: the acting user's from
``PSWDESK_PASSWORD``, a new account's from ``PSWDESK_NEW_PASSWORD``, otherwise
from a prompt. Any error is one line on stderr starting with ``pswdesk: `` and
a non-zero exit, never a traceback (``PSWDESK_DEBUG=1`` shows one for bugs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pswdesk.db import Database, database_errors, describe_url
from pswdesk.errors import PswdeskError
from pswdesk.services import users
from pswdesk.services.access import Actor
from pswdesk.services.auth import login
from pswdesk.services.consent_rules import SECTION_KEYS, ConsentState
from pswdesk.vocabulary import Role

if TYPE_CHECKING:
    from pswdesk.services.handover import RecipientOption

ENV_PASSWORD = "PSWDESK_PASSWORD"
ENV_NEW_PASSWORD = "PSWDESK_NEW_PASSWORD"
ENV_DEBUG = "PSWDESK_DEBUG"
PROG = "pswdesk"

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A problem with how the command was used; printed as one line."""


class UsageError(CliError):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse prints usage plus an error; we want one line and no exit from inside."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


# -- helpers ------------------------------------------------------------------------------


def _say(text: str = "") -> None:
    print(text, flush=True)


def _open(args: argparse.Namespace) -> Database:
    return Database(args.db)


def _password(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"no password given: set {env} or run the command in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CliError("the two passwords do not match")
    return first


def _acting(db: Database, username: str) -> Actor:
    return login(db, username, _password(ENV_PASSWORD, f"Password for {username}: "))


# -- commands -----------------------------------------------------------------------------


def cmd_app(args: argparse.Namespace) -> int:
    return _run_app(args.db, demo=False)


def _run_app(db_url: str | None, *, demo: bool, accounts: Sequence[Any] = ()) -> int:
    try:
        from pswdesk.gui.app import run_app
    except ImportError as exc:
        raise CliError(f"the desktop app cannot start: {exc}") from exc
    if demo:
        return run_app(db_url, demo=True, demo_accounts=list(accounts))
    return run_app(db_url)


def cmd_demo(args: argparse.Namespace) -> int:
    from pswdesk.demo import create_demo_database, demo_database_path

    if args.db and "://" in args.db:
        raise CliError("'pswdesk demo' makes its own SQLite file; give --db a file path or none")
    path = Path(args.db) if args.db else demo_database_path()
    _say(f"Creating a demo agency in {path} ...")
    info = create_demo_database(
        path, clients=args.clients, notes_per_client=args.notes_per_client, seed=args.seed
    )
    r = info.report
    _say(f"{r.clients} clients, {r.notes} notes. Demo accounts:")
    for a in info.accounts:
        _say(f"  {a.username:<14} {a.role:<14} {a.full_name}")
    _say(_password_line(info.password_generated, info.accounts[0].password))
    if args.no_gui:
        return 0
    return _run_app(info.url, demo=True, accounts=info.accounts)


def _password_line(generated: bool, password: str) -> str:
    if generated:
        return f"Password for every demo account: {password}"
    return f"Every demo account uses the password in {ENV_PASSWORD}."


def cmd_init(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        if users.is_initialised(db):
            raise CliError(f"{describe_url(db.url)} already has an agency; nothing was changed")
        password = _new_admin_password(args.admin)
        actor = users.initialise(db, args.agency, args.admin, args.full_name or "", password)
        _say(f"Created agency {args.agency!r} with administrator {actor.username!r}")
        _say(f"Database: {describe_url(db.url)}")
    finally:
        db.dispose()
    return 0


def _new_admin_password(username: str) -> str:
    return _password(ENV_PASSWORD, f"New password for {username}: ", confirm=True)


def cmd_user_add(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        actor = _acting(db, args.user)
        password = _password(ENV_NEW_PASSWORD, f"New password for {args.username}: ", confirm=True)
        row = users.add_user(
            db, actor, args.username, args.full_name or "", args.role, password, args.supervisor
        )
        sup = f", supervised by {row.supervisor_name}" if row.supervisor_name else ""
        _say(f"Added {row.username} ({row.full_name}): {', '.join(row.roles)}{sup}")
    finally:
        db.dispose()
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        rows = users.list_users(db, _acting(db, args.user))
    finally:
        db.dispose()
    header = ("USER", "NAME", "ROLES", "SUPERVISOR", "STATUS")
    table = [header] + [
        (
            r.username,
            r.full_name,
            ",".join(r.roles),
            r.supervisor_name or "-",
            "locked" if r.locked else ("active" if r.active else "inactive"),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        _say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    db = Database(args.db, upgrade=False)
    try:
        state = db.schema_state()
        if state.up_to_date:
            _say(f"The database schema is up to date ({state.head}).")
            return 0
        db.upgrade()
        _say(f"Upgraded the database schema from {state.current or 'empty'} to {state.head}.")
    finally:
        db.dispose()
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from pswdesk.demo import demo_password, seed_demo

    password, generated = demo_password()
    db = _open(args)
    try:
        report = seed_demo(
            db,
            clients=args.clients,
            notes_per_client=args.notes_per_client,
            seed=args.seed,
            password=password,
        )
    finally:
        db.dispose()
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(report.by_status.items()))
    _say(f"Seeded {report.clients} clients and {report.notes} notes in {report.seconds:.1f} s")
    _say(f"({statuses}). The agency is now marked as demo data.")
    _say("Demo staff (user name, roles, supervisor):")
    for st in report.staff:
        _say(f"  {st.username:<14} {'+'.join(st.roles):<18} {st.supervisor or '-'}")
    _say(_password_line(generated, password))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from pswdesk.services.integrity import check

    db = Database(args.db, upgrade=False)  # report an old schema, do not change it
    try:
        report = check(db)
    finally:
        db.dispose()
    _say(
        f"Checked schema {report.schema}, {report.approved_notes} signed notes, "
        f"{report.addenda} addenda, {report.audit_entries} audit entries."
    )
    if report.ok:
        _say("No problems found.")
        return 0
    for problem in report.problems:
        _say(f"  problem: {problem}")
    n = len(report.problems)
    print(f"{PROG}: verify found {n} problem{'s' if n != 1 else ''}", file=sys.stderr)
    return 1


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
    db = _open(args)
    try:
        actor = _acting(db, args.user)
        client_id = _client_id(db, actor, args.client)
        consent_id, name = _recipient(db, actor, client_id, args.recipient, emergency)
        result = handover.produce_handover(
            db, actor, client_id,
            consent_id=consent_id, emergency_reason=args.emergency_reason,
            recipient_name=args.recipient_name or name,
            date_from=args.date_from, date_to=args.date_to, sections=args.sections,
            include_unreviewed=args.include_unreviewed, output=args.output, paper=args.paper,
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
    _say(
        f"{args.output}: {result.pages} page{'s' if result.pages != 1 else ''}, "
        f"{result.contacts} contact{'s' if result.contacts != 1 else ''}; "
        f"shared {','.join(result.sections)}; withheld {withheld}; "
        f"disclosure {result.disclosure_id} recorded ({basis})"
    )
    return 0


def _list_recipients(args: argparse.Namespace) -> int:
    from pswdesk.services import handover

    db = _open(args)
    try:
        actor = _acting(db, args.user)
        options = handover.recipients(db, actor, _client_id(db, actor, args.client))
    finally:
        db.dispose()
    if not options:
        _say("No consents on record for this client: only an emergency disclosure is possible.")
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
        _say("  ".join([*cells, row[-1]]).rstrip())
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


def _client_id(db: Database, actor: Actor, text: str) -> int:
    """CLIENT is an id, or a client's preferred or legal name when only one client has it."""
    from pswdesk.services import clients

    if not text.split():
        raise UsageError("CLIENT is a client id or name")
    return clients.find_client(db, actor, text)


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


# -- the parser ---------------------------------------------------------------------------


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

Example:
  PSWDESK_PASSWORD=... pswdesk handover 42 --recipient careteam:7 \\
      --from 2025-01-01 --to 2025-03-31 --user worker1 -o handover.pdf
"""


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="Case notes for peer-support agencies. With no command, opens the app.",
        epilog=(
            f"Passwords: {ENV_PASSWORD} (the acting user, or the first administrator for "
            f"init), {ENV_NEW_PASSWORD} (a new account for 'user add'); otherwise prompted."
        ),
    )
    p.add_argument("--db", metavar="URL", help="database URL or SQLite file (else PSWDESK_DB)")
    p.set_defaults(handler=cmd_app)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="open the app on a fresh demo database")
    _sizes(demo, clients=30, notes=12)
    demo.add_argument("--no-gui", action="store_true", help="create the database, do not open")
    demo.set_defaults(handler=cmd_demo)

    init = sub.add_parser("init", help="create the agency and its first administrator")
    init.add_argument("--agency", required=True, metavar="NAME")
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--full-name", metavar="NAME", help="the administrator's full name")
    init.set_defaults(handler=cmd_init)

    user = sub.add_parser("user", help="staff accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="add a staff account (administrators)")
    add.add_argument("username")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[r.value for r in Role],
        help="repeat for several",
    )
    add.add_argument("--full-name", metavar="NAME")
    add.add_argument("--supervisor", metavar="USERNAME")
    add.add_argument("--user", required=True, metavar="ADMIN", help="the acting administrator")
    add.set_defaults(handler=cmd_user_add)
    ls = user_sub.add_parser("list", help="list staff accounts")
    ls.add_argument("--user", required=True, metavar="NAME", help="the acting user")
    ls.set_defaults(handler=cmd_user_list)

    dbp = sub.add_parser("db", help="database maintenance")
    db_sub = dbp.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="bring the schema up to this version")
    up.set_defaults(handler=cmd_db_upgrade)

    seed = sub.add_parser("seed-demo", help="fill a new agency with realistic demo data")
    _sizes(seed, clients=None, notes=None)
    seed.set_defaults(handler=cmd_seed_demo)

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
        type=_date,
        metavar="YYYY-MM-DD",
        help="first day of contacts to summarise",
    )
    ho.add_argument(
        "--to",
        dest="date_to",
        type=_date,
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
        "--list-recipients",
        action="store_true",
        help="list the client's consents (ids, state, scope) and stop",
    )
    ho.set_defaults(handler=cmd_handover)

    verify = sub.add_parser("verify", help="check signatures, the audit chain and the file")
    verify.set_defaults(handler=cmd_verify)
    return p


def _sizes(p: argparse.ArgumentParser, *, clients: int | None, notes: int | None) -> None:
    p.add_argument(
        "--clients", type=_positive, required=clients is None, default=clients, metavar="N"
    )
    p.add_argument(
        "--notes-per-client", type=_count, required=notes is None, default=notes, metavar="M"
    )
    p.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")


def _positive(text: str) -> int:
    value = _count(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


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


# -- entry point --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="backslashreplace")
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(str(exc), 2)
    handler: Handler = args.handler
    try:
        with database_errors():
            return handler(args)
    except UsageError as exc:
        return _fail(str(exc), 2)
    except (PswdeskError, CliError) as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        # The reader went away (`pswdesk user list | head`); nothing more to say to it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as exc:  # a bug: still one line, unless asked for the details
        if os.environ.get(ENV_DEBUG):
            traceback.print_exc()
        return _fail(
            f"unexpected error ({exc.__class__.__name__}: {_first_line(exc)}); "
            f"set {ENV_DEBUG}=1 for details"
        )


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def _fail(message: str, code: int = 1) -> int:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
