"""The Supervision page with real widgets: a supervisor logs and corrects a session and sets a
review level; the worker sees their own, read-only; an administrator never sees topics. And the
no-contact list's 14 / 30 days switch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget

from pswdesk.gui.no_contact_page import NoContactPage
from pswdesk.gui.supervision_page import ReviewLevelDialog, SessionDialog, SupervisionPage
from pswdesk.services import brief_contacts, review_levels, supervision
from pswdesk.services.supervision import SessionInput
from pswdesk.vocabulary import BriefContactType, ReviewLevel
from tests.conftest import Agency
from tests.gui.helpers import main_window, wait_for_rows
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

TOPICS = "Robin's housing worry; boundaries"


def _page(qtbot, window) -> SupervisionPage:  # type: ignore[no-untyped-def]
    page = window.show_view("supervision")
    assert isinstance(page, SupervisionPage)
    qtbot.waitUntil(lambda: page.message_label.isVisible())
    return page


def _cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_supervisor_logs_corrects_and_sets_a_review_level(
    qtbot, agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    window = main_window(qtbot, a.db, "sam", gui_settings)
    page = _page(qtbot, window)
    assert page.add_button.isVisible() and page.add_button.isEnabled()
    assert [row[0] for row in _cells(page.totals_table)] == ["Wendy Worker", "Will Worker"]

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findText("Will Worker"))
    dialog.minutes_spin.setValue(90)
    qtbot.keyClicks(dialog.topics_edit, TOPICS)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 1)
    assert "Session of Will Worker saved." in page.message_label.text()
    (row,) = _cells(page.sessions_table)
    assert row[1:] == ["Will Worker", "90", "Sam Supervisor", TOPICS]
    assert ["Will Worker", "1", "1 h 30 min"] in _cells(page.totals_table)

    page.sessions_table.selectRow(0)
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    edit = page.dialog
    assert isinstance(edit, SessionDialog) and not edit.worker_combo.isEnabled()
    edit.minutes_spin.setValue(45)
    _save(qtbot, edit)
    qtbot.waitUntil(lambda: page.sessions_table.item(0, 2).text() == "45")
    assert supervision.sessions(a.db, a.will)[0].minutes == 45

    page.levels_table.selectRow(0)  # Wendy
    qtbot.mouseClick(page.level_button, Qt.MouseButton.LeftButton)
    level = page.dialog
    assert isinstance(level, ReviewLevelDialog)
    assert not level.percent_spin.isEnabled()
    level.level_combo.setCurrentIndex(level.level_combo.findData(str(ReviewLevel.SAMPLE)))
    assert level.percent_spin.isEnabled()
    level.percent_spin.setValue(30)
    _save(qtbot, level)
    qtbot.waitUntil(lambda: page.levels_table.item(0, 1).text() == "A sample of 30 %")
    assert review_levels.my_level(a.db, a.wendy).sample_percent == 30

    # The page at the size it must fit.
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    shot = tmp_path / "supervision.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 0


def test_a_refused_session_says_why_and_keeps_the_dialog(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "sam", gui_settings)
    page = _page(qtbot, window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SessionDialog)
    dialog.topics_edit.setPlainText("a\x00b")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "NUL" in dialog.error_label.text() and dialog.isVisible()


def test_the_worker_sees_their_own_sessions_read_only(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    day = dt.date.today() - dt.timedelta(days=2)
    supervision.record_session(a.db, a.sam, a.wendy.id, SessionInput(day, 60, TOPICS))
    supervision.record_session(a.db, a.sam, a.will.id, SessionInput(day, 30, "Will's own"))
    review_levels.set_review_level(a.db, a.sam, a.wendy.id, ReviewLevel.NONE, expected_version=1)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 1)
    assert page.sessions_table.item(0, 4).text() == TOPICS
    assert page.sessions_table.isColumnHidden(1)  # the worker column: always themselves
    assert not page.add_button.isVisible() and not page.edit_button.isVisible()
    assert _cells(page.totals_table) == [["Wendy Worker", "1", "1 h"]]
    assert "None (after probation)" in page.my_level_label.text()
    assert not page.levels_table.isVisible()


def test_administrators_see_hours_never_topics(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    day = dt.date.today() - dt.timedelta(days=2)
    supervision.record_session(a.db, a.sam, a.wendy.id, SessionInput(day, 60, TOPICS))
    window = main_window(qtbot, a.db, "admin", gui_settings)
    page = _page(qtbot, window)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 1)
    assert page.sessions_table.isColumnHidden(4)
    cells = _cells(page.sessions_table) + _cells(page.totals_table)
    assert all("housing" not in c for row in cells for c in row)
    assert ["Wendy Worker", "1", "1 h"] in _cells(page.totals_table)
    assert {row[0] for row in _cells(page.levels_table)} == {
        "Walt Worker",
        "Wendy Worker",
        "Will Worker",
        "Sam Supervisor",
        "Sue Supervisor",
    }
    assert not page.add_button.isVisible()


def test_no_contact_in_14_or_30_days_counts_notes_and_brief_contacts(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    now = dt.datetime.now(dt.UTC)
    ago = {name: new_client(a, a.wendy, name) for name in ("Quinn", "Ruth", "Sal")}
    for name, days in (("Quinn", 20), ("Ruth", 40), ("Sal", 40)):
        submitted_note(a, a.wendy, ago[name], contact_at=now - dt.timedelta(days=days))
    entry = brief_contacts.BriefContactInput(
        now - dt.timedelta(days=3), BriefContactType.PHONE, 10, "Checked in by phone."
    )
    brief_contacts.log_contact(a.db, a.wendy, ago["Ruth"], entry)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    page = window.show_view("no_contact")
    assert isinstance(page, NoContactPage)
    wait_for_rows(qtbot, page.ui.table_view, 0)  # the agency's 90 days: nobody yet
    page.span_combo.setCurrentIndex(page.span_combo.findData(14))
    wait_for_rows(qtbot, page.ui.table_view, 2)
    assert [page.model.row_at(i).preferred_name for i in range(2)] == ["Sal", "Quinn"]
    assert "14 days" in page.ui.description_label.text()
    page.span_combo.setCurrentIndex(page.span_combo.findData(30))
    wait_for_rows(qtbot, page.ui.table_view, 1)
    assert page.model.row_at(0).preferred_name == "Sal"
    assert "30 days" in page.ui.description_label.text()
