"""The "Needs contact" list above the supervisor's review queue.

Clients at imminent or high risk whom nobody has reached within the agency's days
and who have no follow-up coming up (the rule is ``services.needs_contact``). They
head the queue because reaching them matters more than signing notes; each row opens
the client's record (double-click, Enter or the button). The section hides itself
when nobody needs contact, so an ordinary day's queue looks as it always did.

It reloads with the page, and by itself when notes, follow-ups, clients or the agency
settings change while the page is on screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.gui.auto_refresh import AutoRefresh
from pswdesk.gui.changes import Change
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import risk_word
from pswdesk.gui.risk_badge import RiskBadgeDelegate
from pswdesk.gui.table_model import Column, RowTableModel
from pswdesk.gui.theme import set_own_sheet
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import needs_contact
from pswdesk.services.access import Actor
from pswdesk.services.needs_contact import NeedsContactRow

VISIBLE_ROWS = 5  # more scroll inside the section, so the notes below stay in view
ROW_HEIGHT = 30
STYLE = """
QFrame#needs_contact_section { background: #fff5f5; border: 1px solid #f3b4b4;
    border-radius: 6px; }
QLabel#needs_contact_title { font-size: 12pt; font-weight: 600; color: #8a1c1c; }
QLabel#needs_contact_hint { color: #52606d; }
"""


def _since(row: NeedsContactRow) -> str:
    days = row.days_without_contact()
    if days is None:
        return QCoreApplication.translate("NeedsContactSection", "No contact on record")
    if days == 0:
        return QCoreApplication.translate("NeedsContactSection", "Today")
    if days == 1:
        return QCoreApplication.translate("NeedsContactSection", "1 day ago")
    return QCoreApplication.translate("NeedsContactSection", "{n} days ago").format(n=days)


COLUMNS: list[Column[NeedsContactRow]] = [
    Column("Risk", lambda r: vocab_label(r.level), risk=lambda r: r.level, width=110),
    Column("Client", lambda r: r.client_name, bold=lambda r: True, width=220),
    Column(
        "Last contact",
        _since,
        foreground=lambda r: "#b3261e",
        tooltip=lambda r: r.reason(),
        width=170,
    ),
    Column(
        "Within",
        lambda r: QCoreApplication.translate("NeedsContactSection", "{n} days").format(
            n=r.days_allowed
        ),
        width=80,
    ),
    Column(
        "Assigned to",
        lambda r: r.workers or QCoreApplication.translate("NeedsContactSection", "Nobody assigned"),
        width=200,
    ),
]


class NeedsContactSection(QFrame):
    """A banner list of the clients to reach first; emits ``open_client`` with an id."""

    open_client = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setObjectName("needs_contact_section")
        set_own_sheet(self, STYLE)
        self.setAccessibleName(self.tr("Clients who need contact"))
        self.loaded_at: dt.datetime | None = None
        self._generation = 0  # only the newest load is shown
        self._pending = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("needs_contact_title")
        self.open_button = QPushButton(self.tr("Open &record"), self)
        self.open_button.setAccessibleName(
            self.tr("Open the record of the selected client to reach")
        )
        self.open_button.clicked.connect(self.open_selected)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("needs_contact_hint")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.model: RowTableModel[NeedsContactRow] = RowTableModel(COLUMNS, self)
        view = self.view = QTableView(self)
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Clients who need contact"))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setShowGrid(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        for i, col in enumerate(COLUMNS):
            if col.risk is not None:
                view.setItemDelegateForColumn(i, RiskBadgeDelegate(view))
            view.setColumnWidth(i, col.width)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._open_index)
        view.activated.connect(self._open_index)
        layout.addWidget(view)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.setVisible(False)
        # Watched through the page around it: this section is hidden while empty, and a
        # hidden page only remembers the change until it is shown (and refreshes then).
        AutoRefresh(
            parent or self,
            (Change.REVIEW, Change.CLIENT, Change.FOLLOW_UP, Change.SETTINGS, Change.RECORD),
            self.refresh,
            on_show=False,
        )

    # -- loading ---------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loaded_at is None or self._pending > 0

    def refresh(self) -> None:
        self._generation += 1
        self._pending += 1
        generation, db, actor = self._generation, self.db, self.actor

        def done() -> bool:
            self._pending -= 1
            return generation == self._generation

        Op(self, lambda: needs_contact.needs_contact(db, actor)).success(
            lambda rows: self.show_rows(rows) if done() else None
        ).failure(lambda e: self._failed(e) if done() else None).run()

    def show_rows(self, rows: list[NeedsContactRow]) -> None:
        self.loaded_at = dt.datetime.now(dt.UTC)
        self.error_label.setVisible(False)
        self.model.set_rows(rows)
        n = len(rows)
        if n == 1:
            title = self.tr("Needs contact: 1 client at imminent or high risk")
        else:
            title = self.tr("Needs contact: {n} clients at imminent or high risk").format(n=n)
        self.title_label.setText(title)
        days = sorted({(r.level.rank, r.level, r.days_allowed) for r in rows}, reverse=True)
        within = self.tr(" and ").join(
            self.tr("{n} days at {level} risk").format(n=d, level=risk_word(level))
            for _r, level, d in days
        )
        self.hint_label.setText(
            self.tr(
                "Nobody has been in touch within {within}, and no follow-up is planned. "
                "Reach them first: a note, a brief contact or a follow-up takes them off this list."
            ).format(within=within)
        )
        shown = min(max(n, 1), VISIBLE_ROWS)
        self.view.setFixedHeight(self.view.horizontalHeader().height() + shown * ROW_HEIGHT + 4)
        if n and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self.setVisible(n > 0)

    def _failed(self, error: Exception) -> None:
        self.loaded_at = dt.datetime.now(dt.UTC)
        self.error_label.setText(
            self.tr("The clients who need contact could not be listed: {error}").format(
                error=error_text(error)
            )
        )
        self.error_label.setVisible(True)
        self.setVisible(True)

    # -- opening ---------------------------------------------------------------------------

    def rows(self) -> list[NeedsContactRow]:
        return self.model.rows

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_client.emit(row.client_id)

    def open_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._open_index(index)
