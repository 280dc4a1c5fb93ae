"""Finding notes in the app: Ctrl+Shift+F across everything, a client's Notes tab for one client.

Typed into the real boxes: results ranked with the date, client, where found and a
bold-marked snippet whose other text is escaped; Enter and a double-click open the
note; hostile text in every search box (the note searches and the caseload's name
search) shows a calm result, never an error.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.note_search_page import NoteSearchPage, NoteSearchPanel, snippet_html
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services.notes.search import MARK_END, MARK_START
from tests.conftest import Agency
from tests.gui.helpers import activate, double_click_row, main_window
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

HOSTILE = [
    '"', "NOT", "a OR b", "NEAR(a", "(((", "*", "<b>x</b>", "<img src=x onerror=alert(1)>",
    "\x00", "a\x00b", "\x1b[2J", "'; DROP TABLE notes;--", "ᐃᓄᒃ*", "東京", "🧭" * 50,
    "x" * 60_000,
]  # fmt: skip


def _data(agency: Agency) -> tuple[int, int]:
    robin = new_client(agency, agency.wendy, "Robin <i>R</i>")
    avery = new_client(agency, agency.wendy, "Avery")
    submitted_note(agency, agency.wendy, robin, summary="Lantern walk; <b>not bold</b> here")
    best = submitted_note(agency, agency.wendy, avery, summary="Lantern festival planning")
    submitted_note(agency, agency.wendy, avery, s3_text="Goal: a lantern for the window")
    return robin, best.id


def _type(qtbot, panel: NoteSearchPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.box.clear()
        if len(text) < 40 and text.isascii() and text.isprintable():
            qtbot.keyClicks(panel.box, text)
        else:
            panel.box.setText(text)  # a paste


def _snippet(panel: NoteSearchPanel, row: int) -> QLabel:
    label = panel.table.cellWidget(row, 3)
    assert isinstance(label, QLabel)
    return label


def test_ctrl_shift_f_searches_everything_ranked_and_opens(  # type: ignore[no-untyped-def]
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:
    _robin, best = _data(sqlite_agency)
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    activate(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.note_search
    assert isinstance(page, NoteSearchPage)
    assert window.ui.content_tabs.currentWidget() is page
    panel = page.panel
    assert panel.box.hasFocus()
    _type(qtbot, panel, "lantern fest")
    assert [h.note.id for h in panel.hits] == [best]
    _type(qtbot, panel, "lantern")
    assert len(panel.hits) == 3
    assert panel.hits[0].note.summary.startswith("Lantern")  # summary hits first
    table = panel.table
    assert table.item(0, 1).text() in ("Avery", "Robin <i>R</i>")  # the client, as plain text
    assert "<b>Lantern</b>" in _snippet(panel, 0).text()
    escaped = [
        _snippet(panel, r).text() for r in range(3) if "not bold" in _snippet(panel, r).text()
    ]
    assert escaped and "&lt;b&gt;not bold&lt;/b&gt;" in escaped[0]  # the note's markup as typed
    assert "no notes" not in panel.status.text().lower()
    # Enter in the box moves to the results; Enter there opens the best one.
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    first = panel.hits[0].note.id
    qtbot.waitUntil(lambda: first in window.note_windows, timeout=10_000)
    # A double-click opens another.
    double_click_row(qtbot, table, 2, column=3)
    other = panel.hits[2].note.id
    qtbot.waitUntil(lambda: other in window.note_windows, timeout=10_000)
    _type(qtbot, panel, "zebra")
    assert panel.hits == [] and "No notes match" in panel.status.text()
    # Closing the tab keeps it for the next Ctrl+Shift+F.
    window.close_tab(window.ui.content_tabs.indexOf(page))
    assert window.ui.content_tabs.indexOf(page) < 0
    assert window.open_note_search() is page


def test_a_clients_notes_tab_searches_that_client_only(  # type: ignore[no-untyped-def]
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:
    robin, _best = _data(sqlite_agency)
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    record = window.open_client(robin)
    record.show_tab("notes")
    notes_page = record.notes_page
    panel = notes_page.search
    assert notes_page.ui.table_view.isVisibleTo(notes_page)
    activate(qtbot, window)
    window.focus_search()  # Ctrl+F on the Notes tab
    assert panel.box.hasFocus()
    _type(qtbot, panel, "lantern")
    assert [h.note.client_id for h in panel.hits] == [robin]
    assert not notes_page.ui.table_view.isVisibleTo(notes_page)  # the results take its place
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    nid = panel.hits[0].note.id
    qtbot.waitUntil(lambda: nid in window.note_windows, timeout=10_000)
    panel.box.clear()
    panel.search_now()
    assert notes_page.ui.table_view.isVisibleTo(notes_page)


def test_hostile_text_in_every_search_box(qtbot, db, gui_settings) -> None:  # type: ignore[no-untyped-def]
    agency = Agency(db)
    robin, _best = _data(agency)
    window = main_window(qtbot, db, "sam", gui_settings)
    everything = window.open_note_search()
    assert everything is not None
    record = window.open_client(robin)
    panels = [everything.panel, record.notes_page.search]
    caseload = window.show_view("caseload")
    assert isinstance(caseload, CaseloadPage)
    name_box = caseload.ui.search_edit
    for text in HOSTILE:
        for panel in panels:
            _type(qtbot, panel, text)
            status = panel.status.text()
            calm = ("No notes match", "1 note", "2 notes", "3 notes")
            assert status == "" or status.startswith(calm), (text[:20], status)
            for row in range(panel.table.rowCount()):
                shown = _snippet(panel, row).text()
                assert "<img" not in shown and "<i>" not in shown
        name_box.setText(text)
        caseload.reload()
        wait_for_operations()
        assert caseload.ui.error_label.isHidden(), text


def test_snippet_html_escapes_all_but_the_marks() -> None:
    snippet = f"<script>&{MARK_START}word{MARK_END}</script>"
    assert snippet_html(snippet) == "&lt;script&gt;&amp;<b>word</b>&lt;/script&gt;"
