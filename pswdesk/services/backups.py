"""Backups: made on request or by the daily schedule, checked after writing, logged and audited.

A backup is a whole copy of the database (``pswdesk/snapshots.py``), written under
a hidden ``.partial`` name, checked (it opens with the key, SQLite's and
SQLCipher's page checks, then ``services.integrity.check`` for the audit chain and
signatures) and only then given its real name. A backup that cannot be written or
fails its check leaves nothing behind, and the live database is only ever read.

The schedule keeps the newest ``keep`` backups of the agency's folder, counting
only files named as pswdesk names them (``pswdesk-YYYYMMDD-HHMMSS.db``, time in
UTC), so nothing else in the folder is ever deleted. The chosen folder is also
remembered per PC, outside the database (``remembered_folder``), so a damaged
database's backups can still be found at start-up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from pswdesk import snapshots
from pswdesk.db import Database, sqlite_path
from pswdesk.errors import DatabaseError, ValidationError
from pswdesk.keys import AgencySecret
from pswdesk.models import AgencySettings, Backup, User, utcnow
from pswdesk.services import audit, checkpoints, integrity
from pswdesk.services.access import ADMIN, Actor, load_user
from pswdesk.services.access import settings as agency_settings
from pswdesk.sqlite_files import FileKind, file_kind
from pswdesk.wording import joined, message_of, words

OVERDUE_AFTER = dt.timedelta(days=2)
DUE_AFTER = dt.timedelta(hours=24)
KEEP_RANGE = (1, 365)
SCHEDULED_BY = "scheduled backup"
FOLDERS_FILE = "backup-folders.json"
#: Our own names only: the schedule deletes nothing else.
OWN_NAME = re.compile(r"^pswdesk-(\d{8})-(\d{6})(?:-(\d+))?\.(db|dump)$")


@dataclass(frozen=True, slots=True)
class BackupRow:
    path: str
    made_at: dt.datetime  # UTC, aware
    size_bytes: int
    scheduled: bool
    made_by: str


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: str
    keep: int
    last_good: BackupRow | None
    overdue: bool


# -- settings -----------------------------------------------------------------------------


def default_folder() -> Path:
    return Path(platformdirs.user_data_dir("pswdesk", appauthor=False)) / "backups"


def settings(db: Database, actor: Actor) -> BackupSettings:
    """The folder, how many to keep, the last good backup (administrators)."""
    with db.read() as s:
        load_user(s, actor, ADMIN)
        return _settings(s, agency_settings(s))


def set_settings(db: Database, actor: Actor, folder: str, keep: int) -> BackupSettings:
    """Choose the folder (it must exist and be writable) and how many scheduled backups to keep."""
    with db.read() as s:
        load_user(s, actor, ADMIN)  # before the folder is tried with a file
    problems: dict[str, str] = {}
    folder = folder.strip()
    low, high = KEEP_RANGE
    if isinstance(keep, bool) or not isinstance(keep, int) or not low <= keep <= high:
        problems["keep"] = words("keep between {low} and {high} backups", low=low, high=high)
    if not folder:
        problems["folder"] = words("choose a folder for the backups")
    else:
        path = Path(folder).expanduser()
        if not path.is_absolute():
            problems["folder"] = words("give the folder's full path")
        elif not path.is_dir():
            problems["folder"] = words("{path} is not a folder that exists", path=path)
        elif (why := folder_problem(path)) is not None:
            problems["folder"] = why
        folder = str(path)
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        load_user(s, actor, ADMIN)
        a = agency_settings(s)
        before = {"folder": a.backup_folder, "keep": a.backup_keep}
        a.backup_folder, a.backup_keep = folder, keep
        s.flush()
        audit.record(
            s, actor, "backup.settings_changed", "agency", a.id,
            changes=audit.changes(before, {"folder": folder, "keep": keep}),
        )  # fmt: skip
        result = _settings(s, a)
    remember_folder(db, Path(folder))
    return result


def folder_problem(folder: Path) -> str | None:
    """Why a backup cannot be written into ``folder`` (tried with a real file), or None."""
    probe = folder / f".pswdesk-write-test-{uuid.uuid4().hex[:8]}"
    try:
        with probe.open("xb") as f:
            f.write(b"pswdesk")
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        return snapshots.write_failure(folder, exc).replace(
            "the backup could not", "backups cannot"
        )
    return None


# -- making a backup ----------------------------------------------------------------------


def make_backup(db: Database, actor: Actor, target: Path | None = None) -> BackupRow:
    """A checked backup into ``target``, or into the agency's folder under a dated name.

    Administrators. Into the folder, the newest ``keep`` of pswdesk's own backups
    there are kept and older ones deleted. Audited and logged, failures too.
    """
    with db.read() as s:
        user = load_user(s, actor, ADMIN)
        made_by_id, made_by = user.id, user.username
    return _make(db, target, scheduled=False, made_by_id=made_by_id, made_by=made_by)


def make_scheduled(db: Database) -> BackupRow:
    """The daily backup into the agency's folder (no actor: the app's timer or the system's)."""
    return _make(db, None, scheduled=True, made_by_id=None, made_by=SCHEDULED_BY)


def due(db: Database) -> bool:
    """A folder has been chosen and the last good backup is 24 hours old or more (or none)."""
    with db.read() as s:
        a = agency_settings(s)
        if not a.backup_folder:
            return False
        last = _last_good(s)
    return last is None or utcnow() - last.made_at >= DUE_AFTER


def last_good(db: Database) -> BackupRow | None:
    """The newest backup that passed its check (About, verify)."""
    with db.read() as s:
        return _last_good(s)


def list_backups(db: Database, actor: Actor, limit: int = 50) -> list[BackupRow]:
    """The good backups, newest first (administrators)."""
    with db.read() as s:
        load_user(s, actor, ADMIN)
        q = select(Backup).where(Backup.ok).order_by(Backup.made_at.desc(), Backup.id.desc())
        return [_row(b) for b in s.scalars(q.limit(limit))]


def _make(
    db: Database, target: Path | None, *, scheduled: bool, made_by_id: int | None, made_by: str
) -> BackupRow:
    with db.read() as s:
        a = agency_settings(s)
        folder_text, keep, agency_uid = a.backup_folder, a.backup_keep, a.agency_uid
    into_folder = target is None
    if target is None:
        folder = Path(folder_text) if folder_text else default_folder()
        if not folder_text:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(snapshots.write_failure(folder, exc)) from exc
        target = _dated_name(folder, "db" if db.is_sqlite else "dump")
    target = target.expanduser().absolute()
    try:
        if not target.parent.is_dir():
            raise DatabaseError(
                words(
                    "the backup could not be written to {parent}: the folder does not exist",
                    parent=target.parent,
                )
            )
        size = _write_checked(db, target, agency_uid)
    except DatabaseError as exc:
        _log(db, target, 0, scheduled, made_by_id, made_by, problem=str(exc))
        raise
    row = _log(db, target, size, scheduled, made_by_id, made_by, problem="")
    if into_folder:
        # A signed checkpoint of the audit log in the backup folder (services/checkpoints.py),
        # where verify looks: best effort, the backup itself is good.
        with contextlib.suppress(DatabaseError, OSError):
            checkpoints.checkpoint_into_folder(db, target.parent)
    if into_folder:
        removed = _keep_newest(target.parent, keep)
        if removed:
            with contextlib.suppress(DatabaseError, SQLAlchemyError), db.write() as s:
                audit.record(s, _user(s, made_by_id), "backup.pruned", removed=removed)
    remember_folder(db, target.parent)
    return row


def _write_checked(db: Database, target: Path, agency_uid: str) -> int:
    """Write the copy under a hidden name, check it, then give it its name; its size."""
    if target.exists():
        raise DatabaseError(words("{target} already exists: choose a new file name", target=target))
    partial = target.with_name(f".{target.name}.partial")
    snapshots.remove_sqlite_file(partial)
    if db.is_sqlite:
        snapshots.write_sqlite_copy(db, partial)
        try:
            problems = check_sqlite_copy(partial, db.secret, agency_uid)
        except BaseException:
            snapshots.remove_sqlite_file(partial)
            raise
    else:
        url = db.engine.url
        snapshots.dump_postgresql(url, partial)
        try:
            problems = check_postgresql_dump(url, partial, agency_uid)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    if problems:
        snapshots.remove_sqlite_file(partial)
        raise DatabaseError(
            words(
                "the backup was written but failed its check, so it was removed: {problems}",
                problems=joined(problems),
            )
        )
    try:
        os.replace(partial, target)
    except OSError as exc:
        snapshots.remove_sqlite_file(partial)
        raise DatabaseError(snapshots.write_failure(target.parent, exc)) from exc
    return target.stat().st_size


def check_sqlite_copy(path: Path, key: AgencySecret | None, agency_uid: str | None) -> list[str]:
    """The problems of a freshly written copy: file, pages, audit chain, signatures, agency."""
    found = snapshots.check_sqlite_file(path, key)
    if not found.ok:
        return found.problems
    try:
        copy = snapshots.open_copy(path, key)
    except DatabaseError as exc:
        return [message_of(exc)]
    try:
        problems = records_problems(copy, agency_uid)
    finally:
        copy.dispose()
    snapshots.single_file(path, key if found.kind is FileKind.ENCRYPTED else None)
    return problems


def check_postgresql_dump(url: URL, path: Path, agency_uid: str | None) -> list[str]:
    """Restore the dump into a scratch database on the same server and check it there."""
    snapshots.list_dump(path)
    with snapshots.scratch_postgresql(url) as scratch:
        if scratch is None:
            return []  # no right to create a scratch database: the archive reads, that is all
        snapshots.restore_postgresql(scratch, path)
        copy = Database(snapshots.url_text(scratch), upgrade=False)
        try:
            return records_problems(copy, agency_uid)
        finally:
            copy.dispose()


def records_problems(copy: Database, agency_uid: str | None) -> list[str]:
    """``integrity.check`` of an opened copy, and whether it is this agency's."""
    try:
        report = integrity.check(copy)
        problems = list(report.problems)
        if agency_uid is not None:
            with copy.read() as s:
                theirs = s.scalar(select(AgencySettings.agency_uid).limit(1))
            if theirs != agency_uid:
                problems.append(words("the copy is not of this agency"))
    except (DatabaseError, SQLAlchemyError) as exc:
        problems = [words("the copy cannot be read ({exc})", exc=str(exc).splitlines()[0])]
    return problems


def _dated_name(folder: Path, ext: str) -> Path:
    """``pswdesk-YYYYMMDD-HHMMSS.ext``; a second one in the same second counts on (``-2``, ...).

    The count goes past the highest there, never back to a name pruned meanwhile,
    so the names sort in the order the backups were made.
    """
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    taken = [
        int(m.group(3) or 1)
        for p in _listing(folder)
        if (m := OWN_NAME.match(p.name)) and f"{m.group(1)}-{m.group(2)}" == stamp
    ]
    n = max(taken, default=0) + 1
    return folder / (f"pswdesk-{stamp}.{ext}" if n == 1 else f"pswdesk-{stamp}-{n}.{ext}")


def own_backups(folder: Path) -> list[Path]:
    """pswdesk's own backup files in ``folder``, newest first (by the time in their names)."""
    ours: list[tuple[tuple[str, str, int], Path]] = []
    for p in _listing(folder):
        m = OWN_NAME.match(p.name)
        if m and p.is_file():
            ours.append(((m.group(1), m.group(2), int(m.group(3) or 1)), p))
    ours.sort(key=lambda item: item[0], reverse=True)
    return [p for _key, p in ours]


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _keep_newest(folder: Path, keep: int) -> list[str]:
    """Delete all but the newest ``keep`` of our own backup files in ``folder``; their names."""
    removed: list[str] = []
    for path in own_backups(folder)[keep:]:
        try:
            path.unlink()
            removed.append(path.name)
        except OSError:
            pass  # kept for now; the next backup tries again
    return removed


def _log(
    db: Database,
    path: Path,
    size: int,
    scheduled: bool,
    made_by_id: int | None,
    made_by: str,
    *,
    problem: str,
) -> BackupRow:
    """Record the backup (or the failure) and audit it; a failure's record is best effort."""
    b = Backup(
        made_at=utcnow(), path=str(path), size_bytes=size, scheduled=scheduled,
        made_by_id=made_by_id, made_by=made_by, ok=not problem, problem=problem,
    )  # fmt: skip
    row = _row(b)
    try:
        with db.write() as s:
            s.add(b)
            s.flush()
            action = "backup.made" if not problem else "backup.failed"
            details: dict[str, object] = {"path": str(path), "scheduled": scheduled}
            if problem:
                details["problem"] = problem
            else:
                details["size_bytes"] = size
            audit.record(s, _user(s, made_by_id), action, "backup", b.id, **details)
    except (DatabaseError, SQLAlchemyError):
        if not problem:
            raise
    return row


def _user(s: Session, user_id: int | None) -> User | None:
    return s.get(User, user_id) if user_id is not None else None


def _last_good(s: Session) -> BackupRow | None:
    q = select(Backup).where(Backup.ok).order_by(Backup.made_at.desc(), Backup.id.desc()).limit(1)
    b = s.scalars(q).first()
    return _row(b) if b is not None else None


def _settings(s: Session, a: AgencySettings) -> BackupSettings:
    last = _last_good(s)
    overdue = last is None or utcnow() - last.made_at > OVERDUE_AFTER
    folder = a.backup_folder or str(default_folder())
    return BackupSettings(folder, a.backup_keep, last, overdue)


def _row(b: Backup) -> BackupRow:
    return BackupRow(b.path, b.made_at, b.size_bytes, b.scheduled, b.made_by)


# -- the folder, remembered per PC ---------------------------------------------------------


def database_key(db: Database) -> str | None:
    """What the per-PC folder list is keyed by: the encrypted file's id, else its path."""
    if db.encryption is not None:
        return str(db.encryption.database_id)
    path = sqlite_path(db.url)
    return f"file:{path}" if path is not None else None


def file_key(path: Path) -> str:
    """The same key, read from a database file that may be too damaged to open."""
    from pswdesk.sqlite_files import database_id

    if file_kind(path) is FileKind.ENCRYPTED:
        return str(database_id(path))
    return f"file:{path}"


def remember_folder(db: Database, folder: Path) -> None:
    key = database_key(db)
    if key is None:
        return
    folders = _folders()
    if folders.get(key) == str(folder):
        return
    folders[key] = str(folder)
    path = _folders_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(folders, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)


def remembered_folder(path_of_live_db: Path) -> Path:
    """The backup folder last used for this database on this PC, else the default one."""
    folder = _folders().get(file_key(path_of_live_db))
    return Path(folder) if folder else default_folder()


def _folders_path() -> Path:
    return Path(platformdirs.user_config_dir("pswdesk", appauthor=False)) / FOLDERS_FILE


def _folders() -> dict[str, str]:
    try:
        data = json.loads(_folders_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
