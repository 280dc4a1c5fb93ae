"""Opening a client's record puts the notes first: the header's warnings, the Overview's
follow-ups and the Notes tab's brief contacts are built, and read, only after the first
page of notes has painted. Through the real widgets, on a real (SQLite) database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget

from pswdesk.gui.changes import Change, change_notice
from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.main_window import MainWindow
from pswdesk.services import brief_contacts, followups
from pswdesk.services.brief_contacts import BriefContactInput
from tests.conftest import Agency
from tests.gui.helpers import main_window
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

LATER_PARTS = ("brief_contacts_panel", "follow_ups_panel")


def _built(record: ClientRecord, name: str) -> bool:
    return record.findChild(QWidget, name) is not None


def _log(a: Agency, cid: int, text: str) -> None:
    entry = BriefContactInput(dt.datetime.now(), "phone", 5, text)
    brief_contacts.log_contact(a.db, a.wendy, cid, entry)


def _texts(record: ClientRecord) -> list[str]:
    return [row.text for row in record.brief_contacts.model.rows]


def test_the_notes_come_first_and_the_other_parts_follow_their_paint(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Iris")
    submitted_note(a, a.wendy, cid)
    _log(a, cid, "Called about Tuesday")
    followups.add_follow_up(a.db, a.wendy, cid, dt.date.today(), "Book the dentist")
    window = main_window(qtbot, a.db, "wendy", gui_settings)

    record = window.open_client(cid)
    record.show_notes()
    # Only what the Notes tab needs is built when the record opens.
    assert not any(_built(record, name) for name in LATER_PARTS)
    qtbot.waitUntil(lambda: record.notes_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: all(_built(record, n) for n in LATER_PARTS), timeout=10_000)

    panel = record.brief_contacts
    qtbot.waitUntil(lambda: panel.loaded and not panel.loading, timeout=10_000)
    assert _texts(record) == ["Called about Tuesday"]
    assert panel.isVisible()  # under the notes, where it always was
    qtbot.waitUntil(lambda: record.alerts.header is not None, timeout=10_000)
    assert not record.follow_ups.loaded  # out of sight on the Overview: read when shown
    record.show_tab("overview")
    follow_ups = record.follow_ups
    qtbot.waitUntil(lambda: follow_ups.loaded and not follow_ups.loading, timeout=10_000)
    assert "Book the dentist" in [r.description for r in follow_ups.model.rows]


def test_the_later_parts_follow_a_change_announced_once_they_are_built(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Jo")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = window.open_client(cid)
    record.show_notes()
    qtbot.waitUntil(lambda: _built(record, "brief_contacts_panel"), timeout=10_000)
    panel = record.brief_contacts
    qtbot.waitUntil(lambda: panel.loaded and not panel.loading, timeout=10_000)
    assert _texts(record) == []

    _log(a, cid, "Dropped in for the bus pass")  # as another window would
    change_notice().announce(Change.NOTE, client_id=cid)
    qtbot.waitUntil(lambda: _texts(record) == ["Dropped in for the bus pass"], timeout=10_000)


def test_a_part_asked_for_before_the_first_page_is_built_at_once(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """The quick log from the header works at once, whether the parts are built or not."""
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Kit")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = window.open_client(cid)
    panel = record.brief_contacts  # asked for straight away
    assert _built(record, "brief_contacts_panel") and _built(record, "follow_ups_panel")
    assert panel.parentWidget() is record.ui.notes_tab
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10_000)
    assert panel.client_name == "Kit"
    qtbot.waitUntil(lambda: record.alerts.header is not None, timeout=10_000)


def test_views_and_records_are_made_where_they_are_shown(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """Made in their place, not moved there (a move styles every widget again)."""
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Lou")
    window: MainWindow = main_window(qtbot, a.db, "wendy", gui_settings)
    assert list(window.pages) == ["caseload"]  # the other views are made when chosen
    assert window.pages["caseload"].parentWidget() is window.ui.view_stack
    record = window.open_client(cid)
    tabs = window.ui.content_tabs
    assert tabs.currentWidget() is record and tabs.isAncestorOf(record)


def test_a_spare_record_is_ready_before_the_click_and_takes_the_client(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """The main window builds a record's widgets ahead, out of sight; opening a client
    shows that client in it, and the next spare follows."""
    a = sqlite_agency
    first, second = new_client(a, a.wendy, "Iris"), new_client(a, a.wendy, "Ona")
    submitted_note(a, a.wendy, first)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    qtbot.waitUntil(lambda: window._spare_record is not None, timeout=10_000)
    spare = window._spare_record
    assert spare is not None and not spare.isVisible()
    assert window.ui.content_tabs.indexOf(spare) == -1 and not window.records

    record = window.open_client(first)
    assert record is spare and record.client_id == first
    assert window.records == {first: record} and record.isVisible()
    record.show_notes()
    qtbot.waitUntil(lambda: record.notes_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.ui.content_tabs.tabText(1) == "Iris", timeout=10_000)
    with pytest.raises(RuntimeError):
        record.show_client(second)  # a record shows one client for its life

    qtbot.waitUntil(lambda: window._spare_record is not None, timeout=10_000)
    other = window.open_client(second)
    assert other is not record and other.client_id == second
    qtbot.waitUntil(lambda: window.ui.content_tabs.tabText(2) == "Ona", timeout=10_000)
    assert other.notes_model.rowCount() == 0


def test_a_client_opened_before_the_spare_is_ready_opens_all_the_same(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Iris")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    assert window._spare_record is None  # 0.6 s after login
    record = window.open_client(cid)
    assert record.client_id == cid
    qtbot.waitUntil(lambda: window.ui.content_tabs.tabText(1) == "Iris", timeout=10_000)
