"""Logging in: Argon2id hashes, lockout after repeated failures, audited attempts.

A failed login says the same thing whether the user name exists or not, and an
unknown name still costs one hash so timing does not tell either.
"""

from __future__ import annotations

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from pswdesk.db import Database
from pswdesk.errors import AuthError, ValidationError
from pswdesk.models import User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import Actor, actor_from_user, settings

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
WRONG = "wrong user name or password"
LOCKED = (
    "this account is locked after repeated failed logins; "
    "try again in 15 minutes or ask an administrator"
)


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError({"password": f"a password needs at least {MIN_PASSWORD} characters"})


def login(db: Database, username: str, password: str) -> Actor:
    """The actor for these credentials, or AuthError. Every attempt is audited."""
    name = username.strip()
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
