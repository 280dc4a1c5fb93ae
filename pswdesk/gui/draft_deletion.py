"""Deleting a stray draft from a list of notes: a button, the Delete key, a confirmation.

Why only there and only so: a draft started by mistake (the wrong client, a double
click) clutters "My drafts" for good otherwise, but a note that was ever submitted
is part of the record and stays (``notes.delete_draft`` refuses it). A draft whose
window is open is not deleted under its editor, which would save it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.paged_list import PagedListPage
from pswdesk.gui.table_model import local_time
from pswdesk.services import notes
from pswdesk.services.access import Actor
from pswdesk.services.notes import NoteRow
from pswdesk.vocabulary import NoteStatus

NOT_DELETABLE = str(
    QT_TRANSLATE_NOOP(
        "DraftDeleter", "Only a draft of your own that was never submitted can be deleted."
    )
)
WINDOW_OPEN = str(
    QT_TRANSLATE_NOOP(
        "DraftDeleter",
        "That draft is open in its window; close the window first, then delete it.",
    )
)


class DraftDeleter(QObject):
    """Deletes the selected row of ``page``'s table when it is the user's own draft."""

    deleted = Signal(object)  # the NoteRow deleted
    message = Signal(str)  # a refusal or a failure, to show on the page

    def __init__(self, page: PagedListPage, db: Database, actor: Actor) -> None:
        super().__init__(page)
        self.page, self.db, self.actor = page, db, actor
        #: Set by the main window: whether a note has a window open.
        self.note_open: Callable[[int], bool] = lambda _note_id: False
        self.confirm_box: QMessageBox | None = None
        page.table_view.installEventFilter(self)

    def deletable(self, row: object) -> bool:
        return (
            isinstance(row, NoteRow)
            and row.status == NoteStatus.DRAFT
            and row.author_id == self.actor.id
        )

    def ask(self) -> None:
        """Ask to delete the selected draft (Delete key, or the page's button)."""
        row = self.page.selected_row()
        if row is None:
            return
        if not self.deletable(row):
            self.message.emit(self.tr(NOT_DELETABLE))
            return
        if self.note_open(row.id):
            self.message.emit(self.tr(WINDOW_OPEN))
            return
        summary = " ".join(row.summary.split()) or self.tr("no summary yet")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete draft"),
            self.tr(
                "Delete your draft for {client} of {when} "
                "({summary})? It was never submitted; it cannot be brought back."
            ).format(client=row.client_name, when=local_time(row.contact_at), summary=summary[:80]),
            QMessageBox.StandardButton.Cancel,
            self.page.window(),
        )
        box.setObjectName("delete_draft_confirm")
        delete = box.addButton(self.tr("Delete the draft"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("delete_draft_yes")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if button is delete:
                self.delete(row)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()

    def delete(self, row: NoteRow) -> None:
        db, actor = self.db, self.actor
        Op(self.page, lambda: notes.delete_draft(db, actor, row.id)).success(
            lambda _r: self.deleted.emit(row)
        ).failure(lambda e: self.message.emit(error_text(e))).changes(
            Change.NOTE, Change.CLIENT, client_id=row.client_id
        ).busy(self.page).run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.ask()
            return True
        return super().eventFilter(watched, event)
