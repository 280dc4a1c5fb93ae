"""Whole-database copies: writing one while others work, and the file checks a copy must pass.

SQLite is copied with SQLite's online backup API: one read snapshot, so the copy
is consistent while others keep writing. An encrypted database is copied into a
file keyed with the same key and the same salt, so the copy stays encrypted and
keeps the database's id (docs/ARCHITECTURE.md, Security); a plain one gives a plain
copy. PostgreSQL goes through ``pg_dump`` and ``pg_restore`` when they are installed.

This module knows files and drivers, not people: the services in
``services/backups.py`` and ``services/restore.py`` decide who may do what, check
the audit chain of a copy and record what was done. Every failure here leaves as
one ``DatabaseError`` sentence, with any half-written file removed.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from pswdesk import sqlite_files
from pswdesk.db import Database, make_engine, sqlite_path
from pswdesk.errors import DatabaseError
from pswdesk.keys import AgencySecret
from pswdesk.sqlite_files import FileKind, file_kind
from pswdesk.wording import words

SIDE_FILES = ("-wal", "-shm", "-journal")
#: How long a PostgreSQL restore waits for others' locks before saying the database is in use.
PG_LOCK_TIMEOUT = "30s"
MAX_PROBLEMS = 20


@dataclass(slots=True)
class FileCheck:
    """What the file-level check of an SQLite copy found (empty ``problems``: it is sound)."""

    kind: FileKind
    database_id: uuid.UUID | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# -- SQLite -------------------------------------------------------------------------------


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def write_sqlite_copy(db: Database, target: Path) -> int:
    """Copy the open SQLite database ``db`` into the new file ``target``; its size in bytes.

    The copy is a single file (no -wal) with the live file's key and id. On any
    failure (folder not writable, disk full) the half-written file is removed and
    one sentence is raised; the live database is only read.
    """
    live = sqlite_path(db.url)
    if live is None:
        raise DatabaseError(words("only an SQLite file can be copied this way"))
    secret = db.secret if db.encryption is not None else None
    database = db.encryption.database_id if db.encryption is not None else None
    if target.exists():
        raise DatabaseError(words("{target} already exists: choose a new file name", target=target))
    try:
        source = sqlite_files.connect(live, secret)
    except Exception as exc:  # the driver's errors: the live file could not be read
        raise DatabaseError(
            words("the database could not be read for the backup ({exc})", exc=_first(exc))
        ) from exc
    try:
        copy = sqlite_files.connect(target, secret, database)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            copy.close()
        fsync(target)
    except Exception as exc:  # OSError, or the driver's "disk is full", "unable to open"
        remove_sqlite_file(target)
        raise DatabaseError(write_failure(target.parent, exc)) from exc
    finally:
        source.close()
    return target.stat().st_size


def check_sqlite_file(path: Path, secret: AgencySecret | None) -> FileCheck:
    """Does the file open with ``secret``, and do SQLite and SQLCipher find every page sound?"""
    kind = file_kind(path)
    result = FileCheck(kind)
    if kind in (FileKind.MISSING, FileKind.EMPTY, FileKind.DAMAGED):
        if kind is FileKind.MISSING:
            result.problems.append(words("the file does not exist"))
        elif kind is FileKind.EMPTY:
            result.problems.append(words("the file is empty"))
        else:
            result.problems.append(words("the file is too short to be a database"))
        return result
    if kind is FileKind.ENCRYPTED:
        result.database_id = sqlite_files.database_id(path)
        if secret is None:
            result.problems.append(words("the file is encrypted and no key was given for it"))
            return result
    try:
        conn = sqlite_files.connect(path, secret if kind is FileKind.ENCRYPTED else None)
    except Exception as exc:
        if "not a database" in str(exc):
            result.problems.append(
                words(
                    "the file does not open with this database's key: it is damaged, "
                    "or a backup of another database"
                )
            )
        else:
            result.problems.append(words("the file cannot be read ({exc})", exc=_first(exc)))
        return result
    try:
        if kind is FileKind.ENCRYPTED:
            pages = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            result.problems += [f"encryption check: {p}" for p in pages[:MAX_PROBLEMS]]
        found = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if found != ["ok"]:
            result.problems += [f"integrity check: {p}" for p in found[:MAX_PROBLEMS]]
    except Exception as exc:
        result.problems.append(words("the file is damaged ({exc})", exc=_first(exc)))
    finally:
        conn.close()
    return result


def open_copy(path: Path, secret: AgencySecret | None, *, upgrade: bool = False) -> Database:
    """A copy opened as a database, to check its records; wherever it lives (no location check)."""
    return Database(sqlite_url(path), upgrade=upgrade, secret=secret, check_location=False)


def single_file(path: Path, secret: AgencySecret | None) -> None:
    """Fold any -wal back into ``path`` and leave it in rollback-journal mode: one file."""
    kind = file_kind(path)
    conn = sqlite_files.connect(path, secret if kind is FileKind.ENCRYPTED else None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()


def take_sole_use(path: Path, secret: AgencySecret | None) -> None:
    """Make sure nobody else has the file open, folding its -wal into it.

    Leaving WAL mode needs the only connection, so this fails at once, with one
    sentence, while another window or program has the database open.
    """
    try:
        conn = sqlite_files.connect(path, secret)
    except Exception as exc:
        raise DatabaseError(words("the database cannot be read ({exc})", exc=_first(exc))) from exc
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    except Exception as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(
                words(
                    "the database is open in another pswdesk window or program: close it and try "
                    "again"
                )
            ) from exc
        raise DatabaseError(
            words("the database cannot be changed ({exc})", exc=_first(exc))
        ) from exc
    finally:
        conn.close()


def remove_sqlite_file(path: Path) -> None:
    """Remove a file of ours and its side files (-wal, -shm, -journal), if there."""
    for p in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def fsync(path: Path) -> None:
    """The file's bytes and its name on disk before anyone relies on them."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_failure(folder: Path, exc: BaseException) -> str:
    """The one sentence for a copy that could not be written into ``folder``."""
    message = str(exc).lower()
    errno = getattr(exc, "errno", None)
    if "full" in message or errno == 28:
        why = words("the disk is full")
    elif "readonly" in message or "permission" in message or errno in (1, 13, 30):
        why = words("the folder cannot be written to")
    elif "unable to open" in message or errno == 2:
        why = words("the folder cannot be written to or does not exist")
    else:
        why = words("the disk refused ({exc})", exc=_first(exc))
    return words(
        "the backup could not be written to {folder}: {why}; nothing was kept",
        folder=folder,
        why=why,
    )


# -- PostgreSQL ---------------------------------------------------------------------------

_PG_GLOBS = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/opt/homebrew/opt/postgresql*/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
)


def pg_tool(name: str) -> Path:
    """``pg_dump`` or ``pg_restore``: the newest installed, else the one on PATH."""
    found: list[tuple[int, Path]] = []
    exe = name + (".exe" if os.name == "nt" else "")
    for pattern in _PG_GLOBS:
        for folder in glob.glob(pattern):
            candidate = Path(folder) / exe
            if candidate.is_file():
                digits = re.findall(r"\d+", folder)
                found.append((int(digits[-1]) if digits else 0, candidate))
    if found:
        return max(found)[1]
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    raise DatabaseError(
        words(
            "{name} is not installed on this computer: install the PostgreSQL client tools, or let "
            "the server's administrator back up the agency database",
            name=name,
        )
    )


def _pg_connection(url: URL) -> tuple[list[str], dict[str, str]]:
    """libpq arguments and environment: the password in the environment, never on a command line."""
    args = ["--no-password"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def server_url(url: str) -> URL:
    """The URL a server is reached with, the keyring's password filled in when the URL has none."""
    engine = make_engine(url)
    try:
        return engine.url
    finally:
        engine.dispose()


def dump_postgresql(url: URL, target: Path) -> int:
    """``pg_dump`` of the database into ``target`` (custom format); its size in bytes."""
    if target.exists():
        raise DatabaseError(words("{target} already exists: choose a new file name", target=target))
    args, env = _pg_connection(url)
    command = [
        str(pg_tool("pg_dump")), *args, "--format=custom", "--no-owner", "--no-privileges",
        f"--file={target}", f"--dbname={url.database}",
    ]  # fmt: skip
    try:
        _run(command, env, "the backup")
        fsync(target)
    except (DatabaseError, OSError) as exc:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        if isinstance(exc, OSError):
            raise DatabaseError(write_failure(target.parent, exc)) from exc
        if (
            "No space left" in str(exc)
            or "could not write" in str(exc)
            or "could not open" in str(exc)
        ):
            raise DatabaseError(write_failure(target.parent, OSError(str(exc)))) from exc
        raise
    return target.stat().st_size


def restore_postgresql(url: URL, source: Path) -> None:
    """Replace the database's contents with the dump's, in one transaction (all or nothing)."""
    args, env = _pg_connection(url)
    env["PGOPTIONS"] = f"-c lock_timeout={PG_LOCK_TIMEOUT}"
    command = [
        str(pg_tool("pg_restore")), *args, "--clean", "--if-exists", "--no-owner",
        "--no-privileges", "--single-transaction", "--exit-on-error",
        f"--dbname={url.database}", str(source),
    ]  # fmt: skip
    try:
        _run(command, env, "the restore")
    except DatabaseError as exc:
        if "lock timeout" in str(exc):
            raise DatabaseError(
                words(
                    "the agency database is in use on another PC: everyone must close pswdesk "
                    "before a restore; nothing was changed"
                )
            ) from exc
        raise


def list_dump(source: Path) -> None:
    """Refuses (``DatabaseError``) a file that is not a readable ``pg_dump`` archive."""
    _run(
        [str(pg_tool("pg_restore")), "--list", str(source)], dict(os.environ), "reading the backup"
    )


@contextlib.contextmanager
def scratch_postgresql(url: URL) -> Iterator[URL | None]:
    """A new, empty database on the same server for checking a dump; None when not allowed."""
    name = f"{(url.database or 'pswdesk')[:40]}_check_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError:
        admin.dispose()
        yield None  # no CREATEDB right: the caller checks what it can without one
        return
    try:
        yield url.set(database=name)
    finally:
        with contextlib.suppress(SQLAlchemyError), admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def is_postgresql(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except SQLAlchemyError as exc:
        raise DatabaseError(words("not a database URL: {exc}", exc=_first(exc))) from exc


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DatabaseError(
            words("{what} did not run ({exc})", what=what, exc=_first(exc))
        ) from exc
    if done.returncode != 0:
        lines = [ln for ln in done.stderr.strip().splitlines() if ln.strip()]
        detail = lines[0] if lines else f"exit code {done.returncode}"
        detail = re.sub(r"^(pg_dump|pg_restore): (error: )?", "", detail)
        raise DatabaseError(words("{what} failed: {detail}", what=what, detail=detail))


def _first(exc: BaseException) -> str:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__
