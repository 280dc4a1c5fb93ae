"""A note read-only, with the supervisor's review actions and addenda.

Opened from the review queue, from a client's notes, or for any note the
viewer may not edit. Layout: ``ui/note_view.ui`` and ``ui/addendum_dialog.ui``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QWidget

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.gui.changes import Change, Changes, change_notice
from pswdesk.gui.domain_text import error_message
from pswdesk.gui.forms.ui_addendum_dialog import Ui_AddendumDialog
from pswdesk.gui.forms.ui_note_view import Ui_NoteView
from pswdesk.gui.note_html import render_note
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.printing import PrintAction
from pswdesk.gui.resources import show_message
from pswdesk.gui.sign_confirmation import SignConfirmation
from pswdesk.services import notes, review
from pswdesk.services.access import Actor
from pswdesk.services.notes import NoteRow, NoteView
from pswdesk.services.review import FieldChange
from pswdesk.services.sign_check import SignCheck, needs_confirmation, sign_check
from pswdesk.vocabulary import NoteStatus, Role

#: What signing a note changes: the note, the queue, and the items it copies onto the record.
APPROVED = (Change.NOTE, Change.REVIEW, Change.RECORD, Change.FOLLOW_UP, Change.CLIENT)
NEXT_KEYS = "Alt+N"  # the Next in queue button's mnemonic (gui/navigation.py lists it)
QUEUE_EMPTY = "Nothing else is waiting for your review: the queue is empty."
QT_TRANSLATE_NOOP("NoteViewer", "Nothing else is waiting for your review: the queue is empty.")
translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls


@dataclass(frozen=True, slots=True)
class _Shown:
    view: NoteView
    changes: list[FieldChange]


class AddendumDialog(QDialog):
    """Reason and text for an addendum; both required, checked by the service."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        note_id: int,
        parent: QWidget | None = None,
        client_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.note_id, self.client_id = db, actor, note_id, client_id
        self.ui = Ui_AddendumDialog()
        self.ui.setupUi(self)
        self.ui.error_label.setObjectName("field_error")
        self.ui.error_label.setVisible(False)
        self.ui.button_box.accepted.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)

    def _save(self) -> None:
        db, actor, note_id = self.db, self.actor, self.note_id
        reason, text = self.ui.reason_edit.text(), self.ui.text_edit.toPlainText()
        self.ui.button_box.setEnabled(False)  # one save at a time
        Op(self, lambda: notes.add_addendum(db, actor, note_id, reason, text)).success(
            lambda _row: self.accept()
        ).failure(self._refused).changes(Change.NOTE, client_id=self.client_id).busy(self).run()

    def _refused(self, error: Exception) -> None:
        self.ui.button_box.setEnabled(True)
        self.ui.error_label.setText(error_text(error))
        self.ui.error_label.setVisible(True)


class NoteViewer(QMainWindow):
    """Shows one note; a supervisor approves or returns it from here.

    The note is read off the GUI thread when the window opens and again whenever a
    change notice says this note's client has a changed note. A high- or imminent-risk
    note is signed only after the confirmation (``sign_confirmation.py``); after a
    decision, "Next in queue" shows the head of the review queue in this same window."""

    changed = Signal(int)  # the note's status or addenda changed
    edit_requested = Signal(int)
    switched = Signal(int, int)  # (previous note id, note id now shown): Next in queue

    def __init__(self, db: Database, actor: Actor, note_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.note_id = db, actor, note_id
        self.view: NoteView | None = None
        self.loading = False
        self.ui = Ui_NoteView()
        self.ui.setupUi(self)
        self.ui.comment_error_label.setObjectName("field_error")
        self.ui.approve_button.clicked.connect(self.approve)
        self.ui.return_button.clicked.connect(self.return_note)
        self.ui.addendum_button.clicked.connect(self.add_addendum)
        self.ui.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.note_id))
        self.ui.close_button.clicked.connect(self.close)
        self.next_button = QPushButton(translate("NoteViewer", "&Next in queue"), self)
        self.next_button.setObjectName("next_button")
        self.next_button.setAccessibleName(
            translate("NoteViewer", "Open the next note in the review queue")
        )
        self.next_button.setToolTip(
            translate("NoteViewer", "The next note waiting for your review ({keys})").format(
                keys=NEXT_KEYS
            )
        )
        self.next_button.setVisible(False)  # until this viewer has approved or returned
        self.next_button.clicked.connect(self.next_in_queue)
        spacer_at = self.ui.bottom_buttons.indexOf(self.ui.bottom_spacer)
        self.ui.bottom_buttons.insertWidget(spacer_at + 1, self.next_button)
        self.sign_dialog: SignConfirmation | None = None
        QShortcut(QKeySequence("Escape"), self, self.close)
        # Ctrl+P prints the note as shown (gui/printing.py), once it has been read.
        self.printing = PrintAction(
            self, lambda: self.ui.note_browser.document().clone() if self.view else None
        )
        for w in (self.ui.review_box, self.ui.addendum_button, self.ui.edit_button):
            w.setVisible(False)  # until the note has been read
        self.ui.note_browser.setPlainText(translate("NoteViewer", "Opening the note…"))
        change_notice().subscribe(self, (Change.NOTE, Change.REVIEW), self._on_change)
        self.reload()

    def reload(self) -> None:
        """Read the note (and, for a reviewer, what changed since the last submission)."""
        db, actor, note_id = self.db, self.actor, self.note_id

        def read() -> _Shown:
            view = notes.get_note(db, actor, note_id)
            changes: list[FieldChange] = []
            if view.can_review and view.status == NoteStatus.SUBMITTED:
                changes = review.changes_since_last_submission(db, actor, note_id)
            return _Shown(view, changes)

        self.loading = True
        Op(self, read).success(self._show).failure(self._read_failed).busy(self).run()

    def _on_change(self, changes: Changes) -> None:
        if changes.origin is self:
            return  # our own write: its success already reloads
        if self.view is None or changes.concerns(self.view.client_id):
            self.reload()

    def _show(self, shown: _Shown) -> None:
        if shown.view.id != self.note_id:
            return  # read before Next in queue moved this window on
        self.loading = False
        view = self.view = shown.view
        self.ui.note_browser.setHtml(render_note(view, shown.changes))
        self.setWindowTitle(translate("NoteViewer", "Note — {name}").format(name=view.client_name))
        reviewing = view.can_review and view.status == NoteStatus.SUBMITTED
        self.ui.review_box.setVisible(reviewing)
        may_amend = view.status == NoteStatus.APPROVED and (
            view.author_id == self.actor.id or view.can_review or self.actor.has(Role.SUPERVISOR)
        )
        self.ui.addendum_button.setVisible(may_amend)
        self.ui.edit_button.setVisible(view.can_edit)
        self._set_review_enabled(True)

    def _read_failed(self, error: Exception) -> None:
        self.loading = False
        self._message(
            translate("NoteViewer", "The note could not be read: {error}").format(
                error=error_text(error)
            ),
            "error",
        )

    def _message(self, text: str, kind: str = "info") -> None:
        show_message(self.ui.message_label, text, kind)

    @property
    def message(self) -> str:
        return self.ui.message_label.text()

    def _set_review_enabled(self, enabled: bool) -> None:
        self.ui.approve_button.setEnabled(enabled)
        self.ui.return_button.setEnabled(enabled)

    def _client_id(self) -> int | None:
        return self.view.client_id if self.view is not None else None

    def approve(self) -> None:
        """Sign; a high- or imminent-risk note first shows its risk actions and safety plan."""
        if self.view is None:
            return
        if not needs_confirmation(self.view.content.risk_level):
            self._sign(acknowledged_risk=False)
            return
        db, actor, note_id = self.db, self.actor, self.note_id
        self._set_review_enabled(False)
        Op(self, lambda: sign_check(db, actor, note_id)).success(self._confirm).failure(
            lambda e: self._refused(translate("NoteViewer", "Not approved"), e)
        ).busy(self).run()

    def _confirm(self, check: SignCheck) -> None:
        if check.note_id != self.note_id:
            return
        dialog = SignConfirmation(check, self)
        dialog.accepted.connect(lambda: self._sign(acknowledged_risk=True))
        dialog.rejected.connect(self._not_signed)
        self.sign_dialog = dialog
        dialog.open()

    def _not_signed(self) -> None:
        self._set_review_enabled(True)
        self._message(
            translate("NoteViewer", "Not signed: the note is still waiting for your review.")
        )

    def _sign(self, *, acknowledged_risk: bool) -> None:
        if self.view is None:
            return
        db, actor, note_id, version = self.db, self.actor, self.note_id, self.view.version
        self._set_review_enabled(False)

        def signed(_view: NoteView) -> None:
            self._done(translate("NoteViewer", "Approved and signed. The note is now locked."))
            self.next_button.setVisible(True)

        Op(
            self,
            lambda: review.approve(
                db, actor, note_id, version, acknowledged_risk=acknowledged_risk
            ),
        ).success(signed).failure(
            lambda e: self._refused(translate("NoteViewer", "Not approved"), e)
        ).changes(*APPROVED, client_id=self._client_id()).busy(self).run()

    def return_note(self) -> None:
        if self.view is None:
            return
        comment = self.ui.comment_edit.toPlainText()
        db, actor, note_id, version = self.db, self.actor, self.note_id, self.view.version
        self._set_review_enabled(False)

        def returned(_view: NoteView) -> None:
            self.ui.comment_edit.clear()
            self.ui.comment_error_label.clear()
            self._done(translate("NoteViewer", "Returned to the worker with your comment."))
            self.next_button.setVisible(True)

        def refused(error: Exception) -> None:
            if isinstance(error, ValidationError):
                self._set_review_enabled(True)
                self.ui.comment_error_label.setText(error_message(error))
                self.ui.comment_edit.setFocus()
                return
            self._refused(translate("NoteViewer", "Not returned"), error)

        Op(self, lambda: review.return_note(db, actor, note_id, comment, version)).success(
            returned
        ).failure(refused).changes(Change.NOTE, Change.REVIEW, client_id=self._client_id()).busy(
            self
        ).run()

    def next_in_queue(self) -> None:
        """Show the note at the head of the review queue (the service's order) here."""
        db, actor, current = self.db, self.actor, self.note_id

        def failed(error: Exception) -> None:
            self._message(
                translate("NoteViewer", "The review queue could not be read: {error}").format(
                    error=error_text(error)
                ),
                "error",
            )

        Op(self, lambda: review.review_queue(db, actor, limit=2)).success(
            lambda queue: self._go_next(queue, current)
        ).failure(failed).busy(self).run()

    def _go_next(self, queue: list[NoteRow], current: int) -> None:
        if current != self.note_id:
            return  # moved on meanwhile
        following = next((row for row in queue if row.id != current), None)
        if following is None:
            self._message(translate("NoteViewer", QUEUE_EMPTY), "ok")
            return
        self.show_note(following.id)

    def show_note(self, note_id: int) -> None:
        """Show another note in this window (``switched`` tells the note windows)."""
        previous = self.note_id
        self.note_id, self.view = note_id, None
        for w in (self.ui.review_box, self.ui.addendum_button, self.ui.edit_button):
            w.setVisible(False)
        self.next_button.setVisible(False)
        self.ui.comment_edit.clear()
        self.ui.comment_error_label.clear()
        self.ui.note_browser.setPlainText(translate("NoteViewer", "Opening the next note…"))
        self._message("")
        self.switched.emit(previous, note_id)
        self.reload()

    def _done(self, message: str) -> None:
        self.reload()
        self._message(message, "ok")
        self.changed.emit(self.note_id)

    def _refused(self, verb: str, error: Exception) -> None:
        self._set_review_enabled(True)
        self._message(f"{verb}: {error_text(error)}", "error")

    def add_addendum(self) -> None:
        dialog = AddendumDialog(self.db, self.actor, self.note_id, self, self._client_id())
        dialog.accepted.connect(
            lambda: self._done(translate("NoteViewer", "Addendum added and signed."))
        )
        self.addendum_dialog = dialog
        dialog.open()
