"""Creating the QApplication so that a desktop Qt cannot open ends in one line, not a core dump.

Qt reports a platform plugin it cannot start (no X server behind ``DISPLAY``, a Wayland
socket that is gone, a missing system library) with ``qFatal``, which aborts the
process. ``pswdesk.display_check`` catches the plain case (no display at all) before
Qt starts; this catches the rest: while the application is being created, Qt's
messages are held back, and a fatal one prints the reason as one ``pswdesk:`` line
(the held messages go to the log, started here for them if the app has not started it
yet) and exits with code 1 before Qt can abort.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from pswdesk.display_check import NO_DISPLAY

log = logging.getLogger(__name__)

#: Exit code when no window can be opened (the command line's "refused or failed").
EXIT_NO_DISPLAY = 1


def create_application(argv: Sequence[str]) -> QApplication:
    """``QApplication(argv)``, except that Qt failing to open the platform exits calmly."""
    held: list[str] = []

    def hold(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        line = f"{context.category}: {message}" if context.category else message
        if kind != QtMsgType.QtFatalMsg:
            held.append(line)
            return
        held.append(line)
        _log_to_file()
        for text in held:
            log.error("Qt could not start: %s", text)
        print(f"pswdesk: {_reason(held)}", file=sys.stderr, flush=True)
        logging.shutdown()
        os._exit(EXIT_NO_DISPLAY)  # Qt aborts as soon as this returns

    qInstallMessageHandler(hold)
    try:
        app = QApplication(list(argv))
    finally:
        qInstallMessageHandler(None)
    for text in held:  # started after all: Qt's remarks as Qt would have shown them
        print(text, file=sys.stderr)
    return app


def _log_to_file() -> None:
    """The app starts its log once its first window is up; Qt failing comes before that."""
    from pswdesk.app_logging import current_log_file, start_logging

    if current_log_file() is None:
        start_logging()


def _reason(messages: Sequence[str]) -> str:
    """No display when Qt said it could not connect to one; else Qt's own reason."""
    if any("connect to display" in m or "wl_display" in m for m in messages):
        return NO_DISPLAY
    plugin = [m for m in messages if "platform plugin" in m]
    detail = plugin[0].split(": ", 1)[-1] if plugin else messages[-1]
    return f"the desktop session could not be opened ({detail})"
