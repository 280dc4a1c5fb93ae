"""The client's brief contacts, under the notes on the record's Notes tab: newest first,
with who logged them and, for one that became a full note, a way to that note.

"Log brief contact" opens the quick log (``BriefContactDialog``); its author may
correct one on the day it was logged (``services.brief_contacts``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.gui.brief_contact_dialog import BriefContactDialog
from pswdesk.gui.changes import Change
from pswdesk.gui.record_tabs.common import (
    GREY,
    RED,
    EnterFilter,
    RecordTab,
    one_line,
    select_row,
    selected,
    setup_table,
)
from pswdesk.gui.table_model import Column, RowTableModel, local_time
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import brief_contacts
from pswdesk.services.access import WORKER, Actor
from pswdesk.services.brief_contacts import BriefContactRow, FullNoteStarted

translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls

#: How many of the newest the panel lists (a record's history is in its notes).
SHOWN = 200


def _note_text(r: BriefContactRow) -> str:
    if not r.became_note_id:
        return ""
    return translate("BriefContacts", "Became note {id}").format(id=r.became_note_id)


#: The "What" column takes the room left over.
WHAT_COLUMN = 3
COLUMNS: list[Column[BriefContactRow]] = [
    Column("When", lambda r: local_time(r.contact_at), width=140),
    Column("Type", lambda r: vocab_label(r.contact_type), width=105),
    Column("Min", lambda r: str(r.minutes), width=45),
    Column("What", lambda r: one_line(r.text), tooltip=lambda r: r.text),
    Column("Risk", lambda r: vocab_label(r.risk_level) if r.risk_level else "—", width=80),
    Column("By", lambda r: r.author_name, width=130),
    Column(
        "Full note", _note_text, foreground=lambda r: GREY if r.became_note_id else None, width=120
    ),
]


class _Panel:
    """The panel's widgets, built in code (RecordTab reads ``ui``'s labels)."""

    def setupUi(self, panel: QWidget) -> None:
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(12, 8, 12, 4)
        top = QHBoxLayout()
        self.title_label = QLabel(translate("BriefContacts", "<b>Brief contacts</b>"), panel)
        self.summary_label = QLabel(panel)
        self.summary_label.setObjectName("brief_summary_label")
        self.log_button = QPushButton(translate("BriefContacts", "&Log brief contact…"), panel)
        self.log_button.setObjectName("log_brief_button")
        self.log_button.setToolTip(
            translate("BriefContacts", "A phone call, text or drop-in, without a full note")
        )
        self.correct_button = QPushButton(translate("BriefContacts", "Co&rrect…"), panel)
        self.correct_button.setObjectName("correct_brief_button")
        self.correct_button.setToolTip(
            translate("BriefContacts", "Your own brief contact, on the day you logged it")
        )
        self.note_button = QPushButton(translate("BriefContacts", "Open its note"), panel)
        self.note_button.setObjectName("brief_note_button")
        top.addWidget(self.title_label)
        top.addWidget(self.summary_label)
        top.addStretch(1)
        for button in (self.note_button, self.correct_button, self.log_button):
            top.addWidget(button)
        outer.addLayout(top)
        self.busy_bar = QProgressBar(panel)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(4)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        outer.addWidget(self.busy_bar)
        self.table = QTableView(panel)
        self.table.setObjectName("brief_contacts_table")
        self.table.setAccessibleName(translate("BriefContacts", "Brief contacts, newest first"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(190)
        outer.addWidget(self.table)
        self.empty_label = QLabel(
            translate(
                "BriefContacts",
                "No brief contacts yet. A quick phone call, text or drop-in goes here "
                "(Ctrl+Shift+B).",
            ),
            panel,
        )
        self.empty_label.setObjectName("brief_empty_label")
        self.empty_label.setStyleSheet(f"color: {GREY};")
        outer.addWidget(self.empty_label)
        self.hint_label = QLabel(panel)
        self.hint_label.setObjectName("brief_hint_label")
        outer.addWidget(self.hint_label)
        self.error_label = QLabel(panel)
        self.error_label.setObjectName("brief_error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {RED};")
        self.error_label.setVisible(False)
        outer.addWidget(self.error_label)


class BriefContactsPanel(RecordTab):
    refresh_on = (Change.CLIENT, Change.NOTE)
    announces = (Change.CLIENT, Change.NOTE)

    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = _Panel()
        self.ui.setupUi(self)
        self.model: RowTableModel[BriefContactRow] = RowTableModel(COLUMNS, self)
        setup_table(self.ui.table, self.model, [c.width for c in COLUMNS])
        header = self.ui.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.ui.table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_buttons()
        )
        EnterFilter(self.ui.table, self.open_selected_note)
        self.ui.table.doubleClicked.connect(lambda _i: self.open_selected_note())
        self.ui.correct_button.clicked.connect(self.correct)
        self.ui.note_button.clicked.connect(self.open_selected_note)
        self.ui.log_button.setVisible(actor.has(WORKER))
        self.ui.correct_button.setVisible(actor.has(WORKER))
        #: The client's name for the dialog's title (the record sets it once read).
        self.client_name = ""
        self._update_buttons()

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        return lambda: brief_contacts.client_brief_contacts(db, actor, cid, limit=SHOWN)

    def show_result(self, rows: list[BriefContactRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self.set_empty(not rows, self.ui.table)
        more = "+" if len(rows) >= SHOWN else ""
        summary = translate("BriefContacts", "({n}{more}, newest first)")
        self.ui.summary_label.setText(summary.format(n=len(rows), more=more) if rows else "")
        select_row(self.ui.table, self.model, current.id if current else None)
        self._update_buttons()

    def current(self) -> BriefContactRow | None:
        row = selected(self.ui.table)
        return row if isinstance(row, BriefContactRow) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.ui.correct_button.setEnabled(row is not None and row.editable)
        self.ui.note_button.setEnabled(row is not None and row.became_note_id is not None)

    def set_writable(self, writable: bool) -> None:
        """A closed file takes no new brief contact."""
        self.ui.log_button.setEnabled(writable)

    # -- actions ------------------------------------------------------------------------------

    def log_contact(self) -> BriefContactDialog:
        dialog = BriefContactDialog(self.db, self.actor, self.client_id, self.client_name, self)
        dialog.note_started.connect(self.open_note)
        self.open_dialog(dialog, self._done_message)
        return dialog

    def correct(self) -> BriefContactDialog | None:
        row = self.current()
        if row is None or not row.editable:
            return None
        dialog = BriefContactDialog(
            self.db, self.actor, self.client_id, self.client_name, self, row=row
        )
        self.open_dialog(dialog, lambda _r: translate("BriefContacts", "Brief contact corrected."))
        return dialog

    def open_selected_note(self) -> None:
        row = self.current()
        if row is not None and row.became_note_id is not None:
            self.open_note.emit(self.client_id, row.became_note_id)

    @staticmethod
    def _done_message(result: object) -> str:
        if isinstance(result, FullNoteStarted):
            return translate(
                "BriefContacts",
                "Note {id} started from the brief contact; finish it in the editor.",
            ).format(id=result.note_id)
        return translate("BriefContacts", "Brief contact logged.")
