"""`pswdesk db key | encrypt | rekey | recovery-sheet | server-password`: the agency's keys.

A recovery key is printed once, when it is made, for the administrator to keep
safe; the raw key only on request (audited), so that standard SQLCipher tools
open the file. A server password is typed at a prompt, never on the command line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk import keys
from pswdesk.cli.common import CliError, acting_user, as_user, say
from pswdesk.db import resolve_url, sqlite_path
from pswdesk.keys import AgencySecret

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers

ENV_NEW_DB_KEY = "PSWDESK_NEW_DB_KEY"


def recovery_key_lines(secret: AgencySecret, keyring_problem: str | None) -> list[str]:
    """The recovery key as shown once, and where the key is kept from now on."""
    lines = [
        "",
        "Recovery key (shown this once; write it down or print it and keep it safe,",
        "away from this computer: without it, a lost keyring means a lost database):",
        "",
        f"    {secret.recovery_key()}",
        "",
    ]
    if keyring_problem is None:
        lines.append(
            "The key is kept in this computer's keyring, so pswdesk opens without it here."
        )
    else:
        lines.append(
            f"The key is NOT kept on this computer: {keyring_problem}. Type the recovery "
            f"key at each start, or give it as {keys.ENV_KEY}."
        )
    return lines


def _sqlite_file(args: argparse.Namespace) -> Path:
    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise CliError("this command works on an SQLite database file; give --db FILE")
    return path


def cmd_db_key(args: argparse.Namespace) -> int:
    from pswdesk.services.key_admin import database_key_hex

    with as_user(args) as (db, actor):
        say(database_key_hex(db, actor))
    return 0


def cmd_db_recovery_sheet(args: argparse.Namespace) -> int:
    from pswdesk.services.key_admin import recovery_sheet

    target = Path(args.output)
    if not target.parent.is_dir():
        raise CliError(f"folder {target.parent} does not exist")
    with as_user(args) as (db, actor):
        pdf = recovery_sheet(db, actor)
    target.write_bytes(pdf)
    say(f"Wrote the recovery sheet to {target}: print it, keep it safe, then delete the file.")
    return 0


def cmd_db_encrypt(args: argparse.Namespace) -> int:
    from pswdesk.services.key_admin import encrypt_file

    path = _sqlite_file(args)
    result = encrypt_file(path)
    say(
        f"Encrypted {path}: {result.tables} tables, {result.rows} rows copied and checked; "
        f"database id {result.database_id}."
    )
    if result.source is keys.KeySource.ENVIRONMENT:
        say(f"The key is the one in {keys.ENV_KEY}.")
    for line in recovery_key_lines(result.secret, result.keyring_problem):
        say(line)
    return 0


def cmd_db_rekey(args: argparse.Namespace) -> int:
    from pswdesk.services.key_admin import rotate_key

    new = _new_secret()
    _sqlite_file(args)
    with as_user(args) as (db, actor):
        secret = rotate_key(db, actor, new)
    say("The database has a new key; the old one no longer opens it (older backups keep it).")
    if new is not None:
        say(f"The new key is the one in {ENV_NEW_DB_KEY}.")
    for line in recovery_key_lines(secret, keys.keyring_problem()):
        say(line)
    return 0


def _new_secret() -> AgencySecret | None:
    text = os.environ.get(ENV_NEW_DB_KEY, "").strip()
    if not text:
        return None
    try:
        return AgencySecret.parse(text)
    except keys.InvalidRecoveryKey as exc:
        raise CliError(f"{ENV_NEW_DB_KEY} is set but is not a usable key: {exc}") from None


def cmd_db_server_password(args: argparse.Namespace) -> int:
    from pswdesk.services.key_admin import server_password_target, store_server_password

    url = resolve_url(args.db)
    where = server_password_target(url)
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("the server password is typed at a prompt: run this in a terminal")
    password = getpass.getpass(f"Password for {where}: ")
    if not password:
        raise CliError("no password typed; nothing was stored")
    store_server_password(url, password)
    say(f"Kept the password for {where} in this computer's keyring.")
    return 0


def register(db_sub: Subparsers) -> None:
    """The key commands, under the ``db`` group (cli/admin.py)."""
    key = db_sub.add_parser(
        "key", help="print the raw SQLCipher key (64 hex digits) for other tools (audited)"
    )
    acting_user(key, "the acting administrator")
    key.set_defaults(handler=cmd_db_key)

    sheet = db_sub.add_parser("recovery-sheet", help="write the recovery key sheet as a PDF")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE")
    acting_user(sheet, "the acting administrator")
    sheet.set_defaults(handler=cmd_db_recovery_sheet)

    enc = db_sub.add_parser(
        "encrypt",
        help="encrypt an older plain database file (close pswdesk everywhere first)",
    )
    enc.set_defaults(handler=cmd_db_encrypt)

    rekey = db_sub.add_parser(
        "rekey",
        help=f"give the database a new key (the old one is needed; {ENV_NEW_DB_KEY} for scripts)",
    )
    acting_user(rekey, "the acting administrator")
    rekey.set_defaults(handler=cmd_db_rekey)

    server = db_sub.add_parser(
        "server-password",
        help="keep a PostgreSQL password in this computer's keyring (typed at a prompt)",
    )
    server.set_defaults(handler=cmd_db_server_password)
