"""The administrator's jobs: the app itself, a demo, the agency, staff accounts, the schema."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk.cli import keys
from pswdesk.cli.common import (
    ENV_NEW_PASSWORD,
    ENV_PASSWORD,
    PROG,
    CliError,
    acting,
    count,
    open_db,
    password,
    positive,
    say,
    table,
)
from pswdesk.cli.desktop import run_app
from pswdesk.cli.keys import recovery_key_lines
from pswdesk.db import Database, database_errors, describe_url
from pswdesk.display_check import require_display
from pswdesk.errors import PswdeskError
from pswdesk.keys import ENV_KEY, KeyringUnavailable, KeySource, load_secret
from pswdesk.services import users
from pswdesk.services.auth import change_password, check_password_strength, login
from pswdesk.vocabulary import Role

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers
    from pswdesk.services.database_info import DatabaseInfo


def cmd_demo(args: argparse.Namespace) -> int:
    from pswdesk.demo import create_demo_database, demo_database_path

    if args.db and "://" in args.db:
        raise CliError("'pswdesk demo' makes its own SQLite file; give --db a file path or none")
    if not args.no_gui:
        require_display()  # before the demo is built, not after
    path = Path(args.db) if args.db else demo_database_path()
    say(f"Creating a demo agency in {path} ...")
    info = create_demo_database(
        path, clients=args.clients, notes_per_client=args.notes_per_client, seed=args.seed
    )
    r = info.report
    say(f"{r.clients} clients, {r.notes} notes. Demo accounts:")
    for a in info.accounts:
        say(f"  {a.username:<14} {a.role:<14} {a.full_name}")
    say(_password_line(info.password_generated, info.accounts[0].password))
    if args.no_gui:
        return 0
    return run_app(info.url, demo=True, accounts=info.accounts)


def _password_line(generated: bool, secret: str) -> str:
    if generated:
        return f"Password for every demo account: {secret}"
    return f"Every demo account uses the password in {ENV_PASSWORD}."


def cmd_init(args: argparse.Namespace) -> int:
    # The password is checked before the database is opened: opening may create an
    # encrypted file, whose new key must not be left behind by a refused password.
    secret = password(ENV_PASSWORD, f"New password for {args.admin}: ", confirm=True)
    check_password_strength(secret)
    db = open_db(args)
    try:
        if users.is_initialised(db):
            raise CliError(f"{describe_url(db.url)} already has an agency; nothing was changed")
        actor = users.initialise(db, args.agency, args.admin, args.full_name or "", secret)
        say(f"Created agency {args.agency!r} with administrator {actor.username!r}")
        say(f"Database: {describe_url(db.url)}")
        _show_recovery_key(db)
        if db.secret is None:
            _show_server_key(db)
    finally:
        db.dispose()
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        actor = acting(db, args.user)
        secret = password(ENV_NEW_PASSWORD, f"New password for {args.username}: ", confirm=True)
        row = users.add_user(
            db, actor, args.username, args.full_name or "", args.role, secret, args.supervisor
        )
        sup = f", supervised by {row.supervisor_name}" if row.supervisor_name else ""
        say(f"Added {row.username} ({row.full_name}): {', '.join(row.roles)}{sup}")
    finally:
        db.dispose()
    return 0


def cmd_user_password(args: argparse.Namespace) -> int:
    """The acting user chooses their own password (also after an administrator's reset)."""
    db = open_db(args)
    try:
        current = password(ENV_PASSWORD, f"Current password for {args.user}: ")
        actor = login(db, args.user, current)
        new = password(ENV_NEW_PASSWORD, "New password: ", confirm=True)
        change_password(db, actor, current, new)
        say(f"Password changed for {actor.username}.")
    finally:
        db.dispose()
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        rows = users.list_users(db, acting(db, args.user))
    finally:
        db.dispose()
    table(
        ("USER", "NAME", "ROLES", "SUPERVISOR", "STATUS"),
        [
            (
                r.username,
                r.full_name,
                ",".join(r.roles),
                r.supervisor_name or "-",
                "locked" if r.locked else ("active" if r.active else "inactive"),
            )
            for r in rows
        ],
    )
    return 0


def _show_recovery_key(db: Database) -> None:
    """The recovery key of a database made just now, or of an agency set up just now."""
    if db.secret is None or db.encryption is None:
        return
    if db.encryption.source is KeySource.ENVIRONMENT:
        say(f"The database key is the one in {ENV_KEY}.")
    for line in recovery_key_lines(db.secret, _keyring_problem(db)):
        say(line)


def _show_server_key(db: Database) -> None:
    """A server (or plain file) has no database key: its agency secret keys the audit."""
    from pswdesk.services.audit_chain import server_secret

    secret, made, problem = server_secret(db)
    if not made:
        say(f"The agency key (audit chain and checkpoints) is the one in {ENV_KEY}.")
        return
    say("The agency key signs the audit log and its checkpoints (keep it like a password):")
    for line in recovery_key_lines(secret, problem):
        say(line)


def _keyring_problem(db: Database) -> str | None:
    """Why the keyring does not hold this database's key, or None when it does."""
    assert db.encryption is not None and db.secret is not None
    if db.keyring_problem:
        return db.keyring_problem
    try:
        kept = load_secret(db.encryption.database_id)
    except KeyringUnavailable as exc:
        return str(exc)
    return None if kept == db.secret else "the keyring holds no key for it"


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    db = open_db(args, upgrade=False)
    try:
        state = db.schema_state()
        if state.up_to_date:
            say(f"The database schema is up to date ({state.head}).")
            return 0
        db.upgrade()
        say(f"Upgraded the database schema from {state.current or 'empty'} to {state.head}.")
        if db.encryption is not None and db.encryption.source is KeySource.NEW:
            _show_recovery_key(db)  # a file made just now: its key is new
    finally:
        db.dispose()
    return 0


def cmd_db_grant(args: argparse.Namespace) -> int:
    from pswdesk.services.server_roles import grant_app_role

    db = open_db(args)
    try:
        report = grant_app_role(db, args.role)
    finally:
        db.dispose()
    say(
        f"{report.role} may now use pswdesk here: it reads all {report.tables} tables, "
        "changes working records and adds to history, but cannot change or remove history "
        f"or audit entries, or alter the tables ({report.owner} owns them)."
    )
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from pswdesk.demo import demo_password, seed_demo

    secret, generated = demo_password()
    db = open_db(args)
    try:
        report = seed_demo(
            db,
            clients=args.clients,
            notes_per_client=args.notes_per_client,
            seed=args.seed,
            password=secret,
        )
    finally:
        db.dispose()
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(report.by_status.items()))
    say(f"Seeded {report.clients} clients and {report.notes} notes in {report.seconds:.1f} s")
    say(f"({statuses}). The agency is now marked as demo data.")
    say("Demo staff (user name, roles, supervisor):")
    for st in report.staff:
        say(f"  {st.username:<14} {'+'.join(st.roles):<18} {st.supervisor or '-'}")
    say(_password_line(generated, secret))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from pswdesk.services.database_info import describe
    from pswdesk.services.integrity import check

    digests = [Path(args.digest)] if args.digest else []
    # Read-only: an old schema is reported, not upgraded; nothing is ever written. A file
    # that does not open (empty, foreign, damaged, wrong key) is one line and exit 1.
    db = open_db(args, upgrade=False, read_only=True)
    try:
        with database_errors():
            report = check(db, verifying=True, digest_files=digests)
        info: DatabaseInfo | None = None
        with contextlib.suppress(PswdeskError), database_errors():
            info = describe(db)  # a foreign or old file may lack what it reads
    finally:
        db.dispose()
    for line in _storage_lines(info) if info is not None else []:
        say(line)
    say(
        f"Checked schema {report.schema}, {report.approved_notes} signed notes, "
        f"{report.addenda} addenda, {report.audit_entries} audit entries "
        f"({report.keyed_entries} keyed), {report.checkpoints} checkpoints."
    )
    if report.ok:
        say("No problems found.")
        return 0
    for problem in report.problems:
        say(f"  problem: {problem}")
    n = len(report.problems)
    print(f"{PROG}: verify found {n} problem{'s' if n != 1 else ''}", file=sys.stderr)
    return 1


def register(sub: Subparsers) -> None:
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
    pw = user_sub.add_parser("password", help="change your own password")
    pw.add_argument("--user", required=True, metavar="NAME", help="whose password (yours)")
    pw.set_defaults(handler=cmd_user_password)
    ls = user_sub.add_parser("list", help="list staff accounts")
    ls.add_argument("--user", required=True, metavar="NAME", help="the acting user")
    ls.set_defaults(handler=cmd_user_list)

    dbp = sub.add_parser("db", help="database maintenance")
    db_sub = dbp.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="bring the schema up to this version")
    up.set_defaults(handler=cmd_db_upgrade)
    grant = db_sub.add_parser(
        "grant", help="give the PCs' PostgreSQL login the app's rights and no more (as owner)"
    )
    grant.add_argument("role", metavar="ROLE", help="the login every PC uses")
    grant.set_defaults(handler=cmd_db_grant)
    keys.register(db_sub)

    seed = sub.add_parser("seed-demo", help="fill a new agency with realistic demo data")
    _sizes(seed, clients=None, notes=None)
    seed.set_defaults(handler=cmd_seed_demo)


def _storage_lines(info: DatabaseInfo) -> list[str]:
    """verify's header: where the database is, how it is protected, the last backup."""
    lines = [f"Database: {info.location} ({info.kind})", f"Encryption: {info.encryption_text}"]
    if info.key_source_text:
        lines.append(f"Key from: {info.key_source_text}")
    if info.database_id:
        lines.append(f"Database id: {info.database_id}")
    last = info.last_backup
    when = f"{last.made_at.astimezone():%Y-%m-%d %H:%M}" if last else "none yet"
    overdue = " (overdue: make one with 'pswdesk backup')" if info.backup_overdue else ""
    lines.append(f"Last good backup: {when}{overdue}")
    return lines


def register_verify(sub: Subparsers) -> None:
    verify = sub.add_parser("verify", help="check signatures, the audit chain and the file")
    verify.add_argument(
        "--digest", metavar="FILE", help="also check this checkpoint ('pswdesk audit digest')"
    )
    verify.set_defaults(handler=cmd_verify)


def _sizes(p: argparse.ArgumentParser, *, clients: int | None, notes: int | None) -> None:
    p.add_argument(
        "--clients", type=positive, required=clients is None, default=clients, metavar="N"
    )
    p.add_argument(
        "--notes-per-client", type=count, required=notes is None, default=notes, metavar="M"
    )
    p.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
