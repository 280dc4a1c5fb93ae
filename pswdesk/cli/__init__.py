"""The `pswdesk` command: opens the app, and runs the administrator's jobs.

The interface is stable (scripts and tests rely on it; docs/ARCHITECTURE.md,
Command line). One module per group of commands (``admin``, ``clients``,
``handover``, ``importing``); what they share is in ``common``. Every
command takes ``--db URL`` (else ``PSWDESK_DB``, else the per-user SQLite file).
Passwords never come from the command line: the acting user's from
``PSWDESK_PASSWORD``, a new account's from ``PSWDESK_NEW_PASSWORD``, otherwise
from a prompt. Any error is one line on stderr starting with ``pswdesk: `` and
a non-zero exit, never a traceback (``PSWDESK_DEBUG=1`` shows one for bugs).

The command groups are imported when the parser is built, and it is built only for
a command (or ``--help``): ``pswdesk [--db URL]`` alone opens the app through
``desktop``, importing neither a command group nor SQLAlchemy, so the login window
shows first (docs/ARCHITECTURE.md, Start-up).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from pswdesk.cli import desktop
from pswdesk.cli.common import (
    ENV_DEBUG,
    ENV_NEW_PASSWORD,
    ENV_PASSWORD,
    PROG,
    CliError,
    Handler,
    Parser,
    UsageError,
)
from pswdesk.errors import PswdeskError

__all__ = ["build_parser", "main"]


def _top_parser(*, add_help: bool = True) -> Parser:
    """``pswdesk [--db URL]``: the program and its one option, before any command."""
    p = Parser(
        prog=PROG,
        add_help=add_help,
        description="Case notes for peer-support agencies. With no command, opens the app.",
        epilog=(
            f"Passwords: {ENV_PASSWORD} (the acting user, or the first administrator for "
            f"init), {ENV_NEW_PASSWORD} (a new account for 'user add'); otherwise prompted. "
            "Exit codes: 0 done, 1 refused or failed, 2 a usage mistake, 3 a likely duplicate."
        ),
    )
    p.add_argument("--db", metavar="URL", help="database URL or SQLite file (else PSWDESK_DB)")
    p.set_defaults(handler=desktop.cmd_app)
    return p


def build_parser() -> argparse.ArgumentParser:
    """Every command: each group's module is imported here, with what it needs."""
    from pswdesk.cli import (
        admin,
        audit,
        backup,
        clients,
        handover,
        importing,
        records,
        report,
        search,
    )

    p = _top_parser()
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    admin.register(sub)
    clients.register(sub)
    records.register(sub, importing.register(sub))
    handover.register(sub)
    search.register(sub)
    report.register(sub)
    backup.register(sub)
    audit.register(sub)
    admin.register_verify(sub)
    return p


# -- entry point --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="backslashreplace")
    try:
        args = _app_arguments(argv) or build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(str(exc), 2)
    handler: Handler = args.handler
    try:
        with database_errors():
            return handler(args)
    except CliError as exc:
        return _fail(str(exc), exc.code)
    except PswdeskError as exc:
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


def _app_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they name no command (the app opens), else None.

    Parsed by the top-level options alone, so no command group is imported; anything
    else (a command, ``--help``, a mistake) is left to the whole parser, which answers
    exactly as it always has.
    """
    try:
        args, rest = _top_parser(add_help=False).parse_known_args(argv)
    except UsageError:
        return None
    return None if rest else args


@contextmanager
def database_errors() -> Iterator[None]:
    """``pswdesk.db.database_errors``, without importing the database stack to open the app.

    Only a command that has loaded SQLAlchemy can raise its errors, so the translation
    is imported once one leaves the block with SQLAlchemy loaded.
    """
    try:
        yield
    except Exception:
        if "sqlalchemy" not in sys.modules:
            raise
        from pswdesk.db import database_errors as translated

        with translated():
            raise


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def _fail(message: str, code: int = 1) -> int:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
