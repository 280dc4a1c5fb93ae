"""The record of what left the agency: each handover prepared, and each time it left.

A handover is recorded as soon as it is generated (``producing``, in the same
transaction as the file), so the record never depends on what happens next; it
is then *prepared*. It becomes a *disclosure* when it leaves: saved as PDF or
printed from the dialog (``release_disclosure``), or written to a file by the
command line's ``-o`` (``producing``, in the same transaction). Each release is a
row of ``disclosure_releases`` and an audit entry. An emergency disclosure also
leaves a second audit entry naming the supervisors who must be told
(``emergencies`` lists them and records their acknowledgement).

The client's accounting of disclosures (``client_disclosures``) lists both, each
saying whether and how it left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.models import Client, ClientAssignment, Disclosure, DisclosureRelease, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, client_for, load_user, not_found
from pswdesk.services.consent_rules import section_labels
from pswdesk.vocabulary import DocumentLanguage, ReleaseHow
from pswdesk.wording import words

#: How a handover may be released by a caller (``before-0017`` is the migration's alone).
RELEASES = (ReleaseHow.SAVED, ReleaseHow.PRINTED, ReleaseHow.CLI_OUTPUT)


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
    #: When it first left (None: prepared, never released) and every way it left.
    released_at: dt.datetime | None = None
    released_how: tuple[ReleaseHow, ...] = ()
    #: The language the summary was written in.
    language: DocumentLanguage = DocumentLanguage.ENGLISH

    @property
    def emergency(self) -> bool:
        return bool(self.emergency_reason)

    @property
    def released(self) -> bool:
        return self.released_at is not None

    @property
    def section_labels(self) -> tuple[str, ...]:
        return section_labels(self.sections)


@dataclass(frozen=True, slots=True)
class Release:
    """One time a handover left."""

    id: int
    disclosure_id: int
    how: ReleaseHow
    released_at: dt.datetime


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
    language: DocumentLanguage = DocumentLanguage.ENGLISH


def record_disclosure(s: Session, me: User, rec: DisclosureRecord) -> int:
    """Write the disclosure and its audit entry (and the emergency flag); returns its id."""
    row = Disclosure(
        client_id=rec.client_id, user_id=me.id, consent_id=rec.consent_id,
        recipient=rec.recipient, sections=list(rec.sections), date_from=rec.date_from,
        date_to=rec.date_to, emergency_reason=rec.emergency_reason, created_at=rec.created_at,
        language=rec.language,
    )  # fmt: skip
    s.add(row)
    s.flush()
    emergency = bool(rec.emergency_reason)
    audit.record(
        s, me, "disclosure", "disclosure", row.id,
        client_id=rec.client_id, consent_id=rec.consent_id,
        sections=list(rec.sections), withheld=list(rec.withheld), date_from=rec.date_from,
        date_to=rec.date_to, include_unreviewed=rec.include_unreviewed, emergency=emergency,
        contacts=rec.contacts, pages=rec.pages, sha256=rec.sha256, language=str(rec.language),
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


def record_release(s: Session, me: User, disclosure: Disclosure, how: ReleaseHow) -> Release:
    """Write one release of a prepared handover and its audit entry, in the caller's transaction."""
    row = DisclosureRelease(
        disclosure_id=disclosure.id, user_id=me.id, how=how, released_at=utcnow()
    )
    s.add(row)
    s.flush()
    audit.record(
        s, me, "disclosure.released", "disclosure", disclosure.id,
        client_id=disclosure.client_id, release_id=row.id, how=str(how),
    )  # fmt: skip
    return Release(row.id, disclosure.id, ReleaseHow(row.how), row.released_at)


def release_disclosure(db: Database, actor: Actor, disclosure_id: int, how: str) -> Release:
    """The handover left the dialog (saved or printed): it is now a disclosure.

    Only its author releases it: the PDF is in their dialog. Their access to the
    client is not checked again: if it ended meanwhile, what left still has to be
    on record. Saving again or printing as well records another release.
    """
    try:
        kind = ReleaseHow(how)
    except ValueError:
        kind = None
    if kind not in RELEASES:
        raise ValidationError(
            {"how": words("a handover is released by {releases}", releases=", ".join(RELEASES))}
        )
    assert kind is not None
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        disclosure = s.get(Disclosure, disclosure_id)
        if disclosure is None or disclosure.user_id != me.id:
            raise not_found("handover", disclosure_id)
        return record_release(s, me, disclosure, kind)


def releases_of(s: Session, disclosure_ids: list[int]) -> dict[int, list[DisclosureRelease]]:
    """Each disclosure's releases, oldest first."""
    found: dict[int, list[DisclosureRelease]] = {}
    if not disclosure_ids:
        return found
    q = (
        select(DisclosureRelease)
        .where(DisclosureRelease.disclosure_id.in_(disclosure_ids))
        .order_by(DisclosureRelease.released_at, DisclosureRelease.id)
    )
    for row in s.scalars(q):
        found.setdefault(row.disclosure_id, []).append(row)
    return found


def released_hows(rows: list[DisclosureRelease]) -> tuple[ReleaseHow, ...]:
    """The ways it left, each once, in the order they first happened."""
    return tuple(dict.fromkeys(ReleaseHow(r.how) for r in rows))


def _disclosure_rows(s: Session, where: ColumnElement[bool]) -> list[DisclosureRow]:
    q = (
        select(Disclosure, Client.preferred_name, User.full_name)
        .join(Client, Client.id == Disclosure.client_id)
        .join(User, User.id == Disclosure.user_id)
        .where(where)
        .order_by(Disclosure.created_at.desc(), Disclosure.id.desc())
    )
    found = s.execute(q).all()
    releases = releases_of(s, [d.id for d, _, _ in found])
    rows = []
    for d, client_name, user_name in found:
        left = releases.get(d.id, [])
        rows.append(
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
                left[0].released_at if left else None,
                released_hows(left),
                DocumentLanguage(d.language),
            )
        )
    return rows


def client_disclosures(db: Database, actor: Actor, client_id: int) -> list[DisclosureRow]:
    """The client's accounting of disclosures, newest first.

    Every handover made for the client: those that left (``released``) and those
    prepared but never saved, printed or written out, which did not leave.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_for(s, me, client_id)
        return _disclosure_rows(s, Disclosure.client_id == client_id)
