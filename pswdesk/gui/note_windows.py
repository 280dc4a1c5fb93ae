"""The note windows the main window has open: one editor or read-only view per note.

Asking for a note that is already open brings its window forward instead of opening
a second one (two editors of one draft would overwrite each other's autosaves). A
note's author gets the editor while they may still change it; everyone else, and
the author once it is submitted, the read-only view. The main window closes them
all when its user logs out; saving, submitting and signing announce themselves on
the change notice, so whatever shows the note refreshes on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import Op, error_text
from pswdesk.services import notes
from pswdesk.services.access import Actor
from pswdesk.services.notes import NoteView


class NoteWindows(QObject):
    """Opens, finds and closes the note windows of one main window."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        owner: QWidget,
        settings: QSettings,
        report: Callable[[str], None],
    ) -> None:
        super().__init__(owner)
        self.db, self.actor = db, actor
        self.owner, self.settings = owner, settings
        self.report = report  # a one-line message for the owner's status bar
        self.windows: dict[int, QWidget] = {}  # note id -> its open editor or view
        self._reading: set[int] = set()  # notes asked for whose window is not up yet

    def open(
        self, client_id: int, note_id: int | None = None, *, from_last: bool = False
    ) -> QWidget | None:
        """Open a note, or with ``note_id`` None start a new draft for the client (carrying
        forward the last note's structure when ``from_last``).

        Returns the window when the note was already open (brought forward); otherwise the
        note is read off the GUI thread and its window shows when it is in (None here).
        """
        if note_id is not None:
            window = self.raise_existing(note_id)
            if window is not None or note_id in self._reading:
                return window
            self._reading.add(note_id)
            db, actor, nid = self.db, self.actor, note_id
            Op(self.owner, lambda: notes.get_note(db, actor, nid)).success(
                lambda view: self._opened(view, nid)
            ).failure(lambda e: self._failed(e, nid)).busy(self.owner).run()
            return None
        db, actor = self.db, self.actor
        if from_last:
            start: Callable[[], NoteView] = lambda: notes.start_from_last(db, actor, client_id)  # noqa: E731
        else:
            start = lambda: notes.create_draft(db, actor, client_id)  # noqa: E731
        Op(self.owner, start).success(lambda view: self._opened(view, None)).failure(
            lambda e: self._failed(e, None)
        ).changes(Change.NOTE, client_id=client_id).busy(self.owner).run()
        return None

    def raise_existing(self, note_id: int) -> QWidget | None:
        window = self.windows.get(note_id)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
        return window

    def close_all(self) -> None:
        """Close every note window (each editor saves what it holds as it closes)."""
        for window in list(self.windows.values()):
            window.close()

    # -- after the read ---------------------------------------------------------------------

    def _failed(self, error: Exception, note_id: int | None) -> None:
        if note_id is not None:
            self._reading.discard(note_id)
        self.report(error_text(error))

    def _opened(self, view: NoteView, asked: int | None) -> None:
        if asked is not None:
            self._reading.discard(asked)
        existing = self.raise_existing(view.id)
        if existing is not None:
            return
        window: QWidget
        if view.can_edit:
            window = NoteEditor(self.db, self.actor, view, self.owner, settings=self.settings)
        else:
            viewer = NoteViewer(self.db, self.actor, view.id, self.owner)
            viewer.edit_requested.connect(
                lambda nid: self._edit_instead(viewer, view.client_id, nid)
            )
            viewer.switched.connect(lambda old, new: self._switched(viewer, old, new))
            window = viewer
        window.setObjectName(f"note_{view.id}")
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows[view.id] = window
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        window.show()

    def _forget(self, window: QWidget) -> None:
        """A window has gone: drop it under whichever note it showed last."""
        for nid in [n for n, w in self.windows.items() if w is window]:
            del self.windows[nid]

    def _switched(self, viewer: NoteViewer, previous: int, note_id: int) -> None:
        """Next in queue moved a view on to another note: file it under that note.

        A second window already showing that note (read-only, as queued notes are) closes,
        so each note still has one window.
        """
        if self.windows.get(previous) is viewer:
            del self.windows[previous]
        other = self.windows.get(note_id)
        if other is not None and other is not viewer:
            del self.windows[note_id]
            other.close()
        viewer.setObjectName(f"note_{note_id}")
        self.windows[note_id] = viewer

    def _edit_instead(self, viewer: NoteViewer, client_id: int, note_id: int) -> None:
        """The view's Edit button: its author may still change the note, so open the editor."""
        viewer.close()
        self.windows.pop(note_id, None)  # the view is closing; do not raise it again
        self.open(client_id, note_id)
