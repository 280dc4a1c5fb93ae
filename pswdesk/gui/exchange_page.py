"""Administrator > Export / Import: the agency's records out to a folder, or into an empty agency.

Why a page with warnings rather than a menu item: an export is every client's
health information in plain files, so the page says so before the button, asks
for the safety-sensitive contact details explicitly (left out by default), and
names what was written. An import replaces nothing: ``exchange.import_records``
refuses an agency that already holds records, and the page asks once more before
it starts. Both run off the GUI thread (``Op``) with the busy bar showing, and the
buttons wait until the one running is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_exchange_page import Ui_ExchangePage
from pswdesk.gui.operations import Op, error_text
from pswdesk.services import exchange
from pswdesk.services.access import Actor
from pswdesk.services.exchange import ExportSummary, ImportSummary


def _counts(counts: dict[str, int]) -> str:
    labels = {k.name: k.label for k in exchange.KINDS}
    shown = [f"{labels.get(k, k).lower()}: {n:,}" for k, n in counts.items() if n]
    return "; ".join(shown) or "no records"


def export_text(summary: ExportSummary) -> str:
    left_out = ""
    if summary.sensitive_left_out:
        n = summary.sensitive_left_out
        left_out = (
            f" The contact details of {n} safety-sensitive client{'s' if n != 1 else ''} "
            "were left out."
        )
    elif summary.include_sensitive:
        left_out = " Safety-sensitive contact details are included."
    return (
        f"Exported to {summary.folder} ({len(summary.files)} files): "
        f"{_counts(summary.counts)}.{left_out}"
    )


def import_text(summary: ImportSummary) -> str:
    reset = ""
    if summary.accounts_to_reset:
        names = ", ".join(summary.accounts_to_reset)
        reset = f" Reset the password of each staff account before they log in: {names}."
    return (
        f"Imported the records of {summary.agency}, exported {summary.exported_at} by "
        f"{summary.exported_by}: {_counts(summary.counts)}.{reset}"
    )


class ExchangePage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_ExchangePage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setAccessibleName("Export and import the agency's records")
        self.working = False
        self.confirm_box: QMessageBox | None = None
        ui.busy_bar.setVisible(False)
        ui.folder_browse_button.clicked.connect(self.choose_folder)
        ui.file_browse_button.clicked.connect(self.choose_file)
        ui.export_button.clicked.connect(self.export)
        ui.import_button.clicked.connect(self.ask_import)
        ui.folder_edit.textChanged.connect(lambda _t: self._update_buttons())
        ui.file_edit.textChanged.connect(lambda _t: self._update_buttons())
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.export_button.setEnabled(not self.working and bool(ui.folder_edit.text().strip()))
        ui.import_button.setEnabled(not self.working and bool(ui.file_edit.text().strip()))
        for w in (ui.folder_browse_button, ui.file_browse_button, ui.sensitive_check):
            w.setEnabled(not self.working)

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.ui.busy_bar.setVisible(working)
        if working:
            self.ui.error_label.setVisible(False)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self._set_working(False)
        self.ui.error_label.setText(error_text(error))
        self.ui.error_label.setVisible(True)

    # -- choosing where -------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Folder for the export", self.ui.folder_edit.text()
        )
        if folder:
            self.ui.folder_edit.setText(folder)

    def choose_file(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self, "Export file to import", self.ui.file_edit.text(), "pswdesk export (*.json)"
        )
        if file:
            self.ui.file_edit.setText(file)

    # -- export ---------------------------------------------------------------------------

    def export(self) -> None:
        typed = self.ui.folder_edit.text().strip()
        if self.working or not typed:
            return
        folder = Path(typed).expanduser()
        db, actor, sensitive = self.db, self.actor, self.ui.sensitive_check.isChecked()
        self._set_working(True)
        self.ui.export_result.setVisible(False)
        Op(
            self, lambda: exchange.export_records(db, actor, folder, include_sensitive=sensitive)
        ).success(self._exported).failure(self._failed).changes(Change.AUDIT).busy(self).run()

    def _exported(self, summary: ExportSummary) -> None:
        self._set_working(False)
        self.ui.export_result.setText(export_text(summary))
        self.ui.export_result.setVisible(True)

    # -- import ---------------------------------------------------------------------------

    def ask_import(self) -> None:
        file = self.ui.file_edit.text().strip()
        if self.working or not file:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Import the export",
            f"Load every record of {Path(file).name} into this agency? This agency must "
            "be empty; the import is all or nothing.",
            QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setObjectName("import_confirm")
        go = box.addButton("&Import", QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("import_yes")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is go:
                self.import_file(Path(file).expanduser())

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()

    def import_file(self, file: Path) -> None:
        db, actor = self.db, self.actor
        self._set_working(True)
        self.ui.import_result.setVisible(False)
        Op(self, lambda: exchange.import_records(db, actor, file)).success(self._imported).failure(
            self._failed
        ).changes(Change.USER, Change.SETTINGS, Change.CLIENT, Change.AUDIT).busy(self).run()

    def _imported(self, summary: ImportSummary) -> None:
        self._set_working(False)
        self.ui.import_result.setText(import_text(summary))
        self.ui.import_result.setVisible(True)
