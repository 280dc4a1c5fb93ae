"""Emergency disclosures, for the people who must know about them, and their acknowledgement.

An emergency disclosure is made without the client's consent, so the workers'
supervisors are told (an audit entry names them, ``disclosures``) and list them
here: who made it, when, to whom and why, whether it left, and whether a
supervisor acknowledged it. A supervisor's list holds their team's: made by a
member of the team, or about a client the team carries. One supervisor of that
team acknowledges it, once; the acknowledgement is a row of
``emergency_acknowledgements`` and an audit entry (its note is kept in the row,
never in the log).

Administrators see every emergency disclosure in the agency, as an accounting
of disclosures needs it (the client's number, who, when, to whom, whether it
left and was acknowledged), but not the client's name nor the reason, which are
the client's content (a supervisor who is also an administrator sees them for
their own team's only). docs/ARCHITECTURE.md, Handover.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, ValidationError
from pswdesk.models import (
    Client,
    ClientAssignment,
    Disclosure,
    EmergencyAcknowledgement,
    User,
    utcnow,
)
from pswdesk.services import audit
from pswdesk.services.access import ADMIN, SUPERVISOR, Actor, load_user, not_found, team_ids
from pswdesk.services.handover.disclosures import released_hows, releases_of
from pswdesk.vocabulary import ReleaseHow
from pswdesk.wording import words

MAX_NOTE = 1000


@dataclass(frozen=True, slots=True)
class EmergencyRow:
    """One emergency disclosure as the list shows it.

    ``client_name`` and ``reason`` are None where they are withheld (an
    administrator's view of a client outside their team).
    """

    id: int
    client_id: int
    client_name: str | None
    created_at: dt.datetime
    user_name: str
    recipient: str
    reason: str | None
    released_at: dt.datetime | None
    released_how: tuple[ReleaseHow, ...]
    acknowledged_by: str | None
    acknowledged_at: dt.datetime | None
    acknowledgement_note: str | None
    may_acknowledge: bool

    @property
    def emergency(self) -> bool:
        return True

    @property
    def released(self) -> bool:
        return self.released_at is not None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    disclosure_id: int
    supervisor_name: str
    acknowledged_at: dt.datetime


def _team_scope(s: Session, me: User) -> ColumnElement[bool]:
    """Emergency disclosures of a supervisor's team: made by it, or about a client it carries."""
    team = team_ids(s, me)
    carried = select(ClientAssignment.client_id).where(ClientAssignment.user_id.in_(team))
    return or_(Disclosure.user_id.in_(team), Disclosure.client_id.in_(carried))


def _viewer(s: Session, actor: Actor) -> tuple[User, ColumnElement[bool] | None]:
    """The acting supervisor or administrator, and their team's scope (None: no team)."""
    me = load_user(s, actor, SUPERVISOR, ADMIN)
    return me, (_team_scope(s, me) if SUPERVISOR in me.role_names else None)


def emergency_disclosures(db: Database, actor: Actor) -> list[EmergencyRow]:
    """The emergency disclosures the actor must know about: not yet acknowledged first, newest
    first within each."""
    with db.read() as s:
        me, team = _viewer(s, actor)
        everything = ADMIN in me.role_names
        scope = true() if everything or team is None else team
        q = (
            select(Disclosure, User.full_name)
            .join(User, User.id == Disclosure.user_id)
            .where(Disclosure.emergency_reason != "", scope)
            .order_by(Disclosure.created_at.desc(), Disclosure.id.desc())
        )
        found = s.execute(q).all()
        ids = [d.id for d, _ in found]
        in_team = (
            set(s.scalars(select(Disclosure.id).where(Disclosure.id.in_(ids), team)))
            if team is not None and ids
            else set()
        )
        wanted = select(Client.id, Client.preferred_name).where(
            Client.id.in_({d.client_id for d, _ in found})
        )
        names = {cid: name for cid, name in s.execute(wanted)}
        acks = {
            a.disclosure_id: (a, name)
            for a, name in s.execute(
                select(EmergencyAcknowledgement, User.full_name)
                .join(User, User.id == EmergencyAcknowledgement.supervisor_id)
                .where(EmergencyAcknowledgement.disclosure_id.in_(ids))
            )
        }
        releases = releases_of(s, ids)
    rows = []
    for d, user_name in found:
        mine = d.id in in_team
        ack, ack_name = acks.get(d.id, (None, None))
        left = releases.get(d.id, [])
        rows.append(
            EmergencyRow(
                d.id,
                d.client_id,
                names.get(d.client_id) if mine else None,
                d.created_at,
                user_name,
                d.recipient,
                d.emergency_reason if mine else None,
                left[0].released_at if left else None,
                released_hows(left),
                ack_name,
                ack.acknowledged_at if ack else None,
                (ack.note if mine else None) if ack else None,
                mine and ack is None,
            )
        )
    rows.sort(key=lambda r: r.acknowledged)  # stable: newest first within each
    return rows


def acknowledge_emergency(
    db: Database, actor: Actor, disclosure_id: int, note: str = ""
) -> Acknowledgement:
    """A supervisor of the team records that they read this emergency disclosure (once)."""
    text = note.strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(
            {"note": words("keep the note under {max_note} characters", max_note=MAX_NOTE)}
        )
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        disclosure = s.scalars(
            select(Disclosure).where(
                Disclosure.id == disclosure_id,
                Disclosure.emergency_reason != "",
                _team_scope(s, me),
            )
        ).first()
        if disclosure is None:
            raise not_found("emergency disclosure", disclosure_id)
        done = s.execute(
            select(EmergencyAcknowledgement.acknowledged_at, User.full_name)
            .join(User, User.id == EmergencyAcknowledgement.supervisor_id)
            .where(EmergencyAcknowledgement.disclosure_id == disclosure_id)
        ).first()
        if done is not None:
            raise ConflictError(
                words("{done} already acknowledged this emergency disclosure", done=done.full_name)
            )
        row = EmergencyAcknowledgement(
            disclosure_id=disclosure_id, supervisor_id=me.id, acknowledged_at=utcnow(), note=text
        )
        s.add(row)
        try:
            s.flush()
        except IntegrityError as exc:  # another supervisor, a moment earlier
            raise ConflictError(words("another supervisor acknowledged it a moment ago")) from exc
        audit.record(
            s, me, "disclosure.acknowledged", "disclosure", disclosure_id,
            client_id=disclosure.client_id, acknowledgement_id=row.id, with_note=bool(text),
        )  # fmt: skip
        return Acknowledgement(disclosure_id, me.full_name, row.acknowledged_at)
