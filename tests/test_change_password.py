"""Changing one's own password, the change forced after a reset, the same rules everywhere.

Service tests run on SQLite and PostgreSQL (the ``agency`` and ``db`` fixtures); the
command-line tests run the real ``pswdesk`` in a subprocess against the same database.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from pswdesk.db import Database
from pswdesk.errors import AuthError, ValidationError
from pswdesk.models import AuditEntry, User
from pswdesk.services import auth, users
from tests.conftest import PASSWORD, Agency
from tests.test_cli import ok, one_line_error, run

NEW = "a brand new secret"
RESET = "given by the admin"


def _audit_text(db: Database) -> str:
    """Every audit entry's action and details, as one string to search."""
    with db.read() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.details)).all()
    return "\n".join(f"{a} {json.dumps(d, default=str)}" for a, d in rows)


def _user(db: Database, name: str) -> User:
    with db.read() as s:
        user = s.scalars(select(User).where(User.username == name)).one()
        s.expunge(user)
        return user


def test_change_own_password(agency: Agency) -> None:
    changed = auth.change_password(agency.db, agency.wendy, PASSWORD, NEW)
    assert changed.id == agency.wendy.id and not changed.must_change_password
    with pytest.raises(AuthError):
        auth.login(agency.db, "wendy", PASSWORD)
    assert auth.login(agency.db, "wendy", NEW).id == agency.wendy.id
    text = _audit_text(agency.db)
    assert "user.password_changed" in text
    assert NEW not in text and PASSWORD not in text and "argon2" not in text


def test_wrong_current_password_counts_as_a_failed_login(agency: Agency) -> None:
    with pytest.raises(AuthError, match="not your current password"):
        auth.change_password(agency.db, agency.will, "not my password", NEW)
    assert _user(agency.db, "will").failed_logins == 1
    assert auth.login(agency.db, "will", PASSWORD).id == agency.will.id  # still the old one
    assert _user(agency.db, "will").failed_logins == 0  # a good login clears the count
    for _ in range(4):
        with pytest.raises(AuthError, match="not your current password"):
            auth.change_password(agency.db, agency.will, "guess again!", NEW)
    with pytest.raises(AuthError, match="locked"):  # the fifth failure locks, as at login
        auth.change_password(agency.db, agency.will, "guess again!", NEW)
    with pytest.raises(AuthError, match="locked"):
        auth.login(agency.db, "will", PASSWORD)
    with pytest.raises(AuthError, match="locked"):  # even the right one while locked
        auth.change_password(agency.db, agency.will, PASSWORD, NEW)
    text = _audit_text(agency.db)
    assert text.count("user.password_change_refused") == 7
    assert "guess again!" not in text and "not my password" not in text


@pytest.mark.parametrize("bad", ["short", " " * 12, "x" * 1_001])
def test_new_password_follows_the_rules(agency: Agency, bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        auth.change_password(agency.db, agency.wendy, PASSWORD, bad)
    assert refused.value.problems.keys() == {"password"}
    assert _user(agency.db, "wendy").failed_logins == 0  # a rule broken is no failed login
    with pytest.raises(ValidationError, match="different from the current"):
        auth.change_password(agency.db, agency.wendy, PASSWORD, PASSWORD)
    assert auth.login(agency.db, "wendy", PASSWORD).id == agency.wendy.id


@pytest.mark.parametrize("bad", ["short", " " * 12, "x" * 1_001])
def test_the_same_rules_everywhere(db: Database, bad: str) -> None:
    """Setting up, adding, resetting and changing refuse the same passwords, in the same words."""
    messages = set()
    with pytest.raises(ValidationError) as e:
        users.initialise(db, "Agency", "admin", "Ada", bad)
    messages.add(str(e.value))
    admin = users.initialise(db, "Agency", "admin", "Ada", PASSWORD)
    with pytest.raises(ValidationError) as e:
        users.add_user(db, admin, "new", "New", ["worker"], bad)
    messages.add(str(e.value))
    row = users.add_user(db, admin, "new", "New", ["worker"], PASSWORD)
    with pytest.raises(ValidationError) as e:
        users.reset_password(db, admin, row.id, bad)
    messages.add(str(e.value))
    new = auth.login(db, "new", PASSWORD)
    with pytest.raises(ValidationError) as e:
        auth.change_password(db, new, PASSWORD, bad)
    messages.add(str(e.value))
    assert len(messages) == 1
    checklist = dict(auth.password_checklist(bad))
    assert not all(checklist.values()) and all(dict(auth.password_checklist(PASSWORD)).values())


def test_a_reset_forces_a_change_at_the_next_login(agency: Agency) -> None:
    users.reset_password(agency.db, agency.admin, agency.walt.id, RESET)
    actor = auth.login(agency.db, "walt", RESET)
    assert actor.must_change_password
    changed = auth.change_password(agency.db, actor, RESET, NEW)
    assert not changed.must_change_password
    assert not auth.login(agency.db, "walt", NEW).must_change_password
    assert '"must_change": true' in _audit_text(agency.db)


def test_an_administrator_resetting_their_own_password_is_not_forced(agency: Agency) -> None:
    users.reset_password(agency.db, agency.admin, agency.admin.id, RESET)
    assert not auth.login(agency.db, "admin", RESET).must_change_password


def test_a_new_account_is_not_forced(agency: Agency) -> None:
    assert not auth.login(agency.db, "sue", PASSWORD).must_change_password


# -- the command line ---------------------------------------------------------------------


def test_cli_changes_the_password(agency: Agency) -> None:
    url = agency.db.url
    env: dict[str, str | None] = {"PSWDESK_PASSWORD": PASSWORD, "PSWDESK_NEW_PASSWORD": NEW}
    out = ok(run("user", "password", "--user", "sam", db=url, env=env))
    assert "Password changed for sam" in out
    assert auth.login(agency.db, "sam", NEW).id == agency.sam.id
    wrong = run("user", "password", "--user", "sam", db=url, env={"PSWDESK_PASSWORD": "nope!!!!"})
    one_line_error(wrong, "wrong user name or password")
    weak = run(
        "user", "password", "--user", "sam", db=url,
        env={"PSWDESK_PASSWORD": NEW, "PSWDESK_NEW_PASSWORD": "short"},
    )  # fmt: skip
    one_line_error(weak, "at least 8 characters")


def test_cli_refuses_commands_until_a_reset_password_is_changed(agency: Agency) -> None:
    url = agency.db.url
    users.reset_password(agency.db, agency.admin, agency.sam.id, RESET)
    refused = run("user", "list", "--user", "sam", db=url, env={"PSWDESK_PASSWORD": RESET})
    one_line_error(refused, "reset by an administrator", "pswdesk user password --user sam")
    env: dict[str, str | None] = {"PSWDESK_PASSWORD": RESET, "PSWDESK_NEW_PASSWORD": NEW}
    ok(run("user", "password", "--user", "sam", db=url, env=env))
    listing = ok(run("user", "list", "--user", "sam", db=url, env={"PSWDESK_PASSWORD": NEW}))
    assert "wendy" in listing
