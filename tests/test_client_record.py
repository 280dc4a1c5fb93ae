"""The client record's parts and their history rules, on SQLite and PostgreSQL.

Goals (progress from notes and by hand), strengths (attributed, retired not
deleted), the versioned safety plan, referrals with dated status steps, the care
team, consents, risk history and the header summary — each with the role rules
of the roles (docs/ARCHITECTURE.md, Roles) and an audit entry for every change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import select

from pswdesk.errors import ConflictError, LockedError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import AuditEntry, Goal, Referral, SafetyPlan, Strength
from pswdesk.services import (
    care_team,
    consents,
    followups,
    goals,
    record_header,
    referrals,
    review,
    risk_alerts,
    risk_history,
    safety_plans,
    strengths,
    users,
)
from pswdesk.services.consent_rules import ConsentState
from pswdesk.services.record_support import LONG_TEXT
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note

MODERATE = dict(
    risk_indicators=("not sleeping",),
    risk_level=RiskLevel.MODERATE,
    risk_actions=("safety_plan_reviewed",),
)
HIGH = dict(
    risk_indicators=("self-harm",), risk_level=RiskLevel.HIGH, risk_actions=("crisis_protocol",)
)


def _days(n: int) -> dt.date:
    """A date n days from today (negative: ago)."""
    return dt.date.today() + dt.timedelta(days=n)


def _approved(agency: Agency, client_id: int, **overrides: object):  # type: ignore[no-untyped-def]
    note = submitted_note(agency, agency.wendy, client_id, **overrides)
    return review.approve(agency.db, agency.sam, note.id, note.version)


def _audit(agency: Agency, action: str) -> list[AuditEntry]:
    with agency.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# -- goals ----------------------------------------------------------------------------------


def test_goal_progress_entries_come_from_approved_notes(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    first = _approved(agency, cid)
    (goal,) = goals.list_goals(db, agency.wendy, cid)
    assert goal.text == "Take a lunch break three days a week"
    assert goal.note_id == first.id and goal.set_by_name == "Wendy Worker"
    assert goal.progress == ()

    reviewing = {"goal_id": goal.id, "text": goal.text, "progress": "Managed two days out of three"}
    second = submitted_note(agency, agency.wendy, cid, goal_items=(reviewing,))
    # Submitted is not signed: nothing reaches the record yet.
    assert goals.list_goals(db, agency.wendy, cid)[0].progress == ()
    review.approve(db, agency.sam, second.id, second.version)

    (goal,) = goals.list_goals(db, agency.sam, cid)
    (entry,) = goal.progress
    assert entry.note_id == second.id
    assert entry.text == "Managed two days out of three"
    assert entry.author_name == "Wendy Worker"
    assert entry.on == second.content.contact_at.astimezone().date()


def test_goals_by_hand_active_first_with_locking_and_audit(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    later = goals.add_goal(
        db, agency.wendy, cid, goals.GoalInput("Visit my sister", "she is family", dt.date.today())
    )
    sooner = goals.add_goal(
        db, agency.wendy, cid, goals.GoalInput("Find a quieter flat", target_date=dt.date.today())
    )
    done = goals.add_goal(db, agency.wendy, cid, goals.GoalInput("Get a library card"))
    done = goals.update_goal(
        db, agency.wendy, done.id, done.version, goals.GoalInput(done.text, status="achieved")
    )
    # The status change is kept as a progress entry by the person who made it.
    assert done.progress[0].status == "achieved" and done.progress[0].note_id is None
    assert done.progress[0].author_name == "Wendy Worker"
    order = [g.id for g in goals.list_goals(db, agency.wendy, cid)]
    assert order[-1] == done.id and set(order[:2]) == {later.id, sooner.id}
    assert [g.id for g in goals.list_goals(db, agency.wendy, cid, include_closed=False)] == order[
        :2
    ]

    moved = goals.add_progress(db, agency.sam, later.id, later.version, "Called her on Sunday")
    assert moved.version > later.version and moved.progress[0].author_name == "Sam Supervisor"
    with pytest.raises(ConflictError, match="Sam Supervisor"):
        goals.update_goal(
            db, agency.wendy, later.id, later.version, goals.GoalInput("Visit my sister soon")
        )
    with pytest.raises(ValidationError) as err:
        goals.add_goal(db, agency.wendy, cid, goals.GoalInput("  ", status="someday"))
    assert set(err.value.problems) == {"text", "status"}

    (changed,) = _audit(agency, "goal.changed")
    assert changed.details["changes"]["status"] == ["active", "achieved"]
    assert len(_audit(agency, "goal.created")) == 3
    assert len(_audit(agency, "goal.progress")) == 1


# -- strengths ------------------------------------------------------------------------------


def test_strengths_are_attributed_grouped_and_retired_not_deleted(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = _approved(agency, cid)
    typed = strengths.add_strength(db, agency.wendy, cid, "community", "Drop-in on Tuesdays")
    (from_note,) = [r for r in strengths.list_strengths(db, agency.wendy, cid) if r.note_id]
    assert from_note.kind == "support" and from_note.text == "Sister calls on Sundays"
    assert from_note.note_id == note.id and from_note.found_by_name == "Wendy Worker"
    assert from_note.found_on == note.content.contact_at.astimezone().date()
    groups = strengths.group_by_kind(strengths.list_strengths(db, agency.wendy, cid))
    assert [g[1] for g in groups] == ["Supports", "Community resources"]

    retired = strengths.retire_strength(db, agency.sam, typed.id, "The drop-in closed")
    assert retired.retired and retired.retired_by_name == "Sam Supervisor"
    assert [r.id for r in strengths.list_strengths(db, agency.wendy, cid)] == [from_note.id]
    everything = strengths.list_strengths(db, agency.wendy, cid, include_retired=True)
    assert {r.id for r in everything} == {from_note.id, typed.id}
    with pytest.raises(ConflictError):
        strengths.retire_strength(db, agency.sam, typed.id, "again")
    with pytest.raises(ValidationError):
        strengths.retire_strength(db, agency.sam, from_note.id, " ")
    with pytest.raises(ValidationError):
        strengths.add_strength(db, agency.wendy, cid, "hobby", "Painting")
    assert _audit(agency, "strength.retired")[0].details["reason_given"] is True


# -- items made on approval -----------------------------------------------------------------


def test_items_made_on_approval_carry_their_author_like_the_tabs(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = _approved(agency, cid)
    typed = goals.add_goal(db, agency.wendy, cid, goals.GoalInput("Join the choir"))
    with db.read() as s:
        made = [
            s.scalars(select(model).where(model.note_id == note.id)).one()
            for model in (Goal, Strength, Referral)
        ]
        by_hand = s.get(Goal, typed.id)
    assert by_hand is not None and by_hand.created_by_id == agency.wendy.id
    # Typed in the note by its author, who is who typed it, as on the tabs.
    assert [item.created_by_id for item in made] == [agency.wendy.id] * 3
    assert [item.created_at for item in made] == [note.signed_at] * 3


LONG_GOAL = "g" * (goals.MAX_GOAL + 1)
LONG_STRENGTH = "s" * (strengths.MAX_TEXT + 1)
LONG_REASON = "r" * (LONG_TEXT + 1)


def _goal_on_tab(agency: Agency, cid: int) -> object:
    return goals.add_goal(agency.db, agency.wendy, cid, goals.GoalInput(LONG_GOAL))


def _strength_on_tab(agency: Agency, cid: int) -> object:
    return strengths.add_strength(agency.db, agency.wendy, cid, "support", LONG_STRENGTH)


def _referral_on_tab(agency: Agency, cid: int) -> object:
    return referrals.add_referral(agency.db, agency.wendy, cid, "Housing office", LONG_REASON)


#: kind -> (the note's field, an item in it the tab would refuse, typing it on the tab)
TOO_LONG: dict[str, tuple[str, dict[str, str], Callable[[Agency, int], object]]] = {
    "goal": ("goal_items", {"text": LONG_GOAL}, _goal_on_tab),
    "strength": ("strength_items", {"kind": "support", "text": LONG_STRENGTH}, _strength_on_tab),
    "referral": (
        "referral_items",
        {"to_whom": "Housing office", "reason": LONG_REASON, "status": "made"},
        _referral_on_tab,
    ),
}


@pytest.mark.parametrize("kind", list(TOO_LONG))
def test_an_item_the_tab_refuses_is_refused_on_approval_too(agency: Agency, kind: str) -> None:
    db = agency.db
    field, item, on_tab = TOO_LONG[kind]
    cid = new_client(agency, agency.wendy)
    with pytest.raises(ValidationError) as typed:
        on_tab(agency, cid)
    (limit,) = typed.value.problems.values()
    note = submitted_note(agency, agency.wendy, cid, **{field: (item,)})
    with pytest.raises(ValidationError) as approving:
        review.approve(db, agency.sam, note.id, note.version)
    said = approving.value.problems[field]
    assert said.startswith(f"{kind} 1 in this note: ") and limit in said
    # Nothing reached the record, and the note still waits, to be returned to its author.
    assert goals.list_goals(db, agency.sam, cid) == []
    assert strengths.list_strengths(db, agency.sam, cid) == []
    assert referrals.list_referrals(db, agency.sam, cid) == []
    assert [n.id for n in review.review_queue(db, agency.sam)] == [note.id]


# -- safety plan ----------------------------------------------------------------------------


def test_new_safety_plan_version_keeps_the_old_one(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    assert safety_plans.current_safety_plan(db, agency.wendy, cid) is None
    v1_content = SafetyPlanContent(
        warning_signs="Stops answering the phone", reasons_for_living="My dog, Pepper"
    )
    v1 = safety_plans.save_new_version(db, agency.wendy, cid, v1_content, None)
    assert v1.version_no == 1 and v1.is_current

    v2 = safety_plans.save_new_version(
        db, agency.sam, cid, replace(v1_content, people_to_ask="Sister: 555-0101"), 1
    )
    assert v2.version_no == 2 and v2.created_by_name == "Sam Supervisor"

    old = safety_plans.get_safety_plan(db, agency.wendy, cid, 1)
    assert old.content == v1_content and old.created_at == v1.created_at
    assert not old.is_current and old.created_by_name == "Wendy Worker"
    assert safety_plans.current_safety_plan(db, agency.wendy, cid).version_no == 2  # type: ignore[union-attr]
    assert [v.version_no for v in safety_plans.safety_plan_versions(db, agency.wendy, cid)] == [
        2,
        1,
    ]

    # Someone editing version 1 meanwhile is told who saved version 2.
    with pytest.raises(ConflictError, match="Sam Supervisor saved version 2"):
        safety_plans.save_new_version(db, agency.wendy, cid, v1_content, 1)
    with pytest.raises(ValidationError, match="nothing has changed"):
        safety_plans.save_new_version(db, agency.wendy, cid, v2.content, 2)
    with pytest.raises(ValidationError, match="at least one section"):
        safety_plans.save_new_version(db, agency.wendy, cid, SafetyPlanContent(), 2)

    # A version is never updated or deleted through the ORM, even by mistake.
    with db.write() as s, pytest.raises(LockedError):
        plan = s.scalars(select(SafetyPlan).where(SafetyPlan.version_no == 1)).one()
        plan.warning_signs = "changed"
        s.flush()
    with db.write() as s, pytest.raises(LockedError):
        s.delete(s.scalars(select(SafetyPlan).where(SafetyPlan.version_no == 1)).one())
        s.flush()
    assert safety_plans.get_safety_plan(db, agency.wendy, cid, 1).content == v1_content

    saved = _audit(agency, "safety_plan.saved")
    assert [e.details["version_no"] for e in saved] == [1, 2]
    assert saved[1].details["fields"] == ["people_to_ask"]  # never the plan's words


def test_header_shows_the_plan_when_risk_is_moderate_or_higher(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    calm = record_header.record_header(db, agency.wendy, cid)
    assert not calm.plan_needed and calm.plan is None and calm.alert is None
    submitted_note(agency, agency.wendy, cid, **MODERATE)
    worried = record_header.record_header(db, agency.wendy, cid)
    assert worried.plan_needed and worried.plan is None  # the header says there is none
    saved = safety_plans.save_new_version(
        db, agency.wendy, cid, SafetyPlanContent(warning_signs="Not sleeping"), None
    )
    stamp = record_header.record_header(db, agency.wendy, cid).plan
    assert stamp is not None
    assert (stamp.version_no, stamp.created_at) == (1, saved.created_at)


# -- risk history and the alert ---------------------------------------------------------------


def test_risk_history_from_approved_notes_and_who_may_clear_the_alert(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    old = full_content().contact_at - dt.timedelta(days=3)
    low = _approved(agency, cid, contact_at=old)
    high = _approved(agency, cid, **HIGH)
    submitted_note(agency, agency.wendy, cid, **MODERATE)  # not signed: not history yet
    history = risk_history.risk_history(db, agency.wendy, cid)
    assert [(e.note_id, e.level) for e in history] == [
        (high.id, RiskLevel.HIGH),
        (low.id, RiskLevel.LOW),
    ]
    assert (
        history[0].author_name == "Wendy Worker" and history[0].signed_by_name == "Sam Supervisor"
    )
    assert history[0].actions == ("Agency crisis protocol followed",)

    mine = record_header.record_header(db, agency.wendy, cid).alert
    assert mine is not None and mine.note_id == high.id and not mine.can_clear
    assert "supervisor" in mine.why_not
    theirs = record_header.record_header(db, agency.sam, cid).alert
    assert theirs is not None and theirs.can_clear and theirs.raised_by_name == "Wendy Worker"
    risk_alerts.clear_risk_alert(db, agency.sam, cid, "Safe at home with her sister")
    assert record_header.record_header(db, agency.sam, cid).alert is None


def test_supervisor_who_raised_the_alert_is_told_why_they_cannot_clear_it(agency: Agency) -> None:
    cid = new_client(agency, agency.sam)
    submitted_note(agency, agency.sam, cid, **HIGH)
    alert = record_header.record_header(agency.db, agency.sam, cid).alert
    assert alert is not None and not alert.can_clear
    assert "another supervisor" in alert.why_not


# -- referrals ------------------------------------------------------------------------------


def test_referral_status_steps_keep_their_dates(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = _approved(agency, cid)
    (ref,) = referrals.list_referrals(db, agency.wendy, cid)
    assert (ref.to_whom, ref.status, ref.note_id) == ("Community kitchen", "made", note.id)
    assert ref.created_by_name == "Wendy Worker"

    accepted = referrals.change_status(
        db, agency.wendy, ref.id, ref.version, "accepted", dt.date.today(), "Starts Monday"
    )
    assert accepted.status == "accepted" and accepted.status_since == dt.date.today()
    assert [(e.status, e.on) for e in accepted.history] == [
        ("made", ref.created_on),
        ("accepted", dt.date.today()),
    ]
    assert accepted.history[1].comment == "Starts Monday"
    with pytest.raises(ConflictError):
        referrals.change_status(db, agency.sam, ref.id, ref.version, "declined", dt.date.today())
    with pytest.raises(ValidationError, match="future"):
        referrals.change_status(
            db,
            agency.sam,
            ref.id,
            accepted.version,
            "completed",
            _days(1),
        )
    with pytest.raises(ValidationError, match="before"):
        referrals.change_status(
            db,
            agency.sam,
            ref.id,
            accepted.version,
            "completed",
            _days(-30),
        )
    with pytest.raises(ValidationError, match="already"):
        referrals.change_status(
            db, agency.sam, ref.id, accepted.version, "accepted", dt.date.today()
        )
    done = referrals.change_status(
        db, agency.sam, ref.id, accepted.version, "completed", dt.date.today()
    )
    assert not done.open
    assert referrals.list_referrals(db, agency.wendy, cid, open_only=True) == []
    (entry,) = [
        e for e in _audit(agency, "referral.status") if e.details["on"] == str(dt.date.today())
    ][-1:]
    assert entry.details["changes"] == {"status": ["accepted", "completed"]}


def test_stale_referrals_for_the_supervisor_of_the_team(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    long_ago = _days(-45)
    waiting = referrals.add_referral(
        db, agency.wendy, cid, "Housing office", "Rent arrears", "made", on=long_ago
    )
    answered = referrals.add_referral(db, agency.wendy, cid, "GP", "", "made", on=long_ago)
    referrals.change_status(db, agency.wendy, answered.id, answered.version, "accepted", long_ago)
    referrals.add_referral(db, agency.wendy, cid, "Food bank", "", "suggested")  # recent
    assert waiting.stale and waiting.days_waiting == 45

    (stale,) = referrals.stale_referrals(db, agency.sam)
    assert (stale.id, stale.client_name) == (waiting.id, "Robin")
    assert referrals.stale_referrals(db, agency.sue) == []
    with pytest.raises(PermissionDenied):
        referrals.stale_referrals(db, agency.wendy)
    # The agency's setting decides what "too long" is.
    a = users.get_agency(db)
    users.update_agency(db, agency.admin, a.version, referral_stale_days=60)
    assert referrals.stale_referrals(db, agency.sam) == []
    with pytest.raises(ValidationError, match="future"):
        referrals.add_referral(db, agency.wendy, cid, "Dentist", on=_days(2))
    with db.read() as s:
        assert s.get(Referral, waiting.id).created_by_id == agency.wendy.id  # type: ignore[union-attr]


# -- care team and consents -----------------------------------------------------------------


def test_care_team_members_are_edited_with_locking_and_deactivated(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    gp = care_team.add_member(
        db, agency.wendy, cid, care_team.MemberInput("Dr Amy Chen", "GP", "Harbour Clinic")
    )
    assert gp.label == "Dr Amy Chen (GP, Harbour Clinic)"
    moved = care_team.update_member(
        db, agency.sam, gp.id, gp.version,
        care_team.MemberInput("Dr Amy Chen", "GP", "Bayside Clinic", phone="555-0199"),
    )  # fmt: skip
    assert moved.organisation == "Bayside Clinic" and moved.version > gp.version
    with pytest.raises(ConflictError, match="Sam Supervisor"):
        care_team.update_member(
            db, agency.wendy, gp.id, gp.version, care_team.MemberInput("Dr A. Chen")
        )
    with pytest.raises(ValidationError) as err:
        care_team.add_member(db, agency.wendy, cid, care_team.MemberInput("", email="nope"))
    assert set(err.value.problems) == {"name", "email"}
    gone = care_team.set_active(db, agency.wendy, gp.id, moved.version, False)
    assert not gone.active
    assert care_team.list_care_team(db, agency.wendy, cid) == []
    assert care_team.list_care_team(db, agency.wendy, cid, include_inactive=True) == [gone]
    (changed,) = _audit(agency, "care_team.changed")
    assert changed.details["fields"] == ["organisation", "phone"]


def test_a_revoked_consent_is_no_longer_active(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    gp = care_team.add_member(db, agency.wendy, cid, care_team.MemberInput("Dr Amy Chen", "GP"))
    given = _days(-10)
    consent = consents.record_consent(
        db, agency.wendy, cid,
        consents.ConsentInput("Coordinated care", ["goals", "risk", "follow_ups"], given,
                              care_team_member_id=gp.id),
    )  # fmt: skip
    assert consent.recipient == "Dr Amy Chen (GP)" and consent.in_force
    assert consent.scope == ("risk", "goals", "follow_ups")  # print order
    assert consent.state is ConsentState.ACTIVE

    revoked = consents.revoke_consent(db, agency.sam, consent.id, dt.date.today())
    assert revoked.state is ConsentState.REVOKED and not revoked.in_force
    (listed,) = consents.list_consents(db, agency.wendy, cid)
    assert listed.state is ConsentState.REVOKED and listed.revoked_on == dt.date.today()
    with pytest.raises(ConflictError, match="already revoked"):
        consents.revoke_consent(db, agency.sam, consent.id, dt.date.today())
    assert _audit(agency, "consent.revoked")[0].details["changes"] == {
        "revoked_on": [None, str(dt.date.today())]
    }


def test_consent_rules_on_recording_and_the_header_flags(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    with pytest.raises(ValidationError) as err:
        consents.record_consent(
            db, agency.wendy, cid,
            consents.ConsentInput("", [], _days(1), how_given="email",
                                  expires_on=dt.date.today()),
        )  # fmt: skip
    assert set(err.value.problems) == {
        "recipient", "purpose", "scope", "how_given", "given_on", "expires_on",
    }  # fmt: skip
    soon = consents.record_consent(
        db, agency.wendy, cid,
        consents.ConsentInput("Housing", ["contacts"], _days(-300),
                              expires_on=_days(10), recipient="Housing office"),
    )  # fmt: skip
    lapsed = consents.record_consent(
        db, agency.wendy, cid,
        consents.ConsentInput("Benefits", ["contacts"], _days(-400),
                              expires_on=_days(-5), recipient="Benefits desk"),
    )  # fmt: skip
    consents.record_consent(
        db, agency.wendy, cid,
        consents.ConsentInput("Old", ["contacts"], _days(-900),
                              expires_on=_days(-400), recipient="Old clinic"),
    )  # fmt: skip
    assert soon.state is ConsentState.EXPIRING and lapsed.state is ConsentState.EXPIRED
    header = record_header.record_header(db, agency.wendy, cid)
    assert [f.id for f in header.consent_flags] == [soon.id, lapsed.id]
    # Renewing the benefits consent puts the expired one to rest.
    consents.record_consent(
        db, agency.wendy, cid,
        consents.ConsentInput("Benefits", ["contacts"], dt.date.today(), recipient="Benefits desk"),
    )  # fmt: skip
    header = record_header.record_header(db, agency.wendy, cid)
    assert [f.id for f in header.consent_flags] == [soon.id]
    states = [c.state for c in consents.list_consents(db, agency.wendy, cid)]
    assert states == [
        ConsentState.EXPIRING, ConsentState.ACTIVE, ConsentState.EXPIRED, ConsentState.EXPIRED,
    ]  # fmt: skip


# -- follow-ups on the record ---------------------------------------------------------------


def test_client_follow_ups_open_first_with_overdue_marked(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    planned = submitted_note(agency, agency.wendy, cid)  # a follow-up in a week
    by_hand = followups.add_follow_up(db, agency.sam, cid, dt.date.today(), "Call the GP together")
    late = followups.add_follow_up(
        db,
        agency.wendy,
        cid,
        _days(-2),
        "Check in",
        today=_days(-3),
    )
    followups.complete_follow_up(db, agency.sam, by_hand.id)
    open_rows = followups.client_follow_ups(db, agency.sam, cid)
    assert [r.id for r in open_rows] == [late.id, open_rows[1].id]
    assert open_rows[0].overdue and not open_rows[1].overdue
    assert open_rows[1].note_id == planned.id
    every = followups.client_follow_ups(db, agency.sam, cid, include_done=True)
    assert [r.id for r in every][-1] == by_hand.id and every[-1].done_at is not None
    header = record_header.record_header(db, agency.wendy, cid)
    assert (header.open_follow_ups, header.overdue_follow_ups) == (2, 1)


# -- who may do what ------------------------------------------------------------------------

READERS = [
    lambda a, cid: goals.list_goals(a.db, a.actor, cid),
    lambda a, cid: strengths.list_strengths(a.db, a.actor, cid),
    lambda a, cid: safety_plans.current_safety_plan(a.db, a.actor, cid),
    lambda a, cid: safety_plans.safety_plan_versions(a.db, a.actor, cid),
    lambda a, cid: referrals.list_referrals(a.db, a.actor, cid),
    lambda a, cid: care_team.list_care_team(a.db, a.actor, cid),
    lambda a, cid: consents.list_consents(a.db, a.actor, cid),
    lambda a, cid: risk_history.risk_history(a.db, a.actor, cid),
    lambda a, cid: record_header.record_header(a.db, a.actor, cid),
    lambda a, cid: followups.client_follow_ups(a.db, a.actor, cid),
]
WRITERS = [
    lambda a, cid: goals.add_goal(a.db, a.actor, cid, goals.GoalInput("A goal")),
    lambda a, cid: strengths.add_strength(a.db, a.actor, cid, "strength", "Kind"),
    lambda a, cid: safety_plans.save_new_version(
        a.db, a.actor, cid, SafetyPlanContent(warning_signs="x"), None
    ),
    lambda a, cid: referrals.add_referral(a.db, a.actor, cid, "Somewhere"),
    lambda a, cid: care_team.add_member(a.db, a.actor, cid, care_team.MemberInput("Someone")),
    lambda a, cid: consents.record_consent(
        a.db,
        a.actor,
        cid,
        consents.ConsentInput("Care", ["goals"], dt.date.today(), recipient="GP"),
    ),
]


class _As:
    def __init__(self, agency: Agency, who: str) -> None:
        self.db = agency.db
        self.actor = getattr(agency, who)


@pytest.mark.parametrize("who", ["walt", "will", "sue", "admin"])
def test_nobody_else_touches_a_workers_client(agency: Agency, who: str) -> None:
    """Another team's worker or supervisor, a colleague not assigned, and an administrator."""
    cid = new_client(agency, agency.wendy)
    someone = _As(agency, who)
    # An administrator is refused by role; to the others the client does not exist.
    refused = PermissionDenied if who == "admin" else NotFound
    for call in [*READERS, *WRITERS]:
        with pytest.raises(refused):
            call(someone, cid)


def test_the_worker_and_their_supervisor_may(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    for who in ("wendy", "sam"):
        for call in [*READERS, *WRITERS[:2], *WRITERS[3:]]:
            call(_As(agency, who), cid)
    safety_plans.save_new_version(agency.db, agency.wendy, cid, SafetyPlanContent("a"), None)
    safety_plans.save_new_version(agency.db, agency.sam, cid, SafetyPlanContent("b"), 1)


def test_changes_on_another_workers_item_are_refused(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    goal = goals.add_goal(db, agency.wendy, cid, goals.GoalInput("A goal"))
    item = strengths.add_strength(db, agency.wendy, cid, "strength", "Patient")
    ref = referrals.add_referral(db, agency.wendy, cid, "GP")
    member = care_team.add_member(db, agency.wendy, cid, care_team.MemberInput("Someone"))
    consent = consents.record_consent(
        db,
        agency.wendy,
        cid,
        consents.ConsentInput("Care", ["goals"], dt.date.today(), recipient="GP"),
    )
    for who in (agency.walt, agency.sue, agency.admin):
        calls = (
            lambda w: goals.update_goal(db, w, goal.id, goal.version, goals.GoalInput("Mine")),
            lambda w: goals.add_progress(db, w, goal.id, goal.version, "progress"),
            lambda w: strengths.retire_strength(db, w, item.id, "gone"),
            lambda w: referrals.change_status(db, w, ref.id, ref.version, "made", dt.date.today()),
            lambda w: care_team.set_active(db, w, member.id, member.version, False),
            lambda w: consents.revoke_consent(db, w, consent.id, dt.date.today()),
        )
        for call in calls:
            with pytest.raises(PermissionDenied if who is agency.admin else NotFound):
                call(who)
    # Nothing changed behind the refusals.
    assert goals.list_goals(db, agency.wendy, cid)[0].version == goal.version
    assert referrals.list_referrals(db, agency.wendy, cid)[0].status == "suggested"
    assert consents.list_consents(db, agency.wendy, cid)[0].in_force


# -- demo data ------------------------------------------------------------------------------


def test_demo_data_fills_every_part_of_the_record(db_url: str) -> None:
    from pswdesk import demo as seed
    from pswdesk.db import Database
    from pswdesk.services import clients
    from pswdesk.services.auth import login
    from tests.conftest import PASSWORD

    db = Database(db_url)
    try:
        users.initialise(db, "Demo", "boss", "Bo Boss", PASSWORD)
        seed.seed_demo(db, clients=16, notes_per_client=14, seed=3, password=PASSWORD)
        sup = login(db, "supervisor1", PASSWORD)
        ids = [c.id for c in clients.list_caseload(db, sup, scope="team", limit=500)]
        seen: dict[str, int] = dict.fromkeys(
            ("goal progress", "strengths", "plans", "referral steps", "care team",
             "consents in force", "follow_ups scope", "risk history"), 0,
        )  # fmt: skip
        for cid in ids:
            seen["goal progress"] += sum(len(g.progress) for g in goals.list_goals(db, sup, cid))
            seen["strengths"] += len(strengths.list_strengths(db, sup, cid))
            seen["plans"] += len(safety_plans.safety_plan_versions(db, sup, cid))
            seen["referral steps"] += sum(
                len(r.history) - 1 for r in referrals.list_referrals(db, sup, cid)
            )
            seen["care team"] += len(care_team.list_care_team(db, sup, cid))
            listed = consents.list_consents(db, sup, cid)
            seen["consents in force"] += sum(c.in_force for c in listed)
            seen["follow_ups scope"] += sum("follow_ups" in c.scope for c in listed)
            seen["risk history"] += len(risk_history.risk_history(db, sup, cid))
        assert all(seen.values()), seen
    finally:
        db.dispose()


def test_a_retired_strength_is_not_handed_over(agency: Agency) -> None:
    import io

    from pypdf import PdfReader

    from pswdesk.services import handover

    db = agency.db
    cid = new_client(agency, agency.wendy)
    kept = strengths.add_strength(db, agency.wendy, cid, "support", "KEPT-neighbour Tom")
    gone = strengths.add_strength(db, agency.wendy, cid, "community", "GONE-closed drop-in")
    strengths.retire_strength(db, agency.wendy, gone.id, "The drop-in closed")
    consent = consents.record_consent(
        db, agency.wendy, cid,
        consents.ConsentInput("Care", ["strengths"], dt.date.today(), recipient="GP surgery"),
    )  # fmt: skip
    out = io.BytesIO()
    handover.produce_handover(
        db, agency.wendy, cid, consent_id=consent.id,
        date_from=_days(-30), date_to=dt.date.today(), output=out,
    )  # fmt: skip
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert kept.text in text and "GONE-closed" not in text
