"""Review levels: how many of a worker's notes their supervisor reviews.

Per worker, their supervisor or an administrator sets the level: every note
(the default), a sample of N % (1-99), or none (after probation). Whatever the
level, a note at high or imminent risk is reviewed, and so is a note that was
returned before (the supervisor is waiting for the change they asked for).

A submitted note that is not selected for review is *filed without review* in
the same transaction as its submission:

- it is locked and hashed exactly as a signed note is (status ``approved``, so
  the database triggers protect it, ``pswdesk verify`` recomputes its hash, and
  its goals, strengths and referrals reach the client's record), but it has no
  signer: ``signed_by_id`` stays empty and nothing shows it as signed by a
  supervisor;
- a ``NoteFiling`` row says who filed it (the author), when, and why: the level
  in force, and for a sample the percentage and the draw;
- supervisors can still open it, as any note of their team.

The sample is drawn at submission from the operating system's random source
(``secrets``): a number from 0 to 99, the note is reviewed when it is below the
percentage. The worker cannot predict or repeat it (a submitted note cannot be
withdrawn), and every draw — selected or not — is written in the submission's
audit entry (and on the filing), so an auditor can re-derive each decision from
the keyed audit chain.

A change of level is audited with its before and after (an administrative field).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from pswdesk.db import Database
from pswdesk.errors import NotFound, PermissionDenied, ValidationError
from pswdesk.models import Note, NoteFiling, NoteReview, User, UserRole, utcnow
from pswdesk.services import audit, signing
from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, Actor, load_user
from pswdesk.services.id_lists import ids_in
from pswdesk.services.users import USER_LOCK
from pswdesk.services.versioning import saving
from pswdesk.vocabulary import URGENT_RISKS, NoteStatus, ReviewDecision, ReviewLevel, RiskLevel
from pswdesk.wording import words

SAMPLE_RANGE = (1, 99)
DRAWS = 100  # a draw is 0..99; the note is reviewed when draw < percent


@dataclass(frozen=True, slots=True)
class WorkerLevel:
    """One worker's review level, as the supervision page lists it."""

    user_id: int
    full_name: str
    supervisor_name: str
    level: ReviewLevel
    sample_percent: int | None
    version: int

    @property
    def label(self) -> str:
        return describe(self.level, self.sample_percent)


@dataclass(frozen=True, slots=True)
class Routing:
    """What submission decided for one note: reviewed or filed, and on what grounds."""

    reviewed: bool
    level: ReviewLevel
    sample_percent: int | None
    draw: int | None
    reason: str  # "risk", "returned before", "level", "sample"

    def audit_details(self) -> dict[str, Any]:
        return {
            "review_level": str(self.level),
            "sample_percent": self.sample_percent,
            "sample_draw": self.draw,
            "reviewed": self.reviewed,
            "review_reason": self.reason,
        }


def describe(level: str, sample_percent: int | None) -> str:
    """The level in words: "Every note", "A sample of 20 %", "None (after probation)"."""
    if level == ReviewLevel.SAMPLE:
        return f"A sample of {sample_percent} %"
    return ReviewLevel(level).label


def filing_sentence(filing: NoteFiling, author_name: str) -> str:
    """How a filed note says what happened to it (note viewer, editor)."""
    when = f"{filing.filed_at.astimezone():%d %b %Y %H:%M}"
    why = describe(filing.review_level, filing.sample_percent)
    if filing.review_level == ReviewLevel.SAMPLE:
        why += f"; not drawn for review (draw {filing.draw})"
    return (
        f"Filed without review by {author_name} on {when} — review level: {why}. "
        "Locked and hashed; no supervisor has signed it."
    )


# -- reading and setting levels -------------------------------------------------------------


def _may_set(me: User, worker: User) -> bool:
    if ADMIN in me.role_names:
        return True
    return SUPERVISOR in me.role_names and worker.supervisor_id == me.id


def _level_row(worker: User, supervisor_name: str | None) -> WorkerLevel:
    return WorkerLevel(
        worker.id,
        worker.full_name,
        supervisor_name or "",
        ReviewLevel(worker.review_level),
        worker.review_sample_percent,
        worker.version,
    )


def worker_levels(db: Database, actor: Actor) -> list[WorkerLevel]:
    """Workers whose level this person may set: their team (supervisor), everyone (admin)."""
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR, ADMIN)
        sup = aliased(User)
        q = (
            select(User, sup.full_name)
            .outerjoin(sup, sup.id == User.supervisor_id)
            .where(
                User.active,
                select(UserRole.user_id)
                .where(UserRole.user_id == User.id, UserRole.role == WORKER)
                .exists(),
            )
            .order_by(func.lower(User.full_name), User.id)
        )
        if ADMIN not in me.role_names:
            q = q.where(User.supervisor_id == me.id)
        return [_level_row(u, name) for u, name in s.execute(q)]


def my_level(db: Database, actor: Actor) -> WorkerLevel:
    """The acting worker's own level (shown to them; they cannot change it)."""
    with db.read() as s:
        me = load_user(s, actor)
        sup = s.get(User, me.supervisor_id) if me.supervisor_id else None
        return _level_row(me, sup.full_name if sup else None)


def set_review_level(
    db: Database,
    actor: Actor,
    user_id: int,
    level: str,
    sample_percent: int | None = None,
    *,
    expected_version: int,
) -> WorkerLevel:
    """The worker's supervisor or an administrator sets how many of their notes are reviewed."""
    if level not in set(ReviewLevel):
        raise ValidationError({"review_level": words("choose every note, a sample, or none")})
    chosen = ReviewLevel(level)
    low, high = SAMPLE_RANGE
    if chosen == ReviewLevel.SAMPLE:
        if sample_percent is None or not low <= sample_percent <= high:
            raise ValidationError(
                {
                    "review_sample_percent": words(
                        "a sample is between {low} and {high} %", low=low, high=high
                    )
                }
            )
    else:
        sample_percent = None
    with saving(db) as s:
        me = load_user(s, actor, SUPERVISOR, ADMIN)
        worker = s.get(User, user_id)
        if worker is None:
            raise NotFound(words("no user {user_id}", user_id=user_id))
        if not _may_set(me, worker):
            raise PermissionDenied(
                words("only the worker's supervisor or an administrator can do this")
            )
        USER_LOCK.check(s, worker, expected_version)
        before = {
            "review_level": worker.review_level,
            "review_sample_percent": worker.review_sample_percent,
        }
        after = {"review_level": str(chosen), "review_sample_percent": sample_percent}
        if before != after:
            worker.review_level = str(chosen)
            worker.review_sample_percent = sample_percent
            s.flush()
            audit.record(
                s, me, "user.review_level_changed", "user", worker.id,
                changes=audit.changes(before, after),
            )  # fmt: skip
        sup = s.get(User, worker.supervisor_id) if worker.supervisor_id else None
        return _level_row(worker, sup.full_name if sup else None)


# -- at submission ----------------------------------------------------------------------------


def route(s: Session, author: User, note: Note) -> Routing:
    """Reviewed or filed: the rule of the module docstring, with a fresh draw for a sample."""
    level = ReviewLevel(author.review_level)
    percent = author.review_sample_percent if level == ReviewLevel.SAMPLE else None
    draw = secrets.randbelow(DRAWS) if level == ReviewLevel.SAMPLE else None
    if note.risk_level is not None and RiskLevel(note.risk_level) in URGENT_RISKS:
        return Routing(True, level, percent, draw, "risk")
    returned = s.scalar(
        select(func.count())
        .select_from(NoteReview)
        .where(NoteReview.note_id == note.id, NoteReview.decision == ReviewDecision.RETURNED)
    )
    if returned:
        return Routing(True, level, percent, draw, "returned before")
    if level == ReviewLevel.EVERY:
        return Routing(True, level, None, None, "level")
    if level == ReviewLevel.NONE:
        return Routing(False, level, None, None, "level")
    assert draw is not None
    return Routing(draw < (percent or 0), level, percent, draw, "sample")


def file_without_review(s: Session, author: User, note: Note, routing: Routing) -> None:
    """Lock and hash a submitted note the routing did not select; no one signs it."""
    from pswdesk.services import review  # review imports the notes package, which imports us

    now = utcnow()
    created = review.record_items(s, note, now)
    digest = signing.content_hash(note, note.self_care)
    note.signed_by_id = None
    note.signed_at = now
    note.content_hash = digest
    note.status = NoteStatus.APPROVED
    note.updated_at = now
    s.add(
        NoteFiling(
            note_id=note.id,
            filed_by_id=author.id,
            filed_at=now,
            review_level=str(routing.level),
            sample_percent=routing.sample_percent,
            draw=routing.draw,
        )
    )
    s.flush()
    audit.record(
        s, author, "note.filed", "note", note.id,
        changes={"status": [NoteStatus.SUBMITTED, NoteStatus.APPROVED]}, hash=digest,
        client_id=note.client_id, created=created, **routing.audit_details(),
    )  # fmt: skip


def filings(s: Session, note_ids: list[int]) -> set[int]:
    """Which of these notes were filed without review."""
    if not note_ids:
        return set()
    return set(s.scalars(select(NoteFiling.note_id).where(ids_in(NoteFiling.note_id, note_ids))))
