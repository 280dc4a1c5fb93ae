"""Risk continuity: clients at imminent or high risk whom nobody has reached lately.

The rule, in one place (the queue, the caseload and the tests all use it):

- **At risk** means the latest submitted or signed note rated the client imminent or
  high (``Client.current_risk``, kept by ``notes.submit``), or a risk alert is still
  open on them (``risk_alerts``), at the level of the note that raised it. The higher
  of the two counts: an alert stays until a supervisor clears it, even after a calmer
  note.
- **Needs contact** means, for that level's number of days N (agency settings:
  ``needs_contact_imminent_days``, 2, and ``needs_contact_high_days``, 7):
  no contact in the last N days, that is no submitted note (``Client.last_contact_at``)
  and no brief contact (``BriefContact``) with a contact time at or after now − N days;
  and no open follow-up due between today and today + N days. An overdue follow-up
  does not count: it is the planned contact that did not happen.
- A drafted note does not count until it is submitted (its time may still change).
- Closed files are left out.

So a contact (a note, a brief contact) or a follow-up coming up clears the client at
once; if the risk stands and nobody is in touch for another N days, they are listed
again.

It is one SQL statement for every client in scope (correlated EXISTS on indexed
columns), so a supervisor's queue over thousands of clients costs one round trip.
``needs_contact_clause`` is the same condition for other queries (the caseload).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.models import BriefContact, Client, ClientAssignment, FollowUp, Note, User, utcnow
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, load_user, settings, team_ids
from pswdesk.services.record_support import today_local
from pswdesk.services.risk_alerts import open_alert_note
from pswdesk.vocabulary import URGENT_RISKS, ClientStatus, RiskLevel


@dataclass(frozen=True, slots=True)
class ContactDays:
    """The agency's days per risk level."""

    imminent: int
    high: int

    def for_level(self, level: RiskLevel) -> int:
        return self.imminent if level == RiskLevel.IMMINENT else self.high


@dataclass(frozen=True, slots=True)
class NeedsContactRow:
    """One client to reach: how urgent, since when, who is assigned."""

    client_id: int
    client_name: str
    level: RiskLevel
    last_contact_at: dt.datetime | None
    days_allowed: int
    workers: str  # "Wendy Worker", "Wendy Worker + 1", "" when nobody is assigned

    def days_without_contact(self, now: dt.datetime | None = None) -> int | None:
        """Whole days since the last contact; None when there never was one."""
        if self.last_contact_at is None:
            return None
        last = self.last_contact_at
        if last.tzinfo is None:
            last = last.replace(tzinfo=dt.UTC)
        return ((now or utcnow()) - last).days

    def reason(self, now: dt.datetime | None = None) -> str:
        """One plain line: why the client is listed."""
        days = self.days_without_contact(now)
        since = "no contact on record" if days is None else f"last contact {days} days ago"
        return (
            f"{self.level.label} risk, {since}; no follow-up planned within "
            f"{self.days_allowed} days"
        )


def contact_days(s: Session) -> ContactDays:
    a = settings(s)
    return ContactDays(a.needs_contact_imminent_days, a.needs_contact_high_days)


def _alert_level() -> ColumnElement[str]:
    """The risk of the note whose alert is open on the client, "" when none is open.

    Never NULL, so that every condition built on it is plainly true or false (a NULL
    would turn ``NOT imminent`` into NULL and hide a high-risk client).
    """
    level = (
        select(Note.risk_level)
        .where(
            Note.id == Client.risk_alert_note_id,
            Client.risk_alert_cleared_at.is_(None),
        )
        .correlate(Client)
        .scalar_subquery()
    )
    return func.coalesce(level, "")


def _at_level(level: RiskLevel) -> ColumnElement[bool]:
    return or_(Client.current_risk == level, _alert_level() == level)


def _unreached(days: int, now: dt.datetime, today: dt.date) -> ColumnElement[bool]:
    """No contact in the last ``days`` days and no open follow-up due within them."""
    since = now - dt.timedelta(days=days)
    horizon = today + dt.timedelta(days=days)
    recent_note = and_(Client.last_contact_at.is_not(None), Client.last_contact_at >= since)
    recent_brief = exists().where(
        BriefContact.client_id == Client.id, BriefContact.contact_at >= since
    )
    coming_follow_up = exists().where(
        FollowUp.client_id == Client.id,
        FollowUp.done_at.is_(None),
        FollowUp.due_date >= today,
        FollowUp.due_date <= horizon,
    )
    return not_(or_(recent_note, recent_brief, coming_follow_up))


def needs_contact_clause(
    days: ContactDays, *, now: dt.datetime | None = None, today: dt.date | None = None
) -> ColumnElement[bool]:
    """A WHERE condition on ``Client``: true for an open file that needs contact now."""
    now = now or utcnow()
    today = today_local(today)
    imminent = _at_level(RiskLevel.IMMINENT)
    high = and_(not_(imminent), _at_level(RiskLevel.HIGH))
    return and_(
        Client.status == ClientStatus.ACTIVE,
        or_(
            and_(imminent, _unreached(days.imminent, now, today)),
            and_(high, _unreached(days.high, now, today)),
        ),
    )


def _scope(s: Session, me: User) -> ColumnElement[bool]:
    """A supervisor's team's clients (their own included); a worker's own."""
    members = team_ids(s, me) if SUPERVISOR in me.role_names else [me.id]
    return exists().where(
        ClientAssignment.client_id == Client.id, ClientAssignment.user_id.in_(members)
    )


def needs_contact(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> list[NeedsContactRow]:
    """The clients in the actor's scope who need contact, imminent first, then longest unseen.

    A supervisor sees their team's clients, a worker their own caseload.
    """
    now = now or utcnow()
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        days = contact_days(s)
        imminent = case((_at_level(RiskLevel.IMMINENT), 1), else_=0)
        last_brief = (
            select(func.max(BriefContact.contact_at))
            .where(BriefContact.client_id == Client.id)
            .correlate(Client)
            .scalar_subquery()
        )
        assigned = (
            select(ClientAssignment.user_id)
            .where(ClientAssignment.client_id == Client.id)
            .correlate(Client)
        )
        first_worker = (
            select(func.min(User.full_name))
            .where(User.id.in_(assigned))
            .correlate(Client)
            .scalar_subquery()
        )
        worker_count = (
            select(func.count())
            .select_from(ClientAssignment)
            .where(ClientAssignment.client_id == Client.id)
            .correlate(Client)
            .scalar_subquery()
        )
        q = (
            select(
                Client.id,
                Client.preferred_name,
                imminent.label("imminent"),
                Client.last_contact_at,
                last_brief.label("last_brief"),
                first_worker.label("first_worker"),
                worker_count.label("worker_count"),
            )
            .where(_scope(s, me), needs_contact_clause(days, now=now, today=today))
            .order_by(
                imminent.desc(),
                Client.last_contact_at.is_not(None),
                Client.last_contact_at,
                Client.id,
            )
        )
        rows = []
        for r in s.execute(q):
            level = RiskLevel.IMMINENT if r.imminent else RiskLevel.HIGH
            last = max(
                (t for t in (r.last_contact_at, r.last_brief) if t is not None), default=None
            )
            workers = r.first_worker or ""
            if workers and r.worker_count > 1:
                workers = f"{workers} + {r.worker_count - 1}"
            rows.append(
                NeedsContactRow(r.id, r.preferred_name, level, last, days.for_level(level), workers)
            )
        return rows


def first_when_flagged(s: Session) -> ColumnElement[int]:
    """An ORDER BY term putting clients who need contact first (0 before 1)."""
    return case((needs_contact_clause(contact_days(s)), 0), else_=1)


def flagged_ids(s: Session, clients: Sequence[Client]) -> set[int]:
    """Which of these loaded clients need contact now (inside a caller's session).

    Only those at imminent or high risk, or with an open alert, are asked about, in one
    query; a page with none costs nothing.
    """
    ids = [
        c.id for c in clients if c.current_risk in URGENT_RISKS or open_alert_note(c) is not None
    ]
    if not ids:
        return set()
    q = select(Client.id).where(Client.id.in_(ids), needs_contact_clause(contact_days(s)))
    return set(s.scalars(q))
