"""Help > About: the version, which database this is, how it is protected, the last good backup.

Why here: when something looks wrong, the first question is "which database, and is
it safe?". The facts come from ``database_info.describe(db)``, read off the GUI
thread; they name no record, so every user may see them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from pswdesk import __version__
from pswdesk.db import Database, sqlite_path
from pswdesk.gui.backup_page import age_text
from pswdesk.gui.forms.ui_about_dialog import Ui_AboutDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import local_time
from pswdesk.keys import ENV_KEY, KeySource
from pswdesk.services import database_info
from pswdesk.services.database_info import DatabaseInfo

KEY_FROM: dict[str, str] = {
    KeySource.KEYRING: "key from this computer's keyring",
    KeySource.ENVIRONMENT: f"key from {ENV_KEY}",
    KeySource.TYPED: "key from the typed recovery key",
    KeySource.NEW: "a new key, made when this database was created",
    KeySource.DEMO: "the demo's published key (fictional data only)",
}


def protection_text(info: DatabaseInfo) -> str:
    if info.kind != "SQLite":
        return "Protected by the database server (its own access rules and encryption)"
    if not info.encrypted:
        return (
            "Not encrypted (an older file). An administrator can encrypt it with "
            "'pswdesk db encrypt'."
        )
    source = KEY_FROM.get(info.key_source or "", info.key_source or "")
    return f"Encrypted (SQLCipher); {source}" if source else "Encrypted (SQLCipher)"


def backup_text(info: DatabaseInfo) -> str:
    last = info.last_backup
    if last is None:
        return "None yet" + (" — the app warns administrators" if info.kind == "SQLite" else "")
    text = f"{local_time(last.made_at)} ({age_text(last.made_at)})"
    return text + (" — more than two days ago" if info.backup_overdue else "")


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.info: DatabaseInfo | None = None
        self.db = db
        self.setMinimumWidth(600)
        ui.title_label.setText(f"pswdesk {__version__}")
        for value in (
            ui.database_value,
            ui.location_value,
            ui.protection_value,
            ui.backup_value,
            ui.keyring_value,
        ):
            value.setText("Reading…")
            value.setMinimumWidth(400)  # wrapped labels otherwise keep the width of "Reading…"
        ui.keyring_title.setVisible(False)
        ui.keyring_value.setVisible(False)
        ui.error_label.setVisible(False)
        ui.button_box.rejected.connect(self.reject)
        Op(self, lambda: database_info.describe(db)).success(self.show_info).failure(
            self._failed
        ).run()

    def show_info(self, info: DatabaseInfo) -> None:
        self.info = info
        ui = self.ui
        ui.database_value.setText(info.kind)
        path = sqlite_path(self.db.url) if info.kind == "SQLite" else None
        ui.location_value.setText(str(path) if path is not None else info.location)
        ui.protection_value.setText(protection_text(info))
        ui.backup_value.setText(backup_text(info))
        if info.keyring and info.kind == "SQLite":
            ui.keyring_value.setText(f"{info.keyring[:1].upper()}{info.keyring[1:]}")
            ui.keyring_title.setVisible(True)
            ui.keyring_value.setVisible(True)
        self.adjustSize()  # the facts are longer than "Reading…"

    def _failed(self, error: Exception) -> None:
        self.ui.error_label.setText(error_text(error))
        self.ui.error_label.setVisible(True)
