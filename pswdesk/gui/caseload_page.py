"""A caseload view (mine or my team's): search, sort, risk badges, open on Enter.

Typing in the search box waits a moment (debounce) before asking the service, so
a fast typist causes one query, not one per key. "Register a client" (in the
toolbar, and in place of an empty caseload) asks the main window for the intake
form; "Show closed" brings closed files back into the list. Paging, the count line and
opening on Enter or double-click come from ``PagedListPage``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from pswdesk.db import Database
from pswdesk.gui.caseload_model import SORTS, CaseloadModel
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_caseload_page import Ui_CaseloadPage
from pswdesk.gui.paged_list import PagedListPage
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientRow

SEARCH_DELAY_MS = 300
NAME_COLUMN = 1


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
        self.ui = Ui_CaseloadPage()
        self.ui.setupUi(self)
        self.scope = scope
        self.ui.title_label.setText(title)
        self.setAccessibleName(title)
        self.model: CaseloadModel = CaseloadModel(db, actor, scope, self)
        ui = self.ui
        self.bind_list(
            self.model, ui.table_view, count_label=ui.count_label, busy_bar=ui.busy_bar,
            error_label=ui.error_label, empty_label=ui.empty_label,
        )  # fmt: skip
        header = ui.table_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        ui.search_edit.textChanged.connect(self.on_search_text_changed)
        ui.search_edit.returnPressed.connect(self.reload)
        ui.sort_combo.currentIndexChanged.connect(self.reload)
        ui.closed_check.toggled.connect(self.reload)
        self.may_register = True
        ui.register_button.clicked.connect(self.register_requested)
        ui.empty_register_button.clicked.connect(self.register_requested)
        self.reload()

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
