"""The base of every page that shows one paged table: the caseloads, the lists, a client's notes.

A page hands ``bind_list`` its model (a ``PagedTableModel``, which pages and counts
off the GUI thread) and the widgets of its form; the base then keeps the count
line ("Showing 100 of 2,000 clients", "3 notes"), the busy bar, the error line and
the empty sentence up to date, and opens the selected row on Enter or a
double-click through the page's ``open_row``. A page that lists ``refresh_on``
reloads itself when the change notice announces one of those kinds. Each page
keeps only what is its own: its form, its query, its columns, what "open" means
and its wording.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QProgressBar, QTableView, QWidget

from pswdesk.gui.auto_refresh import AutoRefresh
from pswdesk.gui.changes import Change
from pswdesk.gui.risk_badge import RiskBadgeDelegate
from pswdesk.gui.table_model import ROW_ROLE, PagedTableModel
from pswdesk.gui.vocabulary_text import number

ROW_HEIGHT = 32
RISK_WIDTH = 120


def count_text(loaded: int, total: int | None, noun: tuple[str, str]) -> str:
    """The count line: "Showing 100 of 2,000 clients" while more can be scrolled to."""
    if total is None:
        return ""
    one, many = (QCoreApplication.translate("Nouns", word) for word in noun)
    if loaded < total:
        return QCoreApplication.translate("PagedList", "Showing {loaded} of {total} {many}").format(
            loaded=number(loaded), total=number(total), many=many
        )
    return f"{number(total)} {one if total == 1 else many}"


# The pages' nouns (``PagedListPage.noun``), for pyside6-lupdate; shown through "Nouns".
NOUNS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Nouns", "client"),
    QT_TRANSLATE_NOOP("Nouns", "clients"),
    QT_TRANSLATE_NOOP("Nouns", "note"),
    QT_TRANSLATE_NOOP("Nouns", "notes"),
    QT_TRANSLATE_NOOP("Nouns", "referral"),
    QT_TRANSLATE_NOOP("Nouns", "referrals"),
    QT_TRANSLATE_NOOP("Nouns", "follow-up"),
    QT_TRANSLATE_NOOP("Nouns", "follow-ups"),
    QT_TRANSLATE_NOOP("Nouns", "request"),
    QT_TRANSLATE_NOOP("Nouns", "requests"),
    QT_TRANSLATE_NOOP("Nouns", "emergency disclosure"),
    QT_TRANSLATE_NOOP("Nouns", "emergency disclosures"),
    QT_TRANSLATE_NOOP("Nouns", "item"),
    QT_TRANSLATE_NOOP("Nouns", "items"),
)


class PagedListPage(QWidget):
    """Shared behaviour of a page over one paged table; subclasses say what a row opens."""

    noun: tuple[str, str] = ("item", "items")
    #: Lists put their empty sentence where the table was; the caseload keeps its header.
    hide_table_when_empty = False
    #: Kinds of change (the change notice) after which the page reloads itself.
    refresh_on: tuple[Change, ...] = ()
    #: Pages that reload each time they are shown need not remember a change made
    #: while they were out of sight.
    refreshes_on_show = False

    model: PagedTableModel[Any]
    table_view: QTableView
    count_label: QLabel
    busy_bar: QProgressBar
    error_label: QLabel
    empty_label: QLabel | None

    def bind_list(
        self,
        model: PagedTableModel[Any],
        view: QTableView,
        *,
        count_label: QLabel,
        busy_bar: QProgressBar,
        error_label: QLabel,
        empty_label: QLabel | None = None,
        default_width: int = 170,
    ) -> None:
        """Show ``model`` in ``view`` and keep the page's labels in step with it."""
        self.model, self.table_view = model, view
        self.count_label, self.busy_bar = count_label, busy_bar
        self.error_label, self.empty_label = error_label, empty_label
        view.setModel(model)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(model.columns):
            if col.risk is not None:
                view.setItemDelegateForColumn(i, RiskBadgeDelegate(view))
            view.setColumnWidth(i, col.width or (RISK_WIDTH if col.risk else default_width))
        view.doubleClicked.connect(self.on_table_activated)
        view.installEventFilter(self)
        busy_bar.setVisible(False)
        model.loading_changed.connect(self.on_loading_changed)
        model.failed.connect(self.on_failed)
        model.page_loaded.connect(lambda _n: self.update_labels())
        model.count_changed.connect(lambda _n: self.update_labels())
        if self.refresh_on:
            self.auto_refresh = AutoRefresh(
                self, self.refresh_on, self.refresh, on_show=not self.refreshes_on_show
            )

    # -- to override ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Start the list again from its first page (the page's own query)."""
        raise NotImplementedError

    def open_row(self, row: Any) -> None:
        raise NotImplementedError

    def count_text(self, loaded: int, total: int | None) -> str:
        return count_text(loaded, total, self.noun)

    def empty_text(self) -> str | None:
        """The sentence shown when there are no rows (None keeps the form's)."""
        return None

    def rows_changed(self, loaded: int) -> None:
        """Called after every change of rows, count or loading state (buttons, say)."""

    # -- display ----------------------------------------------------------------------------

    def focus_search(self) -> bool:
        """Ctrl+F on a page without a search box puts the keyboard in the table."""
        self.table_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return False

    def clear_error(self) -> None:
        self.error_label.setVisible(False)

    def on_loading_changed(self, loading: bool) -> None:
        self.busy_bar.setVisible(loading)
        self.update_labels()

    def on_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        self.update_labels()

    def update_labels(self) -> None:
        loaded = self.model.rowCount()
        self.count_label.setText(self.count_text(loaded, self.model.total))
        if self.empty_label is not None:
            empty = not self.model.loading and loaded == 0 and self.error_label.isHidden()
            if empty:
                text = self.empty_text()
                if text is not None:
                    self.empty_label.setText(text)
            self.empty_label.setVisible(empty)
            if self.hide_table_when_empty:
                self.table_view.setVisible(not empty)
        self.rows_changed(loaded)

    # -- opening ----------------------------------------------------------------------------

    def selected_row(self) -> Any:
        """The row under the table's current index, or None."""
        index = self.table_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_row(row)

    def on_table_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_row(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)
