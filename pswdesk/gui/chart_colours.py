"""The colours every chart in the app draws with, so a level or a series looks the same
on the Reports page and on a client's record.

Series take the Okabe-Ito colours in order (they stay apart for people with colour
blindness); a series that is a risk level takes that level's badge colour instead,
so "High" is the same orange on a report's line, on the record's chart and on the
badges. Colour is never the only cue: lines differ by dash too, markers by shape.

QtCharts paints its own light theme whatever the application's palette, so a chart on
screen in the dark look is dressed in the palette's colours by ``dress_for_look``; a
chart drawn for paper keeps the light one.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QChart, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication

from pswdesk.gui.risk_badge import RISK_COLOURS
from pswdesk.gui.theme import contrast, is_dark
from pswdesk.vocabulary import RiskLevel

#: Okabe-Ito colours, darkest first.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#f0e442")
BLUE, ORANGE, GREEN = PALETTE[0], PALETTE[1], PALETTE[2]
#: A neutral grey for what is neither good nor bad (a dropped goal, no risk on a line).
GREY = "#7b8794"


_LEVELS = {level.value: level for level in RiskLevel}


def series_colour(key: str, index: int) -> str:
    """The colour of series ``index`` whose column is ``key`` (a risk level's key or not)."""
    level = _LEVELS.get(key)
    if level is None:
        return PALETTE[index % len(PALETTE)]
    return GREY if level is RiskLevel.NONE else RISK_COLOURS[level][0]


def dress_for_look(chart: QChart) -> None:
    """Give a screen chart the dark look's surface, text and grid (a no-op when light).

    Call it once the series and axes are attached: their colours are set here. The
    Okabe-Ito black series becomes the palette's text colour, or it would vanish, and a
    colour too dark for the surface is lightened to 3:1.
    """
    if not is_dark():
        return
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    grid = palette.color(QPalette.ColorRole.Light)
    chart.setBackgroundBrush(QBrush(base))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
    black = QColor(PALETTE[6])

    def on_dark(colour: QColor) -> QColor:
        if colour == black:
            return QColor(text)
        while contrast(colour, base) < 3 and colour.lightness() < 235:
            colour = colour.lighter(115)  # WCAG's 3:1 for shapes against their surface
        return colour

    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                bar_set.setBorderColor(base)
                bar_set.setLabelColor(text)
                bar_set.setColor(on_dark(bar_set.color()))
        elif isinstance(series, QLineSeries):
            pen = series.pen()
            pen.setColor(on_dark(pen.color()))
            series.setPen(pen)
