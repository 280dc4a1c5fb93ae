"""Opening a database: URL resolution, engine set-up, migrations at start-up.

SQLite (one office PC) and PostgreSQL (a shared agency server) run the same
schema. SQLite gets WAL, foreign keys and a busy timeout; write transactions
take the write lock up front (``BEGIN IMMEDIATE``) so that two writers queue
instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from pswdesk import keys, server_grants
from pswdesk.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    KeyRequired,
    WrongKey,
)
from pswdesk.keys import AgencySecret, KeySource
from pswdesk.sqlite_files import FileKind, file_kind, sqlcipher_key
from pswdesk.storage_location import shared_folder_problem
from pswdesk.wording import message_of, words

if TYPE_CHECKING:  # Alembic is imported where it is used: see Database._at_head
    from alembic.config import Config
    from alembic.script import ScriptDirectory

ENV_DB = "PSWDESK_DB"
#: How long a write waits for another writer's lock before it is reported as busy
#: (SQLite's busy_timeout, PostgreSQL's lock_timeout). Tests pass a shorter one.
BUSY_TIMEOUT_MS = 10_000


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
        raise DatabaseError(words("not a database URL: {exc}", exc=_short(exc))) from exc


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for a server or an in-memory database)."""
    try:
        u = make_url(url)
    except (SQLAlchemyError, ValueError) as exc:
        raise DatabaseError(words("cannot use this database URL: {exc}", exc=_short(exc))) from exc
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


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
        raise DatabaseError(words("database error: {exc}", exc=_short(exc))) from exc


def _sqlite_pragmas(dbapi_conn, _record, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:  # type: ignore[no-untyped-def]
    # The driver's own transaction handling is switched off so that our "begin"
    # hook below decides between BEGIN and BEGIN IMMEDIATE.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # SQLCipher would print each failed decryption (a wrong key) to stderr; the
    # error is ours to word. Plain SQLite ignores a pragma it does not know.
    cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cur.close()
    # SQLite's own lower() folds ASCII only, so "álvarez" would not find "Álvarez".
    # Replace it with Python's, as PostgreSQL's lower() already folds every script.
    dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(
    url: str,
    *,
    sqlcipher_key: str | None = None,
    check_location: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    read_only: bool = False,
) -> Engine:
    """The engine for ``url``; a URL that cannot be used is a ``DatabaseError``.

    ``sqlcipher_key`` (the ``x'…'`` form) opens an SQLite file with SQLCipher. The
    engine is built from a URL object holding the key, never from a string in
    which the key could be dropped or logged. ``check_location=False`` is for a
    backup file opened to check it: a backup may well sit on a network drive.
    ``busy_timeout_ms`` bounds how long a write waits for another's lock.
    """
    try:
        u = make_url(url)
        sqlite = u.get_backend_name() == "sqlite"
        if not sqlite:
            # A write waiting on another's row lock gives up after the same time as
            # SQLite's, and is then reported as busy (Database.write), not left hanging.
            connect_args = (
                {}
                if "options" in u.query
                else {"options": f"-c lock_timeout={int(busy_timeout_ms)}"}
            )
            return create_engine(
                _with_server_password(u), pool_pre_ping=True, connect_args=connect_args
            )
    except (SQLAlchemyError, ValueError, ImportError) as exc:  # malformed, or no such driver
        raise DatabaseError(words("cannot use this database URL: {exc}", exc=_short(exc))) from exc
    if u.database and u.database != ":memory:":
        parent = Path(u.database).parent
        if not parent.exists():
            raise DatabaseError(words("folder {parent} does not exist", parent=parent))
        problem = shared_folder_problem(Path(u.database)) if check_location else None
        if problem:
            raise DatabaseError(problem)
    if sqlcipher_key is not None:
        u = URL.create("sqlite+pysqlcipher", password=sqlcipher_key, database=u.database)
    # The pysqlcipher dialect would pick SingletonThreadPool, which closes a thread's
    # connection when more threads than its size ask, even while that thread is still
    # reading (a crash seen with the app's background operations). Plain SQLite files get
    # QueuePool; encrypted ones get the same.
    if read_only:
        return _read_only_sqlite_engine(u)
    engine = create_engine(u, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(
        engine,
        "connect",
        lambda dbapi_conn, record: _sqlite_pragmas(dbapi_conn, record, busy_timeout_ms),
    )
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _read_only_sqlite_engine(u: URL) -> Engine:
    """An engine that opens the file with SQLite's ``mode=ro``: verify's, never writing.

    No ``journal_mode`` pragma (on a file not in WAL mode it would write the header)
    and ``query_only``, so not even a statement of ours can change the file.
    """
    u = u.set(database=Path(u.database or "").absolute().as_uri())
    u = u.update_query_dict({"mode": "ro", "uri": "true"})
    engine = create_engine(u, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_read_only_pragmas)
    return engine


def _sqlite_read_only_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute("PRAGMA query_only = ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
    dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)


def _server_read_only(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # Every transaction of this session is read-only: the server refuses any write.
    with dbapi_conn.cursor() as cur:
        cur.execute("SET SESSION default_transaction_read_only = on")
    dbapi_conn.commit()


def server_entry(url: URL) -> str:
    """The keyring entry of a server password: who logs in where (no secret in it)."""
    port = f":{url.port}" if url.port else ""
    return f"server {url.username or ''}@{url.host or 'localhost'}{port}/{url.database or ''}"


def _with_server_password(url: URL) -> URL:
    """A server URL without a password takes the one kept in the keyring (Settings → Database)."""
    if url.password is not None or not url.username:
        return url
    try:
        password = keys.load_password(server_entry(url))
    except keys.KeyringUnavailable:
        return url  # the server may not need one (peer or trust authentication)
    return url.set(password=password) if password else url


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


@dataclass(frozen=True, slots=True)
class Encryption:
    """How an open SQLite file is protected (Help → About, ``pswdesk verify``)."""

    database_id: uuid.UUID
    source: KeySource


class Database:
    """An open database: the engine plus read and write session factories.

    An SQLite file is opened with SQLCipher unless it is a plain (older) file; a
    new file is always encrypted, with the secret given, ``PSWDESK_DB_KEY``, or a new
    random one, which is then kept in the keyring when there is one (``secret``
    and ``encryption`` tell the caller what to show as the recovery key).
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        upgrade: bool = True,
        secret: AgencySecret | None = None,
        encrypt: bool = True,
        check_location: bool = True,
        read_only: bool = False,
        must_write: bool | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        """``must_write`` (by default: when ``upgrade``) refuses, with ``DatabaseReadOnly``,
        a database this user cannot change; ``upgrade=False`` opens (such as verify's)
        may read a read-only file."""
        self.url = resolve_url(url)
        self._check_location = check_location
        #: verify's opening: the file opened read-only (never created), the server's
        #: transactions read-only; give upgrade=False with it.
        self._read_only = read_only
        self._busy_timeout_ms = busy_timeout_ms
        if must_write is None:
            must_write = upgrade
        self.encryption: Encryption | None = None
        self.secret: AgencySecret | None = None
        #: Why a new database's secret could not be kept in the keyring, if it could not.
        self.keyring_problem: str | None = None
        path = sqlite_path(self.url)
        if path is None:
            self.engine = make_engine(self.url, busy_timeout_ms=busy_timeout_ms)
        else:
            if must_write:
                _refuse_read_only_file(path)
            self.engine = self._open_sqlite(path, secret, encrypt)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if read_only and not self.is_sqlite:
            event.listen(self.engine, "connect", _server_read_only)
        if must_write and not self.is_sqlite:
            self._refuse_read_only_server()
        # Sessions know their Database: the audit chain finds the agency secret through it.
        info = {"pswdesk.database": self}
        self._reader = sessionmaker(self.engine, expire_on_commit=False, info=info)
        writer_bind = (
            self.engine.execution_options(sqlite_immediate=True) if self.is_sqlite else self.engine
        )
        self._writer = sessionmaker(writer_bind, expire_on_commit=False, info=info)
        if upgrade:
            self.upgrade()

    # -- opening an SQLite file -----------------------------------------------------------

    def _open_sqlite(self, path: Path, given: AgencySecret | None, encrypt: bool) -> Engine:
        kind = file_kind(path)
        if kind is FileKind.EMPTY:
            raise DatabaseDamaged(
                words(
                    "the database file {path} is empty: it may have been damaged; restore a "
                    "backup, or move the file away to set up a new agency",
                    path=path,
                ),
                path,
            )
        if kind is FileKind.DAMAGED:
            raise DatabaseDamaged(
                words("the database file {path} is damaged: restore a backup", path=path), path
            )
        if kind is FileKind.MISSING and self._read_only:
            where = f"folder {path.parent}" if not path.parent.exists() else f"the file {path}"
            raise DatabaseError(words("{where} does not exist", where=where))
        if kind is FileKind.PLAIN or (kind is FileKind.MISSING and not encrypt):
            return make_engine(
                self.url,
                check_location=self._check_location,
                busy_timeout_ms=self._busy_timeout_ms,
                read_only=self._read_only,
            )
        if kind is FileKind.MISSING:
            return self._create_encrypted(path, given)
        return self._open_encrypted(path, given)

    def _create_encrypted(self, path: Path, given: AgencySecret | None) -> Engine:
        database = uuid.uuid4()
        source = KeySource.TYPED
        secret = given
        if secret is None:
            secret = keys.secret_from_environment()
            source = KeySource.ENVIRONMENT
        if secret is None:
            secret, source = AgencySecret.generate(), KeySource.NEW
        engine = make_engine(
            self.url,
            sqlcipher_key=sqlcipher_key(secret, database),
            check_location=self._check_location,
            busy_timeout_ms=self._busy_timeout_ms,
            read_only=self._read_only,
        )
        if secret == keys.demo_secret():
            source = KeySource.DEMO  # opened by the demo secret anywhere: nothing to keep
        else:
            try:
                keys.store_secret(database, secret)
            except keys.KeyringUnavailable as exc:
                self.keyring_problem = message_of(exc)
        self.secret, self.encryption = secret, Encryption(database, source)
        return engine

    def _open_encrypted(self, path: Path, given: AgencySecret | None) -> Engine:
        from pswdesk.sqlite_files import database_id

        database = database_id(path)
        if given is not None:
            return self._try_key(path, database, given, KeySource.TYPED)
        from_env = keys.secret_from_environment()
        if from_env is not None:
            # Set on purpose (automation, a PC without a keyring). Trying it first spares
            # the keyring's start-up, about a quarter of a second to find its backend;
            # whichever key opens the file is its key, so the order changes nothing else.
            try:
                return self._try_key(path, database, from_env, KeySource.ENVIRONMENT)
            except WrongKey:
                pass  # perhaps a demo file, or the keyring holds this file's key
        keyring_problem = None
        try:
            stored = keys.load_secret(database)
        except keys.KeyringUnavailable as exc:
            stored, keyring_problem = None, message_of(exc)
        if stored is not None:
            if stored != from_env:
                with contextlib.suppress(WrongKey):
                    return self._try_key(path, database, stored, KeySource.KEYRING)
            if from_env is None or from_env == stored:
                # The key kept for this very file fails: the file changed, not the key.
                raise DatabaseDamaged(
                    words(
                        "the database file {path} no longer opens with the key this computer keeps "
                        "for it: the file may be damaged (restore the newest good backup), or its "
                        "key was changed on another computer",
                        path=path,
                    ),
                    path,
                )
        try:
            return self._try_key(path, database, keys.demo_secret(), KeySource.DEMO)
        except WrongKey:
            pass
        if from_env is not None:
            raise WrongKey(
                words("the key in {env_key} does not open this database", env_key=keys.ENV_KEY)
            )
        raise KeyRequired(database, keyring_problem)

    def _try_key(
        self, path: Path, database: uuid.UUID, secret: AgencySecret, source: KeySource
    ) -> Engine:
        engine = make_engine(
            self.url,
            sqlcipher_key=sqlcipher_key(secret, database),
            check_location=self._check_location,
            busy_timeout_ms=self._busy_timeout_ms,
            read_only=self._read_only,
        )
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
        except SQLAlchemyError as exc:
            engine.dispose()
            if "not a database" in str(exc):
                raise WrongKey() from None
            raise DatabaseDamaged(
                words(
                    "the database file {path} cannot be read ({exc})", path=path, exc=_short(exc)
                ),
                path,
            ) from exc
        self.secret, self.encryption = secret, Encryption(database, source)
        return engine

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
            path = sqlite_path(self.url)
            if path is not None and _is_corruption(exc):
                # SQLITE_CORRUPT / SQLITE_NOTADB past the first page: a restore is the way
                # out, and the restore must be offered (DatabaseDamaged), not a dead end.
                raise DatabaseDamaged(
                    words(
                        "the database file {path} is damaged ({exc}): restore the newest good "
                        "backup; the damaged file is kept",
                        path=path,
                        exc=_short(exc),
                    ),
                    path,
                ) from exc
            raise DatabaseError(words("cannot open the database: {exc}", exc=_short(exc))) from exc
        if current is not None and not _known_revision(script, current):
            raise DatabaseError(
                words(
                    "this database was made by a newer pswdesk (schema {current}); update pswdesk "
                    "before opening it",
                    current=current,
                )
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
            raise DatabaseError(
                words("this database was not made by pswdesk; refusing to change it")
            )
        with self.engine.begin() as conn:
            if not self.is_sqlite:
                _refuse_upgrade_without_ownership(conn, state)
            cfg = alembic_config(self.url)
            cfg.attributes["connection"] = conn
            from alembic import command

            command.upgrade(cfg, "head")
            if not self.is_sqlite:
                server_grants.regrant(conn)  # a new table is open to the PCs' login too
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
        """A read session; a lock held too long or a dropped connection is ``DatabaseBusy``."""
        try:
            with self._reader() as session:
                yield session
        except DBAPIError as exc:
            mapped = unavailable(exc, writing=False)
            if mapped is None:
                raise
            raise mapped from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short write transaction: commit on success, roll back on any error.

        The one place a busy or locked database, a dropped connection or a read-only one
        becomes a domain error (``DatabaseBusy``, ``DatabaseReadOnly``): nothing was written,
        and the caller may say so and try again.
        """
        try:
            with self._writer() as session, session.begin():
                yield session
        except DBAPIError as exc:
            mapped = unavailable(exc, writing=True)
            if mapped is None:
                raise
            raise mapped from exc

    def _refuse_read_only_server(self) -> None:
        """A standby server, a read-only default transaction, or a role that may not write."""
        try:
            with self.engine.connect() as conn:
                read_only, standby, may_insert = conn.execute(
                    text(
                        "SELECT current_setting('transaction_read_only') = 'on', "
                        "pg_is_in_recovery(), "
                        "coalesce(has_table_privilege(to_regclass('notes'), 'INSERT'), true)"
                    )
                ).one()
        except SQLAlchemyError as exc:
            raise DatabaseError(words("cannot open the database: {exc}", exc=_short(exc))) from exc
        if read_only or standby or not may_insert:
            why = (
                "the server is a standby"
                if standby
                else "its transactions are read-only for this login"
                if read_only
                else "this login may not add records"
            )
            raise DatabaseReadOnly(
                words(
                    "this database is read-only: {why}; ask the administrator for write access",
                    why=why,
                )
            )

    def refresh_statistics(self) -> None:
        """SQLite's ``PRAGMA optimize``, as SQLite advises before closing: the planner gets
        statistics for the tables that grew (nothing else ever runs ANALYZE on an agency's
        file), bounded by ``analysis_limit`` so it stays quick at a million notes. The app
        runs it as its window closes; a file this user may not write is left as it is. A
        PostgreSQL server keeps its own statistics (autovacuum)."""
        if not self.is_sqlite:
            return
        with contextlib.suppress(SQLAlchemyError), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=400")
            conn.exec_driver_sql("PRAGMA optimize=0x10002")  # every table, not just used ones
            conn.commit()

    def dispose(self) -> None:
        self.engine.dispose()


_REVISION = re.compile(r"^revision: str = \"([^\"]+)\"$", re.M)
_DOWN = re.compile(r"^down_revision: str \| None = (?:\"([^\"]+)\"|None)$", re.M)


@functools.cache
def file_head() -> str | None:
    """The head revision read straight from the migration files, without Alembic.

    Read once per process: the installed files do not change under a running app,
    and every open after the first is spared a directory listing. None unless every
    file states its revision and parent in the usual form and they make exactly one
    head (``tests/test_migrations.py`` checks it agrees with Alembic's).
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


def _refuse_upgrade_without_ownership(conn: Connection, state: SchemaState) -> None:
    """The PCs' login (``pswdesk db grant``) may not change tables: say who can."""
    if state.current is None:
        may = conn.scalar(text("SELECT has_schema_privilege(current_schema(), 'CREATE')"))
        if not may:
            raise DatabaseError(
                words(
                    "this login may not create tables in this database: set up the agency "
                    "with the database owner's login, then give this one its rights with "
                    "'pswdesk db grant'"
                )
            )
        return
    owner = server_grants.table_owner(conn)
    if owner is None:
        return
    if not conn.scalar(text("SELECT pg_has_role(current_user, :o, 'USAGE')"), {"o": owner}):
        raise DatabaseError(
            words(
                "this database must be upgraded for this version of pswdesk (schema {current} to "
                "{head}), and only its owner ({owner}) may change its tables: ask the "
                "administrator to run 'pswdesk db upgrade' with the owner's login",
                current=state.current,
                head=state.head,
                owner=owner,
            )
        )


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    # Alembic raises for a revision it has never heard of, rather than returning None.
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _refuse_read_only_file(path: Path) -> None:
    """An SQLite file, or its folder, that this user may not write: say so at opening.

    The folder matters too: in WAL mode SQLite creates ``-wal`` and ``-shm`` files beside
    the database, so a read-only folder makes a read-only database.
    """
    folder = path.parent
    if not folder.exists():
        return  # make_engine says the folder is missing
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnly(
            words(
                "this database is read-only: you may not change the file {path}; ask the "
                "administrator for write access, or open a copy",
                path=path,
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseReadOnly(
            words(
                "this database is read-only: you may not create files in its folder {folder} "
                "(SQLite keeps its journal there); ask the administrator for write access",
                folder=folder,
            )
        )
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if extra.exists() and not os.access(extra, os.W_OK):
            raise DatabaseReadOnly(
                words(
                    "this database is read-only: you may not change {extra}; ask the administrator "
                    "for write access",
                    extra=extra,
                )
            )


# SQLite's primary result codes (extended codes keep them in the low byte).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
# PostgreSQL: lock_not_available (lock_timeout), serialization_failure, deadlock_detected,
# query_canceled (statement_timeout); admin_shutdown, crash_shutdown, cannot_connect_now.
_PG_BUSY = {"55P03", "40001", "40P01", "57014"}
_PG_GONE = {"57P01", "57P02", "57P03"}
_PG_READ_ONLY = {"25006"}


def unavailable(exc: DBAPIError, *, writing: bool) -> DatabaseError | None:
    """The domain error for a driver error that says "not now" or "not here", else None.

    Busy or locked (SQLite after its busy timeout; PostgreSQL's lock timeout, a
    serialization failure or deadlock), a connection that dropped, or a read-only
    database. Anything else stays the driver's error (logged, shown calmly by the GUI).
    """
    orig = exc.orig
    message = str(orig or exc).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or ""
    not_yet = (
        words("not saved yet; try again in a moment") if writing else words("try again in a moment")
    )
    if (
        primary == _SQLITE_READONLY
        or sqlstate in _PG_READ_ONLY
        or "readonly database" in message
        or "read-only transaction" in message
    ):
        return DatabaseReadOnly(words("this database is read-only: nothing can be saved to it"))
    if (
        primary in (_SQLITE_BUSY, _SQLITE_LOCKED)
        or sqlstate in _PG_BUSY
        or "database is locked" in message
        or "database is busy" in message
        or "database table is locked" in message
    ):
        return DatabaseBusy(
            words("the database is busy with another change: {not_yet}", not_yet=not_yet)
        )
    if exc.connection_invalidated or sqlstate in _PG_GONE or sqlstate.startswith("08"):
        return DatabaseBusy(
            words("the connection to the database was lost: {not_yet}", not_yet=not_yet)
        )
    return None


def _is_corruption(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc)
    return "malformed" in text or "not a database" in text


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__
