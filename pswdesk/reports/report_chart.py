"""A report section's chart as vector graphics (reportlab.graphics) for the report PDF.

Bars for counts (grouped, or stacked when the parts add up to a whole), a line
for a trend over months; all text in the embedded font, drawn as strings (never
markup, so a name cannot break it). Printed, a chart must stay readable however
many rows the table has: long category names are shortened and turned, a crowded
axis labels only every few categories, a bar chart shows at most
``MAX_CATEGORIES`` rows and any chart at most ``MAX_SERIES`` series, and what was
left out is said under the chart (the table below it always lists everything). A
chart whose every value is zero is left out: the table says that plainly.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from pswdesk.reports.layout import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, fit, one_line
from pswdesk.reports.report_data import (
    Cell,
    ChartKind,
    Column,
    ColumnKind,
    Section,
    format_cell,
)
from pswdesk.reports.text_runs import display_order, single_face

#: More series than this and the colours stop telling them apart.
MAX_SERIES = 6
#: A bar chart of more rows than this is a smear; the table holds them all.
MAX_CATEGORIES = 30
#: Bars beyond this many go without their values printed above them.
MAX_VALUE_LABELS = 24
#: Values beyond this are drawn at it (a chart's scale cannot span any float).
_LIMIT = 1e12

#: Dark blue first (the documents' accent), then colours that stay apart in grey print.
PALETTE = (
    ACCENT,
    colors.HexColor("#6f9fd1"),
    colors.HexColor("#d9892b"),
    colors.HexColor("#4f9a6b"),
    colors.HexColor("#8e5fa8"),
    colors.HexColor("#b8443c"),
)

PLOT_HEIGHT = 52 * mm
LABEL_SIZE = 7.0
LEGEND_SIZE = 7.5
#: The longest a category name may be drawn (turned labels longer than this are shortened).
MAX_LABEL_WIDTH = 30 * mm


@dataclass(frozen=True, slots=True)
class ChartData:
    """What is drawn: category names, each series' label and values, and the axis unit."""

    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]
    unit: str
    whole_numbers: bool
    #: Said under the chart: the rows or series it leaves out.
    caveats: tuple[str, ...]


def cell_text(column: Column, value: Cell) -> str:
    """``format_cell``, with a dash for a number no count can be (infinite, not a number)."""
    if isinstance(value, float) and not math.isfinite(value):
        return format_cell(column, None)
    return format_cell(column, value)


def _at(row: tuple[Cell, ...], index: int) -> Cell:
    """A row's cell, or nothing for a row shorter than its columns."""
    return row[index] if index < len(row) else None


def _number(value: Cell, scale: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    v = float(value) / scale
    # Not a number, infinite, or too small to draw (a denormal such as 2e-313 made the
    # axis arithmetic give NaN): nothing to draw.
    if not math.isfinite(v) or abs(v) < 1e-9:
        return 0.0
    return max(-_LIMIT, min(_LIMIT, v))


_UNITS = {
    ColumnKind.MINUTES: "Hours",
    ColumnKind.HOURS: "Hours",
    ColumnKind.DAYS: "Days",
    ColumnKind.PERCENT: "Per cent",
}


def chart_data(section: Section) -> ChartData | None:
    """The chart ``section`` asks for, or None (no chart, no rows, or no column it names)."""
    chart = section.chart
    if chart is None or not section.rows:
        return None
    try:
        cat_index = section.column(chart.category)
    except KeyError:
        return None
    keys = [k for k in chart.series if any(c.key == k for c in section.columns)]
    if not keys:
        return None
    caveats: list[str] = []
    if len(keys) > MAX_SERIES:
        caveats.append(f"The chart shows the first {MAX_SERIES} of {len(keys)} columns.")
        keys = keys[:MAX_SERIES]
    rows = section.rows
    if chart.kind is not ChartKind.LINE and len(rows) > MAX_CATEGORIES:
        caveats.append(
            f"The chart shows the first {MAX_CATEGORIES} of {len(rows)} rows; "
            "the table lists them all."
        )
        rows = rows[:MAX_CATEGORIES]
    columns = [section.columns[section.column(k)] for k in keys]
    kinds = {c.kind for c in columns}
    kind = kinds.pop() if len(kinds) == 1 else None
    # Minutes are drawn as hours: an axis up to 6,000 minutes reads as nothing.
    scale = 60.0 if kind is ColumnKind.MINUTES else 1.0
    cat_column = section.columns[cat_index]
    categories = tuple(one_line(cell_text(cat_column, _at(row, cat_index))) for row in rows)
    series = tuple(
        (one_line(c.label), tuple(_number(_at(row, section.column(c.key)), scale) for row in rows))
        for c in columns
    )
    if not any(v for _, values in series for v in values):
        return None  # every value zero: a chart of nothing, the table says it plainly
    whole = kind is ColumnKind.COUNT and all(
        float(v).is_integer() for _, values in series for v in values
    )
    title = one_line(chart.title)
    if title.casefold() == one_line(section.title).casefold():
        title = ""  # the section's heading already says it
    return ChartData(
        chart.kind,
        title,
        categories,
        series,
        _UNITS.get(kind, "") if kind else "",
        whole,
        tuple(caveats),
    )


# -- scale ----------------------------------------------------------------------------------


def nice_scale(lo: float, hi: float, whole: bool) -> tuple[float, float, float]:
    """(min, max, step) of a value axis with about five round steps, always including 0."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi - lo <= 0:
        hi = lo + 1.0
    # Ticks are labelled to one decimal place, so no step is finer than 0.1: a tinier
    # span (a denormal 2e-313 found by Hypothesis) gave reportlab a NaN axis.
    raw = max((hi - lo) / 5, 0.1)
    mag = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 5, 10) if whole or mag >= 1 else (1, 2, 2.5, 5, 10)
    step = next(m * mag for m in steps if m * mag >= raw)
    if whole:
        step = max(1.0, round(step))
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def _tick_format(step: float) -> Callable[[float], str]:
    if float(step).is_integer():
        return lambda v: f"{v:,.0f}"
    return lambda v: f"{v:,.1f}"


# -- drawing --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Labels:
    names: list[str]
    angle: int
    height: float
    #: How far a turned first label reaches left of its category's middle.
    overhang: float = 0.0


def _wrapped(text: str, width: float, most: int) -> str:
    """``text`` in at most ``most`` lines of ``width``, each shortened if it must be."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < most:
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", FONT, LABEL_SIZE) <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    if words:
        out[-1] = f"{out[-1]} {' '.join(words)}"
    return "\n".join(fit(line, FONT, LABEL_SIZE, width) for line in out)


def _category_labels(categories: tuple[str, ...], slot: float) -> _Labels:
    """Names for the category axis: level when they fit (on up to three lines when the
    slots are wide), turned when not, and only every few when crowded."""
    line_h = LABEL_SIZE * 1.2
    widest = max((stringWidth(c, FONT, LABEL_SIZE) for c in categories), default=0)
    if widest <= slot - 3:
        return _Labels(list(categories), 0, line_h + 6)
    if slot >= 36:
        names = [_wrapped(c, slot - 4, 3) for c in categories]
        count = max(n.count("\n") + 1 for n in names)
        return _Labels(names, 0, count * line_h + 6)
    every = max(1, math.ceil((LABEL_SIZE * 1.6) / slot))
    names = [
        fit(c, FONT, LABEL_SIZE, MAX_LABEL_WIDTH) if i % every == 0 else ""
        for i, c in enumerate(categories)
    ]
    angle = 45 if slot >= LABEL_SIZE * 1.5 or every > 1 else 90
    longest = max((stringWidth(n, FONT, LABEL_SIZE) for n in names), default=0)
    sin = math.sin(math.radians(angle))
    cos = math.cos(math.radians(angle))
    return _Labels(names, angle, longest * sin + LABEL_SIZE + 8, longest * cos)


def _legend(data: ChartData, width: float, top: float) -> tuple[list[Group], float]:
    """Swatches and series names in rows from ``top`` down; returns the shapes and height."""
    shapes: list[Group] = []
    x, y = 0.0, top - LEGEND_SIZE
    line_h = LEGEND_SIZE + 5
    max_name = max(40.0, width / min(len(data.series), 3) - 24)
    for i, (label, _) in enumerate(data.series):
        name = fit(label or "–", FONT, LEGEND_SIZE, max_name)
        item_w = 14 + stringWidth(name, FONT, LEGEND_SIZE) + 14
        if x > 0 and x + item_w > width:
            x, y = 0.0, y - line_h
        colour = PALETTE[i % len(PALETTE)]
        g = Group()
        if data.kind is ChartKind.LINE:
            g.add(Line(x, y + 2.8, x + 10, y + 2.8, strokeColor=colour, strokeWidth=1.8))
        else:
            g.add(Rect(x, y, 8, 7, fillColor=colour, strokeColor=None))
        g.add(String(x + 13, y + 0.5, display_order(name), fontName=single_face(name, FONT),
                     fontSize=LEGEND_SIZE, fillColor=INK))  # fmt: skip
        shapes.append(g)
        x += item_w
    return shapes, top - y + 4


def _one_place(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"


def _value_labels(
    d: Drawing, chart: VerticalBarChart, data: ChartData, text: Callable[[float], str]
) -> None:
    """Each bar's value above it (a stack's total above the stack): a printed chart has no
    tooltip, and a funder reads the number off the page."""
    if data.kind is ChartKind.BAR:
        # A zero bar has no height to label; its "0" would only clutter the axis.
        chart.barLabelFormat = lambda v: text(v) if v else ""
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = LABEL_SIZE - 0.5
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 5
        return
    n = len(data.categories)
    lo, hi = chart.valueAxis.valueMin, chart.valueAxis.valueMax
    slot = chart.width / n
    for i in range(n):
        total = sum(vs[i] for _, vs in data.series)
        top = sum(vs[i] for _, vs in data.series if vs[i] > 0)
        y = chart.y + chart.height * (top - lo) / (hi - lo) + 2.5
        d.add(
            String(chart.x + slot * (i + 0.5), y, text(total), fontName=FONT,
                   fontSize=LABEL_SIZE - 0.5, fillColor=INK, textAnchor="middle")
        )  # fmt: skip


def chart_drawing(data: ChartData, width: float) -> Drawing:
    """The chart ``width`` points wide, tall enough for its title, legend and labels."""
    n = max(1, len(data.categories))
    values = [v for _, vs in data.series for v in vs]
    if data.kind is ChartKind.STACKED_BAR:
        sums = [sum(vs[i] for _, vs in data.series if vs[i] > 0) for i in range(n)]
        lows = [sum(vs[i] for _, vs in data.series if vs[i] < 0) for i in range(n)]
        lo, hi = min(lows, default=0.0), max(sums, default=0.0)
    else:
        lo, hi = min(values, default=0.0), max(values, default=0.0)
    vmin, vmax, step = nice_scale(lo, hi, data.whole_numbers)
    labelled = data.kind is not ChartKind.LINE and n * len(data.series) <= MAX_VALUE_LABELS
    if labelled and hi > vmax - step * 0.3:
        vmax += step  # room above the tallest bar for its value
    tick = _tick_format(step)
    tick_w = max(stringWidth(tick(v), FONT, LABEL_SIZE) for v in (vmin, vmax))
    left = tick_w + 6 + (LABEL_SIZE + 6 if data.unit else 0)
    plot_w = width - left - 6
    labels = _category_labels(data.categories, plot_w / n)
    if labels.overhang > left + plot_w / n / 2:
        # A turned first label would reach past the left edge: move the plot right.
        left = labels.overhang - plot_w / n / 2
        plot_w = width - left - 6
        labels = _category_labels(data.categories, plot_w / n)

    title_h = 14.0 if data.title else 0.0
    legend, legend_h = _legend(data, width, 0)
    height = title_h + legend_h + 6 + PLOT_HEIGHT + labels.height
    d = Drawing(width, height)
    top = height
    if data.title:
        d.add(
            String(0, top - 9, display_order(fit(data.title, FONT_BOLD, 8.5, width)),
                   fontName=single_face(data.title, FONT_BOLD), fontSize=8.5, fillColor=INK)
        )  # fmt: skip
        top -= title_h
    for g in legend:
        g.translate(0, top)
        d.add(g)
    plot_y = labels.height

    chart: VerticalBarChart | HorizontalLineChart
    if data.kind is ChartKind.LINE:
        chart = HorizontalLineChart()
        chart.joinedLines = 1
        for i in range(len(data.series)):
            line = chart.lines[i]
            line.strokeColor = PALETTE[i % len(PALETTE)]
            line.strokeWidth = 1.6
            if n <= 36:
                line.symbol = makeMarker(
                    "FilledCircle", size=3.2, fillColor=PALETTE[i % len(PALETTE)]
                )
    else:
        chart = VerticalBarChart()
        chart.groupSpacing = max(2, min(12, plot_w / n * 0.3))
        chart.barSpacing = 0.5
        if data.kind is ChartKind.STACKED_BAR:
            chart.categoryAxis.style = "stacked"
        for i in range(len(data.series)):
            chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            chart.bars[i].strokeColor = None
    chart.x, chart.y, chart.width, chart.height = left, plot_y, plot_w, PLOT_HEIGHT
    chart.data = [list(vs) for _, vs in data.series]

    cat = chart.categoryAxis
    # Each name in a face that has its letters (a worker called 王小明), in display order.
    cat.categoryNames = [display_order(name) for name in labels.names]
    for i, name in enumerate(labels.names):
        face = single_face(name, FONT)
        if face != FONT:
            cat.labels[i].fontName = face
    cat.strokeColor = MUTED
    cat.strokeWidth = 0.6
    cat.visibleTicks = False
    cat.labels.fontName = FONT
    cat.labels.fontSize = LABEL_SIZE
    cat.labels.fillColor = MUTED
    if labels.angle:
        cat.labels.angle = labels.angle
        cat.labels.boxAnchor = "ne"
        cat.labels.dx = 2
        cat.labels.dy = -3
    else:
        cat.labels.boxAnchor = "n"
        cat.labels.dy = -3
        cat.labels.leading = LABEL_SIZE * 1.2

    val = chart.valueAxis
    val.valueMin, val.valueMax, val.valueStep = vmin, vmax, step
    val.labelTextFormat = tick
    val.labels.fontName = FONT
    val.labels.fontSize = LABEL_SIZE
    val.labels.fillColor = MUTED
    val.visibleAxis = False
    val.visibleTicks = False
    val.visibleGrid = True
    val.gridStrokeColor = RULE
    val.gridStrokeWidth = 0.4
    d.add(chart)
    if labelled:
        _value_labels(d, chart, data, tick if data.whole_numbers else _one_place)

    if data.unit:
        unit = String(0, 0, data.unit, fontName=FONT, fontSize=LABEL_SIZE, fillColor=MUTED,
                      textAnchor="middle")  # fmt: skip
        turned = Group(unit)
        turned.transform = (0, 1, -1, 0, LABEL_SIZE, plot_y + PLOT_HEIGHT / 2)
        d.add(turned)
    return d
