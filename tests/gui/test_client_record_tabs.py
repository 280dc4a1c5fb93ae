"""The client record's tabs through the real widgets: each tab's main action, typed and
clicked as a person would, on a real (SQLite) database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.record_tabs.common import RecordDialog, RecordTab
from pswdesk.gui.risk_badge import RISK_ROLE
from pswdesk.services import care_team, consents, referrals, review, safety_plans
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window, wait_for_rows
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

HIGH = dict(
    risk_indicators=("self-harm",), risk_level=RiskLevel.HIGH, risk_actions=("crisis_protocol",)
)


def _record(qtbot, agency: Agency, who: str, client_id: int, settings) -> ClientRecord:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, agency.db, who, settings)
    record = window.open_client(client_id)
    assert record is not None
    return record


def _tab(qtbot, record: ClientRecord, key: str) -> RecordTab:  # type: ignore[no-untyped-def]
    tab = record.show_tab(key)
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded and not tab.loading, timeout=10_000)
    return tab


def _dialog(qtbot, tab: RecordTab) -> RecordDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=5_000)
    assert isinstance(tab.dialog, RecordDialog)
    return tab.dialog


def _save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()  # the save runs off the GUI thread


def _reloaded(qtbot, tab: RecordTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)


def test_goals_tab_adds_a_goal_keeps_text_on_refusal_and_adds_progress(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Gina")
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    tab = _tab(qtbot, record, "goals")
    assert tab.ui.empty_label.isVisibleTo(tab) and tab.model.rowCount() == 0

    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab)
    qtbot.keyClicks(dialog.ui.why_edit, "So I can see my kids on Sundays")
    _save(qtbot, dialog)  # no goal text: refused, and the reason typed stays
    assert dialog.isVisible()
    assert dialog.field_error("text") == "The goal cannot be empty."
    assert dialog.ui.why_edit.toPlainText() == "So I can see my kids on Sundays"
    qtbot.keyClicks(dialog.ui.text_edit, "Get a bus pass")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    wait_for_rows(qtbot, tab.ui.goals_table, 1)
    assert tab.model.row_at(0).text == "Get a bus pass"
    assert "So I can see my kids on Sundays" in tab.ui.goal_browser.toPlainText()

    tab.ui.goals_table.setFocus()
    qtbot.mouseClick(tab.ui.progress_button, Qt.MouseButton.LeftButton)
    progress = _dialog(qtbot, tab)
    qtbot.keyClicks(progress.ui.progress_edit, "Filled in the form at the library")
    _save(qtbot, progress)
    qtbot.waitUntil(lambda: len(tab.model.row_at(0).progress) == 1, timeout=10_000)
    assert "Filled in the form at the library" in tab.ui.goal_browser.toPlainText()
    assert "Wendy Worker" in tab.ui.goal_browser.toPlainText()


def test_strengths_tab_adds_and_retires_an_item(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Hana")
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    tab = _tab(qtbot, record, "strengths")
    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab)
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("community"))
    qtbot.keyClicks(dialog.ui.text_edit, "Tuesday walking group")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(tab.rows) == 1, timeout=10_000)
    tree = tab.ui.strengths_tree
    assert tree.topLevelItem(0).text(0) == "Community resources  (1)"
    assert tree.topLevelItem(0).child(0).text(0) == "Tuesday walking group"

    tab.select(next(iter(tab.rows)))
    qtbot.mouseClick(tab.ui.retire_button, Qt.MouseButton.LeftButton)
    retire = _dialog(qtbot, tab)
    qtbot.keyClicks(retire.ui.reason_edit, "The group stopped meeting")
    _save(qtbot, retire)
    qtbot.waitUntil(lambda: not tab.rows, timeout=10_000)
    assert tab.ui.empty_label.isVisibleTo(tab)


def test_safety_plan_tab_saves_versions_and_reads_an_old_one(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Ivy")
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    tab = _tab(qtbot, record, "safety_plan")
    assert tab.ui.empty_label.isVisibleTo(tab)
    qtbot.mouseClick(tab.ui.new_version_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab)
    qtbot.keyClicks(dialog.ui.warning_signs_edit, "Stops answering the phone")
    qtbot.keyClicks(dialog.ui.reasons_for_living_edit, "My dog, Pepper")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.latest is not None and tab.latest.version_no == 1, timeout=10_000)
    assert "Stops answering the phone" in tab.ui.plan_browser.toPlainText()

    qtbot.mouseClick(tab.ui.new_version_button, Qt.MouseButton.LeftButton)
    second = _dialog(qtbot, tab)
    assert second.ui.warning_signs_edit.toPlainText() == "Stops answering the phone"
    second.ui.warning_signs_edit.clear()
    qtbot.keyClicks(second.ui.warning_signs_edit, "Sleeping all day")
    _save(qtbot, second)
    qtbot.waitUntil(lambda: tab.latest is not None and tab.latest.version_no == 2, timeout=10_000)
    assert "Sleeping all day" in tab.ui.plan_browser.toPlainText()
    assert tab.ui.version_combo.count() == 2

    tab.ui.version_combo.setCurrentIndex(tab.ui.version_combo.findData(1))
    tab.show_version()
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.version_no == 1, timeout=10_000)
    assert "Stops answering the phone" in tab.ui.plan_browser.toPlainText()
    assert tab.ui.old_version_label.isVisibleTo(tab)
    assert "version 2" in tab.ui.old_version_label.text()


def test_safety_plan_saved_elsewhere_keeps_the_typed_text(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Jade")
    safety_plans.save_new_version(a.db, a.wendy, cid, SafetyPlanContent("First signs"), None)
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    tab = _tab(qtbot, record, "safety_plan")
    qtbot.mouseClick(tab.ui.new_version_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab)
    qtbot.keyClicks(dialog.ui.coping_strategies_edit, "Walk by the harbour")
    # Meanwhile the supervisor saves version 2 on another PC.
    safety_plans.save_new_version(a.db, a.sam, cid, SafetyPlanContent("Other signs"), 1)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Sam Supervisor saved version 2" in dialog.ui.error_label.text()
    assert dialog.ui.coping_strategies_edit.toPlainText() == "Walk by the harbour"
    _save(qtbot, dialog)  # said plainly, then saved as the next version
    qtbot.waitUntil(lambda: tab.latest is not None and tab.latest.version_no == 3, timeout=10_000)


def test_referrals_tab_adds_and_moves_a_referral_on(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Kim")
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    tab = _tab(qtbot, record, "referrals")
    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab)
    qtbot.keyClicks(dialog.ui.to_whom_edit, "Harbour Housing Office")
    qtbot.keyClicks(dialog.ui.reason_edit, "Rent arrears")
    dialog.ui.status_combo.setCurrentIndex(dialog.ui.status_combo.findData("made"))
    _save(qtbot, dialog)
    wait_for_rows(qtbot, tab.ui.referrals_table, 1)
    assert tab.model.row_at(0).status == "made"

    tab.ui.referrals_table.setFocus()
    qtbot.keyClick(tab.ui.referrals_table, Qt.Key.Key_Return)  # Enter changes the status
    change = _dialog(qtbot, tab)
    assert change.ui.status_combo.currentData() == "accepted"
    qtbot.keyClicks(change.ui.comment_edit, "First appointment on the 12th")
    _save(qtbot, change)
    qtbot.waitUntil(lambda: tab.model.row_at(0).status == "accepted", timeout=10_000)
    text = tab.ui.referral_browser.toPlainText()
    assert "Made" in text and "Accepted" in text and "First appointment on the 12th" in text


def test_care_team_tab_adds_edits_and_retires_a_member(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Lee")
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    tab = _tab(qtbot, record, "care_team")
    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab)
    qtbot.keyClicks(dialog.ui.name_edit, "Dr Amy Chen")
    qtbot.keyClicks(dialog.ui.role_edit, "GP")
    qtbot.keyClicks(dialog.ui.email_edit, "not an address")
    _save(qtbot, dialog)
    assert dialog.field_error("email") == "This does not look like an email address."
    assert dialog.ui.name_edit.text() == "Dr Amy Chen"
    dialog.ui.email_edit.setText("amy.chen@example.org")
    _save(qtbot, dialog)
    wait_for_rows(qtbot, tab.ui.members_table, 1)

    tab.ui.members_table.setFocus()
    qtbot.keyClick(tab.ui.members_table, Qt.Key.Key_Return)  # Enter edits
    edit = _dialog(qtbot, tab)
    edit.ui.organisation_edit.setText("Harbour Clinic")
    _save(qtbot, edit)
    qtbot.waitUntil(lambda: tab.model.row_at(0).organisation == "Harbour Clinic", timeout=10_000)

    qtbot.mouseClick(tab.ui.active_button, Qt.MouseButton.LeftButton)
    wait_for_rows(qtbot, tab.ui.members_table, 0)
    assert care_team.list_care_team(a.db, a.wendy, cid, include_inactive=True)[0].active is False


def test_consents_tab_records_and_revokes_a_consent(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Mo")
    care_team.add_member(a.db, a.wendy, cid, care_team.MemberInput("Dr Amy Chen", "GP"))
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    tab = _tab(qtbot, record, "consents")
    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab)
    assert dialog.ui.member_combo.currentText() == "Dr Amy Chen (GP)"
    qtbot.keyClicks(dialog.ui.purpose_edit, "Coordinated care")
    _save(qtbot, dialog)  # nothing ticked
    assert dialog.field_error("scope") == "Tick at least one kind of information."
    assert dialog.ui.purpose_edit.text() == "Coordinated care"
    dialog.ui.scope_goals_check.setChecked(True)
    dialog.ui.scope_follow_ups_check.setChecked(True)
    _save(qtbot, dialog)
    wait_for_rows(qtbot, tab.ui.consents_table, 1)
    row = tab.model.row_at(0)
    assert row.in_force and row.scope == ("goals", "follow_ups")
    assert "Planned follow-ups" in tab.ui.consent_browser.toPlainText()

    qtbot.mouseClick(tab.ui.revoke_button, Qt.MouseButton.LeftButton)
    revoke = _dialog(qtbot, tab)
    _save(qtbot, revoke)
    qtbot.waitUntil(lambda: not tab.model.row_at(0).in_force, timeout=10_000)
    assert tab.model.index(0, 1).data().startswith("Revoked")
    assert not consents.list_consents(a.db, a.wendy, cid)[0].in_force


def test_risk_history_and_the_header_alert_cleared_by_the_supervisor(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Nell")
    note = submitted_note(a, a.wendy, cid, **HIGH)
    review.approve(a.db, a.sam, note.id, note.version)
    record = _record(qtbot, a, "sam", cid, gui_settings)
    alerts = record.alerts
    qtbot.waitUntil(lambda: not alerts.ui.alert_frame.isHidden(), timeout=10_000)
    assert "high risk" in alerts.ui.alert_label.text()
    assert alerts.ui.clear_button.isEnabled()
    # Risk is high and there is no plan: the header says so and links to the tab.
    assert "no safety plan" in alerts.ui.plan_label.text()

    tab = _tab(qtbot, record, "risk")
    wait_for_rows(qtbot, tab.ui.risk_table, 1)
    assert tab.model.index(0, 1).data(RISK_ROLE) == "high"
    opened: list[tuple[int, int]] = []
    record.open_note.connect(lambda c, n: opened.append((c, n)))
    tab.ui.risk_table.setFocus()
    qtbot.keyClick(tab.ui.risk_table, Qt.Key.Key_Return)
    assert opened == [(cid, note.id)]

    qtbot.mouseClick(alerts.ui.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alerts.dialog is not None and alerts.dialog.isVisible(), timeout=5_000)
    dialog = alerts.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.reason_edit, "Spoke with her; safe at her sister's")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: alerts.ui.alert_frame.isHidden(), timeout=10_000)


def test_the_worker_who_raised_the_alert_gets_no_clear_button(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Opal")
    submitted_note(a, a.wendy, cid, **HIGH)
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    qtbot.waitUntil(lambda: not record.alerts.ui.alert_frame.isHidden(), timeout=10_000)
    assert record.alerts.ui.clear_button.isHidden()


def test_follow_ups_on_the_overview(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Pia")
    record = _record(qtbot, a, "wendy", cid, gui_settings)
    panel = record.follow_ups
    qtbot.waitUntil(lambda: panel.loaded, timeout=10_000)
    qtbot.mouseClick(panel.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, panel)
    qtbot.keyClicks(dialog.ui.description_edit, "Phone about the appointment")
    _save(qtbot, dialog)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 1)
    due = panel.model.row_at(0).due_date
    assert due == dt.date.today() + dt.timedelta(days=7)
    qtbot.mouseClick(panel.ui.done_button, Qt.MouseButton.LeftButton)
    _save(qtbot, _dialog(qtbot, panel))  # the outcome chooser, "Reached" preselected
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 0)
    panel.ui.show_done_check.setChecked(True)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 1)
    assert panel.model.row_at(0).done_at is not None


def test_stale_referrals_view_opens_the_clients_referrals(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Quinn")
    long_ago = dt.date.today() - dt.timedelta(days=60)
    referrals.add_referral(a.db, a.wendy, cid, "Debt advice", "Bills", "made", on=long_ago)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    activate(qtbot, window)
    page = window.show_view("stale_referrals")
    assert page is not None
    view = page.ui.table_view
    wait_for_rows(qtbot, view, 1)
    assert page.model.row_at(0).to_whom == "Debt advice"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    record = window.current_record()
    assert record is not None and record.client_id == cid
    tab = record.tabs["referrals"]
    assert record.ui.record_tabs.currentWidget().isAncestorOf(tab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    assert "No answer for 60 days" in tab.ui.referral_browser.toPlainText()


def test_each_part_is_one_click_from_the_record(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    """Clicking a tab is all it takes: each shows its content without another step."""
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Rue")
    note = submitted_note(a, a.wendy, cid)
    review.approve(a.db, a.sam, note.id, note.version)
    safety_plans.save_new_version(a.db, a.wendy, cid, SafetyPlanContent("Signs"), None)
    member = care_team.add_member(a.db, a.wendy, cid, care_team.MemberInput("Dr Amy Chen"))
    consents.record_consent(
        a.db, a.wendy, cid,
        consents.ConsentInput("Care", ["goals"], dt.date.today(), care_team_member_id=member.id),
    )  # fmt: skip
    record = _record(qtbot, a, "sam", cid, gui_settings)
    bar = record.ui.record_tabs.tabBar()
    expect = {
        "goals": lambda t: "Progress" in t.ui.goal_browser.toPlainText(),
        "safety_plan": lambda t: "Signs" in t.ui.plan_browser.toPlainText(),
        "referrals": lambda t: "Community kitchen" in t.ui.referral_browser.toPlainText(),
        "care_team": lambda t: t.model.row_at(0).name == "Dr Amy Chen",
        "consents": lambda t: "may be shared today" in t.ui.consent_browser.toPlainText(),
    }
    titles = {"goals": "Goals", "safety_plan": "Safety plan", "referrals": "Referrals",
              "care_team": "Care team", "consents": "Consents"}  # fmt: skip
    assert record.tabs == {}  # nothing built before it is shown
    for key, shows in expect.items():
        tabs = record.ui.record_tabs
        index = next(
            i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == titles[key]
        )
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        qtbot.waitUntil(lambda k=key: k in record.tabs and record.tabs[k].loaded, timeout=10_000)
        assert shows(record.tabs[key]), key


def test_an_open_tab_shows_a_change_made_in_another_window(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """Approving a note elsewhere announces RECORD for the client: its open goals tab
    reloads by itself, and a tab of another client does not."""
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Quinn")
    other = new_client(a, a.wendy, "Rae")
    note = submitted_note(a, a.wendy, cid)  # carries a goal, copied on approval
    window = main_window(qtbot, a.db, "sam", gui_settings)
    other_record = window.open_client(other)
    assert other_record is not None
    other_tab = _tab(qtbot, other_record, "goals")
    generation = other_tab._generation
    record = window.open_client(cid)
    assert record is not None
    tab = _tab(qtbot, record, "goals")
    assert tab.model.rowCount() == 0

    viewer = NoteViewer(a.db, a.sam, note.id)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    viewer.approve()
    assert wait_for_operations()
    wait_for_rows(qtbot, tab.ui.goals_table, 1)
    assert other_tab._generation == generation and other_tab.loaded  # not its client
