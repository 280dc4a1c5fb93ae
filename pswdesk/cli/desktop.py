"""``pswdesk`` with no command: the desktop app, reached without the database stack.

Kept apart from the command groups so that opening the app imports neither
SQLAlchemy nor the services on its way to the first window: the app imports them
itself, in the background, once its login window is up (docs/ARCHITECTURE.md,
Start-up).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from pswdesk.cli.common import CliError
from pswdesk.display_check import require_display


def cmd_app(args: argparse.Namespace) -> int:
    return run_app(args.db, demo=False)


def run_app(db_url: str | None, *, demo: bool, accounts: Sequence[Any] = ()) -> int:
    require_display()  # one line, before Qt could abort the process for want of one
    try:
        from pswdesk.gui.app import run_app as run_gui
    except ImportError as exc:
        raise CliError(f"the desktop app cannot start: {exc}") from exc
    if demo:
        return run_gui(db_url, demo=True, demo_accounts=list(accounts))
    return run_gui(db_url)
