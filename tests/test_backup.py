"""Backups: encrypted copies checked after writing, the folder and its N, one-sentence failures."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update

from pswdesk.db import Database, sqlite_path
from pswdesk.errors import DatabaseError, PermissionDenied, ValidationError
from pswdesk.models import Backup
from pswdesk.services import audit, backups, clients
from pswdesk.sqlite_files import FileKind, database_id, file_kind
from tests.conftest import PASSWORD, Agency
from tests.notes_support import new_client


def _actions(agency: Agency) -> list[str]:
    return [e.action for e in audit.list_entries(agency.db, agency.admin, limit=1000)]


def _live(agency: Agency) -> Path:
    path = sqlite_path(agency.db.url)
    assert path is not None
    return path


def test_a_backup_is_encrypted_keeps_the_id_and_is_logged(
    sqlite_agency: Agency, tmp_path: Path
) -> None:
    agency = sqlite_agency
    new_client(agency, agency.wendy, "Zebulon Quartermaine")
    target = tmp_path / "out" / "copy.db"
    target.parent.mkdir()
    row = backups.make_backup(agency.db, agency.admin, target)
    assert row.path == str(target) and row.size_bytes == target.stat().st_size > 0
    assert not row.scheduled and row.made_by == "admin"
    assert row.made_at.tzinfo is not None
    assert file_kind(target) is FileKind.ENCRYPTED
    assert database_id(target) == database_id(_live(agency))
    raw = target.read_bytes()
    assert b"Zebulon" not in raw and b"SQLite format 3" not in raw
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]  # no -wal, no partial
    assert backups.last_good(agency.db) == row
    assert backups.list_backups(agency.db, agency.admin) == [row]
    assert "backup.made" in _actions(agency)


def test_a_plain_database_gives_a_plain_backup(tmp_path: Path) -> None:
    from pswdesk.services import users

    db = Database(str(tmp_path / "plain.db"), encrypt=False)
    try:
        admin = users.initialise(db, "Plain Agency", "admin", "Ada Admin", PASSWORD)
        row = backups.make_backup(db, admin, tmp_path / "plain-copy.db")
    finally:
        db.dispose()
    assert file_kind(Path(row.path)) is FileKind.PLAIN


def test_only_administrators_back_up(agency: Agency, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for who in (agency.wendy, agency.sam):
        with pytest.raises(PermissionDenied):
            backups.make_backup(agency.db, who, folder / "x.db")
        with pytest.raises(PermissionDenied):
            backups.settings(agency.db, who)
        with pytest.raises(PermissionDenied):
            backups.set_settings(agency.db, who, str(folder), 5)
        with pytest.raises(PermissionDenied):
            backups.list_backups(agency.db, who)
    assert list(folder.iterdir()) == []


def test_settings_are_checked_audited_and_remembered_on_this_pc(
    agency: Agency, tmp_path: Path
) -> None:
    db, admin = agency.db, agency.admin
    first = backups.settings(db, admin)
    assert first.keep == 14 and first.folder == str(backups.default_folder())
    assert first.last_good is None and first.overdue
    with pytest.raises(ValidationError) as missing:
        backups.set_settings(db, admin, str(tmp_path / "nowhere"), 5)
    assert "folder" in missing.value.problems
    with pytest.raises(ValidationError) as bad_keep:
        backups.set_settings(db, admin, str(tmp_path), 0)
    assert "keep" in bad_keep.value.problems
    with pytest.raises(ValidationError):
        backups.set_settings(db, admin, "relative/folder", 5)
    chosen = backups.set_settings(db, admin, str(tmp_path), 7)
    assert (chosen.folder, chosen.keep) == (str(tmp_path), 7)
    assert backups.settings(db, admin) == chosen
    assert "backup.settings_changed" in _actions(agency)
    if db.is_sqlite:
        live = sqlite_path(db.url)
        assert live is not None
        assert backups.remembered_folder(live) == tmp_path
        kept = json.loads(
            (Path(os.environ["XDG_CONFIG_HOME"]) / "pswdesk" / backups.FOLDERS_FILE).read_text()
        )
        assert kept == {str(database_id(live)): str(tmp_path)}


def test_scheduled_backups_keep_the_newest_n_of_our_own_files(
    agency: Agency, tmp_path: Path
) -> None:
    db = agency.db
    folder = tmp_path / "backups"
    folder.mkdir()
    strangers = ["notes.db", "pswdesk-notes.txt", "pswdesk-2020.db"]
    for name in strangers:
        (folder / name).write_text("not ours")
    assert not backups.due(db)  # no folder chosen yet: the timer does nothing
    backups.set_settings(db, agency.admin, str(folder), 3)
    assert backups.due(db)
    made = [backups.make_scheduled(db) for _ in range(5)]
    assert all(r.scheduled and r.made_by == backups.SCHEDULED_BY for r in made)
    ours = sorted(  # each backup into the folder also leaves a signed audit checkpoint there
        p.name
        for p in folder.iterdir()
        if p.name not in strangers and not p.name.startswith("pswdesk-checkpoint-")
    )
    assert ours == sorted(Path(r.path).name for r in made[-3:])
    assert all((folder / name).read_text() == "not ours" for name in strangers)
    assert not backups.due(db)
    assert backups.last_good(db) == made[-1]
    assert "backup.pruned" in _actions(agency)


def test_due_and_overdue_follow_the_last_good_backup(agency: Agency, tmp_path: Path) -> None:
    db = agency.db
    backups.set_settings(db, agency.admin, str(tmp_path), 3)
    backups.make_scheduled(db)
    assert not backups.due(db) and not backups.settings(db, agency.admin).overdue
    with db.write() as s:
        s.execute(update(Backup).values(made_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=25)))
    assert backups.due(db) and not backups.settings(db, agency.admin).overdue
    with db.write() as s:
        s.execute(update(Backup).values(made_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3)))
    assert backups.settings(db, agency.admin).overdue


def test_a_backup_that_exists_is_never_overwritten(sqlite_agency: Agency, tmp_path: Path) -> None:
    target = tmp_path / "exists.db"
    target.write_bytes(b"keep me")
    with pytest.raises(DatabaseError, match="already exists"):
        backups.make_backup(sqlite_agency.db, sqlite_agency.admin, target)
    assert target.read_bytes() == b"keep me"


# -- failures: one sentence, nothing left behind --------------------------------------------


def _records(agency: Agency) -> list[str]:
    return [c.preferred_name for c in clients.list_caseload(agency.db, agency.wendy)]


def test_an_unwritable_folder_is_one_sentence_and_leaves_nothing(
    sqlite_agency: Agency, tmp_path: Path
) -> None:
    agency = sqlite_agency
    new_client(agency, agency.wendy, "Robin")
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:
        # Root writes into any folder whatever its mode; sysfs refuses new files even to root.
        folder = Path("/sys")
    else:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    before = sorted(p.name for p in folder.iterdir())
    try:
        with pytest.raises(ValidationError, match="cannot be written"):
            backups.set_settings(agency.db, agency.admin, str(folder), 3)
        with pytest.raises(DatabaseError) as refused:
            backups.make_backup(agency.db, agency.admin, folder / "b.db")
    finally:
        if folder != Path("/sys"):
            folder.chmod(stat.S_IRWXU)
    message = str(refused.value)
    assert "\n" not in message and "cannot be written" in message
    assert sorted(p.name for p in folder.iterdir()) == before
    assert _records(agency) == ["Robin"]
    assert "backup.failed" in _actions(agency)
    assert backups.last_good(agency.db) is None


def _cli_as(
    args: list[str], home: Path, *, user: int | None = None, file_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PSWDESK_PASSWORD": PASSWORD,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("PSWDESK_DEBUG", None)

    def limits() -> None:
        if file_limit is not None:
            # Writing past the limit fails (EFBIG) instead of killing the process: a full disk.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-m", "pswdesk", *args],
        env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600,
        user=user, preexec_fn=limits, cwd=str(Path(__file__).resolve().parent.parent),
    )  # fmt: skip


def test_a_full_disk_is_one_sentence_and_removes_the_partial_file(
    sqlite_agency: Agency, tmp_path: Path
) -> None:
    agency = sqlite_agency
    new_client(agency, agency.wendy, "Robin")
    live = _live(agency)
    agency.db.dispose()
    size = live.stat().st_size
    folder = tmp_path / "small-disk"
    folder.mkdir()
    done = _cli_as(
        ["--db", str(live), "backup", str(folder / "b.db"), "--user", "admin"],
        tmp_path, file_limit=size // 2,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pswdesk: the backup could not be written")
    assert "Traceback" not in done.stderr
    assert list(folder.iterdir()) == []
    db = Database(str(live))
    try:
        assert backups.last_good(db) is None
        with db.read() as s:
            failed = s.scalars(select(Backup)).all()
        assert [b.ok for b in failed] == [False]
    finally:
        db.dispose()


# -- PostgreSQL ------------------------------------------------------------------------------


def test_postgresql_backup_is_a_checked_dump(agency: Agency, tmp_path: Path) -> None:
    if agency.db.is_sqlite:
        pytest.skip("the PostgreSQL leg")
    new_client(agency, agency.wendy, "Robin")
    row = backups.make_backup(agency.db, agency.admin, tmp_path / "agency.dump")
    assert Path(row.path).read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert [p.name for p in tmp_path.iterdir()] == ["agency.dump"]
    assert backups.last_good(agency.db) == row


def test_missing_pg_dump_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    from pswdesk import snapshots

    monkeypatch.setattr(snapshots, "_PG_GLOBS", ())
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(DatabaseError, match="server's administrator"):
        snapshots.pg_tool("pg_dump")
