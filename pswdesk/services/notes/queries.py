"""Reading notes: one note in full (``NoteView``), and the lists of notes (``NoteRow``).

A client's notes, the actor's own drafts and returned notes are here; the review
queue (``review``) and the search (``search``) build on ``row_query`` and ``rows``.
Other people's drafts are never listed, and step 8 reaches a ``NoteView`` only
for a reader allowed to see it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from pswdesk.db import Database
from pswdesk.models import Addendum, Client, Note, NoteFiling, NoteReview, User
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    may_read_self_care,
    visible_client_filter,
)
from pswdesk.services.id_lists import ids_in
from pswdesk.services.note_content import NoteContent, from_row
from pswdesk.services.notes.common import load_note, may_review
from pswdesk.services.review_levels import filing_sentence, filings
from pswdesk.services.risk_alerts import is_urgent
from pswdesk.vocabulary import EDITABLE_STATUSES, NoteStatus, ReviewDecision, RiskLevel

# -- rows handed to the GUI ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewRow:
    decision: str
    comment: str
    reviewer_name: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AddendumRow:
    id: int
    author_name: str
    created_at: dt.datetime
    reason: str
    text: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class NoteView:
    id: int
    client_id: int
    client_name: str
    author_id: int
    author_name: str
    status: str
    content: NoteContent
    late_entry: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    submitted_at: dt.datetime | None
    signed_by_name: str
    signed_at: dt.datetime | None
    content_hash: str | None
    version: int
    reviews: tuple[ReviewRow, ...]
    addenda: tuple[AddendumRow, ...]
    can_edit: bool
    can_review: bool
    urgent: bool
    last_return_comment: str
    #: Set when the note was filed without review (``review_levels``): what to show instead
    #: of a signature, which it does not have.
    filed_without_review: str = ""


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One line of a note list."""

    id: int
    client_id: int
    client_name: str
    author_id: int
    author_name: str
    status: str
    contact_at: dt.datetime
    contact_type: str
    summary: str
    risk_level: RiskLevel | None
    submitted_at: dt.datetime | None
    late_entry: bool
    urgent: bool
    last_return_comment: str
    filed_without_review: bool = False


# -- building them --------------------------------------------------------------------------


def _name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return s.scalar(select(User.full_name).where(User.id == user_id)) or ""


def build_view(s: Session, me: User, note: Note) -> NoteView:
    """The whole note as ``me`` may see it, with its reviews and addenda."""
    reviewer = aliased(User)
    reviews = tuple(
        ReviewRow(r.decision, r.comment, name, r.created_at)
        for r, name in s.execute(
            select(NoteReview, reviewer.full_name)
            .join(reviewer, reviewer.id == NoteReview.reviewer_id)
            .where(NoteReview.note_id == note.id)
            .order_by(NoteReview.id)
        )
    )
    addenda = tuple(
        AddendumRow(a.id, name, a.created_at, a.reason, a.text, a.content_hash)
        for a, name in s.execute(
            select(Addendum, User.full_name)
            .join(User, User.id == Addendum.author_id)
            .where(Addendum.note_id == note.id)
            .order_by(Addendum.id)
        )
    )
    client_name = s.scalar(select(Client.preferred_name).where(Client.id == note.client_id)) or ""
    returned = bool(reviews) and reviews[-1].decision == ReviewDecision.RETURNED
    filing = s.get(NoteFiling, note.id) if note.status == NoteStatus.APPROVED else None
    filed = filing_sentence(filing, _name(s, filing.filed_by_id)) if filing else ""
    return NoteView(
        id=note.id,
        client_id=note.client_id,
        client_name=client_name,
        author_id=note.author_id,
        author_name=_name(s, note.author_id),
        status=note.status,
        content=from_row(note, note.self_care, with_self_care=may_read_self_care(s, me, note)),
        late_entry=note.late_entry,
        created_at=note.created_at,
        updated_at=note.updated_at,
        submitted_at=note.submitted_at,
        signed_by_name=_name(s, note.signed_by_id),
        signed_at=note.signed_at,
        content_hash=note.content_hash,
        version=note.version,
        reviews=reviews,
        addenda=addenda,
        can_edit=note.author_id == me.id and note.status in EDITABLE_STATUSES,
        can_review=note.status == NoteStatus.SUBMITTED and may_review(s, me, note),
        urgent=is_urgent(note.risk_level, note.status),
        last_return_comment=reviews[-1].comment if returned else "",
        filed_without_review=filed,
    )


def row_query() -> Select[*tuple[Any, ...]]:
    """Columns of a ``NoteRow``; callers add WHERE, ORDER BY and paging."""
    return (
        select(
            Note.id,
            Note.client_id,
            Client.preferred_name,
            Note.author_id,
            User.full_name,
            Note.status,
            Note.contact_at,
            Note.contact_type,
            Note.summary,
            Note.risk_level,
            Note.submitted_at,
            Note.late_entry,
        )
        .join(Client, Client.id == Note.client_id)
        .join(User, User.id == Note.author_id)
    )


def rows(s: Session, query: Select[*tuple[Any, ...]]) -> list[NoteRow]:
    """Run a ``row_query``; returned notes get their latest review comment."""
    found = s.execute(query).all()
    returned = [r.id for r in found if r.status == NoteStatus.RETURNED]
    approved = [r.id for r in found if r.status == NoteStatus.APPROVED]
    filed = filings(s, approved)
    comments: dict[int, str] = {}
    if returned:
        latest = (
            select(NoteReview.note_id, func.max(NoteReview.id).label("last"))
            .where(ids_in(NoteReview.note_id, returned))
            .group_by(NoteReview.note_id)
            .subquery()
        )
        comments = {
            note_id: comment
            for note_id, comment in s.execute(
                select(NoteReview.note_id, NoteReview.comment).join(
                    latest, latest.c.last == NoteReview.id
                )
            )
        }
    return [
        NoteRow(
            r.id,
            r.client_id,
            r.preferred_name,
            r.author_id,
            r.full_name,
            r.status,
            r.contact_at,
            r.contact_type,
            r.summary,
            RiskLevel(r.risk_level) if r.risk_level else None,
            r.submitted_at,
            r.late_entry,
            is_urgent(r.risk_level, r.status),
            comments.get(r.id, ""),
            r.id in filed,
        )
        for r in found
    ]


# -- reading --------------------------------------------------------------------------------


def get_note(db: Database, actor: Actor, note_id: int) -> NoteView:
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        return build_view(s, me, load_note(s, me, note_id))


def _client_notes_filter(me: User, client_id: int) -> ColumnElement[bool]:
    return and_(
        Note.client_id == client_id,
        or_(Note.status != NoteStatus.DRAFT, Note.author_id == me.id),
    )


def client_notes(
    db: Database, actor: Actor, client_id: int, offset: int = 0, limit: int = 100
) -> list[NoteRow]:
    """A client's notes, newest contact first; other people's drafts are not listed."""
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_for(s, me, client_id)
        q = (
            row_query()
            .where(_client_notes_filter(me, client_id))
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return rows(s, q)


def count_client_notes(db: Database, actor: Actor, client_id: int) -> int:
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_for(s, me, client_id)
        q = select(func.count()).select_from(Note).where(_client_notes_filter(me, client_id))
        return s.scalar(q) or 0


def prepare_client_reads(db: Database, actor: Actor) -> None:
    """Read one visible client's first page of notes and count, and forget them.

    SQLAlchemy makes a statement's SQL at its first run in a process and reuses it
    after: the first record a person opens paid some 15 ms for it (at a million
    notes, 25 ms for a page that takes 10 ms after). Run while the person reads
    the caseload, that first open costs what every later one does. Nothing is
    shown or audited: the audited read of a client is ``clients.get_client``.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_id = s.scalar(select(Client.id).where(visible_client_filter(s, me)).limit(1))
    if client_id is not None:
        client_notes(db, actor, client_id)
        count_client_notes(db, actor, client_id)


def my_drafts(db: Database, actor: Actor) -> list[NoteRow]:
    """The actor's unsubmitted drafts, most recently touched first."""
    return _own(db, actor, NoteStatus.DRAFT)


def returned_to_me(db: Database, actor: Actor) -> list[NoteRow]:
    """The actor's notes a supervisor sent back, each with the latest comment."""
    return _own(db, actor, NoteStatus.RETURNED)


def _own(db: Database, actor: Actor, status: NoteStatus) -> list[NoteRow]:
    with db.read() as s:
        me = load_user(s, actor)
        q = (
            row_query()
            .where(Note.author_id == me.id, Note.status == status)
            .order_by(Note.updated_at.desc(), Note.id.desc())
        )
        return rows(s, q)
