"""Follow-ups from notes and by hand, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pswdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import FollowUp
from pswdesk.services import clients, followups, notes, review
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today


def test_submit_creates_one_follow_up_per_note_and_keeps_it_in_step(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid, follow_up_date=today() + dt.timedelta(days=3))
    (due,) = followups.follow_ups_due(db, agency.wendy)
    assert (due.note_id, due.client_name, due.owner_name) == (note.id, "Robin", "Wendy Worker")
    assert due.due_date == today() + dt.timedelta(days=3) and not due.overdue

    back = review.return_note(db, agency.sam, note.id, "move the check-in", note.version)
    moved = back.content
    moved.follow_up_date = today() + dt.timedelta(days=5)
    saved = notes.save_draft(db, agency.wendy, back.id, moved, back.version)
    notes.submit(db, agency.wendy, saved.id, saved.version)
    (due,) = followups.follow_ups_due(db, agency.wendy)
    assert due.due_date == today() + dt.timedelta(days=5)
    with db.read() as s:
        assert len(s.scalars(select(FollowUp).where(FollowUp.note_id == note.id)).all()) == 1


def test_removing_the_date_on_resubmit_drops_the_open_follow_up(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    back = review.return_note(db, agency.sam, note.id, "no check-in needed", note.version)
    content = back.content
    content.follow_up_date = None
    content.s6_text = "No further contact planned."
    saved = notes.save_draft(db, agency.wendy, back.id, content, back.version)
    notes.submit(db, agency.wendy, saved.id, saved.version)
    assert followups.follow_ups_due(db, agency.wendy, days_ahead=30) == []


def test_due_window_and_team_overdue(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    later = today() + dt.timedelta(days=20)
    soon = followups.add_follow_up(db, agency.wendy, cid, today() + dt.timedelta(days=2), "Call")
    far = followups.add_follow_up(db, agency.wendy, cid, later, "Review goals")
    assert [f.id for f in followups.follow_ups_due(db, agency.wendy)] == [soon.id]
    window = followups.follow_ups_due(db, agency.wendy, days_ahead=30)
    assert [f.id for f in window] == [soon.id, far.id]

    # Seen from a week later the first one is overdue, for Wendy and for her supervisor.
    week_on = today() + dt.timedelta(days=7)
    (mine,) = followups.follow_ups_due(db, agency.wendy, days_ahead=0, today=week_on)
    assert mine.id == soon.id and mine.overdue
    assert followups.follow_ups_due(db, agency.sam, today=week_on) == []
    team = followups.follow_ups_due(db, agency.sam, include_team=True, today=week_on)
    assert [f.id for f in team] == [soon.id]
    assert followups.follow_ups_due(db, agency.sue, include_team=True, today=week_on) == []
    with pytest.raises(PermissionDenied):
        followups.follow_ups_due(db, agency.wendy, include_team=True)


def test_completing_a_follow_up(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    f = followups.add_follow_up(db, agency.wendy, cid, today(), "Call back")
    with pytest.raises(NotFound):  # not his client: to him there is no such follow-up
        followups.complete_follow_up(db, agency.walt, f.id)
    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    with pytest.raises(PermissionDenied):  # his client now, but Wendy's follow-up
        followups.complete_follow_up(db, agency.will, f.id)
    done = followups.complete_follow_up(db, agency.sam, f.id)  # her supervisor may
    assert done.done_at is not None and not done.overdue
    with pytest.raises(ConflictError):
        followups.complete_follow_up(db, agency.wendy, f.id)
    assert followups.follow_ups_due(db, agency.wendy) == []


def test_adding_a_follow_up_is_checked(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    with pytest.raises(ValidationError) as err:
        followups.add_follow_up(db, agency.wendy, cid, today() - dt.timedelta(days=1), "late")
    assert "due_date" in err.value.problems
    with pytest.raises(ValidationError) as err:
        followups.add_follow_up(db, agency.wendy, cid, today(), "   ")
    assert "description" in err.value.problems
    with pytest.raises(NotFound):
        followups.add_follow_up(db, agency.walt, cid, today(), "not my client")
