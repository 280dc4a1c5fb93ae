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

One query fetches the owner, due date, time done and outcome of each follow-up
in the period; the day something was done is its local date, worked out in
Python, which both backends then agree on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.models import FollowUp
from pswdesk.reports.periods import month_label
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

    def add(self, state: int) -> None:
        self.counts[state] += 1

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


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    q = select(FollowUp.owner_id, FollowUp.due_date, FollowUp.done_at, FollowUp.outcome).where(
        FollowUp.due_date >= ctx.period.start,
        FollowUp.due_date <= ctx.period.end,
        ctx.counts(FollowUp.owner_id),
    )
    index = {k: i for i, k in enumerate(STATE_KEYS)}
    months = ctx.period.months()
    month_at = {ym: i for i, ym in enumerate(months)}
    per_worker: dict[int, Tally] = {}
    per_month = [Tally.empty() for _ in months]
    total = Tally.empty()
    for owner_id, due, done_at, outcome in s.execute(q):
        state = index[state_of(due, done_at, outcome, ctx.today)]
        per_worker.setdefault(owner_id, Tally.empty()).add(state)
        per_month[month_at[(due.year, due.month)]].add(state)
        total.add(state)

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
