"""Referrals: the ones made in the period, where each stands now, and per service.

A referral counts in the period it was recorded in (its creation time on the
office clock) and for the person who made it: who typed it on the record, or the
author of the note whose step 7 it came from. A referral with neither (typed on
the record before the app kept who did) counts for the client's assigned
workers, so a supervisor still sees the ones on their team's clients.

The service is free text typed by staff: "Food bank", "food  bank " are one
service, grouped whatever the capitals and spaces and shown as most people typed
it (the text exactly as stored; the outputs escape it for their own format).
Time to an outcome is counted from the day the referral was made (its first step
to *made*, else the day it was recorded, if it was made at once) to its first
step to accepted, declined or completed, in whole days.

One query: each referral's service, status, creation time and the days of its
first step to made and to an answer; every number is then counted in Python.
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Subquery, and_, func, or_, select, true
from sqlalchemy.orm import Session

from pswdesk.models import ClientAssignment, Note, Referral, ReferralStatusChange
from pswdesk.reports.periods import local_midnight_utc
from pswdesk.reports.report_data import Cell, Chart, ChartKind, Column, ColumnKind, Section
from pswdesk.services.reporting.scope import ReportContext
from pswdesk.vocabulary import AWAITING_REFERRALS, ReferralStatus

#: The steps that are an answer from the service (accepted may still be going on).
OUTCOMES: tuple[ReferralStatus, ...] = (
    ReferralStatus.ACCEPTED,
    ReferralStatus.DECLINED,
    ReferralStatus.COMPLETED,
)

STATUS_COLUMNS = (
    Column("status", "Status", ColumnKind.TEXT),
    Column("referrals", "Referrals"),
)
SERVICE_COLUMNS = (
    Column("service", "Service", ColumnKind.TEXT),
    Column("referrals", "Referrals"),
    Column("accepted", "Accepted"),
    Column("declined", "Declined"),
    Column("completed", "Completed"),
    Column("open", "Still open"),
    Column("median_days", "Median days to outcome", ColumnKind.DAYS),
    Column("average_days", "Average days to outcome", ColumnKind.DAYS),
)

WHICH_NOTE = (
    "A referral counts in the period it was recorded in, for the worker who made it "
    "(or wrote the note it came from; one with neither counts for the client's workers)."
)
STATUS_NOTE = "Each referral is counted once, at the status it has today."
SERVICE_NOTE = (
    "Services are grouped whatever the capitals and spaces typed, and shown as most often typed."
)
OPEN_NOTE = "Still open: suggested or made, with no answer from the service yet."
DAYS_NOTE = (
    "Days to outcome run from the day the referral was made (or recorded, if made at once) "
    "to its first acceptance, decline or completion; the median is the middle value and "
    "referrals without an answer yet are left out."
)


def service_key(name: str) -> str:
    """What makes two typed service names the same service: capitals and spacing aside."""
    return " ".join(name.split()).casefold()


@dataclass(slots=True)
class ServiceTally:
    spellings: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    days: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        # most_common keeps first-seen order among ties: the earliest spelling wins a tie.
        return self.spellings.most_common(1)[0][0]

    @property
    def count(self) -> int:
        return sum(self.statuses.values())

    def cells(self, name: str) -> tuple[Cell, ...]:
        st = self.statuses
        return (
            name,
            self.count,
            st[ReferralStatus.ACCEPTED],
            st[ReferralStatus.DECLINED],
            st[ReferralStatus.COMPLETED],
            sum(st[s] for s in AWAITING_REFERRALS),
            _median(self.days),
            _average(self.days),
        )


def _median(days: list[int]) -> float | None:
    return float(statistics.median(days)) if days else None


def _average(days: list[int]) -> float | None:
    return round(sum(days) / len(days), 2) if days else None


def in_scope(ctx: ReportContext) -> ColumnElement[bool]:
    """Referrals whose maker is in scope: who typed it, else the author of its note, else
    (neither known) any of the client's assigned workers.

    The note's author is looked up through ``ix_notes_author_status`` (never the notes'
    rows), which keeps a supervisor's report fast at 100,000 notes.
    """
    if ctx.staff_ids is None:
        return true()
    team_notes = select(Note.id).where(ctx.counts(Note.author_id))
    assigned = (
        select(ClientAssignment.user_id)
        .where(
            ClientAssignment.client_id == Referral.client_id,
            ctx.counts(ClientAssignment.user_id),
        )
        .exists()
    )
    no_maker = Referral.created_by_id.is_(None)
    return or_(
        Referral.created_by_id.in_(ctx.staff_ids),
        and_(no_maker, Referral.note_id.in_(team_notes)),
        and_(no_maker, Referral.note_id.is_(None), assigned),
    )


def _first_steps(ctx: ReportContext) -> Subquery:
    """Per referral recorded in the period: the day of its first step to made, and to an
    answer (NULL where there is none). One grouped pass over the steps."""
    made = func.min(ReferralStatusChange.changed_on).filter(
        ReferralStatusChange.to_status == ReferralStatus.MADE
    )
    answered = func.min(ReferralStatusChange.changed_on).filter(
        ReferralStatusChange.to_status.in_(OUTCOMES)
    )
    return (
        select(
            ReferralStatusChange.referral_id,
            made.label("made_on"),
            answered.label("answered_on"),
        )
        .join(Referral, Referral.id == ReferralStatusChange.referral_id)
        .where(Referral.created_at >= ctx.lo, Referral.created_at < ctx.hi)
        .group_by(ReferralStatusChange.referral_id)
        .subquery("first_steps")
    )


def _local_day(ctx: ReportContext) -> Callable[[dt.datetime], dt.date]:
    """The office-clock day of a time in [lo, hi): a search among the period's local
    midnights, much quicker than a time-zone conversion per referral."""
    days = [ctx.period.start + dt.timedelta(days=i) for i in range(ctx.period.days)]
    midnights = [local_midnight_utc(d) for d in days]
    return lambda at: days[max(bisect.bisect_right(midnights, at) - 1, 0)]


def days_to_outcome(
    created_on: dt.date, made_on: dt.date | None, answered_on: dt.date | None
) -> int | None:
    """Whole days from being made to the first answer; None while there is none."""
    if answered_on is None:
        return None
    start = made_on if made_on is not None and made_on <= answered_on else created_on
    return max((answered_on - start).days, 0)


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    steps = _first_steps(ctx)
    q = (
        select(
            Referral.to_whom,
            Referral.status,
            Referral.created_at,
            steps.c.made_on,
            steps.c.answered_on,
        )
        .outerjoin(steps, steps.c.referral_id == Referral.id)
        .where(Referral.created_at >= ctx.lo, Referral.created_at < ctx.hi, in_scope(ctx))
        .order_by(Referral.created_at, Referral.id)
    )
    # Core rows (not the ORM's): thousands of plain tuples, none of them entities.
    rows = s.connection().execute(q).all()
    local_day = _local_day(ctx)
    by_status: Counter[str] = Counter()
    services: dict[str, ServiceTally] = {}
    every = ServiceTally()
    for to_whom, status, created_at, made_on, answered_on in rows:
        by_status[status] += 1
        key = service_key(to_whom)
        tally = services.get(key)
        if tally is None:
            tally = services[key] = ServiceTally()
        tally.spellings[to_whom] += 1
        tally.statuses[status] += 1
        if answered_on is not None:
            days = days_to_outcome(local_day(created_at), made_on, answered_on)
            if days is not None:
                tally.days.append(days)
                every.days.append(days)
    every.statuses = by_status
    status_rows = tuple((st.label, by_status[st]) for st in ReferralStatus)
    ordered = sorted(services.values(), key=lambda t: (-t.count, service_key(t.name), t.name))
    return (
        Section(
            title="By status",
            columns=STATUS_COLUMNS,
            rows=status_rows if rows else (),
            totals=("Total", len(rows)) if rows else None,
            chart=Chart(ChartKind.BAR, "status", ("referrals",), "Referrals by status today"),
            notes=(WHICH_NOTE, STATUS_NOTE),
            empty_text="No referral was made in this period.",
        ),
        Section(
            title="By service",
            columns=SERVICE_COLUMNS,
            rows=tuple(t.cells(t.name) for t in ordered),
            totals=every.cells("All services") if rows else None,
            chart=Chart(ChartKind.BAR, "service", ("referrals",), "Referrals by service"),
            notes=(SERVICE_NOTE, OPEN_NOTE, DAYS_NOTE),
            empty_text="No referral was made in this period.",
        ),
    )
