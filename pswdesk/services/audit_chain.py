"""The audit log's keyed chain: each entry's HMAC over its content and the previous MAC.

The SHA-256 chain of ``services/audit.py`` shows an edit only to someone who
cannot recompute hashes, which anyone holding the file can. So each entry also
carries an HMAC-SHA256 with the agency's audit key, derived from the agency
secret (``Purpose.AUDIT``) and never stored in the database: over the entry's id,
content and hash, and the previous entry's MAC (its hash for an entry written
before the chain was keyed). Editing, inserting or re-ordering entries then needs
the key; removing entries leaves a gap in the ids (each entry takes the next id,
under the writers' lock) or, at the end, a log shorter than a signed checkpoint
says (``services/checkpoints.py``). docs/ARCHITECTURE.md, Security model.

The secret of an encrypted SQLite file is the one that opened it. A PostgreSQL
database or a plain SQLite file has none of its own: it is looked up by the
agency's id (``agency_settings.agency_uid``) in the keyring, then in
``PSWDESK_DB_KEY``. A computer without it writes entries without a MAC, which
``verify`` reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import uuid
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pswdesk import keys
from pswdesk.db import Database
from pswdesk.keys import AgencySecret, Purpose
from pswdesk.models import AgencySettings, AuditEntry

GENESIS = "0" * 64
#: Written by ``key_admin.rekey`` with the new key: the entries before it carry MACs of
#: the old key, which verify cannot check; this entry's MAC covers their last hash and
#: MAC, so it seals them as the first keyed entry seals the unkeyed ones.
NEW_KEY = "audit.new_key"
_MAC_LABEL = b"pswdesk audit entry v1\n"
#: The Database a session belongs to (set by ``Database``'s session factories).
SESSION_DATABASE = "pswdesk.database"

# Looked up once per open Database: a keyring call per audit entry would be slow.
_secrets: weakref.WeakKeyDictionary[Database, AgencySecret | None] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class ChainHead:
    """Where the log ends: what a checkpoint signs."""

    entries: int
    last_id: int | None
    head: str  # the last entry's MAC, or its hash when it has none (GENESIS when empty)


@dataclass(slots=True)
class ChainReport:
    problems: list[str]
    head: ChainHead
    keyed: int  # entries that carry a MAC
    first_keyed_id: int | None


# -- the key --------------------------------------------------------------------------------


def agency_secret(db: Database) -> AgencySecret | None:
    """The agency secret this computer holds for ``db``, or None.

    An encrypted SQLite file: the secret that opened it. Otherwise the keyring's
    entry under the agency's id, then ``PSWDESK_DB_KEY``. Cached per open database
    once found; an agency not set up yet is asked again next time.
    """
    if db.secret is not None:
        return db.secret
    if db in _secrets:
        return _secrets[db]
    with db.read() as s:
        uid = s.scalar(select(AgencySettings.agency_uid).limit(1))
    if not uid:
        return None  # no agency yet: nothing to cache
    secret = _lookup(uid)
    _secrets[db] = secret
    return secret


def remember_secret(db: Database, secret: AgencySecret) -> None:
    """Use ``secret`` for ``db`` from now on (``pswdesk init`` on a server, which makes one)."""
    _secrets[db] = secret


def _lookup(agency_uid: str) -> AgencySecret | None:
    try:
        stored = keys.load_secret(uuid.UUID(agency_uid))
    except (keys.KeyringUnavailable, ValueError):
        stored = None
    if stored is not None:
        return stored
    try:
        return keys.secret_from_environment()
    except keys.InvalidRecoveryKey:
        return None


def audit_key(secret: AgencySecret | None) -> bytes | None:
    return secret.derive(Purpose.AUDIT) if secret is not None else None


def session_key(session: Session) -> bytes | None:
    """The audit key for the database ``session`` writes to (None: no secret here)."""
    db = session.info.get(SESSION_DATABASE)
    if not isinstance(db, Database):
        return None
    if db.secret is not None:
        return audit_key(db.secret)
    if db in _secrets:
        return audit_key(_secrets[db])
    uid = session.scalar(select(AgencySettings.agency_uid).limit(1))
    if not uid:
        return None
    secret = _lookup(uid)
    _secrets[db] = secret
    return audit_key(secret)


# -- one entry ------------------------------------------------------------------------------


def _content(e: AuditEntry) -> bytes:
    at = e.at.astimezone(dt.UTC).isoformat(timespec="microseconds")
    body: dict[str, Any] = {
        "id": e.id,
        "at": at,
        "actor_id": e.actor_id,
        "actor_name": e.actor_name,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "details": e.details,
        "prev_hash": e.prev_hash,
        "hash": e.hash,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def entry_mac(key: bytes, entry: AuditEntry, previous_link: str) -> str:
    """HMAC-SHA256 over the entry (id, content, hashes) and the previous entry's link."""
    message = _MAC_LABEL + previous_link.encode("ascii") + b"\n" + _content(entry)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def link(mac: str | None, hash_: str) -> str:
    """What the next entry's MAC covers: this entry's MAC, or its hash when it has none."""
    return mac or hash_


def seal(session: Session, entry: AuditEntry, previous_link: str) -> str | None:
    """The MAC for a new entry (its id, hash and other fields set), or None without a key."""
    key = session_key(session)
    return entry_mac(key, entry, previous_link) if key is not None else None


# -- the whole chain ------------------------------------------------------------------------


def verify(session: Session, key: bytes | None) -> ChainReport:
    """Walk the log oldest first: hashes, MACs (with ``key``), consecutive ids after keying.

    One problem per entry found edited, inserted or missing; entries after the first
    keyed one that carry no MAC are counted in one line.
    """
    from pswdesk.services.audit import entry_hash

    problems: list[str] = []
    checked_from = _newest_key_start(session, key)
    prev_hash = prev_link = GENESIS
    prev_id: int | None = None
    first_keyed: int | None = None
    keyed = count = 0
    unkeyed_after: list[int] = []
    rows = session.execute(
        select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000)
    ).scalars()
    for e in rows:
        count += 1
        if first_keyed is not None and prev_id is not None and e.id != prev_id + 1:
            gap = f"{prev_id + 1}" if e.id == prev_id + 2 else f"{prev_id + 1} to {e.id - 1}"
            problems.append(f"audit entry {gap} missing: deleted from the log")
        if e.prev_hash != prev_hash:
            problems.append(f"audit entry {e.id}: previous entry missing or altered")
        elif entry_hash(e) != e.hash:
            problems.append(f"audit entry {e.id}: content altered")
        if e.mac is None:
            if first_keyed is not None:
                unkeyed_after.append(e.id)
        else:
            keyed += 1
            if first_keyed is None:
                first_keyed = e.id
            # Entries before the newest rekey carry the old key's MACs (see NEW_KEY).
            checkable = key is not None and e.id >= checked_from
            if checkable and key and not hmac.compare_digest(e.mac, entry_mac(key, e, prev_link)):
                problems.append(
                    f"audit entry {e.id}: its MAC does not match: the entry was edited or "
                    "inserted, or the one before it removed"
                )
        prev_hash, prev_link, prev_id = e.hash, link(e.mac, e.hash), e.id
    if unkeyed_after:
        n = len(unkeyed_after)
        problems.append(
            f"{n} audit entr{'ies' if n != 1 else 'y'} after the first keyed one carr"
            f"{'y' if n != 1 else 'ies'} no MAC (first: entry {unkeyed_after[0]}): written "
            "on a computer without the agency key, or added by someone without it"
        )
    return ChainReport(problems, ChainHead(count, prev_id, prev_link), keyed, first_keyed)


def _newest_key_start(session: Session, key: bytes | None) -> int:
    """The id of the newest ``NEW_KEY`` entry that ``key`` made (0: none); MACs from it on."""
    if key is None:
        return 0
    q = select(AuditEntry).where(AuditEntry.action == NEW_KEY).order_by(AuditEntry.id.desc())
    for e in session.scalars(q):
        before = session.execute(
            select(AuditEntry.mac, AuditEntry.hash)
            .where(AuditEntry.id < e.id)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        previous = link(before.mac, before.hash) if before is not None else GENESIS
        if e.mac and hmac.compare_digest(e.mac, entry_mac(key, e, previous)):
            return e.id
    return 0


def mark_new_key(db: Database) -> None:
    """After a rekey or encrypt: the first entry under the new key (see ``NEW_KEY``).

    Only when the log's newest MAC was made with another key: a log without MACs is
    sealed by its first keyed entry anyway, and the same key needs no boundary.
    """
    from pswdesk.services import audit

    with db.write() as s:
        key = session_key(s)
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()
        if key is None or last is None or last.mac is None:
            return
        before = s.execute(
            select(AuditEntry.mac, AuditEntry.hash)
            .where(AuditEntry.id < last.id)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        previous = link(before.mac, before.hash) if before is not None else GENESIS
        if hmac.compare_digest(last.mac, entry_mac(key, last, previous)):
            return
        audit.record(s, None, NEW_KEY, "database", None)


def head(session: Session) -> ChainHead:
    """The log's end now: number of entries, last id and its link."""
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    last = session.execute(
        select(AuditEntry.id, AuditEntry.mac, AuditEntry.hash).order_by(AuditEntry.id.desc())
    ).first()
    if last is None:
        return ChainHead(0, None, GENESIS)
    return ChainHead(count, last.id, link(last.mac, last.hash))


def entry_link(session: Session, entry_id: int) -> tuple[int, str] | None:
    """(entries up to ``entry_id``, that entry's link), or None when there is no such entry."""
    row = session.execute(
        select(AuditEntry.mac, AuditEntry.hash).where(AuditEntry.id == entry_id)
    ).first()
    if row is None:
        return None
    upto = session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= entry_id)
    )
    return int(upto or 0), link(row.mac, row.hash)


def server_secret(db: Database) -> tuple[AgencySecret, bool, str | None]:
    """For a database with no SQLCipher key of its own (PostgreSQL): its agency secret.

    ``pswdesk init`` calls it once the agency exists. ``PSWDESK_DB_KEY`` when set,
    else a new random secret, kept in the keyring under the agency's id. Returns
    (secret, made_now, why the keyring could not keep it or None).
    """
    with db.read() as s:
        uid = s.scalar(select(AgencySettings.agency_uid).limit(1)) or ""
    secret = keys.secret_from_environment()
    made = secret is None
    if secret is None:
        secret = AgencySecret.generate()
    problem = None
    if made:
        try:
            keys.store_secret(uuid.UUID(uid), secret)
        except keys.KeyringUnavailable as exc:
            problem = str(exc)
    remember_secret(db, secret)
    return secret, made, problem
