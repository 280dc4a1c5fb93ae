"""Thin Qt table models over the services' row dataclasses.

``RowTableModel`` shows a list of rows through column definitions.
``PagedTableModel`` pages through a service query: the first page and every
further page (``canFetchMore``/``fetchMore``, asked for by the view as the user
scrolls) are fetched on the thread pool, so a big caseload or audit log never
freezes the window. It also asks the service's count, when there is one, once
the first page is in, so the two never share the thread pool (or the database)
while the rows a person waits for are read; a first page that holds every row
is its own count. A new source (say, a changed search) bumps a generation
number, and pages and counts that arrive for an old generation are ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.risk_badge import RISK_ROLE, risk_text
from pswdesk.gui.theme import text_colour
from pswdesk.gui.vocabulary_text import translated
from pswdesk.vocabulary import RiskLevel

__all__ = [
    "PAGE_SIZE", "ROW_ROLE", "Column", "PagedTableModel", "RowTableModel",
    "error_text", "list_source", "local_time", "short_date",
]  # fmt: skip

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

PAGE_SIZE = 100


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header and how to read a row's cell."""

    title: str
    text: Callable[[R], str]
    risk: Callable[[R], RiskLevel | None] | None = None
    foreground: Callable[[R], str | None] | None = None
    bold: Callable[[R], bool] | None = None
    icon: Callable[[R], QIcon | None] | None = None
    tooltip: Callable[[R], str] | None = None
    width: int = 0


def local_time(value: dt.datetime | None, with_time: bool = True) -> str:
    """A stored UTC time as the user's local time; blank for None."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    if _french():
        day = _french_date(local.date())
        return f"{day} {local:%H} h {local:%M}" if with_time else day
    return local.strftime("%d %b %Y %H:%M") if with_time else local.strftime("%d %b %Y")


def _french() -> bool:
    """The windows are in French (``i18n`` made it the default locale)."""
    return QLocale().language() == QLocale.Language.French


def _french_date(day: dt.date) -> str:
    """2 déc. 2026: the day, the locale's short month name, the year (time as 14 h 05)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def short_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return local_time(value, with_time=False)
    return _french_date(value) if _french() else value.strftime("%d %b %Y")


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of dataclass rows."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []

    # -- Qt interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(self.columns[section].title)  # "Vocabulary" context
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col.risk is not None:
                return risk_text(col.risk(row))
            return col.text(row)
        if role == RISK_ROLE and col.risk is not None:
            level = col.risk(row)
            return level.value if level is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            colour = col.foreground(row)
            return text_colour(colour) if colour else None  # readable in dark mode too
        if role == Qt.ItemDataRole.FontRole and col.bold is not None and col.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col.icon is not None:
            return col.icon(row)
        if role == ROW_ROLE:
            return row
        return None

    # -- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, index: Index | int) -> R | None:
        i = index if isinstance(index, int) else index.row()
        return self._rows[i] if 0 <= i < len(self._rows) else None

    @property
    def rows(self) -> list[R]:
        return list(self._rows)


class PagedTableModel(RowTableModel[R]):
    """Rows fetched page by page from ``fetch(offset, limit)`` on the thread pool."""

    loading_changed = Signal(bool)
    failed = Signal(str)
    page_loaded = Signal(int)  # rows now loaded
    count_changed = Signal(object)  # the service's count (int), or None while not known

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self._fetch: Callable[[int, int], list[R]] | None = None
        self._count: Callable[[], int] | None = None
        self._total: int | None = None
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._count_asked = False

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def total(self) -> int | None:
        """How many rows there are in all: the service's count, or the rows loaded once the
        last page is in; None while neither is known."""
        if self._total is not None:
            return self._total
        return len(self._rows) if self._exhausted and not self._loading else None

    @property
    def counted(self) -> bool:
        """Whether the source has a count of its own (else only whole lists are counted)."""
        return self._count is not None

    def set_source(
        self,
        fetch: Callable[[int, int], list[R]] | None,
        count: Callable[[], int] | None = None,
    ) -> None:
        """Drop the rows and start again from the first page of ``fetch``; ``count``, when
        given, is the service's total for the same query, asked for once the first page
        is in (or has failed)."""
        self._generation += 1
        self._fetch, self._count = fetch, count
        self._count_asked = False
        self.set_rows([])
        self._exhausted = fetch is None
        self._set_loading(False)
        if self._total is not None:
            self._total = None
            self.count_changed.emit(None)
        if fetch is not None:
            self._load_page()

    def reload(self) -> None:
        self.set_source(self._fetch, self._count)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._load_page()

    def _load_page(self) -> None:
        fetch = self._fetch
        if fetch is None:
            return
        generation = self._generation
        offset, limit = len(self._rows), self.page_size
        self._set_loading(True)
        Op(self, lambda: fetch(offset, limit)).success(
            lambda rows: self._on_page(generation, rows)
        ).failure(lambda error: self._on_failure(generation, error)).run()

    def _load_count(self) -> None:
        count = self._count
        if count is None or self._count_asked:
            return
        self._count_asked = True
        generation = self._generation
        # A failed count only leaves "of N" out; the failed page is what the user is told.
        Op(self, count).success(lambda n: self._on_count(generation, n)).failure(
            lambda _e: None
        ).run()

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self._total = total
            self.count_changed.emit(total)

    def _on_page(self, generation: int, rows: list[R]) -> None:
        if generation != self._generation:
            return
        first = not self._rows
        self._exhausted = len(rows) < self.page_size
        self.append_rows(rows)
        self._set_loading(False)
        if first and self._exhausted and self._count is not None and not self._count_asked:
            # Everything fitted on the first page: that is the count, no query needed.
            self._count_asked = True
            self._on_count(self._generation, len(rows))
        self.page_loaded.emit(len(self._rows))
        self._load_count()

    def _on_failure(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._exhausted = True
        self._set_loading(False)
        self.failed.emit(error_text(error))
        self._load_count()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


def list_source(fetch_all: Callable[[], list[R]]) -> Callable[[int, int], list[R]]:
    """Adapt a service call that returns a whole (short) list to the paging interface."""

    def fetch(offset: int, limit: int) -> list[R]:
        return fetch_all() if offset == 0 else []

    return fetch
