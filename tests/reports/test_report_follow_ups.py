"""The follow-ups report: due, done on time or late, rescheduled, overdue, counted exactly."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select, update

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied
from pswdesk.models import FollowUp, User, UserRole
from pswdesk.reports.periods import (
    Period,
    Preset,
    custom_period,
    local_midnight_utc,
    month_label,
    preset_period,
)
from pswdesk.reports.report_data import Report
from pswdesk.services import followups
from pswdesk.services.access import Actor
from pswdesk.services.reporting.registry import run_report
from pswdesk.vocabulary import FollowUpOutcome, Role
from tests.conftest import Agency
from tests.notes_support import new_client
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers

PERIODS = {
    "long": custom_period(dt.date(2024, 1, 1), dt.date(2026, 12, 31)),
    "month": preset_period(Preset.LAST_MONTH, dt.date(2026, 11, 15)),
    "this-month": preset_period(Preset.THIS_MONTH, dt.date(2026, 11, 15)),
}
KEYS = ("due", "on_time", "late", "rescheduled", "overdue", "not_yet_due")


def _team(db: Database, actor: Actor | None) -> set[int] | None:
    if actor is None:
        return None
    with db.read() as s:
        return {actor.id, *s.scalars(select(User.id).where(User.supervisor_id == actor.id))}


def _expected(
    db: Database, period: Period, team: set[int] | None, today: dt.date
) -> dict[str, Counter[str]]:
    """Worker name -> counts, from every follow-up row; 'done on time' by comparing the
    time done with the local midnight that ends the due day (not by its local date)."""
    with db.read() as s:
        rows = s.execute(
            select(FollowUp.owner_id, FollowUp.due_date, FollowUp.done_at, FollowUp.outcome)
        ).all()
        users = {u.id: u for u in s.scalars(select(User))}
        workers = set(s.scalars(select(UserRole.user_id).where(UserRole.role == Role.WORKER)))
    out: dict[int, Counter[str]] = defaultdict(Counter)
    for owner, due, done_at, outcome in rows:
        if not period.start <= due <= period.end or (team is not None and owner not in team):
            continue
        if done_at is None:
            key = "overdue" if due < today else "not_yet_due"
        elif outcome == FollowUpOutcome.RESCHEDULED:
            key = "rescheduled"
        elif done_at < local_midnight_utc(due + dt.timedelta(days=1)):
            key = "on_time"
        else:
            key = "late"
        out[owner][key] += 1
        out[owner]["due"] += 1
    listed = {
        uid
        for uid, u in users.items()
        if u.active and uid in workers and (team is None or uid in team)
    } | set(out)
    return {users[uid].full_name: out[uid] for uid in listed}


def _table(report: Report) -> dict[str, tuple[int, ...]]:
    sec = report.sections[0]
    assert [c.key for c in sec.columns][1:] == list(KEYS)
    for row in (*sec.rows, sec.totals):
        assert row is not None and row[1] == sum(int(str(v)) for v in row[2:])
    return {str(row[0]): tuple(int(str(v)) for v in row[1:]) for row in sec.rows}


@pytest.mark.parametrize("which", sorted(PERIODS))
def test_counts_are_exact_for_each_supervisor_and_the_admin(
    report_demo: DemoAgency, which: str
) -> None:
    period, today = PERIODS[which], report_demo.today
    askers: list[tuple[Actor, Actor | None]] = [(a, a) for a in report_demo.supervisors.values()]
    askers.append((report_demo.admin, None))
    for asker, scope in askers:
        report = run_report(report_demo.db, asker, "follow-ups", period, today=today)
        expected = _expected(report_demo.db, period, _team(report_demo.db, scope), today)
        assert _table(report) == {n: tuple(c[k] for k in KEYS) for n, c in expected.items()}
        sec = report.sections[0]
        assert sec.totals == ("Total", *(sum(c[k] for c in expected.values()) for k in KEYS))
        if len(period.months()) > 1:
            months = report.sections[1]
            assert [r[0] for r in months.rows] == [month_label(*ym) for ym in period.months()]
            assert months.totals == sec.totals
        assert_no_client_identifiers(report, report_demo.db)
    whole = _expected(report_demo.db, period, None, today)
    assert sum(c["due"] for c in whole.values()) > 0


def test_the_demo_has_done_and_open_follow_ups(report_demo: DemoAgency) -> None:
    """So the exact comparison covers done, overdue and not-yet-due ones."""
    report = run_report(
        report_demo.db, report_demo.admin, "follow-ups", PERIODS["long"], today=report_demo.today
    )
    totals = dict(zip(KEYS, report.sections[0].totals[1:], strict=True))  # type: ignore[index]
    assert totals["on_time"] and totals["overdue"] and totals["not_yet_due"]


def test_a_worker_has_no_reports(report_demo: DemoAgency) -> None:
    worker = next(iter(report_demo.workers.values()))
    with pytest.raises(PermissionDenied):
        run_report(report_demo.db, worker, "follow-ups", PERIODS["month"])


def _follow_up(agency: Agency, owner: Actor, cid: int, due: dt.date) -> int:
    """A follow-up owned by ``owner`` (added for today+1, then dated ``due`` directly)."""
    f = followups.add_follow_up(
        agency.db, owner, cid, dt.date.today() + dt.timedelta(days=1), "Call back"
    )
    with agency.db.write() as s:
        s.execute(update(FollowUp).where(FollowUp.id == f.id).values(due_date=due))
    return f.id


def _done_at(db: Database, fid: int, at: dt.datetime, outcome: str | None = None) -> None:
    with db.write() as s:
        s.execute(update(FollowUp).where(FollowUp.id == fid).values(done_at=at, outcome=outcome))


def test_done_late_in_the_evening_of_its_due_day_is_on_time(
    agency: Agency, toronto_clock: None
) -> None:
    db, wendy = agency.db, agency.wendy
    cid = new_client(agency, wendy)
    due = dt.date.today() - dt.timedelta(days=10)
    evening = dt.datetime.combine(due, dt.time(23, 30)).astimezone()  # 04:30 UTC the day after
    assert evening.astimezone(dt.UTC).date() > due
    on_time = _follow_up(agency, wendy, cid, due)
    _done_at(db, on_time, evening, FollowUpOutcome.REACHED)
    late = _follow_up(agency, wendy, cid, due - dt.timedelta(days=1))
    _done_at(db, late, dt.datetime.combine(due, dt.time(0, 10)).astimezone(), None)
    period = custom_period(due - dt.timedelta(days=5), due)

    report = run_report(db, agency.sam, "follow-ups", period)
    table = _table(report)
    assert table["Wendy Worker"] == (2, 1, 1, 0, 0, 0)
    assert table["Will Worker"] == (0, 0, 0, 0, 0, 0)
    assert "Walt Worker" not in table


def test_on_time_by_the_office_clock_across_the_change_to_summer_time(
    agency: Agency, toronto_clock: None
) -> None:
    """Toronto moved to summer time on 8 March 2026: a due day ends at 05:00 UTC before,
    04:00 UTC after, and both backends judge 'on time' by the right one."""
    db, wendy = agency.db, agency.wendy
    cid = new_client(agency, wendy)

    def local(day: int, hour: int, minute: int) -> dt.datetime:
        return dt.datetime(2026, 3, day, hour, minute).astimezone()

    cases = [  # (due day, done at, local time) -> on time?
        (5, local(5, 23, 30), True),  # 04:30 UTC on the 6th
        (4, local(5, 0, 10), False),
        (10, local(10, 23, 30), True),  # 03:30 UTC on the 11th
        (9, local(10, 0, 10), False),  # 04:10 UTC: before the end of the 9th in winter time
    ]
    for due_day, at, _ in cases:
        _done_at(db, _follow_up(agency, wendy, cid, dt.date(2026, 3, due_day)), at)
    period = custom_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    table = _table(run_report(db, agency.sam, "follow-ups", period))
    assert table["Wendy Worker"] == (4, 2, 2, 0, 0, 0)


def test_rescheduled_overdue_and_not_yet_due(agency: Agency) -> None:
    db, wendy, walt = agency.db, agency.wendy, agency.walt
    today = dt.date.today()
    cid = new_client(agency, wendy)
    # Rescheduled from the day after tomorrow to next week: the first apart, the new not due.
    first = followups.add_follow_up(db, wendy, cid, today + dt.timedelta(days=2), "Ring")
    followups.reschedule_follow_up(db, wendy, first.id, today + dt.timedelta(days=7))
    _follow_up(agency, wendy, cid, today - dt.timedelta(days=3))  # open, overdue
    late = _follow_up(agency, wendy, cid, today - dt.timedelta(days=6))
    _done_at(db, late, dt.datetime.now(dt.UTC) - dt.timedelta(days=1), FollowUpOutcome.NO_ANSWER)
    _follow_up(agency, walt, new_client(agency, walt, "Kim"), today)  # sue's team, due today
    period = custom_period(today - dt.timedelta(days=10), today + dt.timedelta(days=10))

    sam = _table(run_report(db, agency.sam, "follow-ups", period))
    assert sam["Wendy Worker"] == (4, 0, 1, 1, 1, 1)
    assert "Walt Worker" not in sam
    admin = run_report(db, agency.admin, "follow-ups", period)
    whole = _table(admin)
    assert whole["Walt Worker"] == (1, 0, 0, 0, 0, 1)
    assert admin.sections[0].totals == ("Total", 5, 0, 1, 1, 1, 2)
    assert any("rescheduled" in n.lower() for n in admin.sections[0].notes)
    assert_no_client_identifiers(admin, db)
