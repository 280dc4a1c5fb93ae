"""A client's Notes tab: every note about the client, newest first, page by page.

Opening a record with thousands of notes paints the first page as soon as it is
in: ``notes.client_notes`` pages, and the count (for the tab's title and the
Overview) is asked for once that page is in. A draft
of one's own that was never submitted can be deleted here (``draft_deletion``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.auto_refresh import AutoRefresh
from pswdesk.gui.changes import Change
from pswdesk.gui.draft_deletion import DraftDeleter
from pswdesk.gui.forms.ui_client_notes import Ui_ClientNotes
from pswdesk.gui.note_list_model import NOTE_COLUMNS
from pswdesk.gui.note_search_page import NoteSearchPanel
from pswdesk.gui.paged_list import PagedListPage
from pswdesk.gui.table_model import PagedTableModel
from pswdesk.services import notes
from pswdesk.services.access import Actor
from pswdesk.services.notes import NoteRow


class ClientNotes(PagedListPage):
    open_note = Signal(int, int)  # client id, note id

    noun = ("note", "notes")

    def __init__(
        self, db: Database, actor: Actor, client_id: int | None, parent: QWidget | None = None
    ) -> None:
        """``client_id`` None: no client yet (a spare record's); ``show_client`` gives one."""
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, 0
        self.ui = Ui_ClientNotes()
        self.ui.setupUi(self)
        ui = self.ui
        self.notes_model: PagedTableModel[NoteRow] = PagedTableModel(NOTE_COLUMNS["client"], self)
        self.bind_list(
            self.notes_model, ui.table_view, count_label=ui.count_label, busy_bar=ui.busy_bar,
            error_label=ui.error_label, default_width=150,
        )  # fmt: skip
        self.drafts = DraftDeleter(self, db, actor)
        self.drafts.deleted.connect(lambda _row: self._draft_deleted())
        self.drafts.message.connect(self.on_failed)
        ui.delete_button.clicked.connect(self.drafts.ask)
        ui.delete_button.setEnabled(False)
        ui.table_view.selectionModel().currentChanged.connect(
            lambda _now, _before: self._update_delete()
        )
        # A search box over this client's notes; while it holds words, its results
        # take the list's place.
        # (Scoped to one client from the start: the client itself comes with show_client.)
        self.search = NoteSearchPanel(db, actor, self.client_id, self)
        self.search.open_note.connect(self.open_note)
        self.search.active_changed.connect(self._searching)
        ui.main_layout.insertWidget(0, self.search, 0)
        if client_id is not None:
            self.show_client(client_id)

    def show_client(self, client_id: int) -> None:
        """List ``client_id``'s notes (once per page: the record shows one client)."""
        self.client_id = self.search.client_id = client_id
        self.refresh()
        # Even out of sight: the tab's title and the Overview show the count.
        self.auto_refresh = AutoRefresh(
            self, (Change.NOTE, Change.REVIEW), self.refresh, client_id=client_id,
            when_hidden=True,
        )  # fmt: skip

    def refresh(self) -> None:
        db, actor, cid = self.db, self.actor, self.client_id
        self.clear_error()
        self.model.set_source(
            lambda offset, limit: notes.client_notes(db, actor, cid, offset=offset, limit=limit),
            lambda: notes.count_client_notes(db, actor, cid),
        )

    def _searching(self, active: bool) -> None:
        layout = self.ui.main_layout
        layout.setStretchFactor(self.search, 1 if active else 0)
        for widget in (self.ui.table_view, self.ui.count_label):
            widget.setVisible(not active)

    def focus_search(self) -> bool:
        return self.search.focus_search()

    def _update_delete(self) -> None:
        self.ui.delete_button.setEnabled(self.drafts.deletable(self.selected_row()))

    def rows_changed(self, loaded: int) -> None:
        self._update_delete()

    def _draft_deleted(self) -> None:
        self.ui.hint_label.setText("The draft was deleted.")
        self.refresh()

    def count_text(self, loaded: int, total: int | None) -> str:
        if total is None:
            return ""
        if total == 0:
            return "No notes yet. Press Ctrl+N to write the first one."
        if loaded < total:
            return f"Newest first. Showing {loaded:,} of {total:,} notes; scroll for more."
        return f"Newest first. {total:,} note{'s' if total != 1 else ''}."

    def open_row(self, row: NoteRow) -> None:
        self.open_note.emit(self.client_id, row.id)
