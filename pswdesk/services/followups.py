"""Follow-up tasks: the next check-in planned in a note (step 6), or added by hand.

A note carries at most one follow-up, kept in step with its ``follow_up_date``
each time the note is submitted; its owner is the note's author. Supervisors
can also list their team's overdue follow-ups, so none slips unseen.
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
)
from pswdesk.services.record_support import today_local

MAX_DESCRIPTION = 2_000


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


def _query() -> Any:
    return (
        select(FollowUp, Client.preferred_name, User.full_name)
        .join(Client, Client.id == FollowUp.client_id)
        .join(User, User.id == FollowUp.owner_id)
    )


def _row(f: FollowUp, client_name: str, owner_name: str, today: dt.date) -> FollowUpRow:
    return FollowUpRow(
        f.id, f.client_id, client_name, f.owner_id, owner_name, f.due_date, f.description,
        f.done_at, f.done_at is None and f.due_date < today, f.note_id,
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
                raise PermissionDenied("only a supervisor can see the team's follow-ups")
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
        raise ValidationError({"description": "the description contains a NUL character (\\0)"})
    if not text:
        raise ValidationError({"description": "say what the follow-up is for"})
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError(
            {"description": f"keep the description under {MAX_DESCRIPTION:,} characters"}
        )
    return text


def add_follow_up(
    db: Database,
    actor: Actor,
    client_id: int,
    due_date: dt.date,
    description: str,
    *,
    today: dt.date | None = None,
) -> FollowUpRow:
    """A follow-up owned by the actor, for a client they may see."""
    today = today_local(today)
    text = _check_description(description)
    if due_date < today:
        raise ValidationError({"due_date": "the due date has already passed; pick today or later"})
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client = client_for(s, me, client_id, for_write=True)
        f = FollowUp(client_id=client.id, owner_id=me.id, due_date=due_date, description=text)
        s.add(f)
        s.flush()
        audit.record(
            s, me, "follow_up.created", "follow_up", f.id,
            client_id=client.id, due_date=due_date,
        )  # fmt: skip
        return _one(s, f.id, today)


def complete_follow_up(
    db: Database, actor: Actor, follow_up_id: int, *, today: dt.date | None = None
) -> FollowUpRow:
    """Mark done; by its owner or the owner's supervisor.

    Anyone else who may see the client is refused; to the rest, the follow-up is missing.
    """
    today = today_local(today)
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        f = s.get(FollowUp, follow_up_id, with_for_update=True)
        mine = f is not None and (f.owner_id == me.id or supervises(s, me, f.owner_id))
        if f is None or not (mine or may_see_client(s, me, f.client_id)):
            raise not_found("follow-up", follow_up_id)
        if not mine:
            raise PermissionDenied("only the follow-up's owner or their supervisor can complete it")
        if f.done_at is not None:
            raise ConflictError("this follow-up is already done")
        f.done_at = utcnow()
        s.flush()
        audit.record(
            s, me, "follow_up.completed", "follow_up", f.id, client_id=f.client_id,
            changes=audit.changes({"done_at": None}, {"done_at": f.done_at}),
        )  # fmt: skip
        return _one(s, f.id, today)


def sync_for_note(s: Session, me: User, note: Note) -> int | None:
    """Create, move or drop the note's one follow-up to match its ``follow_up_date``.

    Called inside the submit transaction. A follow-up already done is left as it
    is; returns the id of the follow-up the note now has, if any.
    """
    existing = s.scalars(
        select(FollowUp).where(FollowUp.note_id == note.id).order_by(FollowUp.id)
    ).first()
    if note.follow_up_date is None:
        if existing is not None and existing.done_at is None:
            s.delete(existing)
            s.flush()
            audit.record(
                s, me, "follow_up.removed", "follow_up", existing.id,
                client_id=note.client_id, note_id=note.id, due_date=existing.due_date,
            )  # fmt: skip
        return None
    description = f"Check-in planned in the note of {note.contact_at.astimezone():%d %b %Y}"
    if existing is None:
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
    if existing.done_at is None:
        before = {"due_date": existing.due_date, "description": existing.description}
        existing.due_date = note.follow_up_date
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
