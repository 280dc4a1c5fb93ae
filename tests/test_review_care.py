"""Signing with care: what a supervisor sees before signing an urgent note, and its record."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pswdesk.errors import NotFound, PermissionDenied
from pswdesk.framework import RiskAction
from pswdesk.models import AuditEntry
from pswdesk.services import review, safety_plans
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.services.sign_check import needs_confirmation, sign_check
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note

HIGH = dict(
    risk_level=RiskLevel.HIGH,
    risk_indicators=("thoughts of suicide", "has a plan"),
    risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED.value, RiskAction.CRISIS_PROTOCOL.value),
)


def _approved_details(agency: Agency, note_id: int) -> dict[str, object]:
    with agency.db.read() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "note.approved", AuditEntry.entity_id == note_id
            )
        ).one()
        return dict(entry.details)


def test_the_check_lists_the_risk_the_actions_and_the_current_plan(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy, "Ari")
    safety_plans.save_new_version(
        agency.db, agency.wendy, cid, SafetyPlanContent(warning_signs="Stops eating"), None
    )
    second = safety_plans.save_new_version(
        agency.db, agency.wendy, cid,
        SafetyPlanContent(warning_signs="Stops eating", people_to_ask="Sister, 555 0101"), 1,
    )  # fmt: skip
    note = submitted_note(agency, agency.wendy, cid, **HIGH)

    check = sign_check(agency.db, agency.sam, note.id)
    assert check.needs_confirmation and check.risk_level == RiskLevel.HIGH
    assert check.indicators == ("thoughts of suicide", "has a plan")
    assert {a.action: a.taken for a in check.actions} == {
        RiskAction.SAFETY_PLAN_REVIEWED: True,
        RiskAction.SUPPORT_SYSTEM_TOLD: False,
        RiskAction.CRISIS_PROTOCOL: True,
        RiskAction.EMERGENCY_SERVICES: False,
    }
    assert check.actions[0].name == "Safety plan reviewed"
    assert not check.no_action_taken
    assert check.safety_plan is not None and check.safety_plan.version_no == second.version_no
    assert check.safety_plan.content.people_to_ask == "Sister, 555 0101"
    assert check.version == note.version and check.client_name == "Ari"
    assert check.author_name == "Wendy Worker"


def test_no_plan_on_record_and_a_low_risk_note(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    imminent = submitted_note(
        agency, agency.wendy, cid, risk_level=RiskLevel.IMMINENT,
        risk_indicators=("means at hand",), risk_actions=(RiskAction.EMERGENCY_SERVICES.value,),
    )  # fmt: skip
    check = sign_check(agency.db, agency.sam, imminent.id)
    assert check.needs_confirmation and check.safety_plan is None

    low = submitted_note(agency, agency.wendy, cid)
    assert not sign_check(agency.db, agency.sam, low.id).needs_confirmation
    assert [needs_confirmation(r) for r in RiskLevel] == [False, False, False, True, True]
    assert not needs_confirmation(None)


def test_only_the_authors_supervisor_gets_the_check(agency: Agency) -> None:
    note = submitted_note(agency, agency.wendy, new_client(agency, agency.wendy), **HIGH)
    with pytest.raises((PermissionDenied, NotFound)):
        sign_check(agency.db, agency.sue, note.id)  # walt's supervisor, not wendy's
    with pytest.raises(PermissionDenied):
        sign_check(agency.db, agency.wendy, note.id)  # a worker reviews nothing


def test_the_audit_entry_says_whether_the_risk_was_acknowledged(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    looked = submitted_note(agency, agency.wendy, cid, **HIGH)
    review.approve(agency.db, agency.sam, looked.id, looked.version, acknowledged_risk=True)
    assert _approved_details(agency, looked.id)["risk_acknowledged"] is True

    unconfirmed = submitted_note(agency, agency.wendy, cid, **HIGH)
    review.approve(agency.db, agency.sam, unconfirmed.id, unconfirmed.version)
    assert _approved_details(agency, unconfirmed.id)["risk_acknowledged"] is False

    low = submitted_note(agency, agency.wendy, cid)
    review.approve(agency.db, agency.sam, low.id, low.version)
    assert "risk_acknowledged" not in _approved_details(agency, low.id)
