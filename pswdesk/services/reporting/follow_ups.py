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
by the end of its due day is a comparison with the UTC instant that local day
ends (``day_end``): the due date's UTC midnight plus a shift that changes only
where the clocks change, as neither SQLite nor a server in another zone knows
the office clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session

from pswdesk.models import FollowUp
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


def _shifts(days: list[dt.date]) -> list[tuple[dt.date, int]]:
    """(first day, minutes) runs: from each first day on, a local day ends that many
    minutes after its own UTC midnight (24 h plus the office's offset behind UTC); a new
    run starts where the clocks change."""
    runs: list[tuple[dt.date, int]] = []
    for d in days:
        ends = local_midnight_utc(d + dt.timedelta(days=1))
        minutes = int((ends - dt.datetime.combine(d, dt.time(), dt.UTC)).total_seconds() // 60)
        if not runs or runs[-1][1] != minutes:
            runs.append((d, minutes))
    return runs


def _plus_minutes(s: Session, due: Any, minutes: int) -> ColumnElement[Any]:
    """``due`` at UTC midnight plus ``minutes``, comparable with a stored time."""
    if s.get_bind().dialect.name == "sqlite":
        # Stored times are UTC text "YYYY-MM-DD HH:MM:SS.ffffff": text order is time order.
        return func.datetime(due, f"{minutes:+d} minutes")
    shift: ColumnElement[Any] = literal_column(f"interval '{int(minutes)} minutes'")
    return func.timezone("UTC", due + shift)


def day_end(s: Session, due: Any, days: list[dt.date]) -> ColumnElement[Any]:
    """The UTC instant the local day ``due`` ends, for a due date among ``days``.

    A done time before it is on time on the office clock, on both backends (neither
    SQLite nor a server in another zone knows that clock): the day's UTC midnight
    plus a shift that only changes where the clocks change (``_shifts``).
    """
    runs = _shifts(days)
    if len(runs) == 1:
        return _plus_minutes(s, due, runs[0][1])
    whens = [
        (due < runs[i + 1][0], _plus_minutes(s, due, m)) for i, (_d, m) in enumerate(runs[:-1])
    ]
    return case(*whens, else_=_plus_minutes(s, due, runs[-1][1]))


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    days = [ctx.period.start + dt.timedelta(days=i) for i in range(ctx.period.days)]
    state = case(
        (
            FollowUp.done_at.is_(None),
            case((FollowUp.due_date < ctx.today, "overdue"), else_="not_yet_due"),
        ),
        (FollowUp.outcome == FollowUpOutcome.RESCHEDULED, "rescheduled"),
        (FollowUp.done_at < day_end(s, FollowUp.due_date, days), "on_time"),
        else_="late",
    ).label("state")
    month = ctx.date_index(FollowUp.due_date).label("month")
    q = (
        select(FollowUp.owner_id, month, state, func.count())
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
