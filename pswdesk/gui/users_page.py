"""Administrators manage staff accounts: create, edit roles and supervisor,
deactivate or reactivate, reset a password. The list reloads when the change notice
says a user changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change, change_notice
from pswdesk.gui.forms.ui_users_page import Ui_UsersPage
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import ROW_ROLE, Column, RowTableModel
from pswdesk.gui.user_dialog import PasswordDialog, UserDialog
from pswdesk.services import users
from pswdesk.services.access import Actor
from pswdesk.services.users import UserRow
from pswdesk.vocabulary import Role

ROLE_WORDS: dict[str, str] = {
    Role.WORKER: "Worker",
    Role.SUPERVISOR: "Supervisor",
    Role.ADMIN: "Administrator",
}


_TRANSLATABLE: tuple[object, ...] = (  # the words above and below, for pyside6-lupdate
    QT_TRANSLATE_NOOP("UsersPage", "Worker"),
    QT_TRANSLATE_NOOP("UsersPage", "Supervisor"),
    QT_TRANSLATE_NOOP("UsersPage", "Administrator"),
)


def _status(u: UserRow) -> str:
    if not u.active:
        return QCoreApplication.translate("UsersPage", "Deactivated")
    if u.locked:
        return QCoreApplication.translate("UsersPage", "Locked (failed logins)")
    return QCoreApplication.translate("UsersPage", "Active")


def _role_word(role: str) -> str:
    return QCoreApplication.translate("UsersPage", ROLE_WORDS.get(role, role))


USER_COLUMNS: list[Column[UserRow]] = [
    Column("Name", lambda u: u.full_name, bold=lambda u: u.active),
    Column("User name", lambda u: u.username),
    Column("Roles", lambda u: ", ".join(_role_word(r) for r in u.roles)),
    Column("Supervisor", lambda u: u.supervisor_name),
    Column(
        "Status",
        _status,
        foreground=lambda u: "#b91c1c" if u.locked else ("#52606d" if not u.active else "#15803d"),
    ),
]


class UsersPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.setAccessibleName(self.tr("Users"))
        self.model: RowTableModel[UserRow] = RowTableModel(USER_COLUMNS, self)
        view = self.ui.table_view
        view.setModel(self.model)
        view.verticalHeader().setDefaultSectionSize(30)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, width in enumerate((220, 140, 240, 200)):
            view.setColumnWidth(i, width)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        view.doubleClicked.connect(lambda _i: self.edit_user())
        self.ui.new_button.clicked.connect(self.new_user)
        self.ui.edit_button.clicked.connect(self.edit_user)
        self.ui.active_button.clicked.connect(self.toggle_active)
        self.ui.password_button.clicked.connect(self.reset_password)
        self.dialog: Any = None  # the open dialog, kept for tests and to avoid two at once
        self._select_id: int | None = None
        self._update_buttons()
        change_notice().subscribe(self, (Change.USER,), lambda _c: self.refresh())
        self.refresh()

    # -- page protocol ----------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self.db, self.actor
        Op(self, lambda: users.list_users(db, actor)).success(self._show).failure(
            self._failed
        ).run()

    def focus_search(self) -> bool:
        self.ui.table_view.setFocus()
        return False

    def _show(self, rows: list[UserRow]) -> None:
        self.ui.error_label.setVisible(False)
        self.model.set_rows(rows)
        active = sum(1 for u in rows if u.active)
        self.ui.count_label.setText(
            self.tr("%1 active of %2 accounts")
            .replace("%1", str(active))
            .replace("%2", str(len(rows)))
        )
        if self._select_id is not None:
            for i, u in enumerate(rows):
                if u.id == self._select_id:
                    self.ui.table_view.selectRow(i)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.ui.error_label.setText(error_text(error))
        self.ui.error_label.setVisible(True)

    def selected(self) -> UserRow | None:
        index = self.ui.table_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.ui.edit_button, self.ui.active_button, self.ui.password_button):
            button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.ui.active_button.setText(self.tr("Re&activate"))
        else:
            self.ui.active_button.setText(self.tr("&Deactivate"))
        self.ui.active_button.setEnabled(user is not None and user.id != self.actor.id)

    # -- actions ----------------------------------------------------------------------------

    def new_user(self) -> None:
        self._open(
            UserDialog(self.db, self.actor, self.model.rows, None, self),
            self.tr("Created {name} ({username})."),
        )

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(
                UserDialog(self.db, self.actor, self.model.rows, user, self),
                self.tr("Saved {name} ({username})."),
            )

    def _open(self, dialog: UserDialog, done_text: str) -> None:
        def done() -> None:  # the save's USER notice reloads the list
            row = dialog.result_row
            if row is not None:
                self._select_id = row.id
                self.ui.status_label.setText(
                    done_text.format(name=row.full_name, username=row.username)
                )

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        db, actor = self.db, self.actor
        self._select_id = user.id

        def done(row: UserRow) -> None:
            text = (
                self.tr("Reactivated {name} ({username}).")
                if row.active
                else self.tr("Deactivated {name} ({username}).")
            )
            self.ui.status_label.setText(text.format(name=row.full_name, username=row.username))

        Op(
            self,
            lambda: users.update_user(
                db, actor, user.id, expected_version=user.version, active=not user.active
            ),
        ).success(done).failure(self._failed).changes(Change.USER).busy(self).run()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(self.db, self.actor, user, self)

        def done() -> None:
            text = (
                self.tr("New password set for {name}.")
                if user.id == self.actor.id
                else self.tr("New password set for {name}; they choose their own at next login.")
            )
            self.ui.status_label.setText(text.format(name=user.full_name))

        dialog.accepted.connect(done)
        self.dialog = dialog
        dialog.open()
