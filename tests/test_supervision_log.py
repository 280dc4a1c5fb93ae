"""The supervision-session log on SQLite and PostgreSQL: who records, who sees topics, totals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pswdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import AuditEntry
from pswdesk.services import supervision
from pswdesk.services.supervision import SessionInput, hours_text
from tests.conftest import Agency

TOPICS = "Robin's housing worry; boundaries with late-night texts"
DAY = dt.date.today() - dt.timedelta(days=3)


def test_the_supervisor_records_and_the_worker_sees_their_own(agency: Agency) -> None:
    row = supervision.record_session(
        agency.db, agency.sam, agency.wendy.id, SessionInput(DAY, 60, TOPICS)
    )
    assert (row.worker_name, row.supervisor_name, row.topics) == (
        "Wendy Worker",
        "Sam Supervisor",
        TOPICS,
    )
    supervision.record_session(agency.db, agency.sam, agency.will.id, SessionInput(DAY, 30))
    (own,) = supervision.sessions(agency.db, agency.wendy)
    assert (own.topics, own.topics_shown, own.can_edit) == (TOPICS, True, False)
    assert {r.worker_name for r in supervision.sessions(agency.db, agency.sam)} == {
        "Wendy Worker",
        "Will Worker",
    }
    assert supervision.sessions(agency.db, agency.walt) == []
    assert supervision.sessions(agency.db, agency.sue) == []  # another team


def test_administrators_see_dates_and_minutes_never_topics(agency: Agency) -> None:
    supervision.record_session(
        agency.db, agency.sam, agency.wendy.id, SessionInput(DAY, 45, TOPICS)
    )
    (seen,) = supervision.sessions(agency.db, agency.admin)
    assert (seen.minutes, seen.topics, seen.topics_shown) == (45, "", False)
    wendy = next(
        t for t in supervision.totals(agency.db, agency.admin) if t.worker_name == "Wendy Worker"
    )
    assert (wendy.sessions, wendy.minutes) == (1, 45)


def test_only_the_workers_supervisor_records_and_edits(agency: Agency) -> None:
    with pytest.raises(PermissionDenied):
        supervision.record_session(agency.db, agency.sue, agency.wendy.id, SessionInput(DAY, 30))
    with pytest.raises(PermissionDenied):
        supervision.record_session(agency.db, agency.wendy, agency.will.id, SessionInput(DAY, 30))
    row = supervision.record_session(agency.db, agency.sam, agency.wendy.id, SessionInput(DAY, 30))
    with pytest.raises(NotFound):
        supervision.update_session(
            agency.db, agency.sue, row.id, SessionInput(DAY, 40), expected_version=row.version
        )
    changed = supervision.update_session(
        agency.db, agency.sam, row.id, SessionInput(DAY, 50, "new topic"), expected_version=1
    )
    assert (changed.minutes, changed.topics) == (50, "new topic")
    with pytest.raises(ConflictError):
        supervision.update_session(
            agency.db, agency.sam, row.id, SessionInput(DAY, 55), expected_version=row.version
        )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (SessionInput(DAY, 0), "minutes"),
        (SessionInput(DAY, 601), "minutes"),
        (SessionInput(dt.date.today() + dt.timedelta(days=5), 30), "held_on"),
        (SessionInput(DAY, 30, "x" * 2_001), "topics"),
        (SessionInput(DAY, 30, "a\x00b"), "topics"),
    ],
)
def test_bad_sessions_are_refused(agency: Agency, data: SessionInput, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        supervision.record_session(agency.db, agency.sam, agency.wendy.id, data)
    assert field in err.value.problems


def test_totals_per_worker_for_a_period(agency: Agency) -> None:
    today = dt.date.today()
    for days_ago, minutes in ((40, 90), (10, 60), (2, 45)):
        supervision.record_session(
            agency.db,
            agency.sam,
            agency.wendy.id,
            SessionInput(today - dt.timedelta(days=days_ago), minutes),
        )
    month = today - dt.timedelta(days=30)
    totals = supervision.totals(agency.db, agency.sam, date_from=month, date_to=today)
    assert [(t.worker_name, t.sessions, t.minutes) for t in totals] == [
        ("Wendy Worker", 2, 105),
        ("Will Worker", 0, 0),
    ]
    assert totals[0].hours == 1.75
    (mine,) = supervision.totals(agency.db, agency.wendy)
    assert (mine.sessions, mine.minutes, hours_text(mine.minutes)) == (3, 195, "3 h 15 min")
    assert [t.worker_name for t in supervision.totals(agency.db, agency.sue)] == ["Walt Worker"]


def test_the_audit_never_holds_topics(agency: Agency) -> None:
    row = supervision.record_session(
        agency.db, agency.sam, agency.wendy.id, SessionInput(DAY, 30, TOPICS)
    )
    row = supervision.update_session(
        agency.db, agency.sam, row.id, SessionInput(DAY, 40, TOPICS + " and more"),
        expected_version=row.version,
    )  # fmt: skip
    supervision.delete_session(agency.db, agency.sam, row.id, expected_version=row.version)
    assert supervision.sessions(agency.db, agency.wendy) == []
    with agency.db.read() as s:
        entries = list(
            s.execute(
                select(AuditEntry.action, AuditEntry.details)
                .where(AuditEntry.entity == "supervision_session")
                .order_by(AuditEntry.id)
            )
        )
    assert [a for a, _ in entries] == [
        "supervision.recorded",
        "supervision.changed",
        "supervision.deleted",
    ]
    assert entries[1][1]["changes"] == {"minutes": [30, 40]}
    assert entries[1][1]["fields"] == ["minutes", "topics"]
    assert all("housing" not in str(d) for _, d in entries)
