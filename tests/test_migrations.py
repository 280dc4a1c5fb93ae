"""The migrations build exactly the models' schema, run both ways, and guard the door.

Each test runs on SQLite and on PostgreSQL (``db_url`` is a migrated, empty
database; ``empty_url`` one with no tables at all).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from pswdesk import fulltext
from pswdesk.db import Database, alembic_config, file_head
from pswdesk.errors import DatabaseError
from pswdesk.models import Base
from tests.conftest import _pg_admin_url, _psycopg, _with_db


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables, not even Alembic's."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    request.getfixturevalue("pg_template")  # skips (or fails in CI) without a server
    admin_url = _pg_admin_url()
    assert admin_url
    name = f"pswdesk_e_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_psycopg(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    yield _with_db(admin_url, name)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _migrate(db: Database, direction: str, target: str) -> None:
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, target)


def _differences(db: Database) -> list[object]:
    with db.engine.connect() as conn:
        opts = {"compare_type": True, "include_object": fulltext.include_object}
        ctx = MigrationContext.configure(conn, opts=opts)
        return compare_metadata(ctx, Base.metadata)


def test_the_quick_head_check_agrees_with_alembic() -> None:
    """``Database`` skips Alembic at start-up when the stored revision is ``file_head()``."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert file_head() == script.get_current_head()


def test_models_and_migrations_agree(db_url: str) -> None:
    db = Database(db_url)
    try:
        assert _differences(db) == []
    finally:
        db.dispose()


def test_upgrade_downgrade_upgrade(empty_url: str) -> None:
    db = Database(empty_url)
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert {"notes", "audit_log", "clients"} <= tables
        _migrate(db, "downgrade", "base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        assert db.schema_state().current is None
        assert db.upgrade() is True
        assert db.schema_state().up_to_date
        assert _differences(db) == []
        # The lock triggers came back too: an approved note still cannot change.
        _assert_triggers_present(db)
    finally:
        db.dispose()


def _assert_triggers_present(db: Database) -> None:
    if db.is_sqlite:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    with db.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text(query))}
    assert any(n.startswith("notes_locked") for n in names)
    assert any(n.startswith("audit_log_append_only") for n in names)


def test_database_from_a_newer_pswdesk_is_refused(db_url: str) -> None:
    db = Database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="newer pswdesk"):
        Database(db_url)


def test_foreign_database_is_refused(empty_url: str) -> None:
    engine = create_engine(_psycopg(empty_url) if "postgres" in empty_url else empty_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="not made by pswdesk"):
        Database(empty_url)
    # ... and nothing was added to it.
    engine = create_engine(_psycopg(empty_url) if "postgres" in empty_url else empty_url)
    assert set(inspect(engine).get_table_names()) == {"invoices"}
    engine.dispose()


def test_upgrade_on_open_brings_an_old_schema_to_head(empty_url: str) -> None:
    db = Database(empty_url, upgrade=False)
    try:
        _migrate(db, "upgrade", "0001")
        assert db.schema_state().current == "0001"
    finally:
        db.dispose()
    db = Database(empty_url)
    try:
        assert db.schema_state().up_to_date
    finally:
        db.dispose()
