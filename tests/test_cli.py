"""The real `pswdesk` command in a subprocess, on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import text

from pswdesk.db import Database, alembic_config, file_head
from tests.conftest import PASSWORD

NEW_PASSWORD = "another fine secret"


def run(
    *args: str, db: str | None = None, env: dict[str, str | None] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m pswdesk [--db DB] ARGS`` with the test password set (unless env says not)."""
    full_env = {**os.environ, "PSWDESK_PASSWORD": PASSWORD, "PSWDESK_NEW_PASSWORD": NEW_PASSWORD}
    full_env.pop("PSWDESK_DEBUG", None)
    for key, value in (env or {}).items():
        if value is None:
            full_env.pop(key, None)
        else:
            full_env[key] = value
    cmd = [sys.executable, "-m", "pswdesk", *(["--db", db] if db else []), *args]
    return subprocess.run(
        cmd,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=600,  # a hang guard, not a speed test
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """The failure is a single 'pswdesk: ...' line on stderr, never a traceback."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pswdesk: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def _sql(url: str, *statements: str) -> None:
    # Through Database, which holds the key: the files the commands make are encrypted.
    db = Database(url, upgrade=False)
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    db.dispose()


def _scalar(url: str, query: str) -> object:
    db = Database(url, upgrade=False)
    with db.engine.connect() as conn:
        value = conn.execute(text(query)).scalar()
    db.dispose()
    return value


def _init(db: str) -> None:
    ok(run("init", "--agency", "Riverside Peer Support", "--admin", "director", db=db))


# -- the happy path ---------------------------------------------------------------------


def test_init_users_seed_verify(db_url: str) -> None:
    out = ok(run("init", "--agency", "Riverside Peer Support", "--admin", "director", db=db_url))
    assert "director" in out
    ok(run("user", "add", "sam", "--role", "supervisor", "--role", "worker",
           "--full-name", "Sam Oyelaran", "--user", "director", db=db_url))  # fmt: skip
    out = ok(run("user", "add", "zoë", "--role", "worker", "--supervisor", "sam",
                 "--full-name", "Zoë Tremblay", "--user", "director", db=db_url))  # fmt: skip
    assert "supervised by Sam Oyelaran" in out
    listing = ok(run("user", "list", "--user", "director", db=db_url))
    assert "Zoë Tremblay" in listing and "worker,supervisor" in listing
    # The new account's password came from PSWDESK_NEW_PASSWORD: it can act.
    ok(run("user", "list", "--user", "sam", db=db_url, env={"PSWDESK_PASSWORD": NEW_PASSWORD}))

    seeded = ok(run("seed-demo", "--clients", "20", "--notes-per-client", "25", db=db_url))
    assert "Seeded 20 clients and 500 notes" in seeded and "worker1" in seeded
    assert "PSWDESK_PASSWORD" in seeded  # the password was ours, so it is not printed
    assert PASSWORD not in seeded
    verified = ok(run("verify", db=db_url))
    assert "No problems found" in verified
    assert "up to date" in ok(run("db", "upgrade", db=db_url))


def test_new_sqlite_file_and_generated_demo_password(tmp_path: Path) -> None:
    path = str(tmp_path / "agency.db")
    _init(path)
    assert Path(path).exists()
    out = ok(
        run(
            "seed-demo", "--clients", "3", "--notes-per-client", "2", db=path,
            env={"PSWDESK_PASSWORD": None},
        )
    )  # fmt: skip
    password = out.rsplit("Password for every demo account: ", 1)[1].split()[0]
    assert len(password) >= 8
    ok(run("user", "list", "--user", "admin", db=path, env={"PSWDESK_PASSWORD": password}))


def test_db_upgrade_reports_the_revisions(tmp_path: Path) -> None:
    path = str(tmp_path / "fresh.db")
    head = file_head()  # the newest migration; checked against Alembic in test_migrations
    out = ok(run("db", "upgrade", db=path))
    assert f"from empty to {head}" in out
    assert f"up to date ({head})" in ok(run("db", "upgrade", db=path))


def test_pswdesk_db_environment_variable(tmp_path: Path) -> None:
    path = str(tmp_path / "env.db")
    ok(run("init", "--agency", "A", "--admin", "boss", env={"PSWDESK_DB": path}))
    assert _scalar(f"sqlite:///{path}", "SELECT name FROM agency_settings") == "A"


def test_help_lists_the_commands() -> None:
    out = ok(run("--help"))
    for name in ("demo", "init", "user", "db", "seed-demo", "verify"):
        assert name in out


def test_demo_without_gui_makes_a_demo_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    out = ok(run("demo", "--clients", "4", "--notes-per-client", "3", "--no-gui", db=str(path)))
    assert "supervisor1" in out and "worker1" in out
    assert _scalar(f"sqlite:///{path}", "SELECT is_demo FROM agency_settings") in (1, True)


# -- bad input: one line, no traceback --------------------------------------------------


def test_init_twice_is_refused(db_url: str) -> None:
    _init(db_url)
    one_line_error(run("init", "--agency", "Again", "--admin", "other", db=db_url), "already")


def test_bad_input_prints_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    _init(db)
    one_line_error(run("user", "add", "x", "--role", "boss", "--user", "director", db=db), "boss")
    one_line_error(run("user", "add", db=db), "required")
    one_line_error(run("user", db=db))
    one_line_error(run("frobnicate", db=db))
    one_line_error(run("seed-demo", "--clients", "many", "--notes-per-client", "2", db=db))
    one_line_error(
        run("user", "list", "--user", "director", db=db, env={"PSWDESK_PASSWORD": "wrong!!!"}),
        "wrong user name or password",
    )
    one_line_error(
        run("user", "list", "--user", "director", db=db, env={"PSWDESK_PASSWORD": None}),
        "PSWDESK_PASSWORD",
    )
    one_line_error(
        run("user", "add", "x", "--role", "worker", "--user", "director", db=db,
            env={"PSWDESK_NEW_PASSWORD": "short"}),
        "8 characters",
    )  # fmt: skip
    one_line_error(
        run("user", "add", "x", "--role", "worker", "--supervisor", "nobody",
            "--user", "director", db=db),
        "nobody",
    )  # fmt: skip
    one_line_error(run("verify", db=str(tmp_path / "no" / "such" / "folder.db")), "does not exist")


def test_seed_before_init_is_refused(tmp_path: Path) -> None:
    one_line_error(
        run("seed-demo", "--clients", "2", "--notes-per-client", "2", db=str(tmp_path / "n.db")),
        "pswdesk init",
    )


def test_not_a_database_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are not the notes you are looking for\n" * 200)
    one_line_error(run("verify", db=str(path)))


def test_unreachable_server() -> None:
    one_line_error(
        run("verify", db="postgresql://nobody:nothing@127.0.0.1:9/pswdesk"), "cannot open"
    )


def test_a_url_pswdesk_cannot_use_is_one_line_without_its_password() -> None:
    for url in (
        "postgresql://nobody:s3cret-pw@127.0.0.1:notaport/pswdesk",  # malformed
        "mysql://nobody:s3cret-pw@127.0.0.1/pswdesk",  # no driver shipped
        "nosuchdb://nobody:s3cret-pw@127.0.0.1/pswdesk",  # no such dialect
    ):
        line = one_line_error(run("verify", db=url), "cannot use this database URL")
        assert "s3cret-pw" not in line and "unexpected" not in line


# -- verify finds tampering ---------------------------------------------------------------


def _disable_note_lock(url: str) -> str:
    if url.startswith("sqlite"):
        return "DROP TRIGGER notes_locked_update"
    return "ALTER TABLE notes DISABLE TRIGGER notes_locked"


def _disable_audit_lock(url: str) -> str:
    if url.startswith("sqlite"):
        return "DROP TRIGGER audit_log_append_only_update"
    return "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"


def _seed_small(url: str) -> None:
    _init(url)
    ok(run("seed-demo", "--clients", "4", "--notes-per-client", "5", db=url))
    assert "No problems found" in ok(run("verify", db=url))


def test_verify_finds_an_edited_signed_note(db_url: str) -> None:
    _seed_small(db_url)
    note_id = _scalar(db_url, "SELECT min(id) FROM notes WHERE status = 'approved'")
    _sql(
        db_url,
        _disable_note_lock(db_url),
        f"UPDATE notes SET s1_expressed = 'quietly rewritten' WHERE id = {note_id}",
    )
    result = run("verify", db=db_url)
    assert result.returncode == 1
    assert f"note {note_id}: content changed after it was signed" in result.stdout
    assert "trigger notes_locked" in result.stdout  # the lock it dropped or disabled, too
    one_line_error(result, "verify found 2 problems")


def test_verify_finds_an_edited_audit_entry(db_url: str) -> None:
    _seed_small(db_url)
    entry = _scalar(db_url, "SELECT min(id) FROM audit_log WHERE action = 'user.created'")
    _sql(
        db_url,
        _disable_audit_lock(db_url),
        f"UPDATE audit_log SET actor_name = 'someone else' WHERE id = {entry}",
    )
    result = run("verify", db=db_url)
    assert result.returncode == 1
    assert f"audit entry {entry}: content altered" in result.stdout


def test_verify_finds_an_edited_addendum(sqlite_url: str) -> None:
    _init(sqlite_url)
    ok(run("seed-demo", "--clients", "20", "--notes-per-client", "25", db=sqlite_url))
    addendum = _scalar(sqlite_url, "SELECT min(id) FROM addenda")
    assert addendum is not None, "seed 1 at this size writes addenda"
    _sql(
        sqlite_url,
        "DROP TRIGGER addenda_append_only_update",
        f"UPDATE addenda SET text = 'changed' WHERE id = {addendum}",
    )
    result = run("verify", db=sqlite_url)
    assert result.returncode == 1
    assert f"addendum {addendum} " in result.stdout


def test_verify_reports_an_old_schema_without_changing_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(f"sqlite:///{path}", upgrade=False)
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    db.dispose()
    result = run("verify", db=str(path))
    assert result.returncode == 1
    assert "run 'pswdesk db upgrade'" in result.stdout
    assert _scalar(f"sqlite:///{path}", "SELECT version_num FROM alembic_version") == "0001"
    assert "from 0001 to" in ok(run("db", "upgrade", db=str(path)))
