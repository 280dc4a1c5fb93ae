"""Signed checkpoints: written at backups and by `audit digest`, checked by verify.

The attacker (as in tests/test_tamper.py) holds the database and a raw connection
to it, not the agency secret: he can cut the log short or rewrite it whole with
correct hashes, and can sign a checkpoint only with some key of his own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy import text

from pswdesk.cli import main
from pswdesk.db import Database, sqlite_path
from pswdesk.keys import AgencySecret, checkpoint_fingerprint
from pswdesk.services import backups, checkpoints
from pswdesk.services.audit_chain import agency_secret
from tests.conftest import Agency
from tests.notes_support import new_client
from tests.test_tamper import attacker, drop_protection, problems


def digest(agency: Agency, path: Path) -> checkpoints.Checkpoint:
    return checkpoints.digest_to_file(agency.db, agency.admin, path)


def test_a_digest_is_signed_by_the_agency_key_and_passes(agency: Agency, tmp_path: Path) -> None:
    c = digest(agency, tmp_path / "d.json")
    secret = agency_secret(agency.db)
    assert secret is not None
    assert c.public_key == checkpoint_fingerprint(secret)
    assert checkpoints.signature_ok(
        checkpoints.read(tmp_path / "d.json"), checkpoints.public_key(secret)
    )
    assert problems(agency.db, [tmp_path / "d.json"]) == []


def test_cutting_off_the_newest_entries_is_caught_by_a_checkpoint(
    agency: Agency, tmp_path: Path
) -> None:
    c = digest(agency, tmp_path / "d.json")
    new_client(agency, agency.wendy)  # more entries after the checkpoint
    assert c.last_entry_id is not None
    with attacker(agency.db) as conn:
        drop_protection(conn, "audit_log")
        conn.execute(text("DELETE FROM audit_log WHERE id >= :i"), {"i": c.last_entry_id - 1})
    found = problems(agency.db, [tmp_path / "d.json"])
    assert any(
        p.startswith("the audit log was cut short: it ends at entry")
        and f"counted {c.entries} entries up to entry {c.last_entry_id}" in p
        for p in found
    ), found


def test_cutting_off_the_whole_log_is_caught_by_a_checkpoint(
    agency: Agency, tmp_path: Path
) -> None:
    digest(agency, tmp_path / "d.json")
    with attacker(agency.db) as conn:
        drop_protection(conn, "audit_log")
        conn.execute(text("DELETE FROM audit_log"))
    found = problems(agency.db, [tmp_path / "d.json"])
    assert any(p.startswith("the audit log was cut short: it ends at entry none") for p in found)


def test_a_checkpoint_signed_by_another_key_is_rejected(agency: Agency, tmp_path: Path) -> None:
    c = digest(agency, tmp_path / "d.json")
    other = AgencySecret.generate()
    forged = checkpoints.sign(
        dataclasses.replace(c, public_key=checkpoint_fingerprint(other)), other
    )
    checkpoints.write(forged, tmp_path / "forged.json")
    # An attacker's own key, and the right fingerprint with his signature: both refused.
    spoofed = dataclasses.replace(forged, public_key=c.public_key)
    checkpoints.write(spoofed, tmp_path / "spoofed.json")
    found = problems(agency.db, [tmp_path / "forged.json", tmp_path / "spoofed.json"])
    assert "checkpoint forged.json is not signed by this agency's key: forged or altered" in found
    assert "checkpoint spoofed.json is not signed by this agency's key: forged or altered" in found


def test_a_rewritten_head_differs_from_the_checkpoint(agency: Agency, tmp_path: Path) -> None:
    c = digest(agency, tmp_path / "d.json")
    with attacker(agency.db) as conn:
        drop_protection(conn, "audit_log")
        conn.execute(
            text("UPDATE audit_log SET mac = :m WHERE id = :i"),
            {"m": "0" * 64, "i": c.last_entry_id},
        )
    found = problems(agency.db, [tmp_path / "d.json"])
    assert any(
        p.startswith(f"audit entry {c.last_entry_id} differs from checkpoint d.json") for p in found
    )


def test_each_backup_writes_a_checkpoint_that_verify_finds(agency: Agency, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    backups.set_settings(agency.db, agency.admin, str(folder), 3)
    backups.make_backup(agency.db, agency.admin)
    written = checkpoints.own_checkpoints(folder)
    assert len(written) == 1
    with attacker(agency.db) as conn:
        drop_protection(conn, "audit_log")
        conn.execute(text("DELETE FROM audit_log WHERE id > 2"))
    assert any(p.startswith("the audit log was cut short") for p in problems(agency.db))


# -- verify never writes --------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_verify_leaves_an_empty_foreign_or_damaged_file_as_it_was(
    sqlite_agency: Agency, tmp_path: Path, capsys: object
) -> None:
    live = sqlite_path(sqlite_agency.db.url)
    assert live is not None
    sqlite_agency.db.dispose()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.db"
    foreign.write_bytes(bytes(range(256)) * 64)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(live.read_bytes()[: 4096 * 3])
    for path in (empty, foreign, damaged, live):
        before = _sha(path)
        code = main(["--db", str(path), "verify"])
        assert _sha(path) == before, path
        if path is not live:
            assert code == 1, path


def test_verify_reports_an_old_schema_without_upgrading(
    sqlite_url: str, tmp_path: Path, capsys: object
) -> None:
    from alembic import command

    from pswdesk.db import alembic_config

    db = Database(sqlite_url)
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    db.dispose()
    path = sqlite_path(sqlite_url)
    assert path is not None
    before = _sha(path)
    assert main(["--db", str(path), "verify"]) == 1
    assert _sha(path) == before


def test_verify_on_a_server_opens_read_only(agency: Agency) -> None:
    ro = Database(agency.db.url, upgrade=False, read_only=True)
    try:
        with ro.read() as s:
            if ro.is_sqlite:
                assert s.scalar(text("PRAGMA query_only")) == 1
            else:
                assert s.scalar(text("SHOW transaction_read_only")) == "on"
    finally:
        ro.dispose()


# -- written as the app closes and once a day ------------------------------------------------


def test_a_checkpoint_follows_the_log_and_is_not_repeated_for_nothing(
    sqlite_agency: Agency, tmp_path: Path
) -> None:
    db = sqlite_agency.db
    folder = tmp_path / "folder"
    folder.mkdir()
    backups.set_settings(db, sqlite_agency.admin, str(folder), 14)
    first = checkpoints.write_if_changed(db)
    assert first is not None and first.parent == folder
    assert checkpoints.write_if_changed(db) is None  # the log has not grown since
    new_client(sqlite_agency, sqlite_agency.wendy)
    day = dt.timedelta(days=1)
    assert checkpoints.write_if_changed(db, older_than=day) is None  # the daily one waits
    second = checkpoints.write_if_changed(db)  # at close it does not
    assert second is not None and second != first
    assert checkpoints.read(second).previous == checkpoints.read(first).digest()
    assert problems(db) == []  # both found in the backup folder, both agree with the log
