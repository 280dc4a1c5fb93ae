"""Fixtures: a real, freshly migrated database per test, on SQLite and PostgreSQL.

The PostgreSQL leg needs a server: set PSWDESK_TEST_PG to an URL of a role that
may create databases (``.ci/run`` starts one and sets it). Locally, without it,
that leg is skipped with the reason shown; in CI (``CI=true``) a missing server
is an error, never a skip.

Each database is copied from a template migrated once per session, so a test
pays milliseconds, not a migration run.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher, profiles
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every database a test makes is encrypted with this one agency secret (as 64 hex
# digits, one of the two forms PSWDESK_DB_KEY takes), so the session's template
# files can be copied into each test. Tests about finding the key unset it.
os.environ["PSWDESK_DB_KEY"] = "5e" * 32

from pswdesk.db import Database
from pswdesk.services import auth, users
from pswdesk.services.access import Actor

# Argon2 at its recommended costs takes about 0.2 s a hash, and every small agency
# below hashes six passwords: that alone was a third of the suite's time. Tests that
# are not about hashing use the cheapest costs; the app's own costs are checked in a
# fresh interpreter (tests/test_password_costs.py), where this line does not reach.
auth._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)
auth._DUMMY_HASH = auth._hasher.hash("pswdesk-not-a-password")

TEST_SECRET_HEX = os.environ["PSWDESK_DB_KEY"]

PASSWORD = "correct horse 42"
PG_ENV = "PSWDESK_TEST_PG"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory, for tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


# Set before any session fixture runs, so a template database's new secret never
# reaches the developer's own keyring.
keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's real data directory, keyring or settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the app's log
    monkeypatch.delenv("PSWDESK_DB", raising=False)
    keyring.set_keyring(MemoryKeyring())


# -- template databases ------------------------------------------------------------------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    url = _pg_admin_url()
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL leg")
        pytest.skip(f"no PostgreSQL server for tests ({PG_ENV} is not set)")
    name = f"pswdesk_tpl_{uuid.uuid4().hex[:8]}"
    admin = create_engine(_psycopg(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    tpl_url = _with_db(url, name)
    db = Database(tpl_url)
    db.dispose()
    yield name
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _psycopg(url: str) -> str:
    from pswdesk.db import resolve_url

    return resolve_url(url)


def _with_db(url: str, name: str) -> str:
    return make_url(_psycopg(url)).set(database=name).render_as_string(hide_password=False)


def new_pg_database(template: str) -> tuple[str, callable]:  # type: ignore[valid-type]
    url = _pg_admin_url()
    assert url
    name = f"pswdesk_t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_psycopg(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return _with_db(url, name), drop


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "pswdesk.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An URL of an empty, migrated database, once per backend."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_url")
        return
    template = request.getfixturevalue("pg_template")
    url, drop = new_pg_database(template)
    yield url
    drop()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = Database(sqlite_url)
    yield database
    database.dispose()


# -- a small agency ---------------------------------------------------------------------


class Agency:
    """An initialised agency: admin, two supervisors, three workers in two teams.

    Team A: supervisor ``sam`` with workers ``wendy`` and ``will``.
    Team B: supervisor ``sue`` with worker ``walt``.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.admin: Actor = users.initialise(db, "Test Agency", "admin", "Ada Admin", PASSWORD)
        self.sam = self._add("sam", "Sam Supervisor", ["supervisor", "worker"])
        self.sue = self._add("sue", "Sue Supervisor", ["supervisor", "worker"])
        self.wendy = self._add("wendy", "Wendy Worker", ["worker"], "sam")
        self.will = self._add("will", "Will Worker", ["worker"], "sam")
        self.walt = self._add("walt", "Walt Worker", ["worker"], "sue")

    def _add(self, name: str, full: str, roles: list[str], sup: str | None = None) -> Actor:
        row = users.add_user(self.db, self.admin, name, full, roles, PASSWORD, sup)
        return Actor(row.id, row.username, row.full_name, frozenset(row.roles), row.supervisor_id)


@pytest.fixture
def agency(db: Database) -> Agency:
    return Agency(db)


@pytest.fixture
def sqlite_agency(sqlite_db: Database) -> Agency:
    return Agency(sqlite_db)
