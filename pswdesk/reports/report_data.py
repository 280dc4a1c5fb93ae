"""A report as plain frozen data: sections of rows and columns, each with its chart.

``services.reporting`` fills a ``Report`` in one read session, holding counts and
the names of staff, months, levels and services only, never a client's name or
a note's words (docs/ARCHITECTURE.md, Reports). Every way of showing it reads
this same shape: the app's table and chart, the CSV file, the PDF and the command
line's table, so the four can never disagree about a number.

A report may hold several sections ("Clients served" has one per worker and one
per closing reason); each section is one table, optionally one chart over some of
its columns, and footnotes that say how it was counted.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum

from pswdesk.reports.periods import Period

#: What a cell may hold: a count or measure, a name, or nothing (shown as a dash).
Cell = int | float | str | None


class ColumnKind(StrEnum):
    TEXT = "text"  # a name: a worker, a month, a level, a service
    COUNT = "count"  # a whole number
    MINUTES = "minutes"  # whole minutes, shown as "2 h 05"
    HOURS = "hours"  # a decimal number of hours, shown to one place
    DAYS = "days"  # a decimal number of days, shown to one place
    PERCENT = "percent"  # 0-100, shown to the nearest whole number


class ChartKind(StrEnum):
    BAR = "bar"  # one group of bars per row, one bar per series
    STACKED_BAR = "stacked-bar"  # one bar per row, the series stacked
    LINE = "line"  # one line per series, the rows along the x axis in order


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = ColumnKind.COUNT

    @property
    def numeric(self) -> bool:
        return self.kind is not ColumnKind.TEXT


@dataclass(frozen=True, slots=True)
class Chart:
    """What to draw: the categories are ``category``'s values, one series per key."""

    kind: ChartKind
    category: str
    series: tuple[str, ...]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: A last row of totals (same width as ``columns``), or None where a sum means nothing.
    totals: tuple[Cell, ...] | None = None
    chart: Chart | None = None
    #: One sentence each: how it was counted, what was left out.
    notes: tuple[str, ...] = ()
    #: Shown instead of an empty table.
    empty_text: str = "Nothing to count in this period."

    def column(self, key: str) -> int:
        """The index of column ``key`` (a KeyError names a chart's typo at once)."""
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def values(self, key: str) -> list[Cell]:
        i = self.column(key)
        return [row[i] for row in self.rows]


@dataclass(frozen=True, slots=True)
class Report:
    #: The command line's name: ``contacts``, ``clients``, ``review-age`` ...
    name: str
    title: str
    period: Period
    #: Whose work it covers: "Sam Supervisor's team" or "Whole agency".
    scope: str
    agency: str
    generated_at: dt.datetime
    generated_by: str
    sections: tuple[Section, ...] = field(default_factory=tuple)


def minutes_text(minutes: int) -> str:
    """45 -> "45 min", 125 -> "2 h 05": how the app shows time spent."""
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d}"


@dataclass(frozen=True, slots=True)
class NumberMarks:
    """How a language groups thousands and marks decimals: the app's windows pass their
    locale's (French writes 1 234,5); the PDF, the terminal and the tests use English's."""

    group: str = ","
    decimal: str = "."


ENGLISH_MARKS = NumberMarks()


def format_cell(column: Column, value: Cell, marks: NumberMarks = ENGLISH_MARKS) -> str:
    """A cell as people read it (the app, the PDF, the printed table); CSV keeps raw numbers."""
    if value is None or value == "" or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, str):
        return value
    kind = column.kind
    if kind is ColumnKind.MINUTES:
        return minutes_text(int(value))
    if kind is ColumnKind.PERCENT:
        return f"{float(value):.0f} %"
    if kind in (ColumnKind.HOURS, ColumnKind.DAYS) or isinstance(value, float):
        text = f"{float(value):,.1f}"
    else:
        text = f"{value:,}"
    if marks == ENGLISH_MARKS:
        return text
    # English formatting writes only "," and "." as marks, so swapping them is exact.
    return text.translate({ord(","): marks.group, ord("."): marks.decimal})
