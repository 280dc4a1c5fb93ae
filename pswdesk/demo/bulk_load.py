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
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pswdesk import fulltext
from pswdesk.db import Database

Processor = Any  # a column type's bind processor, or None
#: One unit of work for the writer thread: rows for a table, or a list of note ids to approve.
Job = tuple[Table, list[dict[str, Any]]] | tuple[None, list[int]]


class BulkLoader:
    """Inserts batches of row dicts into one session's connection, in the order given."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.dialect = session.get_bind().dialect
        self.postgres = self.dialect.name == "postgresql"
        self._plans: dict[tuple[str, tuple[str, ...]], tuple[str, list[Processor]] | None] = {}
        self._paused_trigger: str | None = None
        self._cache_size: int | None = None

    #: SQLite page cache while loading, in KiB (negative: PRAGMA cache_size counts KiB).
    BULK_CACHE_KIB = 200_000

    def _raw(self) -> Any:
        raw = self.s.connection().connection.driver_connection
        assert raw is not None
        return raw

    def start(self) -> None:
        """Before the first batch: the bulk-load settings (SQLite)."""
        if self.postgres:
            return
        cur = self._raw().cursor()
        try:
            self._cache_size = int(cur.execute("PRAGMA cache_size").fetchone()[0])
            cur.execute(f"PRAGMA cache_size = -{self.BULK_CACHE_KIB}")
            self._paused_trigger = fulltext.sqlite_pause_note_trigger(cur)
        finally:
            cur.close()

    def finish(self) -> None:
        """After the last batch: everything as it was before ``start``."""
        if self.postgres:
            return
        cur = self._raw().cursor()
        try:
            if self._paused_trigger is not None:
                fulltext.sqlite_resume_note_trigger(cur, self._paused_trigger)
                self._paused_trigger = None
            if self._cache_size is not None:
                cur.execute(f"PRAGMA cache_size = {self._cache_size}")
                self._cache_size = None
        finally:
            cur.close()

    # -- planning ---------------------------------------------------------------------------

    def _plan(self, table: Table, keys: tuple[str, ...]) -> tuple[str, list[Processor]] | None:
        """The statement and per-column processors for rows with these keys (None: use Core)."""
        key = (table.name, keys)
        if key in self._plans:
            return self._plans[key]
        plan: tuple[str, list[Processor]] | None = None
        given = set(keys)
        if given <= set(table.c.keys()) and not any(
            c.default is not None for c in table.c if c.key not in given
        ):
            cols = [table.c[k] for k in keys]
            names = ", ".join(self.dialect.identifier_preparer.quote(c.name) for c in cols)
            quoted = self.dialect.identifier_preparer.format_table(table)
            if self.postgres:
                sql = f"COPY {quoted} ({names}) FROM STDIN"
            else:
                marks = ", ".join("?" for _ in cols)
                sql = f"INSERT INTO {quoted} ({names}) VALUES ({marks})"
            procs = [c.type.dialect_impl(self.dialect).bind_processor(self.dialect) for c in cols]
            plan = (sql, procs)
        self._plans[key] = plan
        return plan

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
        sql, procs = plan
        indexed = [(i, p) for i, p in enumerate(procs) if p is not None]
        tuples: list[Any] = []
        for r in rows:
            values = list(r.values())
            for i, p in indexed:
                values[i] = p(values[i])
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
