"""Deleting a stray draft from My drafts and from a client's notes, through the real
widgets on both backends: the Delete key or the button, a confirmation, and only a
never-submitted draft of one's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pswdesk.gui.draft_deletion import NOT_DELETABLE, WINDOW_OPEN, DraftDeleter
from pswdesk.gui.list_pages import DraftsPage
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import audit, notes
from tests.conftest import Agency
from tests.gui.helpers import main_window, wait_for_rows
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui


def _confirm(qtbot, deleter: DraftDeleter, answer: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: deleter.confirm_box is not None and deleter.confirm_box.isVisible())
    box = deleter.confirm_box
    assert isinstance(box, QMessageBox)
    if answer == "delete":
        button = next(b for b in box.buttons() if b.objectName() == "delete_draft_yes")
    else:
        button = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()


def test_delete_key_on_my_drafts_asks_then_deletes(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    cid = new_client(a, a.wendy, "Pat")
    keep = notes.create_draft(a.db, a.wendy, cid)
    stray = notes.create_draft(a.db, a.wendy, cid)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = window.show_view("drafts")
    assert isinstance(page, DraftsPage)
    view = page.ui.table_view
    wait_for_rows(qtbot, view, 2)
    row = next(i for i in range(2) if page.model.row_at(i).id == stray.id)
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, 0))

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    _confirm(qtbot, page.drafts, "cancel")  # thought better of it: nothing happens
    assert len(notes.my_drafts(a.db, a.wendy)) == 2

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    _confirm(qtbot, page.drafts, "delete")
    wait_for_rows(qtbot, view, 1)
    assert [d.id for d in notes.my_drafts(a.db, a.wendy)] == [keep.id]
    assert "was deleted" in page.ui.hint_label.text()
    deleted = audit.list_entries(a.db, a.admin, action="note.deleted")
    assert [e.entity_id for e in deleted] == [stray.id]


def test_a_drafts_window_open_is_not_deleted_under_it(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    cid = new_client(a, a.wendy, "Quin")
    draft = notes.create_draft(a.db, a.wendy, cid)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    window.open_note_editor(cid, draft.id)
    qtbot.waitUntil(lambda: draft.id in window.note_windows, timeout=10_000)
    page = window.show_view("drafts")
    assert isinstance(page, DraftsPage)
    wait_for_rows(qtbot, page.ui.table_view, 1)
    page.ui.table_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.ui.action_button, Qt.MouseButton.LeftButton)
    assert page.drafts.confirm_box is None
    assert page.ui.hint_label.text() == WINDOW_OPEN
    window.note_windows[draft.id].close()


def test_client_notes_delete_only_own_never_submitted_drafts(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    cid = new_client(a, a.wendy, "Rue")
    sent = submitted_note(a, a.wendy, cid)
    draft = notes.create_draft(a.db, a.wendy, cid)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = window.open_client(cid)
    record.show_notes()
    page = record.notes_page
    view = page.table_view
    wait_for_rows(qtbot, view, 2)
    by_id = {page.model.row_at(i).id: i for i in range(2)}

    view.setCurrentIndex(page.model.index(by_id[sent.id], 0))
    assert not page.ui.delete_button.isEnabled()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # a submitted note stays part of the record
    assert page.drafts.confirm_box is None
    assert page.error_label.text() == NOT_DELETABLE

    view.setCurrentIndex(page.model.index(by_id[draft.id], 0))
    assert page.ui.delete_button.isEnabled()
    qtbot.mouseClick(page.ui.delete_button, Qt.MouseButton.LeftButton)
    _confirm(qtbot, page.drafts, "delete")
    wait_for_rows(qtbot, view, 1)
    assert page.model.row_at(0).id == sent.id
    assert notes.my_drafts(a.db, a.wendy) == []
