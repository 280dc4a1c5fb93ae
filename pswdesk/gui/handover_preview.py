"""The handover dialog's preview: the generated summary on screen, saved as PDF, printed.

The PDF lives in memory only (a ``QBuffer`` over its bytes), never in a temporary
file: a plain copy of a client's summary must not be left behind in /tmp if the
app dies. Saving and printing use the same bytes the reader sees. Each is the
summary leaving the dialog, so each emits ``left`` and the dialog records the
release: only then is the prepared handover a disclosure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from pswdesk.gui.forms.ui_handover_preview import Ui_HandoverPreview
from pswdesk.gui.resources import set_role
from pswdesk.gui.theme import set_own_sheet
from pswdesk.services.handover import HandoverResult
from pswdesk.vocabulary import DocumentLanguage, ReleaseHow

PRINT_DPI = 300  # enough for text on paper; a 1200 dpi printer would get 16x the pixels
STYLE = "QPdfView { background: #7b8794; border: 1px solid #cfd8e0; }"


@dataclass(frozen=True, slots=True)
class Generated:
    """The last summary made in the dialog: its bytes, and what the service said."""

    result: HandoverResult
    pdf: bytes
    recipient: str
    paper: str
    made_at: dt.datetime


def default_file_name(client_name: str, when: dt.date) -> str:
    """'Handover - Robin Marker - 2026-11-28.pdf', safe on every file system."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", client_name)
    safe = " ".join(safe.split())[:80] or "client"
    return f"Handover - {safe} - {when.isoformat()}.pdf"


class HandoverPreview(QWidget):
    """Shows one generated summary page by page, with Save as PDF and Print."""

    #: The summary left the dialog: (ReleaseHow, the saved file or None for print).
    left = Signal(str, object)

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_name = client_name
        self.generated: Generated | None = None
        self._pdf_bytes = QByteArray()
        self._pdf_buffer: QBuffer | None = None
        self.ui = Ui_HandoverPreview()
        self.ui.setupUi(self)
        set_own_sheet(self, STYLE)
        ui = self.ui
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(ui.pdf_page)
        self.pdf_view.setObjectName("pdf_view")
        self.pdf_view.setAccessibleName(self.tr("Preview of the handover summary"))
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setDocument(self.pdf_document)
        ui.pdf_layout.addWidget(self.pdf_view)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        ui.save_button.clicked.connect(lambda: self.save_pdf())
        ui.print_button.clicked.connect(lambda: self.print_pdf())
        self.set_info("")
        self.set_actions_enabled(False)

    # -- what the dialog tells it -----------------------------------------------------------

    def show_summary(self, made: Generated) -> None:
        """Show a newly generated summary and say which disclosure it is."""
        self.generated = made
        self._load(made.pdf)
        r = made.result
        if r.contacts == 1:
            contacts = self.tr("1 contact")
        else:
            contacts = self.tr("{n} contacts").format(n=r.contacts)
        kind = self.tr("EMERGENCY · ") if r.emergency else ""
        language = DocumentLanguage(r.language).label  # named in itself, as in the choice
        self.set_info(
            kind
            + self.tr(
                "Handover {id} prepared at {time} · {contacts} · {language} · "
                "not yet saved or printed"
            ).format(
                id=r.disclosure_id,
                time=f"{made.made_at:%H:%M}",
                contacts=contacts,
                language=language,
            ),
            emergency=r.emergency,
        )
        self.ui.preview_info_label.setToolTip(self.tr("For {name}").format(name=made.recipient))
        self._show_page_number(0)
        self.set_output_status("", error=False)

    def set_placeholder(self, text: str) -> None:
        """The sentence shown before any summary was made."""
        self.ui.preview_placeholder.setText(text)

    def set_actions_enabled(self, enabled: bool) -> None:
        """Save and Print, while a summary is there and none is being made."""
        has_pdf = enabled and self.generated is not None
        self.ui.save_button.setEnabled(has_pdf)
        self.ui.print_button.setEnabled(has_pdf)

    def set_info(self, text: str, emergency: bool = False) -> None:
        label = self.ui.preview_info_label
        label.setText(text)
        set_own_sheet(
            label, "color: #9a3412; font-weight: bold;" if emergency else "font-weight: bold;"
        )

    def set_output_status(self, text: str, *, error: bool) -> None:
        label = self.ui.output_status
        label.setText(text)
        set_role(label, "error" if error else "muted")
        label.setVisible(bool(text))

    def close_document(self) -> None:
        self.pdf_document.close()

    # -- the document -----------------------------------------------------------------------

    def _load(self, pdf: bytes) -> None:
        self.pdf_document.close()
        self._pdf_bytes = QByteArray(pdf)
        buffer = QBuffer(self._pdf_bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._pdf_buffer = self._pdf_buffer, buffer
        self.pdf_document.load(buffer)
        if old is not None:
            old.deleteLater()
        self.ui.preview_stack.setCurrentWidget(self.ui.pdf_page)
        self.pdf_view.pageNavigator().jump(0, self.pdf_view.pageNavigator().currentLocation())

    @property
    def page_count(self) -> int:
        """Pages in the preview (0 before anything was generated)."""
        if self.pdf_document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.pdf_document.pageCount()

    def _show_page_number(self, page: int) -> None:
        count = self.page_count
        self.ui.page_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count) if count else ""
        )

    # -- save and print ---------------------------------------------------------------------

    def save_pdf(self, path: Path | str | None = None) -> Path | None:
        """Write the generated summary to ``path``, or ask where (tests pass the path)."""
        if self.generated is None:
            return None
        if path is None:
            start = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = default_file_name(self.client_name, self.generated.made_at.date())
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save handover summary"),
                str(Path(start) / name),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.generated.pdf)
        except OSError as exc:
            self.set_output_status(
                self.tr("Could not save {path}: {error}. Choose another folder.").format(
                    path=target, error=exc.strerror or exc
                ),
                error=True,
            )
            return None
        self.set_output_status(self.tr("Saved to {path}").format(path=target), error=False)
        self.left.emit(ReleaseHow.SAVED.value, target)
        return target

    def print_pdf(self, printer: QPrinter | None = None) -> bool:
        """Print through the system print dialog (tests pass a ready PDF printer)."""
        if self.generated is None or self.page_count == 0:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            letter = self.generated.paper == "Letter"
            size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
            printer.setPageSize(QPageSize(size))
            printer.setDocName(self.tr("Handover summary — {name}").format(name=self.client_name))
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print handover summary"))
            dialog.setMinMax(1, self.page_count)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            pages = self._render_to(printer)
        except RuntimeError as exc:
            failed = self.tr("Could not print: {error}").format(error=exc)
            self.set_output_status(failed, error=True)
            return False
        where = printer.printerName() or printer.outputFileName() or self.tr("the printer")
        if pages == 1:
            sent = self.tr("Sent 1 page to {where}.").format(where=where)
        else:
            sent = self.tr("Sent {n} pages to {where}.").format(n=pages, where=where)
        self.set_output_status(sent, error=False)
        self.left.emit(ReleaseHow.PRINTED.value, None)
        return True

    def _render_to(self, printer: QPrinter) -> int:
        """Draw each page as an image fitted to the paper; the PDF carries its own margins."""
        printer.setFullPage(True)
        first, last = 1, self.page_count
        if printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("the printer could not be opened")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            area = painter.viewport()
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.pdf_document.pagePointSize(number - 1)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.pdf_document.render(number - 1, pixels)
                target = QSize(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = area.x() + (area.width() - target.width()) // 2
                y = area.y() + (area.height() - target.height()) // 2
                painter.drawImage(QRect(x, y, target.width(), target.height()), image)
        finally:
            painter.end()
            QApplication.restoreOverrideCursor()
        return last - first + 1
