"""Follow-ups: the ones due in the period, and how each stands, per worker and per month.

A follow-up counts in the period its due date falls in, for its owner. Each one
is in exactly one column, so the columns add up to the number due:

- done on time: marked done on or before the day it was due (the office clock's
  day, so one done at 23:30 on its due day is on time);
- done late: marked done after that day;
- rescheduled: closed and replaced by a new follow-up on another date; it is
  neither done nor overdue, and the new one counts on its own due date;
- overdue: still open, due before today;
- not yet due: still open, due today or later.

One grouped query counts them by owner, month and column. Whether one was done
by the end of its due day is a comparison with that day's local midnight in UTC,
from a small table of the period's days (``_days``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import CTE, Date, Integer, case, column, func, select, values
from sqlalchemy.orm import Session

from pswdesk.models import TS, FollowUp
from pswdesk.reports.periods import local_midnight_utc, month_label
from pswdesk.reports.report_data import Cell, Chart, ChartKind, Column, ColumnKind, Section
from pswdesk.services.reporting.scope import ReportContext, staff_in_scope, staff_names
from pswdesk.vocabulary import FollowUpOutcome

STATES: tuple[Column, ...] = (
    Column("on_time", "Done on time"),
    Column("late", "Done late"),
    Column("rescheduled", "Rescheduled"),
    Column("overdue", "Overdue"),
    Column("not_yet_due", "Not yet due"),
)
STATE_KEYS: tuple[str, ...] = tuple(c.key for c in STATES)

NOTES = (
    "A follow-up counts in the period it was due in, for the worker who owns it; "
    "each is in one column only, so the columns add up to the number due.",
    "Done on time means marked done on or before the day it was due, on the office clock.",
    "A rescheduled follow-up was closed and replaced by one on a new date: it counts apart, "
    "as neither done nor overdue, and the new one counts on its own due date.",
    "Overdue means still open and due before today; not yet due, still open and due today "
    "or later.",
)


@dataclass(slots=True)
class Tally:
    counts: list[int]

    @classmethod
    def empty(cls) -> Tally:
        return cls([0] * len(STATE_KEYS))

    def cells(self, name: str) -> tuple[Cell, ...]:
        return (name, sum(self.counts), *self.counts)


def state_of(due: dt.date, done_at: dt.datetime | None, outcome: str | None, today: dt.date) -> str:
    """Which column one follow-up counts in."""
    if done_at is None:
        return "overdue" if due < today else "not_yet_due"
    if outcome == FollowUpOutcome.RESCHEDULED:
        return "rescheduled"
    return "on_time" if done_at.astimezone().date() <= due else "late"


def _columns(first: Column) -> tuple[Column, ...]:
    return (first, Column("due", "Due"), *STATES)


def _days(ctx: ReportContext) -> CTE:
    """Every day of the period: the UTC instant its local day ends, and its month's index.

    A done time before its due day's end is on time on the office clock, on both
    backends (neither SQLite nor a server in another zone knows that clock); the
    month comes with the day so the query needs no CASE per row.
    """
    month_at = {ym: i for i, ym in enumerate(ctx.period.months())}
    days = [ctx.period.start + dt.timedelta(days=i) for i in range(ctx.period.days)]
    rows = [
        (d, local_midnight_utc(d + dt.timedelta(days=1)), month_at[(d.year, d.month)]) for d in days
    ]
    table = values(column("day", Date), column("ends", TS), column("month", Integer))
    return table.data(rows).cte("due_days")


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    days = _days(ctx)
    state = case(
        (
            FollowUp.done_at.is_(None),
            case((FollowUp.due_date < ctx.today, "overdue"), else_="not_yet_due"),
        ),
        (FollowUp.outcome == FollowUpOutcome.RESCHEDULED, "rescheduled"),
        (FollowUp.done_at < days.c.ends, "on_time"),
        else_="late",
    ).label("state")
    month = days.c.month
    q = (
        select(FollowUp.owner_id, month, state, func.count())
        .join(days, days.c.day == FollowUp.due_date)
        .where(
            FollowUp.due_date >= ctx.period.start,
            FollowUp.due_date <= ctx.period.end,
            ctx.counts(FollowUp.owner_id),
        )
        .group_by(FollowUp.owner_id, month, state)
    )
    index = {k: i for i, k in enumerate(STATE_KEYS)}
    months = ctx.period.months()
    per_worker: dict[int, Tally] = {}
    per_month = [Tally.empty() for _ in months]
    total = Tally.empty()
    for owner_id, m, st, n in s.execute(q):
        i = index[st]
        worker = per_worker.get(owner_id)
        if worker is None:
            worker = per_worker[owner_id] = Tally.empty()
        for t in (worker, per_month[m], total):
            t.counts[i] += n

    people = dict(staff_in_scope(s, ctx))
    people.update(staff_names(s, set(per_worker) - set(people)))
    order = sorted(people, key=lambda uid: (people[uid].casefold(), uid))
    chart_series = STATE_KEYS
    sections = [
        Section(
            title="Follow-ups per worker",
            columns=_columns(Column("worker", "Worker", ColumnKind.TEXT)),
            rows=tuple(per_worker.get(uid, Tally.empty()).cells(people[uid]) for uid in order),
            totals=total.cells("Total"),
            chart=Chart(ChartKind.STACKED_BAR, "worker", chart_series, "Follow-ups due"),
            notes=NOTES,
            empty_text="No worker in scope.",
        )
    ]
    if len(months) > 1:
        sections.append(
            Section(
                title="Follow-ups per month",
                columns=_columns(Column("month", "Month", ColumnKind.TEXT)),
                rows=tuple(
                    t.cells(month_label(*ym)) for ym, t in zip(months, per_month, strict=True)
                ),
                totals=total.cells("Total"),
                chart=Chart(
                    ChartKind.STACKED_BAR, "month", chart_series, "Follow-ups due by month"
                ),
                notes=("A follow-up is in the month it was due in.",),
            )
        )
    return tuple(sections)
