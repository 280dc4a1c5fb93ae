"""Follow-up tasks: the next check-in planned in a note (step 6), or added by hand.

A note carries one follow-up, kept in step with its ``follow_up_date`` each time
the note is submitted; its owner is the note's author. Supervisors can also list
their team's overdue follow-ups, so none slips unseen.

How a follow-up ends: done with an outcome (``FollowUpOutcome``: reached, no
answer, left a message) and an optional short comment, or rescheduled. A
reschedule closes this follow-up with the outcome "rescheduled" and opens a new
one linked to it (``rescheduled_from_id``), rather than moving the date: each
attempt keeps the date it was due, when and by whom it was closed and what came
of it, so an accounting later shows how many tries a check-in took and how far it
slipped, and "overdue" is always judged against the date that was promised. The
new follow-up keeps the note, owner and description of the one it replaces.

Undo: whoever closed a follow-up may take it back within ``UNDO_WINDOW`` (the
GUI offers it right after the action, for the session); an undone reschedule
also drops the follow-up it opened, while nobody has touched that one yet.
Every step is audited with field names and codes, never the typed words.

No duplicates: one client, owner and due date have at most one open follow-up.
Adding one by hand where the same one is open is refused; a note's check-in on
a date the author already planned by hand takes that follow-up over instead of
making a second; a resubmitted note moves (or keeps) its own follow-up, never
adds another. The owner may be anyone in the acting user's team (the supervisor
and the workers reporting to them) who may open the client.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, PermissionDenied, ValidationError
from pswdesk.models import Client, FollowUp, Note, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    may_see_client,
    not_found,
    supervises,
    team_ids,
)
from pswdesk.services.record_support import today_local
from pswdesk.vocabulary import FollowUpOutcome
from pswdesk.wording import words

MAX_DESCRIPTION = 2_000
MAX_OUTCOME_NOTE = 500
#: How long after closing a follow-up its closer may still undo it.
UNDO_WINDOW = dt.timedelta(minutes=15)
#: The outcomes "Done" records; a reschedule records the fourth.
DONE_OUTCOMES: tuple[FollowUpOutcome, ...] = (
    FollowUpOutcome.REACHED,
    FollowUpOutcome.NO_ANSWER,
    FollowUpOutcome.LEFT_MESSAGE,
)
_NOTE_DESCRIPTION = "Check-in planned in the note of"


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    client_id: int
    client_name: str
    owner_id: int
    owner_name: str
    due_date: dt.date
    description: str
    done_at: dt.datetime | None
    overdue: bool
    note_id: int | None
    outcome: FollowUpOutcome | None = None
    outcome_note: str = ""
    days_overdue: int = 0
    done_by_id: int | None = None
    rescheduled_from_id: int | None = None


@dataclass(frozen=True, slots=True)
class OwnerChoice:
    """Someone who may own a client's follow-up."""

    id: int
    name: str
    is_supervisor: bool


def _query() -> Any:
    return (
        select(FollowUp, Client.preferred_name, User.full_name)
        .join(Client, Client.id == FollowUp.client_id)
        .join(User, User.id == FollowUp.owner_id)
    )


def _row(f: FollowUp, client_name: str, owner_name: str, today: dt.date) -> FollowUpRow:
    late = (today - f.due_date).days if f.done_at is None else 0
    return FollowUpRow(
        f.id, f.client_id, client_name, f.owner_id, owner_name, f.due_date, f.description,
        f.done_at, late > 0, f.note_id, FollowUpOutcome(f.outcome) if f.outcome else None,
        f.outcome_note, max(late, 0), f.done_by_id, f.rescheduled_from_id,
    )  # fmt: skip


def _one(s: Session, follow_up_id: int, today: dt.date) -> FollowUpRow:
    f, client_name, owner_name = s.execute(_query().where(FollowUp.id == follow_up_id)).one()
    return _row(f, client_name, owner_name, today)


def follow_ups_due(
    db: Database,
    actor: Actor,
    days_ahead: int = 7,
    include_team: bool = False,
    *,
    today: dt.date | None = None,
) -> list[FollowUpRow]:
    """Open follow-ups the actor owns due within ``days_ahead`` (overdue ones included).

    With ``include_team`` a supervisor also sees their team's overdue follow-ups.
    Earliest due first.
    """
    today = today_local(today)
    horizon = today + dt.timedelta(days=max(days_ahead, 0))
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        mine = and_(FollowUp.owner_id == me.id, FollowUp.due_date <= horizon)
        condition = mine
        if include_team:
            if SUPERVISOR not in me.role_names:
                raise PermissionDenied(words("only a supervisor can see the team's follow-ups"))
            condition = or_(mine, and_(User.supervisor_id == me.id, FollowUp.due_date < today))
        q = (
            _query()
            .where(FollowUp.done_at.is_(None), condition)
            .order_by(FollowUp.due_date, FollowUp.id)
        )
        return [_row(f, c, o, today) for f, c, o in s.execute(q)]


def client_follow_ups(
    db: Database,
    actor: Actor,
    client_id: int,
    *,
    include_done: bool = False,
    today: dt.date | None = None,
) -> list[FollowUpRow]:
    """One client's follow-ups, whoever owns them: open ones first (earliest due first),
    then, with ``include_done``, the done ones (latest done first)."""
    today = today_local(today)
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client = client_for(s, me, client_id)
        q = _query().where(FollowUp.client_id == client.id)
        if not include_done:
            q = q.where(FollowUp.done_at.is_(None))
        q = q.order_by(
            FollowUp.done_at.is_not(None), FollowUp.due_date, FollowUp.done_at.desc(), FollowUp.id
        )
        rows = [_row(f, c, o, today) for f, c, o in s.execute(q)]
        done = sorted(
            ((r.done_at, r) for r in rows if r.done_at is not None),
            key=lambda pair: pair[0],
            reverse=True,
        )
        return [r for r in rows if r.done_at is None] + [r for _at, r in done]


def _check_description(description: str) -> str:
    text = description.strip()
    if "\x00" in text:
        raise ValidationError(
            {"description": words("the description contains a NUL character (\\0)")}
        )
    if not text:
        raise ValidationError({"description": words("say what the follow-up is for")})
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError(
            {
                "description": words(
                    "keep the description under {max_description:,} characters",
                    max_description=MAX_DESCRIPTION,
                )
            }
        )
    return text


def _check_outcome_note(comment: str) -> str:
    text = " ".join(comment.split())
    if "\x00" in comment:
        raise ValidationError({"outcome_note": words("the comment contains a NUL character (\\0)")})
    if len(text) > MAX_OUTCOME_NOTE:
        raise ValidationError(
            {
                "outcome_note": words(
                    "keep the comment under {max_outcome_note} characters",
                    max_outcome_note=MAX_OUTCOME_NOTE,
                )
            }
        )
    return text


def _twin(
    s: Session, client_id: int, owner_id: int, due_date: dt.date, *, besides: int | None = None
) -> FollowUp | None:
    """The open follow-up this client, owner and date already have, if any."""
    q = select(FollowUp).where(
        FollowUp.client_id == client_id,
        FollowUp.owner_id == owner_id,
        FollowUp.due_date == due_date,
        FollowUp.done_at.is_(None),
    )
    if besides is not None:
        q = q.where(FollowUp.id != besides)
    return s.scalars(q.order_by(FollowUp.id)).first()


def _refuse_twin(
    s: Session, client_id: int, owner: User, due_date: dt.date, besides: int | None = None
) -> None:
    if _twin(s, client_id, owner.id, due_date, besides=besides) is not None:
        raise ValidationError(
            {
                "due_date": words(
                    "{owner} already has a follow-up for this client due {day} {due_date:%b %Y}; "
                    "change that one instead",
                    owner=owner.full_name,
                    day=due_date.day,
                    due_date=due_date,
                )
            }
        )


def _team(s: Session, me: User) -> list[int]:
    """The acting user's team: a supervisor's own; a worker's supervisor and colleagues."""
    if SUPERVISOR in me.role_names:
        return team_ids(s, me)
    if me.supervisor_id is None:
        return [me.id]
    boss = s.get(User, me.supervisor_id)
    return team_ids(s, boss) if boss is not None else [me.id]


def _owner(s: Session, me: User, owner_id: int | None, client_id: int) -> User:
    """The chosen owner, checked: in the team, active, a worker or supervisor, sees the client."""
    if owner_id is None or owner_id == me.id:
        return me
    owner = s.get(User, owner_id)
    if owner is None or owner.id not in _team(s, me):
        raise ValidationError({"owner_id": words("choose someone in your team")})
    if not owner.active or not ({WORKER, SUPERVISOR} & set(owner.role_names)):
        raise ValidationError(
            {"owner_id": words("{owner} cannot own follow-ups", owner=owner.full_name)}
        )
    if not may_see_client(s, owner, client_id):
        raise ValidationError(
            {
                "owner_id": words(
                    "{owner} is not assigned to this client; assign them first",
                    owner=owner.full_name,
                )
            }
        )
    return owner


def owner_choices(db: Database, actor: Actor, client_id: int) -> list[OwnerChoice]:
    """Who may own this client's follow-ups: the team members who may open the client.

    The acting user first, then by name.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client = client_for(s, me, client_id)
        team = s.scalars(select(User).where(User.id.in_(_team(s, me)), User.active.is_(True)))
        out = [
            OwnerChoice(u.id, u.full_name, SUPERVISOR in u.role_names)
            for u in team
            if {WORKER, SUPERVISOR} & set(u.role_names) and may_see_client(s, u, client.id)
        ]
        return sorted(out, key=lambda c: (c.id != me.id, c.name.casefold(), c.id))


def add_follow_up(
    db: Database,
    actor: Actor,
    client_id: int,
    due_date: dt.date,
    description: str,
    *,
    owner_id: int | None = None,
    today: dt.date | None = None,
) -> FollowUpRow:
    """A follow-up for a client the actor may see, owned by them or someone in their team."""
    today = today_local(today)
    text = _check_description(description)
    if due_date < today:
        raise ValidationError(
            {"due_date": words("the due date has already passed; pick today or later")}
        )
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client = client_for(s, me, client_id, for_write=True)
        owner = _owner(s, me, owner_id, client.id)
        _refuse_twin(s, client.id, owner, due_date)
        f = FollowUp(client_id=client.id, owner_id=owner.id, due_date=due_date, description=text)
        s.add(f)
        s.flush()
        audit.record(
            s, me, "follow_up.created", "follow_up", f.id,
            client_id=client.id, due_date=due_date, owner_id=owner.id,
        )  # fmt: skip
        return _one(s, f.id, today)


def _mine(s: Session, me: User, follow_up_id: int, verb: str) -> FollowUp:
    """The follow-up, locked, if the actor owns it or supervises its owner.

    Anyone else who may see the client is refused; to the rest, it is missing.
    """
    f = s.get(FollowUp, follow_up_id, with_for_update=True)
    mine = f is not None and (f.owner_id == me.id or supervises(s, me, f.owner_id))
    if f is None or not (mine or may_see_client(s, me, f.client_id)):
        raise not_found("follow-up", follow_up_id)
    if not mine:
        raise PermissionDenied(
            words("only the follow-up's owner or their supervisor can {verb} it", verb=verb)
        )
    return f


def _close(
    s: Session, me: User, f: FollowUp, outcome: FollowUpOutcome | None, comment: str
) -> None:
    if f.done_at is not None:
        raise ConflictError(words("this follow-up is already done"))
    f.done_at = utcnow()
    f.outcome = outcome
    f.outcome_note = comment
    f.done_by_id = me.id
    s.flush()


def complete_follow_up(
    db: Database,
    actor: Actor,
    follow_up_id: int,
    outcome: FollowUpOutcome | None = None,
    comment: str = "",
    *,
    today: dt.date | None = None,
) -> FollowUpRow:
    """Mark done with how it went (reached, no answer, left a message), by its owner or
    the owner's supervisor. Without an outcome (the close dialog's "done") none is
    recorded rather than guessed; a reschedule goes through ``reschedule_follow_up``."""
    today = today_local(today)
    outcome = FollowUpOutcome(outcome) if outcome is not None else None
    if outcome is not None and outcome not in DONE_OUTCOMES:
        raise ValidationError({"outcome": words("to move the date, reschedule the follow-up")})
    text = _check_outcome_note(comment)
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        f = _mine(s, me, follow_up_id, words("complete"))
        _close(s, me, f, outcome, text)
        audit.record(
            s, me, "follow_up.completed", "follow_up", f.id, client_id=f.client_id,
            changes=audit.changes(
                {"done_at": None, "outcome": None}, {"done_at": f.done_at, "outcome": outcome}
            ),
            fields=audit.filled_fields({"outcome_note": text}),
        )  # fmt: skip
        return _one(s, f.id, today)


def reschedule_follow_up(
    db: Database,
    actor: Actor,
    follow_up_id: int,
    due_date: dt.date,
    comment: str = "",
    *,
    today: dt.date | None = None,
) -> FollowUpRow:
    """Close this follow-up as rescheduled and open its successor due ``due_date``.

    Returns the new follow-up (its ``rescheduled_from_id`` names this one).
    """
    today = today_local(today)
    text = _check_outcome_note(comment)
    if due_date < today:
        raise ValidationError(
            {"due_date": words("the new date has already passed; pick today or later")}
        )
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        f = _mine(s, me, follow_up_id, words("reschedule"))
        if f.done_at is None and due_date == f.due_date:
            raise ValidationError({"due_date": words("pick a date other than the one it is due")})
        owner = s.get_one(User, f.owner_id)
        _refuse_twin(s, f.client_id, owner, due_date, besides=f.id)
        _close(s, me, f, FollowUpOutcome.RESCHEDULED, text)
        new = FollowUp(
            client_id=f.client_id, note_id=f.note_id, owner_id=f.owner_id, due_date=due_date,
            description=f.description, rescheduled_from_id=f.id,
        )  # fmt: skip
        s.add(new)
        s.flush()
        audit.record(
            s, me, "follow_up.rescheduled", "follow_up", f.id, client_id=f.client_id,
            new_follow_up_id=new.id,
            changes=audit.changes(
                {"done_at": None, "outcome": None, "due_date": f.due_date},
                {"done_at": f.done_at, "outcome": f.outcome, "due_date": due_date},
            ),
            fields=audit.filled_fields({"outcome_note": text}),
        )  # fmt: skip
        return _one(s, new.id, today)


def undo_follow_up(
    db: Database, actor: Actor, follow_up_id: int, *, today: dt.date | None = None
) -> FollowUpRow:
    """Take back a done or reschedule: only whoever did it, within ``UNDO_WINDOW``.

    The follow-up is open again as it was; an undone reschedule drops the follow-up it
    opened, refused once that one has been done, rescheduled or given to someone else.
    """
    today = today_local(today)
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        f = _mine(s, me, follow_up_id, words("undo"))
        if f.done_at is None:
            raise ConflictError(words("this follow-up is open; there is nothing to undo"))
        if f.done_by_id != me.id:
            raise PermissionDenied(words("only the person who closed the follow-up can undo it"))
        if utcnow() - f.done_at > UNDO_WINDOW:
            minutes = int(UNDO_WINDOW.total_seconds() // 60)
            raise ConflictError(
                words(
                    "it is more than {minutes} minutes since; it cannot be undone", minutes=minutes
                )
            )
        successor = s.scalars(
            select(FollowUp).where(FollowUp.rescheduled_from_id == f.id).with_for_update()
        ).first()
        removed: int | None = None
        if successor is not None:
            if successor.done_at is not None or successor.owner_id != f.owner_id:
                raise ConflictError(
                    words("the rescheduled follow-up has been changed since; it cannot be undone")
                )
            removed = successor.id
            s.delete(successor)
            s.flush()
            audit.record(
                s, me, "follow_up.removed", "follow_up", removed, client_id=f.client_id,
                note_id=f.note_id, due_date=successor.due_date, undo_of=f.id,
            )  # fmt: skip
        before = {"done_at": f.done_at, "outcome": f.outcome}
        had_comment = bool(f.outcome_note)
        f.done_at = None
        f.outcome = None
        f.outcome_note = ""
        f.done_by_id = None
        s.flush()
        audit.record(
            s, me, "follow_up.undone", "follow_up", f.id, client_id=f.client_id,
            changes=audit.changes(before, {"done_at": None, "outcome": None}),
            fields=["outcome_note"] if had_comment else [], removed_follow_up_id=removed,
        )  # fmt: skip
        return _one(s, f.id, today)


def reassign_follow_up(
    db: Database, actor: Actor, follow_up_id: int, owner_id: int, *, today: dt.date | None = None
) -> FollowUpRow:
    """Give an open follow-up to someone else in the team who may open the client."""
    today = today_local(today)
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        f = _mine(s, me, follow_up_id, words("reassign"))
        if f.done_at is not None:
            raise ConflictError(words("this follow-up is already done"))
        owner = _owner(s, me, owner_id, f.client_id)
        if owner.id == f.owner_id:
            return _one(s, f.id, today)
        _refuse_twin(s, f.client_id, owner, f.due_date, besides=f.id)
        before = f.owner_id
        f.owner_id = owner.id
        s.flush()
        audit.record(
            s, me, "follow_up.reassigned", "follow_up", f.id, client_id=f.client_id,
            changes=audit.changes({"owner_id": before}, {"owner_id": owner.id}),
        )  # fmt: skip
        return _one(s, f.id, today)


def _note_description(note: Note) -> str:
    return f"{_NOTE_DESCRIPTION} {note.contact_at.astimezone():%d %b %Y}"


def sync_for_note(s: Session, me: User, note: Note) -> int | None:
    """Create, move or drop the note's one follow-up to match its ``follow_up_date``.

    Called inside the submit transaction, on every submission of the note (a returned
    note comes back through here). Only the note's first follow-up follows the note,
    and only while it is open: one that was done or rescheduled by hand is left as it
    is (a reschedule's successor is the worker's to manage). A date the author already
    has an open follow-up for with this client is taken over (linked to the note), not
    doubled. Returns the id of the follow-up the note now has, if any.
    """
    existing = s.scalars(
        select(FollowUp)
        .where(FollowUp.note_id == note.id, FollowUp.rescheduled_from_id.is_(None))
        .order_by(FollowUp.id)
    ).first()
    if note.follow_up_date is None:
        if existing is not None and existing.done_at is None:
            _drop(s, me, note, existing)
        return None
    description = _note_description(note)
    if existing is None:
        twin = _twin(s, note.client_id, note.author_id, note.follow_up_date)
        if twin is not None and twin.note_id is None:
            return _adopt(s, me, note, twin)
        if twin is not None:  # another note's check-in on that day: one visit, one row
            return twin.id
        f = FollowUp(
            client_id=note.client_id, note_id=note.id, owner_id=note.author_id,
            due_date=note.follow_up_date, description=description,
        )  # fmt: skip
        s.add(f)
        s.flush()
        audit.record(
            s, me, "follow_up.created", "follow_up", f.id,
            client_id=note.client_id, note_id=note.id, due_date=f.due_date,
        )  # fmt: skip
        return f.id
    if existing.done_at is not None:
        successor = s.scalars(
            select(FollowUp)
            .where(FollowUp.note_id == note.id, FollowUp.done_at.is_(None))
            .order_by(FollowUp.id.desc())
        ).first()
        return successor.id if successor is not None else existing.id
    twin = _twin(s, existing.client_id, existing.owner_id, note.follow_up_date, besides=existing.id)
    if twin is not None and twin.note_id is None:
        _drop(s, me, note, existing)
        return _adopt(s, me, note, twin)
    before = {"due_date": existing.due_date, "description": existing.description}
    existing.due_date = note.follow_up_date
    if existing.description.startswith(_NOTE_DESCRIPTION):  # never overwrite typed words
        existing.description = description
    after = {"due_date": existing.due_date, "description": existing.description}
    if before != after:
        s.flush()
        audit.record(
            s, me, "follow_up.changed", "follow_up", existing.id,
            client_id=note.client_id, note_id=note.id,
            fields=audit.changed_fields(before, after),
            changes=audit.changes(
                {"due_date": before["due_date"]}, {"due_date": after["due_date"]}
            ),
        )  # fmt: skip
    return existing.id


def _drop(s: Session, me: User, note: Note, f: FollowUp) -> None:
    fid, due = f.id, f.due_date
    s.delete(f)
    s.flush()
    audit.record(
        s, me, "follow_up.removed", "follow_up", fid,
        client_id=note.client_id, note_id=note.id, due_date=due,
    )  # fmt: skip


def _adopt(s: Session, me: User, note: Note, f: FollowUp) -> int:
    """The author's own follow-up on the note's date becomes the note's: one row, not two."""
    f.note_id = note.id
    s.flush()
    audit.record(
        s, me, "follow_up.changed", "follow_up", f.id,
        client_id=note.client_id, note_id=note.id, fields=["note_id"],
    )  # fmt: skip
    return f.id
