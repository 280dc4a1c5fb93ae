"""The set-up wizard's last page: the new agency's recovery key, shown once.

Why a page of its own, with a tick before Finish: the recovery key is the only
way back into the records when the computer's keyring is gone (a new PC, a
reinstalled system, a restore elsewhere). It is shown large and grouped as on the
recovery sheet, can be copied, printed or saved as the sheet
(``key_admin.recovery_sheet``, audited) and the page says whether this computer's
keyring keeps it too. The wizard enables Finish only once the administrator ticks
that it is stored somewhere safe.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from pswdesk import keys
from pswdesk.db import Database
from pswdesk.gui.domain_text import translated
from pswdesk.gui.forms.ui_setup_wizard import Ui_SetupWizard
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.recovery_key_text import key_font
from pswdesk.keys import KeySource
from pswdesk.services import key_admin
from pswdesk.services.access import Actor
from pswdesk.wording import message_of

PRINT_DPI = 300
GROUPS_PER_LINE = 7  # 14 groups: two lines, as on the recovery sheet


def shows_recovery_key(db: Database) -> bool:
    """A new encrypted agency has a key to keep; a demo (published key) and a server have none."""
    return (
        db.secret is not None
        and db.encryption is not None
        and db.encryption.source is not KeySource.DEMO
    )


def key_lines(recovery_key: str) -> str:
    """The key in two lines of seven groups, so it reads at a large size."""
    groups = recovery_key.split("-")
    lines = [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join("  ".join(line) for line in lines)


def keyring_sentence(db: Database) -> str:
    """Whether this computer's keyring keeps the key (read off the GUI thread)."""
    problem = db.keyring_problem
    if problem is None and db.encryption is not None and db.secret is not None:
        try:
            if keys.load_secret(db.encryption.database_id) != db.secret:
                problem = QCoreApplication.translate(
                    "RecoveryKeyPage", "the keyring holds no copy of it"
                )
        except keys.KeyringUnavailable as exc:
            problem = message_of(exc)
    if problem is None:
        return QCoreApplication.translate(
            "RecoveryKeyPage",
            "This computer's keyring (its password store) keeps the key as well, so pswdesk "
            "opens here without asking. Another computer, or this one after a reinstall, "
            "needs the recovery key.",
        )
    if db.encryption is not None and db.encryption.source is KeySource.ENVIRONMENT:
        return QCoreApplication.translate(
            "RecoveryKeyPage",
            "This computer gives pswdesk the key through %1, not through its keyring. "
            "Anywhere else pswdesk asks for the recovery key.",
        ).replace("%1", keys.ENV_KEY)
    return QCoreApplication.translate(
        "RecoveryKeyPage",
        "The key is not kept on this computer: %1. pswdesk will ask for the recovery key "
        "each time it starts, so keep it where the people who start it can reach it.",
    ).replace("%1", translated(problem))


def sheet_file_name(agency: str) -> str:
    safe = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", agency).split())[:60] or "agency"
    return f"Recovery sheet - {safe}.pdf"


def print_pdf(pdf: bytes, printer: QPrinter, owner: QObject) -> int:
    """Draw each page of ``pdf`` on ``printer``, fitted to the paper; returns the pages sent."""
    data = QByteArray(pdf)
    buffer = QBuffer(data, owner)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(owner)
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise RuntimeError("the sheet could not be read for printing")
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("the printer could not be opened")
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            area = painter.viewport()
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(page, pixels)
                target = QSize(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = area.x() + (area.width() - target.width()) // 2
                y = area.y() + (area.height() - target.height()) // 2
                painter.drawImage(QRect(x, y, target.width(), target.height()), image)
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()
        document.deleteLater()
        buffer.close()
        buffer.deleteLater()


class RecoveryKeyPage(QObject):
    """Fills and runs the wizard's ``key_page`` for the agency just created."""

    def __init__(self, wizard: QWidget, ui: Ui_SetupWizard, db: Database) -> None:
        super().__init__(wizard)
        self.wizard, self.ui, self.db = wizard, ui, db
        self.actor: Actor | None = None
        self.agency = ""
        self.working = False
        font = key_font()
        # The label's role sets a font size in the stylesheet; the key's own rule wins here.
        ui.key_display.setStyleSheet(
            f"font-family: '{font.family()}', monospace; font-size: 20pt; color: #12283a;"
        )
        ui.key_display.setText(key_lines(db.secret.recovery_key()) if db.secret else "")
        ui.keyring_status_label.setText(self.tr("Checking this computer's keyring…"))
        ui.copy_button.clicked.connect(self.copy_key)
        ui.print_button.clicked.connect(lambda: self.print_sheet())
        ui.save_sheet_button.clicked.connect(lambda: self.save_sheet())

    def show_for(self, actor: Actor, agency: str) -> None:
        """The agency exists now: the sheet can be made, and the keyring is asked."""
        self.actor, self.agency = actor, agency
        db = self.db
        Op(self, lambda: keyring_sentence(db)).success(
            self.ui.keyring_status_label.setText
        ).failure(lambda e: self.ui.keyring_status_label.setText(error_text(e))).run()

    def copy_key(self) -> None:
        if self.db.secret is None:
            return
        QGuiApplication.clipboard().setText(self.db.secret.recovery_key())
        self._status(
            self.tr(
                "Copied. Paste it into the agency's password manager, then copy something "
                "else so it does not stay on the clipboard."
            )
        )

    # -- the recovery sheet -----------------------------------------------------------------

    def _with_sheet(self, then: Callable[[bytes], None]) -> None:
        if self.actor is None or self.working:
            return
        db, actor = self.db, self.actor
        self.working = True
        self._status(self.tr("Making the recovery sheet…"))
        Op(self, lambda: key_admin.recovery_sheet(db, actor)).success(
            lambda pdf: self._sheet_ready(then, pdf)
        ).failure(self._sheet_failed).busy(self.wizard).run()

    def _sheet_ready(self, then: Callable[[bytes], None], pdf: bytes) -> None:
        self.working = False
        self.ui.sheet_status_label.setVisible(False)
        then(pdf)

    def _sheet_failed(self, error: Exception) -> None:
        self.working = False
        self._status(
            self.tr("The recovery sheet could not be made: %1").replace("%1", error_text(error))
        )

    def print_sheet(self, printer: QPrinter | None = None) -> None:
        """Through the system print dialog (tests pass a ready PDF printer)."""

        def send(pdf: bytes) -> None:
            target = printer
            if target is None:
                target = QPrinter(QPrinter.PrinterMode.HighResolution)
                target.setDocName("pswdesk recovery sheet")
                dialog = QPrintDialog(target, self.wizard)
                dialog.setWindowTitle(self.tr("Print the recovery sheet"))
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
            try:
                pages = print_pdf(pdf, target, self)
            except RuntimeError as exc:
                self._status(self.tr("Could not print: %1.").replace("%1", str(exc)))
                return
            where = target.printerName() or target.outputFileName() or self.tr("the printer")
            sent = (
                self.tr("Sent the recovery sheet (1 page) to %2.")
                if pages == 1
                else self.tr("Sent the recovery sheet (%1 pages) to %2.")
            )
            self._status(sent.replace("%1", str(pages)).replace("%2", where))

        self._with_sheet(send)

    def save_sheet(self, path: Path | str | None = None) -> None:
        """Save the sheet as a PDF (tests pass the path); it holds the key: keep it safe."""

        def write(pdf: bytes) -> None:
            target = path
            if target is None:
                start = QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.DocumentsLocation
                )
                chosen, _filter = QFileDialog.getSaveFileName(
                    self.wizard,
                    self.tr("Save the recovery sheet"),
                    str(Path(start) / sheet_file_name(self.agency)),
                    self.tr("PDF documents (*.pdf)"),
                )
                if not chosen:
                    return
                target = chosen
            file = Path(target)
            if file.suffix.lower() != ".pdf":
                file = file.with_name(file.name + ".pdf")
            try:
                file.write_bytes(pdf)
            except OSError as exc:
                self._status(
                    self.tr("Could not save %1: %2. Choose another folder.")
                    .replace("%1", str(file))
                    .replace("%2", str(exc.strerror or exc))
                )
                return
            self._status(
                self.tr(
                    "Saved to %1. It holds the key: print it or move it to a safe place, and do "
                    "not leave it on this computer."
                ).replace("%1", str(file))
            )

        self._with_sheet(write)

    def ask_for_tick(self) -> None:
        """Closing the wizard on this page: the key would be lost from sight, so say why not."""
        self._status(
            self.tr(
                "The agency is set up. Keep the recovery key first, tick the box, then press "
                "Finish."
            )
        )
        self.ui.stored_check.setFocus()

    def _status(self, text: str) -> None:
        self.ui.sheet_status_label.setText(text)
        self.ui.sheet_status_label.setVisible(True)
