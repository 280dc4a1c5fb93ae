"""The referrals report: by status and by service, with days to an outcome, counted exactly."""

from __future__ import annotations

import datetime as dt
import io
import statistics
from collections import Counter, defaultdict

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied, ValidationError
from pswdesk.models import ClientAssignment, Note, Referral, ReferralStatusChange, User
from pswdesk.reports.periods import Period, Preset, custom_period, preset_period
from pswdesk.reports.report_csv import render_csv
from pswdesk.reports.report_data import Report
from pswdesk.reports.report_pdf import render_report_pdf
from pswdesk.services import referrals
from pswdesk.services.access import Actor
from pswdesk.services.reporting.registry import run_report
from pswdesk.vocabulary import ReferralStatus
from tests.conftest import Agency
from tests.notes_support import new_client
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers

PERIODS = {
    "long": custom_period(dt.date(2024, 1, 1), dt.date(2026, 11, 30)),
    "month": preset_period(Preset.LAST_MONTH, dt.date(2026, 11, 15)),
}
ANSWERS = {ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.COMPLETED}


def _team(db: Database, actor: Actor | None) -> set[int] | None:
    if actor is None:
        return None
    with db.read() as s:
        return {actor.id, *s.scalars(select(User.id).where(User.supervisor_id == actor.id))}


def _expected(db: Database, period: Period, team: set[int] | None) -> list[dict[str, object]]:
    """Each counted referral as a dict, worked out from plain rows in Python."""
    with db.read() as s:
        refs = s.scalars(select(Referral).order_by(Referral.id)).all()
        authors: dict[int, int] = {
            nid: uid for nid, uid in s.execute(select(Note.id, Note.author_id))
        }
        assigned: dict[int, set[int]] = defaultdict(set)
        for cid, uid in s.execute(select(ClientAssignment.client_id, ClientAssignment.user_id)):
            assigned[cid].add(uid)
        changes = defaultdict(list)
        for c in s.scalars(select(ReferralStatusChange)):
            changes[c.referral_id].append((c.changed_on, c.to_status))
    out: list[dict[str, object]] = []
    for r in refs:
        local = r.created_at.astimezone()
        if not period.start <= local.date() <= period.end:
            continue
        maker = r.created_by_id or (authors.get(r.note_id) if r.note_id else None)
        if team is not None:
            if maker is not None and maker not in team:
                continue
            if maker is None and not assigned[r.client_id] & team:
                continue
        steps = sorted(changes[r.id])
        answered = next((on for on, st in steps if st in ANSWERS), None)
        made = next((on for on, st in steps if st == ReferralStatus.MADE), None)
        days = None
        if answered is not None:
            start = made if made is not None and made <= answered else local.date()
            days = (answered - start).days
        out.append({"to_whom": r.to_whom, "status": r.status, "days": days, "at": local})
    return out


def _check(report: Report, expected: list[dict[str, object]]) -> None:
    by_status, by_service = report.sections
    want = Counter(str(e["status"]) for e in expected)
    got = {row[0]: row[1] for row in by_status.rows}
    if expected:
        assert got == {st.label: want[st] for st in ReferralStatus}
        assert by_status.totals == ("Total", len(expected))
    else:
        assert by_status.rows == ()
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for e in expected:
        groups[" ".join(str(e["to_whom"]).lower().split())].append(e)
    rows = {}
    for items in groups.values():
        spellings = Counter(str(e["to_whom"]) for e in items)
        top = max(spellings.values())
        name = next(str(e["to_whom"]) for e in items if spellings[str(e["to_whom"])] == top)
        st = Counter(str(e["status"]) for e in items)
        days = [int(str(e["days"])) for e in items if e["days"] is not None]
        rows[name] = (
            len(items), st["accepted"], st["declined"], st["completed"],
            st["suggested"] + st["made"],
            statistics.median(days) if days else None,
            pytest.approx(sum(days) / len(days), abs=0.01) if days else None,
        )  # fmt: skip
    assert {row[0]: tuple(row[1:]) for row in by_service.rows} == rows
    counts = [int(str(row[1])) for row in by_service.rows]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize("which", sorted(PERIODS))
def test_counts_are_exact_for_each_supervisor_and_the_admin(
    report_demo: DemoAgency, which: str
) -> None:
    period = PERIODS[which]
    askers: list[tuple[Actor, Actor | None]] = [(a, a) for a in report_demo.supervisors.values()]
    askers.append((report_demo.admin, None))
    for asker, scope in askers:
        report = run_report(report_demo.db, asker, "referrals", period, today=report_demo.today)
        expected = _expected(report_demo.db, period, _team(report_demo.db, scope))
        _check(report, expected)
        assert_no_client_identifiers(report, report_demo.db)
    whole = _expected(report_demo.db, period, None)
    assert whole, "the demo has referrals in the period"
    assert any(e["days"] is not None for e in whole)


def test_a_worker_has_no_reports(report_demo: DemoAgency) -> None:
    worker = next(iter(report_demo.workers.values()))
    with pytest.raises(PermissionDenied):
        run_report(report_demo.db, worker, "referrals", PERIODS["month"])


def _period() -> Period:
    today = dt.date.today()
    return custom_period(today - dt.timedelta(days=40), today)


def test_days_to_outcome_from_the_day_it_was_made(agency: Agency) -> None:
    db, wendy = agency.db, agency.wendy
    cid = new_client(agency, wendy)
    today = dt.date.today()
    d0 = today - dt.timedelta(days=30)
    # Made at once, accepted 5 days later, then completed: 5 days (the first answer).
    a = referrals.add_referral(db, wendy, cid, "Food bank", status="made", on=d0)
    a = referrals.change_status(db, wendy, a.id, a.version, "accepted", d0 + dt.timedelta(days=5))
    referrals.change_status(db, wendy, a.id, a.version, "completed", d0 + dt.timedelta(days=9))
    # Suggested, made 2 days on, declined 10 days after it was suggested: 8 days.
    b = referrals.add_referral(db, wendy, cid, "food  BANK ", on=d0)
    b = referrals.change_status(db, wendy, b.id, b.version, "made", d0 + dt.timedelta(days=2))
    referrals.change_status(db, wendy, b.id, b.version, "declined", d0 + dt.timedelta(days=10))
    # Still waiting: not in the days.
    referrals.add_referral(db, wendy, cid, "Food bank", status="made", on=d0)

    report = run_report(db, agency.sam, "referrals", _period())
    by_status, by_service = report.sections
    assert dict((r[0], r[1]) for r in by_status.rows) == {
        "Suggested": 0, "Made": 1, "Accepted": 0, "Declined": 1, "Completed": 1,
    }  # fmt: skip
    assert by_service.rows == (("Food bank", 3, 0, 1, 1, 1, 6.5, 6.5),)
    assert by_service.totals == ("All services", 3, 0, 1, 1, 1, 6.5, 6.5)
    assert any("made" in n and "median" in n for n in by_service.notes)
    # Sue's team (walt) has none of them.
    other = run_report(db, agency.sue, "referrals", _period())
    assert other.sections[0].rows == () and other.sections[1].rows == ()


def test_the_day_recorded_is_the_office_clocks(agency: Agency, toronto_clock: None) -> None:
    """Recorded at 23:30 on 31 October in Toronto (04:30 UTC on 1 November) and declined on
    3 November: October's, 3 days; not November's, nor 2 days."""
    db = agency.db
    cid = new_client(agency, agency.wendy)
    at = dt.datetime(2026, 10, 31, 23, 30).astimezone()
    assert at.astimezone(dt.UTC).date() == dt.date(2026, 11, 1)
    with db.write() as s:
        ref = Referral(client_id=cid, to_whom="Clinic", status="declined", created_at=at,
                       status_changed_at=at, created_by_id=agency.wendy.id)  # fmt: skip
        s.add(ref)
        s.flush()
        s.add(ReferralStatusChange(referral_id=ref.id, from_status="made", to_status="declined",
                                   changed_on=dt.date(2026, 11, 3)))  # fmt: skip
    october = custom_period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    by_service = run_report(db, agency.sam, "referrals", october).sections[1]
    assert by_service.rows == (("Clinic", 1, 0, 1, 0, 0, 3.0, 3.0),)
    november = custom_period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert run_report(db, agency.sam, "referrals", november).sections[1].rows == ()


HOSTILE = (
    'Shelter "North"',
    '  shelter  "NORTH"',
    "<b>Clinic</b> & co",
    "=cmd|' /C calc'!A0",
    "=CMD|' /c calc'!A0",
    "+1-2; DROP TABLE referrals;--",
    "Café Zoë ☕ (Montréal)",
)


def test_hostile_service_names_are_grouped_and_kept_exactly(agency: Agency) -> None:
    db, wendy = agency.db, agency.wendy
    cid = new_client(agency, wendy)
    for name in HOSTILE:
        referrals.add_referral(db, wendy, cid, name)
    referrals.add_referral(db, wendy, cid, "<b>Clinic</b> & co")
    with pytest.raises(ValidationError):
        referrals.add_referral(db, wendy, cid, "Shelter\x00North")

    report = run_report(db, agency.admin, "referrals", _period())
    services = {row[0]: row[1] for row in report.sections[1].rows}
    assert services == {
        "<b>Clinic</b> & co": 2,
        'Shelter "North"': 2,  # the second was stored stripped: 'shelter  "NORTH"'
        "=cmd|' /C calc'!A0": 2,
        "+1-2; DROP TABLE referrals;--": 1,
        "Café Zoë ☕ (Montréal)": 1,
    }
    assert report.sections[0].totals == ("Total", 8)
    # Written out: the CSV never lets a spreadsheet run it, the PDF prints it as typed.
    text = render_csv(report).decode("utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in text and "'+1-2; DROP TABLE referrals;--" in text
    pdf = "".join(
        p.extract_text() or "" for p in PdfReader(io.BytesIO(render_report_pdf(report))).pages
    )
    assert "<b>Clinic</b> & co" in pdf and "Café Zoë" in pdf


def test_a_referral_without_its_maker_counts_for_the_clients_workers(agency: Agency) -> None:
    """Made on the record before the app kept who made it: no maker, no note."""
    db = agency.db
    cid = new_client(agency, agency.walt)
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    with db.write() as s:
        s.add(Referral(client_id=cid, to_whom="Legal aid", status="made", created_at=at,
                       status_changed_at=at))  # fmt: skip
    # One walt typed counts for walt: sue's team, not sam's.
    referrals.add_referral(db, agency.walt, cid, "Dentist")
    sue = run_report(db, agency.sue, "referrals", _period())
    assert {r[0] for r in sue.sections[1].rows} == {"Legal aid", "Dentist"}
    sam = run_report(db, agency.sam, "referrals", _period())
    assert sam.sections[1].rows == ()
    admin = run_report(db, agency.admin, "referrals", _period())
    assert admin.sections[0].totals == ("Total", 2)
    assert_no_client_identifiers(admin, db)
