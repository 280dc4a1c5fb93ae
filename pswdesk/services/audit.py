"""The append-only audit log, each entry chained to the one before by SHA-256.

An entry's hash covers its own fields and the previous entry's hash, so editing
or deleting any entry breaks every hash after it; ``verify_chain`` finds the
first break. The database also refuses UPDATE/DELETE on the table (migration 0002).

What an entry may hold (the minimum necessary): who, when, the action, which
record, and which fields changed. Administrators and supervisors read the log,
and an administrator may not read clients, so the log never holds clinical or
personal content:

- note and record content (note steps, goals, strengths, safety plans, referrals,
  consents, care-team members, follow-ups, reasons and comments typed by staff) and
  client demographics (names, phone, email, date of birth, address) are personal
  information: record only the names of the fields that changed
  (``changed_fields``), never their values. Their history lives in the note's
  submissions and the records' versions, which only clinical roles can read;
- administrative fields (roles, assignments, agency, backup and user-account
  settings, statuses, dates such as ``revoked_on`` or ``done_at``) may keep their
  before and after values (``changes``);
- other details are ids, counts, flags, codes and hashes, never free text typed
  about a client (a return comment or a close reason is recorded as given, not copied).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, bindparam, event, select, text
from sqlalchemy.orm import Session, SessionTransaction

from pswdesk.db import Database
from pswdesk.models import TS, AuditEntry, User, utcnow
from pswdesk.services import audit_chain
from pswdesk.services.access import ADMIN, SUPERVISOR, Actor, load_user

GENESIS = "0" * 64


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
    """Append one entry inside the caller's transaction (so it commits or rolls back with it).

    On PostgreSQL the entry joins the chain as the transaction commits (``_chain_pending``):
    the chain is one line, so every writer waits for its tail, and taken here the lock
    would be held through the rest of the caller's work too (docs/ARCHITECTURE.md, Under
    load). SQLite's BEGIN IMMEDIATE already serialises whole write transactions.
    """
    entry = AuditEntry(
        actor_id=actor.id if actor else None,
        actor_name=actor.username if actor else "",
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=jsonable(details),
    )
    if session.get_bind().dialect.name == "postgresql":
        session.info.setdefault(_PENDING, []).append(entry)
        return
    _chain(session, [entry])


#: Where a PostgreSQL transaction keeps its entries until it commits.
_PENDING = "pswdesk.audit.pending"


def _chain(session: Session, entries: list[AuditEntry]) -> None:
    """Give ``entries`` the next ids, their time and hashes, and add them where the chain ends."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:
        # Serialise writers on the chain's tail, until the commit that follows.
        session.execute(text("SELECT pg_advisory_xact_lock(728153)"))
    session.flush()
    # Each entry takes the next id itself, under the writers' lock, so a gap is a deletion.
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash, AuditEntry.mac).order_by(AuditEntry.id.desc())
    ).first()
    last_id, last_hash, last_mac = (last.id, last.hash, last.mac) if last else (0, None, None)
    for entry in entries:
        entry.id = last_id + 1
        entry.at = utcnow()
        entry.prev_hash = last_hash or GENESIS
        entry.hash = _entry_hash(entry)
        # The keyed chain (services/audit_chain.py): None on a computer without the agency key.
        previous_link = audit_chain.link(last_mac, last_hash) if last_hash else GENESIS
        entry.mac = audit_chain.seal(session, entry, previous_link)
        if postgresql:
            # The PCs' login may not INSERT into audit_log (``pswdesk db grant``): the one
            # way in is this function, which adds an entry only where the chain ends
            # (migration 0011).
            session.execute(_APPEND, _append_values(entry))
        else:
            session.add(entry)
        last_id, last_hash, last_mac = entry.id, entry.hash, entry.mac
    if not postgresql:
        session.flush()


@event.listens_for(Session, "before_commit")
def _chain_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending:
        _chain(session, pending)


@event.listens_for(Session, "after_transaction_end")
def _drop_pending(session: Session, transaction: SessionTransaction) -> None:
    """A transaction rolled back takes its entries with it."""
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


_APPEND = text(
    "SELECT pswdesk_audit_append(:id, :at, CAST(:actor_id AS integer), :actor_name, "
    ":action, :entity, CAST(:entity_id AS integer), CAST(:details AS json), :prev_hash, "
    ":hash, :mac)"
).bindparams(bindparam("at", type_=TS), bindparam("details", type_=JSON))


def _append_values(e: AuditEntry) -> dict[str, Any]:
    names = ("id", "at", "actor_id", "actor_name", "action", "entity", "entity_id")
    values = {n: getattr(e, n) for n in names}
    return values | {"details": e.details, "prev_hash": e.prev_hash, "hash": e.hash, "mac": e.mac}


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The names of the fields whose values differ, sorted: for content and personal fields."""
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def filled_fields(values: dict[str, Any]) -> list[str]:
    """The names of the fields that hold something, sorted: what a new (or deleted) record had."""
    return sorted(k for k, v in values.items() if v is not False and v not in (None, "", [], ()))


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Administrative fields only: the ones that changed, as {field: [before, after]}."""
    return {
        k: [jsonable(before.get(k)), jsonable(after.get(k))] for k in changed_fields(before, after)
    }


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]


def verify_chain(session: Session, key: bytes | None = None) -> list[str]:
    """Problems found in the chain, oldest first; empty when intact.

    With the audit key the MACs are checked too (``audit_chain.verify``).
    """
    return audit_chain.verify(session, key).problems


def entry_hash(e: AuditEntry) -> str:
    """The SHA-256 an entry's ``hash`` must hold (for ``audit_chain``)."""
    return _entry_hash(e)


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
