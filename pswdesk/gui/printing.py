"""Printing what is on screen (Ctrl+P): a list as a table, a note, a client's record summary.

Each is made into a QTextDocument (HTML with every piece of user text escaped) and
printed to a QPrinter. Where the printer comes from is the one seam: a window's
``PrintAction.printer_for`` asks the system print dialog (``ask_printer``); a test
gives a QPrinter writing a PDF file instead, and the same document is printed.
Printing reads only what the window already shows, so it asks the database nothing
and is not audited as a read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from pswdesk.gui.note_html import CSS

#: What a window prints now, or None when it shows nothing printable (say, still loading).
DocumentSource = Callable[[], QTextDocument | None]
PrinterSource = Callable[[QWidget], QPrinter | None]


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog; the printer chosen, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    document.print_(printer)


def html_document(body: str, title: str = "") -> QTextDocument:
    """A printable document from an HTML body, in the note view's style."""
    document = QTextDocument()
    document.setDefaultStyleSheet(CSS)
    document.setHtml(f"<html><head><style>{CSS}</style></head><body>{body}</body></html>")
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def printed_on() -> str:
    return f"Printed {dt.datetime.now().astimezone():%a %d %b %Y, %H:%M}"


def model_table(model: QAbstractItemModel) -> str:
    """The rows the model holds now, as an HTML table with its header (text as displayed)."""
    display = Qt.ItemDataRole.DisplayRole
    columns = range(model.columnCount())
    head = "".join(
        f"<th>{escape(str(model.headerData(c, Qt.Orientation.Horizontal, display) or ''))}</th>"
        for c in columns
    )
    rows = []
    for r in range(model.rowCount()):
        cells = "".join(
            f"<td>{escape(str(model.data(model.index(r, c), display) or ''))}</td>" for c in columns
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table cellspacing="0" border="1" cellpadding="3" width="100%">'
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )


def list_document(title: str, model: QAbstractItemModel, count_line: str = "") -> QTextDocument:
    """A list view: its title, its count line and every row loaded, as a table."""
    body = [f"<h1>{escape(title)}</h1>", f'<p class="meta">{escape(printed_on())}']
    if count_line:
        body.append(f" · {escape(count_line)}")
    body.append("</p>")
    if model.rowCount() == 0:
        body.append('<p class="skipped">Nothing in this list.</p>')
    else:
        body.append(model_table(model))
    return html_document("".join(body), title)


def visible_tables(root: QWidget) -> list[QTableView]:
    """The tables shown inside ``root`` (a page or a record's tab), in layout order."""
    return [
        view
        for view in root.findChildren(QTableView)
        if view.isVisibleTo(root) and view.model() is not None
    ]


class PrintAction(QObject):
    """Ctrl+P (File > Print…) on one window: print ``document()`` to the printer asked for.

    ``printer_for`` is ``ask_printer`` unless a test gives its own; ``report`` is told
    a one-line outcome (nothing to print, printed).
    """

    def __init__(
        self,
        window: QWidget,
        document: DocumentSource,
        report: Callable[[str], None] | None = None,
        action: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.report = report or (lambda _text: None)
        self.printer_for: PrinterSource = ask_printer
        self.action = action or QAction(self.tr("&Print…"), window)
        self.action.setObjectName("action_print")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(
            self.tr("Print what this window shows: a list as a table, a note, a record")
        )
        self.action.triggered.connect(self.print_now)
        if action is None:
            window.addAction(self.action)

    def print_now(self) -> bool:
        """True when something was sent to a printer."""
        document = self.document()
        if document is None:
            self.report(self.tr("There is nothing here to print yet."))
            return False
        printer = self.printer_for(self.window)
        if printer is None:
            return False
        print_document(document, printer)
        self.report(self.tr("Sent to the printer."))
        return True
