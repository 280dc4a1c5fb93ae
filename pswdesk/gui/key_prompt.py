"""At start-up, an encrypted database whose key this computer lacks: ask for the recovery key.

Why a dialog before the login: without the key nothing of the database can be
read, not even the agency's name. The key typed is tried off the GUI thread
(``Database(url, secret=...)``); a wrong one is refused with nothing written and
the text kept, so a typing mistake can be corrected. When the computer has a
keyring the key can be kept there after it opened the database, so the question
is not asked again; without one the dialog says that it will be asked at each
start (the key is never written to a file).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from pswdesk import keys
from pswdesk.db import Database, resolve_url, sqlite_path
from pswdesk.errors import KeyRequired, WrongKey
from pswdesk.gui.domain_text import error_message, translated
from pswdesk.gui.forms.ui_key_prompt_dialog import Ui_KeyPromptDialog
from pswdesk.gui.opening_dialog import OpeningDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.recovery_key_text import take_recovery_key
from pswdesk.gui.resources import icon, set_role
from pswdesk.keys import AgencySecret, InvalidRecoveryKey
from pswdesk.wording import message_of

WRONG_KEY = QT_TRANSLATE_NOOP(
    "KeyPromptDialog",
    "This key does not open the database. Check each group against the recovery "
    "sheet; nothing was changed.",
)  # shown through wrong_key_text()


def wrong_key_text() -> str:
    return QCoreApplication.translate("KeyPromptDialog", str(WRONG_KEY))


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def describe_location(url: str | None) -> str:
    """'the file /path/agency.db' for SQLite, else the URL without its password."""
    from pswdesk.db import describe_url

    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is None:
        return describe_url(resolved)
    return QCoreApplication.translate("KeyPromptDialog", "the file %1").replace("%1", str(path))


class KeyPromptDialog(OpeningDialog):
    """Asks for the recovery key; ``opened`` carries the open ``Database``."""

    def __init__(
        self,
        url: str | None,
        database_id: uuid.UUID | None = None,
        keyring_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.database_id = database_id
        self.keyring_problem = keyring_problem
        self.opening = False
        self.db: Database | None = None  # open, waiting for "Continue" after a keyring problem
        self.remember_problem: str | None = None
        self.ui = Ui_KeyPromptDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        ui = self.ui
        take_recovery_key(ui.key_edit)
        ui.intro_label.setText(
            self.tr(
                "The database (%1) is encrypted, and this computer does not hold its key. Type "
                "or paste the recovery key that was shown when the agency was set up: 14 "
                "groups of 4 letters and digits, as on the printed recovery sheet."
            ).replace("%1", describe_location(url))
        )
        if keyring_problem:
            ui.remember_check.setChecked(False)
            ui.remember_check.setVisible(False)
            ui.keyring_label.setText(
                _sentence(translated(keyring_problem))
                + " "
                + self.tr(
                    "pswdesk will ask for the recovery key each time it starts on this "
                    "computer; it never writes the key to a file."
                )
            )
            ui.keyring_label.setVisible(True)
        ui.key_edit.textEdited.connect(lambda _t: ui.error_label.setVisible(False))
        ui.key_edit.returnPressed.connect(self.try_open)
        ui.open_button.clicked.connect(self.on_open_clicked)
        ui.quit_button.clicked.connect(self.reject)
        ui.key_edit.setFocus()

    @classmethod
    def for_error(
        cls, url: str | None, error: KeyRequired, parent: QWidget | None = None
    ) -> KeyPromptDialog:
        return cls(url, error.database_id, error.keyring_problem, parent)

    # -- opening ----------------------------------------------------------------------------

    def on_open_clicked(self) -> None:
        if self.db is not None:
            self._hand_over()
        else:
            self.try_open()

    def try_open(self) -> None:
        if self.opening or self.db is not None:
            return
        text = self.ui.key_edit.text()
        if not text.strip():
            self.show_error(self.tr("Type or paste the recovery key first."))
            return
        try:
            secret = AgencySecret.parse(text)
        except InvalidRecoveryKey as exc:
            self.show_error(_sentence(error_message(exc)))
            return
        url, remember = self.url, self.ui.remember_check.isChecked()
        self._set_opening(True)
        Op(self, lambda: _open_with(url, secret, remember)).success(self._opened).failure(
            self._refused
        ).busy(self).run()

    def _set_opening(self, opening: bool) -> None:
        self.opening = opening
        ui = self.ui
        ui.busy_bar.setVisible(opening)
        ui.open_button.setEnabled(not opening)
        ui.key_edit.setReadOnly(opening)
        ui.remember_check.setEnabled(not opening)
        ui.open_button.setText(self.tr("Opening…") if opening else self.tr("&Open"))
        if opening:
            ui.error_label.setVisible(False)

    def _opened(self, result: tuple[Database, str | None]) -> None:
        self._set_opening(False)
        db, problem = result
        self.db, self.remember_problem = db, problem
        if problem is None:
            self._hand_over()
            return
        # Open, but the keyring would not keep the key: say so before going on.
        ui = self.ui
        ui.key_edit.setReadOnly(True)
        ui.remember_check.setVisible(False)
        ui.keyring_label.setText(
            self.tr(
                "The database is open, but the key could not be kept in the keyring: %1 "
                "pswdesk will ask for it again at the next start."
            ).replace("%1", _sentence(problem))
        )
        set_role(ui.keyring_label, "notice")
        ui.keyring_label.setVisible(True)
        ui.open_button.setText(self.tr("&Continue"))
        ui.open_button.setFocus()

    def _hand_over(self) -> None:
        db, self.db = self.db, None
        self.accept()
        if db is not None:
            self.opened.emit(db)

    def _refused(self, error: Exception) -> None:
        self._set_opening(False)
        if isinstance(error, WrongKey):
            self.show_error(wrong_key_text())
        else:
            self.show_error(error_text(error))
        self.ui.key_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)

    @property
    def error_text(self) -> str:
        return self.ui.error_label.text() if self.ui.error_label.isVisibleTo(self) else ""

    # -- quitting ---------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.opening


def _open_with(
    url: str | None, secret: AgencySecret, remember: bool
) -> tuple[Database, str | None]:
    """Open with the typed key; then keep it in the keyring if asked (off the GUI thread)."""
    db = Database(url, secret=secret)
    if not remember or db.encryption is None:
        return db, None
    try:
        keys.store_secret(db.encryption.database_id, secret)
    except keys.KeyringUnavailable as exc:
        return db, message_of(exc)
    return db, None
