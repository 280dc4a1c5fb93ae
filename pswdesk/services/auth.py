"""Logging in and changing one's own password: Argon2id hashes, the password rules,
lockout after repeated failures, audited attempts.

A failed login says the same thing whether the user name exists or not, and an
unknown name still costs one hash so timing does not tell either. The password rules
(``PASSWORD_RULES``) are the one list every new password is checked against: setting
up the agency, adding a user, an administrator's reset and a change by the person.
A wrong current password when changing counts as a failed login (it moves the same
counter towards the lockout): an unattended, unlocked screen must not become a way
to guess the password. No audit entry holds any password or hash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from pswdesk.db import Database
from pswdesk.errors import AuthError, DatabaseBusy, ValidationError
from pswdesk.models import User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import Actor, actor_from_user, load_user, settings
from pswdesk.wording import words

_hasher = PasswordHasher()  # Argon2id with the library's current recommended costs
# What an unknown user name is checked against. Made once, offline, from a thrown-away
# random password: hashing at import cost every start of the app 0.15 s.
# Made afresh only if the library's recommended costs change, so the timing still matches.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$S02M/VqFbc/YHz4Jkc0Gzw"
    "$kYIR4fNhsJBKp/9BR3V8KjbSLTDqbn4+JIPSl8xsKi4"
)
if _hasher.check_needs_rehash(_DUMMY_HASH):
    _DUMMY_HASH = _hasher.hash("pswdesk-not-a-password")
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD = 8
MAX_PASSWORD = 1_000
WRONG = words("wrong user name or password")
WRONG_CURRENT = words("that is not your current password")
LOCKED = words(
    "this account is locked after repeated failed logins; "
    "try again in 15 minutes or ask an administrator"
)


@dataclass(frozen=True, slots=True)
class PasswordRule:
    """One rule: its line in a checklist, and the sentence when a password breaks it."""

    text: str
    problem: str
    ok: Callable[[str], bool]


PASSWORD_RULES: tuple[PasswordRule, ...] = (
    PasswordRule(
        f"At least {MIN_PASSWORD} characters",
        words("a password needs at least {min_password} characters", min_password=MIN_PASSWORD),
        lambda p: len(p) >= MIN_PASSWORD,
    ),
    PasswordRule(
        "Not only spaces",
        words("a password needs more than spaces"),
        lambda p: bool(p.strip()),
    ),
    PasswordRule(
        f"At most {MAX_PASSWORD:,} characters",
        words("a password has at most {max_password:,} characters", max_password=MAX_PASSWORD),
        lambda p: len(p) <= MAX_PASSWORD,
    ),
)


def password_checklist(password: str) -> list[tuple[str, bool]]:
    """Each rule's line and whether ``password`` keeps it (shown as the person types)."""
    return [(rule.text, rule.ok(password)) for rule in PASSWORD_RULES]


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    """ValidationError (field ``password``) with the first rule ``password`` breaks."""
    for rule in PASSWORD_RULES:
        if not rule.ok(password):
            raise ValidationError({"password": rule.problem})


def login(db: Database, username: str, password: str) -> Actor:
    """The actor for these credentials, or AuthError. Every attempt is audited."""
    try:
        return _check_login(db, username.strip(), password)
    except DatabaseBusy as exc:
        # The database's own words say "not saved yet", which is not what a person logging
        # in is waiting for.
        raise DatabaseBusy(
            words("the database did not answer in time: you are not logged in yet; try again")
        ) from exc


def _check_login(db: Database, name: str, password: str) -> Actor:
    # Failures are recorded and committed first, then raised: the audit entry and
    # the failure count must not roll back with the error.
    failure: str | None = None
    with db.write() as s:
        user = s.scalars(select(User).where(func.lower(User.username) == name.lower())).first()
        now = utcnow()
        if user is None or not user.active:
            _verify(_DUMMY_HASH, password)
            audit.record(s, None, "login.failed", "user", None, username=name[:80])
            failure = WRONG
        elif user.locked_until and user.locked_until > now:
            audit.record(s, None, "login.locked", "user", user.id, username=user.username)
            failure = LOCKED
        elif not _verify(user.password_hash, password):
            user.failed_logins += 1
            details: dict[str, object] = {"username": user.username, "failures": user.failed_logins}
            if user.failed_logins >= settings(s).max_failed_logins:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                details["locked_until"] = user.locked_until
            audit.record(s, None, "login.failed", "user", user.id, **details)
            failure = WRONG
        else:
            user.failed_logins = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            audit.record(s, user, "login", "user", user.id)
            actor = actor_from_user(user)
    if failure:
        raise AuthError(failure)
    return actor


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def change_password(db: Database, actor: Actor, current: str, new: str) -> Actor:
    """The person sets their own password, proving the current one; returns the actor
    as it is now (``must_change_password`` cleared).

    A wrong current password is counted like a failed login and may lock the account;
    a locked account cannot change its password (an administrator resets it). The
    failure is committed before AuthError is raised, as at login.
    """
    check_password_strength(new)
    if new == current:
        raise ValidationError(
            {"password": words("choose a password different from the current one")}
        )
    new_hash = _hasher.hash(new)  # before the write: the slow part holds no lock
    failure: str | None = None
    with db.write() as s:
        user = load_user(s, actor)
        now = utcnow()
        if user.locked_until and user.locked_until > now:
            audit.record(s, actor, "user.password_change_refused", "user", user.id, locked=True)
            failure = LOCKED
        elif not _verify(user.password_hash, current):
            user.failed_logins += 1
            details: dict[str, object] = {"failures": user.failed_logins}
            if user.failed_logins >= settings(s).max_failed_logins:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                details["locked_until"] = user.locked_until
                failure = LOCKED
            else:
                failure = WRONG_CURRENT
            audit.record(s, actor, "user.password_change_refused", "user", user.id, **details)
        else:
            user.password_hash = new_hash
            user.must_change_password = False
            user.failed_logins = 0
            audit.record(s, actor, "user.password_changed", "user", user.id)
            s.flush()
            changed = actor_from_user(user)
    if failure:
        raise AuthError(failure)
    return changed
