"""Restore: every record comes back, a damaged or foreign backup is refused, nothing is lost."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from pswdesk.cli import main
from pswdesk.db import Database, sqlite_path
from pswdesk.demo import seed_demo
from pswdesk.errors import DatabaseDamaged, DatabaseError
from pswdesk.models import Base
from pswdesk.services import audit, backups, integrity, restore, users
from pswdesk.sqlite_files import FileKind, file_kind
from tests.conftest import PASSWORD, Agency
from tests.notes_support import new_client


def _tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for name, table in Base.metadata.tables.items():
            order = list(table.primary_key.columns) or list(table.columns)
            out[name] = [tuple(r) for r in s.execute(select(table).order_by(*order))]
    return out


def _seeded(db: Database) -> Any:
    admin = users.initialise(db, "Round Trip Agency", "admin", "Ada Admin", PASSWORD)
    seed_demo(db, clients=4, notes_per_client=3, password=PASSWORD)
    return admin


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_backup_then_restore_brings_back_every_record(db_url: str, tmp_path: Path) -> None:
    db = Database(db_url)
    admin = _seeded(db)
    before = _tables(db)
    assert sum(len(rows) for rows in before.values()) > 100  # a real agency's worth of rows
    target = tmp_path / ("backup.db" if db.is_sqlite else "backup.dump")
    backups.make_backup(db, admin, target)
    users.add_user(db, admin, "later", "Made After", ["worker"], PASSWORD)  # lost by the restore
    db.dispose()

    result = restore.restore(db_url, target, db.secret, actor_name="admin")

    assert result.replaced_kept_as is not None and result.replaced_kept_as.exists()
    back = Database(db_url)
    try:
        after = _tables(back)
        assert integrity.verify(back) == []
        entries = audit.list_entries(back, admin, limit=5)
    finally:
        back.dispose()
    restored = entries[0]
    assert restored.action == "database.restored" and restored.actor_name == "admin"
    assert restored.details["from_file"] == str(target)
    assert after["audit_log"][:-1] == before["audit_log"]
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }
    if back.is_sqlite:  # the replaced file is kept whole, and still opens with its key
        kept = Database(f"sqlite:///{result.replaced_kept_as}", upgrade=False)
        try:
            names = [u.username for u in users.list_users(kept, admin)]
        finally:
            kept.dispose()
        assert "later" in names


@pytest.mark.parametrize("damage", ["flip a page", "truncate", "flip the id", "empty"])
def test_a_damaged_backup_is_refused_and_the_live_file_is_unchanged(
    sqlite_agency: Agency, tmp_path: Path, damage: str
) -> None:
    agency = sqlite_agency
    new_client(agency, agency.wendy, "Robin")
    target = tmp_path / "backups" / "b.db"
    target.parent.mkdir()
    backups.make_backup(agency.db, agency.admin, target)
    data = bytearray(target.read_bytes())
    if damage == "flip a page":
        data[len(data) // 2] ^= 0x55
    elif damage == "truncate":
        data = data[: len(data) * 2 // 3]
    elif damage == "flip the id":
        data[3] ^= 0x01
    else:
        data = bytearray()
    target.write_bytes(bytes(data))
    live = sqlite_path(agency.db.url)
    assert live is not None
    secret = agency.db.secret
    check = restore.check_backup(agency.db, target, secret)
    assert not check.ok and check.problems
    agency.db.dispose()
    folder_before = _files(live.parent)

    with pytest.raises(DatabaseError, match="was not restored") as refused:
        restore.restore(agency.db.url, target, secret, actor_name="admin")

    assert "\n" not in str(refused.value)
    assert _files(live.parent) == folder_before  # byte for byte, and no file left behind
    assert target.read_bytes() == bytes(data)


def test_a_backup_of_another_agency_or_database_is_refused(
    sqlite_agency: Agency, sqlite_template: Path, tmp_path: Path
) -> None:
    agency = sqlite_agency
    # Another agency in a copy of the same template: the same file id, not the same agency.
    other_path = tmp_path / "other" / "other.db"
    other_path.parent.mkdir()
    shutil.copy(sqlite_template, other_path)
    other = Database(str(other_path))
    other_admin = users.initialise(other, "Other Agency", "admin", "Ola Admin", PASSWORD)
    backups.make_backup(other, other_admin, tmp_path / "other-agency.db")
    other.dispose()
    # A database made afresh: another file id as well.
    (tmp_path / "fresh").mkdir()
    fresh = Database(str(tmp_path / "fresh" / "fresh.db"))
    fresh_admin = users.initialise(fresh, "Fresh Agency", "admin", "Fay Admin", PASSWORD)
    backups.make_backup(fresh, fresh_admin, tmp_path / "fresh-db.db")
    fresh.dispose()

    check = restore.check_backup(agency.db, tmp_path / "other-agency.db", agency.db.secret)
    assert not check.ok and check.agency == "Other Agency"
    assert any("another agency" in p for p in check.problems)
    check = restore.check_backup(agency.db, tmp_path / "fresh-db.db", agency.db.secret)
    assert not check.ok and any("another database" in p for p in check.problems)

    live = sqlite_path(agency.db.url)
    assert live is not None
    secret = agency.db.secret
    agency.db.dispose()
    before = _files(live.parent)
    for name, why in (("other-agency.db", "another agency"), ("fresh-db.db", "another database")):
        with pytest.raises(DatabaseError, match=why):
            restore.restore(agency.db.url, tmp_path / name, secret, actor_name="admin")
        assert _files(live.parent) == before


def test_a_good_backup_checks_out(sqlite_agency: Agency, tmp_path: Path) -> None:
    agency = sqlite_agency
    row = backups.make_backup(agency.db, agency.admin, tmp_path / "b.db")
    check = restore.check_backup(agency.db, Path(row.path), agency.db.secret)
    assert check.ok, check.problems
    assert check.agency == "Test Agency"
    assert agency.db.encryption is not None
    assert check.database_id == agency.db.encryption.database_id
    assert check.made_at is not None
    # Without the live database (a damaged one at start-up) it still checks the file itself.
    assert restore.check_backup(None, Path(row.path), agency.db.secret).ok
    assert not restore.check_backup(None, Path(row.path), None).ok  # encrypted: needs the key


def test_a_damaged_live_file_is_kept_and_the_newest_good_backup_found(
    sqlite_agency: Agency, tmp_path: Path
) -> None:
    agency = sqlite_agency
    folder = tmp_path / "backups"
    folder.mkdir()
    backups.set_settings(agency.db, agency.admin, str(folder), 5)
    made = [backups.make_scheduled(agency.db) for _ in range(3)]
    newest = Path(made[-1].path)
    newest.write_bytes(newest.read_bytes()[:4096])  # the newest is damaged: the one before is taken
    live = sqlite_path(agency.db.url)
    assert live is not None
    secret = agency.db.secret
    agency.db.dispose()
    damaged = bytearray(live.read_bytes())
    damaged[len(damaged) // 2 : len(damaged) // 2 + 64] = b"\0" * 64
    live.write_bytes(bytes(damaged))
    for side in ("-wal", "-shm"):
        live.with_name(live.name + side).unlink(missing_ok=True)

    found = restore.newest_good_backup(live, secret)
    assert found == Path(made[-2].path)
    result = restore.restore(agency.db.url, found, secret, actor_name=None)

    assert result.replaced_kept_as is not None
    assert result.replaced_kept_as.read_bytes() == bytes(damaged)  # kept, never overwritten
    back = Database(agency.db.url)
    try:
        assert integrity.verify(back) == []
    finally:
        back.dispose()


def test_a_database_open_elsewhere_is_not_replaced(sqlite_agency: Agency, tmp_path: Path) -> None:
    agency = sqlite_agency
    row = backups.make_backup(agency.db, agency.admin, tmp_path / "b.db")
    live = sqlite_path(agency.db.url)
    assert live is not None
    other_window = Database(agency.db.url)
    try:
        with other_window.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM users").all()
            before = _files(live.parent)
            with pytest.raises(DatabaseError, match="open in another"):
                restore.restore(agency.db.url, Path(row.path), agency.db.secret, actor_name="admin")
            assert _files(live.parent) == before
    finally:
        other_window.dispose()
        agency.db.dispose()


def test_restore_into_a_new_place_needs_no_live_file(sqlite_agency: Agency, tmp_path: Path) -> None:
    """A failed disk: the backup and the recovery key on a new PC."""
    agency = sqlite_agency
    row = backups.make_backup(agency.db, agency.admin, tmp_path / "b.db")
    target = tmp_path / "new-pc" / "pswdesk.db"
    target.parent.mkdir()
    result = restore.restore(
        f"sqlite:///{target}", Path(row.path), agency.db.secret, actor_name="x"
    )
    assert result.replaced_kept_as is None
    assert file_kind(target) is FileKind.ENCRYPTED


# -- the command line ------------------------------------------------------------------------


def test_the_commands_back_up_and_restore(
    sqlite_agency: Agency, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    agency = sqlite_agency
    monkeypatch.setenv("PSWDESK_PASSWORD", PASSWORD)
    url = agency.db.url
    agency.db.dispose()
    target = tmp_path / "cli.db"
    assert main(["--db", url, "backup", str(target), "--user", "admin"]) == 0
    assert "written and checked" in capsys.readouterr().out
    assert main(["--db", url, "backup", str(target), "--user", "wendy"]) == 1
    assert "only a" in capsys.readouterr().err
    folder = tmp_path / "folder"
    folder.mkdir()
    assert (
        main(["--db", url, "backup", "--folder", str(folder), "--keep", "2", "--user", "admin"])
        == 0
    )
    assert main(["--db", url, "backup", "--scheduled"]) == 0
    assert len(backups.own_backups(folder)) == 1  # beside it, a signed audit checkpoint
    capsys.readouterr()
    assert main(["--db", url, "restore", str(target)]) == 1  # no terminal, no --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", url, "restore", str(target), "--yes", "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "good backup of Test Agency" in out and "kept as" in out
    bad = tmp_path / "bad.db"
    bad.write_bytes(target.read_bytes()[:5000])
    assert main(["--db", url, "restore", str(bad), "--yes"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "was not restored" in err[0]


def test_a_live_file_damaged_past_its_first_page_is_restored_from_the_command_line(
    sqlite_agency: Agency, tmp_path: Path, capsys: Any
) -> None:
    """The first page decrypts (the key is right) but a later one is garbage: opening says
    "damaged" (so a restore is offered), and ``pswdesk restore`` still replaces it."""
    agency = sqlite_agency
    backup = tmp_path / "good.db"
    backups.make_backup(agency.db, agency.admin, backup)
    live = sqlite_path(agency.db.url)
    assert live is not None
    agency.db.dispose()
    data = bytearray(live.read_bytes())
    data[4096 + 100 : 4096 + 164] = b"\0" * 64  # inside page 2: sqlite_master's tables
    live.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        live.with_name(live.name + side).unlink(missing_ok=True)

    with pytest.raises(DatabaseDamaged, match="damaged"):
        Database(agency.db.url)
    assert main(["--db", agency.db.url, "restore", str(backup), "--yes"]) == 0
    assert "kept as" in capsys.readouterr().out
    back = Database(agency.db.url)
    try:
        assert integrity.verify(back) == []
    finally:
        back.dispose()
