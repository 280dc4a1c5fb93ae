"""The client's follow-ups, on the Overview tab: open ones first with how many days
overdue, done ones (with their outcome) on request; plan one by hand for anyone in the
team, close one with an outcome or reschedule it, give it to someone else, and undo
the last close straight after."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.follow_up_actions import (
    OutcomeDialog,
    OwnerDialog,
    buddy_label,
    closed_message,
    due_text,
    follow_up_text,
    load_owners,
    outcome_text,
    undo_call,
)
from pswdesk.gui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from pswdesk.gui.forms.ui_follow_ups_panel import Ui_FollowUpsPanel
from pswdesk.gui.record_tabs.common import (
    GREY,
    RED,
    RecordDialog,
    RecordTab,
    from_qdate,
    one_line,
    select_row,
    selected,
    setup_table,
    to_qdate,
)
from pswdesk.gui.table_model import Column, RowTableModel, short_date
from pswdesk.services import followups
from pswdesk.services.access import Actor
from pswdesk.services.followups import FollowUpRow

translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls

COLUMNS: list[Column[FollowUpRow]] = [
    Column(
        "Due",
        due_text,
        foreground=lambda r: RED if r.overdue else (GREY if r.done_at else None),
        bold=lambda r: r.overdue,
        width=210,
    ),
    Column(
        "What",
        lambda r: one_line(follow_up_text(r.description)),
        tooltip=lambda r: follow_up_text(r.description),
        foreground=lambda r: GREY if r.done_at else None,
        width=300,
    ),
    Column("Owner", lambda r: r.owner_name, width=150),
    Column("Done", outcome_text, tooltip=lambda r: r.outcome_note),
]


class FollowUpsPanel(RecordTab):
    refresh_on = (Change.FOLLOW_UP,)
    announces = (Change.FOLLOW_UP,)

    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_FollowUpsPanel()
        self.ui.setupUi(self)
        self.model: RowTableModel[FollowUpRow] = RowTableModel(COLUMNS, self)
        table = self.ui.follow_ups_table
        setup_table(table, self.model, [c.width for c in COLUMNS])
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        ui = self.ui
        ui.done_button.setText(translate("FollowUpsPanel", "Mark &done…"))
        ui.done_button.setAccessibleName(
            translate("FollowUpsPanel", "Close the selected follow-up with an outcome")
        )
        ui.done_button.setToolTip(
            translate("FollowUpsPanel", "Reached, no answer, left a message, or reschedule it")
        )
        self.owner_button = QPushButton(translate("FollowUpsPanel", "&Give to…"), self)
        self.owner_button.setAccessibleName(
            translate("FollowUpsPanel", "Give the selected follow-up to someone in the team")
        )
        self.undo_button = QPushButton(translate("FollowUpsPanel", "&Undo"), self)
        self.undo_button.setAccessibleName(
            translate("FollowUpsPanel", "Undo the follow-up just closed")
        )
        self.undo_button.setVisible(False)
        at = ui.button_layout.indexOf(ui.done_button) + 1
        ui.button_layout.insertWidget(at, self.owner_button)
        ui.button_layout.insertWidget(at + 1, self.undo_button)
        #: The follow-up closed last in this session, which Undo reopens.
        self.undoable: int | None = None
        ui.add_button.clicked.connect(self.add_follow_up)
        ui.done_button.clicked.connect(self.mark_done)
        self.owner_button.clicked.connect(self.give_to)
        self.undo_button.clicked.connect(self.undo)
        ui.show_done_check.toggled.connect(lambda _on: self.refresh())
        self._update_buttons()

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        done = self.ui.show_done_check.isChecked()
        return lambda: followups.client_follow_ups(db, actor, cid, include_done=done)

    def show_result(self, rows: list[FollowUpRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self.set_empty(not rows, self.ui.follow_ups_table)
        n_open = sum(r.done_at is None for r in rows)
        overdue = sum(r.overdue for r in rows)
        summary = translate("FollowUpsPanel", "{n} open").format(n=n_open)
        if overdue:
            summary += translate("FollowUpsPanel", " · {n} overdue").format(n=overdue)
        self.ui.summary_label.setText(summary if rows else "")
        select_row(self.ui.follow_ups_table, self.model, current.id if current else None)
        self._update_buttons()

    def current(self) -> FollowUpRow | None:
        return selected(self.ui.follow_ups_table)

    def _update_buttons(self) -> None:
        row = self.current()
        is_open = row is not None and row.done_at is None
        self.ui.done_button.setEnabled(is_open)
        self.owner_button.setEnabled(is_open)
        self.undo_button.setVisible(self.undoable is not None)

    def add_follow_up(self) -> None:
        dialog = FollowUpDialog(self.db, self.actor, self.client_id, self)
        self.open_dialog(
            dialog,
            lambda r: translate("FollowUpsPanel", "Follow-up planned for {date}.").format(
                date=short_date(r.due_date)
            ),
        )

    def mark_done(self) -> None:
        row = self.current()
        if row is None or row.done_at is not None:
            return
        dialog = OutcomeDialog(self.db, self.actor, row, self)
        dialog.saved.connect(lambda _r: self._closed(dialog.closed_id))
        self.open_dialog(dialog, lambda r: closed_message(dialog, r))

    def _closed(self, follow_up_id: int) -> None:
        self.undoable = follow_up_id
        self._update_buttons()

    def give_to(self) -> None:
        row = self.current()
        if row is None or row.done_at is not None:
            return
        dialog = OwnerDialog(self.db, self.actor, row, self)
        self.open_dialog(
            dialog,
            lambda r: translate("FollowUpsPanel", "Now {name}'s follow-up.").format(
                name=r.owner_name
            ),
        )

    def undo(self) -> None:
        fid = self.undoable
        if fid is None:
            return
        self.undoable = None
        self._update_buttons()
        self.run(
            undo_call(self.db, self.actor, fid),
            lambda r: translate("FollowUpsPanel", "Undone: open again, due {date}.").format(
                date=short_date(r.due_date)
            ),
        )


class FollowUpDialog(RecordDialog):
    """Plan a follow-up by hand; its owner is the user unless someone else in the team
    who may open the client is chosen."""

    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.setup(Ui_FollowUpDialog())
        today = to_qdate(dt.date.today())
        self.ui.due_date_edit.setMinimumDate(today)
        self.ui.due_date_edit.setDate(today.addDays(7))
        self.owner_combo = QComboBox(self)
        self.owner_combo.setAccessibleName(translate("FollowUpsPanel", "Owner"))
        self.owner_combo.addItem(actor.full_name, actor.id)
        self.ui.form_layout.addRow(
            buddy_label(translate("FollowUpsPanel", "&Owner"), self.owner_combo), self.owner_combo
        )
        load_owners(self, db, actor, client_id, self.owner_combo, actor.id, self.show_general)
        self.ui.description_edit.setFocus()

    def submit(self) -> Callable[[], FollowUpRow]:
        db, actor, cid = self.db, self.actor, self.client_id
        due, text = from_qdate(self.ui.due_date_edit), self.ui.description_edit.text()
        chosen = self.owner_combo.currentData()
        owner = actor.id if chosen is None else int(chosen)
        return lambda: followups.add_follow_up(db, actor, cid, due, text, owner_id=owner)
