"""After a load run: does the database hold exactly what the PCs' ledgers say they wrote?

Read straight from the tables (not through the services, whose own rules are
what is being checked), counting only rows and audit entries made during the
run (ids above the ``Marks`` taken before it):

* every draft a PC created is there, by that PC, and no other note by it appeared;
* every draft's text is what the PC last saved (steps 1-7, summary, step 8);
* as many ``note.saved`` audit entries per draft as saves the PC counted;
* every submission counted is there exactly once (one ``NoteSubmission`` with the
  text last saved, one ``note.submitted`` entry), and none that was not counted;
* every approval counted is there exactly once (status, signer, one ``NoteReview``,
  one ``note.approved`` entry), and none that was not counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from load_ledger import SELF_CARE_FIELD, TYPED_FIELDS, Ledger
from sqlalchemy import func, select

from pswdesk.db import Database
from pswdesk.models import AuditEntry, Note, NoteReview, NoteSelfCare, NoteSubmission, User
from pswdesk.vocabulary import NoteStatus, ReviewDecision


@dataclass(frozen=True, slots=True)
class Marks:
    """The highest ids before the run: anything above was written by it."""

    audit: int
    note: int
    submission: int
    review: int


def marks(db: Database) -> Marks:
    with db.read() as s:
        return Marks(
            *(
                s.scalar(select(func.coalesce(func.max(col), 0))) or 0
                for col in (AuditEntry.id, Note.id, NoteSubmission.id, NoteReview.id)
            )
        )


def _audit(s, m: Marks, user_id: int, action: str) -> Counter[int]:  # type: ignore[no-untyped-def]
    q = select(AuditEntry.entity_id).where(
        AuditEntry.id > m.audit, AuditEntry.actor_id == user_id, AuditEntry.action == action
    )
    return Counter(i for i in s.scalars(q) if i is not None)


def compare(db: Database, m: Marks, ledgers: list[Ledger]) -> list[str]:
    """Every difference between the ledgers and the database, as sentences."""
    problems: list[str] = []
    with db.read() as s:
        ids = dict(s.execute(select(User.username, User.id)).tuples().all())
        for led in ledgers:
            uid = ids[led.user]
            if led.role == "worker":
                problems += _worker(s, m, uid, led)
            else:
                problems += _supervisor(s, m, uid, led)
    return problems


def _worker(s, m: Marks, uid: int, led: Ledger) -> list[str]:  # type: ignore[no-untyped-def]
    who = led.user
    out: list[str] = []
    made = Counter(s.scalars(select(Note.id).where(Note.author_id == uid, Note.id > m.note)).all())
    if made != Counter(led.created):
        out.append(f"{who}: drafts in the database {sorted(made)} != counted {led.created}")
    saved = _audit(s, m, uid, "note.saved")
    for key, n in led.saves.items():
        if saved.get(int(key), 0) != n:
            out.append(f"{who}: note {key} has {saved.get(int(key), 0)} saves audited, {n} counted")
    for key, texts in led.last_text.items():
        note = s.get(Note, int(key))
        care = s.get(NoteSelfCare, int(key))
        for name, value in texts.items():
            stored = getattr(care, name, None) if name == SELF_CARE_FIELD else getattr(note, name)
            if stored != value:
                out.append(f"{who}: note {key} {name} is {stored!r}, last saved {value!r}")
    rows = s.execute(
        select(NoteSubmission.note_id, NoteSubmission.content)
        .join(Note, Note.id == NoteSubmission.note_id)
        .where(Note.author_id == uid, NoteSubmission.id > m.submission)
    ).all()
    if Counter(r.note_id for r in rows) != Counter(led.submitted):
        out.append(
            f"{who}: submissions in the database {sorted(r.note_id for r in rows)} "
            f"!= counted {sorted(led.submitted)}"
        )
    if _audit(s, m, uid, "note.submitted") != Counter(led.submitted):
        out.append(f"{who}: note.submitted audit entries differ from the submissions counted")
    for r in rows:
        last = led.last_text.get(str(r.note_id), {})
        for name in TYPED_FIELDS:
            if name in last and r.content.get(name) != last[name]:
                out.append(f"{who}: note {r.note_id} was submitted with other {name} than saved")
    open_drafts = set(led.created) - set(led.submitted)
    for nid in open_drafts:
        status = s.scalar(select(Note.status).where(Note.id == nid))
        if status != NoteStatus.DRAFT:
            out.append(f"{who}: note {nid} was never submitted but is {status}")
    return out


def _supervisor(s, m: Marks, uid: int, led: Ledger) -> list[str]:  # type: ignore[no-untyped-def]
    who = led.user
    out: list[str] = []
    counted = Counter(led.approved)
    reviews = Counter(
        s.scalars(
            select(NoteReview.note_id).where(
                NoteReview.id > m.review,
                NoteReview.reviewer_id == uid,
                NoteReview.decision == ReviewDecision.APPROVED,
            )
        ).all()
    )
    if reviews != counted:
        out.append(f"{who}: approvals in the database {sorted(reviews)} != counted {led.approved}")
    if _audit(s, m, uid, "note.approved") != counted:
        out.append(f"{who}: note.approved audit entries differ from the approvals counted")
    for nid in counted:
        status, signer = s.execute(
            select(Note.status, Note.signed_by_id).where(Note.id == nid)
        ).one()
        if status != NoteStatus.APPROVED or signer != uid:
            out.append(f"{who}: note {nid} counted as signed is {status}, signed by user {signer}")
    return out
