"""Another computer holding the database's write lock, for the busy and locked tests.

On SQLite a second handle takes the write lock with ``BEGIN IMMEDIATE``, as another PC
saving a long change would; on PostgreSQL it locks the tables the app writes in
``EXCLUSIVE`` mode, which lets reads through and makes every write wait (and give up
after the writer's ``lock_timeout``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from pswdesk.db import Database

#: What a test gives the handle that must meet the lock: short, so it gives up quickly.
SHORT_BUSY_MS = 150
#: The tables a PostgreSQL holder locks: those the saves under test write.
_PG_TABLES = "notes, note_self_care, clients, users, agency_settings, audit_log"


class WriteLock:
    """The write lock of ``url``'s database, held from a second handle until ``release``."""

    def __init__(self, url: str) -> None:
        self._db = Database(url, upgrade=False)
        self._conn: Connection | None = None

    def hold(self) -> WriteLock:
        db = self._db
        if db.is_sqlite:
            conn = db.engine.execution_options(sqlite_immediate=True).connect()
            conn.begin()  # BEGIN IMMEDIATE: the write lock, until rollback
        else:
            conn = db.engine.connect()
            conn.begin()
            conn.exec_driver_sql(f"LOCK TABLE {_PG_TABLES} IN EXCLUSIVE MODE")
        self._conn = conn
        return self

    def release(self) -> None:
        if self._conn is not None:
            self._conn.rollback()
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        self.release()
        self._db.dispose()


@contextmanager
def write_lock_held(url: str) -> Iterator[WriteLock]:
    lock = WriteLock(url).hold()
    try:
        yield lock
    finally:
        lock.close()
