"""Finding notes by their words: a search box and its ranked results.

``NoteSearchPanel`` is the box and the list: across every note the user may see
(the main window's Find notes tab, Ctrl+Shift+F), or one client's (their
record's Notes tab). Results come best match first (``notes.find_notes``), each
with its contact date, client, where it matched and a snippet whose matching
words are bold; Enter or a double-click opens the note. The snippet is note
text: everything in it is escaped, only the service's match markers become bold,
so a note holding markup shows it as typed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import short_date
from pswdesk.services import notes
from pswdesk.services.access import Actor
from pswdesk.services.notes import NoteHit
from pswdesk.services.notes.search import snippet_parts

translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls

#: Typing pauses this long before the search runs, so each key does not start one.
TYPING_PAUSE_MS = 250
COLUMNS = ("Date", "Client", "Found in", "Snippet")
ROLE_NOTE = Qt.ItemDataRole.UserRole


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: matching words bold, everything else escaped."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if marked else html.escape(text)
        for text, marked in snippet_parts(snippet)
    )


class _ResultsTable(QTableWidget):
    """The results; Enter opens the current one (``activated`` does, on every platform)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class NoteSearchPanel(QWidget):
    """A search box over notes and its results, for everything or for one client."""

    open_note = Signal(int, int)  # client id, note id
    active_changed = Signal(bool)  # there is text to search (the results are showing)
    searched = Signal(int)  # the results are in: how many

    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.hits: list[NoteHit] = []
        self._asked = 0  # the newest search started; older answers are dropped
        self._active = False

        self.box = QLineEdit(self)
        self.box.setObjectName("note_search_box")
        self.box.setClearButtonEnabled(True)
        if client_id is None:
            self.box.setPlaceholderText(
                translate("NoteSearch", "Search the words of every note you may see…")
            )
        else:
            self.box.setPlaceholderText(translate("NoteSearch", "Search this client's notes…"))
        self.box.setAccessibleName(translate("NoteSearch", "Search notes"))
        self.status = QLabel(self)
        self.status.setObjectName("note_search_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        table = _ResultsTable(0, len(COLUMNS), self)
        table.setObjectName("note_search_results")
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for i in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(lambda index: self._open(index.row()))
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        self.table = table

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(table, 1)
        self._show_results(False)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._enter_in_box)

    # -- searching ------------------------------------------------------------------------

    def search_now(self) -> None:
        """Search for what the box holds (the pause after typing ends here too)."""
        self.timer.stop()
        query = self.box.text()
        self._asked += 1
        asked = self._asked
        if not query.strip():
            self.hits = []
            self.table.setRowCount(0)
            self.status.clear()
            self._show_results(False)
            self.searched.emit(0)
            return
        self._show_results(True)
        self.status.setText(translate("NoteSearch", "Searching…"))
        db, actor, cid = self.db, self.actor, self.client_id
        Op(self, lambda: notes.find_notes(db, actor, query, client_id=cid)).success(
            lambda found: self._found(asked, query, found)
        ).failure(lambda e: self._failed(asked, e)).run()

    def _found(self, asked: int, query: str, hits: list[NoteHit]) -> None:
        if asked != self._asked:
            return  # typed on since; a newer search is on its way
        self.hits = hits
        table = self.table
        table.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            note = hit.note
            cells = (short_date(note.contact_at), note.client_name, hit.found_in)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ROLE_NOTE, (note.client_id, note.id))
                table.setItem(row, col, item)
            plain = "".join(t for t, _m in snippet_parts(hit.snippet))
            holder = QTableWidgetItem()
            holder.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
            holder.setData(ROLE_NOTE, (note.client_id, note.id))
            table.setItem(row, len(COLUMNS) - 1, holder)
            label = QLabel(snippet_html(hit.snippet))
            label.setObjectName(f"note_search_snippet_{row}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 2, 4, 2)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            table.setCellWidget(row, len(COLUMNS) - 1, label)
        self._fit_rows()
        if hits:
            table.setCurrentCell(0, 0)
            many = "note matches" if len(hits) == 1 else "notes match"
            self.status.setText(f"{len(hits)} {many}, best match first. Enter opens one.")
        else:
            shown = " ".join(query.split())
            shown = shown if len(shown) <= 60 else shown[:60] + "…"
            self.status.setText(f"No notes match “{shown}”.")
        self.searched.emit(len(hits))

    def _fit_rows(self) -> None:
        """Each row as tall as its snippet wrapped in the column's width, no taller."""
        table, last = self.table, len(COLUMNS) - 1
        width = max(120, table.columnWidth(last))
        line = table.fontMetrics().height() + 10
        for row in range(table.rowCount()):
            label = table.cellWidget(row, last)
            if isinstance(label, QLabel):
                table.setRowHeight(row, max(line, label.heightForWidth(width) + 4))

    def _failed(self, asked: int, error: Exception) -> None:
        if asked == self._asked:
            self.status.setText(error_text(error))
            self.searched.emit(0)

    def _show_results(self, active: bool) -> None:
        self.table.setVisible(active)
        self.status.setVisible(active)
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    # -- opening --------------------------------------------------------------------------

    def _enter_in_box(self) -> None:
        if self.timer.isActive() or not self.hits:
            self.search_now()
            return
        self.table.setFocus()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            note = self.hits[row].note
            self.open_note.emit(note.client_id, note.id)

    def focus_search(self) -> bool:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        return True


class NoteSearchPage(QWidget):
    """The main window's Find notes tab: the panel over everything the user may see."""

    open_note = Signal(int, int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = NoteSearchPanel(db, actor, None, self)
        self.panel.open_note.connect(self.open_note)
        heading = QLabel(
            translate(
                "NoteSearch",
                "Find notes: summaries, steps 1–7 and addenda of every note you may see "
                "(never anyone's step 8). Every word must occur; the last may be the start of "
                "a word.",
            ),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.panel, 1)

    def focus_search(self) -> bool:
        return self.panel.focus_search()

    def refresh(self) -> None:
        if self.panel.box.text().strip():
            self.panel.search_now()
