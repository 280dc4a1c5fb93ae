"""Client > Import clients from CSV: choose a file, see every line checked, then import all or none.

Why a preview first: a spreadsheet of fifty clients has typos, and a half-done import
is worse than none. ``clients_csv.preview_clients_csv`` runs every check of the real
import and writes nothing; the wizard shows each line with what is wrong with it
(the line number as in the spreadsheet, the header being line 1) and the likely
duplicates, and offers Import only when nothing is wrong. Duplicates need the
"different people" tick. The import itself is one transaction
(``import_clients_csv``), of exactly the bytes that were previewed.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget, QWizard

from pswdesk.db import Database
from pswdesk.errors import ImportProblems, ValidationError
from pswdesk.gui.changes import Change
from pswdesk.gui.domain_text import problems_text, translated
from pswdesk.gui.forms.ui_import_wizard import Ui_ImportWizard
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.resources import restyle
from pswdesk.gui.table_model import Column, RowTableModel
from pswdesk.services import clients_csv
from pswdesk.services.access import Actor
from pswdesk.services.clients_csv import COLUMNS, CsvImportResult, CsvPreview

RED, AMBER = "#b91c1c", "#9a3412"


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One line of the file as the preview table shows it."""

    line: int
    cells: dict[str, str]
    problems: tuple[str, ...]
    duplicates: tuple[str, ...]

    def cell(self, name: str) -> str:
        return " ".join(self.cells.get(name, "").split())

    @property
    def check(self) -> str:
        if self.problems:
            return "; ".join(map(translated, self.problems))
        if self.duplicates:
            return QCoreApplication.translate("ImportWizard", "Likely duplicate: %1").replace(
                "%1", "; ".join(map(translated, self.duplicates))
            )
        return QCoreApplication.translate("ImportWizard", "OK")


def preview_lines(preview: CsvPreview) -> tuple[list[PreviewLine], list[str]]:
    """The table's lines, and the problems of lines the table has no row for (the header)."""
    problems: dict[int, list[str]] = defaultdict(list)
    for p in preview.problems:
        problems[p.line].append(p.reason)
    duplicates: dict[int, list[str]] = defaultdict(list)
    for d in preview.duplicates:
        duplicates[d.line].append(d.message)
    lines = [
        PreviewLine(r.line, r.cells, tuple(problems.pop(r.line, ())), tuple(duplicates[r.line]))
        for r in preview.rows
    ]
    line_text = QCoreApplication.translate("ImportWizard", "Line %1: %2")
    elsewhere = [
        line_text.replace("%1", str(line)).replace("%2", reason)
        for line in sorted(problems)
        for reason in problems[line]
    ]
    return lines, elsewhere


def _colour(line: PreviewLine) -> str | None:
    return RED if line.problems else (AMBER if line.duplicates else None)


PREVIEW_COLUMNS: list[Column[PreviewLine]] = [
    Column("Line", lambda r: str(r.line), width=50),
    Column("Preferred name", lambda r: r.cell("preferred_name"), width=160),
    Column("Legal name", lambda r: r.cell("legal_name"), width=140),
    Column("Pronouns", lambda r: r.cell("pronouns"), width=80),
    Column("Date of birth", lambda r: r.cell("date_of_birth"), width=100),
    Column("Phone", lambda r: r.cell("phone"), width=110),
    Column("Email", lambda r: r.cell("email"), width=160),
    Column("Worker", lambda r: r.cell("worker"), width=90),
    Column(
        "Check",
        lambda r: r.check,
        foreground=_colour,
        bold=lambda r: bool(r.problems),
        tooltip=lambda r: r.check,
    ),
]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError({"file": f"cannot read {path}: {exc.strerror or exc}"}) from None


class ImportWizard(QWizard):
    imported = Signal(object)  # CsvImportResult

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self.content: bytes | None = None
        self.preview: CsvPreview | None = None
        self.result_row: CsvImportResult | None = None
        self.working = False
        self.file_problems: list[str] = []
        ui.format_label.setText(
            self.tr(
                "The first line names the columns, in any order; only <b>preferred_name</b> "
                "is needed:<br/><code>%1</code><br/>Dates as YYYY-MM-DD. <b>worker</b> is the "
                "user name of the worker who carries the client (empty: you)."
            ).replace("%1", html.escape(",".join(COLUMNS)))
        )
        self.model: RowTableModel[PreviewLine] = RowTableModel(PREVIEW_COLUMNS, self)
        view = ui.preview_view
        view.setModel(self.model)
        view.verticalHeader().setDefaultSectionSize(28)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(PREVIEW_COLUMNS):
            if col.width:
                view.setColumnWidth(i, col.width)
        ui.browse_button.clicked.connect(self.choose_file)
        ui.file_edit.textChanged.connect(lambda _t: ui.file_error.setVisible(False))
        ui.allow_check.toggled.connect(lambda _on: self._update_import_button())
        self.currentIdChanged.connect(lambda _id: self._update_import_button())
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            self.button(which).setProperty("primary", True)
            restyle(self.button(which))

    # -- the file ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CSV file of clients"),
            self.ui.file_edit.text(),
            self.tr("CSV (*.csv);;All files (*)"),
        )
        if file:
            self.ui.file_edit.setText(file)

    def validateCurrentPage(self) -> bool:
        """Next reads and checks the file, Import imports it: each off the GUI thread, the
        wizard moving on when the answer is in (a refusal keeps it where it is)."""
        page = self.currentPage()
        if self.working:
            return False
        if page is self.ui.file_page:
            if self.preview is not None and self.content is not None:
                return True  # checked already (the answer's arrival pressed Next)
            self.start_preview()
            return False
        if page is self.ui.preview_page:
            if self.result_row is not None:
                return True
            self.start_import()
            return False
        return super().validateCurrentPage()

    def cleanupPage(self, page_id: int) -> None:
        """Back to the file: the next Next reads it again (it may have been fixed)."""
        if self.page(page_id) is self.ui.preview_page:
            self.preview, self.content = None, None
        super().cleanupPage(page_id)

    def start_preview(self) -> None:
        text = self.ui.file_edit.text().strip()
        if not text:
            self._file_error(self.tr("Choose the CSV file to import."))
            return
        path = Path(text).expanduser()
        db, actor = self.db, self.actor

        def check() -> tuple[bytes, CsvPreview]:
            content = _read(path)
            return content, clients_csv.preview_clients_csv(db, actor, content)

        self._set_working(True)
        Op(self, check).success(self._previewed).failure(self._preview_failed).busy(self).run()

    def _previewed(self, answer: tuple[bytes, CsvPreview]) -> None:
        self._set_working(False)
        self.content, self.preview = answer
        self.show_preview(self.preview)
        self.next()

    def _preview_failed(self, error: Exception) -> None:
        self._set_working(False)
        if isinstance(error, ValidationError):
            shown = problems_text(error.problems).values()
            self._file_error("\n".join(m[:1].upper() + m[1:] for m in shown))
        elif isinstance(error, ImportProblems):
            self._file_error("\n".join(translated(p.text()).capitalize() for p in error.problems))
        else:
            self._file_error(error_text(error))

    def _file_error(self, text: str) -> None:
        self.ui.file_error.setText(text)
        self.ui.file_error.setVisible(True)

    # -- the preview ------------------------------------------------------------------------

    def show_preview(self, preview: CsvPreview) -> None:
        ui = self.ui
        lines, self.file_problems = preview_lines(preview)
        self.model.set_rows(lines)
        bad = sum(1 for line in lines if line.problems) + len(self.file_problems)
        dup = len({d.line for d in preview.duplicates})
        n = len(preview.rows)
        parts = [
            self.tr("1 client in the file")
            if n == 1
            else self.tr("%1 clients in the file").replace("%1", f"{n:,}")
        ]
        if bad:
            parts.append(
                self.tr("1 line with problems (in red)")
                if bad == 1
                else self.tr("%1 lines with problems (in red)").replace("%1", f"{bad:,}")
            )
        if dup:
            parts.append(
                self.tr("1 likely duplicate (in amber)")
                if dup == 1
                else self.tr("%1 likely duplicates (in amber)").replace("%1", f"{dup:,}")
            )
        summary = "; ".join(parts) + "."
        if bad:
            summary += " " + self.tr(
                "Fix the file and choose it again (Back): nothing is imported while any line "
                "is wrong."
            )
        ui.summary_label.setText(summary)
        ui.file_problems_label.setText("\n".join(self.file_problems))
        ui.file_problems_label.setVisible(bool(self.file_problems))
        ui.allow_check.setChecked(False)
        ui.allow_check.setVisible(bool(preview.duplicates) and not preview.problems)
        ui.preview_error.setVisible(False)
        self._update_import_button()

    def importable(self) -> bool:
        preview = self.preview
        return preview is not None and preview.importable(self.ui.allow_check.isChecked())

    def _update_import_button(self) -> None:
        if self.currentPage() is not self.ui.preview_page:
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
            return
        n = len(self.preview.rows) if self.preview else 0
        self.setButtonText(
            QWizard.WizardButton.NextButton,
            self.tr("&Import 1 client")
            if n == 1
            else self.tr("&Import %1 clients").replace("%1", f"{n:,}"),
        )
        self.button(QWizard.WizardButton.NextButton).setEnabled(
            self.importable() and not self.working
        )

    # -- the import -------------------------------------------------------------------------

    def start_import(self) -> None:
        if not self.importable() or self.content is None:
            return
        db, actor, content = self.db, self.actor, self.content
        allow = self.ui.allow_check.isChecked()
        self._set_working(True)
        Op(
            self,
            lambda: clients_csv.import_clients_csv(db, actor, content, allow_duplicates=allow),
        ).success(self._imported).failure(self._import_failed).changes(Change.CLIENT).busy(
            self
        ).run()

    def _imported(self, result: CsvImportResult) -> None:
        self._set_working(False)
        self.result_row = result
        n = len(result.client_ids)
        self.ui.done_label.setText(
            self.tr("1 client registered and on their workers' caseloads.")
            if n == 1
            else self.tr("%1 clients registered and on their workers' caseloads.").replace(
                "%1", f"{n:,}"
            )
        )
        self.imported.emit(result)
        self.next()

    def _import_failed(self, error: Exception) -> None:
        self._set_working(False)
        if isinstance(error, ImportProblems):
            text = "\n".join(translated(p.text()).capitalize() for p in error.problems)
            text = self.tr("Nothing was imported:\n%1").replace("%1", text)
        else:
            text = error_text(error)
        self.ui.preview_error.setText(text)
        self.ui.preview_error.setVisible(True)

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.button(QWizard.WizardButton.BackButton).setEnabled(not working)
        self.button(QWizard.WizardButton.NextButton).setEnabled(not working)
        self._update_import_button()
