"""Two small charts on the client record: the risk level over time, and goal progress.

Both draw only what their tab's service already gave the tab (``risk_history``'s
signed ratings, ``goals``' goals with their progress entries), so the picture and
the list beside it cannot disagree, and neither shows anything of the client but
the record's own. They are meant to be glanced at: a calm, short strip beside the
list (above the ratings, under the goals), not a dashboard.

- The risk chart is a step line: a level holds from one signed rating to the next,
  with a marker at each rating. The levels are the y axis's words (None ...
  Imminent), so a marker's height says its level; colour only repeats it.
- The goal timeline has one row per goal (numbered as the goals are listed): a
  thin line from the day it was set to its latest entry (to today while it is
  active), a square where it was set, and a marker at each progress entry whose
  shape says the status the entry gave it (the legend names each shape), so
  status never rests on colour alone. More goals than fit scroll inside their
  strip (``ChartStrip``) rather than squeezing the rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QXYSeries,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QWidget

from pswdesk.gui.chart_colours import BLUE, GREEN, GREY, ORANGE, dress_for_look
from pswdesk.gui.risk_badge import RISK_COLOURS
from pswdesk.gui.vocabulary_text import translated, vocab_label
from pswdesk.services.goals import GoalRow
from pswdesk.services.risk_history import RiskEntry
from pswdesk.vocabulary import GoalStatus, RiskLevel

#: A quiet line colour for paths and spans (the markers carry the meaning).
LINE = "#52606d"
#: How a progress entry's status is drawn: marker shape, colour, size.
STATUS_MARKERS: dict[GoalStatus, tuple[QScatterSeries.MarkerShape, str, float]] = {
    GoalStatus.ACTIVE: (QScatterSeries.MarkerShape.MarkerShapeCircle, BLUE, 9.0),
    GoalStatus.ACHIEVED: (QScatterSeries.MarkerShape.MarkerShapeStar, GREEN, 14.0),
    GoalStatus.PAUSED: (QScatterSeries.MarkerShape.MarkerShapeTriangle, ORANGE, 11.0),
    GoalStatus.DROPPED: (QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle, GREY, 10.0),
}
#: Room around a row's label (QtCharts shows "..." for a label its row cannot hold), and
#: what the axes, legend and margins take beyond the rows, in multiples of a text line.
ROW_PADDING = 12
RISK_CHROME_LINES, GOAL_CHROME_LINES = 0.5, 3.0
#: The most of the tab the goal timeline takes; more goals than fit scroll inside it.
GOAL_MAX_HEIGHT = 160
#: Characters of a goal's words on the timeline's axis (the list beside it has them all).
GOAL_LABEL_CHARS = 28
_DAY_MS = 86_400_000


def instant_ms(value: dt.datetime) -> float:
    """A stored UTC time as the axis's milliseconds (the axis shows it in local time)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.timestamp() * 1000


def day_ms(day: dt.date) -> float:
    """A calendar day as the axis's milliseconds: its local noon, so no zone moves it a day."""
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def _base_chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(2, 2, 6, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(False)
    return chart


def _small_font(widget: QWidget, delta: float = -1.0) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(size + delta, 7.0))
    return font


def _time_axis(font: QFont, lo: float, hi: float) -> QDateTimeAxis:
    """Dates along the bottom: months for a long history, days for a short one."""
    if hi - lo < _DAY_MS:  # one day (or one point): give it a week either side
        lo, hi = lo - 7 * _DAY_MS, hi + 7 * _DAY_MS
    pad = (hi - lo) * 0.04
    axis = QDateTimeAxis()
    axis.setFormat("MMM yyyy" if hi - lo > 120 * _DAY_MS else "d MMM")
    axis.setTickCount(5)
    axis.setLabelsFont(font)
    axis.setRange(QDateTime.fromMSecsSinceEpoch(int(lo - pad)),
                  QDateTime.fromMSecsSinceEpoch(int(hi + pad)))  # fmt: skip
    axis.setGridLineVisible(False)
    return axis


def _category_axis(font: QFont, labels: Sequence[str]) -> QCategoryAxis:
    """Words at whole values 0, 1, 2 ... (a level, a goal), with a faint line at each."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for value, label in enumerate(labels):
        axis.append(label, value)
    axis.setRange(-0.5, len(labels) - 0.5)
    axis.setLabelsFont(font)
    axis.setGridLinePen(QPen(QColor("#e4e7eb"), 1))
    axis.setStartValue(-0.5)
    return axis


def _attach(chart: QChart, series: QXYSeries, x: QDateTimeAxis, y: QCategoryAxis) -> None:
    chart.addSeries(series)
    series.attachAxis(x)
    series.attachAxis(y)


def _day(value: dt.date) -> str:
    """A day as the windows' language writes it ("07 Dec 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd MMM yyyy")


class _SmallChart(QChartView):
    #: The new fixed height, each time the rows to show change it.
    height_fitted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setStyleSheet("background: transparent")
        # No Tab stop: there is nothing to do in a chart, and the list beside it holds
        # the same ratings or entries for the keyboard and screen readers.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setChart(_base_chart())

    def fit_rows(self, rows: int, chrome_lines: float) -> None:
        """Tall enough for ``rows`` labelled rows in the user's font size, and no taller."""
        line = QFontMetrics(_small_font(self)).height()
        height = round(rows * (line + ROW_PADDING) + chrome_lines * line) + 30
        self.setFixedHeight(height)
        self.height_fitted.emit(height)

    def _fresh(self) -> QChart:
        """A new chart in place of the old (QtCharts re-ranges badly when series change)."""
        old = self.chart()
        chart = _base_chart()
        self.setChart(chart)
        old.deleteLater()
        return chart


# -- risk ---------------------------------------------------------------------------------


def risk_points(entries: Sequence[RiskEntry]) -> list[tuple[float, int]]:
    """(time, level rank) of each rating, oldest first (the service lists newest first)."""
    ordered = sorted(entries, key=lambda e: (instant_ms(e.contact_at), e.note_id))
    return [(instant_ms(e.contact_at), e.level.rank) for e in ordered]


def step_path(points: Sequence[tuple[float, int]]) -> list[tuple[float, float]]:
    """A level held until the next rating: each point, then a flat run to the next one's time."""
    path: list[tuple[float, float]] = []
    for i, (x, y) in enumerate(points):
        if i:
            path.append((x, path[-1][1]))
        path.append((x, float(y)))
    return path


class RiskChart(_SmallChart):
    """The signed ratings as a step line over time, None at the bottom to Imminent at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fit_rows(len(RiskLevel), RISK_CHROME_LINES)
        self.setAccessibleName(self.tr("Risk level over time"))
        self.path = QLineSeries()
        self.markers: dict[RiskLevel, QScatterSeries] = {}
        self._entries: dict[tuple[float, int], RiskEntry] = {}

    def show_entries(self, entries: Sequence[RiskEntry]) -> None:
        chart = self._fresh()
        self.fit_rows(len(RiskLevel), RISK_CHROME_LINES)  # the font is the styled one by now
        points = risk_points(entries)
        self._entries = {(instant_ms(e.contact_at), e.level.rank): e for e in entries}
        font = _small_font(self)
        x = _time_axis(font, points[0][0], points[-1][0]) if points else _time_axis(font, 0, 0)
        y = _category_axis(font, [vocab_label(level) for level in RiskLevel])
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.path = QLineSeries()
        self.path.setName(self.tr("Risk level"))
        self.path.setPen(QPen(QColor(LINE), 1.6))
        self.path.append([QPointF(px, py) for px, py in step_path(points)])
        _attach(chart, self.path, x, y)
        self.markers = {}
        for level in RiskLevel:
            dots = QScatterSeries()
            dots.setName(vocab_label(level))
            dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
            dots.setMarkerSize(9.0)
            dots.setColor(QColor(RISK_COLOURS[level][0]))
            dots.setBorderColor(QColor(LINE))
            dots.append([QPointF(px, py) for px, py in points if py == level.rank])
            dots.hovered.connect(self._hovered)
            _attach(chart, dots, x, y)
            self.markers[level] = dots
        dress_for_look(chart)  # QtCharts' light theme otherwise, on a dark window
        n = len(points)
        if n == 1:
            self.setAccessibleDescription(self.tr("1 signed rating over time"))
        else:
            self.setAccessibleDescription(self.tr("{n} signed ratings over time").format(n=n))

    def _hovered(self, point: QPointF, inside: bool) -> None:
        entry = self._entries.get((point.x(), round(point.y())))
        if not inside or entry is None:
            QToolTip.hideText()
            return
        when = entry.contact_at.replace(tzinfo=entry.contact_at.tzinfo or dt.UTC).astimezone()
        tip = self.tr("{date}: {level}").format(date=_day(when), level=vocab_label(entry.level))
        QToolTip.showText(QCursor.pos(), tip, self)


# -- goals --------------------------------------------------------------------------------


def goal_label(number: int, text: str) -> str:
    """ "2. Take a lunch break three…": numbered as the goals are listed, so labels are unique."""
    words = " ".join(text.split())
    if len(words) > GOAL_LABEL_CHARS:
        cut = words[: GOAL_LABEL_CHARS - 1]
        space = cut.rfind(" ")
        if space > GOAL_LABEL_CHARS // 2:  # end on a whole word when one is near
            cut = cut[:space]
        words = cut.rstrip(" ,;:.") + "…"
    return f"{number}. {words}"


class GoalTimeline(_SmallChart):
    """One row per goal: its span, where it was set, and a status-shaped marker per entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fit_rows(1, GOAL_CHROME_LINES)
        self.setAccessibleName(self.tr("Goal progress over time"))
        self.spans: list[QLineSeries] = []
        self.set_markers = QScatterSeries()
        self.status_markers: dict[GoalStatus, QScatterSeries] = {}
        self._tips: dict[tuple[float, int], str] = {}

    def show_goals(self, rows: Sequence[GoalRow], today: dt.date | None = None) -> None:
        """``rows`` in the list's order: the first at the top."""
        today = today or dt.date.today()
        chart = self._fresh()
        n = len(rows)
        self.fit_rows(max(n, 1), GOAL_CHROME_LINES)
        font = _small_font(self)
        labels = [goal_label(i + 1, r.text) for i, r in enumerate(rows)]
        days = [d for r in rows for d in (r.set_on, *(p.on for p in r.progress))]
        days += [today for r in rows if r.active]
        x = (
            _time_axis(font, day_ms(min(days)), day_ms(max(days)))
            if days
            else _time_axis(font, 0, 0)
        )
        y = _category_axis(font, list(reversed(labels)))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        legend.setFont(font)
        self._tips = {}
        self.spans = []
        for i, row in enumerate(rows):
            level = n - 1 - i
            ends = [row.set_on, *(p.on for p in row.progress), *([today] if row.active else [])]
            span = QLineSeries()
            span.setPen(QPen(QColor(LINE), 1.2, Qt.PenStyle.DotLine if not row.active else
                             Qt.PenStyle.SolidLine))  # fmt: skip
            span.append([QPointF(day_ms(min(ends)), level), QPointF(day_ms(max(ends)), level)])
            _attach(chart, span, x, y)
            self.spans.append(span)
            for marker in legend.markers(span):
                marker.setVisible(False)
        self.set_markers = QScatterSeries()
        self.set_markers.setName(self.tr("Goal set"))
        self.set_markers.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.set_markers.setMarkerSize(8.0)
        self.set_markers.setColor(QColor("#ffffff"))
        self.set_markers.setBorderColor(QColor(LINE))
        for i, row in enumerate(rows):
            point = (day_ms(row.set_on), n - 1 - i)
            self.set_markers.append(QPointF(*point))
            self._tips[point] = self.tr("{date}: goal set").format(date=_day(row.set_on))
        self.set_markers.hovered.connect(self._hovered)
        _attach(chart, self.set_markers, x, y)
        self.status_markers = {}
        for status in GoalStatus:
            shape, colour, size = STATUS_MARKERS[status]
            dots = QScatterSeries()
            dots.setName(vocab_label(status))
            dots.setMarkerShape(shape)
            dots.setMarkerSize(size)
            dots.setColor(QColor(colour))
            dots.setBorderColor(QColor(colour).darker(130))
            for i, row in enumerate(rows):
                for p in row.progress:
                    if p.status == status:
                        point = (day_ms(p.on), n - 1 - i)
                        dots.append(QPointF(*point))
                        self._tips[point] = self.tr("{date}: {status}").format(
                            date=_day(p.on), status=translated(p.status_label)
                        )
            dots.hovered.connect(self._hovered)
            _attach(chart, dots, x, y)
            self.status_markers[status] = dots
            if not dots.count():
                for marker in legend.markers(dots):
                    marker.setVisible(False)
        dress_for_look(chart)
        entries = sum(len(r.progress) for r in rows)
        goals = self.tr("1 goal") if n == 1 else self.tr("{n} goals").format(n=n)
        if entries == 1:
            progress = self.tr("1 progress entry")
        else:
            progress = self.tr("{n} progress entries").format(n=entries)
        self.setAccessibleDescription(
            self.tr("{goals}, {progress} over time").format(goals=goals, progress=progress)
        )

    def _hovered(self, point: QPointF, inside: bool) -> None:
        tip = self._tips.get((point.x(), round(point.y())))
        if not inside or tip is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), tip, self)


class ChartStrip(QScrollArea):
    """A chart that may be taller than its place: it scrolls within at most ``most`` pixels.

    Squeezing the chart instead would make QtCharts elide its row labels to "...".
    """

    def __init__(self, chart: _SmallChart, most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = most
        self.setObjectName("chart_strip")  # the tab's own background shows through
        self.setStyleSheet("#chart_strip, #chart_strip > QWidget { background: transparent; }")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWidgetResizable(True)
        self.setWidget(chart)
        chart.height_fitted.connect(self._fit)
        self._fit(chart.height())

    def _fit(self, height: int) -> None:
        self.setFixedHeight(min(height, self.most))
