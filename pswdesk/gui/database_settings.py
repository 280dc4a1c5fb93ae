"""Agency settings > Database server (PostgreSQL only): keep the server's password in the keyring.

Why: a shared-server agency's PCs otherwise hold the password in a URL or a file.
Kept in this computer's keyring, pswdesk started with an address without a password
finds it there (``db.make_engine``). ``key_admin.store_server_password`` first checks
the password with the server, off the GUI thread, and stores nothing it refused.
The section is hidden for an SQLite file, which has no server password.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from pswdesk.db import Database, describe_url
from pswdesk.gui.forms.ui_database_settings import Ui_DatabaseSettings
from pswdesk.gui.operations import Op, error_text
from pswdesk.services import key_admin


class DatabaseSettings(QGroupBox):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_DatabaseSettings()
        self.ui.setupUi(self)
        ui = self.ui
        self.storing = False
        ui.intro_label.setText(
            self.tr(
                "This agency's database is on the server %1. Keep the server's password in "
                "this computer's keyring, so pswdesk can start with an address that holds no "
                "password and no file on this computer holds it."
            ).replace("%1", describe_url(db.url))
        )
        ui.store_button.clicked.connect(self.store)
        ui.password_edit.returnPressed.connect(self.store)
        ui.password_edit.textEdited.connect(lambda _t: ui.error_label.setVisible(False))
        self.setVisible(not db.is_sqlite)

    def store(self) -> None:
        password = self.ui.password_edit.text()
        if self.storing:
            return
        if not password:
            self._show(self.ui.error_label, self.tr("Type the server's password first."))
            return
        url = self.db.url
        self._set_storing(True)
        Op(self, lambda: key_admin.store_server_password(url, password)).success(
            lambda _r: self._stored()
        ).failure(self._refused).busy(self).run()

    def _set_storing(self, storing: bool) -> None:
        self.storing = storing
        self.ui.store_button.setEnabled(not storing)
        if storing:
            self.ui.error_label.setVisible(False)
            self.ui.status_label.setVisible(False)

    def _stored(self) -> None:
        self._set_storing(False)
        self.ui.password_edit.clear()
        self._show(
            self.ui.status_label,
            self.tr("The server accepted the password; it is kept in this computer's keyring."),
        )

    def _refused(self, error: Exception) -> None:
        self._set_storing(False)
        self._show(self.ui.error_label, error_text(error))

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)
