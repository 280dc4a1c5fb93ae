"""The key commands and the key prompt, through the real `pswdesk` command in a subprocess.

A subprocess has no keyring unless told to use ``tests.file_keyring`` (a JSON file),
like a bare Linux box; a terminal is a real pseudo-terminal, so what is typed at
the recovery-key prompt is really not echoed.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy.engine import make_url

from pswdesk.db import Database, server_entry
from pswdesk.keys import AgencySecret
from pswdesk.services import users
from pswdesk.services.audit_chain import NEW_KEY
from pswdesk.sqlite_files import FileKind, database_id, file_kind
from tests import file_keyring
from tests.conftest import PASSWORD, TEST_SECRET_HEX, new_pg_database
from tests.test_cli import NEW_PASSWORD, ok, one_line_error, run
from tests.test_encryption import _contents

TEST_SECRET = AgencySecret.parse(TEST_SECRET_HEX)
KEY_LINE = re.compile(r"^\s+((?:[A-Z2-7]{4}-){13}[A-Z2-7]{4})$", re.M)
NO_ENV_KEY: dict[str, str | None] = {"PSWDESK_DB_KEY": None}


def _keyring_env(path: Path) -> dict[str, str | None]:
    return {
        "PYTHON_KEYRING_BACKEND": file_keyring.BACKEND,
        file_keyring.ENV_FILE: str(path),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }


def _printed_key(out: str) -> AgencySecret:
    found = KEY_LINE.findall(out)
    assert len(found) == 1, out  # shown once
    return AgencySecret.parse(found[0])


def _init(path: Path, env: dict[str, str | None]) -> str:
    return ok(run("init", "--agency", "Riverside", "--admin", "director", db=str(path), env=env))


# -- a terminal ---------------------------------------------------------------------------


@dataclass
class Session:
    returncode: int
    stdout: str
    stderr: str
    echoed: str  # everything the terminal showed back


def at_terminal(
    *args: str, db: str, answers: list[tuple[str, str]], env: dict[str, str | None]
) -> Session:
    """Run the command with a pseudo-terminal as its input; answer each prompt when it shows.

    ``answers`` pairs the text a prompt ends with and what is typed there. The child
    has no controlling terminal (a new session), so getpass uses the pseudo-terminal
    on stdin and prompts on stderr, with echo turned off as for a person.
    """
    full_env = {**os.environ, "PSWDESK_PASSWORD": PASSWORD, "PSWDESK_NEW_PASSWORD": NEW_PASSWORD}
    for key, value in env.items():
        if value is None:
            full_env.pop(key, None)
        else:
            full_env[key] = value
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pswdesk", "--db", db, *args],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=full_env,
        start_new_session=True,
    )
    os.close(slave)
    assert proc.stderr is not None and proc.stdout is not None
    err = b""
    echoed = b""
    try:
        for prompt, typed in answers:
            seen = b""  # since the last answer: each prompt is waited for afresh
            while not seen.rstrip(b" ").endswith(prompt.rstrip(" ").encode()):
                chunk = os.read(proc.stderr.fileno(), 1)
                assert chunk, f"no prompt {prompt!r}; stderr so far: {(err + seen).decode()}"
                seen += chunk
            err += seen
            os.write(master, typed.encode() + b"\n")
            echoed += _drain(master)
        out, rest = proc.communicate(timeout=120)  # a hang guard, not a speed test
        echoed += _drain(master)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return Session(proc.returncode, out.decode(), (err + rest).decode(), echoed.decode())


def _drain(fd: int) -> bytes:
    data = b""
    while select.select([fd], [], [], 0)[0]:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the other end is closed
            break
        if not chunk:
            break
        data += chunk
    return data


# -- init and the recovery key ------------------------------------------------------------


def test_init_without_a_keyring_shows_the_key_and_says_it_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    out = _init(path, NO_ENV_KEY)
    secret = _printed_key(out)
    assert "keep it safe" in out
    assert "NOT kept on this computer" in out and "no keyring" in out
    assert "PSWDESK_DB_KEY" in out
    assert file_kind(path) is FileKind.ENCRYPTED
    # Without the key and without a terminal: one line, no prompt, no traceback.
    line = one_line_error(run("verify", db=str(path), env=NO_ENV_KEY), "PSWDESK_DB_KEY")
    assert "terminal" in line and "encrypted" in line
    # The printed key, as typed by a person, opens it.
    typed = secret.recovery_key().lower().replace("-", " ")
    verified = ok(run("verify", db=str(path), env={"PSWDESK_DB_KEY": typed}))
    assert "No problems found" in verified


def test_init_with_a_keyring_keeps_the_key_there(tmp_path: Path) -> None:
    path, ring = tmp_path / "agency.db", tmp_path / "keyring.json"
    env = {**NO_ENV_KEY, **_keyring_env(ring)}
    out = _init(path, env)
    secret = _printed_key(out)
    assert "kept in this computer's keyring" in out and "NOT kept" not in out
    assert file_keyring.read(ring) == {f"database {database_id(path)}": secret.hex()}
    verified = ok(run("verify", db=str(path), env=env))
    assert "Key from: this computer's keyring" in verified
    assert f"Database id: {database_id(path)}" in verified
    assert "Encryption: encrypted" in verified and "Last good backup: none yet" in verified
    ok(run("backup", str(tmp_path / "copy.db"), "--user", "director", db=str(path), env=env))
    verified = ok(run("verify", db=str(path), env=env))
    assert re.search(r"^Last good backup: \d{4}-\d\d-\d\d \d\d:\d\d$", verified, re.M), verified


def test_init_takes_the_environment_key_as_the_agency_secret(tmp_path: Path) -> None:
    out = _init(tmp_path / "agency.db", {})
    assert _printed_key(out) == TEST_SECRET
    assert "the one in PSWDESK_DB_KEY" in out


def test_a_refused_password_leaves_no_database_behind(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    one_line_error(
        run("init", "--agency", "R", "--admin", "d", db=str(path),
            env={**NO_ENV_KEY, "PSWDESK_PASSWORD": "short"}),
        "8 characters",
    )  # fmt: skip
    assert not path.exists()


# -- the key prompt -----------------------------------------------------------------------


def test_the_recovery_key_typed_at_a_terminal_opens_and_may_be_kept(tmp_path: Path) -> None:
    path, ring = tmp_path / "agency.db", tmp_path / "keyring.json"
    _init(path, {})  # made with PSWDESK_DB_KEY: no keyring holds it
    env = {**NO_ENV_KEY, **_keyring_env(ring)}
    typed = TEST_SECRET.recovery_key().lower().replace("-", " ")
    session = at_terminal(
        "verify",
        db=str(path),
        answers=[("Recovery key:", typed), ("[y/N]", "y")],
        env=env,
    )
    assert session.returncode == 0, session.stderr
    assert "Traceback" not in session.stderr
    assert "No problems found" in session.stdout
    assert "Key from: the recovery key, typed in" in session.stdout
    assert "Kept in the keyring" in session.stderr
    assert "y" in session.echoed  # the terminal does echo what is typed where echo is on
    for shown in (session.echoed, session.stdout, session.stderr):
        assert typed not in shown and typed.replace(" ", "") not in shown.replace(" ", "")
    assert file_keyring.read(ring) == {f"database {database_id(path)}": TEST_SECRET.hex()}
    # Next time the keyring opens it, with no prompt and no terminal.
    assert "Key from: this computer's keyring" in ok(run("verify", db=str(path), env=env))


def test_a_typed_key_is_not_kept_when_the_answer_is_no(tmp_path: Path) -> None:
    path, ring = tmp_path / "agency.db", tmp_path / "keyring.json"
    _init(path, {})
    env = {**NO_ENV_KEY, **_keyring_env(ring)}
    session = at_terminal(
        "user", "list", "--user", "director",
        db=str(path), answers=[("Recovery key:", TEST_SECRET.hex()), ("[y/N]", "")], env=env,
    )  # fmt: skip
    assert session.returncode == 0, session.stderr
    assert "director" in session.stdout
    assert file_keyring.read(ring) == {}


def test_without_a_keyring_the_prompt_says_so_and_offers_nothing(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    _init(path, {})
    session = at_terminal(
        "verify", db=str(path), answers=[("Recovery key:", TEST_SECRET.recovery_key())],
        env=NO_ENV_KEY,
    )  # fmt: skip
    assert session.returncode == 0, session.stderr
    assert "no keyring" in session.stderr and "[y/N]" not in session.stderr
    assert "asked for at each start" in session.stderr


def test_a_wrong_typed_key_is_refused_cleanly_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    _init(path, {})
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    wrong = AgencySecret.generate().recovery_key()
    session = at_terminal(
        "verify",
        db=str(path),
        answers=[
            ("Recovery key:", "not a key at all"),
            ("Recovery key:", wrong),
            ("Recovery key:", wrong.lower()),
        ],
        env=NO_ENV_KEY,
    )
    assert session.returncode == 1
    assert "Traceback" not in session.stderr + session.stdout
    assert "this is not a recovery key" in session.stderr or "groups of 4" in session.stderr
    last = session.stderr.strip().splitlines()[-1]
    assert last == "pswdesk: this key does not open the database"
    assert session.stdout == ""
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_wrong_environment_key_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    _init(path, {})
    wrong = AgencySecret.generate().hex()
    one_line_error(run("verify", db=str(path), env={"PSWDESK_DB_KEY": wrong}), "does not open")
    one_line_error(run("verify", db=str(path), env={"PSWDESK_DB_KEY": "abc"}), "PSWDESK_DB_KEY")


# -- db key, db encrypt, db rekey ---------------------------------------------------------


def test_db_key_prints_the_raw_key_that_standard_tools_take(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    _init(path, {})
    out = ok(run("db", "key", "--user", "director", db=str(path))).strip()
    assert re.fullmatch(r"[0-9a-f]{64}", out)
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{out}'\"")
    assert conn.execute("SELECT name FROM agency_settings").fetchall() == [("Riverside",)]
    conn.close()
    ok(run("user", "add", "wanda", "--role", "worker", "--user", "director", db=str(path)))
    one_line_error(
        run("db", "key", "--user", "wanda", db=str(path),
            env={"PSWDESK_PASSWORD": NEW_PASSWORD}),
        "only",
    )  # fmt: skip
    audit = _contents(path, TEST_SECRET)["audit_log"]
    assert [e[4] for e in audit].count("database.key_shown") == 1


def test_db_encrypt_converts_a_plain_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    plain = Database(f"sqlite:///{path}", encrypt=False)
    users.initialise(plain, "Old Agency", "director", "", PASSWORD)
    plain.dispose()
    before = _contents(path, None)
    out = ok(run("db", "encrypt", db=str(path), env=NO_ENV_KEY))
    secret = _printed_key(out)
    assert f"Encrypted {path}" in out and "checked" in out
    assert file_kind(path) is FileKind.ENCRYPTED
    after = _contents(path, secret)
    assert after["audit_log"].pop()[4] == NEW_KEY  # the new key's first entry seals the log
    assert after == before
    verified = ok(run("verify", db=str(path), env={"PSWDESK_DB_KEY": secret.recovery_key()}))
    assert "Encryption: encrypted" in verified and "No problems found" in verified
    one_line_error(run("db", "encrypt", db=str(path)), "already encrypted")
    one_line_error(run("db", "encrypt", db=str(tmp_path / "none.db")), "no database file")


def test_verify_says_when_a_file_is_not_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    plain = Database(f"sqlite:///{path}", encrypt=False)
    plain.dispose()
    out = ok(run("verify", db=str(path)))
    assert "Encryption: NOT encrypted" in out and "Key from" not in out
    assert "Last good backup: none yet (overdue" in out


def test_db_rekey_changes_the_key_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    _init(path, {})
    ok(run("user", "add", "wanda", "--role", "worker", "--user", "director", db=str(path)))
    before = _contents(path, TEST_SECRET)
    new = AgencySecret.generate()
    out = ok(
        run("db", "rekey", "--user", "director", db=str(path),
            env={"PSWDESK_NEW_DB_KEY": new.recovery_key()})
    )  # fmt: skip
    assert _printed_key(out) == new and "PSWDESK_NEW_DB_KEY" in out
    one_line_error(run("verify", db=str(path)), "does not open")
    after = _contents(path, new)
    # The change is audited under the old key, then the new key's first entry seals the log.
    assert [e[4] for e in after.pop("audit_log")][-2:] == ["database.key_changed", NEW_KEY]
    before.pop("audit_log")
    assert after == before
    # Without PSWDESK_NEW_DB_KEY a new random key is made and shown once.
    out = ok(run("db", "rekey", "--user", "director", db=str(path),
                 env={"PSWDESK_DB_KEY": new.hex()}))  # fmt: skip
    newest = _printed_key(out)
    assert newest not in (new, TEST_SECRET)
    assert "No problems found" in ok(
        run("verify", db=str(path), env={"PSWDESK_DB_KEY": newest.hex()})
    )
    one_line_error(
        run("db", "rekey", "--user", "wanda", db=str(path),
            env={"PSWDESK_DB_KEY": newest.hex(), "PSWDESK_PASSWORD": NEW_PASSWORD}),
        "only",
    )  # fmt: skip


# -- a server's password ------------------------------------------------------------------


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    url, drop = new_pg_database(pg_template)
    yield url
    drop()


def test_a_server_password_is_kept_in_the_keyring(pg_url: str, tmp_path: Path) -> None:
    full = make_url(pg_url)
    # URL.set ignores None, so the URL without its password is built anew.
    bare = f"postgresql://{full.username}@{full.host}:{full.port}/{full.database}"
    assert full.password
    ring = tmp_path / "keyring.json"
    env = _keyring_env(ring)
    one_line_error(run("verify", db=bare, env=env))  # no password anywhere yet
    refused = at_terminal(
        "db", "server-password", db=bare, answers=[("Password for", "not it")], env=env
    )
    assert refused.returncode == 1 and "did not accept" in refused.stderr
    assert file_keyring.read(ring) == {}
    session = at_terminal(
        "db", "server-password", db=bare, answers=[("Password for", full.password)], env=env
    )
    assert session.returncode == 0, session.stderr
    assert full.password not in session.echoed  # (it is also the user name, shown in the prompt)
    assert file_keyring.read(ring) == {server_entry(full): full.password}
    assert "No problems found" in ok(run("verify", db=bare, env=env))
    # Never from the command line, never from a URL that holds one.
    one_line_error(run("db", "server-password", db=bare, env=env), "terminal")
    one_line_error(run("db", "server-password", db=pg_url, env=env), "holds a password")
    one_line_error(run("db", "server-password", db=str(tmp_path / "a.db"), env=env), "PostgreSQL")
