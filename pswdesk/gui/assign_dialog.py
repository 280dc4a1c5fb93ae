"""Who carries a client: add or remove a worker of one's team, or transfer the client.

Why a dialog of its own: each change is a small write of its own (an assignment
added or removed), done at once and shown at once, while a transfer replaces every
worker and may take the client out of the supervisor's sight, so it is asked for
separately and confirmed. Supervisors only (the services check it too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_assign_dialog import Ui_AssignDialog
from pswdesk.gui.operations import Op
from pswdesk.gui.record_tabs.common import RecordDialog
from pswdesk.services import assignments, clients, users
from pswdesk.services.access import Actor
from pswdesk.services.assignments import Transfer
from pswdesk.services.clients import ClientDetail
from pswdesk.services.users import UserRow
from pswdesk.vocabulary import Role


class AssignDialog(RecordDialog):
    """``saved`` carries the changed ``ClientDetail`` after each change, or the
    ``Transfer`` when the client was transferred; ``transferred_away`` says the user
    no longer sees the client."""

    transferred_away = Signal(str)  # what to tell the user

    def __init__(
        self, db: Database, actor: Actor, detail: ClientDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.detail = db, actor, detail
        self.setup(Ui_AssignDialog())
        self.ui: Ui_AssignDialog
        ui = self.ui
        self.setWindowTitle(self.tr("Who carries {name}").format(name=detail.preferred_name))
        ui.intro_label.setText(
            self.tr(
                "Add or remove workers of your team for {name}, or transfer "
                "the client to another worker. Each change is saved at once."
            ).format(name=detail.preferred_name)
        )
        self.team: list[UserRow] = []
        self.working = False
        self.confirm_box: QMessageBox | None = None
        ui.busy_bar.setVisible(False)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.add_button.clicked.connect(self.add_chosen)
        ui.transfer_button.clicked.connect(self.ask_transfer)
        ui.workers_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        # Another team's workers are not listed (a supervisor sees their own team): their
        # user name is typed, as on the command line.
        ui.transfer_combo.setEditable(True)
        ui.transfer_combo.setInsertPolicy(ui.transfer_combo.InsertPolicy.NoInsert)
        line = ui.transfer_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("A worker of your team, or another team's user name"))
        line.textChanged.connect(lambda _t: self._update_buttons())
        ui.transfer_hint.setText(
            self.tr(
                "The worker chosen carries the client instead of everyone above; for another "
                "team, type their user name. Their supervisor sees the record from then on, and "
                "you may no longer."
            )
        )
        self.show_workers(detail)
        self._run(lambda: users.list_users(db, actor), self._show_team, announce=False)

    # -- what is shown ----------------------------------------------------------------------

    def show_workers(self, detail: ClientDetail) -> None:
        self.detail = detail
        ui = self.ui
        ui.workers_list.clear()
        for w in detail.workers:
            item = QListWidgetItem(w.full_name)
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            ui.workers_list.addItem(item)
        if ui.workers_list.count():
            ui.workers_list.setCurrentRow(0)
        self._fill_combos()

    def _show_team(self, team: list[UserRow]) -> None:
        self.team = [u for u in team if u.active and Role.WORKER in u.roles]
        self._fill_combos()

    def _fill_combos(self) -> None:
        ui = self.ui
        carrying = {w.id for w in self.detail.workers}
        for combo in (ui.add_combo, ui.transfer_combo):
            combo.clear()
            for u in self.team:
                if u.id not in carrying:
                    you = self.tr(" (you)") if u.id == self.actor.id else ""
                    combo.addItem(f"{u.full_name}{you}", u.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        idle = not self.working
        ui.remove_button.setEnabled(idle and ui.workers_list.currentItem() is not None)
        ui.add_button.setEnabled(idle and ui.add_combo.count() > 0)
        ui.transfer_button.setEnabled(idle and bool(ui.transfer_combo.currentText().strip()))

    def set_combo(self, which: str, user_id: int) -> None:
        """Choose a worker in ``add`` or ``transfer`` (tests; keyboard users use the combo)."""
        combo = self.ui.add_combo if which == "add" else self.ui.transfer_combo
        combo.setCurrentIndex(combo.findData(user_id))
        self._update_buttons()

    # -- changes ----------------------------------------------------------------------------

    def _run(
        self, call: Callable[[], Any], done: Callable[[Any], None], *, announce: bool = True
    ) -> None:
        self.working = True
        self.clear_errors()
        self.ui.busy_bar.setVisible(True)
        self._update_buttons()
        op = Op(self, call).success(lambda r: self._done(done, r)).failure(self._failed)
        if announce:
            op.changes(Change.CLIENT, Change.FOLLOW_UP, client_id=self.detail.id)
        op.busy(self).run()

    def _done(self, then: Callable[[Any], None], result: Any) -> None:
        self.working = False
        self.ui.busy_bar.setVisible(False)
        then(result)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.working = False
        self.ui.busy_bar.setVisible(False)
        self._refused(error)
        self._update_buttons()

    def _changed(self, detail: ClientDetail) -> None:
        self.show_workers(detail)
        self.saved.emit(detail)

    def remove_selected(self) -> None:
        item = self.ui.workers_list.currentItem()
        if item is None or self.working:
            return
        db, actor, cid = self.db, self.actor, self.detail.id
        uid = int(item.data(Qt.ItemDataRole.UserRole))
        self._run(lambda: clients.unassign_worker(db, actor, cid, uid), self._changed)

    def add_chosen(self) -> None:
        uid = self.ui.add_combo.currentData()
        if uid is None or self.working:
            return
        db, actor, cid = self.db, self.actor, self.detail.id
        self._run(lambda: clients.assign_worker(db, actor, cid, int(uid)), self._changed)

    def transfer_target(self) -> tuple[int | None, str]:
        """The worker chosen from the list (their id), or the user name typed (id None)."""
        combo = self.ui.transfer_combo
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:
            return int(combo.itemData(index)), text
        return None, text

    def ask_transfer(self) -> None:
        uid, name = self.transfer_target()
        if not name or self.working:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Transfer the client"),
            self.tr(
                "{name} will carry {client} instead of everyone who does "
                "now; open follow-ups go to them too. Transfer?"
            ).format(name=name, client=self.detail.preferred_name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("transfer_confirm")
        yes = box.addButton(self.tr("&Transfer"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("transfer_yes")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda b: self.transfer(uid, name) if b is yes else None)
        self.confirm_box = box
        box.open()

    def transfer(self, user_id: int | None, username: str = "") -> None:
        db, actor, d = self.db, self.actor, self.detail

        def call() -> Transfer:
            uid = (
                user_id if user_id is not None else assignments.user_id_by_name(db, actor, username)
            )
            return assignments.transfer_client(db, actor, d.id, d.version, [uid])

        self._run(call, self._transferred)

    def _transferred(self, transfer: Transfer) -> None:
        names = ", ".join(w.full_name for w in transfer.workers)
        if not transfer.visible:
            self.transferred_away.emit(
                self.tr("{client} was transferred to {names}; the record is theirs now.").format(
                    client=self.detail.preferred_name, names=names
                )
            )
        self.saved.emit(transfer)
        self.accept()

    def submit(self) -> Callable[[], Any]:  # no Save button: each change saves itself
        raise NotImplementedError
