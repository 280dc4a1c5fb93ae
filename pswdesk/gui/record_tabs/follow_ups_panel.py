"""The client's follow-ups, on the Overview tab: open ones first with overdue ones marked,
done ones on request; plan one by hand or mark one done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
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


def _due(r: FollowUpRow) -> str:
    due = short_date(r.due_date)
    if r.done_at is not None:
        return due
    if r.overdue:
        return f"{due}  (overdue)"
    if r.due_date == dt.date.today():
        return f"{due}  (today)"
    return due


COLUMNS: list[Column[FollowUpRow]] = [
    Column(
        "Due",
        _due,
        foreground=lambda r: RED if r.overdue else (GREY if r.done_at else None),
        bold=lambda r: r.overdue,
        width=170,
    ),
    Column(
        "What",
        lambda r: one_line(r.description),
        tooltip=lambda r: r.description,
        foreground=lambda r: GREY if r.done_at else None,
        width=330,
    ),
    Column("Owner", lambda r: r.owner_name, width=150),
    Column("Done", lambda r: short_date(r.done_at) if r.done_at else ""),
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
        self.ui.add_button.clicked.connect(self.add_follow_up)
        self.ui.done_button.clicked.connect(self.mark_done)
        self.ui.show_done_check.toggled.connect(lambda _on: self.refresh())
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
        summary = f"{n_open} open" + (f" · {overdue} overdue" if overdue else "")
        self.ui.summary_label.setText(summary if rows else "")
        select_row(self.ui.follow_ups_table, self.model, current.id if current else None)
        self._update_buttons()

    def current(self) -> FollowUpRow | None:
        return selected(self.ui.follow_ups_table)

    def _update_buttons(self) -> None:
        row = self.current()
        self.ui.done_button.setEnabled(row is not None and row.done_at is None)

    def add_follow_up(self) -> None:
        dialog = FollowUpDialog(self.db, self.actor, self.client_id, self)
        self.open_dialog(dialog, lambda r: f"Follow-up planned for {short_date(r.due_date)}.")

    def mark_done(self) -> None:
        row = self.current()
        if row is None or row.done_at is not None:
            return
        db, actor = self.db, self.actor
        self.run(
            lambda: followups.complete_follow_up(db, actor, row.id),
            lambda r: f"Done: {one_line(r.description)[:60]}",
        )


class FollowUpDialog(RecordDialog):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.setup(Ui_FollowUpDialog())
        today = to_qdate(dt.date.today())
        self.ui.due_date_edit.setMinimumDate(today)
        self.ui.due_date_edit.setDate(today.addDays(7))
        self.ui.description_edit.setFocus()

    def submit(self) -> Callable[[], FollowUpRow]:
        db, actor, cid = self.db, self.actor, self.client_id
        due, text = from_qdate(self.ui.due_date_edit), self.ui.description_edit.text()
        return lambda: followups.add_follow_up(db, actor, cid, due, text)
