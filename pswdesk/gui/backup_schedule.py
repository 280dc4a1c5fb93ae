"""The daily backup while the app runs, and the administrators' warning when backups are old.

Why in the app: a small office has no one to set up a system scheduler, and the
app runs all day on the office PC. At start and then every hour the main window
asks ``backups.due(db)`` (a folder was chosen and the last good backup is a day
old) and, when it is, runs ``backups.make_scheduled(db)``; both off the GUI
thread, with no busy cursor, so nobody's typing is interrupted. A failure is
logged, and shown to administrators as a calm status-bar line, never as a dialog.
When no backup is due, the same hourly check writes the day's signed checkpoint of
the audit log (``checkpoints.write_if_changed``), and the window writes one as it
closes (``checkpoint_at_close``). The banner tells administrators when the last
good backup is more than two days old or there is none (``backups.settings(...).overdue``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from pswdesk.db import Database
from pswdesk.errors import PswdeskError
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import local_time
from pswdesk.services import backups, checkpoints
from pswdesk.services.access import ADMIN, Actor
from pswdesk.services.backups import BackupRow, BackupSettings

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


DAY = dt.timedelta(days=1)


def _scheduled_if_due(db: Database) -> BackupRow | None:
    """The daily backup when due (it writes a checkpoint too), else the daily checkpoint."""
    row = backups.make_scheduled(db) if backups.due(db) else None
    if row is None:
        _checkpoint(db, older_than=DAY)
    return row


def checkpoint_at_close(db: Database) -> None:
    """As the window closes: a signed checkpoint of the audit log when it has grown, and
    fresh planner statistics for a file that grew (``Database.refresh_statistics``)."""
    _checkpoint(db)
    db.refresh_statistics()


def _checkpoint(db: Database, older_than: dt.timedelta | None = None) -> None:
    # Logged, not shown: nobody is looking at a closing window, and a folder that cannot
    # be written is shown to administrators by the daily backup, which uses it too.
    try:
        path = checkpoints.write_if_changed(db, older_than=older_than)
    except PswdeskError as exc:
        log.warning("audit checkpoint not written: %s", exc)
        return
    if path is not None:
        log.info("audit checkpoint written: %s", path)


class BackupSchedule(QObject):
    """Asks whether the daily backup is due at start and every ``interval_ms``; makes it if so."""

    made = Signal(object)  # BackupRow
    failed = Signal(str)  # what went wrong, in a sentence

    def __init__(
        self,
        db: Database,
        parent: QObject,
        interval_ms: int = HOUR_MS,
        run: Callable[[Database], BackupRow | None] = _scheduled_if_due,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.running = False
        self._run = run
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(0)
        self._first.timeout.connect(self.check)

    def start(self, first_check_ms: int = 0) -> None:
        """Check every ``interval_ms``, the first time after ``first_check_ms``."""
        self.timer.start()
        self._first.start(first_check_ms)

    def stop(self) -> None:
        self.timer.stop()
        self._first.stop()

    def check(self) -> None:
        if self.running:
            return  # the one started an hour ago is still writing
        self.running = True
        db, run = self.db, self._run
        Op(self, lambda: run(db)).success(self._done).failure(self._failed).run()

    def _done(self, row: BackupRow | None) -> None:
        self.running = False
        if row is not None:
            log.info("scheduled backup written: %s", row.path)
            self.made.emit(row)

    def _failed(self, error: Exception) -> None:
        self.running = False
        text = error_text(error)
        log.warning("scheduled backup failed: %s", text)
        self.failed.emit(text)


translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls


def scheduled_status(row: BackupRow) -> str:
    return translate("BackupSchedule", "Daily backup made at {when} and checked.").format(
        when=local_time(row.made_at)
    )


def failed_status(text: str) -> str:
    return translate(
        "BackupSchedule",
        "The daily backup was not made: {why}. pswdesk tries again in an hour; "
        "see Backup and restore.",
    ).format(why=text.rstrip("."))


PLAIN_FILE_TEXT = (
    "This database file is not encrypted: anyone who copies the disk can read it. "
    "Close pswdesk and run <b>pswdesk db encrypt</b>."
)
QT_TRANSLATE_NOOP(
    "BackupSchedule",
    "This database file is not encrypted: anyone who copies the disk can read it. "
    "Close pswdesk and run <b>pswdesk db encrypt</b>.",
)


def overdue_banner_text(settings: BackupSettings) -> str:
    from pswdesk.gui.backup_page import age_text

    last = settings.last_good
    if last is None:
        when = translate("BackupSchedule", "There is no backup of this database yet.")
    else:
        when = translate("BackupSchedule", "The last good backup was made {age}.").format(
            age=age_text(last.made_at)
        )
    link = translate(
        "BackupSchedule", "<a href='backup'>Open Backup and restore</a> to make one now."
    )
    return f"{when} {link}"


class OverdueBanner(QObject):
    """Shows ``label`` to administrators while the last good backup is over two days old."""

    def __init__(self, db: Database, actor: Actor, label: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.label = label
        self.shown_for: BackupSettings | None = None

    @property
    def applies(self) -> bool:
        # On a server the server's administrator may back up without pswdesk knowing.
        return self.actor.has(ADMIN) and self.db.is_sqlite

    def refresh(self) -> None:
        if not self.applies:
            return
        db, actor = self.db, self.actor
        Op(self, lambda: backups.settings(db, actor)).success(self._show).failure(
            lambda e: log.warning("backup state not read: %s", error_text(e))
        ).run()

    def _show(self, settings: BackupSettings) -> None:
        self.shown_for = settings
        label = self.label
        # A plain file from an older pswdesk is readable by whoever copies the disk:
        # the administrator hears it here, beside the backups, until it is encrypted.
        plain = self.db.encryption is None
        parts = [translate("BackupSchedule", PLAIN_FILE_TEXT)] if plain else []
        if settings.overdue:
            parts.append(overdue_banner_text(settings))
        label.setText(" ".join(parts))
        label.setVisible(bool(parts))
