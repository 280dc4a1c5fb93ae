"""A busy, locked, dropped or read-only database reaches the services' callers as a domain error.

Busy and locked: another handle holds the write lock (SQLite ``BEGIN IMMEDIATE``;
PostgreSQL a table lock), and the write under test, with a short busy timeout, gives up
with ``DatabaseBusy`` instead of a driver error; released, the same write goes through.
A PostgreSQL backend terminated under a write is ``DatabaseBusy`` too (the connection
was lost; the next try reconnects).

Read-only: reported when the database is opened (``DatabaseReadOnly``), never at the
first save. For SQLite that is a file or a folder this user may not write. CI runs the
tests as root, whom ``chmod`` does not stop, so there the command runs as ``nobody`` in
a forked child, where the permissions apply for real; otherwise the test's own user meets
them directly. On PostgreSQL a database whose transactions are read-only by default.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pswdesk import cli
from pswdesk.db import Database, resolve_url, sqlite_path
from pswdesk.errors import DatabaseBusy, DatabaseReadOnly
from pswdesk.services import auth, users
from pswdesk.vocabulary import Role
from tests.conftest import PASSWORD, PG_ENV, Agency, new_pg_database
from tests.db_locks import SHORT_BUSY_MS, write_lock_held


def _add(db: Database, agency: Agency, name: str) -> users.UserRow:
    return users.add_user(db, agency.admin, name, name.title(), [Role.WORKER], PASSWORD)


def test_a_write_meeting_a_held_lock_is_busy_then_goes_through(agency: Agency, db_url: str) -> None:
    second = Database(db_url, busy_timeout_ms=SHORT_BUSY_MS)  # another PC, impatient
    try:
        with write_lock_held(db_url), pytest.raises(DatabaseBusy, match=r"busy.*not saved yet"):
            _add(second, agency, "nadia")
        assert "nadia" not in {u.username for u in users.list_users(second, agency.admin)}
        assert _add(second, agency, "nadia").username == "nadia"  # the lock is gone
    finally:
        second.dispose()


def test_a_login_meeting_a_held_lock_says_the_person_is_not_logged_in_yet(
    agency: Agency, db_url: str
) -> None:
    """Every login is audited, so it writes: busy, it says so in a login's words."""
    second = Database(db_url, busy_timeout_ms=SHORT_BUSY_MS)
    try:
        with write_lock_held(db_url), pytest.raises(DatabaseBusy) as busy:
            auth.login(second, "wendy", PASSWORD)
        assert "not logged in yet" in str(busy.value)
        assert "saved" not in str(busy.value)
        assert auth.login(second, "wendy", PASSWORD).username == "wendy"
    finally:
        second.dispose()


def test_a_read_meeting_a_held_lock_still_reads(agency: Agency, db_url: str) -> None:
    """A writer's lock lets readers through on both backends (WAL on SQLite)."""
    second = Database(db_url, busy_timeout_ms=SHORT_BUSY_MS)
    try:
        with write_lock_held(db_url):
            assert users.get_agency(second).name == "Test Agency"
    finally:
        second.dispose()


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database (the server cases have no SQLite counterpart)."""
    url, drop = new_pg_database(pg_template)
    yield url
    drop()


def test_a_terminated_server_connection_is_busy_and_the_next_try_reconnects(
    pg_url: str,
) -> None:
    db = Database(pg_url)
    with db.engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    admin = create_engine(resolve_url(os.environ[PG_ENV]), isolation_level="AUTOCOMMIT")
    try:
        with (
            pytest.raises(DatabaseBusy, match="connection to the database was lost"),
            db.write() as s,
        ):
            assert s.execute(text("SELECT pg_backend_pid()")).scalar_one() == pid
            with admin.connect() as a:
                a.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            s.execute(text("SELECT 1"))
    finally:
        admin.dispose()
    with db.write() as s:  # a new connection from the pool
        assert s.execute(text("SELECT pg_backend_pid()")).scalar_one() != pid
    db.dispose()


def test_a_read_only_server_database_is_reported_when_opened(pg_url: str) -> None:
    name = make_url(pg_url).database
    admin = create_engine(resolve_url(os.environ[PG_ENV]), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as a:
            a.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        with pytest.raises(DatabaseReadOnly, match=r"this database is read-only: .*read-only"):
            Database(pg_url)
        reader = Database(pg_url, upgrade=False)  # as verify opens it: reading is fine
        try:
            assert users.is_initialised(reader) is False
        finally:
            reader.dispose()
    finally:
        with admin.connect() as a:
            a.execute(text(f'ALTER DATABASE "{name}" RESET default_transaction_read_only'))
        admin.dispose()


# -- a read-only SQLite file or folder ------------------------------------------------------


@pytest.fixture
def own_folder(sqlite_url: str) -> Iterator[Path]:
    """A folder holding a copy of the database, owned by whoever will open it.

    Outside pytest's (root-only) temporary folder, so that ``nobody`` can reach it.
    """
    source = sqlite_path(sqlite_url)
    assert source is not None
    db = Database(sqlite_url)
    users.initialise(db, "Test Agency", "admin", "Ada Admin", PASSWORD)
    db.dispose()
    folder = Path(tempfile.mkdtemp(prefix="pswdesk-ro-"))
    folder.chmod(0o755)
    shutil.copy(source, folder / "agency.db")
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        for p in (folder, folder / "agency.db"):
            os.chown(p, nobody.pw_uid, nobody.pw_gid)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _warm_up_as_root(path: Path) -> None:
    """Run the command once, as root, on a scratch copy before the child gives up root.

    The checkout (its modules, its migration files) may sit in a folder only root can
    read, as in a clone inside ``mktemp -d``; after this every module the command needs
    is imported and the migrations' head is read, so ``nobody`` meets only the
    permissions of the database under test.
    """
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "warm.db"
        shutil.copy(path, copy)
        copy.chmod(0o644)
        with (
            open(os.devnull, "w", encoding="utf-8") as quiet,
            contextlib.redirect_stdout(quiet),
            contextlib.redirect_stderr(quiet),
        ):
            cli.main(["--db", str(copy), "user", "list", "--user", "admin"])


def _open_as_owner(path: Path) -> tuple[int, str]:
    """``pswdesk user list`` on ``path`` as the folder's owner (``nobody`` under root).

    A forked child runs the real command's ``main`` after giving up root, so the file
    permissions apply to it as to any user; its exit code and stderr come back.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            os.close(read_end)
            os.dup2(write_end, 2)
            os.environ["PSWDESK_PASSWORD"] = PASSWORD
            if os.geteuid() == 0:
                _warm_up_as_root(path)
                nobody = pwd.getpwnam("nobody")
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
            sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115 - the child's own stderr
            code = cli.main(["--db", str(path), "user", "list", "--user", "admin"])
            sys.stderr.flush()
        finally:
            os._exit(code)
    os.close(write_end)
    with open(read_end, encoding="utf-8") as pipe:
        err = pipe.read()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), err


def _one_line(result: tuple[int, str]) -> str:
    code, err = result
    assert code == 1, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_read_only_file_is_reported_in_one_line_when_opened(own_folder: Path) -> None:
    path = own_folder / "agency.db"
    assert _open_as_owner(path) == (0, ""), "writable, it opens and logs in (a write)"
    path.chmod(0o444)
    line = _one_line(_open_as_owner(path))
    assert line.startswith("pswdesk: this database is read-only: you may not change the file")
    assert str(path) in line


def test_a_read_only_folder_is_reported_in_one_line_when_opened(own_folder: Path) -> None:
    """In WAL mode SQLite must create ``-wal`` and ``-shm`` beside the file."""
    own_folder.chmod(0o555)
    line = _one_line(_open_as_owner(own_folder / "agency.db"))
    assert "this database is read-only: you may not create files in its folder" in line


def test_a_read_only_file_opened_in_process_says_so(own_folder: Path) -> None:
    """The same refusal as a domain error, where this process's user is refused for real.

    Root is not refused by permissions; for root the forked-child tests above run the
    check as ``nobody`` instead, and this one checks that root may still open the file.
    """
    path = own_folder / "agency.db"
    path.chmod(0o444)
    if os.geteuid() == 0:
        Database(f"sqlite:///{path}").dispose()
        return
    with pytest.raises(DatabaseReadOnly, match="this database is read-only"):
        Database(f"sqlite:///{path}")
    Database(f"sqlite:///{path}", upgrade=False).dispose()  # verify may still read it
