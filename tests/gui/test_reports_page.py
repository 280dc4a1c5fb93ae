"""The Reports page with real widgets: who sees it, the table and chart of every report as the
service counted it, a custom period that ends before it starts, saving and printing, and an
administrator's page without a client's name."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget

from pswdesk.db import Database
from pswdesk.gui.report_chart import lies_down
from pswdesk.gui.report_section import SectionView
from pswdesk.gui.reports_page import ReportsPage
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.reports.periods import Preset
from pswdesk.reports.report_data import Cell, ChartKind, Column, ColumnKind, Report, format_cell
from pswdesk.services import users
from pswdesk.services.access import Actor
from pswdesk.services.reporting import registry
from tests.conftest import Agency, new_pg_database
from tests.gui.helpers import main_window
from tests.notes_support import new_client, submitted_note
from tests.reports.report_support import DemoAgency, client_names, seed

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DemoAgency]:
    """The seeded demo agency the report tests read (read only here too)."""
    drop = None
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path_factory.mktemp("reports-page-demo") / "demo.db"
        shutil.copy(template, path)
        url = f"sqlite:///{path}"
    else:
        url, drop = new_pg_database(request.getfixturevalue("pg_template"))
    db = Database(url)
    yield seed(db, request.param)
    db.dispose()
    if drop is not None:
        drop()


def _page(qtbot, db: Database, actor: Actor, today: dt.date | None = None) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(db, actor)
    if today is not None:
        page.today = lambda: today
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    _wait(qtbot, page)
    return page


def _wait(qtbot, page: ReportsPage) -> Report:  # type: ignore[no-untyped-def]
    """Until the report shown is the one chosen, for the period chosen."""

    def shown() -> bool:
        r = page.report
        return (
            not page.running
            and r is not None
            and r.name == page.report_name
            and r.period == page.period()
        )

    qtbot.waitUntil(shown, timeout=20_000)
    assert page.report is not None
    return page.report


def _axis_text(column: Column, value: Cell) -> str:
    text = format_cell(column, value)
    return text if len(text) <= 18 else text[:17].rstrip() + "…"


def _drawn(column: Column, value: Cell) -> float:
    number = float(value) if isinstance(value, (int, float)) else 0.0
    return number / 60 if column.kind is ColumnKind.MINUTES else number


def _assert_shows(view: SectionView, expected: Report, index: int) -> None:
    """The section's table holds the service's cells, and its chart the service's series."""
    sec = expected.sections[index]
    assert view.section == sec
    rows = [[format_cell(c, v) for c, v in zip(sec.columns, row, strict=True)] for row in sec.rows]
    cells = view.model.cells()
    assert cells[: len(rows)] == rows
    if sec.totals is not None:
        (total,) = cells[len(rows) :]
        for c, (column, value) in enumerate(zip(sec.columns, sec.totals, strict=True)):
            if value is not None and value != "":
                assert total[c] == format_cell(column, value)
        bold = view.model.index(len(rows), 0).data(Qt.ItemDataRole.FontRole)
        assert bold is not None and bold.bold()
        assert "Total" in total or sec.totals[0] is not None
    else:
        assert len(cells) == len(rows)
    for c, column in enumerate(sec.columns):
        if rows and column.numeric:
            align = view.model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole)
            assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight
    if not sec.rows:
        assert view.empty_label.isVisibleTo(view) and view.empty_label.text() == sec.empty_text
        assert view.chart is None
        return
    if sec.chart is None:
        assert view.chart is None
        return
    chart = view.chart
    assert chart is not None and chart.title() == sec.chart.title
    (x_axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    lying = lies_down(sec)  # long names: the bars lie down, the names read across
    category = sec.columns[sec.column(sec.chart.category)]
    order = -1 if lying else 1  # lying bars are drawn bottom up: the first row on top
    names = [_axis_text(category, v) for v in sec.values(category.key)]
    assert x_axis.categories() == names[::order]
    columns = [sec.columns[sec.column(k)] for k in sec.chart.series]
    if sec.chart.kind is ChartKind.LINE:
        assert not lying
        lines = chart.series()
        assert all(isinstance(s, QLineSeries) for s in lines)
        assert [s.name() for s in lines] == [c.label for c in columns]
        for line, column in zip(lines, columns, strict=True):
            assert isinstance(line, QLineSeries)
            ys = [p.y() for p in line.points()]
            assert ys == pytest.approx([_drawn(column, v) for v in sec.values(column.key)])
    else:
        (bars,) = chart.series()
        assert isinstance(bars, QAbstractBarSeries)
        stacked = sec.chart.kind is ChartKind.STACKED_BAR
        kind = {
            (False, False): QBarSeries, (True, False): QStackedBarSeries,
            (False, True): QHorizontalBarSeries, (True, True): QHorizontalStackedBarSeries,
        }[stacked, lying]  # fmt: skip
        assert type(bars) is kind
        assert [b.label() for b in bars.barSets()] == [c.label for c in columns]
        for bar_set, column in zip(bars.barSets(), columns, strict=True):
            got = [bar_set.at(i) for i in range(bar_set.count())]
            want = [_drawn(column, v) for v in sec.values(column.key)]
            assert got == pytest.approx(want[::order])


def test_reports_for_supervisors_and_administrators_not_workers(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    assert "Reports" not in window.nav_titles()
    assert window.show_view("reports") is None
    window.close()
    for username in ("sam", "admin"):
        window = main_window(qtbot, a.db, username, gui_settings)
        assert "Reports" in window.nav_titles()
        page = window.show_view("reports")
        assert isinstance(page, ReportsPage) and page.isVisible()
        report = _wait(qtbot, page)
        assert report.scope == ("Whole agency" if username == "admin" else "Sam Supervisor's team")
        assert report.scope in page.heading_label.text()
        window.close()


def test_every_report_shows_the_services_numbers_as_table_and_chart(
    qtbot, demo: DemoAgency
) -> None:  # type: ignore[no-untyped-def]
    supervisor = next(iter(demo.supervisors.values()))
    page = _page(qtbot, demo.db, supervisor, demo.today)
    charts = 0
    for name in registry.REPORT_NAMES:
        page.choose(name, Preset.THIS_FISCAL_YEAR)
        shown = _wait(qtbot, page)
        assert shown.period.label == "Fiscal year 2026–27"
        expected = registry.run_report(demo.db, supervisor, name, page.period(), today=demo.today)
        assert shown.sections == expected.sections
        views = page.section_views()
        assert len(views) == len(expected.sections)
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
            s.title for s in expected.sections
        ]
        assert page.placeholder.isVisibleTo(page) == (not expected.sections)
        for i, view in enumerate(views):
            page.tabs.setCurrentIndex(i)
            _assert_shows(view, expected, i)
            charts += view.chart is not None
        assert page.csv_button.isEnabled() and page.pdf_button.isEnabled()
    assert charts, "no report drew a chart on the demo agency"


def test_a_custom_period_ending_before_it_starts_is_refused_beside_the_dates(
    qtbot, sqlite_agency: Agency
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    page = _page(qtbot, a.db, a.sam)
    assert not page.from_edit.isEnabled()
    page.preset_combo.setCurrentIndex(page.preset_combo.findText("Custom dates"))
    before = _wait(qtbot, page)  # from the last preset's dates, until others are typed
    assert page.from_edit.isEnabled() and page.to_edit.isEnabled()
    page.from_edit.setDate(QDate(2026, 3, 10))
    page.to_edit.setDate(QDate(2026, 3, 1))
    qtbot.waitUntil(lambda: page.period_error.isVisible(), timeout=5_000)
    assert page.period_error.text() == "The period ends before it starts."
    assert page.from_edit.date() == QDate(2026, 3, 10)
    assert page.to_edit.date() == QDate(2026, 3, 1)
    assert page.report is before  # the report shown stays, with its own period heading
    assert not page.running

    page.to_edit.setDate(QDate(2026, 3, 31))  # put right: the report runs for it
    report = _wait(qtbot, page)
    assert not page.period_error.isVisible()
    assert (report.period.start, report.period.end) == (dt.date(2026, 3, 10), dt.date(2026, 3, 31))


def test_save_as_csv_and_pdf_and_print(qtbot, agency: Agency, gui_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = agency
    client = new_client(a, a.wendy, "Robin")
    submitted_note(a, a.wendy, client)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    page = window.show_view("reports")
    assert isinstance(page, ReportsPage)
    page.today = dt.date.today
    page.choose("contacts", Preset.THIS_MONTH)
    report = _wait(qtbot, page)
    asked: list[tuple[str, str]] = []

    def path_for(kind: str, suggested: str) -> Path:
        asked.append((kind, suggested))
        return tmp_path / suggested

    page.path_for = path_for
    for button, kind in ((page.csv_button, "csv"), (page.pdf_button, "pdf")):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        suggested = asked[-1][1]
        assert asked[-1][0] == kind and suggested.endswith(f".{kind}")
        path = tmp_path / suggested
        qtbot.waitUntil(lambda path=path: "Saved" in page.status_label.text(), timeout=20_000)
        assert path.is_file(), page.status_label.text()
        data = path.read_bytes()
        if kind == "csv":
            assert data.startswith(b"\xef\xbb\xbf")
            assert report.title in data.decode("utf-8-sig")
        else:
            assert data.startswith(b"%PDF")
        page.show_status("")

    # Ctrl+P on the main window and the page's Print button print the same report.
    document = window.print_document()
    assert document is not None
    text = document.toPlainText()
    assert report.title in text and report.scope in text
    for section in report.sections:
        assert section.title in text
    out = tmp_path / "printed.pdf"

    def printer(_parent: QWidget) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    page.printer.printer_for = printer
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert page.status_label.text() == "Sent to the printer."


def _everything_shown(page: ReportsPage) -> list[str]:
    """Every text the page shows: labels, tabs, table cells and headers, charts."""
    out = [label.text() for label in page.findChildren(QLabel)]
    out += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    for view in page.section_views():
        out += [cell for row in view.model.cells() for cell in row]
        out += [c.label for c in view.section.columns]
        chart = view.chart
        if chart is None:
            continue
        out.append(chart.title())
        for axis in chart.axes():
            out.append(axis.titleText())
            if isinstance(axis, QBarCategoryAxis):
                out += axis.categories()
        for series in chart.series():
            out.append(series.name())
            if isinstance(series, QAbstractBarSeries):
                out += [b.label() for b in series.barSets()]
    return out


def test_an_administrators_page_shows_no_client_name(qtbot, demo: DemoAgency) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo.db, demo.admin, demo.today)
    names = client_names(demo.db)
    assert names
    sections = 0
    for name in registry.REPORT_NAMES:
        page.choose(name, Preset.THIS_FISCAL_YEAR)
        report = _wait(qtbot, page)
        assert report.scope == "Whole agency"
        sections += len(report.sections)
        for text in _everything_shown(page):
            hit = next((n for n in names if n in text), None)
            assert hit is None, f"{name}: client name {hit!r} in {text!r}"
    assert sections, "the administrator's reports showed nothing to check"


def test_the_fiscal_year_follows_the_agency_setting(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    window = main_window(qtbot, a.db, "admin", gui_settings)
    reports = window.show_view("reports")
    assert isinstance(reports, ReportsPage)
    reports.today = lambda: dt.date(2026, 11, 15)
    reports.choose("contacts", Preset.THIS_FISCAL_YEAR)
    assert _wait(qtbot, reports).period.start == dt.date(2026, 4, 1)  # April by default

    settings = window.show_view("settings")
    assert isinstance(settings, SettingsPage)
    qtbot.waitUntil(lambda: settings.agency is not None)
    combo = settings.fiscal_year_combo
    assert combo.currentText() == "April" and combo.accessibleName()
    combo.setCurrentIndex(combo.findText("July"))
    qtbot.mouseClick(settings.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.ui.status_label.text().startswith("Saved at"))
    assert users.get_agency(a.db).fiscal_year_start_month == 7

    # The open Reports page hears of the change and counts the new fiscal year.
    qtbot.waitUntil(lambda: reports.fiscal_start_month == 7)
    report = _wait(qtbot, reports)
    assert (report.period.start, report.period.end) == (dt.date(2026, 7, 1), dt.date(2027, 6, 30))
    assert report.period.label == "Fiscal year 2026–27"


def test_a_refusal_is_shown_calmly_on_the_page(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    page = ReportsPage(
        a.db, a.wendy
    )  # a worker: the navigation never offers it; the service refuses
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.running and page.status_label.isVisible(), timeout=10_000)
    assert page.report is None
    text = page.status_label.text()
    assert text and text[0].isupper() and "Traceback" not in text
    assert not page.csv_button.isEnabled() and not page.print_button.isEnabled()
    assert page.print_document() is None
