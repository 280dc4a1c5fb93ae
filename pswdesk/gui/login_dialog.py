"""Logging in, and unlocking a locked screen.

The message for a failed login comes from the service and is the same whether
the user name exists or not. The password check (Argon2, deliberately slow) runs
off the GUI thread, with a busy cursor. In demo mode the dialog lists the demo
accounts with their passwords; it never does so for a real agency.

At start-up the dialog shows before the database is open (docs/ARCHITECTURE.md,
Start-up): made with no database, it says "Opening the database…" and takes what is
typed meanwhile; a login asked for then waits, "Checking…", and goes ahead once
``database_ready`` hands it the database and the agency.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from pswdesk.errors import AuthError
from pswdesk.gui.domain_text import error_message
from pswdesk.gui.forms.ui_login_dialog import Ui_LoginDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.resources import icon

if TYPE_CHECKING:
    from pswdesk.db import Database
    from pswdesk.services.access import Actor


class DemoAccountLike(Protocol):
    """What the dialog reads of a demo account (pswdesk.demo.DemoAccount, or a test's)."""

    @property
    def username(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def password(self) -> str: ...


def sentence(message: str) -> str:
    message = message.strip()
    if not message:
        return message
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


class LoginDialog(QDialog):
    """Emits ``logged_in(actor)`` and closes on success.

    With ``db`` None the database is still opening: see :meth:`database_ready`.
    With ``unlock_for`` set it unlocks a locked screen: the user name is fixed, and
    "Log out instead" (``logout_requested``) lets someone else use the computer.
    """

    logged_in = Signal(object)  # Actor
    logout_requested = Signal()
    quit_requested = Signal()
    # A password check has gone to the thread pool: the app builds the main window's
    # frame in the time it takes.
    check_started = Signal()

    def __init__(
        self,
        db: Database | None,
        agency_name: str = "",
        demo_accounts: Sequence[DemoAccountLike] = (),
        demo: bool = False,
        unlock_for: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.unlock_for = unlock_for
        self.checking = False  # a password check is on its way (or waits for the database)
        self._waiting: tuple[str, str] | None = None  # a login asked for while opening
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        ui = self.ui
        ui.logo_label.setPixmap(icon("app").pixmap(48, 48))
        ui.agency_label.setText(agency_name or "pswdesk")
        ui.login_button.clicked.connect(self.try_login)
        ui.quit_button.clicked.connect(self.on_quit_clicked)
        ui.logout_button.clicked.connect(self.on_logout_clicked)
        ui.username_edit.textEdited.connect(lambda _t: self.clear_error())
        ui.password_edit.textEdited.connect(lambda _t: self.clear_error())
        ui.demo_table.itemActivated.connect(self.on_demo_account_activated)
        ui.demo_table.itemDoubleClicked.connect(self.on_demo_account_activated)
        if unlock_for is not None:
            self.setWindowTitle(self.tr("Unlock — pswdesk"))
            ui.intro_label.setText(
                self.tr(
                    "The screen was locked. {name}, enter your password to carry on "
                    "where you left off."
                ).format(name=unlock_for.full_name)
            )
            ui.username_edit.setText(unlock_for.username)
            ui.username_edit.setEnabled(False)
            ui.login_button.setText(self.tr("&Unlock"))
            ui.logout_button.setVisible(True)
            ui.quit_button.setVisible(False)
            ui.password_edit.setFocus()
        else:
            ui.username_edit.setFocus()
        self._login_text = ui.login_button.text()
        self._intro_text = ui.intro_label.text()
        if db is None:
            ui.intro_label.setText(self.tr("Opening the database…"))
        self.show_demo_accounts(demo_accounts, demo or bool(demo_accounts))
        self.adjustSize()  # no empty space where the hidden parts would be

    @property
    def opening(self) -> bool:
        """The database is not open yet; a login waits for :meth:`database_ready`."""
        return self.db is None

    def database_ready(
        self,
        db: Database,
        agency_name: str,
        demo_accounts: Sequence[DemoAccountLike] = (),
        demo: bool = False,
    ) -> None:
        """The database is open: name the agency, list demo accounts, log in if asked.

        What was typed while it opened is kept as it is.
        """
        self.db = db
        ui = self.ui
        ui.agency_label.setText(agency_name or "pswdesk")
        ui.intro_label.setText(self._intro_text)
        self.show_demo_accounts(demo_accounts, demo or bool(demo_accounts))
        self.adjustSize()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._check(db, *waiting)

    # -- demo accounts ----------------------------------------------------------------------

    def show_demo_accounts(self, accounts: Sequence[DemoAccountLike], demo: bool) -> None:
        """Only ever called with accounts for a demo database (the caller checks is_demo)."""
        table = self.ui.demo_table
        if not demo or self.unlock_for is not None:
            self.ui.demo_group.setVisible(False)
            return
        if not accounts:
            self.ui.demo_hint_label.setText(
                self.tr(
                    "This is a demo database. Its accounts and their password were printed "
                    "where 'pswdesk demo' was started."
                )
            )
            table.setVisible(False)
            self.ui.demo_group.setVisible(True)
            return
        table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            for col, text in enumerate((account.username, account.role, account.password)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setMinimumHeight(min(len(accounts), 8) * 26 + 34)
        self.ui.demo_group.setVisible(True)

    def on_demo_account_activated(self, item: QTableWidgetItem) -> None:
        table = self.ui.demo_table
        username = table.item(item.row(), 0)
        password = table.item(item.row(), 2)
        if username and password:
            self.ui.username_edit.setText(username.text())
            self.ui.password_edit.setText(password.text())
            self.ui.login_button.setFocus()

    # -- logging in -------------------------------------------------------------------------

    def try_login(self) -> None:
        if self.checking:
            return
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        if not username:
            self.show_error(self.tr("Enter your user name."))
            self.ui.username_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.ui.password_edit.setFocus()
            return
        self._set_checking(True)
        if self.db is None:
            self._waiting = (username, password)  # checked once the database is open
            return
        self._check(self.db, username, password)

    def _check(self, db: Database, username: str, password: str) -> None:
        def check() -> Actor:
            from pswdesk.services import auth  # looked up at the call: tests may wrap it

            return auth.login(db, username, password)

        Op(self, check).success(self._checked).failure(self._refused).busy(self).run()
        self.check_started.emit()

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        self.ui.login_button.setEnabled(not checking)
        self.ui.login_button.setText(self.tr("Checking…") if checking else self._login_text)

    def _checked(self, actor: Actor) -> None:
        self._set_checking(False)
        if self.unlock_for is not None and actor.id != self.unlock_for.id:
            self.show_error(self.tr("Only the person who locked the screen can unlock it."))
            return
        self.actor = actor
        self.logged_in.emit(actor)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_checking(False)
        if isinstance(error, AuthError):
            self.show_error(sentence(error_message(error)))
            self.ui.password_edit.clear()
            self.ui.password_edit.setFocus()
            return
        self.show_error(error_text(error))

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)

    def clear_error(self) -> None:
        self.ui.error_label.setVisible(False)

    @property
    def error_text(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()

    def on_quit_clicked(self) -> None:
        self.reject()

    def on_logout_clicked(self) -> None:
        self.logout_requested.emit()
        self.reject()

    def reject(self) -> None:
        """Escape or the close button: quitting from the login, staying locked when unlocking."""
        if self.unlock_for is None:
            self.quit_requested.emit()
        super().reject()
