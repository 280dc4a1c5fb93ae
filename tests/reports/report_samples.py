"""Hand-built reports for the output tests (CSV, PDF, saving), independent of any query.

``sample_report`` has every column kind, every chart kind, a totals row, a
footnote, a table wider than the page and an empty section; ``report_of`` wraps
any sections in a report heading.
"""

from __future__ import annotations

import datetime as dt

from pswdesk.reports.periods import Preset, custom_period, preset_period
from pswdesk.reports.report_data import (
    Cell,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    Report,
    Section,
)

TODAY = dt.date(2026, 11, 15)
MADE = dt.datetime(2026, 11, 15, 17, 5, tzinfo=dt.UTC)
MONTHS = ("Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026",
          "Oct 2026", "Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027", "Mar 2027")  # fmt: skip
WORKERS = ("Avery Lindqvist", "Bashir Okonkwo-Rasmussen", "Chen Wei", "Dana Ó Súilleabháin")


def report_of(*sections: Section, **heading: object) -> Report:
    fields: dict[str, object] = {
        "name": "contacts",
        "title": "Contacts per worker",
        "period": preset_period(Preset.THIS_FISCAL_YEAR, TODAY),
        "scope": "Sam Supervisor's team",
        "agency": "Riverside Peer Support",
        "generated_at": MADE,
        "generated_by": "Sam Supervisor",
        "sections": sections,
    }
    fields.update(heading)
    return Report(**fields)  # type: ignore[arg-type]


def per_worker() -> Section:
    columns = (
        Column("worker", "Worker", ColumnKind.TEXT),
        Column("notes", "Full notes"),
        Column("note_minutes", "Note minutes", ColumnKind.MINUTES),
        Column("hours", "Supervision", ColumnKind.HOURS),
        Column("days", "Median wait", ColumnKind.DAYS),
        Column("share", "On time", ColumnKind.PERCENT),
    )
    rows: list[tuple[Cell, ...]] = [
        (name, 40 + 7 * i, (40 + 7 * i) * 45, 1.5 * i, 2.25 + i, 50 + 10 * i)
        for i, name in enumerate(WORKERS)
    ]
    rows.append(("Left in June", 3, 125, None, None, None))
    totals: tuple[Cell, ...] = ("Total", sum(r[1] for r in rows), sum(r[2] for r in rows),  # type: ignore[misc]
                                9.0, None, None)  # fmt: skip
    return Section(
        title="Contacts per worker",
        columns=columns,
        rows=tuple(rows),
        totals=totals,
        chart=Chart(ChartKind.STACKED_BAR, "worker", ("notes", "hours"), "Contacts and hours"),
        notes=("A full note counts when it was submitted or signed; drafts do not.",),
    )


def per_month() -> Section:
    columns = (
        Column("month", "Month", ColumnKind.TEXT),
        Column("low", "Low"),
        Column("high", "High"),
    )
    rows = tuple((m, 10 + i, i % 3) for i, m in enumerate(MONTHS))
    return Section(
        title="Risk levels per month",
        columns=columns,
        rows=rows,
        chart=Chart(ChartKind.LINE, "month", ("low", "high"), "Signed notes by risk level"),
        notes=("Counted from signed notes.",),
    )


def wide() -> Section:
    """A worker-by-month table of 26 columns: wider than any page."""
    months = [f"{m} {y}" for y in (2025, 2026) for m in ("Jan", "Feb", "Mar", "Apr", "May",
              "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")]  # fmt: skip
    columns = (
        Column("worker", "Worker", ColumnKind.TEXT),
        *(Column(f"m{i}", m) for i, m in enumerate(months)),
        Column("all", "All contacts"),
    )
    rows = tuple(
        (name, *(1000 + 37 * i + j for j in range(24)), sum(1000 + 37 * i + j for j in range(24)))
        for i, name in enumerate(WORKERS)
    )
    return Section(title="All contacts per worker per month", columns=columns, rows=rows)


def by_service() -> Section:
    columns = (Column("service", "Service", ColumnKind.TEXT), Column("made", "Referrals"))
    rows = tuple((f"Service {i} for housing and income support", i + 1) for i in range(40))
    return Section(
        title="Referrals by service",
        columns=columns,
        rows=rows,
        chart=Chart(ChartKind.BAR, "service", ("made",)),
    )


def empty() -> Section:
    return Section(
        title="Closures by reason",
        columns=(Column("reason", "Reason", ColumnKind.TEXT), Column("n", "Closures")),
        rows=(),
        chart=Chart(ChartKind.BAR, "reason", ("n",)),
        notes=("A closure counts on its closing date.",),
        empty_text="No client file was closed in this period.",
    )


def sample_report() -> Report:
    return report_of(per_worker(), per_month(), wide(), by_service(), empty())


def custom_report() -> Report:
    return report_of(per_worker(), period=custom_period(dt.date(2026, 3, 3), dt.date(2026, 5, 9)))
