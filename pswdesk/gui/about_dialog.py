"""Help > About: the version, which database this is, how it is protected, the last good backup.

Why here: when something looks wrong, the first question is "which database, and is
it safe?". The facts come from ``database_info.describe(db)``, read off the GUI
thread; they name no record, so every user may see them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

#: Where the key came from (shown through the "AboutDialog" context; %1 is ENV_KEY).
KEY_FROM: dict[str, object] = {
    KeySource.KEYRING: QT_TRANSLATE_NOOP("AboutDialog", "key from this computer's keyring"),
    KeySource.ENVIRONMENT: QT_TRANSLATE_NOOP("AboutDialog", "key from %1"),
    KeySource.TYPED: QT_TRANSLATE_NOOP("AboutDialog", "key from the typed recovery key"),
    KeySource.NEW: QT_TRANSLATE_NOOP(
        "AboutDialog", "a new key, made when this database was created"
    ),
    KeySource.DEMO: QT_TRANSLATE_NOOP(
        "AboutDialog", "the demo's published key (fictional data only)"
    ),
}


def key_from(source: str) -> str:
    """Where the key came from, in the window's language (an unknown source as it is)."""
    text = KEY_FROM.get(source)
    if text is None:
        return source
    return QCoreApplication.translate("AboutDialog", str(text)).replace("%1", ENV_KEY)


def protection_text(info: DatabaseInfo) -> str:
    if info.kind != "SQLite":
        return QCoreApplication.translate(
            "AboutDialog", "Protected by the database server (its own access rules and encryption)"
        )
    if not info.encrypted:
        return QCoreApplication.translate(
            "AboutDialog",
            "Not encrypted (an older file). An administrator can encrypt it with "
            "'pswdesk db encrypt'.",
        )
    source = key_from(info.key_source or "")
    if not source:
        return QCoreApplication.translate("AboutDialog", "Encrypted (SQLCipher)")
    return QCoreApplication.translate("AboutDialog", "Encrypted (SQLCipher); %1").replace(
        "%1", source
    )


def backup_text(info: DatabaseInfo) -> str:
    last = info.last_backup
    if last is None:
        if info.kind == "SQLite":
            return QCoreApplication.translate(
                "AboutDialog", "None yet — the app warns administrators"
            )
        return QCoreApplication.translate("AboutDialog", "None yet")
    text = f"{local_time(last.made_at)} ({age_text(last.made_at)})"
    if info.backup_overdue:
        return QCoreApplication.translate("AboutDialog", "%1 — more than two days ago").replace(
            "%1", text
        )
    return text


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
            value.setText(self.tr("Reading…"))
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
