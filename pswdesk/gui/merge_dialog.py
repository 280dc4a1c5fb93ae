"""Merging two records of one person (supervisors), from one of the two records.

Why side by side: a merge moves every note, goal, plan and consent for good, so the
supervisor finds the other record (closed ones included), sees both records'
details next to each other, chooses which one to keep, and says they checked it
is the same person before "Merge records" does anything. The other record is then
closed as merged into the one kept (``merging.merge_clients``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_merge_dialog import Ui_MergeDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import RecordDialog
from pswdesk.gui.table_model import ROW_ROLE, Column, PagedTableModel, short_date
from pswdesk.gui.vocabulary_text import number, vocab_label
from pswdesk.services import clients, merging
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientDetail, ClientRow
from pswdesk.services.merging import MergeResult
from pswdesk.vocabulary import ClientStatus

SEARCH_DELAY_MS = 300
RESULT_COLUMNS: list[Column[ClientRow]] = [
    Column("Client", lambda r: r.preferred_name, width=200),
    Column("Legal name", lambda r: r.legal_name, width=180),
    Column("Status", lambda r: vocab_label(ClientStatus(r.status)), width=80),
    Column("Assigned to", lambda r: r.workers),
]


def detail_html(d: ClientDetail) -> str:
    """A record's identifying details, for comparing two of them."""

    def line(english: str, value: str) -> str:
        caption = QCoreApplication.translate("MergeDialog", english)
        shown = html.escape(value) if value else "—"
        return (
            f"<tr><td style='color:#52606d; padding-right:10px'>{caption}</td><td>{shown}</td></tr>"
        )

    born = short_date(d.date_of_birth) if d.date_of_birth else ""
    workers = ", ".join(w.full_name for w in d.workers)
    rows = [
        line("Client", f"{d.id}"),
        line("Legal name", d.legal_name),
        line("Pronouns", d.pronouns),
        line("Date of birth", born),
        line("Phone", d.phone),
        line("Email", d.email),
        line("Status", vocab_label(ClientStatus(d.status))),
        line("Assigned to", workers),
        line("Notes", number(d.note_count)),
        line("Client since", short_date(d.created_at)),
    ]
    name = f"<b style='font-size:12pt'>{html.escape(d.preferred_name)}</b>"
    QT_TRANSLATE_NOOP("MergeDialog", "Client")  # the captions above, for lupdate
    QT_TRANSLATE_NOOP("MergeDialog", "Legal name")
    QT_TRANSLATE_NOOP("MergeDialog", "Pronouns")
    QT_TRANSLATE_NOOP("MergeDialog", "Date of birth")
    QT_TRANSLATE_NOOP("MergeDialog", "Phone")
    QT_TRANSLATE_NOOP("MergeDialog", "Email")
    QT_TRANSLATE_NOOP("MergeDialog", "Status")
    QT_TRANSLATE_NOOP("MergeDialog", "Assigned to")
    QT_TRANSLATE_NOOP("MergeDialog", "Notes")
    QT_TRANSLATE_NOOP("MergeDialog", "Client since")
    return f"{name}<table>{''.join(rows)}</table>"


class MergeDialog(RecordDialog):
    """``saved`` carries the ``MergeResult``; ``open_client`` asks for the record kept."""

    open_client = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, detail: ClientDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.detail = db, actor, detail
        self.other: ClientDetail | None = None
        self.setup(Ui_MergeDialog())
        self.ui: Ui_MergeDialog
        ui = self.ui
        self.setWindowTitle(
            self.tr("Merge {name}'s record with another").format(name=detail.preferred_name)
        )
        self.merge_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.merge_button.setText(self.tr("&Merge records"))
        ui.busy_bar.setVisible(False)
        ui.results_label.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        ui.this_view.setText(detail_html(detail))
        ui.other_view.setText(self.tr("Find the other record above and select it."))
        ui.keep_this_radio.setChecked(True)
        self.model: PagedTableModel[ClientRow] = PagedTableModel(RESULT_COLUMNS, self)
        view = ui.results_view
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(RESULT_COLUMNS):
            if col.width:
                view.setColumnWidth(i, col.width)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.page_loaded.connect(self._results_in)
        self.model.failed.connect(self.show_general)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui.search_edit.textChanged.connect(lambda _t: self._timer.start())
        ui.search_edit.returnPressed.connect(self.search)
        ui.same_check.toggled.connect(lambda _on: self._update_button())
        self._generation = 0
        self.announce(Change.CLIENT, Change.NOTE, Change.RECORD, Change.FOLLOW_UP)
        self._update_button()
        ui.search_edit.setFocus()

    # -- finding the other record -----------------------------------------------------------

    def search(self) -> None:
        self._timer.stop()
        term = self.ui.search_edit.text().strip()
        if not term:
            self.model.set_source(None)
            self.ui.results_label.setText("")
            return
        db, actor, me = self.db, self.actor, self.detail.id

        def fetch(offset: int, limit: int) -> list[ClientRow]:
            rows = clients.list_caseload(
                db, actor, scope="team", search=term, include_closed=True,
                sort="name", offset=offset, limit=limit,
            )  # fmt: skip
            return [r for r in rows if r.id != me]

        self.model.set_source(fetch)

    def _results_in(self, loaded: int) -> None:
        if loaded == 0 and self.model.exhausted:
            term = self.ui.search_edit.text().strip()
            shown = term if len(term) <= 60 else f"{term[:60]}…"  # a paste is not echoed whole
            self.ui.results_label.setText(
                self.tr('No other client matches "{term}".').format(term=shown)
            )
        else:
            self.ui.results_label.setText(self.tr("Select the record that is the same person."))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.ui.results_view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, ClientRow):
            self.choose(row.id)

    def choose(self, client_id: int) -> None:
        """Read the other record (an audited opening) and show it beside this one."""
        self._generation += 1
        generation = self._generation
        self.other = None
        self.ui.same_check.setChecked(False)
        self.ui.other_view.setText(self.tr("Reading…"))
        self._update_button()
        db, actor = self.db, self.actor
        Op(self, lambda: clients.get_client(db, actor, client_id)).success(
            lambda d: self._other_read(generation, d)
        ).failure(lambda e: self.show_general(error_text(e))).run()

    def _other_read(self, generation: int, other: ClientDetail) -> None:
        if generation != self._generation:
            return
        self.other = other
        ui = self.ui
        ui.other_view.setText(detail_html(other))
        merged = other.merged_into_id is not None
        # A closed record cannot take in another; it can only be merged into an open one.
        ui.keep_other_radio.setEnabled(not other.closed)
        ui.keep_this_radio.setEnabled(not self.detail.closed)
        if other.closed:
            ui.keep_this_radio.setChecked(True)
        if merged:
            self.show_general(
                self.tr("That record was already merged into client {id}.").format(
                    id=other.merged_into_id
                )
            )
        else:
            self.clear_errors()
        self._update_button()

    # -- merging ----------------------------------------------------------------------------

    def _update_button(self) -> None:
        ready = (
            self.other is not None
            and self.other.merged_into_id is None
            and self.ui.same_check.isChecked()
        )
        self.merge_button.setEnabled(ready and not self.saving)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.ui.busy_bar.setVisible(saving)
        self._update_button()

    def keep_and_merge(self) -> tuple[ClientDetail, ClientDetail]:
        assert self.other is not None
        if self.ui.keep_other_radio.isChecked():
            return self.other, self.detail
        return self.detail, self.other

    def save(self) -> None:
        if self.other is None or not self.ui.same_check.isChecked():
            return
        super().save()

    def submit(self) -> Callable[[], Any]:
        db, actor = self.db, self.actor
        keep, other = self.keep_and_merge()

        def call() -> MergeResult:
            return merging.merge_clients(
                db, actor, keep.id, other.id,
                keep_version=keep.version, other_version=other.version,
            )  # fmt: skip

        return call

    def _saved(self, row: Any) -> None:
        super()._saved(row)
        if isinstance(row, MergeResult) and row.kept_id != self.detail.id:
            self.open_client.emit(row.kept_id)
