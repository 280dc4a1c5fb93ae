"""`pswdesk verify`: does the database still hold what was signed?

The triggers stop changes to signed records, but someone with the file or a
superuser can drop them. So the signatures are checked from scratch: every
approved note's content hash and every addendum's hash are recomputed, the audit
chain is walked with the agency's audit key (``audit_chain``), the triggers and
what the audit says was signed are compared with what is there
(``tamper_checks``), and on SQLite the file's own integrity is checked. ``verify``
also checks the signed checkpoints (``checkpoints``) in the backup folders and any
named; a backup's check does not (an older backup is legitimately shorter).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.models import Addendum, AuditEntry, Note, NoteFiling, NoteSelfCare
from pswdesk.services import audit_chain, checkpoints, tamper_checks
from pswdesk.services.signing import (
    NOTE_CONTENT_FIELDS,
    SELF_CARE_FIELDS,
    addendum_hash,
    content_hash,
)
from pswdesk.vocabulary import NoteStatus

MAX_LISTED = 50  # per check: enough to act on, without burying the summary


@dataclass(slots=True)
class VerifyReport:
    """Counts of what was checked, and every problem found (empty when all is well)."""

    schema: str = ""
    approved_notes: int = 0
    addenda: int = 0
    audit_entries: int = 0
    keyed_entries: int = 0
    checkpoints: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database) -> list[str]:
    """The problems found; an empty list means the database is intact."""
    return check(db).problems


def check(
    db: Database, *, verifying: bool = False, digest_files: Sequence[Path] = ()
) -> VerifyReport:
    """Everything a database can be checked for. ``verifying`` (``pswdesk verify``) adds
    the checkpoints in the backup folders and ``digest_files``, and names a missing key."""
    report = VerifyReport()
    state = db.schema_state()
    report.schema = state.current or "none"
    if not state.up_to_date:
        report.problems.append(
            f"schema is at {state.current or 'nothing'}, expected {state.head}; "
            "run 'pswdesk db upgrade'"
        )
        return report
    secret = audit_chain.agency_secret(db)
    with db.read() as s:
        if db.is_sqlite:
            report.problems += _sqlite_file(s)
        chain = audit_chain.verify(s, audit_chain.audit_key(secret))
        report.problems += _limit(chain.problems, "audit")
        report.audit_entries = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        report.keyed_entries = chain.keyed
        if verifying and secret is None and chain.keyed:
            report.problems.append(
                "this computer does not hold the agency key (keyring or PSWDESK_DB_KEY): "
                f"the MACs of {chain.keyed} audit entries and the checkpoints were not checked"
            )
        report.problems += _limit(tamper_checks.trigger_problems(s), "trigger")
        report.problems += _limit(tamper_checks.signed_record_problems(s), "signed record")
        report.problems += _limit(tamper_checks.disclosure_problems(s), "disclosure")
        if verifying:
            found = [
                p for f in checkpoints.backup_folders(db) for p in checkpoints.own_checkpoints(f)
            ]
            report.checkpoints, problems = checkpoints.check(
                s, secret, sorted(found), named=digest_files
            )
            report.problems += _limit(problems, "checkpoint")
        note_hashes, note_problems = _notes(s, report)
        report.problems += _limit(note_problems, "note")
        report.problems += _limit(_addenda(s, note_hashes, report), "addendum")
    return report


def _limit(problems: list[str], what: str) -> list[str]:
    if len(problems) <= MAX_LISTED:
        return problems
    return [*problems[:MAX_LISTED], f"... and {len(problems) - MAX_LISTED} more {what} problems"]


def _sqlite_file(s: Session) -> list[str]:
    problems: list[str] = []
    result = [r[0] for r in s.execute(text("PRAGMA integrity_check")).all()]
    if result != ["ok"]:
        problems += [f"database file: {r}" for r in result[:MAX_LISTED]]
    for table, rowid, parent, _ in s.execute(text("PRAGMA foreign_key_check")).all()[:MAX_LISTED]:
        problems.append(f"{table} row {rowid} points to a missing {parent} row")
    return problems


def _notes(s: Session, report: VerifyReport) -> tuple[dict[int, str], list[str]]:
    """Recompute each approved note's hash from its stored content."""
    note_cols = [getattr(Note, f) for f in (*NOTE_CONTENT_FIELDS, "client_id", "author_id")]
    care_cols = [getattr(NoteSelfCare, f) for f in SELF_CARE_FIELDS]
    q = (
        select(
            Note.id,
            Note.content_hash,
            Note.signed_by_id,
            Note.signed_at,
            NoteSelfCare.note_id,
            *note_cols,
            *care_cols,
        )
        .outerjoin(NoteSelfCare, NoteSelfCare.note_id == Note.id)
        .where(Note.status == NoteStatus.APPROVED)
        .order_by(Note.id)
        .execution_options(yield_per=2000)
    )
    hashes: dict[int, str] = {}
    problems: list[str] = []
    names = (*NOTE_CONTENT_FIELDS, "client_id", "author_id")
    # Filed without review (services/review_levels.py): hashed and locked, never signed.
    filed = set(s.scalars(select(NoteFiling.note_id)))
    for row in s.execute(q):
        nid, stored, signer, signed_at, care_id = row[:5]
        values = row[5 : 5 + len(names)]
        care = row[5 + len(names) :]
        note = SimpleNamespace(**dict(zip(names, values, strict=True)))
        self_care = (
            SimpleNamespace(**dict(zip(SELF_CARE_FIELDS, care, strict=True)))
            if care_id is not None
            else None
        )
        report.approved_notes += 1
        if signed_at is None or (signer is None and nid not in filed):
            problems.append(f"note {nid}: approved but has no signer or signing time")
        elif signer is not None and nid in filed:
            problems.append(f"note {nid}: filed without review, yet it names a signer")
        actual = content_hash(cast(Note, note), cast(NoteSelfCare, self_care))
        # A merge moves signed notes: the hash then matches an id merged into this client.
        from pswdesk.services.merge_history import signed_before_merge

        if stored != actual and not signed_before_merge(s, stored, note, self_care):
            problems.append(f"note {nid}: content changed after it was signed")
        hashes[nid] = stored or ""
    return hashes, problems


def _addenda(s: Session, note_hashes: dict[int, str], report: VerifyReport) -> list[str]:
    problems: list[str] = []
    for a in s.execute(select(Addendum).order_by(Addendum.id)).scalars():
        report.addenda += 1
        note_hash = note_hashes.get(a.note_id)
        if note_hash is None:
            problems.append(f"addendum {a.id}: its note {a.note_id} is not an approved note")
            continue
        expected = addendum_hash(note_hash, a.author_id, a.created_at, a.reason, a.text)
        if expected != a.content_hash:
            problems.append(f"addendum {a.id} on note {a.note_id}: content changed after signing")
    return problems
