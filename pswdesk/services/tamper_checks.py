"""What the audit and the schema say must be there, and is it: for ``pswdesk verify``.

The keyed chain proves the log was not rewritten; it says nothing of a signed
note un-signed or re-hashed, or a safety-plan version deleted, by someone who
first dropped the triggers that forbid it. So verify also checks:

- every trigger (and, on PostgreSQL, every pswdesk function they run) is there,
  enabled and exactly as the migrations made it. The expected definitions are
  fingerprints in ``trigger_definitions.py``, taken from a freshly migrated
  database (``tests/test_tamper.py`` checks they still match the migrations);
- every note the audit says was signed (or filed without review) is still approved,
  with the content hash recorded in its "note.approved" (or "note.filed") entry;
  every addendum and safety-plan version the audit recorded still exists (the
  addendum with its hash).
- every handover, release and acknowledgement the audit recorded still exists.

docs/ARCHITECTURE.md, Security model.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pswdesk.models import (
    Addendum,
    AuditEntry,
    Disclosure,
    DisclosureRelease,
    EmergencyAcknowledgement,
    Note,
    SafetyPlan,
)
from pswdesk.services.trigger_definitions import POSTGRESQL, SQLITE
from pswdesk.vocabulary import NoteStatus

_SPACE = re.compile(r"\s+")


def fingerprint(definition: str) -> str:
    """SHA-256 of a definition with its white space collapsed (128 bits, in hex)."""
    return hashlib.sha256(_SPACE.sub(" ", definition).strip().encode()).hexdigest()[:32]


def live_definitions(session: Session) -> dict[str, str]:
    """Each trigger's (and PostgreSQL pswdesk function's) fingerprint, by kind and name.

    Keys are ``trigger NAME`` and ``function NAME``; a PostgreSQL trigger that is
    disabled gets ``disabled`` in its fingerprint, so it no longer matches.
    """
    found: dict[str, str] = {}
    if session.get_bind().dialect.name == "sqlite":
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
        for name, sql in rows:
            found[f"trigger {name}"] = fingerprint(sql or "")
        return found
    schema = session.scalar(text("SELECT current_schema()")) or "public"
    rows = session.execute(
        text(
            "SELECT t.tgname, pg_get_triggerdef(t.oid), t.tgenabled FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    ).all()
    for name, definition, enabled in rows:
        body = definition.replace(f" {schema}.", " ")
        found[f"trigger {name}"] = fingerprint(body if enabled == "O" else f"{body} disabled")
    rows = session.execute(
        text(
            "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.proname LIKE 'pswdesk%'"
        )
    ).all()
    for name, definition in rows:
        found[f"function {name}"] = fingerprint(definition.replace(f" {schema}.", " "))
    return found


def trigger_problems(session: Session) -> list[str]:
    """Triggers (and functions) missing, changed, disabled or added since the migrations."""
    expected = SQLITE if session.get_bind().dialect.name == "sqlite" else POSTGRESQL
    live = live_definitions(session)
    problems: list[str] = []
    for name in sorted(expected):
        if name not in live:
            problems.append(f"{name} is missing: it was dropped")
        elif live[name] != expected[name]:
            problems.append(f"{name} is not as the migrations made it (changed or disabled)")
    for name in sorted(set(live) - set(expected)):
        problems.append(f"{name} was added outside pswdesk's migrations")
    return problems


def signed_record_problems(session: Session) -> list[str]:
    """Signed notes, addenda and safety-plan versions the audit recorded, checked against now."""
    problems: list[str] = []
    q = (
        select(AuditEntry.id, AuditEntry.action, AuditEntry.entity_id, AuditEntry.details)
        .where(
            AuditEntry.action.in_(
                ("note.approved", "note.filed", "note.addendum", "safety_plan.saved")
            )
        )
        .order_by(AuditEntry.id)
    )
    notes = {
        n.id: (n.status, n.content_hash)
        for n in session.execute(select(Note.id, Note.status, Note.content_hash))
    }
    addenda = {a_id: h for a_id, h in session.execute(select(Addendum.id, Addendum.content_hash))}
    plans = set(session.scalars(select(SafetyPlan.id)))
    for entry_id, action, entity_id, details in session.execute(q):
        details = details or {}
        if action in ("note.approved", "note.filed"):
            problems += _signed_note(entry_id, entity_id, details.get("hash"), notes)
        elif action == "note.addendum":
            addendum_id = details.get("addendum_id")
            if addendum_id not in addenda:
                problems.append(
                    f"addendum {addendum_id} on note {entity_id} (audit entry {entry_id}) "
                    "was deleted"
                )
            elif details.get("hash") and addenda[addendum_id] != details["hash"]:
                problems.append(
                    f"addendum {addendum_id} on note {entity_id} no longer has the hash it "
                    f"was signed with (audit entry {entry_id})"
                )
        elif entity_id not in plans:
            problems.append(f"safety plan version {entity_id} (audit entry {entry_id}) was deleted")
    return problems


def _signed_note(
    entry_id: int,
    note_id: int | None,
    signed_hash: object,
    notes: dict[int, tuple[str, str | None]],
) -> list[str]:
    if note_id not in notes:
        return [f"note {note_id}, signed in audit entry {entry_id}, was deleted"]
    status, stored = notes[note_id]
    if status != NoteStatus.APPROVED:
        return [f"note {note_id}, signed in audit entry {entry_id}, is no longer signed ({status})"]
    if signed_hash and stored != signed_hash:
        return [
            f"note {note_id} no longer has the content hash it was signed with "
            f"(audit entry {entry_id}): re-hashed after an edit"
        ]
    return []


def disclosure_problems(session: Session) -> list[str]:
    """Every handover, release and acknowledgement the audit recorded, still there.

    Releases and acknowledgements have no triggers (migration 0017): on a server the
    PCs' login may only add to them, but a file can be edited by anyone who holds it,
    and a handover whose release was deleted would drop out of the client's accounting.
    """
    actions = ("disclosure", "disclosure.released", "disclosure.acknowledged")
    q = (
        select(AuditEntry.id, AuditEntry.action, AuditEntry.entity_id, AuditEntry.details)
        .where(AuditEntry.action.in_(actions))
        .order_by(AuditEntry.id)
    )
    made = set(session.scalars(select(Disclosure.id)))
    kept = {
        ("disclosure.released", r.id, r.disclosure_id)
        for r in session.execute(select(DisclosureRelease.id, DisclosureRelease.disclosure_id))
    } | {
        ("disclosure.acknowledged", a.id, a.disclosure_id)
        for a in session.execute(
            select(EmergencyAcknowledgement.id, EmergencyAcknowledgement.disclosure_id)
        )
    }
    problems: list[str] = []
    for entry_id, action, entity_id, details in session.execute(q):
        details = details or {}
        if action == "disclosure":
            if entity_id not in made:
                problems.append(f"handover {entity_id} (audit entry {entry_id}) was deleted")
            continue
        key = "release_id" if action == "disclosure.released" else "acknowledgement_id"
        row_id = details.get(key)
        if (action, row_id, entity_id) in kept:
            continue
        if action == "disclosure.released":
            problems.append(
                f"the release of handover {entity_id} (audit entry {entry_id}) was deleted: "
                "it no longer counts as disclosed"
            )
        else:
            problems.append(
                f"the acknowledgement of emergency disclosure {entity_id} "
                f"(audit entry {entry_id}) was deleted"
            )
    return problems
