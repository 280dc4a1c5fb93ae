"""Writing the demo generator's rows fast: plain DB-API batches, on a thread of their own.

A million-note demo spends most of its time in two places: Python making the
rows and the database storing them (the full-text index above all). The rows
go to the database on a background thread, so the generator keeps running while
SQLite tokenizes and writes (the driver releases the GIL for that) or while
PostgreSQL works on its side of the socket.

Each row is turned into a tuple with the column types' own SQLAlchemy bind
processors, so the stored values are exactly what a Core ``insert()`` would
store, and then handed to the driver: ``executemany`` on SQLite, ``COPY`` on
PostgreSQL. Columns with a Python-side default that a row leaves out go
through Core ``insert()`` instead, which fills them in.

On SQLite, while jobs are being written, the notes' full-text index is filled
batch by batch instead of by its per-note trigger (``fulltext``), and the page
cache is made larger; both are put back when the writer is done, inside the
same transaction (the cache size is the connection's own, never stored in the
file). PostgreSQL computes its search column itself as rows arrive.

Asked to (``rebuild_indexes``, as ``seed_demo`` does), the loader drops the plain
indexes of the tables it fills before the first batch and makes each again from its
stored definition after the last, in one sorted pass instead of a million inserts at
random places (docs/ARCHITECTURE.md, "Demo data in bulk").
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, DateTime, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pswdesk import fulltext
from pswdesk.db import Database
from pswdesk.models import UTCDateTime

Processor = Any  # a column type's bind processor, or None
#: A statement, the processors of the row's own columns, the stored values of the rest.
Plan = tuple[str, list[Processor], list[Any]]
#: The lock triggers that refuse step 8 (``note_self_care``) for a signed note.
SQLITE_SELF_CARE_LOCK = "note_self_care_locked_insert"
PG_SELF_CARE_LOCK = ("note_self_care", "note_self_care_locked")
#: One unit of work for the writer thread: rows for a table, or a list of note ids to approve.
Job = tuple[Table, list[dict[str, Any]]] | tuple[None, list[int]]


class BulkLoader:
    """Inserts batches of row dicts into one session's connection, in the order given."""

    def __init__(self, session: Session, *, rebuild_indexes: Sequence[str] = ()) -> None:
        """``rebuild_indexes``: tables whose plain (non-unique) indexes are dropped while
        the jobs are written and made again, each in one pass, when they are done."""
        self.s = session
        self.dialect = session.get_bind().dialect
        self.postgres = self.dialect.name == "postgresql"
        self._plans: dict[tuple[str, tuple[str, ...]], Plan | None] = {}
        self._paused_trigger: str | None = None
        self._cache_size: int | None = None
        self._index_tables = tuple(rebuild_indexes)
        #: (name, definition) of the indexes dropped for the load, to make again.
        self._dropped: list[tuple[str, str]] = []
        #: Whether the step-8 lock is off while the jobs are written (``pause_self_care_lock``).
        self.self_care_lock_paused = False
        self._self_care_lock_sql: str | None = None

    #: SQLite page cache while loading, in KiB (negative: PRAGMA cache_size counts KiB).
    BULK_CACHE_KIB = 200_000

    def _raw(self) -> Any:
        raw = self.s.connection().connection.driver_connection
        assert raw is not None
        return raw

    def pause_self_care_lock(self) -> bool:
        """Have the step-8 lock (no step 8 for a signed note) off while the jobs are written,
        so signed notes go in signed with their step 8, not as submitted and then switched
        by an UPDATE: PostgreSQL computes a note's search column again on every UPDATE.
        False (the lock stays) when this role may not alter the table (PostgreSQL)."""
        if self.postgres:
            cur = self._raw().cursor()
            try:
                cur.execute(
                    "SELECT t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " WHERE c.relname = %s AND t.tgname = %s"
                    " AND c.relnamespace = current_schema()::regnamespace"
                    " AND pg_has_role(c.relowner, 'USAGE')",
                    PG_SELF_CARE_LOCK,
                )
                row = cur.fetchone()
            finally:
                cur.close()
            if row is None or row[0] != "O":
                return False
        self.self_care_lock_paused = True
        return True

    def start(self) -> None:
        """Before the first batch: the bulk-load settings, indexes dropped."""
        cur = self._raw().cursor()
        try:
            if self.postgres:
                if self.self_care_lock_paused:
                    table, trigger = PG_SELF_CARE_LOCK
                    cur.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
                self._drop_pg_indexes(cur)
                return
            self._cache_size = int(cur.execute("PRAGMA cache_size").fetchone()[0])
            cur.execute(f"PRAGMA cache_size = -{self.BULK_CACHE_KIB}")
            self._paused_trigger = fulltext.sqlite_pause_note_trigger(cur)
            if self.self_care_lock_paused:
                row = cur.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                    (SQLITE_SELF_CARE_LOCK,),
                ).fetchone()
                if row is not None:
                    cur.execute(f"DROP TRIGGER {SQLITE_SELF_CARE_LOCK}")
                    self._self_care_lock_sql = str(row[0])
            self._drop_sqlite_indexes(cur)
        finally:
            cur.close()

    def finish(self) -> None:
        """After the last batch: everything as it was before ``start``."""
        cur = self._raw().cursor()
        try:
            if self.postgres:
                # Index builds sort in memory up to this much (this transaction only).
                cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _name, definition in self._dropped:
                cur.execute(definition)
            self._dropped = []
            if self.postgres:
                if self.self_care_lock_paused:
                    table, trigger = PG_SELF_CARE_LOCK
                    cur.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
                return
            if self._self_care_lock_sql is not None:
                cur.execute(self._self_care_lock_sql)
                self._self_care_lock_sql = None
            if self._paused_trigger is not None:
                fulltext.sqlite_resume_note_trigger(cur, self._paused_trigger)
                self._paused_trigger = None
            if self._cache_size is not None:
                cur.execute(f"PRAGMA cache_size = {self._cache_size}")
                self._cache_size = None
        finally:
            cur.close()

    def _drop_sqlite_indexes(self, cur: Any) -> None:
        if not self._index_tables:
            return
        marks = ", ".join("?" for _ in self._index_tables)
        rows = cur.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({marks}) ORDER BY rowid",
            self._index_tables,
        ).fetchall()
        for name, sql in rows:
            if not str(sql).lstrip().upper().startswith("CREATE INDEX"):
                continue  # a unique index keeps checking its rows
            cur.execute(f"DROP INDEX {self.dialect.identifier_preparer.quote(name)}")
            self._dropped.append((str(name), str(sql)))

    def _drop_pg_indexes(self, cur: Any) -> None:
        """PostgreSQL: the plain indexes (the search column's GIN index among them) of the
        tables this role may alter; a table it does not own keeps its indexes."""
        if not self._index_tables:
            return
        cur.execute(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
            " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
            " WHERE t.relname = ANY(%s) AND t.relnamespace = current_schema()::regnamespace"
            " AND NOT x.indisunique AND NOT x.indisprimary AND NOT x.indisexclusion"
            " AND pg_has_role(t.relowner, 'USAGE') ORDER BY t.relname, i.relname",
            (list(self._index_tables),),
        )
        for name, definition in cur.fetchall():
            cur.execute(f"DROP INDEX {self.dialect.identifier_preparer.quote(name)}")
            self._dropped.append((str(name), str(definition)))

    # -- planning ---------------------------------------------------------------------------

    def _plan(self, table: Table, keys: tuple[str, ...]) -> Plan | None:
        """The statement, per-column processors and the values for the columns the rows
        leave out that have a constant default (None: use Core, which fills them in)."""
        key = (table.name, keys)
        if key in self._plans:
            return self._plans[key]
        plan: Plan | None = None
        given = set(keys)
        left_out = [c for c in table.c if c.key not in given and c.default is not None]
        if given <= set(table.c.keys()) and all(
            getattr(c.default, "is_scalar", False) for c in left_out
        ):
            cols = [table.c[k] for k in keys] + left_out
            names = ", ".join(self.dialect.identifier_preparer.quote(c.name) for c in cols)
            quoted = self.dialect.identifier_preparer.format_table(table)
            if self.postgres:
                sql = f"COPY {quoted} ({names}) FROM STDIN"
            else:
                marks = ", ".join("?" for _ in cols)
                sql = f"INSERT INTO {quoted} ({names}) VALUES ({marks})"
            procs = [self._processor(c.type) for c in cols]
            constants = []
            for c, proc in zip(left_out, procs[len(keys) :], strict=True):
                value = c.default.arg  # type: ignore[union-attr]
                constants.append(proc(value) if proc is not None else value)
            plan = (sql, procs[: len(keys)], constants)
        self._plans[key] = plan
        return plan

    def _processor(self, type_: Any) -> Processor:
        """The column type's bind processor; on SQLite, for times and dates, a quicker
        one that gives the same text (checked here on sample values, else not used)."""
        slow = type_.dialect_impl(self.dialect).bind_processor(self.dialect)
        if self.postgres or slow is None:
            return slow
        fast: Processor
        samples: tuple[Any, ...]
        if isinstance(type_, UTCDateTime):
            fast, samples = _sqlite_utc_text, _TIME_SAMPLES
        elif isinstance(type_, Date) and not isinstance(type_, DateTime):
            fast, samples = _sqlite_date_text, _DATE_SAMPLES
        else:
            return slow
        same = all(fast(v) == slow(v) for v in samples)
        return fast if same else slow

    # -- writing ----------------------------------------------------------------------------

    def insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        self._insert(table, rows)
        if table.name == "notes" and self._paused_trigger is not None:
            cur = self._raw().cursor()
            try:
                ids = [r["id"] for r in rows]
                fulltext.sqlite_index_notes(cur, min(ids), max(ids))
            finally:
                cur.close()

    def _insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        keys = tuple(rows[0])
        plan = self._plan(table, keys)
        if plan is None or any(tuple(r) != keys for r in rows):
            for i in range(0, len(rows), 1000):
                self.s.execute(table.insert(), list(rows[i : i + 1000]))
            return
        sql, procs, constants = plan
        indexed = [(i, p) for i, p in enumerate(procs) if p is not None]
        tuples: list[Any] = []
        for r in rows:
            values = list(r.values())
            for i, p in indexed:
                values[i] = p(values[i])
            if constants:
                values += constants
            tuples.append(values)
        raw = self._raw()
        if self.postgres:
            with raw.cursor() as cur, cur.copy(sql) as copy:
                for values in tuples:
                    copy.write_row(values)
        else:
            cur = raw.cursor()
            try:
                cur.executemany(sql, tuples)
            finally:
                cur.close()

    def approve(self, note_ids: Sequence[int]) -> None:
        """Switch notes written as submitted to approved (their step-8 rows are in)."""
        if not note_ids:
            return
        cur = self._raw().cursor()
        try:
            if self.postgres:
                cur.execute(
                    "UPDATE notes SET status = 'approved' WHERE id = ANY(%s)", (list(note_ids),)
                )
            else:
                for i in range(0, len(note_ids), 500):
                    chunk = list(note_ids[i : i + 500])
                    marks = ", ".join("?" for _ in chunk)
                    cur.execute(
                        f"UPDATE notes SET status = 'approved' WHERE id IN ({marks})", chunk
                    )
        finally:
            cur.close()

    def run(self, job: Job) -> None:
        """Write one job; a driver error comes out as SQLAlchemy's, as from ``Session.execute``."""
        table, rows = job
        driver_error = self.dialect.loaded_dbapi.Error
        try:
            if table is None:
                self.approve(rows)  # type: ignore[arg-type]
            else:
                self.insert(table, rows)  # type: ignore[arg-type]
        except driver_error as exc:
            name = "notes (approve)" if table is None else table.name
            raise DBAPIError.instance(
                f"bulk load into {name}", None, exc, driver_error, dialect=self.dialect
            ) from exc


def _sqlite_utc_text(value: dt.datetime | None) -> str | None:
    """What ``UTCDateTime`` and SQLite's DATETIME make of a value, without their layers."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _sqlite_date_text(value: dt.date | None) -> str | None:
    """What SQLite's DATE makes of a date."""
    if value is None:
        return None
    if type(value) is not dt.date:
        raise TypeError(f"not a date: {value!r}")
    return value.isoformat()


_TIME_SAMPLES = (
    None,
    dt.datetime(2026, 3, 15, 9, 30, tzinfo=dt.UTC),
    dt.datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    dt.datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=9))),
    dt.datetime(2026, 6, 1, 12, 0, 0, 250),
)
_DATE_SAMPLES = (None, dt.date(2026, 3, 15), dt.date(999, 1, 2))


class BackgroundWriter:
    """Runs a ``BulkLoader``'s jobs on one thread, in order; ``wait`` hands back any error.

    While jobs are pending, the session belongs to the thread: callers touch it
    again only after ``wait``.
    """

    #: Jobs queued ahead of the thread; bounds the memory held by rows not yet written.
    DEPTH = 2

    def __init__(self, loader: BulkLoader) -> None:
        self.loader = loader
        self._jobs: queue.Queue[list[Job] | None] = queue.Queue(self.DEPTH)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def submit(self, jobs: list[Job]) -> None:
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="demo-writer", daemon=True)
            self._thread.start()
        self._jobs.put(jobs)

    def wait(self) -> None:
        """Block until every submitted job is written; re-raise the first failure."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _work(self) -> None:
        try:
            self.loader.start()
        except BaseException as exc:  # handed to the caller's thread by wait/submit
            self._error = exc
        while (jobs := self._jobs.get()) is not None:
            if self._error is not None:
                continue  # drain: the first error is reported, nothing more is written
            try:
                for job in jobs:
                    self.loader.run(job)
            except BaseException as exc:
                self._error = exc
        try:
            self.loader.finish()
        except BaseException as exc:
            self._error = self._error or exc


def empty_wal(db: Database) -> None:
    """SQLite: copy the load's write-ahead log into the file and cut the log to nothing.

    A big load leaves a log as large as the data it wrote; the file is then as after
    any quiet moment (``wal_checkpoint(TRUNCATE)`` needs no transaction open).
    """
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
