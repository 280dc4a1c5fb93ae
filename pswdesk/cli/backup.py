"""`pswdesk backup` and `pswdesk restore`: checked copies of the database, and putting one back.

``backup --scheduled`` needs no user, for Task Scheduler or cron: it backs up into
the agency's folder and keeps the newest N there. A restore checks the backup
first, asks for "yes" (or takes ``--yes``), and says where the replaced database
was kept.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk.cli.common import (
    CliError,
    UsageError,
    acting,
    as_user,
    open_db,
    positive,
    say,
    table,
)
from pswdesk.db import Database, resolve_url, sqlite_path
from pswdesk.errors import DatabaseDamaged
from pswdesk.keys import AgencySecret, InvalidRecoveryKey, secret_from_environment
from pswdesk.services import backups, restore
from pswdesk.sqlite_files import FileKind, file_kind
from pswdesk.vocabulary import Role

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    b = sub.add_parser(
        "backup",
        help="a checked backup of the database (administrators; --scheduled for the daily one)",
        description=(
            "Back up into FILE, or with no FILE into the agency's backup folder under a dated "
            "name, keeping the newest N there. --scheduled needs no user (Task Scheduler, cron)."
        ),
    )
    b.add_argument("file", nargs="?", type=Path, metavar="FILE", help="the new backup file")
    b.add_argument("--user", metavar="ADMIN", help="the administrator making the backup")
    b.add_argument("--scheduled", action="store_true", help="the daily backup into the folder")
    b.add_argument("--list", action="store_true", help="list the good backups made")
    b.add_argument("--folder", metavar="DIR", help="set the agency's backup folder")
    b.add_argument("--keep", type=positive, metavar="N", help="with --folder: how many to keep")
    b.set_defaults(handler=cmd_backup)

    r = sub.add_parser(
        "restore",
        help="replace the database by a backup, after checking it",
        description=(
            "Checks FILE (it opens with the key, every page is sound, the audit chain holds, it "
            "is this agency's), then replaces the database, keeping the replaced one beside it."
        ),
    )
    r.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    r.add_argument("--user", metavar="ADMIN", help="the administrator restoring (recorded)")
    r.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    if args.scheduled:
        if args.user or args.file or args.list or args.folder:
            raise UsageError("--scheduled takes no FILE, --user, --list or --folder")
        db = open_db(args)
        try:
            row = backups.make_scheduled(db)
        finally:
            db.dispose()
        _made(row)
        return 0
    if not args.user:
        raise UsageError("give --user ADMIN (or --scheduled for the daily backup)")
    if args.keep is not None and args.folder is None:
        raise UsageError("--keep goes with --folder")
    with as_user(args) as (db, actor):
        if args.folder is not None:
            current = backups.settings(db, actor)
            s = backups.set_settings(db, actor, args.folder, args.keep or current.keep)
            say(f"Backups go to {s.folder}; the newest {s.keep} are kept.")
            return 0
        if args.list:
            rows = backups.list_backups(db, actor)
            table(
                ("MADE (UTC)", "SIZE", "BY", "FILE"),
                [
                    (r.made_at.strftime("%Y-%m-%d %H:%M"), _size(r.size_bytes), r.made_by, r.path)
                    for r in rows
                ],
                last_free=True,
            )
            return 0
        row = backups.make_backup(db, actor, args.file)
    _made(row)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    path: Path = args.file.expanduser().absolute()
    live = sqlite_path(url)
    db: Database | None = None
    secret: AgencySecret | None = None
    actor_name = f"command line ({_os_user()})"
    if live is None or file_kind(live) is not FileKind.MISSING:
        try:
            db = open_db(args)
        except DatabaseDamaged as exc:
            say(f"The database cannot be opened: {exc}")
    try:
        if db is not None:
            secret = db.secret
            if args.user:
                actor = acting(db, args.user)
                if not actor.has(Role.ADMIN):
                    raise CliError(f"only an {Role.ADMIN} can restore the database")
                actor_name = actor.username
        elif live is not None:
            secret = _typed_secret()
        check = restore.check_backup(db, path, secret)
    finally:
        if db is not None:
            db.dispose()  # the restore replaces the file: nothing of ours may hold it open
    if not check.ok:
        raise CliError(
            "the backup was not restored and the database was not changed: "
            + "; ".join(check.problems)
        )
    made = check.made_at.strftime("%Y-%m-%d %H:%M UTC") if check.made_at else "at an unknown time"
    say(f"{path} is a good backup of {check.agency}, made {made}.")
    if not args.yes:
        _confirm(url)
    result = restore.restore(url, path, secret, actor_name=actor_name)
    say(f"Restored the database from {path}.")
    if result.replaced_kept_as is not None:
        say(f"The database it replaced is kept as {result.replaced_kept_as}.")
    return 0


def _made(row: backups.BackupRow) -> None:
    say(f"Backup written and checked: {row.path} ({_size(row.size_bytes)}).")


def _confirm(url: str) -> None:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("restoring replaces the database: add --yes to do it without a terminal")
    from pswdesk.db import describe_url

    answer = input(f"Replace the database {describe_url(url)} by this backup? Type yes: ")
    if answer.strip().lower() != "yes":
        raise CliError("not restored: the answer was not 'yes'")


def _typed_secret() -> AgencySecret | None:
    """For a database that does not open: PSWDESK_DB_KEY, else the recovery key typed."""
    secret = secret_from_environment()
    if secret is not None:
        return secret
    if not sys.stdin or not sys.stdin.isatty():
        return None  # a plain backup needs none; an encrypted one is refused for want of it
    try:
        return AgencySecret.parse(getpass.getpass("Recovery key: "))
    except InvalidRecoveryKey as exc:
        raise CliError(str(exc)) from None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{n} bytes"
