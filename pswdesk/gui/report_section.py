"""One section of a report on the Reports page: its chart beside its table, footnotes below.

``SectionModel`` shows a ``report_data.Section``'s rows (and its totals, bold) through
the same ``format_cell`` the CSV, the PDF and the command line use, with the window's
marks for thousands and decimals (French writes 1 234,5). ``SectionView`` sets the
chart and the table side by side, sharing the width so that a narrow table keeps its
rows readable and a wide one scrolls. ``section_table`` is the same table as HTML for
printing.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pswdesk.gui.report_chart import build_chart, chart_view, wanted_height, wanted_width
from pswdesk.gui.report_text import local_cell, report_tr
from pswdesk.gui.resources import set_role
from pswdesk.reports.report_data import Section, format_cell

Index = QModelIndex | QPersistentModelIndex
#: The share of a section's width its table gets, at least when the chart needs the room
#: and at most ever (the table scrolls sideways beyond).
TABLE_SHARE = (0.4, 0.66)
#: A table beside its chart is at least this wide (its footnotes read below it) ...
MIN_SIDE_WIDTH = 380
#: ... and at least this high, or as high as its rows when they are fewer.
MIN_TABLE_HEIGHT = 220
#: A number column's header longer than this goes on two lines.
HEADER_CHARS = 9
#: A printed table with more columns than this is set in smaller type.
WIDE_TABLE = 5


class SectionModel(QAbstractTableModel):
    """One section's rows, then its totals row (bold, and named "Total"), as the table
    shows them: every cell through ``format_cell``, numbers right-aligned."""

    def __init__(self, section: Section, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section = section

    @property
    def has_totals(self) -> bool:
        return self.section.totals is not None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.section.rows) + (1 if self.has_totals else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.section.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.section.columns[section]
        label = report_tr(column.label)
        if role == Qt.ItemDataRole.DisplayRole:
            return _two_lines(label) if column.numeric else label
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column.numeric)
        return None

    def is_totals(self, row: int) -> bool:
        return self.has_totals and row == len(self.section.rows)

    def text(self, row: int, column: int) -> str:
        sec = self.section
        col = sec.columns[column]
        if self.is_totals(row):
            assert sec.totals is not None
            value = sec.totals[column]
            if value is None or value == "":
                return self.tr("Total") if column == 0 else ("" if not col.numeric else "–")
            return local_cell(col, value) if col.numeric else report_tr(format_cell(col, value))
        text = local_cell(col, sec.rows[row][column])
        return text if col.numeric else report_tr(text)  # a risk level, an age band, a month

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.text(row, column)
            return (
                self.tr("Total: %1").replace("%1", text) if self.is_totals(row) and column else text
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(self.section.columns[column].numeric)
        if role == Qt.ItemDataRole.FontRole and self.is_totals(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def cells(self) -> list[list[str]]:
        """Every cell as shown (tests, printing)."""
        return [
            [self.text(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())
        ]


def _two_lines(label: str) -> str:
    """A number column's header on two lines at the space nearest its middle, so that the
    column is as narrow as its numbers allow ("Brief" over "contacts")."""
    if len(label) <= HEADER_CHARS or " " not in label:
        return label
    middle = len(label) / 2
    cut = min((i for i, ch in enumerate(label) if ch == " "), key=lambda i: abs(i - middle))
    return f"{label[:cut]}\n{label[cut + 1 :]}"


def _alignment(numeric: bool) -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignVCenter


class SectionView(QWidget):
    """One section: its chart (scrolling sideways when it has many categories) beside its
    table, its footnotes below; or the section's own words when it has no rows."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self._table_wanted = 0  # the table's width with every column whole, once shown
        self._dragged = False
        self._chart_wanted = 0
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.splitterMoved.connect(lambda _pos, _i: setattr(self, "_dragged", True))
        title = report_tr(section.title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("section_title")
        set_role(self.title_label, "subheading")
        layout.addWidget(self.title_label)

        self.model = SectionModel(section, self)
        self.table = QTableView()
        self.table.setObjectName("section_table")
        self.table.setAccessibleName(self.tr("%1: table").replace("%1", title))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()

        self.chart = build_chart(section)
        self.chart_view = chart_view(self.chart) if self.chart is not None else None
        self.empty_label = QLabel(report_tr(section.empty_text))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty_label, "placeholder")

        self.notes_label = QLabel(" ".join(report_tr(note) for note in section.notes))
        self.notes_label.setObjectName("notes_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(section.notes))
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_role(self.notes_label, "muted")
        # Long footnotes scroll rather than squeeze the table above them.
        self.notes_scroll = QScrollArea()
        self.notes_scroll.setObjectName("notes_scroll")
        self.notes_scroll.setWidgetResizable(True)
        self.notes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_scroll.setWidget(self.notes_label)
        self.notes_scroll.setMinimumHeight(48)
        self.notes_scroll.viewport().setAutoFillBackground(False)  # the page's own colour
        self.notes_label.setAutoFillBackground(False)
        self.notes_scroll.setVisible(bool(section.notes))
        # The table with its footnotes right below it; the chart beside them has the height.
        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.table, 0)
        side.addWidget(self.notes_scroll, 1)

        if not section.rows:
            layout.addWidget(self.empty_label, 1)
            self.table.setVisible(False)
            layout.addWidget(self.notes_scroll)
        else:
            self.empty_label.setVisible(False)
            if self.chart_view is not None:
                self.chart_view.setAccessibleName(self.tr("%1: chart").replace("%1", title))
                self._chart_wanted = max(300, wanted_width(section))
                self.chart_view.setMinimumWidth(self._chart_wanted)
                self.chart_view.setMinimumHeight(wanted_height(section))
                scroll = QScrollArea()
                scroll.setObjectName("chart_scroll")
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QScrollArea.Shape.NoFrame)
                scroll.setWidget(self.chart_view)
                scroll.setMinimumWidth(300)
                # The table as wide as its columns (set once shown, in the style's font:
                # showEvent); the chart takes the rest, and the splitter moves.
                splitter = self.splitter
                splitter.setChildrenCollapsible(False)
                splitter.addWidget(scroll)
                splitter.addWidget(self.side)
                splitter.setStretchFactor(0, 1)
                splitter.setStretchFactor(1, 0)
                layout.addWidget(splitter, 1)
            else:
                layout.addWidget(self.side, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._table_wanted == 0 and self.section.rows:
            self.table.resizeColumnsToContents()  # now in the style sheet's font
            height = self._table_height()
            self.table.setMaximumHeight(height)
            # Long footnotes beside a narrow table must not squeeze it to a row or two.
            self.table.setMinimumHeight(min(height, MIN_TABLE_HEIGHT))
            if self.chart_view is not None:
                self._table_wanted = max(self._table_width(), MIN_SIDE_WIDTH)
                self.side.setMaximumWidth(self._table_wanted)
                self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The table as wide as its columns, the chart the rest, each within
        ``TABLE_SHARE``; once the person drags the splitter, their choice stands."""
        if self._table_wanted == 0 or self._dragged:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        room = max(int(total * TABLE_SHARE[0]), total - self._chart_wanted)
        shown = min(self._table_wanted, room, int(total * TABLE_SHARE[1]))
        self.splitter.setSizes([total - shown, shown])

    def _table_height(self) -> int:
        """Every row's height: a short table leaves its footnotes right below it."""
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        scrollbar = self.table.horizontalScrollBar().sizeHint().height()
        return rows + header + scrollbar + 2 * self.table.frameWidth() + 2

    def _table_width(self) -> int:
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(i) for i in range(header.count()))
        scrollbar = self.table.verticalScrollBar().sizeHint().width()
        return columns + scrollbar + 2 * self.table.frameWidth() + 6


def section_table(model: SectionModel) -> str:
    """A section's table for printing: numbers right, names on one line, totals bold; many
    columns in smaller type, so that their headers wrap less."""
    columns = model.section.columns
    small = ' style="font-size: 8pt"' if len(columns) > WIDE_TABLE else ""
    head = "".join(
        f'<th align="{"right" if c.numeric else "left"}"{small}>{escape(report_tr(c.label))}</th>'
        for c in columns
    )
    rows = []
    for r, cells in enumerate(model.cells()):
        tds = []
        for c, text in enumerate(cells):
            inner = f"<b{small}>{escape(text)}</b>" if model.is_totals(r) else escape(text)
            if columns[c].numeric:
                tds.append(f'<td align="right"{small}>{inner}</td>')
            else:  # a name stays on one line; the numbers' headers wrap instead
                style = (
                    ' style="white-space: nowrap; font-size: 8pt"'
                    if small
                    else (' style="white-space: nowrap"')
                )
                tds.append(f'<td align="left"{style}>{inner}</td>')
        rows.append(f"<tr>{''.join(tds)}</tr>")
    return (
        '<table cellspacing="0" border="1" cellpadding="3" width="100%">'
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )
