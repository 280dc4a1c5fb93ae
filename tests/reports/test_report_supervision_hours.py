"""The supervision-hours report: sessions and minutes per worker, counted exactly."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied
from pswdesk.models import SupervisionSession, User, UserRole
from pswdesk.reports.periods import Period, Preset, custom_period, preset_period
from pswdesk.reports.report_data import Report
from pswdesk.services import supervision
from pswdesk.services.access import Actor
from pswdesk.services.reporting.registry import run_report
from pswdesk.services.supervision import SessionInput
from pswdesk.vocabulary import Role
from tests.conftest import Agency
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers, report_text

PERIODS = {
    "long": custom_period(dt.date(2025, 1, 1), dt.date(2026, 11, 30)),
    "month": preset_period(Preset.LAST_MONTH, dt.date(2026, 11, 15)),
}


def _team(db: Database, actor: Actor | None) -> set[int] | None:
    """Who a report by ``actor`` counts: None for the whole agency (an administrator)."""
    if actor is None:
        return None
    with db.read() as s:
        return {actor.id, *s.scalars(select(User.id).where(User.supervisor_id == actor.id))}


def _expected(db: Database, period: Period, team: set[int] | None) -> dict[str, tuple[int, int]]:
    """name -> (sessions, minutes), added up in Python from every session row."""
    with db.read() as s:
        sessions = s.execute(
            select(SupervisionSession.worker_id, SupervisionSession.held_on,
                   SupervisionSession.minutes)
        ).all()  # fmt: skip
        users = {u.id: u for u in s.scalars(select(User))}
        workers = set(s.scalars(select(UserRole.user_id).where(UserRole.role == Role.WORKER)))
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for wid, held_on, minutes in sessions:
        if period.start <= held_on <= period.end and (team is None or wid in team):
            sums[wid][0] += 1
            sums[wid][1] += minutes
    listed = {
        uid
        for uid, u in users.items()
        if u.active and uid in workers and (team is None or uid in team)
    } | set(sums)
    return {users[uid].full_name: (sums[uid][0], sums[uid][1]) for uid in listed}


def _table(report: Report) -> dict[str, tuple[int, int]]:
    (sec,) = report.sections
    out = {}
    for name, n, hours, minutes in sec.rows:
        assert isinstance(minutes, int) and isinstance(n, int)
        assert hours == round(minutes / 60, 2)
        out[str(name)] = (n, minutes)
    return out


@pytest.mark.parametrize("which", sorted(PERIODS))
def test_counts_are_exact_for_each_supervisor_and_the_admin(
    report_demo: DemoAgency, which: str
) -> None:
    period = PERIODS[which]
    askers: list[tuple[Actor, Actor | None]] = [(a, a) for a in report_demo.supervisors.values()]
    askers.append((report_demo.admin, None))
    for asker, scope in askers:
        report = run_report(report_demo.db, asker, "supervision", period, today=report_demo.today)
        expected = _expected(report_demo.db, period, _team(report_demo.db, scope))
        assert _table(report) == expected
        (sec,) = report.sections
        assert sec.totals is not None
        assert sec.totals[1] == sum(n for n, _m in expected.values())
        assert sec.totals[3] == sum(m for _n, m in expected.values())
        assert_no_client_identifiers(report, report_demo.db)
    # The demo has sessions in both periods (else the comparison above proves little).
    whole = _expected(report_demo.db, period, None)
    assert sum(n for n, _m in whole.values()) > 0


def test_topics_never_appear(report_demo: DemoAgency) -> None:
    with report_demo.db.read() as s:
        topics = {t for t in s.scalars(select(SupervisionSession.topics)) if t}
    assert topics
    for asker in [report_demo.admin, *report_demo.supervisors.values()]:
        report = run_report(
            report_demo.db, asker, "supervision", PERIODS["long"], today=report_demo.today
        )
        text = "\n".join(report_text(report))
        assert not [t for t in topics if t in text]


def test_a_worker_has_no_reports(report_demo: DemoAgency) -> None:
    worker = next(iter(report_demo.workers.values()))
    with pytest.raises(PermissionDenied):
        run_report(report_demo.db, worker, "supervision", PERIODS["month"])


def test_the_team_only_and_everyone_listed(agency: Agency) -> None:
    """Sam's team (wendy, will, sam) only; will without a session shows zero; a session
    on the period's last day counts, the day after does not; the page's totals agree."""
    today = dt.date.today()
    first = today.replace(day=1) - dt.timedelta(days=1)
    period = custom_period(first.replace(day=1), first)
    supervision.record_session(agency.db, agency.sam, agency.wendy.id, SessionInput(first, 50))
    supervision.record_session(
        agency.db, agency.sam, agency.wendy.id, SessionInput(period.start, 45)
    )
    supervision.record_session(agency.db, agency.sam, agency.wendy.id, SessionInput(today, 30))
    supervision.record_session(agency.db, agency.sue, agency.walt.id, SessionInput(first, 60))

    report = run_report(agency.db, agency.sam, "supervision", period)
    (sec,) = report.sections
    table = {row[0]: row[1:] for row in sec.rows}
    assert table == {
        "Sam Supervisor": (0, 0.0, 0),
        "Wendy Worker": (2, 1.58, 95),
        "Will Worker": (0, 0.0, 0),
    }
    assert sec.totals == ("Total", 2, 1.58, 95)
    page = supervision.totals(agency.db, agency.sam, date_from=period.start, date_to=period.end)
    assert {t.worker_name: t.minutes for t in page} == {"Wendy Worker": 95, "Will Worker": 0}

    whole = run_report(agency.db, agency.admin, "supervision", period)
    assert {r[0]: r[1] for r in whole.sections[0].rows}["Walt Worker"] == 1
    assert whole.sections[0].totals == ("Total", 3, 2.58, 155)
