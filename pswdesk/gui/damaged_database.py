"""At start-up, a database file that cannot be read: name it, offer the newest good backup.

Why here and not a plain error box: a damaged file at an office PC is a moment of
panic, and the way out is a restore. The dialog names the file, says it is kept
as it is, finds the newest backup that passes its check (``restore.newest_good_backup``;
another one can be chosen), shows what it holds and restores it only when asked.
``restore.restore`` keeps the damaged file beside the restored one under a dated
name; nothing is overwritten. Every step runs off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QFileDialog, QWidget

from pswdesk import keys
from pswdesk.db import Database, resolve_url, sqlite_path
from pswdesk.errors import DatabaseDamaged
from pswdesk.gui.domain_text import error_message, translated
from pswdesk.gui.forms.ui_damaged_database_dialog import Ui_DamagedDatabaseDialog
from pswdesk.gui.key_prompt import wrong_key_text
from pswdesk.gui.opening_dialog import OpeningDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.recovery_key_text import take_recovery_key
from pswdesk.gui.resources import icon, set_role
from pswdesk.keys import AgencySecret, InvalidRecoveryKey
from pswdesk.services import restore
from pswdesk.sqlite_files import FileKind, database_id, file_kind


def when_text(moment: Any) -> str:
    """A backup's time in the computer's local time, as people read it."""
    if isinstance(moment, dt.datetime):
        local = moment.astimezone() if moment.tzinfo else moment
        if QLocale().language() == QLocale.Language.French:
            when = QDateTime(
                QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
            )
            return QLocale().toString(when, "dddd d MMMM yyyy 'à' HH:mm")
        return f"{local:%A %d %B %Y at %H:%M}"
    return (
        str(moment) if moment else QCoreApplication.translate("DamagedDatabase", "an unknown date")
    )


def known_secret(path: Path) -> AgencySecret | None:
    """The key this computer holds for the file: ``PSWDESK_DB_KEY`` or the keyring's."""
    try:
        from_env = keys.secret_from_environment()
    except InvalidRecoveryKey:
        from_env = None
    if from_env is not None:
        return from_env
    if file_kind(path) is not FileKind.ENCRYPTED:
        return None
    try:
        return keys.load_secret(database_id(path))
    except (keys.KeyringUnavailable, OSError):
        return None


class DamagedDatabaseDialog(OpeningDialog):
    """Explains, offers the newest good backup, restores it; ``opened`` carries the database."""

    def __init__(
        self, url: str | None, error: DatabaseDamaged, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.path: Path = Path(error.path) if error.path else self._path_of(url)
        self.secret: AgencySecret | None = None
        self.backup: Path | None = None  # the backup shown, checked
        self.db: Database | None = None  # open after the restore
        self.working = False
        self.ui = Ui_DamagedDatabaseDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        ui = self.ui
        take_recovery_key(ui.key_edit)
        ui.intro_label.setText(
            error_text(error)
            + "\n\n"
            + self.tr(
                "pswdesk cannot read the database file %1. The file is kept exactly as it is: "
                "nothing will overwrite it. You can restore the newest good backup instead; "
                "the damaged file then stays beside it under a dated name."
            ).replace("%1", str(self.path))
        )
        ui.backup_label.setText(self.tr("Looking for the newest good backup…"))
        ui.backup_label.setVisible(True)
        ui.key_edit.textEdited.connect(lambda _t: ui.error_label.setVisible(False))
        ui.key_edit.returnPressed.connect(self.on_restore_clicked)
        ui.restore_button.clicked.connect(self.on_restore_clicked)
        ui.choose_button.clicked.connect(lambda: self.choose_backup())
        ui.quit_button.clicked.connect(self.reject)
        self._update_buttons()
        path = self.path
        self._set_working(True)
        Op(self, lambda: known_secret(path)).success(self._secret_found).failure(self._failed).run()

    @staticmethod
    def _path_of(url: str | None) -> Path:
        path = sqlite_path(resolve_url(url))
        return path if path is not None else Path(str(url))

    # -- the key ----------------------------------------------------------------------------

    def _secret_found(self, secret: AgencySecret | None) -> None:
        self._set_working(False)
        if secret is None:
            self._ask_for_key()
            return
        self.secret = secret
        self.look_for_backup()

    def _ask_for_key(self) -> None:
        ui = self.ui
        ui.key_label.setVisible(True)
        ui.key_edit.setVisible(True)
        ui.backup_label.setText(
            self.tr(
                "This computer does not hold the database's key. Type the recovery key, so "
                "pswdesk can check the backups (they are encrypted with the same key)."
            )
        )
        ui.restore_button.setText(self.tr("&Look for a backup"))
        ui.key_edit.setFocus()
        self._update_buttons()

    def _typed_secret(self) -> AgencySecret | None:
        try:
            return AgencySecret.parse(self.ui.key_edit.text())
        except InvalidRecoveryKey as exc:
            text = error_message(exc)
            self.show_error(text[:1].upper() + text[1:] + ".")
            return None

    # -- finding and checking a backup ------------------------------------------------------

    def look_for_backup(self) -> None:
        secret, path = self.secret, self.path
        assert secret is not None
        self._set_working(True)
        self.ui.backup_label.setText(self.tr("Looking for the newest good backup…"))

        def find() -> tuple[Path, Any] | None:
            found = restore.newest_good_backup(path, secret)
            if found is None:
                return None
            return found, restore.check_backup(None, found, secret)

        Op(self, find).success(self._found).failure(self._failed).run()

    def _found(self, result: tuple[Path, Any] | None) -> None:
        self._set_working(False)
        if result is None:
            self.backup = None
            self.ui.backup_label.setText(
                self.tr(
                    "No good backup of this database was found on this computer. If you keep "
                    "backups elsewhere (a USB drive, another folder), choose the file."
                )
            )
            set_role(self.ui.backup_label, "notice")
        else:
            self._show_backup(*result)
        self._update_buttons()

    def choose_backup(self, file: str | Path | None = None) -> None:
        """Pick a backup file (tests pass it) and check it before offering it."""
        if self.working:
            return
        if self.secret is None:
            self.secret = self._typed_secret()
            if self.secret is None:
                return
        if file is None:
            start = str(self.backup.parent) if self.backup else str(self.path.parent)
            file, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a backup"),
                start,
                self.tr("pswdesk backups (*.db);;All files (*)"),
            )
            if not file:
                return
        chosen, secret = Path(file), self.secret
        self._set_working(True)
        Op(self, lambda: (chosen, restore.check_backup(None, chosen, secret))).success(
            lambda r: self._found(r)
        ).failure(self._failed).run()

    def _show_backup(self, path: Path, check: Any) -> None:
        ui = self.ui
        if not check.ok:
            self.backup = None
            problems = "; ".join(map(translated, check.problems)) or self.tr(
                "it did not pass its check"
            )
            ui.backup_label.setText(
                self.tr("%1 cannot be restored: %2.")
                .replace("%1", str(path))
                .replace("%2", problems)
            )
            set_role(ui.backup_label, "notice")
            return
        self.backup = path
        passed = (
            self.tr("The backup of %1 made on %2 passed its check:").replace("%1", check.agency)
            if check.agency
            else self.tr("The backup made on %2 passed its check:")
        ).replace("%2", when_text(check.made_at))
        ui.backup_label.setText(f"{passed}\n{path}")
        set_role(ui.backup_label, "info")
        ui.restore_button.setText(self.tr("&Restore this backup"))

    # -- restoring --------------------------------------------------------------------------

    def on_restore_clicked(self) -> None:
        if self.working:
            return
        if self.db is not None:
            self._hand_over()
            return
        if self.secret is None:
            self.secret = self._typed_secret()
            if self.secret is not None:
                self.look_for_backup()
            return
        if self.backup is None:
            return
        url, backup, secret = self.url, self.backup, self.secret

        def work() -> tuple[Database, Any]:
            result = restore.restore(resolve_url(url), backup, secret, actor_name=None)
            return Database(url, secret=secret), result

        self._set_working(True)
        self.ui.backup_label.setText(self.tr("Restoring the backup…"))
        Op(self, work).success(self._restored).failure(self._failed).busy(self).run()

    def _restored(self, result: tuple[Database, Any]) -> None:
        self._set_working(False)
        self.db, outcome = result
        kept = getattr(outcome, "replaced_kept_as", None)
        self.ui.backup_label.setText(
            self.tr(
                "The backup was restored. The damaged file is kept as %1. Log in to carry on."
            ).replace("%1", str(kept))
            if kept
            else self.tr("The backup was restored. Log in to carry on.")
        )
        set_role(self.ui.backup_label, "info")
        self.ui.restore_button.setText(self.tr("&Continue"))
        self._update_buttons()
        self.ui.restore_button.setFocus()

    def _hand_over(self) -> None:
        db, self.db = self.db, None
        self.accept()
        if db is not None:
            self.opened.emit(db)

    # -- state ------------------------------------------------------------------------------

    def _failed(self, error: Exception) -> None:
        self._set_working(False)
        if isinstance(error, keys.InvalidRecoveryKey):
            self.secret = None
        self.show_error(wrong_key_text() if "does not open" in str(error) else error_text(error))
        self._update_buttons()

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.ui.busy_bar.setVisible(working)
        if working:
            self.ui.error_label.setVisible(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        asking_key = self.secret is None and ui.key_edit.isVisibleTo(self)
        ready = self.db is not None or self.backup is not None or asking_key
        ui.restore_button.setEnabled(not self.working and ready)
        ui.choose_button.setEnabled(not self.working and self.db is None)
        ui.quit_button.setEnabled(not self.working)

    def busy(self) -> bool:
        return self.working
