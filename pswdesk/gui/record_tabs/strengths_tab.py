"""Strengths tab: strengths, past successes, supports and community resources, grouped by
kind, each with the date and the note (or person) that found it; add and retire."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from pswdesk.db import Database
from pswdesk.gui.forms.ui_strength_dialog import Ui_StrengthDialog
from pswdesk.gui.forms.ui_strengths_tab import Ui_StrengthsTab
from pswdesk.gui.record_tabs.common import GREY, RecordDialog, RecordTab, esc, one_line
from pswdesk.gui.record_tabs.reason_dialog import ReasonDialog
from pswdesk.gui.table_model import short_date
from pswdesk.gui.vocabulary_text import translated
from pswdesk.services import strengths
from pswdesk.services.access import Actor
from pswdesk.services.strengths import KINDS, StrengthRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("StrengthsTab", "Item")),
    str(QT_TRANSLATE_NOOP("StrengthsTab", "Found")),
    str(QT_TRANSLATE_NOOP("StrengthsTab", "Where")),
    str(QT_TRANSLATE_NOOP("StrengthsTab", "By")),
)
#: The groups' headings (``StrengthKind.heading``), listed for lupdate.
GROUP_HEADINGS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("StrengthsTab", "Strengths"),
    QT_TRANSLATE_NOOP("StrengthsTab", "Past successes"),
    QT_TRANSLATE_NOOP("StrengthsTab", "Supports"),
    QT_TRANSLATE_NOOP("StrengthsTab", "Community resources"),
)


class StrengthsTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_StrengthsTab()
        self.ui.setupUi(self)
        self.rows: dict[int, StrengthRow] = {}
        tree = self.ui.strengths_tree
        tree.setColumnCount(len(HEADERS))
        tree.setHeaderLabels([self.tr(h) for h in HEADERS])
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, width in ((1, 110), (2, 190), (3, 170)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(i, width)
        tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.ui.add_button.clicked.connect(self.add_item)
        self.ui.retire_button.clicked.connect(self.retire_item)
        self.ui.show_retired_check.toggled.connect(lambda _on: self.refresh())
        self._update_buttons()

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        retired = self.ui.show_retired_check.isChecked()
        return lambda: strengths.list_strengths(db, actor, cid, include_retired=retired)

    def show_result(self, rows: list[StrengthRow]) -> None:
        keep = self.current()
        tree = self.ui.strengths_tree
        tree.clear()
        self.rows = {r.id: r for r in rows}
        bold = QFont()
        bold.setBold(True)
        grey = QBrush(QColor(GREY))
        restore: QTreeWidgetItem | None = None
        for _kind, heading, items in strengths.group_by_kind(rows):
            shown = QCoreApplication.translate("StrengthsTab", heading)
            group = QTreeWidgetItem([f"{shown}  ({len(items)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for r in items:
                text = one_line(r.text)
                if r.retired:
                    text += self.tr("  — retired {date}: {reason}").format(
                        date=short_date(r.retired_at), reason=one_line(r.retired_reason)
                    )
                if r.note_id:
                    where = self.tr("Note #{id}").format(id=r.note_id)
                else:
                    where = self.tr("Added on the record")
                child = QTreeWidgetItem([text, short_date(r.found_on), where, r.found_by_name])
                child.setData(0, ID_ROLE, r.id)
                child.setToolTip(0, esc(r.text))
                if r.retired:
                    for col in range(len(HEADERS)):
                        child.setForeground(col, grey)
                group.addChild(child)
                if keep is not None and r.id == keep.id:
                    restore = child
            group.setExpanded(True)
        self.set_empty(not rows, tree)
        live = sum(not r.retired for r in rows)
        self.ui.summary_label.setText(self.tr("{n} on record").format(n=live) if rows else "")
        if restore is not None:
            tree.setCurrentItem(restore)
        self._update_buttons()

    def current(self) -> StrengthRow | None:
        item = self.ui.strengths_tree.currentItem()
        if item is None:
            return None
        row_id = item.data(0, ID_ROLE)
        return self.rows.get(row_id) if isinstance(row_id, int) else None

    def select(self, strength_id: int) -> None:
        tree = self.ui.strengths_tree
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount() if group is not None else 0):
                child = group.child(j) if group is not None else None
                if child is not None and child.data(0, ID_ROLE) == strength_id:
                    tree.setCurrentItem(child)
                    return

    def _update_buttons(self) -> None:
        row = self.current()
        self.ui.retire_button.setEnabled(row is not None and not row.retired)

    def add_item(self) -> None:
        dialog = StrengthDialog(self.db, self.actor, self.client_id, self)
        self.open_dialog(
            dialog,
            lambda r: self.tr("Added: {kind}, {text}").format(
                kind=translated(r.kind_label).lower(), text=one_line(r.text)[:60]
            ),
        )

    def retire_item(self) -> None:
        row = self.current()
        if row is None or row.retired:
            return
        db, actor = self.db, self.actor
        dialog = ReasonDialog(
            self.tr("Retire item"),
            self.tr(
                "Retire “{text}”? It leaves the list and the handover, "
                "and stays on record with the note that found it. Say why:"
            ).format(text=esc(one_line(row.text))),
            lambda reason: strengths.retire_strength(db, actor, row.id, reason),
            self.tr("Retire"),
            self,
        )
        self.open_dialog(
            dialog, lambda r: self.tr("Retired: {text}").format(text=one_line(r.text)[:60])
        )


class StrengthDialog(RecordDialog):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.setup(Ui_StrengthDialog())
        self.setWindowTitle(self.tr("Add a strength or resource"))
        for key, (label, _heading) in KINDS.items():
            self.ui.kind_combo.addItem(translated(label), key)
        self.ui.text_edit.setFocus()

    def submit(self) -> Callable[[], StrengthRow]:
        db, actor, cid = self.db, self.actor, self.client_id
        kind, text = self.ui.kind_combo.currentData(), self.ui.text_edit.text()
        return lambda: strengths.add_strength(db, actor, cid, kind, text)
