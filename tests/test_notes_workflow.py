"""The note workflow end to end, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from pswdesk.errors import ConflictError, LockedError, NotFound, PermissionDenied, ValidationError
from pswdesk.framework import RiskAction
from pswdesk.models import (
    AuditEntry,
    Client,
    Goal,
    GoalProgress,
    Note,
    NoteSubmission,
    Referral,
    Strength,
)
from pswdesk.services import audit, clients, notes, review, risk_alerts, signing, users
from pswdesk.services.notes import NoteContent
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note


def test_full_review_loop(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(db, agency.wendy, cid)
    assert draft.status == "draft" and draft.can_edit
    assert [r.id for r in notes.my_drafts(db, agency.wendy)] == [draft.id]

    saved = notes.save_draft(db, agency.wendy, draft.id, full_content(), draft.version)
    sent = notes.submit(db, agency.wendy, saved.id, saved.version)
    assert sent.status == "submitted" and not sent.can_edit
    assert notes.my_drafts(db, agency.wendy) == []
    assert [r.id for r in review.review_queue(db, agency.sam)] == [sent.id]
    assert review.count_review_queue(db, agency.sam) == 1
    assert review.review_queue(db, agency.sue) == []
    assert notes.get_note(db, agency.sam, sent.id).can_review

    back = review.return_note(
        db, agency.sam, sent.id, "  Say what the plan for Friday is.  ", sent.version
    )
    assert back.status == "returned"
    assert back.last_return_comment == "Say what the plan for Friday is."
    assert review.review_queue(db, agency.sam) == []
    (returned,) = notes.returned_to_me(db, agency.wendy)
    assert returned.last_return_comment == "Say what the plan for Friday is."

    mine = notes.get_note(db, agency.wendy, sent.id)
    assert mine.can_edit
    edited = replace(mine.content, s6_text="Call on Friday at 10, before work.")
    again = notes.save_draft(db, agency.wendy, mine.id, edited, mine.version)
    resent = notes.submit(db, agency.wendy, again.id, again.version)
    assert resent.status == "submitted" and resent.last_return_comment

    diff = review.changes_since_last_submission(db, agency.sam, resent.id)
    assert [(c.field, c.before, c.after) for c in diff] == [
        ("s6_text", "Call again next week.", "Call on Friday at 10, before work.")
    ]
    assert diff[0].label == "Ongoing support plan"

    signed = review.approve(db, agency.sam, resent.id, resent.version)
    assert signed.status == "approved"
    assert signed.signed_by_name == "Sam Supervisor" and signed.signed_at is not None
    assert [r.decision for r in signed.reviews] == ["returned", "approved"]
    assert signed.last_return_comment == ""
    assert notes.returned_to_me(db, agency.wendy) == []

    with db.read() as s:
        row = s.get(Note, signed.id)
        assert signing.content_hash(row, row.self_care) == signed.content_hash
        assert s.scalar(select(NoteSubmission.id).where(NoteSubmission.note_id == row.id).limit(1))

    add = notes.add_addendum(db, agency.wendy, signed.id, "Correction", "Friday means the 14th.")
    assert add.content_hash == signing.addendum_hash(
        signed.content_hash, agency.wendy.id, add.created_at, add.reason, add.text
    )
    shown = notes.get_note(db, agency.wendy, signed.id)
    assert [a.text for a in shown.addenda] == ["Friday means the 14th."]
    assert shown.content.s6_text == "Call on Friday at 10, before work."  # the original stays

    with db.read() as s:
        assert audit.verify_chain(s) == []
        actions = list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "note", AuditEntry.entity_id == signed.id)
                .order_by(AuditEntry.id)
            )
        )
    assert actions == [
        "note.created", "note.saved", "note.submitted", "note.returned", "note.saved",
        "note.submitted", "note.approved", "note.addendum",
    ]  # fmt: skip


def test_approval_turns_items_into_client_record(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    first = submitted_note(agency, agency.wendy, cid)
    first = review.approve(db, agency.sam, first.id, first.version)
    with db.read() as s:
        goal = s.scalars(select(Goal).where(Goal.client_id == cid)).one()
        assert (goal.text, goal.why_it_matters, goal.note_id) == (
            "Take a lunch break three days a week", "more energy", first.id,
        )  # fmt: skip
        strength = s.scalars(select(Strength).where(Strength.client_id == cid)).one()
        assert (strength.kind, strength.text) == ("support", "Sister calls on Sundays")
        ref = s.scalars(select(Referral).where(Referral.client_id == cid)).one()
        assert (ref.to_whom, ref.status, ref.note_id) == ("Community kitchen", "made", first.id)

    # The next note, started from the last one, reviews the goal on record.
    nxt = notes.start_from_last(db, agency.wendy, cid)
    (item,) = nxt.content.goal_items
    assert item["goal_id"] == goal.id
    assert nxt.content.summary == "" and nxt.content.s1_expressed == ""
    reviewed = {**item, "progress": "Managed two days out of three", "status": "achieved"}
    content = full_content(goal_items=(reviewed,), strength_items=(), referral_items=())
    second = notes.save_draft(db, agency.wendy, nxt.id, content, nxt.version)
    second = notes.submit(db, agency.wendy, second.id, second.version)
    review.approve(db, agency.sam, second.id, second.version)
    with db.read() as s:
        assert s.get(Goal, goal.id).status == "achieved"
        progress = s.scalars(select(GoalProgress).where(GoalProgress.goal_id == goal.id)).one()
        assert (progress.text, progress.note_id) == ("Managed two days out of three", second.id)
        assert s.scalar(select(Goal.id).where(Goal.client_id == cid, Goal.id != goal.id)) is None


def test_start_from_last_carries_indicators_but_not_the_level(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    submitted_note(
        agency, agency.wendy, cid,
        risk_indicators=("self-harm",), risk_level=RiskLevel.MODERATE,
        risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED.value,),
    )  # fmt: skip
    nxt = notes.start_from_last(db, agency.wendy, cid)
    assert nxt.content.risk_indicators == ("self-harm",)
    assert nxt.content.risk_level is None and nxt.content.risk_actions == ()
    assert nxt.content.contact_type == "phone" and nxt.content.follow_up_date is None
    assert "risk_level" in notes.validate_for_submit(nxt.content)


def test_worker_cannot_approve_or_return(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    clients.assign_worker(agency.db, agency.sam, cid, agency.will.id)
    for who in (agency.wendy, agency.will):
        with pytest.raises(PermissionDenied):
            review.approve(agency.db, who, note.id, note.version)
        with pytest.raises(PermissionDenied):
            review.return_note(agency.db, who, note.id, "no", note.version)
        with pytest.raises(PermissionDenied):
            review.review_queue(agency.db, who)
    assert notes.get_note(agency.db, agency.wendy, note.id).status == "submitted"


def test_other_team_supervisor_cannot_review(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    with pytest.raises(NotFound):  # she cannot see the client, so not the note either
        review.approve(agency.db, agency.sue, note.id, note.version)
    a = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, a.version, supervisors_see_all_clients=True)
    with pytest.raises(PermissionDenied):  # now she sees it, but Wendy is not hers
        review.approve(agency.db, agency.sue, note.id, note.version)


def test_worker_cannot_see_another_workers_client(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    with pytest.raises(NotFound):
        notes.get_note(db, agency.walt, note.id)
    with pytest.raises(NotFound):
        notes.client_notes(db, agency.walt, cid)
    with pytest.raises(NotFound):
        notes.create_draft(db, agency.walt, cid)
    with pytest.raises(NotFound):
        notes.get_note(db, agency.will, note.id)  # same team, not his client
    assert notes.search_notes(db, agency.walt, "Friday") == []
    with pytest.raises(NotFound):
        notes.get_note(db, agency.walt, 999_999)


def test_self_care_only_for_author_and_their_supervisor(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    assert notes.get_note(db, agency.wendy, note.id).content.self_care.impact == "Felt fine"
    assert notes.get_note(db, agency.sam, note.id).content.self_care.impact == "Felt fine"
    other = notes.get_note(db, agency.will, note.id)
    assert other.content.self_care is None
    assert other.content.summary  # the rest of the note is his to read


def test_supervisor_sees_own_note_self_care_hidden_from_peer(agency: Agency) -> None:
    # An agency where supervisors see every client: sue can read sam's note, not his step 8.
    db = agency.db
    a = users.get_agency(db)
    users.update_agency(db, agency.admin, a.version, supervisors_see_all_clients=True)
    cid = new_client(agency, agency.sam)
    note = submitted_note(agency, agency.sam, cid)
    assert notes.get_note(db, agency.sue, note.id).content.self_care is None


def test_supervisor_cannot_approve_own_note_unless_allowed(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.sam)
    note = submitted_note(agency, agency.sam, cid)
    assert review.review_queue(db, agency.sam) == []
    with pytest.raises(PermissionDenied, match="your own note"):
        review.approve(db, agency.sam, note.id, note.version)

    a = users.get_agency(db)
    users.update_agency(db, agency.admin, a.version, allow_self_approval=True)
    assert [r.id for r in review.review_queue(db, agency.sam)] == [note.id]
    signed = review.approve(db, agency.sam, note.id, note.version)
    assert signed.status == "approved"
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "note.approved")).one()
    assert entry.details["self_approval"] is True
    assert entry.details["hash"] == signed.content_hash


@pytest.mark.parametrize("comment", ["", "   ", "\n\t "])
def test_return_needs_a_comment(agency: Agency, comment: str) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    with pytest.raises(ValidationError) as err:
        review.return_note(agency.db, agency.sam, note.id, comment, note.version)
    assert "comment" in err.value.problems
    assert notes.get_note(agency.db, agency.sam, note.id).status == "submitted"


def test_approved_note_is_locked_in_the_services(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    signed = review.approve(db, agency.sam, note.id, note.version)
    with pytest.raises(LockedError):
        notes.save_draft(db, agency.wendy, signed.id, full_content(summary="x"), signed.version)
    with pytest.raises(LockedError):
        notes.submit(db, agency.wendy, signed.id, signed.version)
    with pytest.raises(LockedError):
        notes.delete_draft(db, agency.wendy, signed.id)
    with pytest.raises(LockedError):
        review.approve(db, agency.sam, signed.id, signed.version)
    with pytest.raises(LockedError):
        review.return_note(db, agency.sam, signed.id, "again", signed.version)
    assert notes.get_note(db, agency.wendy, signed.id).content.summary == full_content().summary


def test_addendum_rules(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    with pytest.raises(ConflictError):
        notes.add_addendum(db, agency.wendy, note.id, "why", "what")
    signed = review.approve(db, agency.sam, note.id, note.version)
    with pytest.raises(ValidationError) as err:
        notes.add_addendum(db, agency.wendy, signed.id, " ", "")
    assert set(err.value.problems) == {"reason", "text"}
    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    with pytest.raises(PermissionDenied):
        notes.add_addendum(db, agency.will, signed.id, "why", "not my note")
    by_sup = notes.add_addendum(db, agency.sam, signed.id, "Clarification", "Seen by me.")
    assert by_sup.author_name == "Sam Supervisor"
    with db.read() as s:
        row = s.get(Note, signed.id)
        assert row.content_hash == signed.content_hash
        assert signing.content_hash(row, row.self_care) == signed.content_hash


def test_stale_version_is_a_conflict_naming_who(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(db, agency.wendy, cid)
    on_pc_one = notes.save_draft(db, agency.wendy, draft.id, full_content(), draft.version)
    with pytest.raises(ConflictError, match="changed by Wendy Worker at"):
        notes.save_draft(
            db, agency.wendy, draft.id, full_content(summary="other PC"), draft.version
        )
    with pytest.raises(ConflictError):
        notes.submit(db, agency.wendy, draft.id, draft.version)
    assert notes.get_note(db, agency.wendy, draft.id).content.summary == on_pc_one.content.summary
    sent = notes.submit(db, agency.wendy, draft.id, on_pc_one.version)
    with pytest.raises(ConflictError):
        review.approve(db, agency.sam, sent.id, on_pc_one.version)


def test_unchanged_autosave_writes_nothing(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(db, agency.wendy, cid, full_content())
    same = notes.save_draft(db, agency.wendy, draft.id, draft.content, draft.version)
    assert same.version == draft.version
    with db.read() as s:
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "note.saved")).all()


def test_step_8_text_stays_out_of_the_audit_log(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    secret = "my own grief came up and I cried after the call"
    content = full_content()
    content.self_care = replace(content.self_care, impact=secret, debrief_requested=True)
    draft = notes.create_draft(db, agency.wendy, cid, content)
    content.self_care = replace(content.self_care, boundaries=secret + " again")
    saved = notes.save_draft(db, agency.wendy, draft.id, content, draft.version)
    notes.submit(db, agency.wendy, saved.id, saved.version)
    with db.read() as s:
        entries = s.scalars(select(AuditEntry)).all()
    assert entries
    assert not any("grief" in str(e.details) for e in entries)
    saved_entry = next(e for e in entries if e.action == "note.saved")
    assert saved_entry.details["self_care_changed"] == ["boundaries"]


def test_draft_is_private_and_deletable_until_submitted(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(db, agency.wendy, cid, full_content(summary="private draft"))
    assert notes.client_notes(db, agency.sam, cid) == []
    assert notes.count_client_notes(db, agency.wendy, cid) == 1
    assert notes.count_client_notes(db, agency.sam, cid) == 0
    with pytest.raises(NotFound):
        notes.get_note(db, agency.sam, draft.id)
    with pytest.raises(NotFound):
        notes.delete_draft(db, agency.sam, draft.id)
    notes.delete_draft(db, agency.wendy, draft.id)
    with pytest.raises(NotFound):
        notes.get_note(db, agency.wendy, draft.id)

    sent = submitted_note(agency, agency.wendy, cid)
    back = review.return_note(db, agency.sam, sent.id, "more please", sent.version)
    with pytest.raises(ConflictError):
        notes.delete_draft(db, agency.wendy, back.id)


def test_author_finishes_own_draft_after_leaving_the_caseload(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(db, agency.wendy, cid, full_content())
    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    clients.unassign_worker(db, agency.sam, cid, agency.wendy.id)
    sent = notes.submit(db, agency.wendy, draft.id, draft.version)
    assert sent.status == "submitted"
    with pytest.raises(NotFound):
        notes.get_note(db, agency.wendy, sent.id)  # now it is the client's record, not hers


def test_submit_refuses_invalid_note_with_field_messages(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    bad = full_content(
        summary=" ",
        risk_indicators=("thoughts of suicide",),
        risk_level=RiskLevel.HIGH,
        follow_up_date=None,
        s2_questions="",
        s2_insights="",
    )
    draft = notes.create_draft(db, agency.wendy, cid, bad)
    with pytest.raises(ValidationError) as err:
        notes.submit(db, agency.wendy, draft.id, draft.version)
    assert {"summary", "risk_actions", "follow_up_date", "step.exploring"} <= set(
        err.value.problems
    )
    assert notes.get_note(db, agency.wendy, draft.id).status == "draft"
    with db.read() as s:
        assert s.scalar(select(NoteSubmission.id).where(NoteSubmission.note_id == draft.id)) is None


def test_goal_reference_to_another_clients_goal_is_refused(agency: Agency) -> None:
    db = agency.db
    a, b = new_client(agency, agency.wendy, "A"), new_client(agency, agency.wendy, "B")
    first = submitted_note(agency, agency.wendy, a)
    review.approve(db, agency.sam, first.id, first.version)
    with db.read() as s:
        goal_id = s.scalar(select(Goal.id).where(Goal.client_id == a))
    draft = notes.create_draft(
        db, agency.wendy, b, full_content(goal_items=({"goal_id": goal_id},))
    )
    with pytest.raises(ValidationError) as err:
        notes.submit(db, agency.wendy, draft.id, draft.version)
    assert "goal_items" in err.value.problems


def test_late_entry_is_flagged_at_first_submission(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(hours=80)  # the default limit is 72 hours
    late = submitted_note(agency, agency.wendy, cid, contact_at=old)
    prompt = submitted_note(agency, agency.wendy, cid)
    assert late.late_entry and not prompt.late_entry
    rows = {r.id: r.late_entry for r in notes.client_notes(db, agency.sam, cid)}
    assert rows == {late.id: True, prompt.id: False}


def test_submit_updates_client_risk_and_contact(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    before = clients.get_client(db, agency.wendy, cid, audit_open=False)
    recent = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    submitted_note(agency, agency.wendy, cid, contact_at=recent, risk_level=RiskLevel.MODERATE,
                   risk_actions=("crisis_protocol",))  # fmt: skip
    older = recent - dt.timedelta(days=1)
    submitted_note(agency, agency.wendy, cid, contact_at=older, risk_level=RiskLevel.NONE)
    with db.read() as s:
        c = s.get(Client, cid)
        assert c.current_risk == "moderate"  # the older note does not overwrite newer risk
        assert c.current_risk_at == recent
        assert c.last_contact_at == recent
        assert c.version == before.version  # derived fields do not bump the details version


def test_imminent_note_heads_queue_and_raises_alert(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    other = new_client(agency, agency.will, "Kim")
    low = submitted_note(agency, agency.wendy, cid)
    none = submitted_note(agency, agency.will, other, risk_level=RiskLevel.NONE)
    imminent = submitted_note(
        agency, agency.will, other,
        risk_indicators=("suicide plan or means",), risk_level=RiskLevel.IMMINENT,
        risk_actions=("emergency_services", "crisis_protocol"),
    )  # fmt: skip
    queue = review.review_queue(db, agency.sam)
    assert [r.id for r in queue] == [imminent.id, low.id, none.id]
    assert queue[0].urgent and not queue[1].urgent
    assert imminent.urgent and notes.get_note(db, agency.will, imminent.id).urgent
    assert review.review_queue(db, agency.sam, offset=1, limit=1)[0].id == low.id

    detail = clients.get_client(db, agency.sam, other, audit_open=False)
    assert detail.risk_alert_note_id == imminent.id and detail.risk == RiskLevel.IMMINENT
    caseload = {r.id: r for r in clients.list_caseload(db, agency.sam, scope="team")}
    assert caseload[other].risk_alert and not caseload[cid].risk_alert

    signed = review.approve(db, agency.sam, imminent.id, imminent.version)
    assert not signed.urgent
    assert clients.get_client(db, agency.sam, other, audit_open=False).risk_alert_note_id


def test_risk_alert_cleared_by_a_supervisor_who_did_not_raise_it(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.sam)
    high = dict(risk_indicators=("self-harm",), risk_level=RiskLevel.HIGH,
                risk_actions=("safety_plan_reviewed",))  # fmt: skip
    submitted_note(agency, agency.sam, cid, **high)
    with pytest.raises(PermissionDenied, match="another supervisor"):
        risk_alerts.clear_risk_alert(db, agency.sam, cid, "seen")
    with pytest.raises(NotFound):
        risk_alerts.clear_risk_alert(db, agency.sue, cid, "seen")  # not her client
    a = users.get_agency(db)
    users.update_agency(db, agency.admin, a.version, supervisors_see_all_clients=True)
    with pytest.raises(ValidationError):
        risk_alerts.clear_risk_alert(db, agency.sue, cid, "  ")
    with pytest.raises(PermissionDenied):
        risk_alerts.clear_risk_alert(db, agency.wendy, cid, "I am a worker")
    risk_alerts.clear_risk_alert(db, agency.sue, cid, "Spoke with the client; safe at home.")
    with db.read() as s:
        c = s.get(Client, cid)
        assert c.risk_alert_cleared_by_id == agency.sue.id
        assert c.risk_alert_clear_reason == "Spoke with the client; safe at home."
    with pytest.raises(ConflictError):
        risk_alerts.clear_risk_alert(db, agency.sue, cid, "again")
    # A new urgent note raises the alert again.
    again = submitted_note(agency, agency.sam, cid, **high)
    with db.read() as s:
        c = s.get(Client, cid)
        assert c.risk_alert_note_id == again.id and c.risk_alert_cleared_at is None


def test_debrief_reaches_the_authors_supervisor_only(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    content = full_content()
    content.self_care = replace(
        content.self_care, impact="Shaken by the call", debrief_requested=True
    )
    draft = notes.create_draft(db, agency.wendy, cid, content)
    assert review.debrief_requests(db, agency.sam) == []  # not until submitted
    note = notes.submit(db, agency.wendy, draft.id, draft.version)

    (req,) = review.debrief_requests(db, agency.sam)
    assert (req.note_id, req.client_name, req.requester_name) == (note.id, "Robin", "Wendy Worker")
    assert req.impact_excerpt == "Shaken by the call" and req.held_at is None
    assert review.debrief_requests(db, agency.sue) == []
    with pytest.raises(PermissionDenied):
        review.debrief_requests(db, agency.wendy)
    with pytest.raises(NotFound):  # another supervisor's request is not hers to see
        review.mark_debrief_held(db, agency.sue, req.id)

    held = review.mark_debrief_held(db, agency.sam, req.id, "Talked for 20 minutes")
    assert held.held_by_name == "Sam Supervisor" and held.held_at is not None
    assert review.debrief_requests(db, agency.sam) == []
    assert [r.id for r in review.debrief_requests(db, agency.sam, include_held=True)] == [req.id]
    with pytest.raises(ConflictError):
        review.mark_debrief_held(db, agency.sam, req.id)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "debrief.held")).one()
    assert "20 minutes" not in str(entry.details)


def test_unsupervised_supervisors_debrief_goes_to_a_peer_without_step_8(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.sam)
    content = full_content()
    content.self_care = replace(content.self_care, impact="Hard one", debrief_requested=True)
    draft = notes.create_draft(db, agency.sam, cid, content)
    notes.submit(db, agency.sam, draft.id, draft.version)
    assert review.debrief_requests(db, agency.sam) == []  # not to himself
    (req,) = review.debrief_requests(db, agency.sue)
    assert req.requester_name == "Sam Supervisor"
    assert req.impact_excerpt == "" and req.client_name == ""  # not hers to read


def test_search_covers_visible_notes_and_own_drafts_never_step_8(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    content = full_content(s4_text="Loves the 100%_garden project")
    content.self_care = replace(content.self_care, impact="zebra feelings")
    sent = submitted_note(agency, agency.wendy, cid, s4_text=content.s4_text)
    draft = notes.create_draft(db, agency.wendy, cid, content)
    hits = notes.search_notes(db, agency.wendy, "100%_GARDEN")
    assert {r.id for r in hits} == {sent.id, draft.id}
    assert notes.search_notes(db, agency.wendy, "100%x") == []  # % is literal, not a wildcard
    assert [r.id for r in notes.search_notes(db, agency.sam, "garden")] == [sent.id]
    assert notes.search_notes(db, agency.wendy, "zebra") == []
    assert notes.search_notes(db, agency.wendy, "   ") == []
    assert notes.search_notes(db, agency.walt, "garden") == []


def test_client_notes_are_newest_first_and_paged(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    now = dt.datetime.now(dt.UTC)
    made = [
        submitted_note(agency, agency.wendy, cid, contact_at=now - dt.timedelta(hours=h)).id
        for h in (5, 1, 3)
    ]
    listed = notes.client_notes(db, agency.wendy, cid)
    assert [r.id for r in listed] == [made[1], made[2], made[0]]
    assert [r.id for r in notes.client_notes(db, agency.wendy, cid, offset=1, limit=1)] == [made[2]]
    assert notes.count_client_notes(db, agency.wendy, cid) == 3


def test_admin_reads_no_notes(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    with pytest.raises(PermissionDenied):
        notes.get_note(agency.db, agency.admin, note.id)
    with pytest.raises(PermissionDenied):
        notes.create_draft(agency.db, agency.admin, cid, NoteContent())


def test_the_audit_log_names_a_changed_step_but_never_copies_its_text(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(db, agency.wendy, cid)
    pasted = "a long paste " * 8_000
    notes.save_draft(db, agency.wendy, draft.id, full_content(s2_insights=pasted), draft.version)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "note.saved")).one()
    assert "s2_insights" in entry.details["fields"] and "changes" not in entry.details
    assert "a long paste" not in str(entry.details)
