"""The contacts report: every number recounted from plain rows, on both backends.

The demo is read only; the month-end, became-a-note and returned-note cases are
written into a fresh database of their own, under a time zone behind UTC so that
"23:30 on the last day of the month" is already the next month in UTC.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select, update

from pswdesk.errors import PermissionDenied
from pswdesk.models import BriefContact, Note, User, UserRole
from pswdesk.reports.periods import Period, Preset, custom_period, month_label, preset_period
from pswdesk.reports.report_data import Report, Section
from pswdesk.services import brief_contacts, notes, review
from pswdesk.services.access import Actor
from pswdesk.services.reporting.registry import run_report
from pswdesk.vocabulary import BriefContactType, NoteStatus, Role
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers, shown_months

COUNTED = {NoteStatus.SUBMITTED.value, NoteStatus.APPROVED.value}


def wide_period(today: dt.date) -> Period:
    """Last fiscal year and this one: every contact the demo holds."""
    last = preset_period(Preset.LAST_FISCAL_YEAR, today)
    this = preset_period(Preset.THIS_FISCAL_YEAR, today)
    return custom_period(last.start, this.end)


def team_of(demo: DemoAgency, supervisor: Actor) -> set[int]:
    with demo.db.read() as s:
        ids = set(s.scalars(select(User.id).where(User.supervisor_id == supervisor.id)))
    return ids | {supervisor.id}


class Expected:
    """The report's numbers, counted in Python from every note and brief contact row."""

    def __init__(self, demo_db: object, period: Period, staff: set[int] | None) -> None:
        db = demo_db
        with db.read() as s:  # type: ignore[attr-defined]
            note_rows = s.execute(
                select(Note.author_id, Note.status, Note.contact_at, Note.duration_minutes)
            ).all()
            brief_rows = s.execute(
                select(
                    BriefContact.author_id,
                    BriefContact.contact_at,
                    BriefContact.minutes,
                    BriefContact.became_note_id,
                )
            ).all()
        self.notes: Counter[tuple[int, tuple[int, int]]] = Counter()
        self.note_minutes: Counter[tuple[int, tuple[int, int]]] = Counter()
        self.brief: Counter[tuple[int, tuple[int, int]]] = Counter()
        self.brief_minutes: Counter[tuple[int, tuple[int, int]]] = Counter()

        def key(author: int, at: dt.datetime) -> tuple[int, tuple[int, int]] | None:
            day = at.astimezone().date()
            if not period.start <= day <= period.end:
                return None
            if staff is not None and author not in staff:
                return None
            return author, (day.year, day.month)

        for author, status, at, minutes in note_rows:
            k = key(author, at)
            if k is not None and status in COUNTED:
                self.notes[k] += 1
                self.note_minutes[k] += minutes
        for author, at, minutes, became in brief_rows:
            k = key(author, at)
            if k is not None and became is None:
                self.brief[k] += 1
                self.brief_minutes[k] += minutes

    @staticmethod
    def _by(counter: Counter[tuple[int, tuple[int, int]]], part: int) -> Counter[object]:
        out: Counter[object] = Counter()
        for k, v in counter.items():
            out[k[part]] += v
        return out

    def row(self, part: int, value: object) -> tuple[int, int, int, int, int]:
        n = self._by(self.notes, part)[value]
        nm = self._by(self.note_minutes, part)[value]
        b = self._by(self.brief, part)[value]
        bm = self._by(self.brief_minutes, part)[value]
        return (n, nm, b, bm, n + b)

    def authors(self) -> set[int]:
        return {a for a, _ in self.notes} | {a for a, _ in self.brief}

    def totals(self) -> tuple[int, int, int, int, int]:
        n, b = sum(self.notes.values()), sum(self.brief.values())
        nm, bm = sum(self.note_minutes.values()), sum(self.brief_minutes.values())
        return (n, nm, b, bm, n + b)


def listed_workers(demo: DemoAgency, staff: set[int] | None, counted: set[int]) -> list[str]:
    """Active workers in scope (by name), then anyone else with counts."""
    with demo.db.read() as s:
        people = s.execute(select(User.id, User.full_name, User.active)).all()
        worker_ids = set(s.scalars(select(UserRole.user_id).where(UserRole.role == Role.WORKER)))
    names = {uid: name for uid, name, _ in people}
    listed = sorted(
        (name, uid)
        for uid, name, active in people
        if active and uid in worker_ids and (staff is None or uid in staff)
    )
    rest = sorted((names[uid], uid) for uid in counted - {uid for _, uid in listed})
    return [name for name, _ in listed + rest]


def section(report: Report, title: str) -> Section:
    return next(sec for sec in report.sections if sec.title == title)


def check_report(demo: DemoAgency, actor: Actor, period: Period, staff: set[int] | None) -> Report:
    report = run_report(demo.db, actor, "contacts", period, today=demo.today)
    exp = Expected(demo.db, period, staff)
    with demo.db.read() as s:
        name_of = {n: i for n, i in s.execute(select(User.full_name, User.id)).all()}

    per_worker = section(report, "Contacts per worker")
    names = [row[0] for row in per_worker.rows]
    assert names == listed_workers(demo, staff, exp.authors())
    for row in per_worker.rows:
        assert tuple(row[1:]) == exp.row(0, name_of[str(row[0])]), row
    assert per_worker.totals == ("Total", *exp.totals())

    per_month = section(report, "Contacts per month")
    months = shown_months(period, demo.today)
    assert [row[0] for row in per_month.rows] == [month_label(y, m) for y, m in months]
    for (y, m), row in zip(months, per_month.rows, strict=True):
        assert tuple(row[1:]) == exp.row(1, (y, m)), row
    assert per_month.totals == ("Total", *exp.totals())

    if len(months) > 1:
        grid = section(report, "All contacts per worker per month")
        for row in grid.rows:
            uid = name_of[str(row[0])]
            want = [exp.notes[(uid, ym)] + exp.brief[(uid, ym)] for ym in months]
            assert list(row[1:-1]) == want
            assert row[-1] == sum(want)
        assert grid.totals is not None and grid.totals[-1] == exp.totals()[-1]
    assert_no_client_identifiers(report, demo.db)
    return report


def test_supervisor_counts_are_exact_over_two_fiscal_years(report_demo: DemoAgency) -> None:
    sup = report_demo.supervisors["supervisor1"]
    report = check_report(
        report_demo, sup, wide_period(report_demo.today), team_of(report_demo, sup)
    )
    per_worker = section(report, "Contacts per worker")
    assert per_worker.totals is not None and per_worker.totals[-1] > 0
    assert per_worker.totals[3] > 0, "the demo has brief contacts in the team"


def test_admin_counts_are_exact_over_two_fiscal_years(report_demo: DemoAgency) -> None:
    report = check_report(report_demo, report_demo.admin, wide_period(report_demo.today), None)
    assert report.scope == "Whole agency"


@pytest.mark.parametrize("who", ["admin", "supervisor2"])
def test_counts_are_exact_in_a_single_month(report_demo: DemoAgency, who: str) -> None:
    last_month = preset_period(Preset.LAST_MONTH, report_demo.today)
    if who == "admin":
        actor, staff = report_demo.admin, None
    else:
        actor = report_demo.supervisors[who]
        staff = team_of(report_demo, actor)
    report = check_report(report_demo, actor, last_month, staff)
    assert [sec.title for sec in report.sections] == ["Contacts per worker", "Contacts per month"]
    assert section(report, "Contacts per worker").totals[-1] > 0  # type: ignore[index]


def test_a_supervisor_sees_only_their_team(report_demo: DemoAgency) -> None:
    sup = report_demo.supervisors["supervisor1"]
    team = team_of(report_demo, sup)
    with report_demo.db.read() as s:
        team_names = set(s.scalars(select(User.full_name).where(User.id.in_(team))))
        others = set(s.scalars(select(User.full_name).where(User.id.not_in(team))))
    report = run_report(report_demo.db, sup, "contacts", wide_period(report_demo.today))
    listed = set(section(report, "Contacts per worker").values("worker"))
    assert listed and listed <= team_names
    assert not listed & others
    assert report.scope == f"{sup.full_name}'s team"
    admin = run_report(
        report_demo.db, report_demo.admin, "contacts", wide_period(report_demo.today)
    )
    assert listed < set(section(admin, "Contacts per worker").values("worker"))


def test_a_worker_has_no_report(report_demo: DemoAgency) -> None:
    worker = next(iter(report_demo.workers.values()))
    with pytest.raises(PermissionDenied):
        run_report(report_demo.db, worker, "contacts", wide_period(report_demo.today))


def test_a_long_period_leaves_out_the_worker_by_month_table(report_demo: DemoAgency) -> None:
    period = custom_period(dt.date(2020, 1, 1), dt.date(2026, 12, 31))
    report = run_report(report_demo.db, report_demo.admin, "contacts", period)
    assert [sec.title for sec in report.sections] == ["Contacts per worker", "Contacts per month"]
    assert len(section(report, "Contacts per month").rows) == len(shown_months(period))


# -- edge cases in a database of their own ------------------------------------------------


def _at_local(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone().astimezone(dt.UTC)


def test_month_end_late_contacts_returned_notes_and_brief_contacts_that_became_notes(
    agency: Agency, toronto_clock: None
) -> None:
    wendy, sam = agency.wendy, agency.sam
    client = new_client(agency, wendy)
    last_day = dt.date(2026, 3, 31)
    late = _at_local(last_day, 23, 30)
    assert late.astimezone(dt.UTC).date() == dt.date(2026, 4, 1), "already April in UTC"
    # A full note at 23:30 on 31 March, office time: March.
    submitted_note(agency, wendy, client, contact_at=late, duration_minutes=50)
    # A note that was returned: not counted.
    returned = submitted_note(agency, wendy, client, contact_at=_at_local(last_day, 10, 0))
    review.return_note(agency.db, sam, returned.id, "Please add the plan.", returned.version)
    # A brief contact at 23:30 on 31 March that stayed brief: March.
    brief_contacts.log_contact(
        agency.db, wendy, client,
        brief_contacts.BriefContactInput(late, BriefContactType.PHONE.value, 10, "Quick call."),
    )  # fmt: skip
    # A brief contact that became a full note, then submitted: counted once, as the note.
    april = _at_local(dt.date(2026, 4, 1), 9, 0)
    started = brief_contacts.write_full_note_instead(
        agency.db, wendy, client,
        brief_contacts.BriefContactInput(april, BriefContactType.PHONE.value, 20, "Hard call."),
    )  # fmt: skip
    draft = notes.get_note(agency.db, wendy, started.note_id)
    content = full_content(contact_at=april, duration_minutes=20)
    draft = notes.save_draft(agency.db, wendy, draft.id, content, draft.version)
    notes.submit(agency.db, wendy, draft.id, draft.version)
    # A draft is not counted either.
    notes.create_draft(agency.db, wendy, client, full_content(contact_at=late))

    period = custom_period(dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    report = run_report(agency.db, sam, "contacts", period)
    per_month = section(report, "Contacts per month")
    assert per_month.rows == (
        ("Mar 2026", 1, 50, 1, 10, 2),
        ("Apr 2026", 1, 20, 0, 0, 1),
    )
    per_worker = dict((row[0], row[1:]) for row in section(report, "Contacts per worker").rows)
    assert per_worker == {
        "Sam Supervisor": (0, 0, 0, 0, 0),
        "Wendy Worker": (2, 70, 1, 10, 3),
        "Will Worker": (0, 0, 0, 0, 0),
    }
    grid = section(report, "All contacts per worker per month")
    assert grid.rows[1] == ("Wendy Worker", 2, 1, 3)
    # March alone ends at local midnight: the 23:30 contact is in, April's are out.
    march = run_report(
        agency.db, agency.admin, "contacts", custom_period(last_day.replace(day=1), last_day)
    )
    assert section(march, "Contacts per worker").totals == ("Total", 1, 50, 1, 10, 2)
    # Sue's team does not see Wendy's contacts.
    sue = run_report(agency.db, agency.sue, "contacts", period)
    assert section(sue, "Contacts per worker").totals == ("Total", 0, 0, 0, 0, 0)
    assert [r[0] for r in section(sue, "Contacts per worker").rows] == [
        "Sue Supervisor",
        "Walt Worker",
    ]


def test_someone_who_left_is_listed_after_the_team_with_their_contacts(agency: Agency) -> None:
    will = agency.will
    client = new_client(agency, will)
    submitted_note(agency, will, client, contact_at=_at_local(dt.date(2026, 10, 5), 10, 0))
    with agency.db.write() as s:
        s.execute(update(User).where(User.id == will.id).values(active=False))
    october = custom_period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    report = run_report(agency.db, agency.sam, "contacts", october)
    rows = section(report, "Contacts per worker").rows
    assert [r[0] for r in rows] == ["Sam Supervisor", "Wendy Worker", "Will Worker"]
    assert rows[-1][1:] == (1, 45, 0, 0, 1)
    # Someone who left without a contact in the period is not listed.
    september = custom_period(dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    report = run_report(agency.db, agency.sam, "contacts", september)
    assert section(report, "Contacts per worker").values("worker") == [
        "Sam Supervisor",
        "Wendy Worker",
    ]


def test_the_longest_period_runs_on_both_backends(agency: Agency) -> None:
    """Ten years: one SELECT per month and kind stays within both backends' limits."""
    client = new_client(agency, agency.wendy)
    submitted_note(agency, agency.wendy, client, contact_at=_at_local(dt.date(2026, 10, 5), 10, 0))
    period = custom_period(dt.date(2017, 1, 1), dt.date(2026, 12, 31))
    for name, title in (
        ("contacts", "Contacts per month"),
        ("clients", "Clients served per month"),
    ):
        report = run_report(agency.db, agency.admin, name, period)
        per_month = section(report, title)
        assert len(per_month.rows) == 120
        assert per_month.totals is not None and per_month.totals[1] == 1
