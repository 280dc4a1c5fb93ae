"""Contacts per worker: full notes and brief contacts, counted apart, with their minutes.

Funders count contacts per worker and per month. A full note counts once it is
submitted or signed (``COUNTED_STATUSES``; a note filed without review is signed
too); drafts and returned notes are work in progress and do not count. A brief
contact counts as brief unless it became a full note, which then counts as the
note (``brief_contacts.stayed_brief``), so one contact is never counted twice.
Both are placed by their contact time on the office clock (``ctx.month_index``).

One statement (grouped by kind, author and month, ``tallies``) holds every number;
the sections are sums of it in Python, so the per-worker, per-month and
worker-by-month tables always add up to the same totals.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from pswdesk.models import BriefContact, Note
from pswdesk.reports.periods import local_midnight_utc, month_label
from pswdesk.reports.report_data import Cell, Chart, ChartKind, Column, ColumnKind, Section
from pswdesk.services.brief_contacts import stayed_brief
from pswdesk.services.reporting.scope import ReportContext, staff_in_scope, staff_names
from pswdesk.vocabulary import NoteStatus

#: The note statuses that count as a contact made (signed covers filed without review).
COUNTED_STATUSES: tuple[NoteStatus, ...] = (NoteStatus.SUBMITTED, NoteStatus.APPROVED)

#: Beyond this many months the worker-by-month table is left out (too wide to read).
MAX_MONTH_COLUMNS = 24

NOTES_NOTE = (
    "A full note counts when it was submitted or signed (filed without review counts as "
    "signed); drafts and returned notes do not."
)
BRIEF_NOTE = (
    "A brief contact that became a full note counts once, as the note; its minutes are the note's."
)
WHEN_NOTE = "Contacts are placed by the date and time of the contact, on the office clock."


IntColumn = ColumnElement[int] | InstrumentedAttribute[int]


def counted_note() -> ColumnElement[bool]:
    """The notes counted as contacts made."""
    return Note.status.in_(COUNTED_STATUSES)


@dataclass(slots=True)
class Tally:
    """Counts and minutes of the two kinds of contact, for one worker, month or cell."""

    notes: int = 0
    note_minutes: int = 0
    brief: int = 0
    brief_minutes: int = 0

    def add(self, other: Tally) -> None:
        self.notes += other.notes
        self.note_minutes += other.note_minutes
        self.brief += other.brief
        self.brief_minutes += other.brief_minutes

    @property
    def all(self) -> int:
        return self.notes + self.brief

    def cells(self) -> tuple[Cell, ...]:
        return (self.notes, self.note_minutes, self.brief, self.brief_minutes, self.all)


@dataclass(slots=True)
class Tallies:
    """Every (author, month index) cell with a contact in the period."""

    cells: dict[tuple[int, int], Tally] = field(default_factory=dict)

    def cell(self, author: int, month: int) -> Tally:
        return self.cells.setdefault((author, month), Tally())

    def by_author(self) -> dict[int, Tally]:
        out: dict[int, Tally] = {}
        for (author, _), t in self.cells.items():
            out.setdefault(author, Tally()).add(t)
        return out

    def by_month(self) -> dict[int, Tally]:
        out: dict[int, Tally] = {}
        for (_, month), t in self.cells.items():
            out.setdefault(month, Tally()).add(t)
        return out


def month_ranges(ctx: ReportContext) -> list[tuple[int, dt.datetime, dt.datetime]]:
    """(month index, first instant, instant after) of each month of the period, in UTC.

    The same local midnights as ``ctx.month_index``, as ranges: a contact at 23:30 on
    31 March local time is in March's range.
    """
    months = ctx.period.months()
    starts = [ctx.lo, *(local_midnight_utc(dt.date(y, m, 1)) for y, m in months[1:])]
    ends = [*starts[1:], ctx.hi]
    return [(i, lo, hi) for i, (lo, hi) in enumerate(zip(starts, ends, strict=True))]


def month_literal(i: int) -> ColumnElement[int]:
    """A month index written into the SQL (a whole number we made, never user input)."""
    return literal_column(str(int(i)), Integer)


def reads_by_range(s: Session) -> bool:
    """Whether to read a period month by month (SQLite) or bucket it by a CASE (PostgreSQL).

    Both give the buckets of ``ctx.month_index``. Measured at 100,000 notes: SQLite
    evaluates the CASE row by row at several times the cost of the index scan, so one
    range read per month is faster there; PostgreSQL evaluates the CASE cheaply, and
    its planner answers each month's range read with a scan of a whole index, so one
    read with the CASE is faster there.
    """
    return s.get_bind().dialect.name == "sqlite"


def _arms(
    s: Session,
    ctx: ReportContext,
    kind: str,
    author: IntColumn,
    at: ColumnElement[dt.datetime] | InstrumentedAttribute[dt.datetime],
    minutes: IntColumn,
    where: ColumnElement[bool],
) -> list[Select[*tuple[Any, ...]]]:
    """Grouped SELECTs of (kind, month, author, count, minutes): one per month, or one in all."""
    label = literal_column(f"'{kind}'", String).label("kind")
    if reads_by_range(s):
        return [
            select(
                label,
                month_literal(i).label("month"),
                author.label("author_id"),
                func.count().label("n"),
                func.coalesce(func.sum(minutes), 0).label("minutes"),
            )
            .where(where, at >= lo, at < hi, ctx.counts(author))
            .group_by(author)
            for i, lo, hi in month_ranges(ctx)
        ]
    # The CASE is named in a subquery and grouped by that name outside: grouping by the
    # CASE itself repeats its bound parameters, which PostgreSQL does not see as one.
    inner = (
        select(
            author.label("author_id"),
            ctx.month_index(at).label("month"),
            minutes.label("minutes"),
        )
        .where(where, at >= ctx.lo, at < ctx.hi, ctx.counts(author))
        .subquery()
    )
    c = inner.c
    return [
        select(
            label, c.month, c.author_id, func.count(), func.coalesce(func.sum(c.minutes), 0)
        ).group_by(c.month, c.author_id)
    ]


def tallies(s: Session, ctx: ReportContext) -> Tallies:
    """The counted notes and brief contacts of the period by author and month.

    One statement: a UNION ALL of grouped SELECTs per kind (and per month on SQLite,
    ``reads_by_range``).
    """
    arms = [
        *_arms(s, ctx, "note", Note.author_id, Note.contact_at, Note.duration_minutes,
               counted_note()),
        *_arms(s, ctx, "brief", BriefContact.author_id, BriefContact.contact_at,
               BriefContact.minutes, stayed_brief()),
    ]  # fmt: skip
    out = Tallies()
    for kind, month, author, n, mins in s.execute(union_all(*arms)).all():
        cell = out.cell(int(author), int(month))
        if kind == "note":
            cell.notes, cell.note_minutes = int(n), int(mins)
        else:
            cell.brief, cell.brief_minutes = int(n), int(mins)
    return out


def workers_listed(s: Session, ctx: ReportContext, with_counts: set[int]) -> list[tuple[int, str]]:
    """Active workers in scope by name (with zeros when they had no contact), then anyone
    else with counts in the period (someone who has left since), by name."""
    listed = staff_in_scope(s, ctx)
    known = {uid for uid, _ in listed}
    others = staff_names(s, with_counts - known)
    return listed + sorted(others.items(), key=lambda item: (item[1], item[0]))


def _count_columns(first: Column) -> tuple[Column, ...]:
    return (
        first,
        Column("notes", "Full notes"),
        Column("note_minutes", "Note minutes", ColumnKind.MINUTES),
        Column("brief", "Brief contacts"),
        Column("brief_minutes", "Brief minutes", ColumnKind.MINUTES),
        Column("all", "All contacts"),
    )


def _total(parts: list[Tally]) -> Tally:
    total = Tally()
    for t in parts:
        total.add(t)
    return total


def listing_note(ctx: ReportContext) -> str:
    """How a per-worker table chooses its rows (``workers_listed``)."""
    who = "in the agency" if ctx.staff_ids is None else "in the team"
    return (
        f"Every current worker {who} is listed, with zeros when they had none; anyone else "
        "with counts in the period (someone who has left) is listed after them."
    )


def _per_worker(
    ctx: ReportContext, workers: list[tuple[int, str]], per: dict[int, Tally]
) -> Section:
    rows = [(name, *per.get(uid, Tally()).cells()) for uid, name in workers]
    return Section(
        title="Contacts per worker",
        columns=_count_columns(Column("worker", "Worker", ColumnKind.TEXT)),
        rows=tuple(rows),
        totals=("Total", *_total(list(per.values())).cells()),
        chart=Chart(ChartKind.STACKED_BAR, "worker", ("notes", "brief"), "Contacts per worker"),
        notes=(
            NOTES_NOTE,
            BRIEF_NOTE,
            WHEN_NOTE,
            listing_note(ctx),
        ),
        empty_text="No workers to list.",
    )


def _per_month(ctx: ReportContext, per: dict[int, Tally]) -> Section:
    labels = [month_label(y, m) for y, m in ctx.months_so_far()]
    rows = [(label, *per.get(i, Tally()).cells()) for i, label in enumerate(labels)]
    return Section(
        title="Contacts per month",
        columns=_count_columns(Column("month", "Month", ColumnKind.TEXT)),
        rows=tuple(rows),
        totals=("Total", *_total(list(per.values())).cells()),
        chart=Chart(ChartKind.LINE, "month", ("notes", "brief", "all"), "Contacts per month"),
        notes=(
            WHEN_NOTE + " A month only partly inside the period counts its days in the period.",
            NOTES_NOTE,
            *ctx.future_note(),
        ),
    )


def _worker_by_month(ctx: ReportContext, workers: list[tuple[int, str]], t: Tallies) -> Section:
    months = ctx.months_so_far()
    columns = (
        Column("worker", "Worker", ColumnKind.TEXT),
        *(Column(f"m{i}", month_label(y, m)) for i, (y, m) in enumerate(months)),
        Column("all", "All contacts"),
    )
    rows: list[tuple[Cell, ...]] = []
    for uid, name in workers:
        counts = [t.cells[(uid, i)].all if (uid, i) in t.cells else 0 for i in range(len(months))]
        rows.append((name, *counts, sum(counts)))
    per_month: Counter[int] = Counter()
    for (_, i), tally in t.cells.items():
        per_month[i] += tally.all
    column_totals = [per_month[i] for i in range(len(months))]
    return Section(
        title="All contacts per worker per month",
        columns=columns,
        rows=tuple(rows),
        totals=("Total", *column_totals, sum(column_totals)),
        notes=("Full notes and brief contacts together, counted as above.", *ctx.future_note()),
        empty_text="No workers to list.",
    )


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    t = tallies(s, ctx)
    per_author = t.by_author()
    workers = workers_listed(s, ctx, {a for a, tally in per_author.items() if tally.all})
    sections = [_per_worker(ctx, workers, per_author), _per_month(ctx, t.by_month())]
    if 1 < len(ctx.months_so_far()) <= MAX_MONTH_COLUMNS:
        sections.append(_worker_by_month(ctx, workers, t))
    return tuple(sections)
