"""Full-text search over notes, through the database's own index (``pswdesk.fulltext``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from pswdesk import fulltext
from pswdesk.db import Database
from pswdesk.models import Client, Note
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    load_user,
    sees_every_client,
    visible_client_filter,
)
from pswdesk.services.notes.queries import NoteRow, row_query, rows
from pswdesk.vocabulary import EDITABLE_STATUSES, NoteStatus


def _text_match(s: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause for notes whose summary or step 1-7 text matches (see ``fulltext``)."""
    if s.get_bind().dialect.name == "sqlite":
        match = fulltext.sqlite_match(query)
        if match is None:
            return None
        fts = table(fulltext.SQLITE_TABLE, column("rowid"))
        hits = select(fts.c.rowid).where(literal_column(fulltext.SQLITE_TABLE).op("MATCH")(match))
        # "+ 0" keeps SQLite from driving the query by the hits (fetch every matching
        # note, then sort them all); it walks notes newest first instead, checks each
        # id against the hits and stops at the page. Common words would otherwise cost
        # a read of every note they occur in.
        return (Note.id + literal_column("0")).in_(hits)
    tsquery = fulltext.pg_tsquery(query)
    if tsquery is None:
        return None
    document: ColumnElement[Any] = literal_column(f"{Note.__tablename__}.{fulltext.PG_COLUMN}")
    matches: ColumnElement[bool] = document.op("@@")(
        func.to_tsquery(literal_column("'simple'::regconfig"), tsquery)
    )
    return matches


def search_notes(
    db: Database, actor: Actor, query: str, offset: int = 0, limit: int = 50
) -> list[NoteRow]:
    """Notes whose summary or step 1-7 text has the words typed, newest contact first.

    Word search through the database's full-text index (``pswdesk.fulltext``):
    every word must occur, in any order; the word still being typed matches as a
    prefix. Covers submitted, returned and approved notes of visible clients and
    the actor's own drafts. Step 8 is not indexed, so a match cannot reveal it.
    Whatever is typed is searched as text, never run as query syntax.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        match = _text_match(s, query)
        if match is None:
            return []
        visible = visible_client_filter(s, me)
        if not sees_every_client(s, me):
            # The visible clients as a list of ids, not a correlated EXISTS: PostgreSQL
            # can then estimate how few notes they hold and combine the client index
            # with the word index, instead of walking every note newest first. SQLite
            # keeps walking newest first ("+ 0", as in _text_match): sorting all of a
            # caseload's notes would cost more than it saves.
            ids = list(s.scalars(select(Client.id).where(visible)))
            client = Note.client_id + literal_column("0") if db.is_sqlite else Note.client_id
            visible = client.in_(ids)
        q = (
            row_query()
            .where(
                or_(
                    and_(Note.author_id == me.id, Note.status.in_(EDITABLE_STATUSES)),
                    and_(Note.status != NoteStatus.DRAFT, visible),
                ),
                match,
            )
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return rows(s, q)
