"""The list views: drafts, returned notes, follow-ups due and debrief requests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.changes import Change
from pswdesk.gui.list_pages import (
    DebriefsPage,
    DraftsPage,
    FollowUpsPage,
    ReturnedPage,
    ReviewQueuePage,
)
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.operations import Op
from pswdesk.services import followups, notes, review
from pswdesk.services.notes import SelfCareContent
from tests.conftest import Agency
from tests.gui.helpers import main_window, wait_for_rows
from tests.notes_support import full_content, new_client, submitted_note

pytestmark = pytest.mark.gui


def test_drafts_open_through_the_note_hook(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Gil Example")
    draft = notes.create_draft(a.db, a.wendy, cid, full_content(summary="Half-written visit."))
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = window.show_view("drafts")
    assert isinstance(page, DraftsPage)
    view = page.ui.table_view
    wait_for_rows(qtbot, view, 1)
    assert page.model.row_at(0).id == draft.id
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: draft.id in window.note_windows)  # read off the GUI thread
    editor = window.note_windows[draft.id]
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    assert editor.ui.summary_edit.toPlainText() == "Half-written visit."
    assert editor.editable


def test_returned_notes_show_the_comment(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    note = submitted_note(a, a.wendy, new_client(a, a.wendy, "Hal Example"))
    review.return_note(a.db, a.sam, note.id, "Please add the follow-up plan.", note.version)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = window.show_view("returned")
    assert isinstance(page, ReturnedPage)
    wait_for_rows(qtbot, page.ui.table_view, 1)
    comment_column = [c.title for c in page.model.columns].index("Supervisor's comment")
    assert page.model.index(0, comment_column).data() == "Please add the follow-up plan."


def test_empty_list_says_so(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    page = window.show_view("returned")
    assert isinstance(page, ReturnedPage)
    qtbot.waitUntil(lambda: page.ui.empty_label.isVisible())
    assert page.ui.empty_label.text() == "No notes have been returned to you."
    assert page.ui.count_label.text() == "0 notes"


def test_follow_up_marked_done(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Ida Example")
    followups.add_follow_up(a.db, a.wendy, cid, dt.date.today(), "Phone about the housing letter")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = window.show_view("followups")
    assert isinstance(page, FollowUpsPage)
    assert not page.ui.option_check.isVisible()  # the team option is for supervisors
    wait_for_rows(qtbot, page.ui.table_view, 1)
    assert page.model.index(0, 0).data().endswith("(today)")
    page.ui.table_view.selectRow(0)
    qtbot.mouseClick(page.ui.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome_dialog is not None and page.outcome_dialog.isVisible())
    page.outcome_dialog.save()  # the outcome chooser, "Reached" preselected
    qtbot.waitUntil(lambda: page.ui.hint_label.text().startswith("Done: Ida Example"))
    wait_for_rows(qtbot, page.ui.table_view, 0)
    # "Open client" on a follow-up opens the record.
    followups.add_follow_up(a.db, a.wendy, cid, dt.date.today(), "Second call")
    page.refresh()
    wait_for_rows(qtbot, page.ui.table_view, 1)
    qtbot.mouseClick(page.ui.open_button, Qt.MouseButton.LeftButton)
    record = window.current_record()
    assert record is not None and record.client_id == cid
    qtbot.waitUntil(lambda: record.detail is not None)


def test_supervisor_marks_a_debrief_held(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    submitted_note(
        a, a.wendy, new_client(a, a.wendy, "Jo Example"),
        self_care=SelfCareContent(impact="That one stayed with me.", debrief_requested=True),
    )  # fmt: skip
    window = main_window(qtbot, a.db, "sam", gui_settings)
    page = window.show_view("debriefs")
    assert isinstance(page, DebriefsPage)
    wait_for_rows(qtbot, page.ui.table_view, 1)
    row = page.model.row_at(0)
    assert row.requester_name == "Wendy Worker" and row.held_at is None
    page.ui.table_view.selectRow(0)
    qtbot.mouseClick(page.ui.action_button, Qt.MouseButton.LeftButton)
    dialog = page.held_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("Talked on Tuesday.")
    dialog.accept()
    qtbot.waitUntil(lambda: "marked held" in page.ui.hint_label.text())
    wait_for_rows(qtbot, page.ui.table_view, 0)
    page.ui.option_check.setChecked(True)  # show held ones too
    wait_for_rows(qtbot, page.ui.table_view, 1)
    QApplication.processEvents()
    assert page.model.index(0, 3).data().startswith("Held ")


def test_review_queue_refreshes_itself_when_a_note_is_submitted(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """No hand-wired refresh: the submit's change notice reloads the queue on screen, and a
    caseload out of sight reloads when it is shown again."""
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Kit Example")
    draft = notes.create_draft(a.db, a.wendy, cid, full_content())
    window = main_window(qtbot, a.db, "sam", gui_settings)
    team = window.show_view("team")
    assert isinstance(team, CaseloadPage)
    wait_for_rows(qtbot, team.ui.table_view, 1)
    assert team.model.row_at(0).last_contact is None
    page = window.show_view("review")
    assert isinstance(page, ReviewQueuePage)
    qtbot.waitUntil(lambda: page.ui.empty_label.isVisible())
    Op(window, lambda: notes.submit(a.db, a.wendy, draft.id, draft.version)).changes(
        Change.NOTE, Change.REVIEW, Change.CLIENT, client_id=cid
    ).run()
    wait_for_rows(qtbot, page.ui.table_view, 1)
    qtbot.waitUntil(lambda: page.ui.count_label.text() == "1 note")
    assert not team.isVisible() and team.auto_refresh.stale
    window.show_view("team")
    qtbot.waitUntil(
        lambda: team.model.row_at(0) is not None and team.model.row_at(0).last_contact is not None
    )
