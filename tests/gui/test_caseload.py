"""The caseload table and the client record, driven through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.risk_badge import RISK_ROLE
from pswdesk.services import clients
from pswdesk.services.clients import ClientInput
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.gui.helpers import activate, double_click_row, main_window, wait_for_rows
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui


def _caseload(window) -> CaseloadPage:  # type: ignore[no-untyped-def]
    page = window.show_view("caseload")
    assert isinstance(page, CaseloadPage)
    return page


def test_double_click_opens_the_client(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    for name in ("Bea Example", "Cal Example"):
        clients.create_client(a.db, a.wendy, ClientInput(name, pronouns="they/them"))
    clients.create_client(a.db, a.walt, ClientInput("Not Wendys"))
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = _caseload(window)
    view = page.ui.table_view
    wait_for_rows(qtbot, view, 2)  # only her own two clients
    qtbot.waitUntil(lambda: page.ui.count_label.text() == "2 clients")
    names = [page.model.row_at(i).preferred_name for i in range(2)]
    assert names == ["Bea Example", "Cal Example"]

    double_click_row(qtbot, view, 1)
    record = window.current_record()
    assert isinstance(record, ClientRecord)
    qtbot.waitUntil(lambda: record.detail is not None)
    assert record.ui.name_label.text() == "Cal Example"
    assert record.ui.pronouns_label.text() == "(they/them)"
    assert record.ui.workers_label.text() == "Assigned to Wendy Worker"
    assert window.ui.content_tabs.tabText(window.ui.content_tabs.currentIndex()) == "Cal Example"


def test_enter_opens_the_selected_client(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    clients.create_client(a.db, a.wendy, ClientInput("Dee Example"))
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    view = _caseload(window).ui.table_view
    wait_for_rows(qtbot, view, 1)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    record = window.current_record()
    assert record is not None
    qtbot.waitUntil(lambda: record.ui.name_label.text() == "Dee Example")
    # Opening again brings the same tab forward instead of a second copy.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.ui.content_tabs.count() == 2


def test_search_filters_in_the_service(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    for name in ("Ann Lee", "Bob Stone", "Anneli Park"):
        clients.create_client(a.db, a.wendy, ClientInput(name))
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = _caseload(window)
    wait_for_rows(qtbot, page.ui.table_view, 3)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search_edit.hasFocus()
    qtbot.keyClicks(page.ui.search_edit, "ann")
    qtbot.waitUntil(lambda: page.model.search == "ann" and not page.model.loading)
    assert sorted(r.preferred_name for r in page.model.rows) == ["Ann Lee", "Anneli Park"]
    page.ui.search_edit.clear()
    qtbot.keyClicks(page.ui.search_edit, "zzz")
    qtbot.waitUntil(lambda: page.model.search == "zzz" and not page.model.loading)
    assert page.model.rowCount() == 0
    assert page.ui.empty_label.text() == 'No clients match "zzz".'


def test_caseload_pages_as_the_view_asks_for_more(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """Pages of 3: the view asks for more (fetchMore) while its last row is on screen."""
    a = sqlite_agency
    for i in range(7):
        clients.create_client(a.db, a.wendy, ClientInput(f"Client {i:02d}"))
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = _caseload(window)
    wait_for_rows(qtbot, page.ui.table_view, 7)
    pages: list[int] = []
    page.model.page_loaded.connect(pages.append)
    page.model.page_size = 3
    page.reload()
    wait_for_rows(qtbot, page.ui.table_view, 7)
    assert pages == [3, 6, 7]
    assert not page.model.canFetchMore(page.ui.table_view.rootIndex())
    assert [r.preferred_name for r in page.model.rows] == [f"Client {i:02d}" for i in range(7)]


def test_risk_is_shown_as_a_badge_most_at_risk_first(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    calm = new_client(a, a.wendy, "Calm Client")
    worried = new_client(a, a.wendy, "Worried Client")
    submitted_note(a, a.wendy, calm)
    submitted_note(
        a, a.wendy, worried, risk_level=RiskLevel.MODERATE,
        risk_indicators=("not eating or sleeping",), risk_actions=("safety_plan_reviewed",),
    )  # fmt: skip
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = _caseload(window)
    view = page.ui.table_view
    wait_for_rows(qtbot, view, 2)
    first = page.model.index(0, 0)
    assert page.model.row_at(0).preferred_name == "Worried Client"
    assert first.data() == "Moderate"
    assert first.data(RISK_ROLE) == "moderate"


def test_client_record_tabs(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Eve Example")
    submitted_note(a, a.wendy, cid, summary="First meeting at the drop-in.")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = window.open_client(cid)
    assert record is not None
    tabs = record.ui.record_tabs
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles[0] == "Overview" and titles[1].startswith("Notes")
    assert titles[2:] == [
        "Goals", "Strengths", "Safety plan", "Risk history", "Referrals", "Care team", "Consents",
    ]  # fmt: skip
    record.show_notes()
    wait_for_rows(qtbot, record.notes_page.table_view, 1)
    qtbot.waitUntil(lambda: titles_now(record) == "Notes (1)")
    row = record.notes_model.row_at(0)
    assert row.summary == "First meeting at the drop-in." and row.status == "submitted"
    assert record.notes_model.index(0, 3).data() == "Awaiting review"


def titles_now(record: ClientRecord) -> str:
    return record.ui.record_tabs.tabText(1).replace("&", "")


def test_note_rows_open_through_the_editor_hook(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Fay Example")
    note = submitted_note(a, a.wendy, cid)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    calls: list[tuple[int, int | None]] = []
    window.open_note_editor = lambda client_id, note_id=None: calls.append((client_id, note_id))  # type: ignore[method-assign]
    record = window.open_client(cid)
    assert record is not None
    # The record's signals were connected to the bound method at creation; re-route them.
    record.open_note.disconnect()
    record.new_note_requested.disconnect()
    record.open_note.connect(window.open_note_editor)
    record.new_note_requested.connect(window.open_note_editor)
    record.show_notes()
    wait_for_rows(qtbot, record.notes_page.table_view, 1)
    double_click_row(qtbot, record.notes_page.table_view, 0)
    qtbot.mouseClick(record.ui.new_note_button, Qt.MouseButton.LeftButton)
    assert calls == [(cid, note.id), (cid, None)]
