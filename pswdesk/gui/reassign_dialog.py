"""Client > Reassign a caseload: every client of one worker to another (supervisors).

Why all at once: when a worker leaves or is off for months, their clients must not
wait for someone to notice them one by one; ``assignments.reassign_caseload`` moves
them, with their open follow-ups, in one transaction. The two workers are chosen
from the supervisor's team; the dialog asks once more, naming both, before it acts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_reassign_dialog import Ui_ReassignDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import RecordDialog
from pswdesk.services import assignments, users
from pswdesk.services.access import Actor
from pswdesk.services.users import UserRow
from pswdesk.vocabulary import Role


class ReassignDialog(RecordDialog):
    """``saved`` carries how many clients moved."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setup(Ui_ReassignDialog())
        self.ui: Ui_ReassignDialog
        self.move_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.move_button.setText(self.tr("&Move the clients…"))
        self.move_button.setEnabled(False)  # until the team is in
        self.confirmed = False
        self.confirm_box: QMessageBox | None = None
        self.announce(Change.CLIENT, Change.FOLLOW_UP)
        Op(self, lambda: users.list_users(db, actor)).success(self._show_team).failure(
            lambda e: self.show_general(error_text(e))
        ).run()

    def _show_team(self, team: list[UserRow]) -> None:
        ui = self.ui
        for u in team:
            you = self.tr(" (you)") if u.id == self.actor.id else ""
            if Role.WORKER in u.roles:
                ui.from_combo.addItem(f"{u.full_name}{you}", u.id)
                if u.active:
                    ui.to_combo.addItem(f"{u.full_name}{you}", u.id)
        if ui.to_combo.count() > 1:
            ui.to_combo.setCurrentIndex(1)
        self.move_button.setEnabled(ui.from_combo.count() > 0 and ui.to_combo.count() > 1)

    def choose(self, from_id: int, to_id: int) -> None:
        """Pick both workers (tests; people use the two lists)."""
        self.ui.from_combo.setCurrentIndex(self.ui.from_combo.findData(from_id))
        self.ui.to_combo.setCurrentIndex(self.ui.to_combo.findData(to_id))

    def save(self) -> None:
        """Ask once, naming both workers, then move."""
        if self.saving:
            return
        if self.confirmed:
            self.confirmed = False
            super().save()
            return
        ui = self.ui
        source, target = ui.from_combo.currentText(), ui.to_combo.currentText()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Reassign a caseload"),
            self.tr("Move every client {source} carries to {target}?").format(
                source=source, target=target
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("reassign_confirm")
        yes = box.addButton(self.tr("&Move them"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("reassign_yes")

        def answered(button: QAbstractButton) -> None:
            if button is yes:
                self.confirmed = True
                self.save()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def submit(self) -> Callable[[], Any]:
        db, actor = self.db, self.actor
        source, target = self.ui.from_combo.currentData(), self.ui.to_combo.currentData()
        return lambda: assignments.reassign_caseload(db, actor, int(source), int(target))
