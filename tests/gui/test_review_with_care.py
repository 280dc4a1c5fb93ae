"""Review with care, through the real windows: the look before signing an urgent note,
Next in queue after a decision, and the submit check's list of problems as links."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from sqlalchemy import select

from pswdesk.framework import RiskAction
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import QUEUE_EMPTY, NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.sign_confirmation import NO_PLAN, SignConfirmation
from pswdesk.models import AuditEntry
from pswdesk.services import notes, review, safety_plans
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import NoteStatus, RiskLevel
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window
from tests.notes_support import full_content, new_client, submitted_note

pytestmark = pytest.mark.gui

HIGH = dict(
    risk_level=RiskLevel.HIGH,
    risk_indicators=("thoughts of suicide",),
    risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED.value,),
)


def _viewer(qtbot, a: Agency, note_id: int) -> NoteViewer:  # type: ignore[no-untyped-def]
    viewer = NoteViewer(a.db, a.sam, note_id)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    return viewer


def _confirmation(qtbot, viewer: NoteViewer) -> SignConfirmation:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: viewer.sign_dialog is not None and viewer.sign_dialog.isVisible())
    assert viewer.sign_dialog is not None
    return viewer.sign_dialog


def _status(a: Agency, note_id: int) -> str:
    return notes.get_note(a.db, a.sam, note_id).status


def _risk_acknowledged(a: Agency, note_id: int) -> object:
    with a.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "note.approved", AuditEntry.entity_id == note_id
            )
        ).one()
        return entry.details.get("risk_acknowledged")


def test_a_high_risk_note_shows_its_risk_actions_and_plan_before_signing(
    qtbot, sqlite_agency: Agency
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Ari <b>Example</b>")
    safety_plans.save_new_version(
        a.db, a.wendy, cid,
        SafetyPlanContent(warning_signs="Stops answering texts", people_to_ask="Sister, 555 0101"),
        None,
    )  # fmt: skip
    note = submitted_note(a, a.wendy, cid, **HIGH)
    viewer = _viewer(qtbot, a, note.id)

    viewer.ui.approve_button.click()
    dialog = _confirmation(qtbot, viewer)
    text = dialog.text
    assert "Risk level: High" in text and "thoughts of suicide" in text
    assert "Safety plan reviewed: yes" in text
    assert "Support people told: not recorded" in text
    assert "Emergency services involved: not recorded" in text
    assert "Stops answering texts" in text and "Sister, 555 0101" in text
    assert "Ari <b>Example</b>" in text  # typed text is shown as typed, not as markup
    assert NO_PLAN not in text
    assert dialog.back_button.isDefault() and not dialog.sign_button.isDefault()

    # Going back leaves the note waiting, and says so.
    dialog.back_button.click()
    assert not dialog.isVisible()
    assert _status(a, note.id) == NoteStatus.SUBMITTED
    assert viewer.message.startswith("Not signed")
    assert viewer.ui.approve_button.isEnabled()
    assert not viewer.next_button.isVisible()

    # Asked again and confirmed: signed, with the acknowledgement in the audit log.
    viewer.ui.approve_button.click()
    dialog = _confirmation(qtbot, viewer)
    dialog.sign_button.click()
    assert wait_for_operations()
    qtbot.waitUntil(lambda: _status(a, note.id) == NoteStatus.APPROVED)
    assert _risk_acknowledged(a, note.id) is True
    qtbot.waitUntil(lambda: viewer.message.startswith("Approved and signed"))
    assert viewer.next_button.isVisible()


def test_an_imminent_note_with_no_plan_says_so(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    note = submitted_note(
        a, a.wendy, new_client(a, a.wendy), risk_level=RiskLevel.IMMINENT,
        risk_indicators=("means at hand",), risk_actions=(RiskAction.EMERGENCY_SERVICES.value,),
    )  # fmt: skip
    viewer = _viewer(qtbot, a, note.id)
    viewer.approve()
    dialog = _confirmation(qtbot, viewer)
    assert NO_PLAN in dialog.text and "Risk level: Imminent" in dialog.text
    assert "Safety plan reviewed: not recorded" in dialog.text
    assert "Emergency services involved: yes" in dialog.text
    dialog.reject()  # Escape
    assert _status(a, note.id) == NoteStatus.SUBMITTED


def test_low_risk_is_signed_without_the_confirmation(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    note = submitted_note(a, a.wendy, new_client(a, a.wendy))
    viewer = _viewer(qtbot, a, note.id)
    viewer.ui.approve_button.click()
    assert wait_for_operations()
    qtbot.waitUntil(lambda: _status(a, note.id) == NoteStatus.APPROVED)
    assert viewer.sign_dialog is None
    assert not any(isinstance(w, SignConfirmation) for w in QApplication.topLevelWidgets())
    assert _risk_acknowledged(a, note.id) is None


def test_next_in_queue_follows_the_queue_order_then_says_it_is_empty(
    qtbot, sqlite_agency: Agency, gui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Billie")
    oldest_low = submitted_note(a, a.wendy, cid)
    high = submitted_note(a, a.wendy, cid, **HIGH)
    newest_low = submitted_note(a, a.will, new_client(a, a.will, "Cass"))
    order = [r.id for r in review.review_queue(a.db, a.sam)]
    assert order == [high.id, oldest_low.id, newest_low.id]

    window = main_window(qtbot, a.db, "sam", gui_settings)
    window.open_note_editor(cid, high.id)
    qtbot.waitUntil(lambda: high.id in window.note_windows)
    viewer = window.note_windows[high.id]
    assert isinstance(viewer, NoteViewer)
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)

    viewer.approve()
    _confirmation(qtbot, viewer).sign_button.click()
    qtbot.waitUntil(lambda: viewer.next_button.isVisible(), timeout=10_000)

    # Next in queue (the button): the same window now shows the head of the queue.
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.view is not None and viewer.view.id == oldest_low.id)
    assert viewer.ui.review_box.isVisible() and not viewer.next_button.isVisible()
    assert window.note_windows.get(oldest_low.id) is viewer
    assert high.id not in window.note_windows
    assert window.open_note_editor(cid, oldest_low.id) is viewer  # one window per note

    # Returned with a comment, then Alt+N: the next one.
    qtbot.keyClicks(viewer.ui.comment_edit, "Please add the date of the next call.")
    viewer.ui.return_button.click()
    qtbot.waitUntil(lambda: viewer.next_button.isVisible(), timeout=10_000)
    assert _status(a, oldest_low.id) == NoteStatus.RETURNED
    activate(qtbot, viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: viewer.view is not None and viewer.view.id == newest_low.id)
    assert viewer.view.client_name == "Cass" and "Cass" in viewer.windowTitle()

    # The last one signed: the queue is empty, and the window says so and stays.
    viewer.ui.approve_button.click()
    qtbot.waitUntil(lambda: viewer.next_button.isVisible(), timeout=10_000)
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.message == QUEUE_EMPTY, timeout=10_000)
    assert viewer.view.id == newest_low.id and viewer.isVisible()
    viewer.close()
    qtbot.waitUntil(lambda: newest_low.id not in window.note_windows)
    assert window.note_windows == {}


def test_next_in_queue_closes_a_second_window_of_the_same_note(
    qtbot, sqlite_agency: Agency, gui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy)
    first = submitted_note(a, a.wendy, cid)
    second = submitted_note(a, a.wendy, cid)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    for nid in (first.id, second.id):
        window.open_note_editor(cid, nid)
        qtbot.waitUntil(lambda nid=nid: nid in window.note_windows)
    viewer, other = window.note_windows[first.id], window.note_windows[second.id]
    assert isinstance(viewer, NoteViewer)
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    viewer.approve()
    qtbot.waitUntil(lambda: viewer.next_button.isVisible(), timeout=10_000)
    viewer.next_in_queue()
    qtbot.waitUntil(lambda: viewer.view is not None and viewer.view.id == second.id)
    qtbot.waitUntil(lambda: not isValid(other))  # closed (and deleted on close)
    assert window.note_windows == {second.id: viewer}


# -- the submit check -----------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path) -> QSettings:  # type: ignore[no-untyped-def]
    return QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat)


def _editor(qtbot, a: Agency, settings: QSettings, **content: object) -> NoteEditor:  # type: ignore[no-untyped-def]
    cid = new_client(a, a.wendy)
    draft = notes.create_draft(a.db, a.wendy, cid, full_content(**content))
    editor = NoteEditor(a.db, a.wendy, notes.get_note(a.db, a.wendy, draft.id), settings=settings)
    qtbot.addWidget(editor)
    editor.show()
    activate(qtbot, editor)
    return editor


def _links(editor: NoteEditor) -> list[str]:
    return re.findall(r"href=['\"]([^'\"]+)['\"]", editor.summary_page.text())


def _check_lines(editor: NoteEditor) -> list[str]:
    return [ln for ln in editor.summary_text.splitlines() if ln.startswith("• ")]


def test_the_submit_check_lists_each_problem_once_with_empty_steps_in_one_line(
    qtbot, sqlite_agency: Agency, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(
        qtbot, sqlite_agency, settings,
        summary="", s2_questions="", s2_insights="", s4_text="", strength_items=(), s6_text="",
        s6_care_team="", follow_up_date=None, risk_level=RiskLevel.HIGH,
        risk_indicators=("thoughts of suicide",), risk_actions=(),
    )  # fmt: skip
    editor.submit()
    assert wait_for_operations()
    assert editor.note.status == NoteStatus.DRAFT
    lines = _check_lines(editor)
    assert "• Steps 2, 4 and 6 are empty: write what happened or mark them not addressed" in lines
    assert sum("empty" in ln for ln in lines) == 1
    assert len(lines) == len(set(lines))  # each problem once
    assert any(ln.startswith("• Short summary:") for ln in lines)
    assert any(ln.startswith("• Actions taken (step 5): high risk needs") for ln in lines)
    assert any(ln.startswith("• Next check-in (step 6): high risk needs") for ln in lines)
    links = _links(editor)
    assert len(links) == len(set(links))
    wanted = {"summary", "risk_actions", "step.exploring", "step.strengths", "step.follow_up"}
    assert wanted <= set(links)


def test_a_single_empty_step_reads_as_one(
    qtbot, sqlite_agency: Agency, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, settings, s7_text="", referral_items=())
    editor.ui.step_list.setCurrentRow(editor.ui.step_list.count() - 1)
    assert _check_lines(editor) == [
        "• Step 7 is empty: write what happened or mark it not addressed"
    ]


def test_the_submit_check_links_jump_to_their_field(
    qtbot, sqlite_agency: Agency, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(
        qtbot, sqlite_agency, settings, summary="", s4_text="", strength_items=(),
        risk_level=RiskLevel.HIGH, risk_indicators=("thoughts of suicide",), risk_actions=(),
    )  # fmt: skip
    editor.submit()
    assert wait_for_operations()
    check_row = editor.ui.step_list.count() - 1
    assert editor.ui.step_list.currentRow() == check_row

    editor.summary_page.linkActivated.emit("summary")
    assert editor.ui.step_list.currentRow() == 0
    qtbot.waitUntil(lambda: editor.ui.summary_edit.hasFocus())

    editor.ui.step_list.setCurrentRow(check_row)
    editor.summary_page.linkActivated.emit("risk_actions")
    assert editor.ui.page_stack.currentWidget() is editor.pages[4]  # step 5
    actions = editor.bindings["risk_actions"].widget
    qtbot.waitUntil(lambda: actions.isAncestorOf(QApplication.focusWidget()))

    editor.ui.step_list.setCurrentRow(check_row)
    editor.summary_page.linkActivated.emit("step.strengths")
    assert editor.ui.page_stack.currentWidget() is editor.pages[3]
    s4 = editor.bindings["s4_text"].widget
    qtbot.waitUntil(lambda: s4.hasFocus())

    # By keyboard: Tab reaches the first link, Enter follows it.
    editor.ui.step_list.setCurrentRow(check_row)
    editor.summary_page.setFocus()
    qtbot.keyClick(editor.summary_page, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.summary_page, Qt.Key.Key_Return)
    first = _links(editor)[0]
    assert first == "summary"
    qtbot.waitUntil(lambda: editor.ui.summary_edit.hasFocus())


def test_a_problem_on_a_step_marked_not_addressed_jumps_to_its_box(
    qtbot, sqlite_agency: Agency, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, settings, not_addressed=("referral",))
    editor.ui.step_list.setCurrentRow(editor.ui.step_list.count() - 1)
    lines = _check_lines(editor)
    assert len(lines) == 1 and "marked not addressed but has content" in lines[0]
    editor.summary_page.linkActivated.emit("step.referral")
    assert editor.ui.page_stack.currentWidget() is editor.pages[6]
    qtbot.waitUntil(lambda: editor.pages[6].skip_box.hasFocus())
