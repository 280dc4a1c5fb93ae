"""The audit log holds the minimum necessary: who, when, what, which record, which fields.

Every service that writes clinical or personal content is driven with text carrying
a marker; no audit entry may hold the marker, while the entries still name the
action, the record and the fields that changed. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace

from sqlalchemy import select

from pswdesk.models import AuditEntry
from pswdesk.services import (
    audit,
    care_team,
    clients,
    closing,
    consents,
    followups,
    goals,
    handover,
    merging,
    notes,
    referrals,
    review,
    risk_alerts,
    safety_plans,
    strengths,
)
from pswdesk.services.notes import SelfCareContent
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import CloseReason, RiskLevel
from tests.conftest import Agency
from tests.notes_support import full_content

MARK = "Qzmark"  # in every text typed below; never in the log


def _m(what: str) -> str:
    return f"{MARK} {what} {MARK.lower()}"


def _entries(agency: Agency) -> list[AuditEntry]:
    with agency.db.read() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


def _one(entries: list[AuditEntry], action: str, entity_id: int | None = None) -> AuditEntry:
    found = [e for e in entries if e.action == action and entity_id in (None, e.entity_id)]
    assert found, f"no {action} entry"
    return found[-1]


def _marked_note(**overrides: object) -> notes.NoteContent:
    base = full_content()
    texts = {
        name: _m(name)
        for name in (
            "summary", "s1_expressed", "s1_validation", "s2_questions", "s2_insights",
            "s3_text", "s4_text", "s5_text", "s6_text", "s6_care_team", "s7_text", "location",
        )
    }  # fmt: skip
    values: dict[str, object] = {
        **texts,
        "goal_items": ({"text": _m("goal from note"), "why": _m("why")},),
        "strength_items": ({"kind": "support", "text": _m("strength from note")},),
        "referral_items": ({"to_whom": _m("kitchen"), "reason": _m("meals"), "status": "made"},),
        "self_care": SelfCareContent(impact=_m("impact"), boundaries="", plan=_m("plan")),
    }
    return replace(base, **{**values, **overrides})  # type: ignore[arg-type]


def test_no_clinical_or_personal_text_reaches_the_audit(agency: Agency) -> None:
    db, wendy, sam = agency.db, agency.wendy, agency.sam
    today = dt.date.today()

    # -- the client: registered, edited ----------------------------------------------------
    person = clients.ClientInput(
        _m("Robin"), legal_name=_m("Robin Legal"), phone="555 0101", email="qzmark@example.org",
        address=_m("12 Harbour Road"), date_of_birth=dt.date(1990, 5, 17),
    )  # fmt: skip
    c = clients.create_client(db, wendy, person)
    cid = c.id
    c = clients.update_client(
        db, wendy, cid, c.version, replace(person, pronouns=_m("they"), address=_m("14 Bay St"))
    )

    # -- a note: drafted, saved, submitted, returned, resubmitted, signed, addendum --------
    draft = notes.create_draft(db, wendy, cid, _marked_note())
    draft = notes.save_draft(
        db, wendy, draft.id, _marked_note(s2_insights=_m("new insight")), draft.version
    )
    sent = notes.submit(db, wendy, draft.id, draft.version)
    back = review.return_note(db, sam, sent.id, _m("say more about Friday"), sent.version)
    again = notes.save_draft(
        db, wendy, back.id, _marked_note(s6_text=_m("call Tuesday")), back.version
    )
    again = notes.submit(db, wendy, again.id, again.version)
    signed = review.approve(db, sam, again.id, again.version)
    notes.add_addendum(db, wendy, signed.id, _m("correction"), _m("it was Thursday"))
    thrown = notes.create_draft(db, wendy, cid, _marked_note())
    notes.delete_draft(db, wendy, thrown.id)

    # -- the record: goal, strength, safety plan, referral, care team, consent, follow-up --
    goal = goals.add_goal(db, wendy, cid, goals.GoalInput(_m("visit sister"), _m("family")))
    goal = goals.update_goal(
        db, wendy, goal.id, goal.version,
        goals.GoalInput(_m("visit sister soon"), _m("family"), status="achieved"),
    )  # fmt: skip
    goals.add_progress(db, sam, goal.id, goal.version, _m("called on Sunday"))
    item = strengths.add_strength(db, wendy, cid, "community", _m("drop-in"))
    strengths.retire_strength(db, sam, item.id, _m("the drop-in closed"))
    plan = SafetyPlanContent(warning_signs=_m("stops answering"), reasons_for_living=_m("dog"))
    v1 = safety_plans.save_new_version(db, wendy, cid, plan, None)
    safety_plans.save_new_version(
        db, sam, cid, replace(plan, people_to_ask=_m("sister 555")), v1.version_no
    )
    ref = referrals.add_referral(db, wendy, cid, _m("food bank"), _m("short of food"))
    referrals.change_status(db, wendy, ref.id, ref.version, "made", today, _m("phoned them"))
    gp = care_team.add_member(
        db, wendy, cid, care_team.MemberInput(_m("Dr Chen"), "GP", _m("Harbour Clinic"))
    )
    gp = care_team.update_member(
        db, sam, gp.id, gp.version,
        care_team.MemberInput(_m("Dr Chen"), "GP", _m("Bayside Clinic"), phone="555 0199"),
    )  # fmt: skip
    consent = consents.record_consent(
        db, wendy, cid,
        consents.ConsentInput(_m("coordinated care"), ["goals", "risk"], today - dt.timedelta(1),
                              care_team_member_id=gp.id),
    )  # fmt: skip
    consents.revoke_consent(db, sam, consent.id, today)
    by_hand = followups.add_follow_up(db, wendy, cid, today, _m("call the GP together"))
    followups.complete_follow_up(db, wendy, by_hand.id)

    # -- an urgent note raises the alert; clearing it gives a reason -----------------------
    urgent = notes.create_draft(
        db,
        wendy,
        cid,
        _marked_note(
            risk_level=RiskLevel.HIGH,
            risk_indicators=("self-harm",),
            risk_actions=("crisis_protocol",),
        ),
    )
    urgent = notes.submit(db, wendy, urgent.id, urgent.version)
    urgent = review.approve(db, sam, urgent.id, urgent.version)
    risk_alerts.clear_risk_alert(db, sam, cid, _m("safe at home with her sister"))

    # -- a handover in an emergency ---------------------------------------------------------
    handover.produce_handover(
        db, wendy, cid, emergency_reason=_m("found unconscious"),
        recipient_name=_m("City Hospital ED"), date_from=today - dt.timedelta(30),
        date_to=today, output=io.BytesIO(),
    )  # fmt: skip

    # -- close, reopen, merge ---------------------------------------------------------------
    for f in followups.client_follow_ups(db, wendy, cid):
        followups.complete_follow_up(db, wendy, f.id)
    for r in referrals.list_referrals(db, wendy, cid):
        referrals.change_status(db, wendy, r.id, r.version, "completed", today)
    current = clients.get_client(db, wendy, cid, audit_open=False)
    closed = closing.close_client(
        db, sam, cid, current.version, CloseReason.OTHER, today, _m("moved to be near family")
    )
    closing.reopen_client(db, sam, cid, closed.version, _m("back in town"))
    twin = clients.create_client(db, wendy, clients.ClientInput(_m("Robyn"), phone="555 0101"))
    merging.merge_clients(
        db, sam, cid, twin.id,
        keep_version=clients.get_client(db, sam, cid, audit_open=False).version,
        other_version=clients.get_client(db, sam, twin.id, audit_open=False).version,
    )  # fmt: skip
    clients.get_client(db, sam, cid)  # an audited opening

    entries = _entries(agency)
    for e in entries:
        logged = json.dumps(e.details, ensure_ascii=False).lower()
        assert MARK.lower() not in logged, f"{e.action} {e.entity} {e.entity_id}: {logged}"
        assert "555 0" not in logged and "1990-05-17" not in logged, e.action
        assert "example.org" not in logged, e.action

    # The entries still say what happened, to which record and which fields.
    created = _one(entries, "client.created", cid)
    assert {"preferred_name", "legal_name", "address", "date_of_birth"} <= set(
        created.details["fields"]
    )
    assert _one(entries, "client.changed", cid).details["fields"] == ["address", "pronouns"]
    saved = _one(entries, "note.saved", draft.id)
    assert saved.entity == "note" and "s2_insights" in saved.details["fields"]
    assert "summary" not in saved.details["fields"]  # unchanged, so not named
    assert saved.details["client_id"] == cid
    assert "s6_text" in _one(entries, "note.saved", back.id).details["fields"]
    assert "summary" in _one(entries, "note.created", draft.id).details["fields"]
    assert "summary" in _one(entries, "note.deleted", thrown.id).details["fields"]
    returned = _one(entries, "note.returned", sent.id)
    assert returned.details["changes"] == {"status": ["submitted", "returned"]}
    approved = _one(entries, "note.approved", signed.id)
    assert approved.details["hash"] == signed.content_hash
    assert _one(entries, "note.addendum", signed.id).details["addendum_id"]
    changed_goal = _one(entries, "goal.changed", goal.id)
    assert changed_goal.details["fields"] == ["status", "text"]
    assert changed_goal.details["changes"] == {"status": ["active", "achieved"]}
    assert _one(entries, "safety_plan.saved").details["fields"] == ["people_to_ask"]
    assert _one(entries, "care_team.changed", gp.id).details["fields"] == [
        "organisation",
        "phone",
    ]
    steps = [e.details for e in entries if e.action == "referral.status" and e.entity_id == ref.id]
    assert steps[0]["comment_given"] is True and steps[0]["changes"]["status"][1] == "made"
    assert _one(entries, "consent.revoked", consent.id).details["changes"] == {
        "revoked_on": [None, str(today)]
    }
    assert _one(entries, "strength.retired", item.id).details["reason_given"] is True
    assert _one(entries, "client.closed", cid).details["reason"] == CloseReason.OTHER
    assert _one(entries, "client.reopened", cid).details["closing"]["close_reason"] == "other"
    assert _one(entries, "client.merged", twin.id).details["kept_id"] == cid
    assert _one(entries, "disclosure.emergency").details["client_id"] == cid
    assert _one(entries, "client.risk_alert_cleared", cid).details["reason_given"] is True
    assert {e.action for e in entries} >= {
        "follow_up.created", "follow_up.completed", "goal.progress", "strength.created",
        "referral.created", "care_team.added", "consent.recorded", "disclosure", "client.opened",
    }  # fmt: skip
    with db.read() as s:
        assert audit.verify_chain(s) == []


def test_the_helpers_keep_names_for_content_and_values_for_administration() -> None:
    before = {"text": "old words", "status": "active", "why": ""}
    after = {"text": "new words", "status": "achieved", "why": ""}
    assert audit.changed_fields(before, after) == ["status", "text"]
    assert audit.filled_fields(after) == ["status", "text"]
    assert audit.changes({"done_at": None}, {"done_at": dt.date(2024, 5, 1)}) == {
        "done_at": [None, "2024-05-01"]
    }
