"""A read-only document window (the keyboard shortcuts, short help texts).

Non-modal and deleted on close, so several can be open beside the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from pswdesk.gui.forms.ui_document_dialog import Ui_DocumentDialog


class DocumentDialog(QDialog):
    def __init__(
        self, title: str, meta: str, body_html: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{title} — pswdesk")
        self.ui.title_label.setText(title)
        self.ui.meta_label.setText(meta)
        self.ui.meta_label.setVisible(bool(meta))
        self.ui.content_browser.setHtml(body_html)
        self.ui.content_browser.setAccessibleName(title)
        self.ui.button_box.rejected.connect(self.close)
        self.ui.button_box.accepted.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
