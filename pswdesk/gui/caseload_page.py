"""A caseload view (mine or my team's): search, sort, risk badges, open on Enter.

Typing in the search box waits a moment (debounce) before asking the service, so
a fast typist causes one query, not one per key. "Register a client" (in the
toolbar, and in place of an empty caseload) asks the main window for the intake
form; "Show closed" brings closed files back into the list. Paging, the count line and
opening on Enter or double-click come from ``PagedListPage``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from pswdesk.db import Database
from pswdesk.gui.caseload_model import SORTS, CaseloadModel
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_caseload_page import Ui_CaseloadPage
from pswdesk.gui.paged_list import PagedListPage
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientRow

SEARCH_DELAY_MS = 300
NAME_COLUMN = 1
#: The client's name keeps at least this width; narrower, the other columns give way.
NAME_MIN_WIDTH = 240
OTHER_MIN_WIDTH = 56  # a shrunk column still shows a few letters and its elision mark


class NameFirst(QObject):
    """Keeps the name column readable in a narrow table: the other columns shrink first.

    The name column stretches into whatever the other columns leave; when the table is
    too narrow for their usual widths and ``NAME_MIN_WIDTH`` of name, they shrink in
    proportion (their text elides), never
    below ``OTHER_MIN_WIDTH``; the risk column keeps its width (its badge says the level).
    """

    def __init__(self, view: QTableView, fixed: tuple[int, ...] = ()) -> None:
        super().__init__(view)
        self.view, self.fixed = view, fixed
        header = view.horizontalHeader()
        self.widths = {i: header.sectionSize(i) for i in range(header.count()) if i != NAME_COLUMN}
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit(self.view.viewport().width())
        return False

    def fit(self, width: int) -> None:
        room = width - NAME_MIN_WIDTH - sum(self.widths[i] for i in self.fixed)
        left = {i: w for i, w in self.widths.items() if i not in self.fixed}
        sizes: dict[int, int] = {}
        while left:  # shrink in proportion; a column at its floor stops taking a share
            wanted = sum(left.values())
            scale = 1.0 if room >= wanted else max(room, 0) / wanted
            floored = {i for i, w in left.items() if w * scale < OTHER_MIN_WIDTH}
            if not floored:
                sizes.update({i: int(w * scale) for i, w in left.items()})
                break
            for i in floored:
                sizes[i] = OTHER_MIN_WIDTH
                room -= OTHER_MIN_WIDTH
                del left[i]
        for i, size in sizes.items():
            self.view.setColumnWidth(i, size)


class CaseloadPage(PagedListPage):
    open_client = Signal(int)
    register_requested = Signal()

    noun = ("client", "clients")
    #: A client changed, a note submitted (last contact) or signed (risk) moves the list;
    #: autosaves (NOTE alone) do not reload it under the user.
    refresh_on = (Change.CLIENT, Change.REVIEW)

    def __init__(
        self, db: Database, actor: Actor, scope: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scope = scope
        # The first page is asked for before any widget is made: the query runs while
        # they are, and the page is often in by the time the window shows.
        self.model: CaseloadModel = CaseloadModel(db, actor, scope, self)
        self.model.query("", SORTS[0], include_closed=False)  # the controls' defaults
        self.ui = Ui_CaseloadPage()
        self.ui.setupUi(self)
        self.ui.title_label.setText(title)
        self.setAccessibleName(title)
        ui = self.ui
        self.bind_list(
            self.model, ui.table_view, count_label=ui.count_label, busy_bar=ui.busy_bar,
            error_label=ui.error_label, empty_label=ui.empty_label,
        )  # fmt: skip
        header = ui.table_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        risk = tuple(i for i, col in enumerate(self.model.columns) if col.risk is not None)
        self.name_first = NameFirst(ui.table_view, fixed=risk)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        ui.search_edit.textChanged.connect(self.on_search_text_changed)
        ui.search_edit.returnPressed.connect(self.reload)
        ui.sort_combo.currentIndexChanged.connect(self.reload)
        ui.closed_check.toggled.connect(self.reload)
        self.may_register = True
        ui.register_button.clicked.connect(self.register_requested)
        ui.empty_register_button.clicked.connect(self.register_requested)
        self.on_loading_changed(self.model.loading)  # the page asked for above

    # -- what the main window asks of a page ------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def focus_search(self) -> bool:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()
        return True

    # -- loading ---------------------------------------------------------------------------

    def on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def reload(self) -> None:
        self._search_timer.stop()
        self.clear_error()
        search = self.ui.search_edit.text()
        include_closed = self.ui.closed_check.isChecked()
        sort = SORTS[max(0, self.ui.sort_combo.currentIndex())]
        self.model.query(search, sort, include_closed)
        self.update_labels()

    def set_may_register(self, allowed: bool) -> None:
        """Show the register buttons only to someone the agency lets register clients."""
        self.may_register = allowed
        self.ui.register_button.setVisible(allowed)
        self.update_labels()

    def rows_changed(self, loaded: int) -> None:
        """An empty caseload (not an empty search) offers to register the first client."""
        empty = self.empty_label is not None and not self.empty_label.isHidden()
        searching = bool(self.ui.search_edit.text().strip())
        self.ui.empty_register_button.setVisible(self.may_register and empty and not searching)

    def empty_text(self) -> str:
        term = self.ui.search_edit.text().strip()
        if term:
            return self.tr('No clients match "{term}".').format(term=term)
        if self.scope == "mine":
            return self.tr("No clients are assigned to you yet.")
        return self.tr("Your team has no clients yet.")

    # -- opening a client -------------------------------------------------------------------

    def open_row(self, row: ClientRow) -> None:
        self.open_client.emit(row.id)
