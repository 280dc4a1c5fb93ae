"""The eight-step editor driven through its real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import clients, notes
from pswdesk.services.clients import ClientInput
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path) -> QSettings:  # type: ignore[no-untyped-def]
    return QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat)


def _client(agency: Agency, name: str = "Ann Client") -> int:
    return clients.create_client(agency.db, agency.wendy, ClientInput(name)).id


def _editor(qtbot, agency: Agency, settings: QSettings, note_id: int | None = None) -> NoteEditor:  # type: ignore[no-untyped-def]
    if note_id is None:
        note_id = notes.create_draft(agency.db, agency.wendy, _client(agency)).id
    view = notes.get_note(agency.db, agency.wendy, note_id)
    editor = NoteEditor(agency.db, agency.wendy, view, settings=settings)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def complete_content() -> notes.NoteContent:
    """A note that passes every submit rule, written straight through the service."""
    skipped = ("exploring", "goals", "strengths", "follow_up", "referral")
    return notes.NoteContent(
        summary="Short check-in.",
        s1_expressed="Doing a bit better.",
        risk_level=RiskLevel.LOW,
        s5_text="No new concerns.",
        not_addressed=skipped,
        self_care=notes.SelfCareContent(impact="Fine after this one."),
    )


def _binding_widget(editor: NoteEditor, name: str):  # type: ignore[no-untyped-def]
    return editor.bindings[name].widget


def write_full_note(qtbot, editor: NoteEditor) -> None:  # type: ignore[no-untyped-def]
    """Type a complete note the way a worker would: page by page, keyboard first."""
    ui = editor.ui
    ui.duration_spin.setValue(45)
    qtbot.keyClicks(ui.location_edit, "Drop-in centre")
    qtbot.keyClicks(ui.summary_edit, "Talked through a setback at work; made a plan for the week.")
    editor.step_by(1)  # step 1
    qtbot.keyClicks(
        _binding_widget(editor, "s1_expressed"), "Felt like giving up after the job loss."
    )
    qtbot.keyClicks(_binding_widget(editor, "feelings"), "hopeless, overwhelmed")
    qtbot.keyClicks(_binding_widget(editor, "s1_validation"), "Said it makes sense to feel that.")
    editor.step_by(1)  # step 2
    qtbot.keyClicks(_binding_widget(editor, "s2_questions"), "What has helped before?")
    editor.step_by(1)  # step 3
    qtbot.keyClicks(_binding_widget(editor, "s3_text"), "Chose one small goal.")
    goals = _binding_widget(editor, "goals")
    goals.add_item({"text": "Call the union rep", "why": "to feel less alone"})
    editor.step_by(1)  # step 4
    qtbot.keyClicks(_binding_widget(editor, "s4_text"), "Sister is supportive.")
    editor.step_by(1)  # step 5
    qtbot.keyClicks(_binding_widget(editor, "risk_indicators"), "thoughts of suicide")
    risk = _binding_widget(editor, "risk_level")
    risk.setCurrentIndex(risk.findData("moderate"))
    qtbot.keyClicks(_binding_widget(editor, "s5_text"), "Went through the safety plan together.")
    editor.step_by(1)  # step 6
    qtbot.keyClicks(_binding_widget(editor, "s6_text"), "Phone check-in Thursday.")
    editor.step_by(1)  # step 7
    editor.pages[6].skip_box.setChecked(True)
    editor.step_by(1)  # step 8
    qtbot.keyClicks(_binding_widget(editor, "impact"), "Heavy conversation; a bit drained.")


def test_submit_is_refused_with_messages_next_to_the_fields(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, settings)
    write_full_note(qtbot, editor)
    editor.submit()
    assert wait_for_operations()
    # Moderate risk without an action or a follow-up date: refused, and said where.
    assert editor.note.status == "draft"
    assert "action" in editor.bindings["risk_actions"].error_label.text()
    assert "check-in" in editor.bindings["follow_up_date"].error_label.text()
    assert editor.step_state(5) == "needs attention"
    assert editor.step_state(7) == "not addressed"
    assert editor.step_state(1) == "filled"
    # Nothing typed was lost by the refusal.
    stored = notes.get_note(sqlite_agency.db, sqlite_agency.wendy, editor.note.id).content
    assert stored.s1_expressed.startswith("Felt like giving up")
    assert stored.self_care is not None and "drained" in stored.self_care.impact


def test_full_note_submits_after_fixing_the_problems(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, settings)
    write_full_note(qtbot, editor)
    editor.submit()
    assert wait_for_operations()
    editor.go_to_step(5)
    editor.bindings["risk_actions"].widget.boxes["safety_plan_reviewed"].setChecked(True)
    editor.go_to_step(6)
    editor.bindings["follow_up_date"].widget.set_value(dt.date.today() + dt.timedelta(days=3))
    editor.submit()
    assert wait_for_operations()
    assert editor.note.status == "submitted", editor.message
    assert not editor.ui.submit_button.isVisible()
    assert editor.step_state(5) == "filled"
    view = notes.get_note(sqlite_agency.db, sqlite_agency.sam, editor.note.id)
    assert view.content.feelings == ("hopeless", "overwhelmed")
    assert view.content.goal_items[0]["text"] == "Call the union rep"


def test_autosave_after_typing_stops(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, settings)
    qtbot.keyClicks(editor.ui.summary_edit, "typed and left alone")
    assert editor.dirty
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    stored = notes.get_note(sqlite_agency.db, sqlite_agency.wendy, editor.note.id)
    assert stored.content.summary == "typed and left alone"
    assert editor.ui.save_state_label.text().startswith("Saved")


def test_keyboard_moves_between_steps(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, settings)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts only fire in the active window
    qtbot.keyClick(editor.ui.summary_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.ui.step_list.currentRow() == 1
    qtbot.keyClick(editor.ui.step_list, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert editor.ui.page_stack.currentWidget().step.number == 5


def test_other_workers_self_care_is_not_in_the_editor(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = _client(a)
    note = notes.create_draft(a.db, a.wendy, cid, complete_content())
    notes.submit(a.db, a.wendy, note.id, note.version)
    clients.assign_worker(a.db, a.sam, cid, a.will.id)
    view = notes.get_note(a.db, a.will, note.id)
    editor = NoteEditor(a.db, a.will, view, settings=settings)
    qtbot.addWidget(editor)
    assert "impact" not in editor.bindings
    assert all(p.step.number != 8 for p in editor.pages)
    assert not editor.ui.save_button.isVisibleTo(editor)


def test_typing_during_a_save_is_saved_on_close(qtbot, sqlite_agency, settings) -> None:  # type: ignore[no-untyped-def]
    """Saves run off the GUI thread: text typed while one is on its way is not lost, and
    closing waits for both the save in flight and one more for the rest."""
    editor = _editor(qtbot, sqlite_agency, settings)
    qtbot.keyClicks(editor.ui.summary_edit, "First part")
    editor.save_now()
    assert editor.saving
    qtbot.keyClicks(editor.ui.summary_edit, ", and the rest")
    assert editor.dirty
    editor.close()
    assert not editor.saving and not editor.dirty
    stored = notes.get_note(sqlite_agency.db, sqlite_agency.wendy, editor.note.id)
    assert stored.content.summary == "First part, and the rest"
    assert not settings.contains("recovery/open_note_id")  # a clean close
