"""Notes open from the main window in the right window: editor, read-only view, recovery."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from pswdesk.gui.note_editor import RECOVERY_KEY, NoteEditor
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import notes, review
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window
from tests.notes_support import full_content, new_client, submitted_note

pytestmark = pytest.mark.gui


def test_ctrl_n_on_a_client_record_starts_a_draft_in_the_editor(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Joy Example")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    window.open_client(cid)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.note_windows) == 1)  # the draft is made off the GUI thread
    drafts = notes.my_drafts(a.db, a.wendy)
    assert [d.client_id for d in drafts] == [cid]
    editor = window.note_windows[drafts[0].id]
    assert isinstance(editor, NoteEditor) and editor.isVisible() and editor.editable
    # Opening the same note again brings the same window forward, not a second one.
    assert window.open_note_editor(cid, drafts[0].id) is editor
    editor.close()


def test_new_note_from_last_carries_open_goals_forward(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy)
    first = submitted_note(a, a.wendy, cid)
    review.approve(a.db, a.sam, first.id, first.version)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    window.open_client(cid)
    window.ui.action_new_note_from_last.trigger()
    qtbot.waitUntil(lambda: len(window.note_windows) == 1)
    editor = next(w for w in window.note_windows.values() if isinstance(w, NoteEditor))
    goals = editor.bindings["goals"].get()
    assert [g["text"] for g in goals] == ["Take a lunch break three days a week"]
    assert editor.ui.summary_edit.toPlainText() == ""  # structure, not the narrative
    editor.close()


def test_a_supervisor_opens_a_submitted_note_in_the_review_view(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy)
    note = submitted_note(a, a.wendy, cid)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    window.open_note_editor(cid, note.id)
    qtbot.waitUntil(lambda: note.id in window.note_windows)
    viewer = window.note_windows[note.id]
    assert isinstance(viewer, NoteViewer)
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    assert viewer.ui.review_box.isVisible()
    viewer.approve()
    assert wait_for_operations()
    assert notes.get_note(a.db, a.sam, note.id).status == "approved"
    viewer.close()


def test_an_unfinished_draft_is_offered_back_after_a_crash(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Kim Example")
    draft = notes.create_draft(a.db, a.wendy, cid, full_content(summary="Cut off mid-sentence"))
    gui_settings.setValue(RECOVERY_KEY, draft.id)  # what an editor leaves behind when killed
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "recovery_box") is not None)
    box = window.findChild(QMessageBox, "recovery_box")
    assert "Kim Example" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "recovery_open"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: draft.id in window.note_windows)
    editor = window.note_windows[draft.id]
    assert isinstance(editor, NoteEditor)
    assert editor.ui.summary_edit.toPlainText() == "Cut off mid-sentence"
    editor.close()
    assert not gui_settings.contains(RECOVERY_KEY)
