"""A report section's chart in QtCharts: bars for counts, stacked bars, lines for trends.

Draws only what the section's ``Chart`` names (``reports.report_data``): the
categories are the category column's cells as the table shows them, one bar set or
line per series column, in the same order as the table, so the picture and the
numbers beside it cannot disagree. A series is told apart by its name in the legend
and, for lines, by its dash pattern and point markers too, never by colour alone.
Minutes are drawn as hours (a minutes axis in the thousands reads badly). Many
categories stay readable: long names (services, closing reasons) make the bars lie
down with the names on the left; other labels stand upright when they do not fit
side by side (QtCharts cuts slanted ones short); very long ones are shortened; and
the chart asks for more room so the scroll area around it scrolls instead of
squeezing the bars.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QMargins,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QToolTip

from pswdesk.gui.chart_colours import dress_for_look, series_colour
from pswdesk.gui.report_text import local_cell, report_tr
from pswdesk.reports.report_data import Cell, ChartKind, Column, ColumnKind, Section

#: Lines differ by dash pattern as well as colour.
_DASHES = (
    Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine,
)  # fmt: skip
#: Bars with a category name longer than this lie down.
_LONG_NAME = 16
#: Room a category label needs beside its neighbours, beyond its own width.
_LABEL_GAP = 16
#: What the value axis, its title and the margins take from a chart's width.
_AXIS_ROOM = 90
#: A category label longer than this is shortened on the axis (the table has it whole).
_LABEL_CHARS = 18
#: The width each category needs before the chart asks to scroll (bars are per series).
_CATEGORY_WIDTH, _BAR_WIDTH = 22, 8
_TITLE_POINTS = 10.5
#: The height each lying bar (or group of them) needs: less, and QtCharts leaves its
#: name out.
_ROW_HEIGHT = 22
#: A legend entry's marker and spacing, beside its name.
_LEGEND_MARK = 34


def _number(column: Column, value: Cell) -> float:
    """A cell as a value to draw: minutes as hours, nothing as zero."""
    if not isinstance(value, (int, float)):
        return 0.0
    return value / 60 if column.kind is ColumnKind.MINUTES else float(value)


def _axis_title(columns: list[Column]) -> str:
    kinds = {ColumnKind.HOURS if c.kind is ColumnKind.MINUTES else c.kind for c in columns}
    if len(kinds) != 1:
        return ""
    title = {
        ColumnKind.COUNT: QT_TRANSLATE_NOOP("ReportChart", "Number"),
        ColumnKind.HOURS: QT_TRANSLATE_NOOP("ReportChart", "Hours"),
        ColumnKind.DAYS: QT_TRANSLATE_NOOP("ReportChart", "Days"),
        ColumnKind.PERCENT: QT_TRANSLATE_NOOP("ReportChart", "Per cent"),
    }.get(kinds.pop())
    return QCoreApplication.translate("ReportChart", str(title)) if title else ""


def categories(section: Section) -> list[str]:
    """The chart's categories: the category column as the table shows it, made unique."""
    assert section.chart is not None
    column = section.columns[section.column(section.chart.category)]
    out: list[str] = []
    for value in section.values(column.key):
        text = local_cell(column, value)
        if not column.numeric:
            text = report_tr(text)  # a risk level, an age band, a month
        if len(text) > _LABEL_CHARS:
            text = text[: _LABEL_CHARS - 1].rstrip() + "…"
        base, n = text, 2
        while text in out:  # an axis needs distinct categories
            text = f"{base} ({n})"
            n += 1
        out.append(text)
    return out


def build_chart(section: Section) -> QChart | None:
    """The section's chart, or None when it has none or no rows to draw."""
    spec = section.chart
    if spec is None or not section.rows or not spec.series:
        return None
    columns = [section.columns[section.column(key)] for key in spec.series]
    names = categories(section)
    lying = lies_down(section)
    # Lying bars are drawn from the bottom up: reversed, the first row is on top, as in
    # the table.
    order = list(range(len(names)))[::-1] if lying else list(range(len(names)))
    chart = QChart()
    chart.setTitle(report_tr(spec.title))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    title_font.setPointSizeF(_TITLE_POINTS)
    chart.setTitleFont(title_font)

    series_list: list[QLineSeries | QAbstractBarSeries] = []
    if spec.kind is ChartKind.LINE:
        for i, column in enumerate(columns):
            line = QLineSeries()
            line.setName(report_tr(column.label))
            pen = QPen(QColor(series_colour(column.key, i)))
            pen.setWidthF(2.4)
            pen.setStyle(_DASHES[i % len(_DASHES)])
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(8)
            values = section.values(column.key)
            for x, value in enumerate(values):
                line.append(QPointF(x, _number(column, value)))
            _tooltips(line, column, names, values)
            chart.addSeries(line)
            series_list.append(line)
    else:
        stacked = spec.kind is ChartKind.STACKED_BAR
        bars: QAbstractBarSeries
        if lying:
            bars = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        else:
            bars = QStackedBarSeries() if stacked else QBarSeries()
        for i, column in enumerate(columns):
            bar_set = QBarSet(report_tr(column.label))
            bar_set.setObjectName(column.key)  # the tooltip finds its column by it
            bar_set.setColor(QColor(series_colour(column.key, i)))
            bar_set.setBorderColor(QColor("#ffffff"))
            values = section.values(column.key)
            for row in order:
                bar_set.append(_number(column, values[row]))
            bars.append(bar_set)
        bars.hovered.connect(
            lambda status, index, bar_set: _bar_tooltip(
                status, order[index] if 0 <= index < len(order) else -1, bar_set, names, section
            )
        )
        chart.addSeries(bars)
        series_list.append(bars)

    x_axis = QBarCategoryAxis()
    x_axis.append([names[row] for row in order])
    y_axis = QValueAxis()
    y_axis.setTitleText(_axis_title(columns))
    y_axis.setMin(0)
    top = _top(section, spec.kind, columns)
    y_axis.setMax(top)
    if all(c.kind is ColumnKind.COUNT for c in columns) and top <= 10:
        y_axis.setTickCount(int(top) + 1)
        y_axis.setLabelFormat("%d")
    else:
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d" if top >= 10 else "%.1f")
    if lying:
        _attach(chart, series_list, x_axis, Qt.AlignmentFlag.AlignLeft)
        _attach(chart, series_list, y_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        _attach(chart, series_list, x_axis, Qt.AlignmentFlag.AlignBottom)
        _attach(chart, series_list, y_axis, Qt.AlignmentFlag.AlignLeft)
    return chart


def lies_down(section: Section) -> bool:
    """Bars lie down (names on the left, read across) when the names are long, as
    services' and reasons' are: standing up, QtCharts would cut them short."""
    spec = section.chart
    if spec is None or spec.kind is ChartKind.LINE or not section.rows:
        return False
    return max(len(name) for name in categories(section)) > _LONG_NAME


def _top(section: Section, kind: ChartKind, columns: list[Column]) -> float:
    """The highest value drawn (a stack's sum), with room above; at least 1."""
    rows = [[_number(c, row[section.column(c.key)]) for c in columns] for row in section.rows]
    peak = max((sum(r) if kind is ChartKind.STACKED_BAR else max(r)) for r in rows)
    if peak <= 0:
        return 1.0
    return float(int(peak) + 1) if peak < 10 else peak * 1.08


def _attach(
    chart: QChart,
    series: list[QLineSeries | QAbstractBarSeries],
    axis: QAbstractAxis,
    side: Qt.AlignmentFlag,
) -> None:
    chart.addAxis(axis, side)
    for s in series:
        s.attachAxis(axis)


def _tooltips(line: QLineSeries, column: Column, names: list[str], values: list[Cell]) -> None:
    def hovered(point: QPointF, state: bool) -> None:
        i = round(point.x())
        if state and 0 <= i < len(values):
            QToolTip.showText(
                QCursor.pos(),
                f"{report_tr(column.label)}, {names[i]}: {local_cell(column, values[i])}",
            )

    line.hovered.connect(hovered)


def _bar_tooltip(
    state: bool, index: int, bar_set: QBarSet, names: list[str], section: Section
) -> None:
    if not state or not 0 <= index < len(names):
        return
    column = section.columns[section.column(bar_set.objectName())]
    value = local_cell(column, section.rows[index][section.column(column.key)])
    QToolTip.showText(QCursor.pos(), f"{report_tr(column.label)}, {names[index]}: {value}")


def wanted_width(section: Section) -> int:
    """The width the chart needs so that bars do not crowd and the legend's names stay
    whole (it scrolls beyond)."""
    spec = section.chart
    if spec is None:
        return 0
    n = 0 if lies_down(section) else len(section.rows)
    per = _CATEGORY_WIDTH
    if spec.kind is ChartKind.BAR:
        per = max(per, _BAR_WIDTH * len(spec.series) + 8)
    metrics = QFontMetrics(QFont())
    legend = sum(
        metrics.horizontalAdvance(section.columns[section.column(key)].label) + _LEGEND_MARK
        for key in spec.series
    )
    bold = QFont()
    bold.setBold(True)
    bold.setPointSizeF(_TITLE_POINTS)
    title = QFontMetrics(bold).horizontalAdvance(spec.title)
    return max(_AXIS_ROOM + n * per, legend + 40, title + 40)


def fit_labels(chart: QChart, width: float) -> None:
    """Category labels across when they fit side by side in ``width``, else upright."""
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if not isinstance(axis, QBarCategoryAxis) or not axis.count():
            continue
        metrics = QFontMetrics(axis.labelsFont())
        need = max(metrics.horizontalAdvance(c) for c in axis.categories()) * 1.2 + _LABEL_GAP
        plot = width - _AXIS_ROOM  # the plot area itself is laid out only after a resize
        angle = 0 if need * axis.count() <= plot else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)


class ReportChartView(QChartView):
    """A chart view that turns its category labels as its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_labels(self.chart(), event.size().width())


def wanted_height(section: Section) -> int:
    """Lying bars need a row of height each (the chart scrolls down beyond)."""
    return 140 + _ROW_HEIGHT * len(section.rows) if lies_down(section) else 260


def chart_view(chart: QChart) -> QChartView:
    """The chart on screen, in the look in use (``chart_image`` draws it for paper)."""
    dress_for_look(chart)
    view = ReportChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    view.setMinimumSize(QSize(300, 260))
    return view


def chart_image(section: Section, size: QSize) -> QImage | None:
    """The section's chart drawn into an image of ``size`` points (for printing), or None
    without a chart."""
    chart = build_chart(section)
    if chart is None:
        return None
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    fit_labels(chart, size.width())
    # Lay the chart out now (its own posted layout requests only): no event loop runs
    # before it is drawn, and its axes would keep the labels cut for its first size.
    for _ in range(3):
        QCoreApplication.sendPostedEvents(chart, QEvent.Type.LayoutRequest)
    # Twice the pixels, drawn at the size asked: sharp on paper, with the screen's type size.
    image = QImage(size * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), chart.geometry())
    painter.end()
    scene.removeItem(chart)
    return image
