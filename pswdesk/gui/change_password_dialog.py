"""Changing one's own password (File > Change password), and the change forced after a reset.

The agency's password rules (``auth.PASSWORD_RULES``, the same list that setting up,
adding a user and a reset are checked against) are listed under the fields and ticked
as the person types; the button waits until every rule is kept and the two new
passwords match. The service checks everything again. A wrong current password counts
as a failed login there (and may lock the account), so the dialog says so after one.

Forced (after an administrator's reset, before the main window opens) the dialog
cannot be skipped: Cancel becomes Quit, and Escape or closing the window quits too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.errors import AuthError, ValidationError
from pswdesk.gui.domain_text import error_message, problems_text
from pswdesk.gui.login_dialog import sentence
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.resources import icon, set_role
from pswdesk.gui.vocabulary_text import number
from pswdesk.services import auth
from pswdesk.services.access import Actor

KEPT, NOT_YET = "✓", "○"
MATCH_RULE = str(QT_TRANSLATE_NOOP("ChangePasswordDialog", "The two new passwords are the same"))
DIFFERENT_RULE = str(
    QT_TRANSLATE_NOOP("ChangePasswordDialog", "Different from your current password")
)


class ChangePasswordDialog(QDialog):
    """Emits ``changed(actor)`` (the actor as it is now) and closes when the change is saved."""

    changed = Signal(object)  # Actor
    quit_requested = Signal()  # forced, and the person chose to quit instead

    def __init__(
        self, db: Database, actor: Actor, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.forced = db, actor, forced
        self.saving = False
        self.setObjectName("change_password_dialog")
        self.setWindowIcon(icon("app"))
        self.setWindowTitle(
            self.tr("Choose a new password") if forced else self.tr("Change password")
        )
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "{name}, an administrator reset your password. Choose a new one that "
                "only you know before you carry on."
            ).format(name=actor.full_name)
            if forced
            else self.tr("Change the password {name} ({username}) logs in with.").format(
                name=actor.full_name, username=actor.username
            )
        )
        layout.addWidget(intro)
        self.intro_label = intro

        form = QFormLayout()
        self.current_edit = self._password_edit("current_edit", self.tr("Current password"))
        self.new_edit = self._password_edit("new_edit", self.tr("New password"))
        self.repeat_edit = self._password_edit("repeat_edit", self.tr("Repeat the new password"))
        for text, edit in (
            (self.tr("&Current password"), self.current_edit),
            (self.tr("&New password"), self.new_edit),
            (self.tr("&Repeat new password"), self.repeat_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form)

        rules_title = QLabel(self.tr("Your new password needs:"), self)
        set_role(rules_title, "muted")
        layout.addWidget(rules_title)
        texts = [rule.text for rule in auth.PASSWORD_RULES] + [MATCH_RULE, DIFFERENT_RULE]
        self.rule_names = {
            f"At least {auth.MIN_PASSWORD} characters": self.tr("At least {n} characters").format(
                n=auth.MIN_PASSWORD
            ),
            "Not only spaces": self.tr("Not only spaces"),
            f"At most {auth.MAX_PASSWORD:,} characters": self.tr("At most {n} characters").format(
                n=number(auth.MAX_PASSWORD)
            ),
            MATCH_RULE: self.tr(MATCH_RULE),
            DIFFERENT_RULE: self.tr(DIFFERENT_RULE),
        }  # each rule's line (auth.PASSWORD_RULES) in the language of the windows
        self.rule_labels: dict[str, QLabel] = {}
        for text in texts:
            label = QLabel(self)
            label.setObjectName("password_rule")
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
            self.rule_labels[text] = label

        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("C&hange password"), self)
        self.change_button.setObjectName("change_button")
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(
            self.tr("&Quit pswdesk") if forced else self.tr("Cancel"), self
        )
        self.cancel_button.setObjectName("cancel_button")
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.change_button.clicked.connect(self.try_change)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.textChanged.connect(lambda _t: self.update_rules())
            edit.textEdited.connect(lambda _t: self.error_label.setVisible(False))
        self.update_rules()
        self.current_edit.setFocus()

    def _password_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    # -- the rules, as typed ----------------------------------------------------------------

    def rule_states(self) -> dict[str, bool]:
        """Each checklist line and whether what is typed keeps it."""
        new = self.new_edit.text()
        states = dict(auth.password_checklist(new))
        states[MATCH_RULE] = bool(new) and new == self.repeat_edit.text()
        states[DIFFERENT_RULE] = bool(new) and new != self.current_edit.text()
        return states

    def update_rules(self) -> None:
        states = self.rule_states()
        for text, kept in states.items():
            label = self.rule_labels[text]
            shown = self.rule_names.get(text, text)
            label.setText(f"{KEPT if kept else NOT_YET}  {shown}")
            state = self.tr("yes") if kept else self.tr("not yet")
            label.setAccessibleName(self.tr("{rule}: {state}").format(rule=shown, state=state))
            set_role(label, "" if kept else "muted")
        ready = all(states.values()) and bool(self.current_edit.text())
        self.change_button.setEnabled(ready and not self.saving)

    # -- saving -----------------------------------------------------------------------------

    def try_change(self) -> None:
        if self.saving or not self.change_button.isEnabled():
            return
        db, actor = self.db, self.actor
        current, new = self.current_edit.text(), self.new_edit.text()
        self.saving = True
        self.update_rules()
        Op(self, lambda: auth.change_password(db, actor, current, new)).success(
            self._changed
        ).failure(self._refused).busy(self).run()

    def _changed(self, actor: Actor) -> None:
        self.saving = False
        self.actor = actor
        self.changed.emit(actor)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.saving = False
        if isinstance(error, AuthError):
            text = sentence(error_message(error))
            if "locked" not in str(error):
                text += " " + self.tr("A wrong current password counts as a failed login.")
            self.show_error(text)
            self.current_edit.clear()
            self.current_edit.setFocus()
        elif isinstance(error, ValidationError):
            shown = problems_text(error.problems).values()
            self.show_error("\n".join(sentence(m) for m in shown))
            self.new_edit.setFocus()
        else:
            self.show_error(error_text(error))
        self.update_rules()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    @property
    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()

    def reject(self) -> None:
        """Cancel, Escape or the close button; forced, that is quitting the app."""
        if self.forced:
            self.quit_requested.emit()
        super().reject()
