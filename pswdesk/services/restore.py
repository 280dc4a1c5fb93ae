"""Restoring a backup: check it first, then put it in place, keeping what it replaces.

A backup is copied beside the live file (``<name>.restoring``) and that copy is
checked: it opens with the key, SQLite's and SQLCipher's page checks, the schema
brought to this version, the audit chain and signatures (``integrity.check``), and
it is this agency's and this database's. Only then is the live file renamed to
``<name>.replaced-YYYYMMDD-HHMMSS`` (with its -wal, so it stays whole, damaged or
not) and the checked copy takes its name. A refused backup leaves the live file
exactly as it was, byte for byte.

The live database must be closed by the caller; a file still open elsewhere is
refused. Who restored from which file is recorded in the restored database's audit
log. PostgreSQL goes the same way through ``pg_restore``, the replaced contents
kept as a dump beside the backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from pswdesk import server_grants, snapshots
from pswdesk.db import Database, resolve_url, sqlite_path
from pswdesk.errors import DatabaseError
from pswdesk.keys import AgencySecret
from pswdesk.models import AgencySettings, User, utcnow
from pswdesk.services import audit, backups
from pswdesk.sqlite_files import FileKind, database_id, file_kind
from pswdesk.wording import joined, message_of, words

REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class BackupCheck:
    ok: bool
    problems: list[str] = field(default_factory=list)
    agency: str = ""
    database_id: uuid.UUID | None = None
    made_at: dt.datetime | None = None  # when the backup file was written (UTC)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    replaced_kept_as: Path | None


@dataclass(frozen=True, slots=True)
class _Identity:
    """What makes a database this one: the agency's own id and, when encrypted, the file's."""

    agency_uid: str | None
    database_id: uuid.UUID | None


def check_backup(db: Database | None, path: Path, secret: AgencySecret | None) -> BackupCheck:
    """Would this backup restore? ``db``, when given, is the live database it must belong to.

    The backup itself is never changed: it is checked in a scratch copy.
    """
    path = Path(path)
    if db is not None and not db.is_sqlite:
        return _check_dump(snapshots.server_url(db.url), path, _identity_of(db))
    if db is None:
        with tempfile.TemporaryDirectory(prefix="pswdesk-check-") as folder:
            return _check_sqlite(path, Path(folder) / "backup.db", secret, None)
    live = sqlite_path(db.url)
    assert live is not None
    scratch = _scratch_beside(live)
    try:
        return _check_sqlite(path, scratch, secret or db.secret, _identity_of(db))
    finally:
        snapshots.remove_sqlite_file(scratch)


def restore(
    url: str, path: Path, secret: AgencySecret | None, *, actor_name: str | None
) -> RestoreResult:
    """Replace the (closed) database at ``url`` by the backup ``path`` once it checks out.

    ``actor_name`` is who asked (recorded in the restored database's audit log).
    Raises ``DatabaseError`` with every problem when the backup is refused.
    """
    url = resolve_url(url)
    path = Path(path).expanduser().absolute()
    live = sqlite_path(url)
    if live is None:
        return _restore_postgresql(url, path, actor_name)
    identity, live_secret, healthy = _live_identity(url, live, secret)
    secret = secret or live_secret
    scratch = _scratch_beside(live)
    try:
        check = _check_sqlite(path, scratch, secret, identity, upgrade=True)
        if not check.ok:
            raise DatabaseError(_refusal(check))
        _record_restore(scratch, secret, path, actor_name, check)
        snapshots.single_file(scratch, secret if file_kind(scratch) is FileKind.ENCRYPTED else None)
        kept = _swap(live, scratch, live_secret, healthy)
    finally:
        snapshots.remove_sqlite_file(scratch)
    return RestoreResult(kept)


def newest_good_backup(path_of_live_db: Path, secret: AgencySecret | None) -> Path | None:
    """For a damaged database at start-up: the newest backup in its folder that checks out."""
    live = Path(path_of_live_db)
    folder = backups.remembered_folder(live)
    wanted = database_id(live) if file_kind(live) is FileKind.ENCRYPTED else None
    names = [p for p in backups.own_backups(folder) if p.suffix == ".db"]
    scratch = _scratch_beside(live)
    for candidate in names:
        try:
            check = _check_sqlite(candidate, scratch, secret, _Identity(None, wanted))
        finally:
            snapshots.remove_sqlite_file(scratch)
        if check.ok:
            return candidate
    return None


# -- SQLite -------------------------------------------------------------------------------


def _check_sqlite(
    path: Path,
    scratch: Path,
    secret: AgencySecret | None,
    live: _Identity | None,
    *,
    upgrade: bool = True,
) -> BackupCheck:
    """Copy ``path`` to ``scratch`` and check the copy (left in place for the caller)."""
    made_at = _made_at(path)
    if not path.is_file():
        return BackupCheck(False, [words("{path} is not a file", path=path)])
    snapshots.remove_sqlite_file(scratch)
    try:
        shutil.copyfile(path, scratch)
    except OSError as exc:
        return BackupCheck(
            False,
            [
                words(
                    "the backup could not be copied for checking ({strerror})",
                    strerror=exc.strerror,
                )
            ],
        )
    found = snapshots.check_sqlite_file(scratch, secret)
    problems = list(found.problems)
    theirs = found.database_id
    if live is not None and None not in (live.database_id, theirs) and theirs != live.database_id:
        problems.insert(0, words("this is a backup of another database, not of this one"))
    if problems:
        return BackupCheck(False, problems, database_id=found.database_id, made_at=made_at)
    key = secret if found.kind is FileKind.ENCRYPTED else None
    try:
        copy = snapshots.open_copy(scratch, key, upgrade=upgrade)
    except DatabaseError as exc:
        return BackupCheck(False, [message_of(exc)], database_id=found.database_id, made_at=made_at)
    try:
        agency, problems = _records(copy, live)
    finally:
        copy.dispose()
    return BackupCheck(not problems, problems, agency, found.database_id, made_at)


def _records(copy: Database, live: _Identity | None) -> tuple[str, list[str]]:
    """The copy's agency name, and its problems (integrity, and whose it is)."""
    try:
        with copy.read() as s:
            row = s.execute(select(AgencySettings.name, AgencySettings.agency_uid).limit(1)).first()
    except SQLAlchemyError as exc:
        return "", [words("the backup cannot be read ({exc})", exc=str(exc).splitlines()[0])]
    if row is None:
        return "", ["the backup holds no agency (it was made before the agency was set up)"]
    name, uid = row
    problems = backups.records_problems(copy, None)
    if live is not None and live.agency_uid is not None and uid != live.agency_uid:
        problems.insert(0, f"this is a backup of another agency ({name}), not of this one")
    return name, problems


def _live_identity(
    url: str, live: Path, secret: AgencySecret | None
) -> tuple[_Identity | None, AgencySecret | None, bool]:
    """The live database's identity, the secret that opened it, and whether it is sound.

    A file that does not open (damaged, or no key for it) gives what its header
    tells; one that opens but fails the page checks is damaged too. A damaged file
    is only renamed, never written to.
    """
    kind = file_kind(live)
    if kind is FileKind.MISSING:
        return None, None, False
    header_id = database_id(live) if kind is FileKind.ENCRYPTED else None
    try:
        db = Database(url, upgrade=False, secret=secret if kind is FileKind.ENCRYPTED else None)
    except DatabaseError:
        return _Identity(None, header_id), None, False
    try:
        identity, opened_with = _identity_of(db), db.secret
    except (DatabaseError, SQLAlchemyError):
        return _Identity(None, header_id), None, False
    finally:
        db.dispose()
    sound = snapshots.check_sqlite_file(live, opened_with).ok
    return identity, opened_with, sound


def _identity_of(db: Database) -> _Identity:
    try:
        with db.read() as s:
            uid = s.scalar(select(AgencySettings.agency_uid).limit(1))
    except SQLAlchemyError as exc:
        raise DatabaseError(words("database error: {exc}", exc=str(exc).splitlines()[0])) from exc
    return _Identity(uid, db.encryption.database_id if db.encryption is not None else None)


def _record_restore(
    scratch: Path,
    secret: AgencySecret | None,
    source: Path,
    actor_name: str | None,
    check: BackupCheck,
) -> None:
    key = secret if file_kind(scratch) is FileKind.ENCRYPTED else None
    copy = snapshots.open_copy(scratch, key)
    try:
        _audit_restore(copy, source, actor_name, check.made_at)
    finally:
        copy.dispose()


def _audit_restore(
    db: Database, source: Path, actor_name: str | None, made_at: dt.datetime | None
) -> None:
    """Who restored from which file, in the restored database's own log."""
    who = actor_name or "unknown"
    try:
        with db.write() as s:
            user = s.scalars(select(User).where(User.username == who)).first()
            audit.record(
                s, user, "database.restored", "database", None,
                restored_by=who, from_file=str(source),
                backup_made_at=made_at.isoformat() if made_at else None,
            )  # fmt: skip
    except SQLAlchemyError as exc:
        raise DatabaseError(
            words(
                "the restored copy cannot be written ({exc}); nothing was changed",
                exc=str(exc).splitlines()[0],
            )
        ) from exc


def _swap(live: Path, checked: Path, secret: AgencySecret | None, healthy: bool) -> Path | None:
    """Put ``checked`` in place of ``live``; the replaced file (and its -wal) kept, renamed."""
    if file_kind(live) is FileKind.MISSING:
        os.replace(checked, live)
        snapshots.fsync(live)
        return None
    if healthy:
        # Refuses while another window has it open; folds its -wal into it.
        kind = file_kind(live)
        snapshots.take_sole_use(live, secret if kind is FileKind.ENCRYPTED else None)
    kept = _kept_name(live)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal"):
            src = live.with_name(live.name + suffix)
            if src.exists():
                dst = kept.with_name(kept.name + suffix)
                os.replace(src, dst)
                moved.append((src, dst))
        # The -shm is only an index of the -wal, rebuilt from it: never worth keeping.
        with contextlib.suppress(FileNotFoundError):
            live.with_name(live.name + "-shm").unlink()
        os.replace(checked, live)
    except OSError as exc:
        for src, dst in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(dst, src)
        raise DatabaseError(
            words(
                "the database could not be replaced ({reason}); it was left as it was",
                reason=exc.strerror or exc,
            )
        ) from exc
    snapshots.fsync(live)
    return kept


def _kept_name(live: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.name}.{REPLACED}-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = live.with_name(f"{live.name}.{REPLACED}-{stamp}-{n}")
    return kept


def _scratch_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.restoring-{uuid.uuid4().hex[:8]}")


def _made_at(path: Path) -> dt.datetime | None:
    m = backups.OWN_NAME.match(path.name)
    if m:
        return dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return None


def _refusal(check: BackupCheck) -> str:
    return words(
        "the backup was not restored and the database was not changed: {problems}",
        problems=joined(check.problems),
    )


# -- PostgreSQL ---------------------------------------------------------------------------


def _check_dump(url: URL, path: Path, live: _Identity | None) -> BackupCheck:
    made_at = _made_at(path)
    if not path.is_file():
        return BackupCheck(False, [words("{path} is not a file", path=path)])
    try:
        snapshots.list_dump(path)
    except DatabaseError as exc:
        return BackupCheck(
            False, [words("this is not a readable PostgreSQL backup ({exc})", exc=exc)]
        )
    try:
        with snapshots.scratch_postgresql(url) as scratch:
            if scratch is None:
                return BackupCheck(
                    False,
                    [
                        words(
                            "the backup cannot be checked: this server account may not create "
                            "databases"
                        )
                    ],
                    made_at=made_at,
                )
            snapshots.restore_postgresql(scratch, path)
            copy = Database(snapshots.url_text(scratch), upgrade=True)
            try:
                agency, problems = _records(copy, live)
            finally:
                copy.dispose()
    except DatabaseError as exc:
        return BackupCheck(
            False, [words("the backup does not restore ({exc})", exc=exc)], made_at=made_at
        )
    return BackupCheck(not problems, problems, agency, None, made_at)


def _restore_postgresql(url: str, path: Path, actor_name: str | None) -> RestoreResult:
    server = snapshots.server_url(url)
    try:
        db = Database(url, upgrade=False)
    except DatabaseError as exc:
        raise DatabaseError(
            words("the agency database cannot be reached ({exc})", exc=exc)
        ) from exc
    try:
        identity = _identity_of(db) if db.schema_state().has_tables else None
        logins = _granted_logins(db) if identity is not None else []
    finally:
        db.dispose()
    check = _check_dump(server, path, identity)
    if not check.ok:
        raise DatabaseError(_refusal(check))
    stamp = utcnow().astimezone().strftime("%Y%m%d-%H%M%S")
    kept = path.parent / f"{server.database}.{REPLACED}-{stamp}.dump"
    snapshots.dump_postgresql(server, kept)
    snapshots.restore_postgresql(server, path)
    restored = Database(url)  # brings an older backup's schema to this version
    try:
        with restored.engine.begin() as conn:
            server_grants.after_restore(conn, logins)  # the PCs' login works as before
        _audit_restore(restored, path, actor_name, check.made_at)
    finally:
        restored.dispose()
    return RestoreResult(kept)


def _granted_logins(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return server_grants.granted_logins(conn)
