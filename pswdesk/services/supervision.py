"""The supervision-session log: when, with whom, how long, and what was talked about.

A worker's supervisor records each session (date, minutes, topics) and may correct
it later. The worker sees their own sessions, topics included; supervisors see the
sessions of the workers they supervise and the ones they recorded. Topics are about
clients, so administrators get dates and minutes only (for certification), and the
audit log never holds them: it says a session was recorded or changed, the date and
minutes before and after (administrative fields), and whether topics changed.

Totals add the minutes per worker over a period: the hours of supervision a
certification asks for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied, ValidationError
from pswdesk.models import SupervisionSession, User, UserRole, utcnow
from pswdesk.services import audit
from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, Actor, load_user, not_found
from pswdesk.services.versioning import Lock, saving
from pswdesk.wording import words

MAX_MINUTES = 600
MAX_TOPICS = 2_000
EARLIEST = dt.date(2000, 1, 1)

SESSION_LOCK: Lock[SupervisionSession] = Lock(
    SupervisionSession,
    "supervision_session",
    lambda r: f"the supervision session of {r.held_on:%d %b %Y}",
    changes=("supervision.changed",),
)


@dataclass(frozen=True, slots=True)
class SessionInput:
    held_on: dt.date
    minutes: int
    topics: str = ""


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    held_on: dt.date
    worker_id: int
    worker_name: str
    supervisor_name: str
    minutes: int
    topics: str  # "" for a reader who may not see topics (``topics_shown``)
    topics_shown: bool
    can_edit: bool
    version: int


@dataclass(frozen=True, slots=True)
class WorkerTotal:
    worker_id: int
    worker_name: str
    sessions: int
    minutes: int

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


def hours_text(minutes: int) -> str:
    """Minutes as a person reads them: "1 h 30 min", "45 min"."""
    h, m = divmod(minutes, 60)
    if not h:
        return f"{m} min"
    return f"{h} h {m:02d} min" if m else f"{h} h"


# -- who sees what ----------------------------------------------------------------------------


def _visible(me: User) -> ColumnElement[bool]:
    """Sessions this person may list (topics aside, see ``_shows_topics``)."""
    if ADMIN in me.role_names:
        return SupervisionSession.id.is_not(None)
    mine = SupervisionSession.worker_id == me.id
    if SUPERVISOR in me.role_names:
        team = select(User.id).where(User.supervisor_id == me.id)
        return or_(
            mine,
            SupervisionSession.supervisor_id == me.id,
            SupervisionSession.worker_id.in_(team),
        )
    return mine


def _shows_topics(me: User, row: SupervisionSession, worker_supervisor: int | None) -> bool:
    if row.worker_id == me.id:
        return True
    return SUPERVISOR in me.role_names and me.id in (row.supervisor_id, worker_supervisor)


def _row(me: User, r: SupervisionSession, worker: User, supervisor_name: str) -> SessionRow:
    shown = _shows_topics(me, r, worker.supervisor_id)
    return SessionRow(
        r.id,
        r.held_on,
        r.worker_id,
        worker.full_name,
        supervisor_name,
        r.minutes,
        r.topics if shown else "",
        shown,
        _may_edit(me, r, worker),
        r.version,
    )


def _may_edit(me: User, r: SupervisionSession, worker: User) -> bool:
    return SUPERVISOR in me.role_names and me.id in (r.supervisor_id, worker.supervisor_id)


# -- checks -----------------------------------------------------------------------------------


def _clean(data: SessionInput) -> SessionInput:
    problems: dict[str, str] = {}
    today = dt.date.today()
    if not EARLIEST <= data.held_on <= today + dt.timedelta(days=1):
        problems["held_on"] = words("the date is in the future or before 2000")
    if not 1 <= data.minutes <= MAX_MINUTES:
        problems["minutes"] = words(
            "a session lasts between 1 and {max_minutes} minutes", max_minutes=MAX_MINUTES
        )
    topics = data.topics.strip()
    if "\x00" in topics:
        problems["topics"] = words("the topics contain a NUL character (\\0)")
    elif len(topics) > MAX_TOPICS:
        problems["topics"] = words(
            "keep the topics under {max_topics:,} characters", max_topics=MAX_TOPICS
        )
    if problems:
        raise ValidationError(problems)
    return SessionInput(data.held_on, data.minutes, topics)


def _worker_of(s: Session, me: User, worker_id: int) -> User:
    worker = s.get(User, worker_id)
    if worker is None or not worker.active:
        raise not_found("user", worker_id)
    if worker.supervisor_id != me.id:
        raise PermissionDenied(words("only the worker's supervisor can record their supervision"))
    return worker


def _load(s: Session, me: User, session_id: int) -> tuple[SupervisionSession, User]:
    row = s.get(SupervisionSession, session_id)
    if row is None:
        raise not_found("supervision session", session_id)
    worker = s.get_one(User, row.worker_id)
    if not _may_edit(me, row, worker):
        raise not_found("supervision session", session_id)
    return row, worker


# -- writing ----------------------------------------------------------------------------------


def record_session(db: Database, actor: Actor, worker_id: int, data: SessionInput) -> SessionRow:
    """The worker's supervisor logs a session."""
    clean = _clean(data)
    with saving(db) as s:
        me = load_user(s, actor, SUPERVISOR)
        worker = _worker_of(s, me, worker_id)
        now = utcnow()
        row = SupervisionSession(
            worker_id=worker.id,
            supervisor_id=me.id,
            held_on=clean.held_on,
            minutes=clean.minutes,
            topics=clean.topics,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        audit.record(
            s, me, "supervision.recorded", "supervision_session", row.id,
            worker_id=worker.id, held_on=clean.held_on.isoformat(), minutes=clean.minutes,
            topics_given=bool(clean.topics),
        )  # fmt: skip
        return _row(me, row, worker, me.full_name)


def update_session(
    db: Database, actor: Actor, session_id: int, data: SessionInput, *, expected_version: int
) -> SessionRow:
    """Correct a session: the supervisor who recorded it or the worker's supervisor."""
    clean = _clean(data)
    with saving(db) as s:
        me = load_user(s, actor, SUPERVISOR)
        row, worker = _load(s, me, session_id)
        SESSION_LOCK.check(s, row, expected_version)
        before = {"held_on": row.held_on, "minutes": row.minutes}
        topics_changed = row.topics != clean.topics
        row.held_on, row.minutes, row.topics = clean.held_on, clean.minutes, clean.topics
        after = {"held_on": row.held_on, "minutes": row.minutes}
        if before != after or topics_changed:
            row.updated_at = utcnow()
            s.flush()
            fields = audit.changed_fields(before, after) + (["topics"] if topics_changed else [])
            audit.record(
                s, me, "supervision.changed", "supervision_session", row.id,
                worker_id=worker.id, changes=audit.changes(before, after), fields=fields,
            )  # fmt: skip
        recorder = s.get_one(User, row.supervisor_id)
        return _row(me, row, worker, recorder.full_name)


def delete_session(db: Database, actor: Actor, session_id: int, *, expected_version: int) -> None:
    """Remove a session logged by mistake (the audit keeps that it was, never its topics)."""
    with saving(db) as s:
        me = load_user(s, actor, SUPERVISOR)
        row, worker = _load(s, me, session_id)
        SESSION_LOCK.check(s, row, expected_version)
        held_on, minutes = row.held_on, row.minutes
        s.delete(row)
        s.flush()
        audit.record(
            s, me, "supervision.deleted", "supervision_session", session_id,
            worker_id=worker.id, held_on=held_on.isoformat(), minutes=minutes,
        )  # fmt: skip


# -- reading ----------------------------------------------------------------------------------


def _period(q: Any, date_from: dt.date | None, date_to: dt.date | None) -> Any:
    if date_from is not None:
        q = q.where(SupervisionSession.held_on >= date_from)
    if date_to is not None:
        q = q.where(SupervisionSession.held_on <= date_to)
    return q


def sessions(
    db: Database,
    actor: Actor,
    *,
    worker_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[SessionRow]:
    """Sessions this person may see, newest first."""
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR, ADMIN)
        worker, recorder = aliased(User), aliased(User)
        q = (
            select(SupervisionSession, worker, recorder.full_name)
            .join(worker, worker.id == SupervisionSession.worker_id)
            .join(recorder, recorder.id == SupervisionSession.supervisor_id)
            .where(_visible(me))
            .order_by(SupervisionSession.held_on.desc(), SupervisionSession.id.desc())
        )
        if worker_id is not None:
            q = q.where(SupervisionSession.worker_id == worker_id)
        q = _period(q, date_from, date_to)
        return [_row(me, r, w, name) for r, w, name in s.execute(q)]


def supervisees(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """The workers a supervisor can log sessions for: (id, name), by name."""
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        q = (
            select(User.id, User.full_name)
            .where(User.supervisor_id == me.id, User.active)
            .order_by(func.lower(User.full_name), User.id)
        )
        return [(uid, name) for uid, name in s.execute(q)]


def worker_sums(
    s: Session,
    which: ColumnElement[bool],
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> dict[int, tuple[int, int]]:
    """worker id -> (sessions, minutes) of the sessions ``which`` keeps, held in the period.

    The one count of supervision hours: the Supervision page's totals and the
    supervision-hours report both add sessions up here (by the day each was held).
    """
    q = _period(
        select(
            SupervisionSession.worker_id,
            func.count(SupervisionSession.id),
            func.coalesce(func.sum(SupervisionSession.minutes), 0),
        ).where(which),
        date_from,
        date_to,
    ).group_by(SupervisionSession.worker_id)
    return {wid: (n, int(m)) for wid, n, m in s.execute(q)}


def totals(
    db: Database,
    actor: Actor,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[WorkerTotal]:
    """Supervision per worker over the period, every visible worker listed (0 when none).

    A worker gets their own line; a supervisor their team's; an administrator every worker.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR, ADMIN)
        sums = worker_sums(s, _visible(me), date_from=date_from, date_to=date_to)
        people = select(User.id, User.full_name).where(User.active)
        if ADMIN in me.role_names:
            is_worker = (
                select(UserRole.user_id)
                .where(UserRole.user_id == User.id, UserRole.role == WORKER)
                .exists()
            )
            people = people.where(or_(is_worker, User.id.in_(list(sums))))
        elif SUPERVISOR in me.role_names:
            people = people.where(
                or_(User.supervisor_id == me.id, and_(User.id == me.id, User.id.in_(list(sums))))
            )
        else:
            people = people.where(User.id == me.id)
        people = people.order_by(func.lower(User.full_name), User.id)
        return [WorkerTotal(uid, name, *sums.get(uid, (0, 0))) for uid, name in s.execute(people)]
