"""Setting up the agency and managing staff accounts (administrators)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import AgencySettings, User, UserRole
from pswdesk.services import audit
from pswdesk.services.access import ADMIN, SUPERVISOR, Actor, actor_from_user, load_user, settings
from pswdesk.services.auth import check_password_strength, hash_password
from pswdesk.services.versioning import Lock, bump, saving
from pswdesk.vocabulary import Role
from pswdesk.wording import words

#: A failed login moves the version on too (it counts failures on the row).
USER_LOCK: Lock[User] = Lock(
    User,
    "user",
    lambda u: u.username,
    changes=(
        "user.changed",
        "user.password_reset",
        "login.failed",
        "user.review_level_changed",
        "user.password_changed",
        "user.password_change_refused",
    ),
)
AGENCY_LOCK: Lock[AgencySettings] = Lock(
    AgencySettings,
    "agency",
    lambda _a: "the agency settings",
    changes=("agency.changed",),
    plural=True,
)


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    username: str
    full_name: str
    roles: tuple[str, ...]
    supervisor_id: int | None
    supervisor_name: str
    active: bool
    locked: bool
    version: int


@dataclass(frozen=True, slots=True)
class AgencyRow:
    name: str
    phone: str
    email: str
    address: str
    allow_self_approval: bool
    supervisors_see_all_clients: bool
    idle_lock_minutes: int
    late_entry_hours: int
    referral_stale_days: int
    max_failed_logins: int
    is_demo: bool
    version: int
    # Intake and discharge.
    workers_may_register_clients: bool = True
    workers_may_close_clients: bool = False
    no_contact_days: int = 90
    # Risk continuity: days without contact before "needs contact" (needs_contact).
    needs_contact_imminent_days: int = 2
    needs_contact_high_days: int = 7
    # Reports: the month (1-12) the fiscal year starts in.
    fiscal_year_start_month: int = 4


EDITABLE_SETTINGS = (
    "name", "phone", "email", "address", "allow_self_approval", "supervisors_see_all_clients",
    "idle_lock_minutes", "late_entry_hours", "referral_stale_days", "max_failed_logins",
    "workers_may_register_clients", "workers_may_close_clients", "no_contact_days",
    "needs_contact_imminent_days", "needs_contact_high_days", "fiscal_year_start_month",
)  # fmt: skip
SWITCHES = (
    "allow_self_approval", "supervisors_see_all_clients", "workers_may_register_clients",
    "workers_may_close_clients",
)  # fmt: skip
NO_CONTACT_DAYS = (7, 3_650)
#: (setting, risk, lowest, highest): how long a client at that risk may go without contact.
NEEDS_CONTACT_DAYS = (
    ("needs_contact_imminent_days", "imminent", 1, 14),
    ("needs_contact_high_days", "high", 1, 60),
)


def is_initialised(db: Database) -> bool:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(AgencySettings)) or 0) > 0


def initialise(
    db: Database,
    agency_name: str,
    admin_username: str,
    admin_full_name: str,
    password: str,
    *,
    demo: bool = False,
) -> Actor:
    """Create the agency and its first administrator. Only on an empty database."""
    if not agency_name.strip():
        raise ValidationError({"agency": words("the agency needs a name")})
    _check_username(admin_username)
    check_password_strength(password)
    with db.write() as s:
        if s.scalar(select(func.count()).select_from(AgencySettings)):
            raise ConflictError(words("this database already has an agency"))
        s.add(AgencySettings(name=agency_name.strip(), is_demo=demo))
        user = User(
            username=admin_username.strip(),
            full_name=admin_full_name.strip() or admin_username.strip(),
            password_hash=hash_password(password),
            roles=[UserRole(role=ADMIN)],
        )
        s.add(user)
        s.flush()
        audit.record(s, user, "agency.created", "agency", None, name=agency_name.strip(), demo=demo)
        audit.record(
            s, user, "user.created", "user", user.id, username=user.username, roles=[ADMIN]
        )
        return actor_from_user(user)


def _check_username(username: str) -> None:
    name = username.strip()
    if not name or len(name) > 80 or any(c.isspace() or not c.isprintable() for c in name):
        raise ValidationError(
            {
                "username": words(
                    "a user name is 1-80 characters with no spaces or control characters"
                )
            }
        )


def _check_roles(roles: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    bad = [r for r in roles if r not in tuple(Role)]
    if bad or not roles:
        allowed = ", ".join(tuple(Role))
        raise ValidationError(
            {"roles": words("roles must be one or more of {allowed}", allowed=allowed)}
        )
    return tuple(r for r in tuple(Role) if r in roles)


def _row(s: Session, u: User) -> UserRow:
    sup = s.get(User, u.supervisor_id) if u.supervisor_id else None
    locked = bool(u.locked_until and u.locked_until > dt.datetime.now(dt.UTC))
    roles = tuple(r for r in tuple(Role) if r in u.role_names)
    return UserRow(
        u.id, u.username, u.full_name, roles, u.supervisor_id,
        sup.full_name if sup else "", u.active, locked, u.version,
    )  # fmt: skip


def _supervisor_id(s: Session, name: str | int | None) -> int | None:
    if name in (None, ""):
        return None
    q = (
        select(User).where(User.id == name)
        if isinstance(name, int)
        else select(User).where(func.lower(User.username) == str(name).lower())
    )
    sup = s.scalars(q).first()
    if sup is None:
        raise NotFound(words("no user {name!r} to be the supervisor", name=name))
    if SUPERVISOR not in sup.role_names:
        raise ValidationError(
            {
                "supervisor": words(
                    "{supervisor} does not have the supervisor role", supervisor=sup.username
                )
            }
        )
    return sup.id


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    roles: list[str] | tuple[str, ...],
    password: str,
    supervisor: str | int | None = None,
) -> UserRow:
    _check_username(username)
    roles = _check_roles(roles)
    taken = ConflictError(
        words("user name {username!r} is already taken", username=username.strip())
    )
    try:
        with db.write() as s:
            load_user(s, actor, ADMIN)
            exists = s.scalars(
                select(User.id).where(func.lower(User.username) == username.strip().lower())
            ).first()
            if exists:
                raise taken
            user = User(
                username=username.strip(),
                full_name=full_name.strip() or username.strip(),
                password_hash=hash_password(password),
                supervisor_id=_supervisor_id(s, supervisor),
                roles=[UserRole(role=r) for r in roles],
            )
            s.add(user)
            s.flush()
            audit.record(
                s, actor, "user.created", "user", user.id,
                username=user.username, full_name=user.full_name, roles=list(roles),
                supervisor_id=user.supervisor_id,
            )  # fmt: skip
            return _row(s, user)
    except IntegrityError as exc:  # another PC took the same name at the same moment
        raise taken from exc


def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    expected_version: int,
    full_name: str | None = None,
    roles: list[str] | tuple[str, ...] | None = None,
    supervisor: str | int | None = None,
    clear_supervisor: bool = False,
    active: bool | None = None,
) -> UserRow:
    with saving(db) as s:
        me = load_user(s, actor, ADMIN)
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(words("no user {user_id}", user_id=user_id))
        USER_LOCK.check(s, user, expected_version)
        before = _snapshot(user)
        if full_name is not None:
            user.full_name = full_name.strip() or user.username
        if roles is not None:
            new = _check_roles(roles)
            if user.id == me.id and ADMIN not in new:
                raise PermissionDenied(words("you cannot remove your own administrator role"))
            if set(new) != user.role_names:
                user.roles = [UserRole(role=r) for r in new]
                bump(user)  # the roles are rows of their own: the user row must move too
        if clear_supervisor:
            user.supervisor_id = None
        elif supervisor not in (None, ""):
            sid = _supervisor_id(s, supervisor)
            if sid == user.id:
                raise ValidationError({"supervisor": words("a person cannot supervise themselves")})
            user.supervisor_id = sid
        if active is not None:
            if user.id == me.id and not active:
                raise PermissionDenied(words("you cannot deactivate your own account"))
            user.active = active
            if active:
                user.locked_until = None
                user.failed_logins = 0
        s.flush()
        audit.record(
            s,
            actor,
            "user.changed",
            "user",
            user.id,
            changes=audit.changes(before, _snapshot(user)),
        )
        return _row(s, user)


def _snapshot(u: User) -> dict[str, object]:
    return {
        "full_name": u.full_name,
        "roles": sorted(u.role_names),
        "supervisor_id": u.supervisor_id,
        "active": u.active,
    }


def reset_password(db: Database, actor: Actor, user_id: int, password: str) -> None:
    """An administrator sets a new password (also unlocks the account).

    The person must choose their own at their next login (``must_change_password``),
    unless the administrator reset their own password.
    """
    with saving(db) as s:
        me = load_user(s, actor, ADMIN)
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(words("no user {user_id}", user_id=user_id))
        USER_LOCK.watch(s, user)  # no version asked: a new password replaces any other
        user.password_hash = hash_password(password)
        user.locked_until = None
        user.failed_logins = 0
        user.must_change_password = user.id != me.id
        audit.record(
            s, actor, "user.password_reset", "user", user.id,
            must_change=user.must_change_password,
        )  # fmt: skip


def list_users(db: Database, actor: Actor) -> list[UserRow]:
    """Administrators see everyone; supervisors see their team (to assign clients)."""
    with db.read() as s:
        me = load_user(s, actor, ADMIN, SUPERVISOR)
        q = select(User).order_by(func.lower(User.full_name))
        if ADMIN not in me.role_names:
            q = q.where((User.supervisor_id == me.id) | (User.id == me.id))
        return [_row(s, u) for u in s.scalars(q)]


def get_agency(db: Database) -> AgencyRow:
    """Readable by anyone: the name, the demo flag and the rules the app must apply."""
    with db.read() as s:
        a = settings(s)
        return AgencyRow(**{f.name: getattr(a, f.name) for f in fields(AgencyRow)})


def update_agency(db: Database, actor: Actor, expected_version: int, **values: object) -> AgencyRow:
    unknown = set(values) - set(EDITABLE_SETTINGS)
    if unknown:
        raise ValidationError(
            words("unknown setting(s): {unknown}", unknown=", ".join(sorted(unknown)))
        )
    if "name" in values and not str(values["name"]).strip():
        raise ValidationError({"name": words("the agency needs a name")})
    for key in (
        "idle_lock_minutes",
        "late_entry_hours",
        "referral_stale_days",
        "max_failed_logins",
    ):
        value = values.get(key, 1)
        if not isinstance(value, int) or value < 1:
            raise ValidationError(
                {
                    key: words(
                        "{field} must be a whole number of at least 1", field=key.replace("_", " ")
                    )
                }
            )
    for key in SWITCHES:
        if key in values and not isinstance(values[key], bool):
            raise ValidationError({key: words("{field} is on or off", field=key.replace("_", " "))})
    low, high = NO_CONTACT_DAYS
    days = values.get("no_contact_days", low)
    if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
        raise ValidationError(
            {
                "no_contact_days": words(
                    "the no-contact list counts between {low} and {high:,} days", low=low, high=high
                )
            }
        )
    _check_needs_contact_days(values)
    month = values.get("fiscal_year_start_month", 4)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError(
            {"fiscal_year_start_month": words("the fiscal year starts in a month from 1 to 12")}
        )
    with saving(db) as s:
        load_user(s, actor, ADMIN)
        a = settings(s)
        AGENCY_LOCK.check(s, a, expected_version)
        before = {k: getattr(a, k) for k in EDITABLE_SETTINGS}
        for k, v in values.items():
            setattr(a, k, v)
        if a.needs_contact_imminent_days > a.needs_contact_high_days:
            raise ValidationError(
                {
                    "needs_contact_imminent_days": words(
                        "imminent risk needs contact at least as "
                        "soon as high risk (fewer days or the same)"
                    )
                }
            )
        s.flush()
        after = {k: getattr(a, k) for k in EDITABLE_SETTINGS}
        audit.record(
            s, actor, "agency.changed", "agency", a.id, changes=audit.changes(before, after)
        )
    return get_agency(db)


def _check_needs_contact_days(values: dict[str, object]) -> None:
    """Each "needs contact" day count is a whole number in its range (never switched off)."""
    for key, risk, low, high in NEEDS_CONTACT_DAYS:
        if key not in values:
            continue
        days = values[key]
        if isinstance(days, bool) or not isinstance(days, int) or not low <= days <= high:
            raise ValidationError(
                {
                    key: words(
                        "a client at {risk} risk needs contact within {low} to {high} days",
                        risk=risk,
                        low=low,
                        high=high,
                    )
                }
            )
