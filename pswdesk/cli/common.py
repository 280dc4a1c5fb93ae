"""What every command shares: the acting user, passwords, errors, argument types, output.

Passwords never come from the command line: the acting user's from
``PSWDESK_PASSWORD``, a new account's from ``PSWDESK_NEW_PASSWORD``, otherwise
from a prompt.
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

from pswdesk.db import Database
from pswdesk.services.access import Actor
from pswdesk.services.auth import login

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


def open_db(args: argparse.Namespace) -> Database:
    return Database(args.db)


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
    return login(db, username, password(ENV_PASSWORD, f"Password for {username}: "))


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
