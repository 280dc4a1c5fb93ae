"""A caseload view (mine or my team's): search, sort, risk badges, open on Enter.

Typing in the search box waits a moment (debounce) before asking the service, so
a fast typist causes one query, not one per key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from pswdesk.db import Database
from pswdesk.gui.background import run_in_background
from pswdesk.gui.caseload_model import SORTS, CaseloadModel
from pswdesk.gui.forms.ui_caseload_page import Ui_CaseloadPage
from pswdesk.gui.risk_badge import RiskBadgeDelegate
from pswdesk.gui.table_model import ROW_ROLE, error_text
from pswdesk.services.access import Actor

SEARCH_DELAY_MS = 300


class CaseloadPage(QWidget):
    open_client = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, scope: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseloadPage()
        self.ui.setupUi(self)
        self.scope = scope
        self.ui.title_label.setText(title)
        self.setAccessibleName(title)
        self.model = CaseloadModel(db, actor, scope, self)
        view = self.ui.table_view
        view.setModel(self.model)
        view.setItemDelegateForColumn(0, RiskBadgeDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((110, 260, 100, 200, 150, 90, 80)):
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the client's name
        view.verticalHeader().setDefaultSectionSize(32)
        view.installEventFilter(self)
        view.doubleClicked.connect(self.on_table_activated)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.ui.search_edit.textChanged.connect(self.on_search_text_changed)
        self.ui.search_edit.returnPressed.connect(self.reload)
        self.ui.sort_combo.currentIndexChanged.connect(self.reload)
        self.ui.closed_check.toggled.connect(self.reload)
        self.model.loading_changed.connect(self.on_loading_changed)
        self.model.failed.connect(self.on_failed)
        self.model.page_loaded.connect(self._update_labels)
        self._count: int | None = None
        self._count_generation = 0
        self.ui.busy_bar.setVisible(False)
        self.reload()

    # -- page protocol used by the main window ---------------------------------------------

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
        self.ui.error_label.setVisible(False)
        search = self.ui.search_edit.text()
        include_closed = self.ui.closed_check.isChecked()
        sort = SORTS[max(0, self.ui.sort_combo.currentIndex())]
        self.model.query(search, sort, include_closed)
        self._count = None
        self._count_generation += 1
        generation = self._count_generation
        model = self.model
        run_in_background(
            self, model.count, lambda n: self._on_count(generation, n), lambda _e: None
        )
        self._update_labels()

    def _on_count(self, generation: int, count: int) -> None:
        if generation == self._count_generation:
            self._count = count
            self._update_labels()

    def on_loading_changed(self, loading: bool) -> None:
        self.ui.busy_bar.setVisible(loading)
        self._update_labels()

    def on_failed(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(True)

    def _update_labels(self) -> None:
        loaded = self.model.rowCount()
        if self._count is None:
            self.ui.count_label.setText("")
        elif loaded < self._count:
            self.ui.count_label.setText(f"Showing {loaded:,} of {self._count:,} clients")
        else:
            self.ui.count_label.setText(f"{self._count:,} client{'s' if self._count != 1 else ''}")
        empty = not self.model.loading and loaded == 0 and self.ui.error_label.isHidden()
        if empty:
            term = self.ui.search_edit.text().strip()
            if term:
                text = f'No clients match "{term}".'
            elif self.scope == "mine":
                text = "No clients are assigned to you yet."
            else:
                text = "Your team has no clients yet."
            self.ui.empty_label.setText(text)
        self.ui.empty_label.setVisible(empty)

    # -- opening a client -------------------------------------------------------------------

    def on_table_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_client.emit(row.id)

    def open_selected(self) -> None:
        index = self.ui.table_view.currentIndex()
        if index.isValid():
            self.on_table_activated(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.table_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def show_error(self, error: BaseException) -> None:
        self.on_failed(error_text(error))
