"""The record of what left the agency: one disclosure per handover, emergencies flagged.

A disclosure row and its audit entry are written in the same transaction as the
file (``producing``); an emergency disclosure also leaves a second audit entry
naming the supervisors who must be told, and supervisors list them here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.models import Client, ClientAssignment, Disclosure, User
from pswdesk.services import audit
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    team_ids,
    visible_client_filter,
)
from pswdesk.services.consent_rules import section_labels


@dataclass(frozen=True, slots=True)
class DisclosureRow:
    id: int
    client_id: int
    client_name: str
    created_at: dt.datetime
    user_id: int
    user_name: str
    recipient: str
    consent_id: int | None
    sections: tuple[str, ...]
    date_from: dt.date | None
    date_to: dt.date | None
    emergency_reason: str

    @property
    def emergency(self) -> bool:
        return bool(self.emergency_reason)

    @property
    def section_labels(self) -> tuple[str, ...]:
        return section_labels(self.sections)


@dataclass(frozen=True, slots=True)
class DisclosureRecord:
    """What is written down about one handover, beside the file itself."""

    client_id: int
    recipient: str
    consent_id: int | None
    sections: tuple[str, ...]
    withheld: tuple[str, ...]
    date_from: dt.date
    date_to: dt.date
    emergency_reason: str
    include_unreviewed: bool
    contacts: int
    pages: int
    sha256: str
    created_at: dt.datetime


def record_disclosure(s: Session, me: User, rec: DisclosureRecord) -> int:
    """Write the disclosure and its audit entry (and the emergency flag); returns its id."""
    row = Disclosure(
        client_id=rec.client_id, user_id=me.id, consent_id=rec.consent_id,
        recipient=rec.recipient, sections=list(rec.sections), date_from=rec.date_from,
        date_to=rec.date_to, emergency_reason=rec.emergency_reason, created_at=rec.created_at,
    )  # fmt: skip
    s.add(row)
    s.flush()
    emergency = bool(rec.emergency_reason)
    audit.record(
        s, me, "disclosure", "disclosure", row.id,
        client_id=rec.client_id, consent_id=rec.consent_id,
        sections=list(rec.sections), withheld=list(rec.withheld), date_from=rec.date_from,
        date_to=rec.date_to, include_unreviewed=rec.include_unreviewed, emergency=emergency,
        contacts=rec.contacts, pages=rec.pages, sha256=rec.sha256,
    )  # fmt: skip
    if emergency:
        audit.record(
            s, me, "disclosure.emergency", "disclosure", row.id,
            client_id=rec.client_id, supervisors=_supervisors_of(s, me, rec.client_id),
        )  # fmt: skip
    return row.id


def _supervisors_of(s: Session, me: User, client_id: int) -> list[int]:
    """Who is told about an emergency disclosure: the client's workers' supervisors."""
    carers = select(ClientAssignment.user_id).where(ClientAssignment.client_id == client_id)
    ids = set(
        s.scalars(
            select(User.supervisor_id).where(User.id.in_(carers), User.supervisor_id.is_not(None))
        )
    )
    if me.supervisor_id is not None:
        ids.add(me.supervisor_id)
    return sorted(i for i in ids if i is not None)


def _disclosure_rows(s: Session, where: ColumnElement[bool]) -> list[DisclosureRow]:
    q = (
        select(Disclosure, Client.preferred_name, User.full_name)
        .join(Client, Client.id == Disclosure.client_id)
        .join(User, User.id == Disclosure.user_id)
        .where(where)
        .order_by(Disclosure.created_at.desc(), Disclosure.id.desc())
    )
    return [
        DisclosureRow(
            d.id,
            d.client_id,
            client_name,
            d.created_at,
            d.user_id,
            user_name,
            d.recipient,
            d.consent_id,
            tuple(d.sections or ()),
            d.date_from,
            d.date_to,
            d.emergency_reason,
        )
        for d, client_name, user_name in s.execute(q)
    ]


def client_disclosures(db: Database, actor: Actor, client_id: int) -> list[DisclosureRow]:
    """Every handover made about this client, newest first (for the client record)."""
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_for(s, me, client_id)
        return _disclosure_rows(s, Disclosure.client_id == client_id)


def emergency_disclosures(db: Database, actor: Actor) -> list[DisclosureRow]:
    """Emergency disclosures a supervisor must know about: by their team or about its clients."""
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        mine = or_(Disclosure.user_id.in_(team_ids(s, me)), visible_client_filter(s, me))
        return _disclosure_rows(s, and_(Disclosure.emergency_reason != "", mine))
