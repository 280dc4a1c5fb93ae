"""Review levels on SQLite and PostgreSQL: every note, a sample, none; urgent notes always.

A note the level does not select is filed without review: locked and hashed like a
signed note, no signer, and ``pswdesk verify`` (``integrity.check``) finds nothing.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from pswdesk.db import Database
from pswdesk.errors import LockedError, PermissionDenied, ValidationError
from pswdesk.models import AuditEntry, NoteFiling
from pswdesk.services import integrity, notes, review, review_levels
from pswdesk.services.access import Actor
from pswdesk.vocabulary import NoteStatus, ReviewLevel, RiskLevel
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note
from tests.test_tamper import attacker, drop_protection


def verify_problems(db: Database) -> list[str]:
    """What ``pswdesk verify`` finds, through its own read-only opening.

    Trigger and function fingerprints are left to tests/test_tamper.py: review levels
    add neither, and one another migration adds is not this file's concern.
    """
    ro = Database(db.url, upgrade=False, read_only=True)
    try:
        found = integrity.check(ro, verifying=True)
    finally:
        ro.dispose()
    assert found.approved_notes > 0
    return [p for p in found.problems if not p.startswith(("trigger ", "function "))]


def set_level(agency: Agency, by: Actor, worker: Actor, level: str, percent: int | None = None):  # type: ignore[no-untyped-def]
    row = next(r for r in review_levels.worker_levels(agency.db, by) if r.user_id == worker.id)
    return review_levels.set_review_level(
        agency.db, by, worker.id, level, percent, expected_version=row.version
    )


def submit_audits(db: Database) -> list[dict[str, object]]:
    with db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry.details)
                .where(AuditEntry.action == "note.submitted")
                .order_by(AuditEntry.id)
            )
        )


def test_every_note_is_the_default_and_goes_to_the_queue(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    assert note.status == NoteStatus.SUBMITTED
    assert not note.filed_without_review
    assert [r.id for r in review.review_queue(agency.db, agency.sam)] == [note.id]
    assert review_levels.my_level(agency.db, agency.wendy).level == ReviewLevel.EVERY


def test_none_files_without_review_locked_hashed_and_verified(agency: Agency) -> None:
    set_level(agency, agency.sam, agency.wendy, ReviewLevel.NONE)
    cid = new_client(agency, agency.wendy)
    note = submitted_note(
        agency, agency.wendy, cid, risk_level=RiskLevel.MODERATE,
        risk_indicators=("hopelessness",), risk_actions=("safety_plan_reviewed",),
    )  # fmt: skip
    assert note.status == NoteStatus.APPROVED
    assert note.signed_by_name == ""  # never shown as signed by a supervisor
    assert note.content_hash and len(note.content_hash) == 64
    assert "Filed without review by Wendy Worker" in note.filed_without_review
    assert "None (after probation)" in note.filed_without_review
    assert review.review_queue(agency.db, agency.sam) == []
    # The supervisor can still open it, and sees it marked in the client's list.
    seen = notes.get_note(agency.db, agency.sam, note.id)
    assert seen.filed_without_review == note.filed_without_review
    (row,) = notes.client_notes(agency.db, agency.sam, cid)
    assert row.filed_without_review
    # Its items reached the record as a signed note's do.
    with agency.db.read() as s:
        filing = s.get_one(NoteFiling, note.id)
        assert (filing.filed_by_id, filing.review_level) == (agency.wendy.id, ReviewLevel.NONE)
        goals = s.execute(text("SELECT count(*) FROM goals WHERE note_id = :n"), {"n": note.id})
        assert goals.scalar() == 1
    # Locked: no approval on top, and the database itself refuses a change.
    with pytest.raises(LockedError):
        review.approve(agency.db, agency.sam, note.id, note.version)
    with pytest.raises(Exception, match="locked"), agency.db.write() as s:
        s.execute(text("UPDATE notes SET summary = 'changed' WHERE id = :n"), {"n": note.id})
    notes.add_addendum(agency.db, agency.wendy, note.id, "typo", "Friday, not Thursday.")
    assert verify_problems(agency.db) == []


def test_verify_finds_a_filed_note_that_was_changed(agency: Agency) -> None:
    set_level(agency, agency.admin, agency.wendy, ReviewLevel.NONE)
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    assert verify_problems(agency.db) == []
    with attacker(agency.db) as conn:
        drop_protection(conn, "notes")
        conn.execute(text("UPDATE notes SET summary = 'other words' WHERE id = :n"), {"n": note.id})
    assert f"note {note.id}: content changed after it was signed" in verify_problems(agency.db)


@pytest.mark.parametrize("risk", [RiskLevel.HIGH, RiskLevel.IMMINENT])
def test_high_and_imminent_are_always_reviewed(agency: Agency, risk: RiskLevel) -> None:
    cid = new_client(agency, agency.wendy)
    for level, percent in ((ReviewLevel.NONE, None), (ReviewLevel.SAMPLE, 1)):
        set_level(agency, agency.sam, agency.wendy, level, percent)
        for _ in range(5):
            note = submitted_note(
                agency, agency.wendy, cid, risk_level=risk,
                risk_indicators=("hopelessness",), risk_actions=("crisis_protocol",),
            )  # fmt: skip
            assert note.status == NoteStatus.SUBMITTED
    assert len(review.review_queue(agency.db, agency.sam)) == 10
    assert all(d["review_reason"] == "risk" for d in submit_audits(agency.db))


def test_a_returned_note_is_reviewed_again_whatever_the_level(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    back = review.return_note(agency.db, agency.sam, note.id, "say more on step 6", note.version)
    set_level(agency, agency.sam, agency.wendy, ReviewLevel.NONE)
    again = notes.submit(agency.db, agency.wendy, note.id, back.version)
    assert again.status == NoteStatus.SUBMITTED


def test_the_sample_rate_is_within_bounds_and_every_draw_is_recorded(agency: Agency) -> None:
    """40 notes at 50 %: the count reviewed is binomial(40, 0.5), sd 3.2; bounds at 5 sd."""
    set_level(agency, agency.sam, agency.will, ReviewLevel.SAMPLE, 50)
    cid = new_client(agency, agency.will)
    made = [submitted_note(agency, agency.will, cid) for _ in range(40)]
    reviewed = [n for n in made if n.status == NoteStatus.SUBMITTED]
    assert 4 <= len(reviewed) <= 36
    filed = [n for n in made if n.status == NoteStatus.APPROVED]
    assert all("A sample of 50 %" in n.filed_without_review for n in filed)
    # Reproducible for audit: each decision follows from the draw the audit recorded.
    audits = submit_audits(agency.db)
    assert len(audits) == 40
    draws = [d["sample_draw"] for d in audits]
    assert all(isinstance(d, int) and 0 <= d < 100 for d in draws)
    assert [d["reviewed"] for d in audits] == [d["sample_draw"] < 50 for d in audits]  # type: ignore[operator]
    assert [n.status == NoteStatus.SUBMITTED for n in made] == [d["reviewed"] for d in audits]
    with agency.db.read() as s:
        on_filings = {n: d for n, d in s.execute(select(NoteFiling.note_id, NoteFiling.draw))}
    assert on_filings == {n.id: d for n, d in zip(made, draws, strict=True) if d >= 50}  # type: ignore[operator]
    assert len(set(draws)) > 10  # drawn afresh, not one value repeated
    assert verify_problems(agency.db) == []


def test_route_rate_over_many_draws(agency: Agency) -> None:
    """The decision itself, over 4,000 draws at 20 %: sd 25, bounds at 5 sd."""
    set_level(agency, agency.sam, agency.wendy, ReviewLevel.SAMPLE, 20)
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(agency.db, agency.wendy, cid)
    from pswdesk.models import Note, User

    with agency.db.read() as s:
        author, note = s.get_one(User, agency.wendy.id), s.get_one(Note, draft.id)
        picks = [review_levels.route(s, author, note) for _ in range(4000)]
    selected = sum(p.reviewed for p in picks)
    assert 800 - 125 <= selected <= 800 + 125
    assert all(p.reviewed == (p.draw is not None and p.draw < 20) for p in picks)


def test_who_may_set_a_level_and_the_audit_of_a_change(agency: Agency) -> None:
    with pytest.raises(PermissionDenied):  # walt is in sue's team, not sam's
        review_levels.set_review_level(
            agency.db, agency.sam, agency.walt.id, ReviewLevel.NONE, expected_version=1
        )
    with pytest.raises(PermissionDenied):
        review_levels.worker_levels(agency.db, agency.wendy)
    assert {r.user_id for r in review_levels.worker_levels(agency.db, agency.sam)} == {
        agency.wendy.id,
        agency.will.id,
    }
    assert agency.walt.id in {
        r.user_id for r in review_levels.worker_levels(agency.db, agency.admin)
    }
    for bad in (0, 100, None):
        with pytest.raises(ValidationError):
            set_level(agency, agency.sam, agency.wendy, ReviewLevel.SAMPLE, bad)
    with pytest.raises(ValidationError):
        set_level(agency, agency.sam, agency.wendy, "sometimes")
    row = set_level(agency, agency.sam, agency.wendy, ReviewLevel.SAMPLE, 25)
    assert row.label == "A sample of 25 %"
    set_level(agency, agency.admin, agency.wendy, ReviewLevel.NONE)
    with agency.db.read() as s:
        changes = list(
            s.scalars(
                select(AuditEntry.details)
                .where(AuditEntry.action == "user.review_level_changed")
                .order_by(AuditEntry.id)
            )
        )
    assert [c["changes"] for c in changes] == [
        {"review_level": ["every", "sample"], "review_sample_percent": [None, 25]},
        {"review_level": ["sample", "none"], "review_sample_percent": [25, None]},
    ]
