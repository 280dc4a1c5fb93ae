"""Run the real desktop app (``pswdesk --db URL``) and report when its windows are up.

    python benchmarks/app_probe.py window  URL
    python benchmarks/app_probe.py session URL USER PASSWORD CLIENT_ID

``run_all.py`` starts this as a subprocess and times it from the outside. The
probe only watches: it creates the QApplication (``run_app`` reuses an existing
one), installs an application-wide event filter, then calls ``pswdesk.cli.main``
exactly as the ``pswdesk`` command does. It prints one JSON line on stdout.

* ``window``: prints as soon as the login dialog has painted its first frame,
  then quits. The parent measures from spawning the process to that line, so the
  figure includes Python's start, every import, opening the database (schema
  check) and building the dialog.
* ``session``: logs in through the dialog (its own ``try_login``) ``TYPING_MS``
  after the database has opened behind it (a person types a name and a password;
  the app loads the main window's code meanwhile), waits for the
  caseload table to paint its first rows, waits ``READ_MS`` (a person reads the
  caseload and finds a name before clicking one; the app builds the record's
  widgets ahead in that time, and the figure is what the click waits for), opens
  the client's record through the main window, shows its Notes tab (the record
  opens on its overview) and waits for the notes table to paint its rows, then
  reads the process's resident memory (VmRSS, and the peak VmHWM) from ``/proc``.
  Times are from the end of the password check, and from the open, to those first
  painted rows.

Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise, so painting is real
rendering to memory, but no compositor or GPU is involved. ``run_all.py`` gives
each probe fresh settings and data folders (``common.own_folders``); the probe
stops with an error if the app's settings file is not inside ``XDG_CONFIG_HOME``,
since a remembered view or window size would change what is measured.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

TIMEOUT_MS = 60_000
#: From the caseload's first rows to the click on a client: quicker than anyone
#: reads a list and finds a name in it.
READ_MS = 1000
#: From the database open behind the login window to the click on Log in: quicker
#: than anyone types a name and a password.
TYPING_MS = 1000


def memory_kib() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in KiB (Linux)."""
    out: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    return out


def foreign_settings() -> str:
    """Why the app's settings are not the probe's own (empty when they are)."""
    where = os.path.realpath(QSettings().fileName())
    home = os.environ.get("XDG_CONFIG_HOME")
    if home and where.startswith(os.path.realpath(home) + os.sep):
        return ""
    return f"the app would use the settings in {where}, not the probe's own folder"


class Probe(QObject):
    def __init__(self, app: QApplication, mode: str, argv: list[str]) -> None:
        super().__init__()
        self.app = app
        self.mode = mode
        self.argv = argv
        self.result: dict[str, object] = {}
        self.stage = "login"
        self.logged_in_at = 0.0
        self.logged_in = False  # set by the password check itself, whatever stage follows
        self.open_started = 0.0
        self.record: QObject | None = None
        QTimer.singleShot(TIMEOUT_MS, self.give_up)

    def give_up(self) -> None:
        self.finish(error=f"timed out at stage {self.stage}")

    def finish(self, **extra: object) -> None:
        self.result.update(extra)
        self.app.removeEventFilter(self)
        print(json.dumps(self.result), flush=True)
        QTimer.singleShot(0, self.app.quit)
        self.stage = "done"

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or self.stage == "done":
            return False
        if self.stage == "login" and type(obj).__name__ == "LoginDialog":
            self.stage = "logging in"
            problem = foreign_settings()
            if problem:
                self.finish(error=problem)
            elif self.mode == "window":
                self.finish()
            else:
                self.when_open(obj)
        elif self.stage == "caseload" and self._painted_rows(obj, self._is_caseload):
            self.result["caseload_s"] = time.perf_counter() - self.logged_in_at
            self.stage = "opening"
            QTimer.singleShot(READ_MS, self.open_client)
        elif self.stage == "record" and self._painted_rows(obj, self._is_record_notes):
            self.result["client_open_s"] = time.perf_counter() - self.open_started
            self.stage = "settling"
            # Let the record's other background loads land before reading memory.
            QTimer.singleShot(1500, lambda: self.finish(**memory_kib()))
        return False

    @staticmethod
    def _painted_rows(obj: QObject, wanted) -> bool:  # type: ignore[no-untyped-def]
        view = obj.parent()
        if not isinstance(view, QAbstractItemView) or obj is not view.viewport():
            return False
        model = view.model()
        return model is not None and wanted(model) and model.rowCount() > 0

    @staticmethod
    def _is_caseload(model: QObject) -> bool:
        return type(model).__name__ == "CaseloadModel"

    def _is_record_notes(self, model: QObject) -> bool:
        return model is getattr(self.record, "notes_model", None)

    def when_open(self, dialog) -> None:  # type: ignore[no-untyped-def]
        """Log in ``TYPING_MS`` after the database has opened behind the login window."""
        if dialog.opening:
            QTimer.singleShot(10, lambda: self.when_open(dialog))
        else:
            QTimer.singleShot(TYPING_MS, lambda: self.log_in(dialog))

    def log_in(self, dialog) -> None:  # type: ignore[no-untyped-def]
        from pswdesk.services import auth

        real_login = auth.login

        def timed_login(*args, **kwargs):  # type: ignore[no-untyped-def]
            auth.login = real_login
            actor = real_login(*args, **kwargs)
            self.logged_in_at = time.perf_counter()
            self.logged_in = True
            self.stage = "caseload"
            return actor

        # The dialog's Op calls auth.login through the module, on the thread pool.
        auth.login = timed_login
        dialog.ui.username_edit.setText(self.argv[1])
        dialog.ui.password_edit.setText(self.argv[2])
        dialog.try_login()
        self.watch_login(dialog, real_login)

    def watch_login(self, dialog, real_login) -> None:  # type: ignore[no-untyped-def]
        """Until the password check has answered (it runs off the GUI thread)."""
        if dialog.checking:
            QTimer.singleShot(10, lambda: self.watch_login(dialog, real_login))
            return
        # Not the stage: a fast caseload may have moved it on between two looks.
        if not self.logged_in:
            from pswdesk.services import auth

            auth.login = real_login
            self.finish(error=f"login failed: {dialog.error_text}")

    def open_client(self) -> None:
        window = next(
            (w for w in self.app.topLevelWidgets() if type(w).__name__ == "MainWindow"), None
        )
        if window is None:
            self.finish(error="no main window")
            return
        self.stage = "record"
        self.open_started = time.perf_counter()
        self.record = window.open_client(int(self.argv[3]))  # type: ignore[attr-defined]
        if self.record is None:
            self.finish(error="the client record did not open")
            return
        # The record opens on its overview; the notes list is the next tab, one click away.
        tabs = getattr(getattr(self.record, "ui", None), "record_tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(1)


def main() -> int:
    mode, *argv = sys.argv[1:]
    app = QApplication([sys.argv[0]])
    probe = Probe(app, mode, argv)
    app.installEventFilter(probe)
    from pswdesk.cli import main as pswdesk_main

    return pswdesk_main(["--db", argv[0]])


if __name__ == "__main__":
    sys.exit(main())
