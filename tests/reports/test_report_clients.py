"""The clients report: every number recounted from plain rows, on both backends.

The demo (read only) has contacts, registrations and caseloads but no dated
closing and no merge; those, and the team rule for registrations and closures,
are written into a database of their own.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import insert, select, update

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied
from pswdesk.models import BriefContact, Client, ClientAssignment, Note, User, UserRole
from pswdesk.reports.periods import Period, Preset, custom_period, month_label, preset_period
from pswdesk.reports.report_data import Report, Section
from pswdesk.services import brief_contacts, merging, notes
from pswdesk.services.access import Actor
from pswdesk.services.reporting.registry import run_report
from pswdesk.vocabulary import (
    CHOSEN_CLOSE_REASONS,
    BriefContactType,
    ClientStatus,
    CloseReason,
    NoteStatus,
    Role,
)
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers, shown_months

COUNTED = {NoteStatus.SUBMITTED.value, NoteStatus.APPROVED.value}


def wide_period(today: dt.date) -> Period:
    last = preset_period(Preset.LAST_FISCAL_YEAR, today)
    this = preset_period(Preset.THIS_FISCAL_YEAR, today)
    return custom_period(last.start, this.end)


def team_of(db: Database, supervisor: Actor) -> set[int]:
    with db.read() as s:
        ids = set(s.scalars(select(User.id).where(User.supervisor_id == supervisor.id)))
    return ids | {supervisor.id}


def section(report: Report, title: str) -> Section:
    return next(sec for sec in report.sections if sec.title == title)


def _ym(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


class Expected:
    """The report's numbers, counted in Python from plain rows of every table involved."""

    def __init__(self, db: Database, period: Period, staff: set[int] | None) -> None:
        with db.read() as s:
            note_rows = s.execute(
                select(Note.author_id, Note.client_id, Note.status, Note.contact_at)
            ).all()
            brief_rows = s.execute(
                select(
                    BriefContact.author_id,
                    BriefContact.client_id,
                    BriefContact.contact_at,
                    BriefContact.became_note_id,
                )
            ).all()
            client_rows = s.execute(
                select(
                    Client.id,
                    Client.merged_into_id,
                    Client.created_at,
                    Client.status,
                    Client.closed_on,
                    Client.close_reason,
                )
            ).all()
            assignments = s.execute(
                select(ClientAssignment.client_id, ClientAssignment.user_id)
            ).all()
            people = s.execute(select(User.id, User.full_name, User.active)).all()
            worker_ids = set(
                s.scalars(select(UserRole.user_id).where(UserRole.role == Role.WORKER))
            )
        merged_into = {cid: into for cid, into, *_ in client_rows}

        def kept_of(cid: int) -> int:
            while merged_into[cid] is not None:
                cid = merged_into[cid]
            return cid

        def in_scope(uid: int) -> bool:
            return staff is None or uid in staff

        def in_period(at: dt.datetime) -> bool:
            return period.start <= at.astimezone().date() <= period.end

        #: (author, the client kept, (year, month)) of every counted contact.
        self.contacts: set[tuple[int, int, tuple[int, int]]] = set()
        for author, cid, status, at in note_rows:
            if status in COUNTED and in_period(at) and in_scope(author):
                self.contacts.add((author, kept_of(cid), _ym(at.astimezone().date())))
        for author, cid, at, became in brief_rows:
            if became is None and in_period(at) and in_scope(author):
                self.contacts.add((author, kept_of(cid), _ym(at.astimezone().date())))
        served = {c for _, c, _ in self.contacts}
        self.served_total = len(served)

        assigned_to = {cid: set() for cid, *_ in client_rows}
        for cid, uid in assignments:
            assigned_to[cid].add(uid)

        def team_client(cid: int) -> bool:
            return staff is None or bool(assigned_to[cid] & staff) or cid in served

        self.registered: Counter[tuple[int, int]] = Counter()
        self.closed: Counter[tuple[tuple[int, int], str]] = Counter()
        self.merged = 0
        for cid, into, created, status, closed_on, reason in client_rows:
            if into is None and in_period(created) and team_client(cid):
                self.registered[_ym(created.astimezone().date())] += 1
            if (
                status == ClientStatus.CLOSED.value
                and closed_on is not None
                and period.start <= closed_on <= period.end
                and team_client(cid)
            ):
                if reason == CloseReason.MERGED.value:
                    self.merged += 1
                else:
                    self.closed[(_ym(closed_on), reason)] += 1
        open_clients = {
            cid for cid, into, _, status, *_ in client_rows
            if status == ClientStatus.ACTIVE.value and into is None
        }  # fmt: skip
        self.caseload: Counter[int] = Counter()
        caseload_clients: set[int] = set()
        for cid, uid in assignments:
            if cid in open_clients and in_scope(uid):
                self.caseload[uid] += 1
                caseload_clients.add(cid)
        self.caseload_total = len(caseload_clients)

        self.names = {uid: name for uid, name, _ in people}
        listed = sorted(
            (name, uid)
            for uid, name, active in people
            if active and uid in worker_ids and in_scope(uid)
        )
        counted = {a for a, _, _ in self.contacts} | set(self.caseload)
        rest = sorted((self.names[u], u) for u in counted - {u for _, u in listed})
        self.workers = [uid for _, uid in listed + rest]

    def served_in(self, ym: tuple[int, int]) -> int:
        return len({c for _, c, m in self.contacts if m == ym})

    def served_by(self, author: int) -> int:
        return len({c for a, c, _ in self.contacts if a == author})

    def closed_in(self, ym: tuple[int, int]) -> int:
        return sum(n for (m, _), n in self.closed.items() if m == ym)

    def closed_for(self, reason: CloseReason) -> int:
        return sum(n for (_, r), n in self.closed.items() if r == reason.value)


def check_report(db: Database, actor: Actor, period: Period, staff: set[int] | None) -> Report:
    report = run_report(db, actor, "clients", period)
    exp = Expected(db, period, staff)
    months = shown_months(period)

    per_month = section(report, "Clients served per month")
    assert [row[0] for row in per_month.rows] == [month_label(y, m) for y, m in months]
    for ym, row in zip(months, per_month.rows, strict=True):
        assert row[1:] == (exp.served_in(ym), exp.registered[ym], exp.closed_in(ym)), row
    assert per_month.totals == (
        "Total", exp.served_total, sum(exp.registered.values()), sum(exp.closed.values()),
    )  # fmt: skip

    names = [exp.names[uid] for uid in exp.workers]
    served = section(report, "Clients with a contact per worker")
    assert served.rows == tuple((exp.names[u], exp.served_by(u)) for u in exp.workers)
    assert served.totals == ("All clients", exp.served_total)

    by_reason = section(report, "Closures by reason")
    assert by_reason.rows == tuple((r.label, exp.closed_for(r)) for r in CHOSEN_CLOSE_REASONS)
    assert by_reason.totals == ("Total", sum(exp.closed.values()))
    assert any(f"{exp.merged:,} duplicate record" in n for n in by_reason.notes)

    caseload = section(report, "Open caseload per worker")
    assert [row[0] for row in caseload.rows] == names
    assert caseload.rows == tuple((exp.names[u], exp.caseload[u]) for u in exp.workers)
    assert caseload.totals == ("All clients", exp.caseload_total)
    assert any("As of today" in n for n in caseload.notes)

    assert_no_client_identifiers(report, db)
    return report


# -- the demo agency ----------------------------------------------------------------------


def test_supervisor_counts_are_exact_over_two_fiscal_years(report_demo: DemoAgency) -> None:
    sup = report_demo.supervisors["supervisor1"]
    report = check_report(
        report_demo.db, sup, wide_period(report_demo.today), team_of(report_demo.db, sup)
    )
    totals = section(report, "Clients served per month").totals
    assert totals is not None and totals[1] > 0 and totals[2] > 0


def test_admin_counts_are_exact_over_two_fiscal_years(report_demo: DemoAgency) -> None:
    report = check_report(report_demo.db, report_demo.admin, wide_period(report_demo.today), None)
    assert report.scope == "Whole agency"
    # A client with two workers counts for each, once in the total (the demo has some).
    served = section(report, "Clients with a contact per worker")
    assert served.totals is not None
    assert sum(int(r[1] or 0) for r in served.rows) >= int(served.totals[1] or 0)
    # The demo closes some files, each with a date and a reason: the closures are counted.
    closures = section(report, "Closures by reason").totals
    assert closures is not None and int(closures[1] or 0) > 0


@pytest.mark.parametrize("who", ["admin", "supervisor2"])
def test_counts_are_exact_in_a_single_month(report_demo: DemoAgency, who: str) -> None:
    september = custom_period(dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    if who == "admin":
        actor, staff = report_demo.admin, None
    else:
        actor = report_demo.supervisors[who]
        staff = team_of(report_demo.db, actor)
    report = check_report(report_demo.db, actor, september, staff)
    row = section(report, "Clients served per month").rows[0]
    assert row[0] == "Sep 2026" and int(row[1] or 0) > 0


def test_a_supervisor_sees_only_their_team(report_demo: DemoAgency) -> None:
    sup = report_demo.supervisors["supervisor1"]
    team = team_of(report_demo.db, sup)
    with report_demo.db.read() as s:
        team_names = set(s.scalars(select(User.full_name).where(User.id.in_(team))))
    period = wide_period(report_demo.today)
    report = run_report(report_demo.db, sup, "clients", period)
    admin = run_report(report_demo.db, report_demo.admin, "clients", period)
    for title in ("Clients with a contact per worker", "Open caseload per worker"):
        listed = set(section(report, title).values("worker"))
        assert listed and listed <= team_names
        assert listed < set(section(admin, title).values("worker"))
    team_total = section(report, "Clients served per month").totals
    agency_total = section(admin, "Clients served per month").totals
    assert team_total is not None and agency_total is not None
    assert int(team_total[1] or 0) < int(agency_total[1] or 0)


def test_a_worker_has_no_report(report_demo: DemoAgency) -> None:
    worker = next(iter(report_demo.workers.values()))
    with pytest.raises(PermissionDenied):
        run_report(report_demo.db, worker, "clients", wide_period(report_demo.today))


# -- closures, merges and the team rule, in a database of their own ----------------------


def _at_local(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone().astimezone(dt.UTC)


def _brief(agency: Agency, who: Actor, client_id: int, at: dt.datetime) -> None:
    brief_contacts.log_contact(
        agency.db, who, client_id,
        brief_contacts.BriefContactInput(at, BriefContactType.PHONE.value, 10, "Quick call."),
    )  # fmt: skip


def _close(db: Database, client_id: int, reason: CloseReason, on: dt.date) -> None:
    """Close a file directly (the closing rules are tested elsewhere; here only its count)."""
    with db.write() as s:
        s.execute(
            update(Client)
            .where(Client.id == client_id)
            .values(status=ClientStatus.CLOSED.value, close_reason=reason.value, closed_on=on)
        )


def test_closures_merges_and_the_teams_clients(agency: Agency, toronto_clock: None) -> None:
    wendy, will, walt, sam, sue = agency.wendy, agency.will, agency.walt, agency.sam, agency.sue
    nov_30_late = _at_local(dt.date(2026, 11, 30), 23, 30)
    assert nov_30_late.date() == dt.date(2026, 12, 1), "already December in UTC"
    # Sam's team: Wendy's client, contacted at 23:30 on 30 November (office time).
    mine = new_client(agency, wendy, "Ash")
    _brief(agency, wendy, mine, nov_30_late)
    # Sue's team: Walt's client with a submitted note, closed (moved) on 30 November.
    walts = new_client(agency, walt, "Bea")
    submitted_note(agency, walt, walts, contact_at=_at_local(dt.date(2026, 11, 20), 10, 0))
    _close(agency.db, walts, CloseReason.MOVED, dt.date(2026, 11, 30))
    # Walt's client whom Will also saw in November (a row written directly: Will is not
    # assigned): the team's by contact, closed (goals met) on 1 December.
    shared = new_client(agency, walt, "Cy")
    with agency.db.write() as s:
        s.execute(
            insert(BriefContact).values(
                client_id=shared, author_id=will.id,
                contact_at=_at_local(dt.date(2026, 11, 5), 9, 0),
                contact_type=BriefContactType.DROP_IN.value, minutes=15, text="Came by.",
                created_at=_at_local(dt.date(2026, 11, 5), 9, 30),
            )
        )  # fmt: skip
    _close(agency.db, shared, CloseReason.GOALS_MET, dt.date(2026, 12, 1))
    # Two records of one person, both Wendy's, each with a contact; merged by Sam.
    kept = new_client(agency, wendy, "Dee")
    other = new_client(agency, wendy, "Dee B.")
    _brief(agency, wendy, kept, _at_local(dt.date(2026, 11, 10), 11, 0))
    _brief(agency, wendy, other, _at_local(dt.date(2026, 11, 12), 11, 0))
    with agency.db.read() as s:
        versions = dict(s.execute(select(Client.id, Client.version)).all())
    merging.merge_clients(
        agency.db, sam, kept, other,
        keep_version=versions[kept], other_version=versions[other],
    )  # fmt: skip
    # Will's client with only a draft: registered, not served.
    drafted = new_client(agency, will, "Eli")
    notes.create_draft(agency.db, will, drafted, full_content())
    # The merge closed the other record today; its closing date is what the report reads.
    with agency.db.read() as s:
        merged_on = s.scalar(select(Client.closed_on).where(Client.id == other))
        created = s.scalar(select(Client.created_at).where(Client.id == kept))
    assert merged_on is not None and created is not None
    end = max(dt.date(2026, 12, 31), merged_on, created.astimezone().date())
    period = custom_period(dt.date(2026, 11, 1), end)

    teams = {sam: team_of(agency.db, sam), sue: team_of(agency.db, sue), agency.admin: None}
    reports = {who: check_report(agency.db, who, period, staff) for who, staff in teams.items()}

    sams = reports[sam]
    served = dict(section(sams, "Clients with a contact per worker").rows)
    assert served == {"Sam Supervisor": 0, "Wendy Worker": 2, "Will Worker": 1}
    assert section(sams, "Clients with a contact per worker").totals == ("All clients", 3)
    totals = section(sams, "Clients served per month").totals
    # Registered: Ash, Cy (contacted by Will), Dee, Eli; not Bea (Sue's) nor "Dee B." (merged).
    assert totals == ("Total", 3, 4, 1)
    by_reason = dict(section(sams, "Closures by reason").rows)
    assert by_reason[CloseReason.GOALS_MET.label] == 1
    assert by_reason[CloseReason.MOVED.label] == 0
    assert CloseReason.MERGED.label not in by_reason
    assert any(
        "1 duplicate record merged into another in the period is left out" in n
        for n in section(sams, "Closures by reason").notes
    )
    assert any(
        "assigned to someone in the team" in n
        for n in section(sams, "Clients served per month").notes
    )
    caseload = dict(section(sams, "Open caseload per worker").rows)
    assert caseload == {"Sam Supervisor": 0, "Wendy Worker": 2, "Will Worker": 1}
    nov = next(r for r in section(sams, "Clients served per month").rows if r[0] == "Nov 2026")
    assert nov[1] == 3 and nov[3] == 0  # the 23:30 contact on 30 November is November's
    dec = next(r for r in section(sams, "Clients served per month").rows if r[0] == "Dec 2026")
    assert dec[3] == 1  # goals met on 1 December

    sues = reports[sue]
    assert section(sues, "Clients served per month").totals == ("Total", 1, 2, 2)
    assert dict(section(sues, "Closures by reason").rows)[CloseReason.MOVED.label] == 1

    admins = reports[agency.admin]
    assert section(admins, "Clients served per month").totals == ("Total", 4, 5, 2)
    assert section(admins, "Open caseload per worker").totals == ("All clients", 3)


def test_a_contact_left_on_a_merged_away_record_counts_for_the_record_kept(
    agency: Agency,
) -> None:
    """A merge moves every contact; were one left behind, it still counts once."""
    wendy = agency.wendy
    kept, other, third = (new_client(agency, wendy, n) for n in ("Fay", "Fay M.", "F. May"))
    when = _at_local(dt.date(2026, 11, 10), 11, 0)
    for cid in (kept, other, third):
        _brief(agency, wendy, cid, when)
    with agency.db.write() as s:  # third into other, then other into kept: a chain
        for gone, into in ((third, other), (other, kept)):
            s.execute(
                update(Client)
                .where(Client.id == gone)
                .values(
                    merged_into_id=into, status=ClientStatus.CLOSED.value,
                    close_reason=CloseReason.MERGED.value, closed_on=dt.date(2026, 11, 20),
                )
            )  # fmt: skip
    today = dt.datetime.now().astimezone().date()
    period = custom_period(dt.date(2026, 11, 1), max(today, dt.date(2026, 11, 30)))
    report = check_report(agency.db, agency.sam, period, team_of(agency.db, agency.sam))
    assert section(report, "Clients served per month").totals == ("Total", 1, 1, 0)
    assert dict(section(report, "Clients with a contact per worker").rows)["Wendy Worker"] == 1
    notes_ = section(report, "Closures by reason").notes
    assert any(
        "2 duplicate records merged into another in the period are left out" in n for n in notes_
    )
    assert section(report, "Open caseload per worker").totals == ("All clients", 1)
