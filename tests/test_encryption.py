"""Encryption at rest: what the file on disk shows, the key at open, conversion and rekeying."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from pswdesk import keys
from pswdesk.db import Database, Encryption
from pswdesk.errors import DatabaseError, KeyRequired, PermissionDenied, WrongKey
from pswdesk.keys import AgencySecret, InvalidRecoveryKey, KeySource
from pswdesk.services import audit, backups, clients, key_admin, notes
from pswdesk.services.audit_chain import NEW_KEY
from pswdesk.services.database_info import describe
from pswdesk.services.integrity import check
from pswdesk.sqlite_files import SQLITE_HEADER, FileKind, connect, database_id, file_kind
from tests.conftest import TEST_SECRET_HEX, Agency
from tests.notes_support import full_content

TEST_SECRET = AgencySecret.parse(TEST_SECRET_HEX)
NAME = "Marguerite Quennell-Abernathy"
PHONE = "613-555-0199"
NOTE_TEXT = "Spoke about the allotment on Wexcombe Lane and the bus timetable"


def _records(agency: Agency) -> None:
    """A client with a phone number and a note, written through the services."""
    worker = agency.wendy
    client = clients.create_client(agency.db, worker, clients.ClientInput(NAME, phone=PHONE))
    notes.create_draft(agency.db, worker, client.id, full_content(summary=NOTE_TEXT))


def _checkpoint(db: Database) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _path(db: Database) -> Path:
    return Path(db.url.split("sqlite:///", 1)[1])


def _contents(path: Path, secret: AgencySecret | None) -> dict[str, list[Any]]:
    """Every table's rows, in a stable order, read with a bare connection (not the planner's
    statistics, which closing the database refreshes: ``Database.dispose``)."""
    conn = connect(path, secret)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            if not r[0].startswith("sqlite_stat")
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


# -- the file on disk ---------------------------------------------------------------------


def test_the_file_shows_no_header_and_no_client_text(sqlite_agency: Agency) -> None:
    db = sqlite_agency.db
    _records(sqlite_agency)
    path = _path(db)
    wal = path.with_name(path.name + "-wal")
    # Before the checkpoint the new pages sit in the WAL: it is encrypted too.
    assert wal.exists() and wal.stat().st_size > 0
    seen = [wal.read_bytes()]
    _checkpoint(db)
    seen.append(path.read_bytes())
    if wal.exists():
        seen.append(wal.read_bytes())
    assert not seen[1].startswith(SQLITE_HEADER)
    assert seen[1][:16] == db.encryption.database_id.bytes  # type: ignore[union-attr]
    for blob in seen:
        for text in (NAME, PHONE, NOTE_TEXT, "Wexcombe", "Quennell", "5550199", "admin"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert text.encode(encoding) not in blob, text
    # The data is there all the same, for whoever holds the key.
    assert NAME in str(_contents(path, TEST_SECRET)["clients"])


def test_a_plain_file_shows_what_encryption_hides(tmp_path: Path) -> None:
    """The check above can fail: without encryption the same words are on disk."""
    db = Database(f"sqlite:///{tmp_path / 'plain.db'}", encrypt=False)
    try:
        _records(Agency(db))
        _checkpoint(db)
        assert db.encryption is None and db.secret is None
        raw = _path(db).read_bytes()
    finally:
        db.dispose()
    assert raw.startswith(SQLITE_HEADER)
    assert NAME.encode() in raw and PHONE.encode() in raw


# -- the key at open ------------------------------------------------------------------------


def test_a_wrong_key_is_refused_and_nothing_is_written(
    sqlite_agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    _records(sqlite_agency)
    path = _path(sqlite_agency.db)
    sqlite_agency.db.dispose()  # closing checkpoints the WAL into the file
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    other = AgencySecret.generate()
    with pytest.raises(WrongKey, match="this key does not open the database"):
        Database(f"sqlite:///{path}", secret=other)
    monkeypatch.setenv(keys.ENV_KEY, other.recovery_key())
    with pytest.raises(WrongKey, match=f"the key in {keys.ENV_KEY} does not open"):
        Database(f"sqlite:///{path}")
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert after == before


def test_no_keyring_and_no_environment_asks_for_the_key(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(keys.ENV_KEY)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeyRequired) as caught:
        Database(sqlite_url)
    assert caught.value.keyring_problem and "no keyring" in caught.value.keyring_problem
    assert caught.value.database_id == database_id(Path(sqlite_url.split("sqlite:///")[1]))
    # The recovery key, typed, opens it.
    db = Database(sqlite_url, secret=AgencySecret.parse(TEST_SECRET.recovery_key().lower()))
    assert db.encryption and db.encryption.source is KeySource.TYPED
    db.dispose()


# -- the raw key --------------------------------------------------------------------------


def test_the_raw_key_opens_the_file_with_standard_sqlcipher(sqlite_agency: Agency) -> None:
    db = sqlite_agency.db
    _records(sqlite_agency)
    hex_key = key_admin.database_key_hex(db, sqlite_agency.admin)
    assert len(hex_key) == 64 and int(hex_key, 16) >= 0
    assert hex_key == TEST_SECRET.database_key().hex()
    _checkpoint(db)
    conn = sqlcipher3.connect(str(_path(db)))
    conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
    assert conn.execute("SELECT preferred_name, phone FROM clients").fetchall() == [(NAME, PHONE)]
    conn.close()
    last = audit.list_entries(db, sqlite_agency.admin, limit=1)[0]
    assert last.action == "database.key_shown" and last.actor_name == "admin"


def test_only_an_administrator_sees_the_raw_key(sqlite_agency: Agency) -> None:
    with pytest.raises(PermissionDenied):
        key_admin.database_key_hex(sqlite_agency.db, sqlite_agency.sam)
    with pytest.raises(PermissionDenied):
        key_admin.recovery_sheet(sqlite_agency.db, sqlite_agency.wendy)


def test_a_server_database_has_no_key(agency: Agency) -> None:
    if agency.db.is_sqlite:
        pytest.skip("the PostgreSQL leg")
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        key_admin.database_key_hex(agency.db, agency.admin)
    info = describe(agency.db)
    assert (info.kind, info.encrypted, info.key_source, info.database_id) == (
        "PostgreSQL",
        False,
        None,
        None,
    )
    assert "server" in info.encryption_text
    assert info.location.startswith("postgresql") and "pswdesk:pswdesk@" not in info.location


# -- converting a plain file --------------------------------------------------------------


def _plain_agency(path: Path) -> dict[str, list[Any]]:
    db = Database(f"sqlite:///{path}", encrypt=False)
    try:
        _records(Agency(db))
    finally:
        db.dispose()
    return _contents(path, None)


def test_encrypting_a_plain_file_keeps_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    before = _plain_agency(path)
    monkeypatch.delenv(keys.ENV_KEY)
    result = key_admin.encrypt_file(path)
    assert result.source is KeySource.NEW and result.keyring_problem is None
    assert file_kind(path) is FileKind.ENCRYPTED
    assert database_id(path) == result.database_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.db"]  # no copy left behind
    after = _contents(path, result.secret)
    # A new secret, a new audit key: its first entry seals the older ones (audit_chain).
    after["audit_log"] = [row for row in after["audit_log"] if row[4] != NEW_KEY]
    assert after == before
    assert result.tables == len(before) and result.rows == sum(map(len, before.values()))
    # The keyring now holds the secret: the app opens the file without being told the key.
    db = Database(f"sqlite:///{path}")
    try:
        assert db.encryption == Encryption(result.database_id, KeySource.KEYRING)
        assert [c.preferred_name for c in clients.list_caseload(db, _wendy(db))] == [NAME]
    finally:
        db.dispose()
    assert NAME.encode() not in path.read_bytes()


def _wendy(db: Database) -> Any:
    from pswdesk.services.auth import login
    from tests.conftest import PASSWORD

    return login(db, "wendy", PASSWORD)


def test_encrypt_uses_the_environment_key_and_says_when_no_keyring(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    before = _plain_agency(path)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    result = key_admin.encrypt_file(path)
    assert result.secret == TEST_SECRET and result.source is KeySource.ENVIRONMENT
    assert result.keyring_problem and "no keyring" in result.keyring_problem
    assert _contents(path, TEST_SECRET) == before


def test_encrypt_refuses_what_it_cannot_convert(sqlite_url: str, tmp_path: Path) -> None:
    encrypted = Path(sqlite_url.split("sqlite:///")[1])
    with pytest.raises(DatabaseError, match="already encrypted"):
        key_admin.encrypt_file(encrypted)
    with pytest.raises(DatabaseError, match="no database file"):
        key_admin.encrypt_file(tmp_path / "none.db")
    stranger = tmp_path / "stranger.db"
    conn = sqlcipher3.connect(str(stranger))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    raw = stranger.read_bytes()
    with pytest.raises(DatabaseError, match="not made by pswdesk"):
        key_admin.encrypt_file(stranger)
    assert stranger.read_bytes() == raw


def test_encrypt_refuses_a_file_in_use(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _plain_agency(path)
    with _held_open_elsewhere(path):
        raw = path.read_bytes()
        with pytest.raises(DatabaseError, match="open elsewhere"):
            key_admin.encrypt_file(path)
        assert path.read_bytes() == raw
    assert file_kind(path) is FileKind.PLAIN
    assert [p.name for p in tmp_path.iterdir() if "encrypting" in p.name] == []


def test_rekey_refuses_a_file_in_use(sqlite_url: str) -> None:
    path = Path(sqlite_url.split("sqlite:///")[1])
    raw = path.read_bytes()
    raw_key = TEST_SECRET.database_key().hex()
    with _held_open_elsewhere(path, raw_key), pytest.raises(DatabaseError, match="open"):
        key_admin.rekey(path, TEST_SECRET)
    assert path.read_bytes() == raw
    assert _contents(path, TEST_SECRET)["alembic_version"]


@contextlib.contextmanager
def _held_open_elsewhere(path: Path, hex_key: str | None = None) -> Iterator[None]:
    """Another process (the app on this PC) with the file open in WAL mode, reading."""
    key = f'conn.execute("PRAGMA key = \\"x\'{hex_key}\'\\"");' if hex_key else ""
    script = (
        "import sys, sqlcipher3;"
        f"conn = sqlcipher3.connect(sys.argv[1]); {key}"
        "conn.execute('PRAGMA journal_mode=WAL'); conn.execute('BEGIN');"
        "conn.execute('SELECT count(*) FROM sqlite_master').fetchall();"
        "print('ready', flush=True); sys.stdin.readline()"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "ready"
        yield
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=60)


# -- rekeying -----------------------------------------------------------------------------


def test_rekey_keeps_every_row_and_the_old_key_no_longer_opens(sqlite_agency: Agency) -> None:
    db = sqlite_agency.db
    _records(sqlite_agency)
    path = _path(db)
    the_id = db.encryption.database_id  # type: ignore[union-attr]
    before = _contents(path, TEST_SECRET)
    new = key_admin.rotate_key(db, sqlite_agency.admin)
    assert new != TEST_SECRET
    assert database_id(path) == the_id
    with pytest.raises(WrongKey):
        Database(f"sqlite:///{path}", secret=TEST_SECRET)
    after = _contents(path, new)
    actions = [e[4] for e in after.pop("audit_log")]
    before.pop("audit_log")
    assert after == before
    assert "database.key_changed" in actions
    assert keys.load_secret(the_id) == new  # the keyring has the new one
    reopened = Database(f"sqlite:///{path}", secret=new)
    try:
        assert check(reopened).ok  # the audit chain, signatures and the file still verify
    finally:
        reopened.dispose()


def test_rekey_with_a_wrong_old_key_changes_nothing(sqlite_url: str) -> None:
    path = Path(sqlite_url.split("sqlite:///")[1])
    raw = path.read_bytes()
    with pytest.raises(WrongKey):
        key_admin.rekey(path, AgencySecret.generate())
    assert path.read_bytes() == raw
    given_new = AgencySecret.generate()
    assert key_admin.rekey(path, TEST_SECRET, given_new) == given_new
    assert _contents(path, given_new)["alembic_version"]


# -- what About and verify show -----------------------------------------------------------


def test_describe_an_encrypted_and_a_plain_file(sqlite_db: Database, tmp_path: Path) -> None:
    info = describe(sqlite_db)
    assert info.kind == "SQLite" and info.encrypted
    assert info.key_source == KeySource.ENVIRONMENT
    assert info.key_source_text and "PSWDESK_DB_KEY" in info.key_source_text
    assert info.database_id == str(sqlite_db.encryption.database_id)  # type: ignore[union-attr]
    assert info.location == sqlite_db.url
    assert info.keyring is None  # the tests' memory keyring
    assert info.last_backup is None and info.backup_overdue
    plain = Database(f"sqlite:///{tmp_path / 'plain.db'}", encrypt=False)
    try:
        p = describe(plain)
    finally:
        plain.dispose()
    assert not p.encrypted and p.key_source is None and "NOT encrypted" in p.encryption_text


def test_describe_shows_the_last_good_backup(sqlite_agency: Agency, tmp_path: Path) -> None:
    assert describe(sqlite_agency.db).last_backup is None
    made = backups.make_backup(sqlite_agency.db, sqlite_agency.admin, tmp_path / "copy.db")
    info = describe(sqlite_agency.db)
    assert info.last_backup == made and not info.backup_overdue


# -- the recovery key as people type it ----------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_parse_takes_any_text_without_crashing(text: str) -> None:
    try:
        secret = AgencySecret.parse(text)
    except InvalidRecoveryKey:
        return
    assert len(secret.raw) == 32


_NEAR = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcdefxyz0189 -_\u00df\u0130\u0131\u212a\uff21\u0663"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_NEAR, min_size=50, max_size=80))
def test_parse_takes_nearly_keys_without_crashing(text: str) -> None:
    with contextlib.suppress(InvalidRecoveryKey):
        AgencySecret.parse(text)


@settings(max_examples=200, deadline=None)
@given(
    st.binary(min_size=32, max_size=32),
    st.lists(st.sampled_from(["lower", "space", "dash", "none", "lookalike"]), max_size=80),
    st.sampled_from(["", " ", "-", "  ", "\n", " - "]),
)
def test_a_recovery_key_survives_how_people_copy_it(
    raw: bytes, edits: list[str], separator: str
) -> None:
    secret = AgencySecret(raw)
    letters = list(secret.recovery_key().replace("-", ""))
    lookalike = {"O": "0", "I": "1", "B": "8"}
    out = []
    for i, ch in enumerate(letters):
        edit = edits[i] if i < len(edits) else "none"
        if edit == "lower":
            ch = ch.lower()
        elif edit == "lookalike":
            ch = lookalike.get(ch, ch)
        out.append(ch)
        if edit in ("space", "dash") and i < len(letters) - 1:
            out.append(" " if edit == "space" else "-")
        elif i % 4 == 3:
            out.append(separator)
    assert AgencySecret.parse("".join(out)) == secret
    assert AgencySecret.parse(f"  {secret.hex().upper()} ") == secret


def test_a_typing_mistake_is_caught() -> None:
    key = AgencySecret(bytes(range(32))).recovery_key()
    swapped = "A" if key[5] != "A" else "C"
    with pytest.raises(InvalidRecoveryKey, match="typing mistake"):
        AgencySecret.parse(key[:5] + swapped + key[6:])
    with pytest.raises(InvalidRecoveryKey, match="56"):
        AgencySecret.parse(key[:-5])
