"""Pages that refresh themselves when the change notice says a record of their kind changed.

Why: a note submitted in its editor must show in the review queue, the caseload and
the client's record without the editor knowing who shows it. A page on screen
reloads at once (once per burst: an approval announces several kinds together); a
page out of sight only remembers, and reloads the next time it is shown, so a
dozen hidden views do not all query the database after every autosave. Changes a
page or one of its children made itself (their own operations) are left to them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from pswdesk.gui.changes import Change, Changes, change_notice


class AutoRefresh(QObject):
    """Calls ``refresh`` after a change of one of ``kinds`` (for ``client_id``, if given)."""

    def __init__(
        self,
        page: QWidget,
        kinds: Iterable[Change],
        refresh: Callable[[], None],
        *,
        client_id: int | None = None,
        when_hidden: bool = False,
        on_show: bool = True,
    ) -> None:
        """``when_hidden``: reload even out of sight (a count shown elsewhere depends on
        it); ``on_show`` False: the page reloads on every show anyway, nothing to remember."""
        super().__init__(page)
        self.page = page
        self.refresh = refresh
        self.client_id = client_id
        self.when_hidden, self.on_show = when_hidden, on_show
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)
        page.installEventFilter(self)
        change_notice().subscribe(page, kinds, self.changed)

    def changed(self, changes: Changes) -> None:
        origin = changes.origin
        if origin is self.page or (isinstance(origin, QWidget) and self.page.isAncestorOf(origin)):
            return
        if self.client_id is not None and not changes.concerns(self.client_id):
            return
        if self.when_hidden or self.page.isVisible():
            self._timer.start()
        elif self.on_show:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._timer.start()
        return False

    def _run(self) -> None:
        self.stale = False
        self.refresh()
