"""Risk continuity with real widgets: step 5 with an open alert, the caseload's
"Needs contact", the section above the review queue, and the two settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from pswdesk.framework import RiskAction
from pswdesk.gui.caseload_model import NEEDS_CONTACT
from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.list_pages import ReviewQueuePage
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.services import followups, notes, risk_alerts, safety_plans, users
from pswdesk.services.access import Actor
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.gui.helpers import double_click_row, wait_for_rows
from tests.notes_support import full_content, new_client, submitted_note

pytestmark = pytest.mark.gui

NOW = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today


def at_risk(
    a: Agency, worker: Actor, name: str, level: RiskLevel, days_ago: float = 0, done: bool = True
) -> int:
    """A client rated ``level`` ``days_ago``, the note's follow-up done (nothing planned)."""
    cid = new_client(a, worker, name)
    note = submitted_note(
        a, worker, cid, contact_at=NOW - dt.timedelta(days=days_ago), risk_level=level,
        risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED,),
        follow_up_date=today() + dt.timedelta(days=30),
    )  # fmt: skip
    if done:
        for f in followups.client_follow_ups(a.db, worker, cid):
            if f.note_id == note.id:
                followups.complete_follow_up(a.db, worker, f.id)
    return cid


def open_editor(qtbot, a: Agency, cid: int, gui_settings, **content: object) -> NoteEditor:  # type: ignore[no-untyped-def]
    draft = notes.create_draft(a.db, a.wendy, cid, full_content(**content))
    editor = NoteEditor(a.db, a.wendy, draft, settings=gui_settings)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.risk_context is not None
    qtbot.waitUntil(lambda: editor.risk_context is not None and editor.risk_context.loaded)
    editor.go_to_step(5)
    return editor


def safety_page(editor: NoteEditor):  # type: ignore[no-untyped-def]
    return next(p for p in editor.pages if p.step.number == 5)


# -- step 5 ------------------------------------------------------------------------------


def test_step_5_shows_the_alert_and_plan_and_cannot_be_skipped(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = at_risk(a, a.wendy, "Hal Example", RiskLevel.HIGH)
    safety_plans.save_new_version(
        a.db, a.wendy, cid,
        SafetyPlanContent(warning_signs="Stops answering texts", people_to_ask="Sister: 555-0101"),
        None,
    )  # fmt: skip
    editor = open_editor(qtbot, a, cid, gui_settings)
    ctx = editor.risk_context
    assert ctx is not None and editor.open_risk_alert
    assert ctx.panel.isVisible()
    text = ctx.panel.text
    assert "Open risk alert: High" in text
    assert "by Wendy Worker" in text and "no supervisor has cleared the alert" in text
    assert "Warning signs" in text and "Stops answering texts" in text
    assert "Sister: 555-0101" in text and "version 1" in text
    page = safety_page(editor)
    assert not page.skip_box.isEnabled()
    assert ctx.refused_label.isVisible()
    assert "cannot be marked not addressed" in page.skip_box.toolTip()
    editor.close()


def test_a_draft_that_skipped_step_5_may_untick_it_and_the_check_says_why(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = at_risk(a, a.wendy, "Hal Example", RiskLevel.IMMINENT)
    editor = open_editor(
        qtbot, a, cid, gui_settings, not_addressed=("safety",), risk_level=None,
        risk_indicators=(), risk_actions=(), s5_text="", follow_up_date=None,
    )  # fmt: skip
    ctx = editor.risk_context
    assert ctx is not None
    assert "No safety plan on record yet" in ctx.panel.text
    problems = notes.validate_for_submit(editor.content(), open_risk_alert=editor.open_risk_alert)
    assert "open risk alert" in problems["step.safety"]
    page = safety_page(editor)
    assert page.skip_box.isChecked() and page.skip_box.isEnabled()
    page.skip_box.setChecked(False)
    assert not page.skip_box.isEnabled()  # once unticked, it stays so
    editor.close()


def test_no_alert_no_panel(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = at_risk(a, a.wendy, "Hal Example", RiskLevel.HIGH)
    risk_alerts.clear_risk_alert(a.db, a.sam, cid, "seen by the crisis team")
    editor = open_editor(qtbot, a, cid, gui_settings)
    ctx = editor.risk_context
    assert ctx is not None and not editor.open_risk_alert
    assert not ctx.panel.isVisible() and not ctx.refused_label.isVisible()
    assert safety_page(editor).skip_box.isEnabled()
    editor.close()


# -- the caseload ---------------------------------------------------------------------------


def test_the_caseload_marks_and_puts_first_who_needs_contact(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    at_risk(a, a.wendy, "Zed Fresh", RiskLevel.IMMINENT)  # seen just now
    at_risk(a, a.wendy, "Imogen Unseen", RiskLevel.HIGH, days_ago=9)
    new_client(a, a.wendy, "Aaron Calm")
    page = CaseloadPage(a.db, a.wendy, "mine", "My caseload")
    qtbot.addWidget(page)
    wait_for_rows(qtbot, page.ui.table_view, 3)
    contact = [c.title for c in page.model.columns].index("Contact")
    names = [page.model.row_at(i).preferred_name for i in range(3)]
    assert names == ["Imogen Unseen", "Zed Fresh", "Aaron Calm"]  # before imminent risk
    assert page.model.index(0, contact).data() == NEEDS_CONTACT
    assert "no contact or follow-up" in page.model.index(0, contact).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert page.model.index(1, contact).data() == ""
    assert page.model.index(2, contact).data() == ""


# -- the review queue -------------------------------------------------------------------------


def test_the_queue_lists_the_team_clients_who_need_contact_first(qtbot, agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = agency
    wren = at_risk(a, a.wendy, "Wren Example", RiskLevel.IMMINENT, days_ago=3)
    at_risk(a, a.will, "Wilf Example", RiskLevel.HIGH, days_ago=8)
    at_risk(a, a.walt, "Other Team", RiskLevel.IMMINENT, days_ago=3)
    page = ReviewQueuePage(a.db, a.sam)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    section = page.needs_contact
    qtbot.waitUntil(lambda: section.isVisible() and len(section.rows()) == 2, timeout=10_000)
    assert [r.client_name for r in section.rows()] == ["Wren Example", "Wilf Example"]
    assert "Needs contact: 2 clients" in section.title_label.text()
    assert "2 days at imminent risk and 7 days at high risk" in section.hint_label.text()
    layout = page.ui.main_layout
    assert layout.indexOf(section) < layout.indexOf(page.ui.table_view)  # above the notes
    assert section.model.index(0, 2).data() == "3 days ago"

    with qtbot.waitSignal(page.open_client, timeout=5_000) as opened:
        double_click_row(qtbot, section.view, 0)
    assert opened.args == [wren]

    followups.add_follow_up(a.db, a.wendy, wren, today() + dt.timedelta(days=1), "call")
    page.refresh()
    qtbot.waitUntil(lambda: [r.client_name for r in section.rows()] == ["Wilf Example"])
    wilf = section.rows()[0].client_id
    submitted_note(a, a.will, wilf, risk_level=None, follow_up_date=None)
    page.refresh()
    qtbot.waitUntil(lambda: not section.isVisible(), timeout=10_000)
    assert section.rows() == []


# -- the settings ------------------------------------------------------------------------------


def test_the_settings_page_saves_the_days_and_shows_a_refusal(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    page = SettingsPage(a.db, a.admin)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.agency is not None)
    imminent = page.needs_contact_spins["needs_contact_imminent_days"]
    high = page.needs_contact_spins["needs_contact_high_days"]
    assert (imminent.value(), high.value()) == (2, 7)
    assert (imminent.minimum(), imminent.maximum()) == (1, 14)
    imminent.setValue(3)
    high.setValue(10)
    page.save()
    qtbot.waitUntil(lambda: not page.saving)
    saved = users.get_agency(a.db)
    assert (saved.needs_contact_imminent_days, saved.needs_contact_high_days) == (3, 10)

    imminent.setValue(12)  # longer than high risk's 10
    page.save()
    qtbot.waitUntil(lambda: not page.saving)
    assert not page.ui.error_label.isHidden()
    assert "at least as soon as high risk" in page.ui.error_label.text()
    assert users.get_agency(a.db).needs_contact_imminent_days == 3
