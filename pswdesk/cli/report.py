"""`pswdesk report NAME`: one report for a period, printed as tables or written as CSV or PDF.

The numbers come from ``registry.run_report``, the same as the app's Reports
page, and are shown through ``report_data.format_cell``, so the terminal, the
app, the CSV and the PDF agree (docs/ARCHITECTURE.md, Reports). The period is
``--from``/``--to`` or a ``--period`` preset (the fiscal year starting in the
month the agency sets); with neither, this month.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk.cli.common import UsageError, acting_user, as_user, date, say
from pswdesk.db import Database
from pswdesk.reports.periods import Period, PeriodError, Preset, custom_period, preset_period
from pswdesk.reports.report_data import Cell, Column, Report, Section, format_cell
from pswdesk.services.reporting.registry import REPORT_NAMES, REPORTS

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers

#: The period when none is asked for: what a supervisor most often looks at.
DEFAULT_PRESET = Preset.THIS_MONTH

#: What a --from/--to pair is, before the dates are checked against each other.
DateRange = tuple[dt.date, dt.date]


def cmd_report(args: argparse.Namespace) -> int:
    if args.name not in REPORT_NAMES:
        raise UsageError(f"there is no report called {args.name!r}; the reports are {_names()}")
    asked = period_request(args.preset, args.date_from, args.date_to)
    # Dates and the file's suffix are checked before the password is asked for.
    if isinstance(asked, tuple):
        _custom(*asked)
    if args.output is not None:
        from pswdesk.services.reporting.exporting import format_for

        format_for(args.output)
    from pswdesk.services.reporting.registry import run_report

    today = dt.date.today()
    with as_user(args) as (db, actor):
        period = resolve_period(db, asked, today)
        report = run_report(db, actor, args.name, period, today=today)
        if args.output is None:
            for line in report_lines(report):
                say(line)
            return 0
        from pswdesk.services.reporting.exporting import save_report

        written = save_report(db, actor, report, args.output)
    say(f"{written}: {report.title}, {report.period.label}, {report.scope}")
    return 0


def period_request(
    preset: Preset | None, start: dt.date | None, end: dt.date | None
) -> Preset | DateRange:
    """What the flags ask for: a preset (resolved once the agency's fiscal year is known) or dates.

    ``--period custom`` is the same as giving ``--from`` and ``--to``; any other
    preset with dates is refused rather than silently preferring one of them.
    """
    if (start is None) != (end is None):
        raise UsageError("give both --from and --to (or --period PRESET)")
    if start is not None and end is not None:
        if preset not in (None, Preset.CUSTOM):
            raise UsageError(
                f"--period {preset} and --from/--to do not go together: give one or the other"
            )
        return start, end
    if preset is Preset.CUSTOM:
        raise UsageError("--period custom needs --from and --to")
    return preset or DEFAULT_PRESET


def resolve_period(db: Database, asked: Preset | DateRange, today: dt.date) -> Period:
    """The period asked for; a preset's fiscal year starts in the agency's chosen month."""
    from pswdesk.services.users import get_agency

    if isinstance(asked, tuple):
        return _custom(*asked)
    fiscal = get_agency(db).fiscal_year_start_month
    return preset_period(asked, today, fiscal_start_month=fiscal)


def _custom(start: dt.date, end: dt.date) -> Period:
    try:
        return custom_period(start, end)
    except PeriodError as exc:
        raise UsageError(f"--from {start} --to {end}: {exc}") from None


# -- the printed tables -------------------------------------------------------------------


def report_lines(report: Report) -> list[str]:
    """The whole report as plain text: its heading, then each section as an aligned table."""
    period = report.period
    when = report.period.label
    if period.span_text != when:
        when = f"{when} ({period.span_text})"
    made = report.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [
        report.title,
        report.agency,
        f"Period: {when}",
        f"Scope: {report.scope}",
        f"Made {made} by {report.generated_by}",
    ]
    for section in report.sections:
        lines += ["", *section_lines(section)]
    return lines


def section_lines(section: Section) -> list[str]:
    """A heading, the column labels, a rule, the rows, the totals and the footnotes."""
    out = [section.title]
    if not section.rows:
        return [*out, section.empty_text, *_footnotes(section)]
    cols = section.columns
    body = [_cells(cols, row) for row in section.rows]
    totals = _totals(cols, section.totals) if section.totals is not None else None
    every = [[c.label for c in cols], *body, *([totals] if totals else [])]
    widths = [max(len(row[i]) for row in every) for i in range(len(cols))]
    rule = ["-" * w for w in widths]
    out.append(_line(cols, [c.label for c in cols], widths))
    out.append(_line(cols, rule, widths))
    out += [_line(cols, row, widths) for row in body]
    if totals:
        out += [_line(cols, rule, widths), _line(cols, totals, widths)]
    return out + _footnotes(section)


def _footnotes(section: Section) -> list[str]:
    return [f"Note: {note}" for note in section.notes]


def _cells(columns: Sequence[Column], row: Sequence[Cell]) -> list[str]:
    return [format_cell(c, v) for c, v in zip(columns, row, strict=True)]


def _totals(columns: Sequence[Column], totals: Sequence[Cell]) -> list[str]:
    cells = _cells(columns, totals)
    if not columns[0].numeric and totals[0] in (None, ""):
        cells[0] = "Total"
    return cells


def _line(columns: Sequence[Column], cells: Sequence[str], widths: Sequence[int]) -> str:
    """Names to the left, numbers to the right, so digits line up under each other."""
    padded = [
        cell.rjust(w) if col.numeric else cell.ljust(w)
        for col, cell, w in zip(columns, cells, widths, strict=True)
    ]
    return "  ".join(padded).rstrip()


# -- arguments ----------------------------------------------------------------------------


def _names() -> str:
    return ", ".join(REPORT_NAMES)


def _preset(text: str) -> Preset:
    try:
        return Preset(text.strip().lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a period; choose from {', '.join(p.value for p in Preset)}"
        ) from None


REPORT_EPILOG = (
    "Reports:\n"
    + "".join(f"  {r.name:<12} {r.description}\n" for r in REPORTS)
    + """
Periods (--period; the fiscal year starts in the month the agency sets):
  """
    + ", ".join(p.value for p in Preset if p is not Preset.CUSTOM)
    + """
  or --from and --to (both days included). With neither: this month.

Supervisors get their team's work, administrators the whole agency's (counts
only); workers have no reports. No report holds a client's name or a note's words.

Example:
  PSWDESK_PASSWORD=... pswdesk report contacts --period last-quarter --user sam -o q.pdf
"""
)


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "report",
        help="a report for a period (contacts, clients, risk ...) as tables, CSV or PDF",
        description=(
            "Prints the report's tables, or with -o writes it as CSV (opens in a\n"
            "spreadsheet) or as a PDF with the agency's header and the charts."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=REPORT_EPILOG,
    )
    p.add_argument("name", metavar="NAME", help=f"which report: {_names()}")
    p.add_argument(
        "--from", dest="date_from", type=date, metavar="YYYY-MM-DD", help="first day counted"
    )
    p.add_argument(
        "--to", dest="date_to", type=date, metavar="YYYY-MM-DD", help="last day counted (included)"
    )
    p.add_argument(
        "--period",
        dest="preset",
        type=_preset,
        metavar="PRESET",
        help="this-month (default), last-month, this-quarter, ... instead of --from/--to",
    )
    p.add_argument(
        "-o", "--output", type=Path, metavar="FILE.csv|FILE.pdf", help="write it to a file"
    )
    acting_user(p, "the acting supervisor or administrator")
    p.set_defaults(handler=cmd_report)
