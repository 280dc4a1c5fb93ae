"""The whole review loop through the real windows: write, submit, return, fix, approve, amend."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import AddendumDialog, NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import notes, review
from tests.conftest import Agency
from tests.gui.test_note_editor import write_full_note
from tests.notes_support import new_client

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path) -> QSettings:  # type: ignore[no-untyped-def]
    return QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat)


def _open_editor(qtbot, a: Agency, note_id: int, settings: QSettings) -> NoteEditor:  # type: ignore[no-untyped-def]
    editor = NoteEditor(a.db, a.wendy, notes.get_note(a.db, a.wendy, note_id), settings=settings)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _viewer(qtbot, a: Agency, actor, note_id: int) -> NoteViewer:  # type: ignore[no-untyped-def]
    viewer = NoteViewer(a.db, actor, note_id)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    return viewer


def test_write_return_fix_resubmit_approve_and_amend(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    client_id = new_client(a, a.wendy, "Dana <i>Client</i>")

    # The worker writes a full note in the editor and submits it.
    draft = notes.create_draft(a.db, a.wendy, client_id)
    editor = _open_editor(qtbot, a, draft.id, settings)
    write_full_note(qtbot, editor)
    editor.go_to_step(5)
    editor.bindings["risk_actions"].widget.boxes["safety_plan_reviewed"].setChecked(True)
    editor.go_to_step(6)
    editor.bindings["follow_up_date"].widget.set_value(dt.date.today() + dt.timedelta(days=2))
    editor.submit()
    assert wait_for_operations()
    assert editor.note.status == "submitted", editor.message
    editor.close()

    # The supervisor sees it in the queue, opens it read-only, and cannot return it blank.
    queue = review.review_queue(a.db, a.sam)
    assert [r.id for r in queue] == [draft.id]
    viewer = _viewer(qtbot, a, a.sam, draft.id)
    assert viewer.ui.review_box.isVisible()
    assert "Dana &lt;i&gt;Client&lt;/i&gt;" in viewer.ui.note_browser.toHtml()
    assert "Talked through a setback" in viewer.ui.note_browser.toPlainText()
    assert "drained" in viewer.ui.note_browser.toPlainText()  # step 8: the author's supervisor
    viewer.return_note()
    assert wait_for_operations()
    assert viewer.ui.comment_error_label.text()
    assert notes.get_note(a.db, a.sam, draft.id).status == "submitted"
    qtbot.keyClicks(viewer.ui.comment_edit, "Please say who you told about the risk.")
    viewer.return_note()
    assert wait_for_operations()
    assert notes.get_note(a.db, a.sam, draft.id).status == "returned"
    assert not viewer.ui.review_box.isVisible()
    viewer.close()

    # The worker sees it among returned notes, with the comment, and fixes it.
    assert [r.id for r in notes.returned_to_me(a.db, a.wendy)] == [draft.id]
    editor = _open_editor(qtbot, a, draft.id, settings)
    assert "Please say who you told" in editor.message
    editor.go_to_step(6)
    qtbot.keyClicks(editor.bindings["s6_care_team"].widget, "Told her GP, with her consent")
    editor.submit()
    assert wait_for_operations()
    assert editor.note.status == "submitted", editor.message
    editor.close()

    # On resubmission the supervisor sees what changed, then approves (a signature).
    viewer = _viewer(qtbot, a, a.sam, draft.id)
    page = viewer.ui.note_browser.toPlainText()
    assert "Changed since the last submission" in page
    assert "Told her GP" in page
    viewer.approve()
    assert wait_for_operations()
    signed = notes.get_note(a.db, a.sam, draft.id)
    assert signed.status == "approved"
    assert signed.signed_by_name == "Sam Supervisor"
    assert signed.content_hash and signed.content_hash in viewer.ui.note_browser.toPlainText()
    assert not viewer.ui.review_box.isVisible()
    assert viewer.ui.addendum_button.isVisible()

    # An addendum: reason and text required, then appended and signed under the note.
    viewer.add_addendum()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AddendumDialog))
    dialog.ui.button_box.accepted.emit()  # empty: refused, stays open
    assert wait_for_operations()
    assert dialog.isVisible() and dialog.ui.error_label.text()
    qtbot.keyClicks(dialog.ui.reason_edit, "Information received later")
    qtbot.keyClicks(dialog.ui.text_edit, "GP confirmed the appointment for Monday.")
    dialog.ui.button_box.accepted.emit()
    assert wait_for_operations()
    assert not dialog.isVisible()
    after = notes.get_note(a.db, a.sam, draft.id)
    assert [x.reason for x in after.addenda] == ["Information received later"]
    assert after.content_hash == signed.content_hash  # the signed text is untouched
    assert "GP confirmed the appointment" in viewer.ui.note_browser.toPlainText()


def test_approved_note_opens_read_only_in_the_editor(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    from tests.notes_support import submitted_note

    a = sqlite_agency
    note = submitted_note(a, a.wendy, new_client(a, a.wendy))
    review.approve(a.db, a.sam, note.id, note.version)
    editor = _open_editor(qtbot, a, note.id, settings)
    assert not editor.editable
    assert editor.ui.summary_edit.isReadOnly()
    assert editor.bindings["s1_expressed"].widget.isReadOnly()
    assert not editor.bindings["risk_level"].widget.isEnabled()
    assert not editor.ui.submit_button.isVisible()
    assert "Approved" in editor.message
    qtbot.keyClicks(editor.ui.summary_edit, "sneaky change")
    assert not editor.dirty
    assert notes.get_note(a.db, a.wendy, note.id).content.summary == note.content.summary


def test_worker_cannot_review(qtbot, sqlite_agency) -> None:  # type: ignore[no-untyped-def]
    from tests.notes_support import submitted_note

    a = sqlite_agency
    client_id = new_client(a, a.wendy)
    note = submitted_note(a, a.wendy, client_id)
    viewer = _viewer(qtbot, a, a.wendy, note.id)
    assert not viewer.ui.review_box.isVisible()
