"""French (Canada): the dialogs a worker opens from a client's record show no English.

Each dialog is opened with the French translators installed, filled the way a person
would see it, and checked with ``assert_french`` (tests/gui/test_french.py): a text that
is an English source of the catalogue, or an English sentence never wrapped, fails.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from pswdesk.framework import RiskAction
from pswdesk.gui.assign_dialog import AssignDialog
from pswdesk.gui.brief_contact_dialog import BriefContactDialog
from pswdesk.gui.change_password_dialog import ChangePasswordDialog
from pswdesk.gui.close_dialog import CloseDialog, close_banner, reopen_dialog
from pswdesk.gui.follow_up_actions import OutcomeDialog, OwnerDialog, overdue_text
from pswdesk.gui.handover_dialog import HandoverDialog
from pswdesk.gui.merge_dialog import MergeDialog, detail_html
from pswdesk.gui.reassign_dialog import ReassignDialog
from pswdesk.gui.record_tabs.care_team_tab import CareTeamDialog
from pswdesk.gui.record_tabs.consents_tab import ConsentDialog, RevokeConsentDialog
from pswdesk.gui.record_tabs.follow_ups_panel import FollowUpDialog
from pswdesk.gui.record_tabs.goals_tab import GoalDialog, GoalProgressDialog
from pswdesk.gui.record_tabs.referrals_tab import ReferralDialog, ReferralStatusDialog
from pswdesk.gui.record_tabs.safety_plan_tab import SafetyPlanDialog
from pswdesk.gui.record_tabs.strengths_tab import StrengthDialog
from pswdesk.gui.sign_confirmation import SignConfirmation
from pswdesk.services import (
    care_team,
    clients,
    closing,
    consents,
    followups,
    goals,
    referrals,
    safety_plans,
    strengths,
)
from pswdesk.services.care_team import MemberInput
from pswdesk.services.goals import GoalInput
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.services.sign_check import sign_check
from pswdesk.vocabulary import CloseReason, FollowUpOutcome, RiskLevel, StrengthKind
from tests.conftest import Agency
from tests.gui.helpers import open_window
from tests.gui.test_french import (  # noqa: F401
    assert_french,
    english_left,
    french,
    settle,
)
from tests.notes_support import SUMMARY, new_client, submitted_note
from tests.test_handover import approved, consent

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("french")]


def test_handover_dialog_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin Marker")
    approved(a, cid, "A1", days_ago=10)
    consent(a, cid, ["goals", "contacts"], recipient="Eastside Clinic")
    dialog = HandoverDialog(a.db, a.wendy, cid, "Robin Marker")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.recipient_combo.isEnabled() and dialog.plan is not None)
    settle(qtbot, dialog)
    assert dialog.windowTitle() == "Sommaire de transfert — Robin Marker"
    data = ("Robin Marker", "Eastside Clinic", "English", "Français")
    assert_french(dialog, "handover settings", data=data)
    assert "Couvre\u00a0:" in dialog.ui.consent_label.text()
    assert "contact approuvé" in dialog.ui.contacts_label.text()

    qtbot.mouseClick(dialog.ui.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.generated is not None
    settle(qtbot, dialog)
    assert dialog.ui.generate_status.text().startswith("Terminé\u00a0: ")
    assert_french(dialog, "handover preview", data=data)
    dialog.ui.right_tabs.setCurrentWidget(dialog.ui.history_tab)
    settle(qtbot, dialog)
    assert_french(dialog, "handover history", data=data)

    dialog.ui.emergency_check.setChecked(True)
    dialog.generate()  # refused: no reason typed
    assert_french(dialog, "emergency disclosure", data=data)


def test_brief_contact_dialog_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    dialog = BriefContactDialog(a.db, a.wendy, cid, "Robin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Inscrire un bref contact — Robin"
    assert_french(dialog, "brief contact", data=("Robin",))
    combo = dialog.form.risk_combo
    combo.setCurrentIndex(combo.findData(RiskLevel.HIGH.value))  # a full note is needed
    assert "note complète" in dialog._errors["risk_level"].text()
    assert_french(dialog, "brief contact at high risk", data=("Robin",))


def test_sign_confirmation_of_an_urgent_note_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Ari")
    safety_plans.save_new_version(
        a.db, a.wendy, cid, SafetyPlanContent(warning_signs="Stops answering texts"), None
    )
    note = submitted_note(
        a, a.wendy, cid,
        risk_level=RiskLevel.HIGH,
        risk_indicators=("thoughts of suicide",),
        risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED.value,),
    )  # fmt: skip
    dialog = SignConfirmation(sign_check(a.db, a.sam, note.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Signer une note à risque élevé — Ari"
    text = dialog.text  # the plain text of a document writes a no-break space as a space
    assert "Niveau de risque : Élevé" in text
    assert "Plan de sécurité revu : oui" in text
    assert "Signes avant-coureurs" in text and "Stops answering texts" in text
    assert "Risk" not in text and "Not filled in" not in text
    assert_french(dialog, "sign confirmation", data=("Ari", "thoughts of suicide"))


def test_follow_up_dialogs_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    row = followups.add_follow_up(a.db, a.wendy, cid, dt.date.today(), "Call back about housing")
    data = ("Robin", "Call back about housing", "Wendy Worker", "Will Worker", "Sam Supervisor")
    outcome = OutcomeDialog(a.db, a.wendy, row)
    qtbot.addWidget(outcome)
    outcome.show()
    assert outcome.windowTitle() == "Suivi fait"
    assert_french(outcome, "follow-up outcome", data=data)
    outcome.choose(FollowUpOutcome.RESCHEDULED)
    assert_french(outcome, "follow-up rescheduled", data=data)
    owner = OwnerDialog(a.db, a.wendy, row)
    qtbot.addWidget(owner)
    owner.show()
    settle(qtbot, owner)
    assert owner.form.owner_combo.count() > 1
    assert_french(owner, "follow-up owner", data=data)
    assert overdue_text(row) == "aujourd’hui"


def test_close_and_reopen_dialogs_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    row = followups.add_follow_up(a.db, a.wendy, cid, dt.date.today(), "Call back about housing")
    data = ("Robin", "Call back about housing", "Wendy Worker", "Sam Supervisor")
    detail = clients.get_client(a.db, a.sam, cid, audit_open=False)
    dialog = CloseDialog(a.db, a.sam, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.blockers is not None, timeout=10_000)
    settle(qtbot, dialog)
    assert dialog.windowTitle() == "Fermer le dossier de Robin"
    assert dialog.ui.blockers_status.text().startswith("À régler d’abord\u00a0: 1 suivi ouvert")
    assert_french(dialog, "close with a follow-up open", data=data)
    dialog.save()  # refused: no reason chosen
    assert_french(dialog, "close without a reason", data=data)

    followups.complete_follow_up(a.db, a.wendy, row.id, FollowUpOutcome.REACHED, "")
    closed = closing.close_client(
        a.db, a.sam, cid, detail.version, CloseReason.GOALS_MET, dt.date.today(), ""
    )
    assert "Objectifs atteints" in close_banner(closed)
    reopen = reopen_dialog(a.db, a.sam, closed)
    qtbot.addWidget(reopen)
    reopen.show()
    assert reopen.windowTitle() == "Rouvrir le dossier de Robin"
    assert_french(reopen, "reopen", data=data)


def test_assign_reassign_and_merge_dialogs_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    other = new_client(a, a.wendy, "Robyn")
    data = (
        "Robin",
        "Robyn",
        "Wendy Worker",
        "Will Worker",
        "Sam Supervisor",
        "Sam Supervisor (vous)",
    )
    detail = clients.get_client(a.db, a.sam, cid, audit_open=False)
    assign = AssignDialog(a.db, a.sam, detail)
    qtbot.addWidget(assign)
    assign.show()
    settle(qtbot, assign)
    assert assign.windowTitle() == "Qui porte le dossier de Robin"
    assert_french(assign, "assign", data=data)

    reassign = ReassignDialog(a.db, a.sam)
    qtbot.addWidget(reassign)
    reassign.show()
    settle(qtbot, reassign)
    assert_french(reassign, "reassign a caseload", data=data)

    merge = MergeDialog(a.db, a.sam, detail)
    qtbot.addWidget(merge)
    merge.show()
    settle(qtbot, merge)
    assert merge.windowTitle() == "Fusionner le dossier de Robin avec un autre"
    assert_french(merge, "merge", data=data)
    merge.ui.other_view.setText(
        detail_html(clients.get_client(a.db, a.sam, other, audit_open=False))
    )
    assert "Nom légal" in merge.ui.other_view.text()
    assert_french(merge, "merge, the other record shown", data=data)


def test_record_alerts_and_tabs_with_content_in_french(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    approved(a, cid, "A1", days_ago=3)
    consent(a, cid, ["goals", "contacts"], recipient="Eastside Clinic")
    followups.add_follow_up(
        a.db, a.wendy, cid, dt.date.today() - dt.timedelta(days=2), "Call back about housing",
        today=dt.date.today() - dt.timedelta(days=5),
    )  # fmt: skip
    submitted_note(
        a, a.wendy, cid,
        risk_level=RiskLevel.HIGH,
        risk_indicators=("isolation",),
        risk_actions=(RiskAction.SUPPORT_SYSTEM_TOLD.value,),
    )  # fmt: skip
    goals.add_goal(a.db, a.wendy, cid, GoalInput("Find stable housing", "A place of my own"))
    referrals.add_referral(a.db, a.wendy, cid, "Housing Help", "Waiting list")
    strengths.add_strength(a.db, a.wendy, cid, StrengthKind.SUPPORT.value, "Sister nearby")
    care_team.add_member(a.db, a.wendy, cid, MemberInput("Dr Rivera", "GP"))
    safety_plans.save_new_version(
        a.db, a.wendy, cid, SafetyPlanContent(warning_signs="Stops answering texts"), None
    )
    window = open_window(qtbot, a.db, a.wendy, gui_settings)
    record = window.open_client(cid)
    assert record is not None
    settle(qtbot, window)
    data = (
        "Robin", "Eastside Clinic", "Call back about housing", "isolation", "Wendy Worker",
        "Find stable housing", "A place of my own", "Housing Help", "Waiting list",
        "Sister nearby", "Dr Rivera", "GP", "Stops answering texts", SUMMARY,
    )  # fmt: skip
    tabs = record.ui.record_tabs
    left: dict[str, str] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot, window)
        left |= english_left(window, data=data)
    assert not left, "\n".join(f"{k!r} -> {v}" for k, v in left.items())


def test_change_password_dialog_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    for forced in (False, True):
        dialog = ChangePasswordDialog(a.db, a.wendy, forced=forced)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.new_edit.setText("short")
        assert_french(dialog, f"change password (forced={forced})", data=("Wendy Worker", "wendy"))
    assert dialog.windowTitle() == "Choisissez un nouveau mot de passe"


def test_supervisor_lists_in_french(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    referrals.add_referral(
        a.db, a.wendy, cid, "Housing Help", "Waiting list",
        on=dt.date.today() - dt.timedelta(days=60),
    )  # fmt: skip
    window = open_window(qtbot, a.db, a.sam, gui_settings)
    data = ("Robin", "Housing Help", "Waiting list", "Wendy Worker")
    for view in ("no_contact", "stale_referrals"):
        window.show_view(view)
        settle(qtbot, window)
        assert_french(window, view, data=data)


def test_record_dialogs_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    """Each dialog a record's tabs open, filled from what the record holds."""
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    goal = goals.add_goal(a.db, a.wendy, cid, GoalInput("Find stable housing"))
    referral = referrals.add_referral(a.db, a.wendy, cid, "Housing Help", "Waiting list")
    member = care_team.add_member(a.db, a.wendy, cid, MemberInput("Dr Rivera", "GP"))
    consent(a, cid, ["goals"], recipient="Eastside Clinic")
    plan = safety_plans.save_new_version(
        a.db, a.wendy, cid, SafetyPlanContent(warning_signs="Stops answering texts"), None
    )
    given = consents.list_consents(a.db, a.wendy, cid)[0]
    data = (
        "Robin", "Find stable housing", "Housing Help", "Dr Rivera", "GP", "Eastside Clinic",
        "Stops answering texts", "Dr Rivera (GP)", "Wendy Worker",
    )  # fmt: skip
    dialogs = {
        "new goal": GoalDialog(a.db, a.wendy, cid, None),
        "edit goal": GoalDialog(a.db, a.wendy, cid, goal),
        "goal progress": GoalProgressDialog(a.db, a.wendy, goal),
        "new referral": ReferralDialog(a.db, a.wendy, cid),
        "referral status": ReferralStatusDialog(a.db, a.wendy, referral),
        "new consent": ConsentDialog(a.db, a.wendy, cid, [member]),
        "revoke consent": RevokeConsentDialog(a.db, a.wendy, given),
        "first safety plan": SafetyPlanDialog(a.db, a.wendy, cid, None),
        "new safety-plan version": SafetyPlanDialog(a.db, a.wendy, cid, plan),
        "new strength": StrengthDialog(a.db, a.wendy, cid),
        "care team member": CareTeamDialog(a.db, a.wendy, cid, member),
        "new follow-up": FollowUpDialog(a.db, a.wendy, cid),
    }
    for where, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, dialog)
        assert_french(dialog, where, data=data)
