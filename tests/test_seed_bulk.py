"""The demo's bulk writer: the same signatures and search index, nothing left changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from pswdesk import demo, fulltext
from pswdesk.db import Database
from pswdesk.demo.tables import TableWriter
from pswdesk.demo.workflow import note_content_hash
from pswdesk.models import ClientAssignment, Note, NoteSelfCare
from pswdesk.services import signing, users
from tests.conftest import PASSWORD

TODAY = dt.date(2026, 3, 15)


def _seeded(url: str) -> Database:
    db = Database(url)
    users.initialise(db, "Bulk Test Agency", "boss", "Bo Boss", PASSWORD)
    demo.seed_demo(db, clients=6, notes_per_client=40, seed=11, password=PASSWORD, today=TODAY)
    return db


def _trigger_sql(db: Database) -> str | None:
    with db.read() as s:
        return s.scalar(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": fulltext.SQLITE_INSERT_TRIGGER},
        )


def test_signature_hash_is_the_services_own(db_url: str) -> None:
    db = _seeded(db_url)
    try:
        with db.read() as s:
            signed = s.scalars(select(Note).where(Note.content_hash.is_not(None))).all()
            assert signed
            for note in signed:
                sc = s.get(NoteSelfCare, note.id)
                assert signing.content_hash(note, sc) == note.content_hash
                row = {c.key: getattr(note, c.key) for c in Note.__table__.c}
                care = {f: getattr(sc, f) for f in signing.SELF_CARE_FIELDS} if sc else None
                assert note_content_hash(row, care) == note.content_hash
    finally:
        db.dispose()


def test_search_index_and_trigger_are_as_before(sqlite_url: str) -> None:
    before = _trigger_sql(Database(sqlite_url))
    db = _seeded(sqlite_url)
    try:
        assert before is not None and _trigger_sql(db) == before
        with db.read() as s:
            n_notes = s.scalar(text("SELECT count(*) FROM notes"))
            indexed = s.scalar(text(f"SELECT count(*) FROM {fulltext.SQLITE_TABLE}_docsize"))
            assert indexed == n_notes
            s.execute(
                text(
                    f"INSERT INTO {fulltext.SQLITE_TABLE}({fulltext.SQLITE_TABLE}, rank)"
                    " VALUES ('integrity-check', 1)"
                )
            )
    finally:
        db.dispose()


def test_a_note_written_after_seeding_is_found(sqlite_url: str) -> None:
    db = _seeded(sqlite_url)
    try:
        with db.write() as s:
            note = s.scalars(select(Note).where(Note.status == "draft")).first()
            assert note is not None
            copy = Note(**{c.key: getattr(note, c.key) for c in Note.__table__.c if c.key != "id"})
            copy.summary = "Quokkaberry planning"
            s.add(copy)
            s.flush()
            new_id = copy.id
        with db.read() as s:
            hits = s.scalars(
                text(
                    f"SELECT rowid FROM {fulltext.SQLITE_TABLE}"
                    f" WHERE {fulltext.SQLITE_TABLE} MATCH 'quokkaberry'"
                )
            ).all()
        assert hits == [new_id]
    finally:
        db.dispose()


def test_a_failed_batch_is_raised_and_leaves_nothing(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    users.initialise(db, "Bulk Test Agency", "boss", "Bo Boss", PASSWORD)
    before = _trigger_sql(db)
    try:
        with pytest.raises(IntegrityError), db.write() as s:
            tables = TableWriter(s)
            row = {"client_id": 999, "user_id": 999, "assigned_at": dt.datetime.now(dt.UTC)}
            tables.add(ClientAssignment, row)  # no such client: the foreign key refuses it
            tables.flush()
        assert _trigger_sql(db) == before
    finally:
        db.dispose()
