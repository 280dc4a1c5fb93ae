"""The demo's bulk writer: the same signatures and search index, nothing left changed."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import Date, bindparam, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from pswdesk import demo, fulltext
from pswdesk.db import Database
from pswdesk.demo.bulk_load import BulkLoader
from pswdesk.demo.tables import TABLES, TableWriter
from pswdesk.demo.workflow import note_content_hash
from pswdesk.models import Client, ClientAssignment, Note, NoteSelfCare, User, UTCDateTime
from pswdesk.services import auth, integrity, notes, signing, users
from tests.conftest import PASSWORD, new_pg_database

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
        assert [fulltext.note_id_of(k) for k in hits] == [new_id]
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


def _index_definitions(db: Database) -> set[tuple[str, str]]:
    """Every index (name and definition) on the tables the demo writes in bulk."""
    names = [m.__tablename__ for m in TABLES]
    with db.read() as s:
        if db.is_sqlite:
            query = text(
                "SELECT name, coalesce(sql, '') FROM sqlite_master"
                " WHERE type = 'index' AND tbl_name IN :t"
            ).bindparams(bindparam("t", expanding=True))
        else:
            query = text(
                "SELECT indexname, indexdef FROM pg_indexes"
                " WHERE schemaname = current_schema() AND tablename = ANY(:t)"
            )
        return {(n, q) for n, q in s.execute(query, {"t": names}).all()}


def test_indexes_are_back_and_the_last_client_is_found(db_url: str) -> None:
    before = _index_definitions(Database(db_url))
    assert any(name == "ix_notes_report_period" for name, _ in before)
    db = _seeded(db_url)
    try:
        assert _index_definitions(db) == before
        with db.read() as s:
            last = s.scalar(select(Client.id).order_by(Client.id.desc()).limit(1))
            note_id, summary, author = s.execute(
                select(Note.id, Note.summary, User.username)
                .join(User, User.id == Note.author_id)
                .where(Note.client_id == last, Note.status != "draft")
                .order_by(Note.id.desc())
                .limit(1)
            ).one()
        worker = auth.login(db, author, PASSWORD)
        words = [w for w in summary.split() if w.isalpha()][:2]
        hits = notes.search_notes(db, worker, " ".join(words) + " ", client_id=last, limit=1000)
        assert note_id in {h.id for h in hits}
        if db.is_sqlite:
            with db.read() as s:
                s.execute(
                    text(
                        f"INSERT INTO {fulltext.SQLITE_TABLE}({fulltext.SQLITE_TABLE}, rank)"
                        " VALUES ('integrity-check', 1)"
                    )
                )
        assert integrity.check(db).problems == []  # the lock triggers among what it checks
        with db.read() as s:
            signed = s.scalar(
                select(Note.id)
                .where(Note.status == "approved", ~Note.id.in_(select(NoteSelfCare.note_id)))
                .limit(1)
            )
        assert signed is not None
        with pytest.raises(DBAPIError, match="locked"), db.write() as s:
            s.add(NoteSelfCare(note_id=signed, impact="", boundaries="", plan=""))
            s.flush()
    finally:
        db.dispose()


#: Set when seeding runs, not by the generator: ``add_brief_contacts`` moves a client's
#: last contact with an UPDATE, which stamps ``updated_at`` with the clock.
SKIPPED = {"clients": ("updated_at",)}


def _all_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    out: dict[str, list[tuple[object, ...]]] = {}
    with db.read() as s:
        for model in TABLES:
            table = model.__table__
            cols = [c for c in table.c if c.name not in SKIPPED.get(table.name, ())]
            order = list(table.primary_key.columns)
            out[table.name] = [tuple(r) for r in s.execute(select(*cols).order_by(*order))]
    return out


def test_postgresql_gets_the_same_rows_as_sqlite(sqlite_url: str, pg_template: str) -> None:
    pg_url, drop = new_pg_database(pg_template)
    try:
        lite, pg = _seeded(sqlite_url), _seeded(pg_url)
        try:
            on_pg, on_sqlite = _all_rows(pg), _all_rows(lite)
            for name, rows in on_sqlite.items():
                assert on_pg[name] == rows, name
        finally:
            lite.dispose()
            pg.dispose()
    finally:
        drop()


def test_quick_sqlite_conversions_store_what_sqlalchemy_stores(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    try:
        with db.write() as s:
            loader = BulkLoader(s)
            dialect = loader.dialect
            rng = random.Random(5)
            zones = [dt.UTC] + [dt.timezone(dt.timedelta(minutes=m)) for m in (-300, 90, 600)]
            for model in TABLES:
                for col in model.__table__.c:
                    if not isinstance(col.type, (UTCDateTime, Date)):
                        continue
                    quick = loader._processor(col.type)
                    slow = col.type.dialect_impl(dialect).bind_processor(dialect)
                    assert quick is not None and slow is not None
                    assert quick.__module__ == BulkLoader.__module__  # the quick one is used
                    for _ in range(200):
                        value = dt.datetime(
                            rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28),
                            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                            rng.choice((0, rng.randint(0, 999_999))),
                        )  # fmt: skip
                        if isinstance(col.type, UTCDateTime):
                            if rng.random() < 0.8:
                                value = value.replace(tzinfo=rng.choice(zones))
                            if not dt.datetime(2, 1, 1) < value.replace(tzinfo=None):
                                continue  # astimezone may leave the calendar
                            assert quick(value) == slow(value)
                        else:
                            assert quick(value.date()) == slow(value.date())
                    assert quick(None) is None
    finally:
        db.dispose()
