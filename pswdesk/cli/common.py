"""What every command shares: the acting user, passwords, errors, argument types, output.

Passwords never come from the command line: the acting user's from
``PSWDESK_PASSWORD``, a new account's from ``PSWDESK_NEW_PASSWORD``, otherwise
from a prompt. The database stack (``pswdesk.db``, the services, the keys) is
imported by the functions that use it, not here: ``pswdesk`` with no command opens
the app, which must show its window before paying for SQLAlchemy
(docs/ARCHITECTURE.md, Start-up).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeAlias

from pswdesk.errors import KeyRequired, WrongKey

if TYPE_CHECKING:
    from pswdesk.db import Database
    from pswdesk.services.access import Actor

ENV_PASSWORD = "PSWDESK_PASSWORD"
ENV_NEW_PASSWORD = "PSWDESK_NEW_PASSWORD"
ENV_DEBUG = "PSWDESK_DEBUG"
PROG = "pswdesk"

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A problem with how the command was used; printed as one line."""

    code = 1


class UsageError(CliError):
    code = 2


class DuplicateRefused(CliError):
    """A likely duplicate refused a registration or an import (exit code 3)."""

    code = 3


class Parser(argparse.ArgumentParser):
    """argparse prints usage plus an error; we want one line and no exit from inside."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


if TYPE_CHECKING:
    #: Where each module adds its commands (argparse's subparsers of a ``Parser``).
    Subparsers: TypeAlias = argparse._SubParsersAction[Parser]


def say(text: str = "") -> None:
    print(text, flush=True)


#: Tries at the recovery-key prompt before the command gives up.
KEY_TRIES = 3


def open_db(args: argparse.Namespace, *, upgrade: bool = True, read_only: bool = False) -> Database:
    """The database of ``--db``; an encrypted one without a key found asks for the recovery key.

    At a terminal the key is typed (never echoed) and, where there is a keyring,
    may be kept in it; without a terminal the command stops with one line.
    """
    from pswdesk import keys
    from pswdesk.db import Database

    try:
        return Database(args.db, upgrade=upgrade, read_only=read_only)
    except KeyRequired as exc:
        if not _at_terminal():
            because = f" ({exc.keyring_problem})" if exc.keyring_problem else ""
            raise CliError(
                f"this database is encrypted and no key for it was found on this computer"
                f"{because}: set {keys.ENV_KEY} to the recovery key, or run the command in a "
                "terminal to type it"
            ) from None
        return _open_with_typed_key(args.db, exc, upgrade, read_only)


def _at_terminal() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def _open_with_typed_key(
    url: str | None, required: KeyRequired, upgrade: bool, read_only: bool = False
) -> Database:
    from pswdesk import keys
    from pswdesk.db import Database

    if required.keyring_problem:
        _tell(f"No key from the keyring: {required.keyring_problem}.")
    _tell("This database is encrypted. Type its recovery key (it is not shown as you type).")
    for attempt in range(1, KEY_TRIES + 1):
        text = getpass.getpass("Recovery key: ")
        if not text.strip():
            raise CliError("no recovery key typed; nothing was opened")
        try:
            secret = keys.AgencySecret.parse(text)
            db = Database(url, upgrade=upgrade, secret=secret, read_only=read_only)
        except (keys.InvalidRecoveryKey, WrongKey) as exc:
            if attempt == KEY_TRIES:
                raise
            _tell(f"{exc}; try again.")
            continue
        _offer_keyring(db)
        return db
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def _offer_keyring(db: Database) -> None:
    """Keep a key that was typed in the keyring, when there is one and the user says so."""
    from pswdesk import keys

    if db.encryption is None or db.secret is None:
        return
    problem = keys.keyring_problem()
    if problem:
        _tell(
            f"{problem}: the recovery key will be asked for at each start (or set {keys.ENV_KEY})."
        )
        return
    sys.stderr.write("Keep this key in this computer's keyring so it is not asked again? [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in ("y", "yes"):
        return
    try:
        keys.store_secret(db.encryption.database_id, db.secret)
    except keys.KeyringUnavailable as exc:
        _tell(f"It could not be kept: {exc}.")
        return
    _tell("Kept in the keyring.")


def _tell(text: str) -> None:
    """A word to the person at the terminal, apart from the command's output."""
    print(text, file=sys.stderr, flush=True)


def password(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"no password given: set {env} or run the command in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CliError("the two passwords do not match")
    return first


def acting(db: Database, username: str) -> Actor:
    """The logged-in ``--user``; refused while an administrator's reset awaits a new password."""
    from pswdesk.services.auth import login

    actor = login(db, username, password(ENV_PASSWORD, f"Password for {username}: "))
    if actor.must_change_password:
        raise CliError(
            f"{actor.username}'s password was reset by an administrator: choose your own "
            f"first with '{PROG} user password --user {actor.username}'"
        )
    return actor


@contextmanager
def as_user(args: argparse.Namespace) -> Iterator[tuple[Database, Actor]]:
    """The database of ``--db`` and the ``--user`` logged in to it, closed afterwards."""
    db = open_db(args)
    try:
        yield db, acting(db, args.user)
    finally:
        db.dispose()


def client_id(db: Database, actor: Actor, text: str) -> int:
    """CLIENT is an id, or a client's preferred or legal name when only one client has it."""
    from pswdesk.services import clients

    if not text.split():
        raise UsageError("CLIENT is a client id or name")
    return clients.find_client(db, actor, text)


def table(header: Sequence[str], rows: Sequence[Sequence[str]], *, last_free: bool = False) -> None:
    """Columns padded to their widest cell; ``last_free`` leaves the last one unpadded."""
    lines = [tuple(header), *(tuple(r) for r in rows)]
    padded = len(header) - 1 if last_free else len(header)
    widths = [max(len(row[i]) for row in lines) for i in range(padded)]
    for row in lines:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)]
        say("  ".join([*cells, *row[padded:]]).rstrip())


def positive(text: str) -> int:
    value = count(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is negative")
    return value


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def acting_user(p: argparse.ArgumentParser, who: str = "the acting worker or supervisor") -> None:
    p.add_argument("--user", required=True, metavar="NAME", help=who)
