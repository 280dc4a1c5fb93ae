"""The client's goals (step 3): in their own words, why they matter, a target date, a status,
and a dated history of progress.

Goals come from two places: step 3 of an approved note (``review.approve`` turns
the note's goal items into goals and progress entries attributed to that note)
and the client record, where a worker adds a goal or a progress entry by hand.
Both go through the same creators (``new_goal``, ``new_progress``), so a goal
from a note meets the same limits and names who typed it. Progress entries are
never edited or removed; a goal's own fields may be, with optimistic locking
(``versioning``) because two PCs may have the record open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, NotFound
from pswdesk.models import Client, Goal, GoalProgress, Note, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import Actor, client_for
from pswdesk.services.record_support import (
    check,
    client_of,
    local_date,
    names,
    staff,
    text_problem,
)
from pswdesk.services.versioning import Lock, saving
from pswdesk.vocabulary import GoalStatus
from pswdesk.wording import words

#: Status -> label, in the order the record lists goals.
STATUSES: dict[str, str] = {s.value: s.label for s in GoalStatus}
MAX_GOAL = 1_000
GOAL_LOCK: Lock[Goal] = Lock(Goal, "goal", lambda _g: "this goal")


@dataclass(slots=True)
class GoalInput:
    """What a person types about a goal."""

    text: str
    why_it_matters: str = ""
    target_date: dt.date | None = None
    status: str = GoalStatus.ACTIVE

    def validate(self) -> None:
        check(
            {
                "text": text_problem(self.text, words("goal"), required=True, limit=MAX_GOAL),
                "why_it_matters": text_problem(self.why_it_matters, words("reason it matters")),
                "status": "" if self.status in STATUSES else words("choose a status from the list"),
            }
        )


@dataclass(frozen=True, slots=True)
class GoalProgressRow:
    id: int
    goal_id: int
    on: dt.date
    text: str
    status: str
    note_id: int | None
    author_name: str

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def source(self) -> str:
        return f"note #{self.note_id}" if self.note_id else "added on the record"


@dataclass(frozen=True, slots=True)
class GoalRow:
    id: int
    client_id: int
    text: str
    why_it_matters: str
    target_date: dt.date | None
    status: str
    set_on: dt.date
    note_id: int | None
    set_by_name: str
    updated_at: dt.datetime
    version: int
    #: Newest first.
    progress: tuple[GoalProgressRow, ...]

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def active(self) -> bool:
        return self.status == GoalStatus.ACTIVE

    @property
    def last_progress(self) -> GoalProgressRow | None:
        return self.progress[0] if self.progress else None

    @property
    def source(self) -> str:
        by = f" by {self.set_by_name}" if self.set_by_name else ""
        where = f"in note #{self.note_id}" if self.note_id else "on the record"
        return f"Set {where}{by}, {self.set_on:%d %b %Y}"

    def target_passed(self, today: dt.date) -> bool:
        return self.active and self.target_date is not None and self.target_date < today


def _status_order():  # type: ignore[no-untyped-def]
    return case({k: i for i, k in enumerate(STATUSES)}, value=Goal.status, else_=len(STATUSES))


def _rows(s: Session, goals: list[Goal]) -> list[GoalRow]:
    """Goals with their progress, note dates and people's names, in three queries."""
    if not goals:
        return []
    entries = s.execute(
        select(GoalProgress, Note.contact_at, Note.author_id)
        .outerjoin(Note, Note.id == GoalProgress.note_id)
        .where(GoalProgress.goal_id.in_([g.id for g in goals]))
    ).all()
    note_ids = {g.note_id for g in goals if g.note_id}
    goal_notes = (
        dict(s.execute(select(Note.id, Note.author_id).where(Note.id.in_(note_ids))).all())
        if note_ids
        else {}
    )
    people = names(
        s,
        [
            *((author or p.recorded_by_id) for p, _at, author in entries),
            *goal_notes.values(),
            *(g.created_by_id for g in goals),
        ],
    )
    progress: dict[int, list[GoalProgressRow]] = defaultdict(list)
    for p, contact_at, author_id in entries:
        progress[p.goal_id].append(
            GoalProgressRow(
                p.id,
                p.goal_id,
                local_date(contact_at or p.recorded_at),
                p.text,
                p.status,
                p.note_id,
                people.get(author_id or p.recorded_by_id or 0, ""),
            )
        )
    for rows in progress.values():
        rows.sort(key=lambda r: (r.on, r.id), reverse=True)
    out = []
    for g in goals:
        by = goal_notes.get(g.note_id) if g.note_id else g.created_by_id
        out.append(
            GoalRow(
                g.id,
                g.client_id,
                g.text,
                g.why_it_matters,
                g.target_date,
                g.status,
                local_date(g.created_at),
                g.note_id,
                people.get(by or 0, ""),
                g.updated_at,
                g.version,
                tuple(progress[g.id]),
            )
        )
    return out


def list_goals(
    db: Database, actor: Actor, client_id: int, *, include_closed: bool = True
) -> list[GoalRow]:
    """Active goals first, then achieved, paused and dropped; nearest target date first."""
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        q = select(Goal).where(Goal.client_id == client.id)
        if not include_closed:
            q = q.where(Goal.status == GoalStatus.ACTIVE)
        q = q.order_by(
            _status_order(), Goal.target_date.is_(None), Goal.target_date, Goal.created_at, Goal.id
        )
        return _rows(s, list(s.scalars(q)))


def _goal_for(s: Session, me: User, goal_id: int, *, for_write: bool = False) -> Goal:
    goal = s.get(Goal, goal_id)
    if goal is None:
        raise NotFound(words("no goal {goal_id}", goal_id=goal_id))
    client_for(s, me, goal.client_id, for_write=for_write)
    return goal


def get_goal(db: Database, actor: Actor, goal_id: int) -> GoalRow:
    with db.read() as s:
        return _rows(s, [_goal_for(s, staff(s, actor), goal_id)])[0]


def _fields(g: Goal) -> dict[str, object]:
    return {
        "text": g.text,
        "why_it_matters": g.why_it_matters,
        "target_date": g.target_date,
        "status": g.status,
    }


def new_goal(
    s: Session,
    by: User,
    client: Client,
    data: GoalInput,
    *,
    note: Note | None = None,
    at: dt.datetime | None = None,
) -> Goal:
    """A new goal on the client's record, typed by ``by`` on the record or in ``note``.

    The one way a goal is made, for the goals tab and for an approved note alike.
    """
    data.validate()
    at = at or utcnow()
    goal = Goal(
        client_id=client.id, note_id=note.id if note is not None else None, created_by_id=by.id,
        text=data.text.strip(), why_it_matters=data.why_it_matters.strip(),
        target_date=data.target_date, status=data.status, created_at=at, updated_at=at,
    )  # fmt: skip
    s.add(goal)
    s.flush()
    return goal


def new_progress(
    s: Session,
    by: User,
    goal: Goal,
    text: str,
    status: str | None = None,
    *,
    note: Note | None = None,
    at: dt.datetime | None = None,
) -> GoalProgress:
    """A dated progress entry on ``goal``; ``status`` (if given) moves the goal too.

    Typed on the record it needs words; a note's review of a goal may carry only a
    new status. Either way the goal's version moves on: its history changed.
    """
    status = status or None
    check(
        {
            "progress": text_problem(text, words("progress"), required=note is None),
            "status": "" if status is None or status in STATUSES else words("choose a status"),
        }
    )
    at = at or utcnow()
    entry = GoalProgress(
        goal_id=goal.id, note_id=note.id if note is not None else None, recorded_by_id=by.id,
        recorded_at=at, text=text.strip(), status=status or goal.status,
    )  # fmt: skip
    s.add(entry)
    goal.status = entry.status
    goal.updated_at = at
    s.flush()
    return entry


def goal_of_client(s: Session, client: Client, goal_id: int) -> Goal:
    """One of the client's goals, which a note under review refers to.

    Locked: the approval moves the goal's version on without having read one, so
    a goal saved on another PC meanwhile is waited for rather than lost at flush.
    """
    goal = s.get(Goal, goal_id, with_for_update=True)
    if goal is None or goal.client_id != client.id:
        raise ConflictError(words("a goal reviewed in this note no longer exists; return the note"))
    return goal


def add_goal(db: Database, actor: Actor, client_id: int, data: GoalInput) -> GoalRow:
    """A goal typed on the client record (goals set in a note arrive when it is approved)."""
    data.validate()
    with db.write() as s:
        me, client = client_of(s, actor, client_id, for_write=True)
        goal = new_goal(s, me, client, data)
        audit.record(
            s, me, "goal.created", "goal", goal.id,
            client_id=client.id, fields=audit.filled_fields(_fields(goal)),
        )  # fmt: skip
        return _rows(s, [goal])[0]


def update_goal(
    db: Database, actor: Actor, goal_id: int, expected_version: int, data: GoalInput
) -> GoalRow:
    """Change the goal's words, reason, target date or status; refused if someone got there first.

    A status change made here is also kept as a progress entry, so the history
    shows when a goal was achieved, paused or dropped, and by whom.
    """
    data.validate()
    with saving(db) as s:
        me = staff(s, actor)
        goal = _goal_for(s, me, goal_id, for_write=True)
        GOAL_LOCK.check(s, goal, expected_version)
        before = _fields(goal)
        goal.text = data.text.strip()
        goal.why_it_matters = data.why_it_matters.strip()
        goal.target_date = data.target_date
        goal.status = data.status
        after = _fields(goal)
        if before == after:
            return _rows(s, [goal])[0]
        now = utcnow()
        goal.updated_at = now
        if before["status"] != after["status"]:
            was = GoalStatus(str(before["status"])).label.lower()
            s.add(
                GoalProgress(
                    goal_id=goal.id,
                    recorded_by_id=me.id,
                    recorded_at=now,
                    status=goal.status,
                    text=f"Status changed from {was} to {goal.status}.",
                )
            )
        s.flush()
        audit.record(
            s, me, "goal.changed", "goal", goal.id,
            client_id=goal.client_id, fields=audit.changed_fields(before, after),
            changes=audit.changes({"status": before["status"]}, {"status": after["status"]}),
        )  # fmt: skip
        return _rows(s, [goal])[0]


def add_progress(
    db: Database,
    actor: Actor,
    goal_id: int,
    expected_version: int,
    text: str,
    status: str | None = None,
) -> GoalRow:
    """A dated progress entry typed on the record; ``status`` (if given) moves the goal too."""
    with saving(db) as s:
        me = staff(s, actor)
        goal = _goal_for(s, me, goal_id, for_write=True)
        GOAL_LOCK.check(s, goal, expected_version)
        before = goal.status
        entry = new_progress(s, me, goal, text, status)
        audit.record(
            s, me, "goal.progress", "goal", goal.id,
            client_id=goal.client_id, progress_id=entry.id,
            changes=audit.changes({"status": before}, {"status": goal.status}),
        )  # fmt: skip
        return _rows(s, [goal])[0]
