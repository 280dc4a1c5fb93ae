"""The PCs' PostgreSQL login, after ``pswdesk db grant``: the whole app works, the attacks fail.

A fresh database migrated by the test role (the owner), and a login role made for
the test, granted with the real command. As that login the services run a working
day (notes signed, an addendum, safety-plan versions, a disclosure, a merge that
moves history), and ``verify`` finds nothing; then, on a raw connection as that
login, each thing a careful attacker tries with it is refused by the server, and
the log is still whole. PostgreSQL only: an SQLite file has no logins.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pswdesk import cli
from pswdesk.db import Database, alembic_config, resolve_url
from pswdesk.errors import DatabaseError
from pswdesk.server_grants import APPEND_FUNCTION, AUDIT_WRITER
from pswdesk.services import auth, backups, integrity, restore
from tests.conftest import PASSWORD, PG_ENV, Agency, new_pg_database
from tests.notes_support import new_client, submitted_note
from tests.test_merging import Pair, _fill, _merge

pytestmark = pytest.mark.usefixtures("pg_template")


@dataclass
class Server:
    owner_url: str
    owner: str
    login: str
    login_url: str


def _admin_engine() -> Engine:
    return create_engine(resolve_url(os.environ[PG_ENV]), isolation_level="AUTOCOMMIT")


@pytest.fixture
def server(pg_template: str) -> Iterator[Server]:
    yield from _server(pg_template)


@pytest.fixture(scope="module")
def server_once(pg_template: str) -> Iterator[Server]:
    """One granted database for the attacks: each is refused, so none changes it."""
    yield from _server(pg_template)


def _server(pg_template: str) -> Iterator[Server]:
    """A migrated database with an agency and a note, and a new login granted on it."""
    owner_url, drop = new_pg_database(pg_template)
    login = f"pswdesk_pc_{secrets.token_hex(4)}"
    password = secrets.token_hex(12)
    admin = _admin_engine()
    with admin.connect() as c:
        c.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'"))
    owner = Database(owner_url)
    agency = Agency(owner)  # the agency is set up by the owner, as the README says
    submitted_note(agency, agency.wendy, new_client(agency, agency.wendy))
    owner.dispose()
    assert cli.main(["--db", owner_url, "db", "grant", login]) == 0
    login_url = make_url(owner_url).set(username=login, password=password).render_as_string(False)
    try:
        yield Server(owner_url, str(make_url(owner_url).username), login, login_url)
    finally:
        drop()
        with admin.connect() as c:
            c.execute(text(f"DROP ROLE IF EXISTS {login}"))
        admin.dispose()


def _problems(url: str) -> list[str]:
    ro = Database(url, upgrade=False, read_only=True)
    try:
        return integrity.check(ro, verifying=True, digest_files=[]).problems
    finally:
        ro.dispose()


# -- the app, as the PCs' login ------------------------------------------------------------


def test_a_working_day_runs_as_the_granted_login(server: Server) -> None:
    db = Database(server.login_url)
    try:
        with db.read() as s:
            assert s.scalar(text("SELECT current_user")) == server.login
        agency = _existing_agency(db)
        keep = new_client(agency, agency.wendy, "Robin Ames")
        other = new_client(agency, agency.will, "Robin A.")
        submitted_note(agency, agency.wendy, keep)
        signed = _fill(agency, other, agency.will, "B")  # signed, amended, plans, disclosure
        _merge(Pair(agency, keep, other, signed))  # moves signed notes and history
    finally:
        db.dispose()
    assert _problems(server.login_url) == []
    assert cli.main(["--db", server.login_url, "verify"]) == 0


def _existing_agency(db: Database) -> Agency:
    """The owner's agency (admin, sam, sue, wendy, will, walt), logged in through ``db``."""
    agency = Agency.__new__(Agency)
    agency.db = db
    for name in ("admin", "sam", "sue", "wendy", "will", "walt"):
        setattr(agency, name, auth.login(db, name, PASSWORD))
    return agency


# -- what the login may not do --------------------------------------------------------------

ATTACKS = {
    "disable the audit log's triggers": "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    "disable a note's lock": "ALTER TABLE notes DISABLE TRIGGER notes_locked",
    "drop a trigger": "DROP TRIGGER notes_locked ON notes",
    "replace a trigger's function": (
        "CREATE OR REPLACE FUNCTION pswdesk_append_only() RETURNS trigger "
        "AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql"
    ),
    "drop the log": "DROP TABLE audit_log",
    "truncate the log": "TRUNCATE audit_log",
    "truncate the notes": "TRUNCATE notes CASCADE",
    "edit an audit entry": "UPDATE audit_log SET actor_name = 'nobody'",
    "delete audit entries": "DELETE FROM audit_log",
    "insert an audit entry directly": (
        "INSERT INTO audit_log (id, at, actor_name, action, entity, details, prev_hash, hash) "
        "VALUES (100000, now(), 'x', 'user.deleted', 'user', '{}', 'x', 'x')"
    ),
    "delete a review": "DELETE FROM note_reviews",
    "delete an addendum": "DELETE FROM addenda",
    "delete a safety-plan version": "DELETE FROM safety_plans",
    "rewrite a safety-plan version": "UPDATE safety_plans SET warning_signs = 'none'",
    "rewrite a disclosure": "UPDATE disclosures SET recipient = 'nobody'",
    "change the schema's revision": "UPDATE alembic_version SET version_num = '0001'",
    "create a table": "CREATE TABLE stash (x integer)",
    "create a function": "CREATE FUNCTION f() RETURNS integer AS 'SELECT 1' LANGUAGE sql",
    "create a schema": "CREATE SCHEMA stash",
    "take the audit writer's role": f"SET ROLE {AUDIT_WRITER}",
    "take over the append function": f"ALTER FUNCTION {APPEND_FUNCTION} OWNER TO CURRENT_USER",
    "alter a table": "ALTER TABLE notes ADD COLUMN stash text",
}


@pytest.mark.parametrize("attack", list(ATTACKS), ids=list(ATTACKS))
def test_the_login_cannot_undo_the_protections(server_once: Server, attack: str) -> None:
    engine = create_engine(resolve_url(server_once.login_url))
    try:
        with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
            conn.execute(text(ATTACKS[attack]))
        assert getattr(refused.value.orig, "sqlstate", None) == "42501", refused.value
    finally:
        engine.dispose()


def test_the_append_function_adds_only_where_the_log_ends(server_once: Server) -> None:
    engine = create_engine(resolve_url(server_once.login_url))
    try:
        with pytest.raises(DBAPIError, match="must follow the last one"), engine.begin() as c:
            c.execute(
                text(
                    "SELECT pswdesk_audit_append(1, now(), NULL, 'x', 'user.deleted', 'user', "
                    "NULL, '{}'::json, repeat('0', 64), 'x', NULL)"
                )
            )
    finally:
        engine.dispose()
    assert _problems(server_once.owner_url) == []


# -- an old schema, and who may grant -------------------------------------------------------


def test_the_login_meeting_an_old_schema_is_told_who_may_upgrade(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command

    owner = Database(server.owner_url, upgrade=False)
    with owner.engine.begin() as conn:
        cfg = alembic_config(owner.url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    owner.dispose()
    with pytest.raises(DatabaseError, match=rf"only its owner \({server.owner}\) may change"):
        Database(server.login_url)
    capsys.readouterr()
    assert cli.main(["--db", server.login_url, "user", "list", "--user", "admin"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("pswdesk: this database must be upgraded"), err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    # The owner upgrades; the login's rights are given again, so it writes once more.
    assert cli.main(["--db", server.owner_url, "db", "upgrade"]) == 0
    db = Database(server.login_url)
    try:
        _existing_agency(db)  # a login is an audit entry, through the new function
    finally:
        db.dispose()
    assert _problems(server.owner_url) == []


def test_only_the_owner_may_grant_and_never_to_itself(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert cli.main(["--db", server.login_url, "db", "grant", server.login]) == 1
    said = capsys.readouterr().err
    assert f"only the tables' owner ({server.owner}) may grant rights" in said
    assert cli.main(["--db", server.owner_url, "db", "grant", server.owner]) == 1
    assert "may act as the tables' owner" in capsys.readouterr().err
    assert cli.main(["--db", server.owner_url, "db", "grant", "no_such_login"]) == 1
    assert "there is no role named no_such_login" in capsys.readouterr().err


def test_a_restore_by_the_owner_keeps_the_login_to_its_rights(
    server: Server, tmp_path: Path
) -> None:
    """``pg_restore --no-privileges`` drops every grant: the restore puts them back."""
    owner = Database(server.owner_url)
    try:
        admin = auth.login(owner, "admin", PASSWORD)
        target = tmp_path / "backup.dump"
        backups.make_backup(owner, admin, target)
    finally:
        owner.dispose()
    restore.restore(server.owner_url, target, None, actor_name="admin")
    db = Database(server.login_url)
    try:
        _existing_agency(db)  # logins append through the function again
    finally:
        db.dispose()
    engine = create_engine(resolve_url(server.login_url))
    try:
        with pytest.raises(DBAPIError) as refused, engine.begin() as conn:
            conn.execute(text(ATTACKS["delete audit entries"]))
        assert getattr(refused.value.orig, "sqlstate", None) == "42501"
        with engine.connect() as conn:
            public_may = conn.scalar(
                text("SELECT has_function_privilege('public', to_regprocedure(:f), 'EXECUTE')"),
                {"f": APPEND_FUNCTION},
            )
        assert public_may is False
    finally:
        engine.dispose()
    assert _problems(server.owner_url) == []
