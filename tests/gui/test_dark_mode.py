"""Dark mode: the dark sheet and palette are applied, and their text is readable.

Contrast is WCAG 2's ratio, computed from the colours the dark stylesheet and palette
actually set: at least 4.5:1 for text on its background (disabled text aside).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from pswdesk.gui.app import setup_application
from pswdesk.gui.resources import stylesheet
from pswdesk.gui.risk_badge import RISK_COLOURS
from pswdesk.gui.theme import (
    SAME_IN_BOTH,
    ThemeChoice,
    apply_theme,
    contrast,
    dark_stylesheet,
    is_dark,
    saved_choice,
    text_colour,
)
from tests.conftest import Agency
from tests.gui.helpers import open_window

pytestmark = pytest.mark.gui

AA = 4.5
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    apply_theme(qapp, ThemeChoice.DARK)
    yield qapp
    setup_application(qapp)  # back to the light look the other tests expect


def _rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    for selector, body in _RULE.findall(sheet):
        props = dict(
            (k.strip(), v.strip())
            for k, _, v in (d.partition(":") for d in body.split(";") if ":" in d)
        )
        yield selector.strip(), props


def _hex(value: str) -> str | None:
    found = re.search(r"#[0-9a-fA-F]{6}", value)
    return found.group(0) if found else None


def test_dark_choice_applies_the_dark_sheet_and_palette(dark: QApplication) -> None:
    assert is_dark()
    assert dark.styleSheet() == dark_stylesheet()
    assert dark.styleSheet() != stylesheet()
    window = dark.palette().color(QPalette.ColorRole.Window)
    text = dark.palette().color(QPalette.ColorRole.WindowText)
    assert window.lightness() < 60 and text.lightness() > 200
    for bg, fg in (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
        (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
        (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText),
        (QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.ToolTipText),
    ):
        pal = dark.palette()
        assert contrast(pal.color(bg), pal.color(fg)) >= AA, (bg, fg)


def test_light_choice_is_the_light_sheet(qapp: QApplication) -> None:
    apply_theme(qapp, ThemeChoice.LIGHT)
    assert not is_dark()
    assert qapp.styleSheet() == stylesheet()


def test_every_text_on_its_background_in_the_dark_sheet_meets_aa() -> None:
    sheet = dark_stylesheet()
    surface = "#1e2630"  # tables, inputs, panes: where unstyled-background text sits
    window = "#151b22"
    checked, weak = 0, []
    for selector, props in _rules(sheet):
        fg = _hex(props.get("color", ""))
        if fg is None or ":disabled" in selector:
            continue
        bg = _hex(props.get("background", props.get("background-color", "")))
        backgrounds = [bg] if bg else [surface, window]
        for b in backgrounds:
            checked += 1
            if contrast(fg, b) < AA:
                weak.append((selector, fg, b, round(contrast(fg, b), 2)))
    assert checked > 30
    assert not weak


def test_the_dark_sheet_has_no_light_surface_left_outside_its_fixed_rules() -> None:
    for selector, props in _rules(dark_stylesheet()):
        if SAME_IN_BOTH.search(selector):
            continue
        bg = _hex(props.get("background", ""))
        if bg is not None:
            assert contrast(bg, "#ffffff") > 3, (selector, bg)  # not a near-white surface


def test_risk_badges_read_the_same_on_dark() -> None:
    for level, (bg, fg) in RISK_COLOURS.items():
        assert contrast(fg, bg) >= 4.5 or (level.value == "moderate" and contrast(fg, bg) >= 3)
        # a badge stands out from the dark table it sits on, or has its text to say it
        assert contrast(bg, "#1e2630") >= 1.5, level


def test_table_colours_from_code_are_readable_on_dark(dark: QApplication) -> None:
    for colour in ("#b3261e", "#b91c1c", "#52606d", "#9a3412", "#15803d"):
        assert contrast(text_colour(colour), "#1e2630") >= AA, colour
        assert contrast(text_colour(colour), "#232c37") >= AA, colour  # alternate rows


def test_the_choice_is_saved_and_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)
    assert saved_choice(settings) is ThemeChoice.SYSTEM
    settings.setValue("appearance/theme", "dark")
    assert saved_choice(settings) is ThemeChoice.DARK
    settings.setValue("appearance/theme", "purple")
    assert saved_choice(settings) is ThemeChoice.SYSTEM


def test_main_window_opens_in_dark_mode(
    qtbot, sqlite_agency: Agency, tmp_path, dark: QApplication
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.wendy, settings)
    image = window.grab().toImage()
    # The work area (right of the sidebar) is dark, not the light sheet's near-white.
    colour = image.pixelColor(window.width() * 3 // 4, window.height() // 2)
    assert colour.lightness() < 80, colour.name()


def test_view_menu_switches_the_look_at_once_and_saves_it(
    qtbot, sqlite_agency: Agency, tmp_path, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.wendy, settings)
    actions = {a.objectName(): a for a in window.appearance_menu.actions()}
    assert actions["theme_system_action"].isChecked()
    try:
        actions["theme_dark_action"].trigger()
        assert is_dark() and qapp.styleSheet() == dark_stylesheet()
        assert saved_choice(settings) is ThemeChoice.DARK
        actions["theme_light_action"].trigger()
        assert not is_dark() and qapp.styleSheet() == stylesheet()
        assert saved_choice(settings) is ThemeChoice.LIGHT
    finally:
        actions["theme_system_action"].trigger()
    assert saved_choice(settings) is ThemeChoice.SYSTEM


def test_a_windows_own_sheet_turns_dark_with_readable_text(dark: QApplication) -> None:
    from pswdesk.gui.note_editor import EDITOR_STYLE
    from pswdesk.gui.risk_context_panel import STYLE as RISK_CONTEXT_STYLE
    from pswdesk.gui.theme import themed

    for sheet in (EDITOR_STYLE, RISK_CONTEXT_STYLE):
        dark_sheet = themed(sheet)
        assert dark_sheet != sheet
        for selector, props in _rules(dark_sheet):
            fg, bg = _hex(props.get("color", "")), _hex(props.get("background", ""))
            if bg is not None:
                assert contrast(bg, "#ffffff") > 3, (selector, bg)
            if fg is not None:
                assert contrast(fg, bg or "#1e2630") >= AA, (selector, fg, bg)
    assert themed("color: #6b7785;") != "color: #6b7785;"


def test_the_note_view_reads_on_dark_and_prints_light(dark: QApplication) -> None:
    """The note's HTML takes the dark colours on screen (its text readable on the dark
    page); printing keeps the light CSS, for paper."""
    from pswdesk.gui.note_html import CSS
    from pswdesk.gui.theme import themed

    page = QApplication.palette().color(QPalette.ColorRole.Base).name()
    for selector, props in _rules(themed(CSS)):
        fg, bg = _hex(props.get("color", "")), _hex(props.get("background", ""))
        if fg is not None:
            assert contrast(fg, bg or page) >= AA, (selector, fg, bg)
    assert "#1f2933" in CSS and "#1f2933" not in themed(CSS)


def test_a_report_chart_on_screen_is_dressed_for_the_dark_look(dark: QApplication) -> None:
    """QtCharts keeps its light theme whatever the palette: on screen the chart's surface,
    title, legend and axis labels take the dark palette, a black series turns light and
    every series stands out from the surface (3:1);
    drawn for paper (``chart_image``) it stays white."""
    from PySide6.QtCore import QSize

    from pswdesk.gui.report_chart import build_chart, chart_image, chart_view
    from pswdesk.reports.report_data import Chart, ChartKind, Column, ColumnKind, Section

    keys = [f"s{i}" for i in range(7)]  # the seventh Okabe-Ito colour is black
    section = Section(
        title="Contacts",
        columns=(Column("m", "Month", ColumnKind.TEXT), *(Column(k, k.upper()) for k in keys)),
        rows=(("Jan 2026", *range(1, 8)), ("Feb 2026", *range(2, 9))),
        chart=Chart(ChartKind.BAR, category="m", series=tuple(keys), title="Contacts"),
    )
    chart = build_chart(section)
    assert chart is not None
    view = chart_view(chart)  # owns the chart: keep it alive
    page = QApplication.palette().color(QPalette.ColorRole.Base)
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    assert chart.backgroundBrush().color() == page
    assert chart.titleBrush().color() == text
    assert chart.legend().labelColor() == text
    assert all(axis.labelsColor() == text for axis in chart.axes())
    bars = [s for series in chart.series() for s in series.barSets()]  # type: ignore[attr-defined]
    assert bars[6].color() == text
    assert all(contrast(bar.color(), page) >= 3 for bar in bars)
    image = chart_image(section, QSize(400, 260))
    assert image is not None and image.pixelColor(2, 2).lightness() > 240
    assert view.chart() is chart


def test_a_window_open_when_the_look_changes_follows_it(qapp: QApplication) -> None:
    """The desktop switching to dark while a panel with its own sheet is open re-themes
    that sheet at once, and back."""
    from PySide6.QtWidgets import QLabel

    from pswdesk.gui.risk_context_panel import STYLE
    from pswdesk.gui.theme import set_own_sheet, themed

    label = QLabel("Risk")
    set_own_sheet(label, STYLE)
    assert label.styleSheet() == STYLE
    try:
        apply_theme(qapp, ThemeChoice.DARK)
        assert label.styleSheet() == themed(STYLE) != STYLE
    finally:
        setup_application(qapp)
    assert label.styleSheet() == STYLE


def test_the_records_charts_are_dressed_for_the_dark_look(qtbot, dark: QApplication) -> None:  # type: ignore[no-untyped-def]
    """A client's risk chart and goal timeline take the dark palette's text and grid."""
    import datetime as dt

    from pswdesk.gui.record_charts import GoalTimeline, RiskChart
    from pswdesk.services.risk_history import RiskEntry
    from pswdesk.vocabulary import RiskLevel

    text = QApplication.palette().color(QPalette.ColorRole.Text)
    risk, timeline = RiskChart(), GoalTimeline()
    qtbot.addWidget(risk)
    qtbot.addWidget(timeline)
    one = RiskEntry(1, dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC), RiskLevel.HIGH, "", None,
                    "", (), ())  # fmt: skip
    risk.show_entries([one])
    timeline.show_goals([])
    for chart in (risk.chart(), timeline.chart()):
        assert chart.axes() and all(axis.labelsColor() == text for axis in chart.axes())
