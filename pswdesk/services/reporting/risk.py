"""Risk levels over time: final notes per month by the risk level they recorded.

Only final records count: signed notes (approved by a supervisor) and notes filed
without review, which are locked and hashed like signed ones and are as much the
record; both have the status approved. Drafts, notes waiting for review and
returned notes may still change their level, so they do not count. Each note is
placed by its contact time on the office clock (``ctx.month_index``); a note
with no level recorded counts as "Not rated".

The second table counts clients by the highest level any of their counted notes
in the period recorded: numbers only, never which clients. Two grouped queries
hold every number.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session

from pswdesk.models import Note
from pswdesk.reports.periods import month_label
from pswdesk.reports.report_data import Cell, Chart, ChartKind, Column, ColumnKind, Section
from pswdesk.services.reporting.scope import ReportContext
from pswdesk.vocabulary import NoteStatus, RiskLevel

NOT_RATED = "Not rated"

Filters = tuple[ColumnElement[bool], ...]

#: The levels as columns, lowest first, then the notes that recorded none.
LEVELS: tuple[RiskLevel | None, ...] = (*RiskLevel, None)

#: The lines the chart draws: the levels that call for a plan.
CHARTED: tuple[RiskLevel, ...] = tuple(r for r in RiskLevel if r.needs_plan)

COUNTED_NOTE = (
    "A note counts once it is final: signed by a supervisor, or filed without review "
    "(locked like a signed note, with no signer). Drafts, notes waiting for review and "
    "returned notes do not count."
)
WHEN_NOTE = (
    "Notes are placed by the date and time of the contact, on the office clock; "
    "a note signed after the period ends still counts in its contact's month."
)
UNRATED_NOTE = f"“{NOT_RATED}”: the note recorded no risk level."
CLIENTS_NOTE = (
    "Each client counts once, at the highest level any of their counted notes in the "
    f"period recorded; “{NOT_RATED}” when none of them recorded a level."
)


def _key(level: RiskLevel | None) -> str:
    return "not_rated" if level is None else str(level)


def _label(level: RiskLevel | None) -> str:
    return NOT_RATED if level is None else level.label


def _rank() -> ColumnElement[int]:
    """A level's rank (none 0 ... imminent 4); -1 for no level."""
    return case(
        *[(Note.risk_level == level, level.rank) for level in RiskLevel],
        else_=-1,
    )


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    counted: Filters = (
        Note.status == NoteStatus.APPROVED,
        Note.contact_at >= ctx.lo,
        Note.contact_at < ctx.hi,
        ctx.counts(Note.author_id),
    )
    return (_per_month(s, ctx, counted), _clients(s, counted))


def _per_month(s: Session, ctx: ReportContext, counted: Filters) -> Section:
    months = ctx.period.months()
    inner = select(
        ctx.month_index(Note.contact_at).label("month"), Note.risk_level.label("level")
    ).where(*counted)
    sub = inner.subquery()
    q = select(sub.c.month, sub.c.level, func.count()).group_by(sub.c.month, sub.c.level)
    grid = [[0] * len(LEVELS) for _ in months]
    for month, level, n in s.execute(q):
        grid[int(month)][LEVELS.index(RiskLevel(level) if level is not None else None)] += n

    columns = (
        Column("month", "Month", ColumnKind.TEXT),
        *(Column(_key(level), _label(level)) for level in LEVELS),
        Column("total", "Total"),
    )
    shown = ctx.months_so_far()
    rows: list[tuple[Cell, ...]] = [
        (month_label(y, m), *counts, sum(counts))
        for (y, m), counts in zip(shown, grid[: len(shown)], strict=True)
    ]
    sums = [sum(col) for col in zip(*grid, strict=True)] if grid else [0] * len(LEVELS)
    return Section(
        title="Final notes per month by risk level",
        columns=columns,
        rows=tuple(rows),
        totals=("Total", *sums, sum(sums)),
        chart=Chart(
            ChartKind.LINE,
            "month",
            tuple(_key(level) for level in CHARTED),
            "Notes at moderate, high and imminent risk per month",
        ),
        notes=(COUNTED_NOTE, WHEN_NOTE, UNRATED_NOTE, *ctx.future_note()),
        empty_text="No final notes in this period.",
    )


def _clients(s: Session, counted: Filters) -> Section:
    # Grouped by "client_id + 0" so SQLite reads the period's notes by contact time
    # (a narrow range) and sorts them, rather than walking every client's notes in
    # client order to save the sort; the client ids never leave the database.
    per_client = (
        select(func.max(_rank()).label("top"))
        .where(*counted)
        .group_by(Note.client_id + literal_column("0"))
        .subquery()
    )
    q = select(per_client.c.top, func.count()).group_by(per_client.c.top)
    by_rank = {int(top): n for top, n in s.execute(q)}
    total = sum(by_rank.values())
    rows: list[tuple[Cell, ...]] = []
    for level in (*reversed(RiskLevel), None):
        n = by_rank.get(-1 if level is None else level.rank, 0)
        rows.append((_label(level), n, 100 * n / total if total else None))
    return Section(
        title="Clients by the highest risk level recorded",
        columns=(
            Column("level", "Highest level", ColumnKind.TEXT),
            Column("clients", "Clients"),
            Column("share", "Share of clients", ColumnKind.PERCENT),
        ),
        rows=tuple(rows),
        totals=("Total", total, 100.0 if total else None),
        chart=Chart(ChartKind.BAR, "level", ("clients",), "Clients by highest risk level"),
        notes=(CLIENTS_NOTE, COUNTED_NOTE),
        empty_text="No client has a final note in this period.",
    )
