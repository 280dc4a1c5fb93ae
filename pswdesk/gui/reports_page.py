"""Reports (supervisors and administrators): one of the seven reports for a period, each
section as a chart beside its table, saved as CSV or PDF, or printed.

The page only shows what ``services.reporting.registry.run_report`` returns (counts,
and the names of staff, months, levels and services, never a client's: see
docs/ARCHITECTURE.md, Reports), through the same ``report_data.format_cell`` the CSV,
the PDF and the command line use. A report runs on the thread pool (``Op``) whenever
the report or the period changes; a result that arrives after a newer request is
dropped, so the page never shows an older choice's numbers. Several sections are
tabs, each with its chart and table side by side, which reads best on a laptop's
1280x720; the tab bar hides when there is only one.

Seams for tests: ``path_for(kind, suggested)`` asks where to save (a file dialog),
``printer.printer_for`` asks for a printer (the print dialog).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QSize,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.gui.changes import Change, Changes, change_notice
from pswdesk.gui.date_fields import one_tab_stop
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.printing import PrintAction, html_document, printed_on
from pswdesk.gui.report_chart import (
    chart_image,
    wanted_height,
)
from pswdesk.gui.report_section import SectionModel, SectionView, section_table
from pswdesk.gui.report_text import local_dates, report_tr
from pswdesk.gui.resources import set_role
from pswdesk.reports.periods import Period, PeriodError, Preset, custom_period, preset_period
from pswdesk.reports.report_data import Report
from pswdesk.services import users
from pswdesk.services.access import ADMIN, Actor
from pswdesk.services.reporting import exporting, registry
from pswdesk.services.users import AgencyRow

#: How long after the last change of a custom date the report runs again.
CUSTOM_DELAY_MS = 600
#: A chart's size in a printed report (in the document's pixels; the page is ~650 wide).
PRINTED_CHART = QSize(640, 300)
#: What each "Save as" button writes.
FILE_KINDS = {
    "csv": QT_TRANSLATE_NOOP("ReportsPage", "CSV file (*.csv)"),
    "pdf": QT_TRANSLATE_NOOP("ReportsPage", "PDF file (*.pdf)"),
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ReportsPage(QWidget):
    """The page of the main window ("Reports" in the navigation)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setAccessibleName(self.tr("Reports"))
        self.report: Report | None = None
        self.fiscal_start_month = 4
        self.running = False
        self._generation = 0
        self.path_for: Callable[[str, str], Path | None] = self._ask_path
        self.today: Callable[[], dt.date] = dt.date.today

        title = QLabel(self.tr("Reports"))
        title.setObjectName("title_label")
        set_role(title, "heading")
        about = QLabel(
            self.tr(
                "The whole agency's work, counted for the period you choose. No client's name "
                "or note appears in a report."
            )
            if actor.has(ADMIN)
            else self.tr(
                "Your team's work (the people reporting to you, and your own), counted for the "
                "period you choose. No client's name or note appears in a report."
            )
        )
        about.setWordWrap(True)
        set_role(about, "muted")

        self.report_combo = QComboBox()
        self.report_combo.setObjectName("report_combo")
        self.report_combo.setAccessibleName(self.tr("Report"))
        for i, spec in enumerate(registry.REPORTS):
            self.report_combo.addItem(report_tr(spec.title), spec.name)
            self.report_combo.setItemData(
                i, report_tr(spec.description), Qt.ItemDataRole.ToolTipRole
            )
        self.report_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        report_label = QLabel(self.tr("&Report"))
        report_label.setBuddy(self.report_combo)

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset_combo")
        self.preset_combo.setAccessibleName(self.tr("Period"))
        for preset in Preset:
            self.preset_combo.addItem(report_tr(preset.label), str(preset))
        self.preset_combo.setCurrentIndex(list(Preset).index(Preset.LAST_MONTH))
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.preset_combo)

        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in (
            (self.from_edit, self.tr("First day")),
            (self.to_edit, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
            edit.setAccessibleName(name)
            one_tab_stop(edit)
            edit.dateChanged.connect(self._custom_date_changed)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.to_edit)
        self.period_error = QLabel()
        self.period_error.setObjectName("period_error")
        self.period_error.setWordWrap(True)
        self.period_error.setVisible(False)
        set_role(self.period_error, "error")

        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.setObjectName("csv_button")
        self.csv_button.setToolTip(self.tr("The tables as a CSV file that spreadsheets open"))
        self.csv_button.clicked.connect(lambda: self.save_as("csv"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.setToolTip(
            self.tr("The report as a PDF, with the agency's name, the period and charts")
        )
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.setObjectName("print_button")
        self.print_button.setToolTip(self.tr("Print the report (Ctrl+P)"))
        # The window's Ctrl+P prints this page too (MainWindow.print_document); this
        # action has no widget, so its shortcut never competes with the window's.
        self.printer = PrintAction(
            self, self.print_document, self.show_status, QAction(self.tr("Print"), self)
        )
        self.print_button.clicked.connect(self.printer.print_now)

        # The report and its period on two rows: on one they need more than a 1024-pixel
        # window has beside the navigation.
        which = QHBoxLayout()
        which.addWidget(report_label)
        which.addWidget(self.report_combo)
        which.addStretch(1)
        choose = QHBoxLayout()
        choose.addWidget(period_label)
        choose.addWidget(self.preset_combo)
        choose.addSpacing(8)
        choose.addWidget(from_label)
        choose.addWidget(self.from_edit)
        choose.addWidget(to_label)
        choose.addWidget(self.to_edit)
        choose.addWidget(self.period_error, 1)
        choose.addStretch(0)

        self.description_label = QLabel()
        self.description_label.setObjectName("description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.RichText)
        self.heading_label = QLabel()
        self.heading_label.setObjectName("heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.description_label)
        heading.addWidget(self.heading_label)
        actions = QHBoxLayout()
        actions.addLayout(heading, 1)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            actions.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("section_tabs")
        self.tabs.setAccessibleName(self.tr("Sections of the report"))
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setDocumentMode(True)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("placeholder_label")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        set_role(self.placeholder, "placeholder")
        self.placeholder.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addLayout(which)
        layout.addLayout(choose)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholder, 1)

        self._custom_timer = QTimer(self)
        self._custom_timer.setSingleShot(True)
        self._custom_timer.setInterval(CUSTOM_DELAY_MS)
        self._custom_timer.timeout.connect(self.run)
        self.report_combo.currentIndexChanged.connect(lambda _i: self.run())
        self.preset_combo.currentIndexChanged.connect(lambda _i: self._preset_changed())
        change_notice().subscribe(self, (Change.SETTINGS,), self._settings_changed)
        self._sync_buttons()
        self._show_preset_dates()
        self.refresh()

    # -- choosing -----------------------------------------------------------------------------

    @property
    def report_name(self) -> str:
        return str(self.report_combo.currentData())

    @property
    def preset(self) -> Preset:
        return Preset(str(self.preset_combo.currentData()))

    def choose(self, name: str, preset: Preset) -> None:
        """Pick a report and a period preset, as a person would in the two lists."""
        self.preset_combo.setCurrentIndex(list(Preset).index(preset))
        self.report_combo.setCurrentIndex(registry.REPORT_NAMES.index(name))

    def set_custom(self, start: dt.date, end: dt.date) -> None:
        """Custom dates, typed into the fields."""
        self.preset_combo.setCurrentIndex(list(Preset).index(Preset.CUSTOM))
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))

    def period(self) -> Period:
        """The period chosen; a PeriodError (its message for the user) for a bad custom one."""
        if self.preset is Preset.CUSTOM:
            return custom_period(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()))
        return preset_period(self.preset, self.today(), fiscal_start_month=self.fiscal_start_month)

    def _preset_changed(self) -> None:
        custom = self.preset is Preset.CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            self._show_preset_dates()
        self.run()

    def _show_preset_dates(self) -> None:
        """A preset's first and last day in the (disabled) fields; a custom period starts
        from them."""
        custom = self.preset is Preset.CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if custom:
            return
        period = self.period()
        for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _custom_date_changed(self) -> None:
        if self.preset is Preset.CUSTOM:
            self._custom_timer.start()

    # -- running ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the agency's fiscal year start again, then run the report (F5)."""
        db = self.db
        self._set_running(True)
        Op(self, lambda: users.get_agency(db)).success(self._agency_read).failure(
            self._agency_failed
        ).run()

    def _agency_read(self, agency: AgencyRow) -> None:
        self.fiscal_start_month = agency.fiscal_year_start_month
        self._show_preset_dates()
        self.run()

    def _agency_failed(self, error: Exception) -> None:
        self._set_running(False)
        self.show_status(error_text(error))

    def _settings_changed(self, _changes: Changes) -> None:
        self.refresh()

    def run(self) -> None:
        """Run the chosen report for the chosen period, off the GUI thread."""
        self._custom_timer.stop()
        self._generation += 1
        try:
            period = self.period()
        except PeriodError as error:
            self._set_running(False)
            text = report_tr(str(error))
            self.period_error.setText(f"{text[:1].upper()}{text[1:]}.")
            self.period_error.setVisible(True)
            self.to_edit.setAccessibleDescription(self.period_error.text())
            return
        self.period_error.setVisible(False)
        self.to_edit.setAccessibleDescription("")
        db, actor, name, generation = self.db, self.actor, self.report_name, self._generation
        today = self.today()
        self._set_running(True)
        self.show_status(
            self.tr("Counting %1 for %2…")
            .replace("%1", report_tr(registry.spec(name).title).lower())
            .replace("%2", report_tr(period.label))
        )
        Op(self, lambda: registry.run_report(db, actor, name, period, today=today)).success(
            lambda report: self._ran(generation, report)
        ).failure(lambda error: self._run_failed(generation, error)).busy(self).run()

    def _ran(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return
        self._set_running(False)
        self.show_status("")
        self.show_report(report)

    def _run_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_running(False)
        self.show_status(error_text(error))

    def _set_running(self, running: bool) -> None:
        self.running = running
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        ready = self.report is not None and not self.running
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(ready)

    # -- showing ------------------------------------------------------------------------------

    def show_report(self, report: Report) -> None:
        """Show ``report``: its heading, then one tab per section."""
        self.report = report
        self.description_label.setText(
            f"<b>{escape(report_tr(report.title))}</b> — "
            f"{escape(report_tr(registry.spec(report.name).description))}"
        )
        self.heading_label.setText(self.heading_text(report))
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for section in report.sections:
            view = SectionView(section)
            view.title_label.setVisible(len(report.sections) == 1)
            self.tabs.addTab(view, report_tr(section.title))
        self.tabs.blockSignals(False)
        has_sections = bool(report.sections)
        self.tabs.setVisible(has_sections)
        self.placeholder.setText(self.tr("This report has nothing to show for this period."))
        self.placeholder.setVisible(not has_sections)
        self._sync_buttons()

    @staticmethod
    def heading_text(report: Report) -> str:
        made = report.generated_at.astimezone()
        return (
            QCoreApplication.translate("ReportsPage", "%1 · %2 (%3) · made %4 by %5")
            .replace("%1", report_tr(report.scope))
            .replace("%2", report_tr(report.period.label))
            .replace("%3", local_dates(report.period.span_text))
            .replace("%4", local_dates(f"{made:%d %b %Y %H:%M}"))
            .replace("%5", report.generated_by)
        )

    def section_views(self) -> list[SectionView]:
        return [
            w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), SectionView)
        ]

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # -- saving and printing ------------------------------------------------------------------

    def suggested_name(self, kind: str) -> str:
        report = self.report
        if report is None:
            return f"report.{kind}"
        return (
            f"{report.name}-{report.period.start:%Y-%m-%d}-to-{report.period.end:%Y-%m-%d}.{kind}"
        )

    def _ask_path(self, kind: str, suggested: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report as %1").replace("%1", kind.upper()),
            str(Path.home() / suggested),
            self.tr(str(FILE_KINDS[kind])),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")

    def save_as(self, kind: str) -> None:
        """Ask where, then save the report shown as ``kind`` (csv or pdf)."""
        if self.report is None or self.running:
            return
        path = self.path_for(kind, self.suggested_name(kind))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Save the report shown to ``path`` (its suffix says CSV or PDF), off the GUI thread."""
        report = self.report
        if report is None:
            return
        db, actor = self.db, self.actor
        self.show_status(self.tr("Saving %1…").replace("%1", path.name))
        Op(self, lambda: exporting.save_report(db, actor, report, path)).success(
            lambda written: self.show_status(
                self.tr("Saved %1 in %2.")
                .replace("%1", written.name)
                .replace("%2", str(written.parent))
            )
        ).failure(lambda error: self.show_status(error_text(error))).changes(Change.AUDIT).busy(
            self
        ).run()

    def print_document(self) -> QTextDocument | None:
        """The report shown, as a document to print: heading, then each section's chart,
        table and footnotes (Ctrl+P, and the Print button)."""
        report = self.report
        if report is None or self.running:
            return None
        body = [
            f"<h1>{escape(report_tr(report.title))}</h1>",
            f'<p class="meta">{escape(report.agency)} · {escape(self.heading_text(report))}'
            f" · {escape(printed_on())}</p>",
        ]
        images: list[tuple[str, Any]] = []
        if not report.sections:
            nothing = self.tr("This report has nothing to show for this period.")
            body.append(f'<p class="skipped">{escape(nothing)}</p>')
        for n, section in enumerate(report.sections):
            body.append(f"<h2>{escape(report_tr(section.title))}</h2>")
            if not section.rows:
                body.append(f'<p class="skipped">{escape(report_tr(section.empty_text))}</p>')
            else:
                size = QSize(
                    PRINTED_CHART.width(), max(PRINTED_CHART.height(), wanted_height(section))
                )
                image = chart_image(section, size)
                if image is not None:
                    name = f"chart-{n}.png"
                    images.append((name, image))
                    body.append(
                        f'<p><img src="{name}" width="{size.width()}" height="{size.height()}"></p>'
                    )
                body.append(section_table(SectionModel(section)))
            for note in section.notes:
                body.append(f'<p class="meta">{escape(report_tr(note))}</p>')
        document = html_document("".join(body), report_tr(report.title))
        for name, image in images:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        return document
