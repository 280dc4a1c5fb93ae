"""Risk history tab: the risk level of each signed note, latest first, as badges, under a
small chart of the level over time; a row opens its note."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_risk_history_tab import Ui_RiskHistoryTab
from pswdesk.gui.framework_text import framework_tr
from pswdesk.gui.record_charts import RiskChart
from pswdesk.gui.record_tabs.common import (
    EnterFilter,
    RecordTab,
    risk_word,
    selected,
    setup_table,
)
from pswdesk.gui.risk_badge import RiskBadgeDelegate
from pswdesk.gui.table_model import Column, RowTableModel, local_time, short_date
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import risk_history
from pswdesk.services.access import Actor
from pswdesk.services.risk_history import RiskEntry

COLUMNS: list[Column[RiskEntry]] = [
    Column("Contact", lambda r: local_time(r.contact_at), width=150),
    Column("Risk", lambda r: vocab_label(r.level), risk=lambda r: r.level, width=110),
    Column("Recorded by", lambda r: r.author_name, width=150),
    Column(
        "Signed",
        lambda r: f"{short_date(r.signed_at)}, {r.signed_by_name}" if r.signed_at else "",
        width=190,
    ),
    Column(
        "Indicators",
        lambda r: "; ".join(r.indicators),
        tooltip=lambda r: "\n".join(r.indicators),
        width=220,
    ),
    Column(
        "Actions taken",
        lambda r: "; ".join(framework_tr(a) for a in r.actions),
        tooltip=lambda r: "\n".join(framework_tr(a) for a in r.actions),
    ),
]


class RiskHistoryTab(RecordTab):
    refresh_on = (Change.NOTE, Change.REVIEW)  # a rating appears when its note is signed

    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_RiskHistoryTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[RiskEntry] = RowTableModel(COLUMNS, self)
        table = self.ui.risk_table
        setup_table(table, self.model, [c.width for c in COLUMNS])
        table.setItemDelegateForColumn(1, RiskBadgeDelegate(table))
        self.chart = RiskChart(self)  # the same ratings as a step line, above the list
        self.ui.main_layout.insertWidget(self.ui.main_layout.indexOf(table), self.chart)
        table.doubleClicked.connect(lambda _i: self.open_selected())
        EnterFilter(table, self.open_selected)
        self.ui.open_button.clicked.connect(self.open_selected)

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        return lambda: risk_history.risk_history(db, actor, cid)

    def show_result(self, rows: list[RiskEntry]) -> None:
        self.model.set_rows(rows)
        self.set_empty(not rows, self.ui.risk_table)
        self.chart.setVisible(bool(rows))
        self.chart.show_entries(rows)
        self.ui.open_button.setEnabled(bool(rows))
        if rows:
            if len(rows) == 1:
                summary = self.tr("1 signed rating, latest {level} on {date}")
            else:
                summary = self.tr("{n} signed ratings, latest {level} on {date}")
            self.ui.summary_label.setText(
                summary.format(
                    n=len(rows),
                    level=risk_word(rows[0].level),
                    date=short_date(rows[0].contact_at),
                )
            )
            self.ui.risk_table.selectRow(0)
        else:
            self.ui.summary_label.setText("")

    def open_selected(self) -> None:
        row: RiskEntry | None = selected(self.ui.risk_table) or self.model.row_at(0)
        if row is not None:
            self.open_note.emit(self.client_id, row.note_id)
