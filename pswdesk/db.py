"""Opening a database: URL resolution, engine set-up, migrations at start-up.

SQLite (one office PC) and PostgreSQL (a shared agency server) run the same
schema. SQLite gets WAL, foreign keys and a busy timeout; write transactions
take the write lock up front (``BEGIN IMMEDIATE``) so that two writers queue
instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from pswdesk.errors import DatabaseError

if TYPE_CHECKING:  # Alembic is imported where it is used: see Database._at_head
    from alembic.config import Config
    from alembic.script import ScriptDirectory

ENV_DB = "PSWDESK_DB"


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir("pswdesk", appauthor=False)) / "pswdesk.db"


def resolve_url(url: str | None = None) -> str:
    """`--db` wins, then PSWDESK_DB, then the per-user data file. Bare paths mean SQLite."""
    url = url or os.environ.get(ENV_DB) or ""
    if not url:
        path = default_sqlite_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver we ship; spell it out so SQLAlchemy does not look for psycopg2.
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def describe_url(url: str) -> str:
    """The URL as it may be shown to a person: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"not a database URL: {_short(exc)}") from exc


@contextmanager
def database_errors() -> Iterator[None]:
    """Any SQLAlchemy or driver error leaving the block, as a ``DatabaseError``.

    For the layer above the services (the command line), which must not know
    SQLAlchemy: a server gone away, a malformed URL or a missing driver becomes
    one sentence, "database error: ...".
    """
    try:
        yield
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database error: {_short(exc)}") from exc


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # The driver's own transaction handling is switched off so that our "begin"
    # hook below decides between BEGIN and BEGIN IMMEDIATE.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
    # SQLite's own lower() folds ASCII only, so "álvarez" would not find "Álvarez".
    # Replace it with Python's, as PostgreSQL's lower() already folds every script.
    dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    """The engine for ``url``; a URL that cannot be used is a ``DatabaseError``."""
    try:
        u = make_url(url)
        sqlite = u.get_backend_name() == "sqlite"
        if not sqlite:
            return create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ValueError, ImportError) as exc:  # malformed, or no such driver
        raise DatabaseError(f"cannot use this database URL: {_short(exc)}") from exc
    if u.database and u.database != ":memory:":
        parent = Path(u.database).parent
        if not parent.exists():
            raise DatabaseError(f"folder {parent} does not exist")
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    script_location = str(resources.files("pswdesk.migrations"))
    cfg = Config()
    cfg.set_main_option("script_location", script_location)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@dataclass(frozen=True, slots=True)
class SchemaState:
    current: str | None
    head: str
    has_tables: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


class Database:
    """An open database: the engine plus read and write session factories."""

    def __init__(self, url: str | None = None, *, upgrade: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_bind = (
            self.engine.execution_options(sqlite_immediate=True) if self.is_sqlite else self.engine
        )
        self._writer = sessionmaker(writer_bind, expire_on_commit=False)
        if upgrade:
            self.upgrade()

    # -- schema ---------------------------------------------------------------------------

    def schema_state(self) -> SchemaState:
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config(self.url))
        head = script.get_current_head() or ""
        try:
            with self.engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
                has_tables = bool(set(inspect(conn).get_table_names()) - {"alembic_version"})
        except Exception as exc:  # the server is down, the file is not a database ...
            raise DatabaseError(f"cannot open the database: {_short(exc)}") from exc
        if current is not None and not _known_revision(script, current):
            raise DatabaseError(
                f"this database was made by a newer pswdesk (schema {current}); "
                "update pswdesk before opening it"
            )
        return SchemaState(current, head, has_tables)

    def upgrade(self) -> bool:
        """Bring the schema to head. Returns True when anything ran."""
        if self._at_head():
            return False
        state = self.schema_state()
        if state.up_to_date:
            return False
        if state.current is None and state.has_tables:
            raise DatabaseError("this database was not made by pswdesk; refusing to change it")
        with self.engine.begin() as conn:
            cfg = alembic_config(self.url)
            cfg.attributes["connection"] = conn
            from alembic import command

            command.upgrade(cfg, "head")
        return True

    def _at_head(self) -> bool:
        """Quick check at every start: the stored revision is the newest migration file's.

        Saves the app's start-up the Alembic script machinery (about 0.1 s; docs/ARCHITECTURE.md,
        Speed budget)
        in the usual case; anything else (no table, an older or unknown revision, files
        that do not make one chain) goes the full way through ``schema_state``.
        """
        head = file_head()
        if head is None:
            return False
        try:
            with self.engine.connect() as conn:
                current = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except Exception:  # no table yet, a file that is not a database: the full path says
            return False
        return [tuple(r) for r in current] == [(head,)]

    # -- sessions -------------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short write transaction: commit on success, roll back on any error."""
        with self._writer() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


_REVISION = re.compile(r"^revision: str = \"([^\"]+)\"$", re.M)
_DOWN = re.compile(r"^down_revision: str \| None = (?:\"([^\"]+)\"|None)$", re.M)


def file_head() -> str | None:
    """The head revision read straight from the migration files, without Alembic.

    None unless every file states its revision and parent in the usual form and
    they make exactly one head (``tests/test_migrations.py`` checks it agrees with
    Alembic's).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (resources.files("pswdesk.migrations") / "versions").iterdir():
        if not path.name.endswith(".py") or path.name.startswith("__"):
            continue
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    # Alembic raises for a revision it has never heard of, rather than returning None.
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__
