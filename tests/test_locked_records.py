"""Signed notes, reviews, addenda and the audit log refuse raw SQL changes, on both backends.

The services refuse too (see test_notes_workflow); these tests go around them
with plain SQL, as someone with a database tool would.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from pswdesk.services import notes, review
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note


def _signed_note(agency: Agency) -> int:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    signed = review.approve(agency.db, agency.sam, note.id, note.version)
    notes.add_addendum(agency.db, agency.wendy, signed.id, "Correction", "A later detail.")
    return signed.id


def _refused(agency: Agency, sql: str, **params: object) -> None:
    with pytest.raises(DBAPIError) as err, agency.db.engine.begin() as conn:
        conn.execute(text(sql), params)
    assert "pswdesk:" in str(err.value)  # our trigger, not some unrelated failure


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE notes SET summary = 'rewritten' WHERE id = :id",
        "UPDATE notes SET status = 'draft' WHERE id = :id",
        "UPDATE notes SET s5_text = s5_text || ' ' WHERE id = :id",
        "DELETE FROM notes WHERE id = :id",
        "UPDATE note_self_care SET impact = 'rewritten' WHERE note_id = :id",
        "DELETE FROM note_self_care WHERE note_id = :id",
        "UPDATE note_reviews SET decision = 'returned' WHERE note_id = :id",
        "DELETE FROM note_reviews WHERE note_id = :id",
        "UPDATE addenda SET text = 'rewritten' WHERE note_id = :id",
        "DELETE FROM addenda WHERE note_id = :id",
    ],
)
def test_raw_sql_cannot_change_a_signed_note(agency: Agency, sql: str) -> None:
    note_id = _signed_note(agency)
    _refused(agency, sql, id=note_id)
    view = notes.get_note(agency.db, agency.wendy, note_id)
    assert view.status == "approved"
    assert view.content.summary.startswith("Talked through")
    assert view.content.self_care.impact == "Felt fine"
    assert len(view.addenda) == 1 and len(view.reviews) == 1


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET action = 'nothing' WHERE id = :id",
        "DELETE FROM audit_log WHERE id = :id",
    ],
)
def test_raw_sql_cannot_change_the_audit_log(agency: Agency, sql: str) -> None:
    _signed_note(agency)
    with agency.db.engine.connect() as conn:
        last = conn.execute(text("SELECT max(id) FROM audit_log")).scalar_one()
    _refused(agency, sql, id=last)
    if not agency.db.is_sqlite:  # TRUNCATE skips row triggers; PostgreSQL has its own
        _refused(agency, "TRUNCATE audit_log")


def test_unsigned_notes_stay_editable_in_sql(agency: Agency) -> None:
    # The control case: the triggers target signed notes only.
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    with agency.db.engine.begin() as conn:
        conn.execute(text("UPDATE notes SET location = 'office' WHERE id = :id"), {"id": note.id})
        conn.execute(
            text("UPDATE note_self_care SET plan = 'rest' WHERE note_id = :id"), {"id": note.id}
        )
    view = notes.get_note(agency.db, agency.wendy, note.id)
    assert (view.content.location, view.content.self_care.plan) == ("office", "rest")


def _history_rows(agency: Agency) -> None:
    """One row of each kind of history, made through the services."""
    from pswdesk.services import goals, referrals, safety_plans

    a = agency
    cid = new_client(a, a.wendy)
    safety_plans.save_new_version(
        a.db, a.wendy, cid, safety_plans.SafetyPlanContent(warning_signs="Not sleeping"), None
    )
    goal = goals.add_goal(a.db, a.wendy, cid, goals.GoalInput("Walk each morning"))
    goals.add_progress(a.db, a.wendy, goal.id, goal.version, "Walked twice this week")
    ref = referrals.add_referral(a.db, a.wendy, cid, "Food bank")
    referrals.change_status(a.db, a.wendy, ref.id, ref.version, "made", dt.date.today())
    with a.db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO disclosures (client_id, user_id, recipient, sections, "
                "emergency_reason, created_at) VALUES (:c, :u, 'GP', '[]', '', :t)"
            ),
            {"c": cid, "u": a.wendy.id, "t": dt.datetime(2026, 1, 1)},
        )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE safety_plans SET warning_signs = 'rewritten'",
        "DELETE FROM safety_plans",
        "UPDATE goal_progress SET text = 'rewritten'",
        "DELETE FROM goal_progress",
        "UPDATE referral_status_changes SET to_status = 'declined'",
        "DELETE FROM referral_status_changes",
        "UPDATE disclosures SET recipient = 'someone else'",
        "DELETE FROM disclosures",
    ],
)
def test_raw_sql_cannot_rewrite_history(agency: Agency, sql: str) -> None:
    """Safety-plan versions, progress, referral steps and disclosures are append-only."""
    _history_rows(agency)
    _refused(agency, sql)
