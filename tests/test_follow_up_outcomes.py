"""Follow-ups done with an outcome, rescheduled, undone, never doubled, owned by the team.

On both backends (the ``agency`` fixture runs once on SQLite and once on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from pswdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import AuditEntry, FollowUp, utcnow
from pswdesk.services import clients, followups, notes, review
from pswdesk.vocabulary import FollowUpOutcome
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today
SECRET = "Mum answered, said Robin is in hospital"


def _day(n: int) -> dt.date:
    return today() + dt.timedelta(days=n)


def _entries(agency: Agency, action: str) -> list[AuditEntry]:
    with agency.db.read() as s:
        q = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return list(s.scalars(q))


def _all_rows(agency: Agency, cid: int) -> list[FollowUp]:
    with agency.db.read() as s:
        q = select(FollowUp).where(FollowUp.client_id == cid).order_by(FollowUp.id)
        return list(s.scalars(q))


@pytest.mark.parametrize(
    "outcome", [FollowUpOutcome.REACHED, FollowUpOutcome.NO_ANSWER, FollowUpOutcome.LEFT_MESSAGE]
)
def test_each_outcome_is_recorded_with_its_comment_and_audited_without_it(
    agency: Agency, outcome: FollowUpOutcome
) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    f = followups.add_follow_up(db, agency.wendy, cid, today(), "Call back")
    done = followups.complete_follow_up(db, agency.wendy, f.id, outcome, f"  {SECRET}  ")
    assert (done.outcome, done.outcome_note) == (outcome, SECRET)
    assert done.done_at is not None and done.done_by_id == agency.wendy.id
    (entry,) = _entries(agency, "follow_up.completed")
    assert entry.details["changes"]["outcome"] == [None, outcome.value]
    assert entry.details["fields"] == ["outcome_note"]
    assert "hospital" not in json.dumps(entry.details)
    (shown,) = followups.client_follow_ups(db, agency.wendy, cid, include_done=True)
    assert shown.outcome == outcome


def test_done_without_an_outcome_records_none_and_rescheduled_is_not_a_done_outcome(
    agency: Agency,
) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    f = followups.add_follow_up(db, agency.wendy, cid, today(), "Call back")
    with pytest.raises(ValidationError) as err:
        followups.complete_follow_up(db, agency.wendy, f.id, FollowUpOutcome.RESCHEDULED)
    assert "outcome" in err.value.problems
    with pytest.raises(ValidationError):
        followups.complete_follow_up(db, agency.wendy, f.id, comment="x" * 501)
    with pytest.raises(ValidationError):
        followups.complete_follow_up(db, agency.wendy, f.id, comment="a\x00b")
    done = followups.complete_follow_up(db, agency.wendy, f.id)  # as the close dialog does
    assert done.outcome is None and done.done_at is not None  # not guessed


def test_reschedule_closes_this_one_and_opens_a_linked_successor(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    f = followups.add_follow_up(db, agency.wendy, cid, _day(1), "Call back")
    with pytest.raises(ValidationError):  # the past
        followups.reschedule_follow_up(db, agency.wendy, f.id, _day(-1))
    with pytest.raises(ValidationError):  # the same day
        followups.reschedule_follow_up(db, agency.wendy, f.id, _day(1))
    with pytest.raises(NotFound):
        followups.reschedule_follow_up(db, agency.walt, f.id, _day(4))

    new = followups.reschedule_follow_up(db, agency.wendy, f.id, _day(4), SECRET)
    assert new.id != f.id and new.rescheduled_from_id == f.id
    assert (new.due_date, new.description, new.owner_id) == (_day(4), "Call back", f.owner_id)
    assert new.done_at is None and new.outcome is None
    old, successor = _all_rows(agency, cid)
    assert (old.outcome, old.outcome_note, old.due_date) == ("rescheduled", SECRET, _day(1))
    assert old.done_at is not None and successor.id == new.id
    assert [r.id for r in followups.follow_ups_due(db, agency.wendy)] == [new.id]

    (entry,) = _entries(agency, "follow_up.rescheduled")
    assert entry.entity_id == f.id and entry.details["new_follow_up_id"] == new.id
    assert entry.details["changes"]["due_date"] == [_day(1).isoformat(), _day(4).isoformat()]
    assert "hospital" not in json.dumps(entry.details)
    with pytest.raises(ConflictError):  # closed: reschedule the new one instead
        followups.reschedule_follow_up(db, agency.wendy, f.id, _day(5))


def test_undo_done_reopens_it_for_the_same_user_within_the_window(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    f = followups.add_follow_up(db, agency.wendy, cid, today(), "Call back")
    with pytest.raises(ConflictError):  # nothing to undo yet
        followups.undo_follow_up(db, agency.wendy, f.id)
    followups.complete_follow_up(db, agency.wendy, f.id, FollowUpOutcome.NO_ANSWER, SECRET)
    with pytest.raises(PermissionDenied):  # her supervisor may complete, not undo hers
        followups.undo_follow_up(db, agency.sam, f.id)
    with pytest.raises(NotFound):
        followups.undo_follow_up(db, agency.walt, f.id)
    back = followups.undo_follow_up(db, agency.wendy, f.id)
    assert back.done_at is None and back.outcome is None and back.outcome_note == ""
    assert back.done_by_id is None
    (entry,) = _entries(agency, "follow_up.undone")
    assert entry.details["changes"]["outcome"] == ["no_answer", None]
    assert entry.details["fields"] == ["outcome_note"]
    assert "hospital" not in json.dumps(entry.details)

    # Closed too long ago: the window has passed.
    followups.complete_follow_up(db, agency.wendy, f.id)
    with db.write() as s:
        s.execute(
            update(FollowUp)
            .where(FollowUp.id == f.id)
            .values(done_at=utcnow() - followups.UNDO_WINDOW - dt.timedelta(seconds=1))
        )
    with pytest.raises(ConflictError):
        followups.undo_follow_up(db, agency.wendy, f.id)


def test_undo_a_reschedule_drops_the_successor_unless_it_was_touched(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    f = followups.add_follow_up(db, agency.wendy, cid, today(), "Call back")
    new = followups.reschedule_follow_up(db, agency.wendy, f.id, _day(3))
    back = followups.undo_follow_up(db, agency.wendy, f.id)
    assert back.id == f.id and back.done_at is None and back.due_date == today()
    assert [r.id for r in _all_rows(agency, cid)] == [f.id]
    (removed,) = _entries(agency, "follow_up.removed")
    assert removed.entity_id == new.id and removed.details["undo_of"] == f.id

    # Once the new one is done (or given away), the reschedule stays.
    again = followups.reschedule_follow_up(db, agency.wendy, f.id, _day(3))
    followups.complete_follow_up(db, agency.wendy, again.id)
    with pytest.raises(ConflictError):
        followups.undo_follow_up(db, agency.wendy, f.id)
    followups.undo_follow_up(db, agency.wendy, again.id)
    followups.reassign_follow_up(db, agency.wendy, again.id, agency.will.id)
    with pytest.raises(ConflictError):
        followups.undo_follow_up(db, agency.wendy, f.id)


def test_a_note_and_a_manual_follow_up_on_the_same_day_are_one_row(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    manual = followups.add_follow_up(db, agency.wendy, cid, _day(7), "Ask about the GP letter")
    note = submitted_note(agency, agency.wendy, cid, follow_up_date=_day(7))
    (due,) = followups.follow_ups_due(db, agency.wendy, days_ahead=14)
    assert due.id == manual.id and due.note_id == note.id
    assert due.description == "Ask about the GP letter"  # the typed words stay
    assert len(_all_rows(agency, cid)) == 1

    # A resubmit that keeps the date changes nothing; one that moves it moves the same row.
    back = review.return_note(db, agency.sam, note.id, "fix the summary", note.version)
    saved = notes.save_draft(db, agency.wendy, back.id, back.content, back.version)
    notes.submit(db, agency.wendy, saved.id, saved.version)
    assert [r.id for r in followups.follow_ups_due(db, agency.wendy, days_ahead=14)] == [manual.id]
    back = review.return_note(db, agency.sam, note.id, "move it", saved.version + 1)
    content = back.content
    content.follow_up_date = _day(9)
    saved = notes.save_draft(db, agency.wendy, back.id, content, back.version)
    notes.submit(db, agency.wendy, saved.id, saved.version)
    (due,) = followups.follow_ups_due(db, agency.wendy, days_ahead=14)
    assert (due.id, due.due_date) == (manual.id, _day(9))

    # Adding by hand what is already open is refused; for another owner it is a new row.
    with pytest.raises(ValidationError) as err:
        followups.add_follow_up(db, agency.wendy, cid, _day(9), "Call")
    assert "due_date" in err.value.problems
    followups.add_follow_up(db, agency.sam, cid, _day(9), "Call", owner_id=agency.sam.id)
    assert len(_all_rows(agency, cid)) == 2


def test_a_note_moved_onto_a_manual_date_takes_that_one_over(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid, follow_up_date=_day(3))
    manual = followups.add_follow_up(db, agency.wendy, cid, _day(5), "Bring the forms")
    back = review.return_note(db, agency.sam, note.id, "later", note.version)
    content = back.content
    content.follow_up_date = _day(5)
    saved = notes.save_draft(db, agency.wendy, back.id, content, back.version)
    notes.submit(db, agency.wendy, saved.id, saved.version)
    (row,) = _all_rows(agency, cid)
    assert (row.id, row.note_id, row.due_date) == (manual.id, note.id, _day(5))


def test_a_resubmit_leaves_a_rescheduled_note_follow_up_alone(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid, follow_up_date=_day(3))
    (first,) = followups.follow_ups_due(db, agency.wendy)
    new = followups.reschedule_follow_up(db, agency.wendy, first.id, _day(6))
    back = review.return_note(db, agency.sam, note.id, "typo", note.version)
    saved = notes.save_draft(db, agency.wendy, back.id, back.content, back.version)
    notes.submit(db, agency.wendy, saved.id, saved.version)
    assert [(r.id, r.due_date) for r in followups.follow_ups_due(db, agency.wendy)] == [
        (new.id, _day(6))
    ]
    assert len(_all_rows(agency, cid)) == 2  # the rescheduled one and its successor


def test_the_team_list_has_one_row_per_follow_up(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    clients.assign_worker(db, agency.sam, cid, agency.sam.id)
    f = followups.add_follow_up(db, agency.wendy, cid, today(), "Call")
    later = _day(2)
    team = followups.follow_ups_due(db, agency.sam, include_team=True, today=later)
    assert [r.id for r in team] == [f.id]
    assert team[0].days_overdue == 2 and team[0].overdue
    assert [r.id for r in followups.client_follow_ups(db, agency.sam, cid)] == [f.id]


def test_days_overdue(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    f = followups.add_follow_up(db, agency.wendy, cid, today(), "Call")
    (due,) = followups.follow_ups_due(db, agency.wendy)
    assert (due.days_overdue, due.overdue) == (0, False)
    (late,) = followups.follow_ups_due(db, agency.wendy, today=_day(3))
    assert (late.id, late.days_overdue, late.overdue) == (f.id, 3, True)
    followups.complete_follow_up(db, agency.wendy, f.id)
    (done,) = followups.client_follow_ups(db, agency.wendy, cid, include_done=True, today=_day(3))
    assert (done.days_overdue, done.overdue) == (0, False)


def test_the_owner_is_anyone_in_the_team_who_may_open_the_client(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    choices = followups.owner_choices(db, agency.wendy, cid)
    assert [c.id for c in choices] == [agency.wendy.id, agency.sam.id]  # Will is not assigned
    assert [c.is_supervisor for c in choices] == [False, True]

    with pytest.raises(ValidationError) as err:  # in the team, but not on this client
        followups.add_follow_up(db, agency.wendy, cid, today(), "Call", owner_id=agency.will.id)
    assert "owner_id" in err.value.problems
    with pytest.raises(ValidationError):  # another team
        followups.add_follow_up(db, agency.wendy, cid, today(), "Call", owner_id=agency.walt.id)
    with pytest.raises(ValidationError):  # not a worker or supervisor
        followups.add_follow_up(db, agency.wendy, cid, today(), "Call", owner_id=agency.admin.id)

    by_sup = followups.add_follow_up(db, agency.wendy, cid, today(), "Call", owner_id=agency.sam.id)
    assert by_sup.owner_id == agency.sam.id
    (created,) = _entries(agency, "follow_up.created")
    assert created.details["owner_id"] == agency.sam.id

    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    assert agency.will.id in [c.id for c in followups.owner_choices(db, agency.wendy, cid)]
    mine = followups.add_follow_up(db, agency.wendy, cid, _day(1), "Visit")
    moved = followups.reassign_follow_up(db, agency.wendy, mine.id, agency.will.id)
    assert (moved.owner_id, moved.owner_name) == (agency.will.id, "Will Worker")
    (entry,) = _entries(agency, "follow_up.reassigned")
    assert entry.details["changes"]["owner_id"] == [agency.wendy.id, agency.will.id]
    with pytest.raises(PermissionDenied):  # now Will's: Wendy may no longer give it away
        followups.reassign_follow_up(db, agency.wendy, mine.id, agency.wendy.id)
    back = followups.reassign_follow_up(db, agency.sam, mine.id, agency.wendy.id)  # their boss
    assert back.owner_id == agency.wendy.id
    twin = followups.add_follow_up(db, agency.wendy, cid, today(), "Call")
    with pytest.raises(ValidationError):  # Sam already has one for this client today
        followups.reassign_follow_up(db, agency.wendy, twin.id, agency.sam.id)


def test_the_database_refuses_an_outcome_the_vocabulary_lacks(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    f = followups.add_follow_up(agency.db, agency.wendy, cid, today(), "Call")
    with pytest.raises(IntegrityError), agency.db.write() as s:
        s.execute(update(FollowUp).where(FollowUp.id == f.id).values(outcome="bogus"))
