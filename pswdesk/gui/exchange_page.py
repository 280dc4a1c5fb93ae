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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_exchange_page import Ui_ExchangePage
from pswdesk.gui.operations import Op, error_text
from pswdesk.services import exchange
from pswdesk.services.access import Actor
from pswdesk.services.exchange import ExportSummary, ImportSummary

# What each kind of record is called (``exchange.KINDS``' labels), for pyside6-lupdate.
KIND_LABELS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("ExchangePage", "Agency settings"),
    QT_TRANSLATE_NOOP("ExchangePage", "Staff accounts"),
    QT_TRANSLATE_NOOP("ExchangePage", "Staff roles"),
    QT_TRANSLATE_NOOP("ExchangePage", "Clients"),
    QT_TRANSLATE_NOOP("ExchangePage", "Assignments"),
    QT_TRANSLATE_NOOP("ExchangePage", "Merged records"),
    QT_TRANSLATE_NOOP("ExchangePage", "Notes"),
    QT_TRANSLATE_NOOP("ExchangePage", "Note self-care"),
    QT_TRANSLATE_NOOP("ExchangePage", "Note submissions"),
    QT_TRANSLATE_NOOP("ExchangePage", "Reviews"),
    QT_TRANSLATE_NOOP("ExchangePage", "Notes filed without review"),
    QT_TRANSLATE_NOOP("ExchangePage", "Addenda"),
    QT_TRANSLATE_NOOP("ExchangePage", "Debrief requests"),
    QT_TRANSLATE_NOOP("ExchangePage", "Goals"),
    QT_TRANSLATE_NOOP("ExchangePage", "Goal progress"),
    QT_TRANSLATE_NOOP("ExchangePage", "Strengths"),
    QT_TRANSLATE_NOOP("ExchangePage", "Safety plans"),
    QT_TRANSLATE_NOOP("ExchangePage", "Follow-ups"),
    QT_TRANSLATE_NOOP("ExchangePage", "Brief contacts"),
    QT_TRANSLATE_NOOP("ExchangePage", "Supervision sessions"),
    QT_TRANSLATE_NOOP("ExchangePage", "Referrals"),
    QT_TRANSLATE_NOOP("ExchangePage", "Referral steps"),
    QT_TRANSLATE_NOOP("ExchangePage", "Care team"),
    QT_TRANSLATE_NOOP("ExchangePage", "Consents"),
    QT_TRANSLATE_NOOP("ExchangePage", "Disclosures"),
    QT_TRANSLATE_NOOP("ExchangePage", "Disclosure releases"),
    QT_TRANSLATE_NOOP("ExchangePage", "Emergency acknowledgements"),
)


def _counts(counts: dict[str, int]) -> str:
    labels = {k.name: QCoreApplication.translate("ExchangePage", k.label) for k in exchange.KINDS}
    count = QCoreApplication.translate("ExchangePage", "%1: %2")  # a kind of record: its count
    shown = [
        count.replace("%1", labels.get(k, k).lower()).replace("%2", f"{n:,}")
        for k, n in counts.items()
        if n
    ]
    return "; ".join(shown) or QCoreApplication.translate("ExchangePage", "no records")


def export_text(summary: ExportSummary) -> str:
    left_out = ""
    if summary.sensitive_left_out:
        n = summary.sensitive_left_out
        left_out = " " + (
            QCoreApplication.translate(
                "ExchangePage", "The contact details of 1 safety-sensitive client were left out."
            )
            if n == 1
            else QCoreApplication.translate(
                "ExchangePage", "The contact details of %1 safety-sensitive clients were left out."
            ).replace("%1", str(n))
        )
    elif summary.include_sensitive:
        left_out = " " + QCoreApplication.translate(
            "ExchangePage", "Safety-sensitive contact details are included."
        )
    return (
        QCoreApplication.translate("ExchangePage", "Exported to %1 (%2 files): %3.")
        .replace("%1", str(summary.folder))
        .replace("%2", str(len(summary.files)))
        .replace("%3", _counts(summary.counts))
    ) + left_out


def import_text(summary: ImportSummary) -> str:
    reset = ""
    if summary.accounts_to_reset:
        names = ", ".join(summary.accounts_to_reset)
        reset = " " + QCoreApplication.translate(
            "ExchangePage", "Reset the password of each staff account before they log in: %1."
        ).replace("%1", names)
    return (
        QCoreApplication.translate(
            "ExchangePage", "Imported the records of %1, exported %2 by %3: %4."
        )
        .replace("%1", summary.agency)
        .replace("%2", str(summary.exported_at))
        .replace("%3", summary.exported_by)
        .replace("%4", _counts(summary.counts))
    ) + reset


class ExchangePage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_ExchangePage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setAccessibleName(self.tr("Export and import the agency's records"))
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
            self, self.tr("Folder for the export"), self.ui.folder_edit.text()
        )
        if folder:
            self.ui.folder_edit.setText(folder)

    def choose_file(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Export file to import"),
            self.ui.file_edit.text(),
            self.tr("pswdesk export (*.json)"),
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
            self.tr("Import the export"),
            self.tr(
                "Load every record of %1 into this agency? This agency must be empty; the "
                "import is all or nothing."
            ).replace("%1", Path(file).name),
            QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setObjectName("import_confirm")
        go = box.addButton(self.tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
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
