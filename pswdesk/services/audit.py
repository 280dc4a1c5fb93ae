"""The append-only audit log, each entry chained to the one before by SHA-256.

An entry's hash covers its own fields and the previous entry's hash, so editing
or deleting any entry breaks every hash after it; ``verify_chain`` finds the
first break. The database also refuses UPDATE/DELETE on the table (migration 0002).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.models import AuditEntry, User, utcnow
from pswdesk.services.access import ADMIN, SUPERVISOR, Actor, load_user

GENESIS = "0" * 64
#: Entries keep before/after values, but an autosaved 100,000-character note step
#: would otherwise be copied twice into the log on every save. Longer texts are cut
#: and carry a SHA-256 of the whole text, which still proves what it was.
TEXT_LIMIT = 500


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_canonical(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return value


def jsonable(value: Any) -> Any:
    """Dates and sets made JSON-safe, for details and content hashes."""
    return _canonical(value)


def digest(payload: Any) -> str:
    blob = json.dumps(
        _canonical(payload), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _entry_hash(e: AuditEntry) -> str:
    return digest(
        {
            "prev": e.prev_hash,
            "at": e.at,
            "actor_id": e.actor_id,
            "actor_name": e.actor_name,
            "action": e.action,
            "entity": e.entity,
            "entity_id": e.entity_id,
            "details": e.details,
        }
    )


def record(
    session: Session,
    actor: Actor | User | None,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    **details: Any,
) -> None:
    """Append one entry inside the caller's transaction (so it commits or rolls back with it)."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise writers on the chain's tail; SQLite's BEGIN IMMEDIATE already does.
        session.execute(text("SELECT pg_advisory_xact_lock(728153)"))
    session.flush()
    prev = session.scalars(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    entry = AuditEntry(
        at=utcnow(),
        actor_id=actor.id if actor else None,
        actor_name=actor.username if actor else "",
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=jsonable(details),
        prev_hash=prev or GENESIS,
    )
    entry.hash = _entry_hash(entry)
    session.add(entry)
    session.flush()


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Only the fields that changed, as {field: [before, after]}."""
    return {
        k: [jsonable(before.get(k)), jsonable(after.get(k))]
        for k in sorted(set(before) | set(after))
        if before.get(k) != after.get(k)
    }


def clipped(value: Any) -> Any:
    """A value for the log, a text over ``TEXT_LIMIT`` cut and followed by its length and hash."""
    value = jsonable(value)
    if isinstance(value, str) and len(value) > TEXT_LIMIT:
        whole = hashlib.sha256(value.encode("utf-8")).hexdigest()
        return f"{value[:TEXT_LIMIT]}… [{len(value):,} characters, sha256 {whole}]"
    return value


def clipped_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """``changes`` with long texts ``clipped``."""
    return {k: [clipped(a), clipped(b)] for k, (a, b) in changes(before, after).items()}


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]


def verify_chain(session: Session) -> list[str]:
    """Problems found in the chain, oldest first; empty when intact."""
    problems: list[str] = []
    prev = GENESIS
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for e in rows:
        if e.prev_hash != prev:
            problems.append(f"audit entry {e.id}: previous entry missing or altered")
        elif _entry_hash(e) != e.hash:
            problems.append(f"audit entry {e.id}: content altered")
        prev = e.hash
    return problems


def list_entries(
    db: Database, actor: Actor, *, offset: int = 0, limit: int = 200, action: str | None = None
) -> list[AuditRow]:
    """Newest first. Administrators, and supervisors (who may read it, not change it)."""
    with db.read() as s:
        load_user(s, actor, ADMIN, SUPERVISOR)
        q = select(AuditEntry).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        if action:
            q = q.where(AuditEntry.action == action)
        return [
            AuditRow(e.id, e.at, e.actor_name, e.action, e.entity, e.entity_id, e.details)
            for e in s.scalars(q)
        ]
