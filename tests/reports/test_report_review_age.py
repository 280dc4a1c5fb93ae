"""The "Notes awaiting review" report: exact counts on the demo, and the wait's edge cases.

The expected numbers come from plain selects of every note, submission, review
and filing, replayed in Python as a time line per note (the report asks the
database for each note's latest events instead); both backends.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select, update

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied
from pswdesk.models import Note, NoteFiling, NoteReview, NoteSubmission, User
from pswdesk.reports.periods import Period, custom_period, long_date
from pswdesk.reports.report_data import Report, Section
from pswdesk.services import notes, review, review_levels
from pswdesk.services.access import Actor
from pswdesk.services.reporting.registry import run_report
from pswdesk.services.reporting.review_age import BUCKETS, NO_SUPERVISOR
from pswdesk.vocabulary import NoteStatus, ReviewLevel
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers

Row = list[int | None]  # the buckets, the total, the oldest age


def _bucket(age: int) -> int:
    if age <= 2:
        return 0
    if age <= 7:
        return 1
    if age <= 14:
        return 2
    return 3


def _local_day(t: dt.datetime) -> dt.date:
    return t.astimezone().date()


def waits(db: Database, day: dt.date, now: bool) -> list[tuple[int, dt.datetime]]:
    """(author, start of the wait) of every note waiting at the end of ``day`` (or now)."""
    with db.read() as s:
        rows = s.execute(select(Note.id, Note.author_id, Note.status, Note.submitted_at)).all()
        if now:
            return [(a, at) for _i, a, st, at in rows if st == NoteStatus.SUBMITTED and at]
        cut = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
        events: dict[int, list[tuple[dt.datetime, int]]] = defaultdict(list)
        # At one instant an end (1) sorts after the submission (0) it decides.
        for nid, at in s.execute(select(NoteSubmission.note_id, NoteSubmission.submitted_at)):
            events[nid].append((at, 0))
        for nid, at in s.execute(select(NoteReview.note_id, NoteReview.created_at)):
            events[nid].append((at, 1))
        for nid, at in s.execute(select(NoteFiling.note_id, NoteFiling.filed_at)):
            events[nid].append((at, 1))
    out = []
    for nid, author, _st, submitted in rows:
        line = events[nid] + ([(submitted, 0)] if submitted is not None else [])
        before = sorted(e for e in line if e[0] < cut)
        if before and before[-1][1] == 0:
            out.append((author, max(t for t, kind in before if kind == 0)))
    return out


def expected(
    db: Database, actor: Actor, day: dt.date, now: bool
) -> tuple[dict[str, Row], dict[str, Row]]:
    """Per supervisor name and per author name: the report's numeric cells."""
    with db.read() as s:
        people = {uid: (name, sup) for uid, name, sup in s.execute(
            select(User.id, User.full_name, User.supervisor_id))}  # fmt: skip
    if actor.has("admin"):
        team = set(people)
    else:
        team = {actor.id} | {uid for uid, (_n, sup) in people.items() if sup == actor.id}
    by_sup: dict[str, Row] = {}
    by_author: dict[str, Row] = {}
    for author, start in waits(db, day, now):
        if author not in team:
            continue
        age = (day - _local_day(start)).days
        sup = people[author][1]
        for table, key in ((by_sup, people[sup][0] if sup else NO_SUPERVISOR),
                           (by_author, people[author][0])):  # fmt: skip
            row = table.setdefault(key, [0, 0, 0, 0, 0, None])
            row[_bucket(age)] += 1  # type: ignore[operator]
            row[4] += 1  # type: ignore[operator]
            row[5] = age if row[5] is None else max(row[5], age)
    return by_sup, by_author


def numbers(section: Section) -> dict[str, Row]:
    return {str(r[0]): [None if v is None else int(v) for v in r[1:]] for r in section.rows}


def check_section(section: Section, want: dict[str, Row]) -> None:
    got = numbers(section)
    assert {k: v for k, v in got.items() if v[4]} == want
    assert all(v == [0, 0, 0, 0, 0, None] for k, v in got.items() if k not in want)
    assert section.totals is not None
    sums = [sum(int(v[i] or 0) for v in want.values()) for i in range(5)]
    oldest = max((v[5] for v in want.values() if v[5] is not None), default=None)
    assert list(section.totals[1:]) == [*sums, oldest]
    assert section.chart is None or all(section.column(k) for k in section.chart.series)


PERIODS = {
    "long, past": (dt.date(2025, 11, 1), dt.date(2026, 10, 14)),
    "one month, past": (dt.date(2026, 9, 1), dt.date(2026, 9, 30)),
    "long, to today": (dt.date(2025, 11, 16), dt.date(2026, 11, 15)),
    "this month": (dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
}


@pytest.mark.parametrize("span", list(PERIODS))
def test_counts_are_exact_for_every_supervisor_and_the_admin(
    report_demo: DemoAgency, span: str
) -> None:
    start, end = PERIODS[span]
    period = custom_period(start, end)
    now = end >= report_demo.today
    day = report_demo.today if now else end
    totals: dict[str, int] = {}
    for actor in (report_demo.admin, *report_demo.supervisors.values()):
        report = run_report(report_demo.db, actor, "review-age", period, today=report_demo.today)
        by_sup, by_author = expected(report_demo.db, actor, day, now)
        assert len(report.sections) == 2
        supervisors, workers = report.sections
        check_section(supervisors, by_sup)
        check_section(workers, by_author)
        title = f"now ({long_date(day)})" if now else f"on {long_date(day)}"
        assert title in supervisors.title and title in workers.title
        assert ("snapshot taken now" in supervisors.notes[0]) is now
        assert_no_client_identifiers(report, report_demo.db)
        assert supervisors.totals is not None
        totals[actor.username] = int(supervisors.totals[5] or 0)
    # The demo has something waiting at each of these days, else the test proves little.
    assert totals[report_demo.admin.username] > 0
    assert sum(totals.values()) == 2 * totals[report_demo.admin.username]


def test_the_demo_has_waits_in_every_bucket(report_demo: DemoAgency) -> None:
    """Past and present snapshots both reach each bucket, so the bucketing is exercised."""
    for day, now in ((report_demo.today, True), (dt.date(2026, 10, 14), False)):
        ages = {_bucket((day - _local_day(t)).days) for _a, t in waits(report_demo.db, day, now)}
        assert ages == {0, 1, 2, 3}, (day, ages)


def test_a_supervisor_sees_only_their_team(report_demo: DemoAgency) -> None:
    period = custom_period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    with report_demo.db.read() as s:
        people = s.execute(select(User.id, User.full_name, User.supervisor_id)).all()
    for sup in report_demo.supervisors.values():
        report = run_report(report_demo.db, sup, "review-age", period, today=report_demo.today)
        team = {name for uid, name, boss in people if boss == sup.id or uid == sup.id}
        workers = report.sections[1]
        assert {str(r[0]) for r in workers.rows} <= team
        assert report.scope == f"{sup.full_name}'s team"


def test_a_worker_has_no_report(report_demo: DemoAgency) -> None:
    worker = next(iter(report_demo.workers.values()))
    period = custom_period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    with pytest.raises(PermissionDenied):
        run_report(report_demo.db, worker, "review-age", period, today=report_demo.today)


# -- the wait's edge cases, in a database of their own -----------------------------------------


def _backdate_submission(db: Database, note_id: int, days: int) -> dt.datetime:
    """Move the note's writing and submissions ``days`` back (a submitted note and its
    snapshots may still change; reviews and signed notes may not)."""
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    with db.write() as s:
        s.execute(update(NoteSubmission).where(NoteSubmission.note_id == note_id)
                  .values(submitted_at=at))  # fmt: skip
        s.execute(update(Note).where(Note.id == note_id)
                  .values(submitted_at=at, created_at=at - dt.timedelta(hours=1)))  # fmt: skip
    return at


def _today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def _until(end: dt.date) -> Period:
    return custom_period(end - dt.timedelta(days=40), end)


def _row(report: Report, section: int, name: str) -> Row:
    return numbers(report.sections[section])[name]


def _age_bucket(report: Report, name: str) -> tuple[int, int | None]:
    """(index of the one bucket holding a note, oldest) of the worker ``name``'s row."""
    row = _row(report, 1, name)
    assert row[4] == 1, row
    return next(i for i in range(4) if row[i]), row[5]


def test_a_returned_and_resubmitted_note_waits_from_its_resubmission(agency: Agency) -> None:
    today = _today()
    yesterday = today - dt.timedelta(days=1)
    note = submitted_note(agency, agency.wendy, new_client(agency, agency.wendy))
    first = _backdate_submission(agency.db, note.id, 20)
    age_then = (yesterday - _local_day(first)).days

    def report(end: dt.date) -> Report:
        return run_report(agency.db, agency.sam, "review-age", _until(end), today=today)

    assert _age_bucket(report(today), "Wendy Worker") == (3, (today - _local_day(first)).days)
    returned = review.return_note(agency.db, agency.sam, note.id, "Say what was agreed.",
                                  note.version)  # fmt: skip
    assert _row(report(today), 1, "Wendy Worker")[4] == 0  # returned: nobody is waiting
    notes.submit(agency.db, agency.wendy, note.id, returned.version)
    now = report(today)
    assert _age_bucket(now, "Wendy Worker") == (0, 0)
    assert _row(now, 0, "Sam Supervisor") == [1, 0, 0, 0, 1, 0]
    # Yesterday the first submission was still waiting: the return came today.
    assert _age_bucket(report(yesterday), "Wendy Worker") == (_bucket(age_then), age_then)
    assert (
        report(yesterday).sections[0].title.startswith(f"Awaiting review on {long_date(yesterday)}")
    )


def test_a_past_snapshot_counts_a_note_signed_after_it(agency: Agency) -> None:
    today = _today()
    note = submitted_note(agency, agency.walt, new_client(agency, agency.walt))
    at = _backdate_submission(agency.db, note.id, 10)
    review.approve(agency.db, agency.sue, note.id, note.version)

    def walt(end: dt.date) -> Row:
        report = run_report(agency.db, agency.sue, "review-age", _until(end), today=today)
        return _row(report, 1, "Walt Worker")

    assert walt(today)[4] == 0  # signed now
    yesterday = today - dt.timedelta(days=1)
    age = (yesterday - _local_day(at)).days
    assert walt(yesterday)[4] == 1 and walt(yesterday)[5] == age
    assert walt(_local_day(at) - dt.timedelta(days=1))[4] == 0  # not yet submitted then
    # The admin sees it under Sue, the author's supervisor.
    admin = run_report(agency.db, agency.admin, "review-age", _until(yesterday), today=today)
    assert _row(admin, 0, "Sue Supervisor")[4] == 1
    assert _row(admin, 0, "Sam Supervisor")[4] == 0


def test_a_note_filed_without_review_does_not_wait(agency: Agency) -> None:
    level = next(r for r in review_levels.worker_levels(agency.db, agency.sue)
                 if r.user_id == agency.walt.id)  # fmt: skip
    review_levels.set_review_level(agency.db, agency.sue, agency.walt.id, ReviewLevel.NONE,
                                   expected_version=level.version)  # fmt: skip
    note = submitted_note(agency, agency.walt, new_client(agency, agency.walt))
    with agency.db.read() as s:
        assert s.get(NoteFiling, note.id) is not None
    report = run_report(agency.db, agency.sue, "review-age", _until(_today()))
    assert _row(report, 1, "Walt Worker")[4] == 0
    assert report.sections[0].totals[5] == 0  # type: ignore[index]


def test_a_supervisors_own_notes_wait_under_no_supervisor(agency: Agency) -> None:
    submitted_note(agency, agency.sam, new_client(agency, agency.sam))
    report = run_report(agency.db, agency.admin, "review-age", _until(_today()))
    assert _row(report, 0, NO_SUPERVISOR) == [1, 0, 0, 0, 1, 0]
    assert [r[0] for r in report.sections[0].rows][-1] == NO_SUPERVISOR
    assert [c.label for c in report.sections[0].columns][1:5] == [b[1] for b in BUCKETS]


def test_a_filing_before_the_snapshot_ends_the_wait(agency: Agency) -> None:
    """A note submitted ten days ago and filed without review five days ago (written as
    ``file_without_review`` leaves it: approved, no signer, a filing row)."""
    today = _today()
    note = submitted_note(agency, agency.will, new_client(agency, agency.will))
    submitted = _backdate_submission(agency.db, note.id, 10)
    filed = submitted + dt.timedelta(days=5)
    with agency.db.write() as s:
        s.add(NoteFiling(note_id=note.id, filed_by_id=agency.will.id, filed_at=filed,
                         review_level=ReviewLevel.NONE))  # fmt: skip
        s.execute(update(Note).where(Note.id == note.id)
                  .values(status=NoteStatus.APPROVED, signed_at=filed))  # fmt: skip

    def will(end: dt.date) -> Row:
        report = run_report(agency.db, agency.sam, "review-age", _until(end), today=today)
        return _row(report, 1, "Will Worker")

    before_filing = _local_day(filed) - dt.timedelta(days=1)
    assert will(before_filing)[4] == 1
    assert will(before_filing)[5] == (before_filing - _local_day(submitted)).days
    assert will(_local_day(filed))[4] == 0
    assert will(today - dt.timedelta(days=1))[4] == 0
    assert will(today)[4] == 0
