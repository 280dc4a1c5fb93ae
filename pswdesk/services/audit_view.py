"""The audit log as people read it: plain words, names, filters, scope and a CSV export.

Administrators see every entry. A supervisor sees the entries made by their team
(themselves and the workers who report to them) and the entries about the clients
they may see. Each line names the acting person and the record ("Client 12 – Sam"
only for a viewer who may see that client, else "Client 12"), and its details say
which fields changed, never what they hold (``audit``, the minimum necessary):
even an entry written before that rule is shown by its field names only.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, case, func, or_, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import PswdeskError
from pswdesk.models import AuditEntry, Client, Note, User
from pswdesk.services import audit
from pswdesk.services.access import (
    ADMIN,
    SUPERVISOR,
    Actor,
    load_user,
    team_ids,
    visible_client_filter,
)
from pswdesk.services.audit_actions import action_label, entity_label, field_label
from pswdesk.wording import words

EXPORTED = "audit.exported"
NOBODY = "(not signed in)"
#: Keys whose values are codes from the vocabulary (never typed text), shown as they are.
CODE_KEYS = frozenset(
    {"status", "kind", "how_given", "roles", "scope", "sections", "report", "format"}
)
#: Keys whose before and after values may be shown: statuses, roles and flags.
VALUE_CHANGE_KEYS = frozenset({"status", "roles", "active", "is_demo", "late_entry", "keep"})
#: Keys holding lists of field names.
FIELD_LIST_KEYS = {
    "fields": "Changed",
    "self_care_changed": "Self-care fields changed",
    "client_fields": "Client fields updated",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
CSV_HEADER = ("Entry", "When", "Who", "Action", "Record", "Client", "Details")


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What to show; every part is optional. Dates are the viewer's local calendar days."""

    person_id: int | None = None
    client_id: int | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True, slots=True)
class AuditLine:
    id: int
    at: dt.datetime
    who: str
    action: str
    action_label: str
    record: str
    client: str
    details: str


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str


# -- what the viewer may see ----------------------------------------------------------------


def _client_of() -> ColumnElement[int | None]:
    """The client an entry is about: the record itself, the note's client, or details."""
    named = AuditEntry.details["client_id"].as_integer()
    note_client = select(Note.client_id).where(Note.id == AuditEntry.entity_id).scalar_subquery()
    return case(
        (AuditEntry.entity == "client", AuditEntry.entity_id),
        (AuditEntry.entity == "note", func.coalesce(named, note_client)),
        else_=named,
    ).cast(Integer)


def _viewer(s: Session, actor: Actor) -> User:
    return load_user(s, actor, ADMIN, SUPERVISOR)


def _scoped(s: Session, me: User, filt: AuditFilter) -> Select[AuditEntry]:
    q = select(AuditEntry)
    client_of = _client_of()
    if ADMIN not in me.role_names:
        visible = select(Client.id).where(visible_client_filter(s, me))
        q = q.where(or_(AuditEntry.actor_id.in_(team_ids(s, me)), client_of.in_(visible)))
    if filt.person_id is not None:
        q = q.where(AuditEntry.actor_id == filt.person_id)
    if filt.client_id is not None:
        q = q.where(client_of == filt.client_id)
    if filt.action:
        q = q.where(AuditEntry.action == filt.action)
    if filt.date_from is not None:
        q = q.where(AuditEntry.at >= _local_midnight(filt.date_from))
    if filt.date_to is not None:
        q = q.where(AuditEntry.at < _local_midnight(filt.date_to + dt.timedelta(days=1)))
    return q


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min).astimezone().astimezone(dt.UTC)


# -- reading --------------------------------------------------------------------------------


def list_lines(
    db: Database, actor: Actor, filt: AuditFilter | None = None, *, offset: int = 0,
    limit: int = 200,
) -> list[AuditLine]:  # fmt: skip
    """One page of the entries the viewer may see, newest first."""
    filt = filt or AuditFilter()
    with db.read() as s:
        me = _viewer(s, actor)
        q = _scoped(s, me, filt).order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
        return _lines(s, me, list(s.scalars(q)))


def count_lines(db: Database, actor: Actor, filt: AuditFilter | None = None) -> int:
    with db.read() as s:
        me = _viewer(s, actor)
        q = _scoped(s, me, filt or AuditFilter()).with_only_columns(func.count(AuditEntry.id))
        return s.scalar(q.order_by(None)) or 0


def people(db: Database, actor: Actor) -> list[Person]:
    """Whom the viewer may filter by: everyone for an administrator, else their team."""
    with db.read() as s:
        me = _viewer(s, actor)
        q = select(User.id, User.full_name, User.username).order_by(User.full_name, User.id)
        if ADMIN not in me.role_names:
            q = q.where(User.id.in_(team_ids(s, me)))
        return [Person(uid, full or name) for uid, full, name in s.execute(q)]


def _lines(s: Session, me: User, entries: list[AuditEntry]) -> list[AuditLine]:
    client_ids = {c for e in entries if (c := _entry_client(e)) is not None}
    user_ids = {e.actor_id for e in entries if e.actor_id is not None}
    user_ids |= {e.entity_id for e in entries if e.entity == "user" and e.entity_id}
    names = dict(s.execute(select(User.id, User.full_name).where(User.id.in_(user_ids))).all())
    seen: dict[int, str] = {}
    if client_ids:
        q = select(Client.id, Client.preferred_name).where(
            Client.id.in_(client_ids), visible_client_filter(s, me)
        )
        seen = dict(s.execute(q).all())
    note_clients = _note_clients(s, [e for e in entries if e.entity == "note"])
    return [_line(e, names, seen, note_clients) for e in entries]


def _entry_client(e: AuditEntry) -> int | None:
    if e.entity == "client":
        return e.entity_id
    value = (e.details or {}).get("client_id")
    return value if isinstance(value, int) else None


def _note_clients(s: Session, entries: list[AuditEntry]) -> dict[int, int]:
    """The client of each note entry that does not name one itself (older entries)."""
    ids = {e.entity_id for e in entries if e.entity_id and _entry_client(e) is None}
    if not ids:
        return {}
    return dict(s.execute(select(Note.id, Note.client_id).where(Note.id.in_(ids))).all())


def _client_text(client_id: int | None, seen: dict[int, str]) -> str:
    if client_id is None:
        return ""
    name = seen.get(client_id)
    return f"Client {client_id} – {name}" if name else f"Client {client_id}"


def _line(
    e: AuditEntry, names: dict[int, str], seen: dict[int, str], note_clients: dict[int, int]
) -> AuditLine:
    client_id = _entry_client(e)
    if client_id is None and e.entity == "note" and e.entity_id:
        client_id = note_clients.get(e.entity_id)
    if e.entity == "client":
        record = _client_text(e.entity_id, seen) if e.entity_id else "Clients"
    elif e.entity == "user" and e.entity_id:
        full = names.get(e.entity_id)
        record = f"User {e.entity_id} – {full}" if full else f"User {e.entity_id}"
    elif e.entity_id is not None:
        record = f"{entity_label(e.entity)} {e.entity_id}"
    else:
        record = entity_label(e.entity) if e.entity else ""
    who = names.get(e.actor_id) if e.actor_id is not None else None
    return AuditLine(
        id=e.id,
        at=e.at,
        who=who or e.actor_name or NOBODY,
        action=e.action,
        action_label=action_label(e.action),
        record=record,
        client=_client_text(client_id, seen) if e.entity != "client" else "",
        details=details_text(e.details or {}, e.action),
    )


#: Keys the line shows in a column of its own.
SHOWN_ELSEWHERE = frozenset({"client_id"})
#: Actions whose ``fields`` are those a new (or deleted) record held, not changes.
_FILLED = re.compile(r".*\.(created|added|deleted)$")


def details_text(details: dict[str, Any], action: str = "") -> str:
    """The details in words: which fields changed, ids, counts and flags; never content.

    Strings are left out unless they are vocabulary codes or dates, so even an entry
    written before the minimum-necessary rule shows no typed text here.
    """
    parts: list[str] = []
    for key, value in details.items():
        if key in SHOWN_ELSEWHERE:
            continue
        if key in FIELD_LIST_KEYS and isinstance(value, list):
            if value:
                names = ", ".join(field_label(str(v)) for v in value)
                title = FIELD_LIST_KEYS[key]
                if key == "fields" and _FILLED.match(action):
                    title = "Filled in"
                parts.append(f"{title}: {names}")
        elif key == "changes" and isinstance(value, dict):
            parts.append(_changes_text(value))
        elif key == "values" and isinstance(value, dict):  # entries written before the rule
            filled = [field_label(k) for k, v in value.items() if v not in (None, "", [])]
            if filled:
                parts.append("Fields: " + ", ".join(filled))
        elif (shown := _scalar_text(key, value)) is not None:
            parts.append(f"{field_label(key)}: {shown}")
    return "; ".join(p for p in parts if p)


def _changes_text(changes: dict[str, Any]) -> str:
    parts = []
    for key, pair in changes.items():
        if key in VALUE_CHANGE_KEYS and isinstance(pair, list) and len(pair) == 2:
            before, after = (_code_text(v) for v in pair)
            if before is not None and after is not None:
                parts.append(f"{field_label(key)} {before} → {after}")
                continue
        parts.append(field_label(key))
    return "Changed: " + ", ".join(parts) if parts else ""


def _code_text(value: Any) -> str | None:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and re.fullmatch(r"[a-z][a-z_-]{0,29}", value):
        return value.replace("_", " ").replace("-", " ")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        codes = [_code_text(v) for v in value]
        return ", ".join(c for c in codes if c) or "none"
    return None


def _scalar_text(key: str, value: Any) -> str | None:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return f"{value:,}" if not key.endswith("_id") else str(value)
    if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        if key == "username" or _DATE.match(value):
            return value[:80]
        return _code_text(value) if key in CODE_KEYS else None
    if isinstance(value, list) and key in CODE_KEYS:
        return _code_text(value)
    return None


# -- export ---------------------------------------------------------------------------------


def _csv_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def export_csv(db: Database, actor: Actor, filt: AuditFilter | None, path: Path) -> int:
    """Write every entry of the filtered list to ``path`` as CSV; audited. The rows written."""
    filt = filt or AuditFilter()
    with db.read() as s:
        me = _viewer(s, actor)
        q = _scoped(s, me, filt).order_by(AuditEntry.id.desc())
        lines = _lines(s, me, list(s.scalars(q)))
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_HEADER)
            writer.writerows(_csv_row(line) for line in lines)
    except OSError as exc:
        raise PswdeskError(
            words("cannot write {path}: {reason}", path=path, reason=exc.strerror or exc)
        ) from exc
    with db.write() as s:
        me = _viewer(s, actor)
        shown = {k: v for k, v in asdict(filt).items() if v is not None}
        audit.record(s, me, EXPORTED, "audit", None, rows=len(lines), filters=shown)
    return len(lines)


def _csv_row(line: AuditLine) -> Iterable[str]:
    at = line.at if line.at.tzinfo else line.at.replace(tzinfo=dt.UTC)
    cells = (
        str(line.id), at.astimezone().isoformat(timespec="seconds"), line.who,
        line.action_label, line.record, line.client, line.details,
    )  # fmt: skip
    return [_csv_cell(c) for c in cells]
