"""Administrator > Backup and restore: the folder, how many to keep, Back up now, the recent
backups, and a restore that checks the backup and says what it replaces before it starts.

Why a page: the administrator must see at a glance when the last good backup was
made (a banner when it is more than two days old, or there is none) and be able
to make one before a risky change. Every call runs off the GUI thread. A restore
is not done here: once the backup passed its check and the administrator
confirmed, the page asks the main window (``restore_requested``), which closes so
the app can replace the database while nothing has it open, then returns to the
login window on the restored one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QHeaderView, QMessageBox, QWidget

from pswdesk.db import Database, describe_url, sqlite_path
from pswdesk.errors import ValidationError
from pswdesk.gui.changes import Change
from pswdesk.gui.damaged_database import when_text
from pswdesk.gui.domain_text import problems_text, translated
from pswdesk.gui.forms.ui_backup_page import Ui_BackupPage
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import Column, RowTableModel, local_time
from pswdesk.services import backups, restore
from pswdesk.services.access import Actor
from pswdesk.services.backups import BackupRow, BackupSettings
from pswdesk.services.restore import BackupCheck

RECENT = 20


def size_text(n: int) -> str:
    """Bytes as people read them: 812 KB, 14.2 MB."""
    if n < 1024 * 1024:
        return f"{max(n, 1) / 1024:,.0f} KB"
    if n < 1024**3:
        return f"{n / 1024**2:,.1f} MB"
    return f"{n / 1024**3:,.2f} GB"


def age_text(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """'2 hours ago', '3 days ago': how old a backup is, roughly."""
    now = now or dt.datetime.now(dt.UTC)
    seconds = max((now - moment).total_seconds(), 0)
    just_now = QCoreApplication.translate("BackupPage", "just now")
    if seconds < 90:
        return just_now
    units = (
        (86400, QCoreApplication.translate("BackupPage", "{n} day ago"),
         QCoreApplication.translate("BackupPage", "{n} days ago")),
        (3600, QCoreApplication.translate("BackupPage", "{n} hour ago"),
         QCoreApplication.translate("BackupPage", "{n} hours ago")),
        (60, QCoreApplication.translate("BackupPage", "{n} minute ago"),
         QCoreApplication.translate("BackupPage", "{n} minutes ago")),
    )  # fmt: skip
    for size, one, many in units:
        if seconds >= size:
            n = int(seconds // size)
            return (one if n == 1 else many).format(n=n)
    return just_now


def last_good_text(row: BackupRow | None) -> str:
    if row is None:
        return QCoreApplication.translate("BackupPage", "No good backup has been made yet.")
    return (
        QCoreApplication.translate("BackupPage", "Last good backup: %1 (%2).")
        .replace("%1", local_time(row.made_at))
        .replace("%2", age_text(row.made_at))
    )


def overdue_text(row: BackupRow | None) -> str:
    if row is None:
        return QCoreApplication.translate(
            "BackupPage",
            "There is no backup of this database yet. Choose a folder (on another drive if "
            "you can) and press Back up now.",
        )
    return QCoreApplication.translate(
        "BackupPage",
        "The last good backup was made %1. pswdesk backs up each day while it runs; press "
        "Back up now, and check that the folder can be written to.",
    ).replace("%1", age_text(row.made_at))


def made_text(row: BackupRow) -> str:
    return (
        QCoreApplication.translate(
            "BackupPage",
            "Backed up at %1 into %2 (%3). Checked: it opens with the agency's key and every "
            "record and signature is intact.",
        )
        .replace("%1", local_time(row.made_at))
        .replace("%2", str(row.path))
        .replace("%3", size_text(row.size_bytes))
    )


BACKUP_COLUMNS: list[Column[BackupRow]] = [
    Column("Made", lambda b: local_time(b.made_at)),
    Column("File", lambda b: Path(b.path).name, tooltip=lambda b: b.path),
    Column("Size", lambda b: size_text(b.size_bytes)),
    Column(
        "By",
        lambda b: (
            QCoreApplication.translate("BackupPage", "daily schedule") if b.scheduled else b.made_by
        ),
    ),
]


class BackupPage(QWidget):
    backup_made = Signal(object)  # BackupRow
    restore_requested = Signal(object)  # Path of a backup that passed its check, confirmed

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setAccessibleName(self.tr("Backup and restore"))
        self.settings: BackupSettings | None = None
        self.working = False
        self.confirm_box: QMessageBox | None = None
        self.model: RowTableModel[BackupRow] = RowTableModel(BACKUP_COLUMNS, self)
        view = ui.backups_view
        view.setModel(self.model)
        view.verticalHeader().setDefaultSectionSize(28)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, width in enumerate((150, 300, 90)):
            view.setColumnWidth(i, width)
        if not db.is_sqlite:
            ui.server_label.setText(
                self.tr(
                    "This agency's database is on a PostgreSQL server. Back up now runs pg_dump "
                    "(the PostgreSQL client tools) from this computer into the folder; where "
                    "they are not installed, the server's administrator backs the database up."
                )
            )
            ui.server_label.setVisible(True)
        ui.browse_button.clicked.connect(self.choose_folder)
        ui.save_button.clicked.connect(self.save_settings)
        ui.backup_button.clicked.connect(self.back_up_now)
        ui.restore_button.clicked.connect(lambda: self.choose_restore())
        ui.folder_edit.textEdited.connect(lambda _t: self._clear_messages())
        self._update_buttons()
        self.refresh()

    # -- page protocol ----------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self.db, self.actor
        Op(
            self,
            lambda: (backups.settings(db, actor), backups.list_backups(db, actor, RECENT)),
        ).success(self._show).failure(lambda e: self._error(self.ui.backup_error, e)).run()

    def focus_search(self) -> bool:
        self.ui.folder_edit.setFocus()
        return False

    def _show(self, result: tuple[BackupSettings, list[BackupRow]]) -> None:
        settings, rows = result
        ui = self.ui
        self.settings = settings
        if not ui.folder_edit.isModified() or not ui.folder_edit.text():
            ui.folder_edit.setText(settings.folder)
            ui.folder_edit.setModified(False)
        ui.keep_spin.setValue(settings.keep)
        ui.last_good_label.setText(last_good_text(settings.last_good))
        ui.overdue_banner.setText(overdue_text(settings.last_good))
        ui.overdue_banner.setVisible(settings.overdue)
        self.model.set_rows(rows)

    # -- settings ---------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backups"), self.ui.folder_edit.text()
        )
        if folder:
            self.ui.folder_edit.setText(folder)
            self.ui.folder_edit.setModified(True)

    def unsaved(self) -> bool:
        s = self.settings
        ui = self.ui
        return s is not None and (
            ui.folder_edit.text().strip() != s.folder or ui.keep_spin.value() != s.keep
        )

    def save_settings(self) -> None:
        if self.working:
            return
        db, actor = self.db, self.actor
        folder, keep = self.ui.folder_edit.text(), self.ui.keep_spin.value()
        self._set_working(True)
        Op(self, lambda: backups.set_settings(db, actor, folder, keep)).success(
            self._settings_saved
        ).failure(self._settings_refused).changes(Change.AUDIT).busy(self).run()

    def _settings_saved(self, settings: BackupSettings) -> None:
        self._set_working(False)
        self.ui.folder_edit.setModified(False)
        self.ui.settings_status.setText(
            self.tr("Saved: backups go to %1; the newest %2 are kept.")
            .replace("%1", str(settings.folder))
            .replace("%2", str(settings.keep))
        )
        self.ui.settings_status.setVisible(True)
        self.refresh()

    def _settings_refused(self, error: Exception) -> None:
        self._set_working(False)
        if isinstance(error, ValidationError):
            shown = problems_text(error.problems).values()
            text = "\n".join(m[:1].upper() + m[1:] + "." for m in shown)
            self.ui.settings_error.setText(text)
            self.ui.settings_error.setVisible(True)
            return
        self._error(self.ui.settings_error, error)

    # -- back up now ------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """A checked backup into the folder; a changed folder or number is saved first."""
        if self.working:
            return
        db, actor = self.db, self.actor
        folder, keep = self.ui.folder_edit.text(), self.ui.keep_spin.value()
        save_first = self.unsaved()

        def work() -> BackupRow:
            if save_first:
                backups.set_settings(db, actor, folder, keep)
            return backups.make_backup(db, actor)

        self._set_working(True)
        self.ui.backup_button.setText(self.tr("Backing up…"))
        self.ui.backup_result.setVisible(False)
        Op(self, work).success(self._made).failure(self._backup_failed).changes(Change.AUDIT).busy(
            self
        ).run()

    def _made(self, row: BackupRow) -> None:
        self._set_working(False)
        self.ui.folder_edit.setModified(False)
        self.ui.backup_result.setText(made_text(row))
        self.ui.backup_result.setVisible(True)
        self.backup_made.emit(row)
        self.refresh()

    def _backup_failed(self, error: Exception) -> None:
        self._set_working(False)
        if isinstance(error, ValidationError):
            self._settings_refused(error)
            return
        self._error(self.ui.backup_error, error)
        self.refresh()  # the list and the last good backup are as they were

    # -- restore ----------------------------------------------------------------------------

    def choose_restore(self, file: str | Path | None = None) -> None:
        """Pick a backup (tests pass it), check it, then ask before anything is replaced."""
        if self.working:
            return
        if file is None:
            start = str(Path(self.settings.folder)) if self.settings else ""
            pattern = (
                self.tr("pswdesk backups (*.db)")
                if self.db.is_sqlite
                else self.tr("Server backups (*.dump)")
            )
            every = self.tr("All files (*)")
            file, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Restore from a backup"), start, f"{pattern};;{every}"
            )
            if not file:
                return
        path, db = Path(file), self.db
        self._set_working(True)
        self.ui.restore_error.setVisible(False)
        Op(self, lambda: restore.check_backup(db, path, db.secret)).success(
            lambda check: self._checked(path, check)
        ).failure(lambda e: self._restore_refused(e)).busy(self).run()

    def _restore_refused(self, error: Exception) -> None:
        self._set_working(False)
        self._error(self.ui.restore_error, error)

    def _checked(self, path: Path, check: BackupCheck) -> None:
        self._set_working(False)
        ui = self.ui
        if not check.ok:
            problems = "; ".join(map(translated, check.problems)) or self.tr(
                "it did not pass its check"
            )
            ui.restore_error.setText(
                self.tr("This backup cannot be restored: %1. Nothing was changed.").replace(
                    "%1", problems
                )
            )
            ui.restore_error.setVisible(True)
            return
        self.ask_restore(path, check)

    def replaced_text(self) -> str:
        """What a restore replaces, and where the current database is kept."""
        live = sqlite_path(self.db.url)
        if live is None:
            return self.tr(
                "Restoring replaces every record of the agency's database on %1 with the backup's."
            ).replace("%1", describe_url(self.db.url))
        return (
            self.tr(
                "Restoring replaces the agency's database, %1, with the backup. The current "
                "file is kept beside it as %2.replaced-<date and time>, so nothing is lost."
            )
            .replace("%1", str(live))
            .replace("%2", live.name)
        )

    def ask_restore(self, path: Path, check: BackupCheck) -> QMessageBox:
        passed = (
            self.tr("The backup of %1 made on %2 passed its check:").replace("%1", check.agency)
            if check.agency
            else self.tr("The backup made on %2 passed its check:")
        ).replace("%2", when_text(check.made_at))
        after = self.tr(
            "Anything written since the backup was made will not be in the restored database."
            "\n\nEveryone else must close pswdesk first. pswdesk closes this window, restores, "
            "and asks you to log in again."
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from a backup"),
            f"{passed}\n{path}\n\n{self.replaced_text()} {after}",
            QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setObjectName("restore_confirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
        go.setObjectName("restore_yes")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is go:
                self.restore_requested.emit(path)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()
        return box

    # -- state ------------------------------------------------------------------------------

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.ui.busy_bar.setVisible(working)
        if working:
            self._clear_messages()
        self._update_buttons()

    def _clear_messages(self) -> None:
        ui = self.ui
        for label in (ui.settings_error, ui.settings_status, ui.backup_error, ui.restore_error):
            label.setVisible(False)

    def _update_buttons(self) -> None:
        ui = self.ui
        for w in (ui.backup_button, ui.save_button, ui.browse_button, ui.restore_button):
            w.setEnabled(not self.working)
        if not self.working:
            ui.backup_button.setText(self.tr("&Back up now"))

    def _error(self, label: Any, error: Exception) -> None:
        label.setText(error_text(error))
        label.setVisible(True)
