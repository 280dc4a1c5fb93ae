"""A note read-only, with the supervisor's review actions and addenda.

Opened from the review queue, from a client's notes, or for any note the
viewer may not edit. Layout: ``ui/note_view.ui`` and ``ui/addendum_dialog.ui``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from pswdesk.db import Database
from pswdesk.errors import PswdeskError, ValidationError
from pswdesk.gui.forms.ui_addendum_dialog import Ui_AddendumDialog
from pswdesk.gui.forms.ui_note_view import Ui_NoteView
from pswdesk.gui.note_html import render_note
from pswdesk.gui.resources import show_message
from pswdesk.services import notes, review
from pswdesk.services.access import Actor


class AddendumDialog(QDialog):
    """Reason and text for an addendum; both required, checked by the service."""

    def __init__(self, db: Database, actor: Actor, note_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.note_id = db, actor, note_id
        self.ui = Ui_AddendumDialog()
        self.ui.setupUi(self)
        self.ui.error_label.setObjectName("field_error")
        self.ui.error_label.setVisible(False)
        self.ui.button_box.accepted.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)

    def _save(self) -> None:
        try:
            notes.add_addendum(
                self.db,
                self.actor,
                self.note_id,
                self.ui.reason_edit.text(),
                self.ui.text_edit.toPlainText(),
            )
        except PswdeskError as exc:
            self.ui.error_label.setText(str(exc))
            self.ui.error_label.setVisible(True)
            return
        self.accept()


class NoteViewer(QMainWindow):
    """Shows one note; a supervisor approves or returns it from here."""

    changed = Signal(int)  # the note's status or addenda changed
    edit_requested = Signal(int)

    def __init__(self, db: Database, actor: Actor, note_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.note_id = db, actor, note_id
        self.ui = Ui_NoteView()
        self.ui.setupUi(self)
        self.ui.comment_error_label.setObjectName("field_error")
        self.ui.approve_button.clicked.connect(self.approve)
        self.ui.return_button.clicked.connect(self.return_note)
        self.ui.addendum_button.clicked.connect(self.add_addendum)
        self.ui.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.note_id))
        self.ui.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Escape"), self, activated=self.close)
        self.reload()

    def reload(self) -> None:
        view = notes.get_note(self.db, self.actor, self.note_id)
        changes = []
        if view.can_review and view.status == "submitted":
            changes = review.changes_since_last_submission(self.db, self.actor, self.note_id)
        self.view = view
        self.ui.note_browser.setHtml(render_note(view, changes))
        self.setWindowTitle(f"Note — {view.client_name}")
        reviewing = view.can_review and view.status == "submitted"
        self.ui.review_box.setVisible(reviewing)
        may_amend = view.status == "approved" and (
            view.author_id == self.actor.id or view.can_review or self.actor.has("supervisor")
        )
        self.ui.addendum_button.setVisible(may_amend)
        self.ui.edit_button.setVisible(view.can_edit)
        self._message("")

    def _message(self, text: str, kind: str = "info") -> None:
        show_message(self.ui.message_label, text, kind)

    @property
    def message(self) -> str:
        return self.ui.message_label.text()

    def approve(self) -> None:
        try:
            review.approve(self.db, self.actor, self.note_id, self.view.version)
        except PswdeskError as exc:
            self._message(f"Not approved: {exc}", "error")
            return
        self.reload()
        self._message("Approved and signed. The note is now locked.", "ok")
        self.changed.emit(self.note_id)

    def return_note(self) -> None:
        comment = self.ui.comment_edit.toPlainText()
        try:
            review.return_note(self.db, self.actor, self.note_id, comment, self.view.version)
        except ValidationError as exc:
            self.ui.comment_error_label.setText(str(exc))
            self.ui.comment_edit.setFocus()
            return
        except PswdeskError as exc:
            self._message(f"Not returned: {exc}", "error")
            return
        self.ui.comment_edit.clear()
        self.ui.comment_error_label.clear()
        self.reload()
        self._message("Returned to the worker with your comment.", "ok")
        self.changed.emit(self.note_id)

    def add_addendum(self) -> None:
        dialog = AddendumDialog(self.db, self.actor, self.note_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self._message("Addendum added and signed.", "ok")
            self.changed.emit(self.note_id)
