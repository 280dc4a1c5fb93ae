"""``pswdesk db grant ROLE``: the PCs' login on a PostgreSQL server gets the app's rights only.

Run with the owner's login (the one that ran the migrations). Who may ask and
what is refused live here; the rights themselves in ``pswdesk/server_grants.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pswdesk import server_grants
from pswdesk.db import Database
from pswdesk.errors import PermissionDenied, ValidationError
from pswdesk.services import audit
from pswdesk.wording import words


@dataclass(frozen=True, slots=True)
class GrantReport:
    role: str
    owner: str
    tables: int


def grant_app_role(db: Database, role: str) -> GrantReport:
    """Give ``role`` the app's rights and nothing more; only the tables' owner may."""
    if db.is_sqlite:
        raise ValidationError(
            words("logins and their rights are for a PostgreSQL server; an SQLite file has none")
        )
    try:
        with db.write() as s:
            owner = _check(s, role)
            tables = server_grants.apply(s.connection(), role)
            audit.record(s, None, "server.login_granted", "database", None, role=role)
    except DBAPIError as exc:
        raise PermissionDenied(
            words("the server refused the grant: {exc}", exc=_reason(exc))
        ) from None
    return GrantReport(role, owner, tables)


def _check(s: Session, role: str) -> str:
    owner = server_grants.table_owner(s.connection())
    if owner is None:
        raise ValidationError(
            words("this database has no pswdesk tables yet: set up the agency first")
        )
    if not s.scalar(text("SELECT pg_has_role(current_user, :o, 'USAGE')"), {"o": owner}):
        raise PermissionDenied(
            words(
                "only the tables' owner ({owner}) may grant rights: "
                "run this with the owner's login",
                owner=owner,
            )
        )
    found = s.execute(
        text(
            "SELECT rolsuper, pg_has_role(oid, :o, 'USAGE') AS acts_as_owner "
            "FROM pg_roles WHERE rolname = :r"
        ),
        {"r": role, "o": owner},
    ).first()
    if found is None:
        raise ValidationError(
            words(
                "there is no role named {role} on this server: create the PCs' login first (CREATE "
                "ROLE {role} LOGIN PASSWORD '…')",
                role=role,
            )
        )
    if found.rolsuper or found.acts_as_owner or role == server_grants.AUDIT_WRITER:
        raise ValidationError(
            words(
                "{role} is a superuser or may act as the tables' owner ({owner}), so no grant can "
                "hold it back: give the PCs a login of their own",
                role=role,
                owner=owner,
            )
        )
    return str(owner)


def _reason(exc: DBAPIError) -> str:
    text_ = str(exc.orig or exc).strip()
    return text_.splitlines()[0].removeprefix("ERROR:").strip() if text_ else "no reason given"
