"""Logging in and managing accounts, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pswdesk.errors import AuthError, ConflictError, PermissionDenied, ValidationError
from pswdesk.models import AuditEntry
from pswdesk.services import audit, auth, users
from tests.conftest import PASSWORD, Agency


def test_login_returns_roles(agency: Agency) -> None:
    actor = auth.login(agency.db, "SAM", PASSWORD)
    assert actor.id == agency.sam.id
    assert actor.roles == {"supervisor", "worker"}


def test_wrong_password_and_unknown_user_read_the_same(agency: Agency) -> None:
    with pytest.raises(AuthError) as wrong:
        auth.login(agency.db, "wendy", "not the password")
    with pytest.raises(AuthError) as unknown:
        auth.login(agency.db, "nobody", "not the password")
    assert str(wrong.value) == str(unknown.value)
    with agency.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["login.failed", "login.failed"]


def test_lockout_after_repeated_failures(agency: Agency) -> None:
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.login(agency.db, "wendy", "bad password!")
    with pytest.raises(AuthError, match="locked"):
        auth.login(agency.db, "wendy", PASSWORD)


def test_only_admin_adds_users(agency: Agency) -> None:
    with pytest.raises(PermissionDenied):
        users.add_user(agency.db, agency.sam, "x", "X", ["worker"], PASSWORD)
    with pytest.raises(ConflictError):
        users.add_user(agency.db, agency.admin, "Wendy", "dup", ["worker"], PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(agency.db, agency.admin, "new", "New", ["boss"], PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(agency.db, agency.admin, "new", "New", ["worker"], "short")


def test_deactivated_user_cannot_log_in_or_act(agency: Agency) -> None:
    row = next(u for u in users.list_users(agency.db, agency.admin) if u.username == "walt")
    users.update_user(agency.db, agency.admin, row.id, expected_version=row.version, active=False)
    with pytest.raises(AuthError):
        auth.login(agency.db, "walt", PASSWORD)


def test_stale_version_is_a_conflict(agency: Agency) -> None:
    row = next(u for u in users.list_users(agency.db, agency.admin) if u.username == "will")
    users.update_user(agency.db, agency.admin, row.id, expected_version=row.version, full_name="A")
    with pytest.raises(ConflictError, match="will was changed by Ada Admin at "):
        users.update_user(
            agency.db, agency.admin, row.id, expected_version=row.version, full_name="B"
        )


def test_a_change_of_roles_alone_moves_the_version_on(agency: Agency) -> None:
    row = next(u for u in users.list_users(agency.db, agency.admin) if u.username == "will")
    moved = users.update_user(
        agency.db, agency.admin, row.id, expected_version=row.version,
        roles=["worker", "supervisor"],
    )  # fmt: skip
    assert moved.version > row.version and moved.roles == ("worker", "supervisor")
    # Someone who read the old roles cannot put them back over the change unseen.
    with pytest.raises(ConflictError):
        users.update_user(
            agency.db, agency.admin, row.id, expected_version=row.version, roles=["worker"]
        )
    # Saving the roles a user already has changes nothing, not even the version.
    same = users.update_user(
        agency.db, agency.admin, row.id, expected_version=moved.version,
        roles=["supervisor", "worker"],
    )  # fmt: skip
    assert same.version == moved.version


def test_settings_changed_meanwhile_say_by_whom(agency: Agency) -> None:
    before = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, before.version, late_entry_hours=48)
    with pytest.raises(ConflictError, match="the agency settings were changed by Ada Admin at "):
        users.update_agency(agency.db, agency.admin, before.version, idle_lock_minutes=5)
    assert users.get_agency(agency.db).idle_lock_minutes == before.idle_lock_minutes


def test_audit_chain_verifies_and_records_changes(agency: Agency) -> None:
    row = next(u for u in users.list_users(agency.db, agency.admin) if u.username == "will")
    users.update_user(agency.db, agency.admin, row.id, expected_version=row.version, full_name="W2")
    with agency.db.read() as s:
        assert audit.verify_chain(s) == []
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "user.changed"
    assert last.details["changes"]["full_name"] == ["Will Worker", "W2"]
