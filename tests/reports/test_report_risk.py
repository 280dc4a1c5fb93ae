"""The "Risk levels over time" report: exact counts on the demo, and its counting rules.

Expected numbers come from a plain select of every note, bucketed in Python by
the contact's local date (the report buckets in SQL by the months' local
midnights); both backends.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied
from pswdesk.models import Note, User
from pswdesk.reports.periods import Period, custom_period, month_label
from pswdesk.reports.report_data import ChartKind, Section
from pswdesk.services import review, review_levels
from pswdesk.services.access import Actor
from pswdesk.services.reporting.registry import run_report
from pswdesk.services.reporting.risk import NOT_RATED
from pswdesk.vocabulary import NoteStatus, ReviewLevel, RiskLevel
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers, shown_months

LEVELS = ["none", "low", "moderate", "high", "imminent", None]


def team_of(db: Database, actor: Actor) -> set[int]:
    with db.read() as s:
        people = s.execute(select(User.id, User.supervisor_id)).all()
    if actor.has("admin"):
        return {uid for uid, _ in people}
    return {actor.id} | {uid for uid, sup in people if sup == actor.id}


def counted_notes(
    db: Database, actor: Actor, period: Period
) -> list[tuple[int, dt.date, str | None]]:
    """(client, local contact day, level) of every final note in scope and period."""
    team = team_of(db, actor)
    with db.read() as s:
        rows = s.execute(
            select(Note.client_id, Note.author_id, Note.status, Note.contact_at, Note.risk_level)
        ).all()
    out = []
    for client, author, status, at, level in rows:
        day = at.astimezone().date()
        if status == NoteStatus.APPROVED and author in team and period.start <= day <= period.end:
            out.append((client, day, level))
    return out


def expected_months(
    notes: list[tuple[int, dt.date, str | None]], period: Period, today: dt.date
) -> list[list[int]]:
    grid: dict[tuple[int, int], Counter[str | None]] = defaultdict(Counter)
    for _client, day, level in notes:
        grid[(day.year, day.month)][level] += 1
    return [[grid[m][lv] for lv in LEVELS] for m in shown_months(period, today)]


def expected_clients(notes: list[tuple[int, dt.date, str | None]]) -> dict[str, int]:
    top: dict[int, int] = {}
    for client, _day, level in notes:
        rank = -1 if level is None else LEVELS.index(level)
        top[client] = max(top.get(client, -1), rank)
    names = {-1: NOT_RATED, **{i: RiskLevel(lv).label for i, lv in enumerate(LEVELS) if lv}}
    counts = Counter(names[r] for r in top.values())
    return {name: counts[name] for name in names.values()}


def check(db: Database, actor: Actor, period: Period, today: dt.date) -> int:
    report = run_report(db, actor, "risk", period, today=today)
    notes = counted_notes(db, actor, period)
    months, clients = report.sections
    want = expected_months(notes, period, today)
    labels = [month_label(y, m) for y, m in shown_months(period, today)]
    assert [r[0] for r in months.rows] == labels
    assert [list(r[1:]) for r in months.rows] == [[*w, sum(w)] for w in want]
    sums = [sum(col) for col in zip(*want, strict=True)]
    assert months.totals == ("Total", *sums, len(notes))
    assert months.chart is not None and months.chart.kind is ChartKind.LINE
    assert {"moderate", "high", "imminent"} <= set(months.chart.series)
    assert [months.column(k) for k in months.chart.series]

    got = {str(r[0]): r[1] for r in clients.rows}
    assert got == expected_clients(notes)
    assert clients.totals is not None and clients.totals[1] == len({c for c, _d, _l in notes})
    share = sum(float(r[2] or 0) for r in clients.rows)
    assert share == pytest.approx(100.0 if notes else 0.0)
    assert_no_client_identifiers(report, db)
    return len(notes)


PERIODS = {
    "long": (dt.date(2025, 4, 1), dt.date(2026, 11, 15)),
    "one month": (dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
}


@pytest.mark.parametrize("span", list(PERIODS))
def test_counts_are_exact_for_every_supervisor_and_the_admin(
    report_demo: DemoAgency, span: str
) -> None:
    period = custom_period(*PERIODS[span])
    whole = check(report_demo.db, report_demo.admin, period, report_demo.today)
    teams = [check(report_demo.db, sup, period, report_demo.today)
             for sup in report_demo.supervisors.values()]  # fmt: skip
    assert whole > 0 and sum(teams) == whole


def test_the_demo_reaches_every_level(report_demo: DemoAgency) -> None:
    period = custom_period(*PERIODS["long"])
    levels = {lv for _c, _d, lv in counted_notes(report_demo.db, report_demo.admin, period)}
    assert levels == set(LEVELS)


def test_a_supervisor_sees_only_their_team(report_demo: DemoAgency) -> None:
    period = custom_period(*PERIODS["one month"])
    admin = run_report(report_demo.db, report_demo.admin, "risk", period, today=report_demo.today)
    for sup in report_demo.supervisors.values():
        mine = run_report(report_demo.db, sup, "risk", period, today=report_demo.today)
        assert mine.scope == f"{sup.full_name}'s team"
        assert mine.sections[0].totals[-1] < admin.sections[0].totals[-1]  # type: ignore[index,operator]


def test_a_worker_has_no_report(report_demo: DemoAgency) -> None:
    worker = next(iter(report_demo.workers.values()))
    with pytest.raises(PermissionDenied):
        run_report(report_demo.db, worker, "risk", custom_period(*PERIODS["one month"]))


# -- counting rules, in a database of their own ------------------------------------------------


def _local(y: int, m: int, d: int, hh: int, mm: int) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm).astimezone().astimezone(dt.UTC)


def _signed(agency: Agency, author: Actor, signer: Actor, **content: object) -> None:
    note = submitted_note(agency, author, new_client(agency, author), **content)
    review.approve(agency.db, signer, note.id, note.version)


def _month_rows(section: Section) -> dict[str, list[int]]:
    return {str(r[0]): [int(v or 0) for v in r[1:]] for r in section.rows}


def test_a_note_at_2330_on_a_months_last_day_counts_in_that_month(
    newfoundland: None, agency: Agency
) -> None:
    late = _local(2026, 10, 31, 23, 30)
    assert late.date() == dt.date(2026, 11, 1)  # the next day in UTC
    _signed(agency, agency.wendy, agency.sam, contact_at=late)
    _signed(agency, agency.will, agency.sam, contact_at=_local(2026, 11, 1, 0, 30),
            risk_level=RiskLevel.NONE)  # fmt: skip
    period = custom_period(dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    report = run_report(agency.db, agency.sam, "risk", period)
    rows = _month_rows(report.sections[0])
    assert rows["Oct 2026"] == [0, 1, 0, 0, 0, 0, 1]
    assert rows["Nov 2026"] == [1, 0, 0, 0, 0, 0, 1]
    october_only = custom_period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    october = run_report(agency.db, agency.sam, "risk", october_only)
    assert october.sections[0].totals == ("Total", 0, 1, 0, 0, 0, 0, 1)


def test_only_final_notes_count_and_filed_ones_do(agency: Agency) -> None:
    today = dt.datetime.now().astimezone().date()
    period = custom_period(today - dt.timedelta(days=60), today)
    level = next(r for r in review_levels.worker_levels(agency.db, agency.sue)
                 if r.user_id == agency.walt.id)  # fmt: skip
    review_levels.set_review_level(agency.db, agency.sue, agency.walt.id, ReviewLevel.NONE,
                                   expected_version=level.version)  # fmt: skip
    filed = submitted_note(agency, agency.walt, new_client(agency, agency.walt))
    submitted_note(agency, agency.wendy, new_client(agency, agency.wendy))  # waiting: no
    _signed(agency, agency.will, agency.sam, risk_level=None, risk_indicators=())
    with agency.db.read() as s:
        note = s.get_one(Note, filed.id)
        assert note.status == NoteStatus.APPROVED and note.signed_by_id is None

    admin = run_report(agency.db, agency.admin, "risk", period)
    months, clients = admin.sections
    assert months.totals is not None
    assert dict(zip([c.key for c in months.columns], months.totals, strict=True)) == {
        "month": "Total", "none": 0, "low": 1, "moderate": 0, "high": 0, "imminent": 0,
        "not_rated": 1, "total": 2,
    }  # fmt: skip
    assert {str(r[0]): r[1] for r in clients.rows}["Low"] == 1
    assert {str(r[0]): r[1] for r in clients.rows}[NOT_RATED] == 1
    assert any("filed without review" in n for n in months.notes)
    sue = run_report(agency.db, agency.sue, "risk", period)
    assert sue.sections[0].totals[-1] == 1  # type: ignore[index]  # Walt's filed note only
