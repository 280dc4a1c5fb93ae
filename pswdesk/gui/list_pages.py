"""The list views built on ``ui/list_page.ui``: drafts, returned notes, the review
queue, follow-ups due and debrief requests.

Each page loads off the GUI thread, shows a plain sentence when there is nothing
to show, and opens the selected item on Enter or double-click (``PagedListPage``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.draft_deletion import DraftDeleter
from pswdesk.gui.follow_up_actions import (
    OutcomeDialog,
    closed_message,
    due_text,
    follow_up_text,
    undo_call,
)
from pswdesk.gui.forms.ui_list_page import Ui_ListPage
from pswdesk.gui.needs_contact_section import NeedsContactSection
from pswdesk.gui.note_list_model import NOTE_COLUMNS
from pswdesk.gui.operations import Op
from pswdesk.gui.paged_list import PagedListPage
from pswdesk.gui.table_model import (
    ROW_ROLE,
    Column,
    PagedTableModel,
    error_text,
    list_source,
    local_time,
    short_date,
)
from pswdesk.gui.vocabulary_text import translated
from pswdesk.services import followups, notes, review
from pswdesk.services.access import SUPERVISOR, Actor

# The pages' descriptions and empty sentences below, for pyside6-lupdate (class attributes
# are shown in the "ListPages" context by ListPage).
_TRANSLATABLE: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("ListPages", "Nothing here."),
    QT_TRANSLATE_NOOP("ListPages", "Notes you started and have not submitted yet. Drafts are saved as you type; one started by mistake can be deleted (Delete)."),  # noqa: E501
    QT_TRANSLATE_NOOP("ListPages", "You have no unfinished notes."),
    QT_TRANSLATE_NOOP("ListPages", "Notes your supervisor sent back with a comment. Fix them and submit again."),  # noqa: E501
    QT_TRANSLATE_NOOP("ListPages", "No notes have been returned to you."),
    QT_TRANSLATE_NOOP("ListPages", "Submitted notes from your team. High and imminent risk come first, then the notes that have waited longest."),  # noqa: E501
    QT_TRANSLATE_NOOP("ListPages", "Nothing is waiting for your review."),
    QT_TRANSLATE_NOOP("ListPages", "Check-ins you planned, due in the next 7 days, overdue ones first."),  # noqa: E501
    QT_TRANSLATE_NOOP("ListPages", "No follow-ups are due in the next 7 days."),
    QT_TRANSLATE_NOOP("ListPages", "Workers on your team asked to talk a hard contact through. What they wrote in step 8 is seen only by them and their supervisors."),  # noqa: E501
    QT_TRANSLATE_NOOP("ListPages", "No debrief requests are waiting."),
)  # fmt: skip

translate = QCoreApplication.translate


def _in(context: str, text: str) -> str:
    """A text held in a variable, translated (lupdate reads only literals: listed above)."""
    return QCoreApplication.translate(context, text)


class ListPage(PagedListPage):
    """Common behaviour; subclasses set columns, the source and what "open" means."""

    open_client = Signal(int)
    open_note = Signal(int, int)  # client id, note id

    title = ""
    description = ""
    empty_sentence = "Nothing here."
    hide_table_when_empty = True
    refreshes_on_show = True

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        ui = self.ui
        title = _in("Navigation", self.title)  # each list is a view of the navigation
        ui.title_label.setText(title)
        ui.description_label.setText(_in("ListPages", self.description))
        ui.description_label.setVisible(bool(self.description))
        self.setAccessibleName(title)
        ui.table_view.setAccessibleName(title)
        self.bind_list(
            PagedTableModel(self.columns(), self), ui.table_view, count_label=ui.count_label,
            busy_bar=ui.busy_bar, error_label=ui.error_label, empty_label=ui.empty_label,
        )  # fmt: skip
        ui.open_button.clicked.connect(self.open_selected)

    # -- to override ------------------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def source(self) -> Callable[[int, int], list[Any]]:
        raise NotImplementedError

    def counter(self) -> Callable[[], int] | None:
        """A service count for lists that page (None: the loaded rows are all there is)."""
        return None

    # -- page protocol ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.clear_error()
        self.model.set_source(self.source(), self.counter())
        self.update_labels()

    def showEvent(self, event: QShowEvent) -> None:
        """Lists are refreshed each time they are shown: they change as notes move on."""
        super().showEvent(event)
        if not self.model.loading:
            self.refresh()

    def empty_text(self) -> str:
        return _in("ListPages", self.empty_sentence)

    def rows_changed(self, loaded: int) -> None:
        self.ui.open_button.setEnabled(loaded > 0)
        self.ui.action_button.setEnabled(loaded > 0)

    def selected_row(self) -> Any:
        """The current row, else the first: the buttons act on something visible."""
        row = super().selected_row()
        if row is None and self.model.rowCount():
            row = self.model.index(0, 0).data(ROW_ROLE)
        return row

    def show_message(self, text: str) -> None:
        self.ui.hint_label.setText(text)

    def _changed(self, message: str) -> None:
        self.show_message(message)
        self.refresh()


# -- notes ---------------------------------------------------------------------------------


class NoteListPage(ListPage):
    kind = ""
    noun = ("note", "notes")
    #: Submitted, approved and returned notes move between these lists (an autosave,
    #: announced as NOTE alone, does not, and must not reset the list under the user).
    refresh_on = (Change.REVIEW,)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.ui.open_button.setText(translate("ListPages", "&Open note"))
        self.ui.open_button.setAccessibleName(translate("ListPages", "Open the selected note"))
        self.ui.hint_label.setText(
            translate("ListPages", "Double-click a note, or select it and press Enter, to open it.")
        )

    def columns(self) -> list[Column[Any]]:
        return list(NOTE_COLUMNS[self.kind])

    def open_row(self, row: Any) -> None:
        self.open_note.emit(row.client_id, row.id)


class DraftsPage(NoteListPage):
    kind = "drafts"
    title = "My drafts"
    description = (
        "Notes you started and have not submitted yet. Drafts are saved as you type; "
        "one started by mistake can be deleted (Delete)."
    )
    empty_sentence = "You have no unfinished notes."

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.drafts = DraftDeleter(self, db, actor)
        self.drafts.deleted.connect(
            lambda row: self._changed(
                translate("ListPages", "Your draft for {name} was deleted.").format(
                    name=row.client_name
                )
            )
        )
        self.drafts.message.connect(self.show_message)
        ui = self.ui
        ui.action_button.setText(translate("ListPages", "&Delete draft…"))
        ui.action_button.setAccessibleName(translate("ListPages", "Delete the selected draft"))
        ui.action_button.setToolTip(
            translate("ListPages", "Delete the selected draft, never submitted (Delete)")
        )
        ui.action_button.setVisible(True)
        ui.action_button.clicked.connect(self.drafts.ask)

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        return list_source(lambda: notes.my_drafts(db, actor))


class ReturnedPage(NoteListPage):
    kind = "returned"
    title = "Returned to me"
    description = "Notes your supervisor sent back with a comment. Fix them and submit again."
    empty_sentence = "No notes have been returned to you."

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        return list_source(lambda: notes.returned_to_me(db, actor))


class ReviewQueuePage(NoteListPage):
    kind = "review"
    title = "Review queue"
    description = (
        "Submitted notes from your team. High and imminent risk come first, "
        "then the notes that have waited longest."
    )
    empty_sentence = "Nothing is waiting for your review."

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        # Clients at risk whom nobody has reached head the page, above the notes.
        self.needs_contact = NeedsContactSection(db, actor, self)
        self.needs_contact.open_client.connect(self.open_client)
        layout = self.ui.main_layout
        layout.insertWidget(layout.indexOf(self.ui.description_label) + 1, self.needs_contact)

    def refresh(self) -> None:
        super().refresh()
        self.needs_contact.refresh()

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        return lambda offset, limit: review.review_queue(db, actor, offset=offset, limit=limit)

    def counter(self) -> Callable[[], int] | None:
        db, actor = self.db, self.actor
        return lambda: review.count_review_queue(db, actor)


# -- follow-ups ----------------------------------------------------------------------------


class FollowUpsPage(ListPage):
    title = "Follow-ups due"
    description = "Check-ins you planned, due in the next 7 days, overdue ones first."
    empty_sentence = "No follow-ups are due in the next 7 days."
    noun = ("follow-up", "follow-ups")
    refresh_on = (Change.FOLLOW_UP, Change.REVIEW, Change.CLIENT)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.ui.open_button.setText(translate("ListPages", "&Open client"))
        self.ui.open_button.setAccessibleName(
            translate("ListPages", "Open the client of the selected follow-up")
        )
        self.ui.action_button.setText(translate("ListPages", "Mark &done…"))
        self.ui.action_button.setAccessibleName(
            translate("ListPages", "Close the selected follow-up with an outcome")
        )
        self.ui.action_button.setToolTip(
            translate("ListPages", "Reached, no answer, left a message, or reschedule it")
        )
        self.ui.action_button.setVisible(True)
        self.ui.action_button.clicked.connect(self.mark_done)
        self.undo_button = QPushButton(translate("ListPages", "&Undo"), self)
        self.undo_button.setAccessibleName(translate("ListPages", "Undo the follow-up just closed"))
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo)
        self.ui.button_layout.addWidget(self.undo_button)
        #: The follow-up closed last in this session, which Undo reopens.
        self.undoable: tuple[int, int] | None = None  # follow-up id, client id
        self.outcome_dialog: OutcomeDialog | None = None
        if actor.has(SUPERVISOR):
            self.ui.option_check.setText(
                translate("ListPages", "Include my &team's overdue follow-ups")
            )
            self.ui.option_check.setChecked(True)  # supervisors watch the team's overdue ones
            self.ui.option_check.setVisible(True)
            self.ui.option_check.toggled.connect(lambda _on: self.refresh())

    def columns(self) -> list[Column[Any]]:
        return [
            Column(
                "Due",
                due_text,
                foreground=lambda r: "#b91c1c" if r.overdue else None,
                bold=lambda r: r.overdue,
                width=270,
            ),
            Column("Client", lambda r: r.client_name, width=200),
            Column("Owner", lambda r: r.owner_name, width=160),
            Column(
                "What",
                lambda r: " ".join(follow_up_text(r.description).split()),
                tooltip=lambda r: follow_up_text(r.description),
            ),
        ]

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        team = self.ui.option_check.isChecked()
        return list_source(lambda: followups.follow_ups_due(db, actor, 7, team))

    def open_row(self, row: Any) -> None:
        self.open_client.emit(row.client_id)

    def mark_done(self) -> None:
        """Close the selected follow-up with an outcome, or reschedule it (a dialog)."""
        row = self.selected_row()
        if row is None:
            return
        dialog = OutcomeDialog(self.db, self.actor, row, self)
        dialog.announce(Change.FOLLOW_UP, client_id=row.client_id)
        dialog.saved.connect(lambda saved: self._closed(dialog, row, saved))
        self.outcome_dialog = dialog
        dialog.open()

    def _closed(self, dialog: OutcomeDialog, row: Any, saved: Any) -> None:
        self.undoable = (dialog.closed_id, row.client_id)
        self.undo_button.setVisible(True)
        self._changed(closed_message(dialog, saved, who=True))

    def undo(self) -> None:
        if self.undoable is None:
            return
        fid, client_id = self.undoable
        self.undoable = None
        self.undo_button.setVisible(False)
        Op(self, undo_call(self.db, self.actor, fid)).success(
            lambda r: self._changed(
                translate("ListPages", "Undone: {name}, open again.").format(name=r.client_name)
            )
        ).failure(lambda e: self.on_failed(error_text(e))).changes(
            Change.FOLLOW_UP, client_id=client_id
        ).busy(self).run()


# -- debrief requests ----------------------------------------------------------------------


class DebriefsPage(ListPage):
    title = "Debrief requests"
    description = (
        "Workers on your team asked to talk a hard contact through. "
        "What they wrote in step 8 is seen only by them and their supervisors."
    )
    empty_sentence = "No debrief requests are waiting."
    noun = ("request", "requests")
    refresh_on = (Change.REVIEW,)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.ui.open_button.setText(translate("ListPages", "&Open note"))
        self.ui.open_button.setAccessibleName(
            translate("ListPages", "Open the note behind the selected request")
        )
        self.ui.action_button.setText(translate("ListPages", "Mark &held…"))
        self.ui.action_button.setAccessibleName(
            translate("ListPages", "Record that the selected debrief was held")
        )
        self.ui.action_button.setVisible(True)
        self.ui.action_button.clicked.connect(self.mark_held)
        self.ui.option_check.setText(translate("ListPages", "Show requests already &held"))
        self.ui.option_check.setVisible(True)
        self.ui.option_check.toggled.connect(lambda _on: self.refresh())
        self.held_dialog: QInputDialog | None = None

    def columns(self) -> list[Column[Any]]:
        return [
            Column("Requested", lambda r: local_time(r.created_at), width=150),
            Column("Worker", lambda r: r.requester_name, width=160),
            Column("Client", lambda r: r.client_name, width=170),
            Column(
                "Status",
                lambda r: (
                    translate("ListPages", "Held {date} by {name}").format(
                        date=short_date(r.held_at), name=r.held_by_name
                    )
                    if r.held_at
                    else translated("Waiting")
                ),
                foreground=lambda r: None if r.held_at else "#9a3412",
                bold=lambda r: r.held_at is None,
                width=190,
            ),
            Column(
                "What they wrote",
                lambda r: " ".join(r.impact_excerpt.split()),
                tooltip=lambda r: r.impact_excerpt,
            ),
        ]

    def source(self) -> Callable[[int, int], list[Any]]:
        db, actor = self.db, self.actor
        held = self.ui.option_check.isChecked()
        return list_source(lambda: review.debrief_requests(db, actor, include_held=held))

    def open_row(self, row: Any) -> None:
        db, actor = self.db, self.actor
        Op(self, lambda: notes.get_note(db, actor, row.note_id)).success(
            lambda view: self.open_note.emit(view.client_id, view.id)
        ).failure(lambda e: self.on_failed(error_text(e))).run()

    def mark_held(self) -> None:
        row = self.selected_row()
        if row is None or row.held_at is not None:
            self.show_message(translate("ListPages", "Choose a request that is still waiting."))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("ListPages", "Debrief held"))
        dialog.setLabelText(
            translate("ListPages", "Debrief with {name} held. A short note (optional):").format(
                name=row.requester_name
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(lambda text: self._save_held(row.id, text))
        self.held_dialog = dialog
        dialog.open()

    def _save_held(self, request_id: int, text: str) -> None:
        db, actor = self.db, self.actor
        Op(self, lambda: review.mark_debrief_held(db, actor, request_id, text.strip())).success(
            lambda r: self._changed(
                translate("ListPages", "Debrief with {name} marked held.").format(
                    name=r.requester_name
                )
            )
        ).failure(lambda e: self.on_failed(error_text(e))).changes(Change.REVIEW).busy(self).run()
