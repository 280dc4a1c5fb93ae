"""The reporting periods funders and supervisors ask for, as plain dates.

A period is a first and a last day, both included, in the agency's local time:
"March" means 1 March 00:00 to 31 March 24:00 on the office clock, whatever the
server's time zone. The presets are the ones agencies report by (this or last
month, this or last quarter, this or last fiscal year) and a custom range. The
fiscal year starts in the month the agency sets (April by default, as most
Canadian funders' years do); quarters are calendar quarters.

Kept free of the database and of Qt so that the services, the command line, the
app and the PDF all name a period the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

#: The longest custom period: ten years of months is already more than a chart can show.
MAX_DAYS = 3_660

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


class Preset(StrEnum):
    THIS_MONTH = "this-month"
    LAST_MONTH = "last-month"
    THIS_QUARTER = "this-quarter"
    LAST_QUARTER = "last-quarter"
    THIS_FISCAL_YEAR = "this-fiscal-year"
    LAST_FISCAL_YEAR = "last-fiscal-year"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return _PRESET_LABELS[self]


_PRESET_LABELS = {
    Preset.THIS_MONTH: "This month",
    Preset.LAST_MONTH: "Last month",
    Preset.THIS_QUARTER: "This quarter",
    Preset.LAST_QUARTER: "Last quarter",
    Preset.THIS_FISCAL_YEAR: "This fiscal year",
    Preset.LAST_FISCAL_YEAR: "Last fiscal year",
    Preset.CUSTOM: "Custom dates",
}


class PeriodError(ValueError):
    """A period that cannot be reported on; the message is meant for the user."""


@dataclass(frozen=True, slots=True)
class Period:
    """``start`` to ``end``, both days included, with the words a report heading uses."""

    start: dt.date
    end: dt.date
    label: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every calendar month the period touches, in order."""
        out: list[tuple[int, int]] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    @property
    def span_text(self) -> str:
        """ "1 April 2026 – 31 March 2027": the dates, whatever the label says."""
        return f"{long_date(self.start)} – {long_date(self.end)}"


def long_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def month_label(year: int, month: int) -> str:
    """ "Mar 2026": short enough for a chart's axis."""
    return f"{_MONTHS[month - 1][:3]} {year}"


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return nxt - dt.timedelta(days=1)


def _shift_months(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _months_period(year: int, month: int, count: int, label: str) -> Period:
    ey, em = _shift_months(year, month, count - 1)
    return Period(dt.date(year, month, 1), _month_end(ey, em), label)


def fiscal_year_start(today: dt.date, start_month: int) -> dt.date:
    """The first day of the fiscal year ``today`` falls in."""
    year = today.year if today.month >= start_month else today.year - 1
    return dt.date(year, start_month, 1)


def _fiscal_label(start: dt.date) -> str:
    if start.month == 1:
        return f"Fiscal year {start.year}"
    return f"Fiscal year {start.year}–{str(start.year + 1)[-2:]}"


def preset_period(preset: Preset, today: dt.date, *, fiscal_start_month: int = 4) -> Period:
    """The period a preset names on ``today`` (the custom one needs ``custom_period``)."""
    if not 1 <= fiscal_start_month <= 12:
        raise PeriodError("the fiscal year starts in a month from 1 to 12")
    y, m = today.year, today.month
    if preset is Preset.THIS_MONTH:
        return _months_period(y, m, 1, f"{_MONTHS[m - 1]} {y}")
    if preset is Preset.LAST_MONTH:
        ly, lm = _shift_months(y, m, -1)
        return _months_period(ly, lm, 1, f"{_MONTHS[lm - 1]} {ly}")
    if preset in (Preset.THIS_QUARTER, Preset.LAST_QUARTER):
        qy, qm = y, (m - 1) // 3 * 3 + 1
        if preset is Preset.LAST_QUARTER:
            qy, qm = _shift_months(qy, qm, -3)
        return _months_period(qy, qm, 3, f"Q{(qm - 1) // 3 + 1} {qy}")
    if preset in (Preset.THIS_FISCAL_YEAR, Preset.LAST_FISCAL_YEAR):
        start = fiscal_year_start(today, fiscal_start_month)
        if preset is Preset.LAST_FISCAL_YEAR:
            start = start.replace(year=start.year - 1)
        return _months_period(start.year, start.month, 12, _fiscal_label(start))
    raise PeriodError("choose the first and last day of a custom period")


def custom_period(start: dt.date, end: dt.date) -> Period:
    """A period of the user's own dates; refused when it ends first or spans over ten years."""
    if end < start:
        raise PeriodError("the period ends before it starts")
    if (end - start).days + 1 > MAX_DAYS:
        raise PeriodError("a report covers at most ten years")
    return Period(start, end, f"{long_date(start)} – {long_date(end)}")


def local_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of ``day`` on this computer's clock, as the UTC instant stored times use."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def utc_bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) in UTC: local midnight of the first day to local midnight after the last."""
    return local_midnight_utc(period.start), local_midnight_utc(period.end + dt.timedelta(days=1))
