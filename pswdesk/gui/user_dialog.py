"""Dialogs an administrator uses on the Users page: create or edit an account, reset a password.

Each dialog calls the service itself (off the GUI thread: a new password is hashed
with Argon2) when Save is pressed, and stays open with the service's message next to
the fields when it refuses, so nothing typed is lost. A save announces USER.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.gui import domain_text
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_password_dialog import Ui_PasswordDialog
from pswdesk.gui.forms.ui_user_dialog import Ui_UserDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.services import users
from pswdesk.services.access import Actor
from pswdesk.services.users import UserRow
from pswdesk.vocabulary import Role

FIELD_LABELS = {"username": "User name", "password": "Password", "roles": "Roles"}


def problems_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        lines = [m[:1].upper() + m[1:] for m in domain_text.problems_text(error.problems).values()]
        return "\n".join(lines)
    return error_text(error)


class UserDialog(QDialog):
    """New account (``user`` is None) or changes to an existing one."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        everyone: list[UserRow],
        user: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.result_row: UserRow | None = None
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.supervisor_combo.addItem(self.tr("(no supervisor)"), None)
        for u in everyone:
            if Role.SUPERVISOR in u.roles and u.active and (user is None or u.id != user.id):
                ui.supervisor_combo.addItem(f"{u.full_name} ({u.username})", u.id)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        if user is None:
            self.setWindowTitle(self.tr("New user"))
            ui.worker_check.setChecked(True)
        else:
            self.setWindowTitle(self.tr("Edit %1").replace("%1", user.full_name))
            ui.full_name_edit.setText(user.full_name)
            ui.username_edit.setText(user.username)
            ui.username_edit.setReadOnly(True)
            ui.username_edit.setEnabled(False)
            ui.worker_check.setChecked(Role.WORKER in user.roles)
            ui.supervisor_check.setChecked(Role.SUPERVISOR in user.roles)
            ui.admin_check.setChecked(Role.ADMIN in user.roles)
            index = ui.supervisor_combo.findData(user.supervisor_id)
            ui.supervisor_combo.setCurrentIndex(max(index, 0))
            for w in (ui.password_label, ui.password_edit, ui.confirm_label, ui.confirm_edit):
                w.setVisible(False)
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("primary", True)
        self.saving = False
        ui.full_name_edit.setFocus()
        self.adjustSize()

    def roles(self) -> list[str]:
        checks = (
            (Role.WORKER, self.ui.worker_check),
            (Role.SUPERVISOR, self.ui.supervisor_check),
            (Role.ADMIN, self.ui.admin_check),
        )
        return [role for role, check in checks if check.isChecked()]

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)

    def accept(self) -> None:
        if self.saving:
            return
        ui = self.ui
        roles = self.roles()
        if not roles:
            self.show_error(self.tr("Give the account at least one role."))
            return
        db, actor, user = self.db, self.actor, self.user
        supervisor = ui.supervisor_combo.currentData()
        full_name = ui.full_name_edit.text()
        call: Callable[[], UserRow]
        if user is None:
            if ui.password_edit.text() != ui.confirm_edit.text():
                self.show_error(self.tr("The two passwords are not the same."))
                ui.confirm_edit.setFocus()
                return
            username, password = ui.username_edit.text(), ui.password_edit.text()

            def call() -> UserRow:
                return users.add_user(db, actor, username, full_name, roles, password, supervisor)
        else:

            def call() -> UserRow:
                return users.update_user(
                    db, actor, user.id, expected_version=user.version,
                    full_name=full_name, roles=roles,
                    supervisor=supervisor, clear_supervisor=supervisor is None,
                )  # fmt: skip

        self._set_saving(True)
        Op(self, call).success(self._saved).failure(self._refused).changes(Change.USER).busy(
            self
        ).run()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)

    def _saved(self, row: UserRow) -> None:
        self._set_saving(False)
        self.result_row = row
        super().accept()

    def _refused(self, error: Exception) -> None:
        self._set_saving(False)
        self.show_error(problems_text(error))


class PasswordDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, user: UserRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Reset password: %1").replace("%1", user.full_name))
        self.ui.intro_label.setText(
            self.tr(
                "Set a new password for %1 (%2). This also unlocks the account. Tell them the "
                "new password in person; at their next login they choose their own."
            )
            .replace("%1", user.full_name)
            .replace("%2", user.username)
        )
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.password_edit.setFocus()

    def accept(self) -> None:
        ui = self.ui
        if not ui.button_box.isEnabled():
            return  # a reset is on its way
        if ui.password_edit.text() != ui.confirm_edit.text():
            ui.error_label.setText(self.tr("The two passwords are not the same."))
            ui.error_label.setVisible(True)
            return
        db, actor, user_id, password = self.db, self.actor, self.user.id, ui.password_edit.text()
        ui.button_box.setEnabled(False)
        Op(self, lambda: users.reset_password(db, actor, user_id, password)).success(
            lambda _r: super(PasswordDialog, self).accept()
        ).failure(self._refused).changes(Change.USER).busy(self).run()

    def _refused(self, error: Exception) -> None:
        self.ui.button_box.setEnabled(True)
        self.ui.error_label.setText(problems_text(error))
        self.ui.error_label.setVisible(True)
