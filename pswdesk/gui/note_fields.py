"""Input widgets for the kinds of field a framework step declares.

``framework.FieldSpec.kind`` decides the widget; each widget is wrapped in a
``FieldBinding`` so the editor can read, fill, lock and flag any field the same
way, whatever the step.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pswdesk.framework import FieldSpec, RiskAction
from pswdesk.gui.date_fields import one_tab_stop
from pswdesk.gui.framework_text import framework_tr
from pswdesk.gui.note_problems import problem_text
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.vocabulary import RiskLevel

NO_DATE = QDate(2000, 1, 1)
INVALID_STYLE = "border: 2px solid #b3261e; border-radius: 3px; padding: 2px 4px;"


# pyside6-lupdate reads translate("NoteFields", "literal"); _tr is for texts held in variables.
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("NoteFields", text)


class TagsEdit(QLineEdit):
    """Comma-separated tags with completion on the tag being typed."""

    def __init__(self, suggestions: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            translate("NoteFields", "Type and separate with commas, e.g. ")
            + ", ".join(suggestions[:3])
        )
        self._completer = QCompleter(list(suggestions), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._complete_last)

    def _complete_last(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        if len(prefix) < 1:
            popup = self._completer.popup()
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(prefix)
        self._completer.complete()

    def _insert_completion(self, word: str) -> None:
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText((head + ", " if head else "") + word + ", ")
        self.textEdited.emit(self.text())

    def tags(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for part in self.text().split(","):
            tag = " ".join(part.split())
            if tag:
                seen.setdefault(tag, None)
        return tuple(seen)

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))


class OptionalDateEdit(QWidget):
    """A date that may be left empty ("Not set"), with a button to clear it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(translate("NoteFields", "Not set"))
        self.date_edit.setDate(NO_DATE)
        self.date_edit.setMinimumWidth(190)  # room for "Wed 30 Sep 2026" in any style
        one_tab_stop(self.date_edit)  # one tab stop, not three (day, month, year)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(translate("NoteFields", "Clear"))
        self.clear_button.setAccessibleName(translate("NoteFields", "Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.today_button = QToolButton(self)
        self.today_button.setText(translate("NoteFields", "In a week"))
        self.today_button.setAccessibleName(
            translate("NoteFields", "Set the date one week from today")
        )
        self.today_button.clicked.connect(
            lambda: self.set_value(dt.date.today() + dt.timedelta(days=7))
        )
        layout.addWidget(self.date_edit)
        layout.addWidget(self.today_button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.setFocusProxy(self.date_edit)

    def value(self) -> dt.date | None:
        d = self.date_edit.date()
        return None if d == NO_DATE else d.toPython()  # type: ignore[return-value]

    def set_value(self, value: dt.date | None) -> None:
        self.date_edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def set_read_only(self, read_only: bool) -> None:
        self.date_edit.setReadOnly(read_only)
        self.clear_button.setVisible(not read_only)
        self.today_button.setVisible(not read_only)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    choices: tuple[tuple[str, str], ...] = ()  # (value, label); empty means free text


ITEM_COLUMNS: dict[str, tuple[Column, ...]] = {
    "goals": (
        Column("text", "Goal, in the client's words"),
        Column("why", "Why it matters to them"),
        Column("target_date", "Target date (YYYY-MM-DD)"),
        Column("progress", "Progress noted today"),
        Column(
            "status",
            "Status",
            (
                ("active", "Active"),
                ("achieved", "Achieved"),
                ("paused", "Paused"),
                ("dropped", "Dropped"),
            ),
        ),
    ),
    "strengths": (
        Column(
            "kind",
            "Kind",
            (
                ("strength", "Strength"),
                ("success", "Past success"),
                ("support", "Support person"),
                ("community", "Community resource"),
            ),
        ),
        Column("text", "What it is"),
    ),
    "referrals": (
        Column("to_whom", "To whom (service or person)"),
        Column("reason", "Reason"),
        Column("status", "Status", (("suggested", "Suggested"), ("made", "Made"))),
    ),
}

# The tables' words above (and the nouns' buttons), for pyside6-lupdate; shown through _tr.
_TRANSLATABLE: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("NoteFields", "Goal, in the client's words"),
    QT_TRANSLATE_NOOP("NoteFields", "Why it matters to them"),
    QT_TRANSLATE_NOOP("NoteFields", "Target date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("NoteFields", "Progress noted today"),
    QT_TRANSLATE_NOOP("NoteFields", "Status"),
    QT_TRANSLATE_NOOP("NoteFields", "Active"),
    QT_TRANSLATE_NOOP("NoteFields", "Achieved"),
    QT_TRANSLATE_NOOP("NoteFields", "Paused"),
    QT_TRANSLATE_NOOP("NoteFields", "Dropped"),
    QT_TRANSLATE_NOOP("NoteFields", "Kind"),
    QT_TRANSLATE_NOOP("NoteFields", "Strength"),
    QT_TRANSLATE_NOOP("NoteFields", "Past success"),
    QT_TRANSLATE_NOOP("NoteFields", "Support person"),
    QT_TRANSLATE_NOOP("NoteFields", "Community resource"),
    QT_TRANSLATE_NOOP("NoteFields", "What it is"),
    QT_TRANSLATE_NOOP("NoteFields", "To whom (service or person)"),
    QT_TRANSLATE_NOOP("NoteFields", "Reason"),
    QT_TRANSLATE_NOOP("NoteFields", "Suggested"),
    QT_TRANSLATE_NOOP("NoteFields", "Made"),
    QT_TRANSLATE_NOOP("NoteFields", "Add goal"),
    QT_TRANSLATE_NOOP("NoteFields", "Add item"),
    QT_TRANSLATE_NOOP("NoteFields", "Add referral"),
    QT_TRANSLATE_NOOP("NoteFields", "Goals"),
    QT_TRANSLATE_NOOP("NoteFields", "Items"),
    QT_TRANSLATE_NOOP("NoteFields", "Referrals"),
    QT_TRANSLATE_NOOP("NoteFields", "Remove selected goal"),
    QT_TRANSLATE_NOOP("NoteFields", "Remove selected item"),
    QT_TRANSLATE_NOOP("NoteFields", "Remove selected referral"),
)

# Keys an item carries without showing them as a column (e.g. a reviewed goal's id).
_HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 1


class ItemsTable(QWidget):
    """Editable rows of structured items (goals, strengths, referrals)."""

    changed = Signal()

    def __init__(self, columns: tuple[Column, ...], noun: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([_tr(c.title) for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(120)
        self.table.setAccessibleName(_tr(f"{noun.capitalize()}s"))
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_tr(f"Add {noun}"), self)
        self.add_button.setAccessibleName(_tr(f"Add {noun}"))
        self.remove_button = QPushButton(translate("NoteFields", "Remove selected"), self)
        self.remove_button.setAccessibleName(_tr(f"Remove selected {noun}"))
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _add_clicked(self) -> None:
        self.add_item({})
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self.changed.emit()

    def _remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def add_item(self, item: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        hidden = {k: v for k, v in item.items() if k not in {c.key for c in self.columns}}
        for col, spec in enumerate(self.columns):
            value = item.get(spec.key) or ""
            if spec.choices:
                combo = QComboBox(self.table)
                for val, label in spec.choices:
                    combo.addItem(_tr(label), val)
                idx = combo.findData(value)
                combo.setCurrentIndex(max(idx, 0))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                combo.setAccessibleName(_tr(spec.title))
                self.table.setCellWidget(row, col, combo)
            else:
                cell = QTableWidgetItem(str(value))
                if col == 0:
                    cell.setData(_HIDDEN_ROLE, json.dumps(hidden))
                self.table.setItem(row, col, cell)
        if self.columns[0].choices:
            # Hidden keys ride on a blank item behind the combo box.
            blank = QTableWidgetItem()
            blank.setData(_HIDDEN_ROLE, json.dumps(hidden))
            self.table.setItem(row, 0, blank)
        self.table.blockSignals(False)

    def items(self) -> tuple[dict[str, Any], ...]:
        out: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            item: dict[str, Any] = {}
            first = self.table.item(row, 0)
            hidden = first.data(_HIDDEN_ROLE) if first is not None else ""
            if isinstance(hidden, str) and hidden:
                item.update(json.loads(hidden))
            for col, spec in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                if isinstance(widget, QComboBox):
                    item[spec.key] = widget.currentData()
                else:
                    cell = self.table.item(row, col)
                    text = cell.text().strip() if cell is not None else ""
                    item[spec.key] = text or (None if spec.key == "target_date" else "")
            free = [c.key for c in self.columns if not c.choices]
            if any(item.get(k) for k in free) or item.get("goal_id"):
                out.append(item)
        return tuple(out)

    def set_items(self, items: Sequence[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_item(dict(item))

    def set_read_only(self, read_only: bool) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        self.table.setEditTriggers(triggers)
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                w = self.table.cellWidget(row, col)
                if w is not None:
                    w.setEnabled(not read_only)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)


class ActionsBox(QWidget):
    """One check box per crisis action (framework.RiskAction)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)  # keeps the boxes inside a problem frame
        self.boxes: dict[str, QCheckBox] = {}
        for action in RiskAction:
            box = QCheckBox(framework_tr(action.label), self)
            box.setAccessibleName(framework_tr(action.label))
            box.toggled.connect(lambda _b: self.changed.emit())
            layout.addWidget(box)
            self.boxes[action.value] = box

    def chosen(self) -> tuple[str, ...]:
        """The actions ticked (not ``actions()``: that is QWidget's list of QActions)."""
        return tuple(k for k, b in self.boxes.items() if b.isChecked())

    def set_chosen(self, actions: Sequence[str]) -> None:
        for k, b in self.boxes.items():
            b.setChecked(k in actions)

    def set_read_only(self, read_only: bool) -> None:
        for b in self.boxes.values():
            b.setEnabled(not read_only)


# PySide6 6.12 mis-counts references when a QVariant holding None is read back
# repeatedly (the interpreter aborts at exit with "deallocating None"), so item
# data never holds None: "" stands for "no value" and hidden keys travel as JSON.
NOT_ASSESSED = ""


def risk_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(translate("NoteFields", "Not assessed"), NOT_ASSESSED)
    for level in RiskLevel:
        combo.addItem(vocab_label(level), level.value)
    return combo


@dataclass
class FieldBinding:
    """One field of the editor: its widget, its message label, and how to read/fill it."""

    spec: FieldSpec
    widget: QWidget
    error_label: QLabel
    get: Callable[[], Any]
    set: Callable[[Any], None]
    lock: Callable[[bool], None]

    def show_problem(self, message: str | None) -> None:
        if message:
            message = problem_text(message)
        text = (message[:1].upper() + message[1:]) if message else ""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        # Selector by object name, so a composite field gets one frame around it
        # instead of one around each of its children.
        name = self.widget.objectName()
        self.widget.setStyleSheet(f"#{name} {{ {INVALID_STYLE} }}" if text else "")

    def is_filled(self) -> bool:
        value = self.get()
        return bool(value) and value is not False


#: A field's widget, and how to read it, fill it and lock it.
_Parts = tuple[QWidget, Callable[[], Any], Callable[[Any], None], Callable[[bool], None]]


def _text(spec: FieldSpec, parent: QWidget, on_change: Callable[[], None]) -> _Parts:
    w = QPlainTextEdit(parent)
    w.setTabChangesFocus(True)
    w.setPlaceholderText(framework_tr(spec.hint) if spec.hint else "")
    w.setMinimumHeight(90)
    w.textChanged.connect(on_change)
    return w, w.toPlainText, lambda v: w.setPlainText(v or ""), w.setReadOnly


def _line(spec: FieldSpec, parent: QWidget, on_change: Callable[[], None]) -> _Parts:
    w = QLineEdit(parent)
    w.setPlaceholderText(framework_tr(spec.hint) if spec.hint else "")
    w.textEdited.connect(lambda _t: on_change())
    return w, lambda: w.text().strip(), lambda v: w.setText(v or ""), w.setReadOnly


def _tags(parent: QWidget, on_change: Callable[[], None], suggestions: Sequence[str]) -> _Parts:
    w = TagsEdit(suggestions, parent)
    w.textEdited.connect(lambda _t: on_change())
    return w, w.tags, w.set_tags, w.setReadOnly


def _risk(parent: QWidget, on_change: Callable[[], None]) -> _Parts:
    w = risk_combo(parent)
    w.currentIndexChanged.connect(lambda _i: on_change())

    def get() -> RiskLevel | None:
        value = w.currentData()
        return RiskLevel(value) if value else None  # "" = not assessed

    def set_(v: Any) -> None:
        w.setCurrentIndex(max(w.findData(RiskLevel(v).value if v else NOT_ASSESSED), 0))

    return w, get, set_, lambda ro: w.setEnabled(not ro)


def _bool(spec: FieldSpec, parent: QWidget, on_change: Callable[[], None]) -> _Parts:
    w = QCheckBox(framework_tr(spec.label), parent)
    w.toggled.connect(lambda _b: on_change())
    return w, w.isChecked, lambda v: w.setChecked(bool(v)), lambda ro: w.setEnabled(not ro)


def _items(spec: FieldSpec, parent: QWidget, on_change: Callable[[], None]) -> _Parts:
    noun = {"goals": "goal", "strengths": "item", "referrals": "referral"}[spec.name]
    w = ItemsTable(ITEM_COLUMNS[spec.name], noun, parent)
    w.changed.connect(on_change)
    return w, w.items, w.set_items, w.set_read_only


def _parts(
    spec: FieldSpec, parent: QWidget, on_change: Callable[[], None], suggestions: Sequence[str]
) -> _Parts:
    kind = spec.kind
    if kind == "text":
        return _text(spec, parent, on_change)
    if kind == "line":
        return _line(spec, parent, on_change)
    if kind == "tags":
        return _tags(parent, on_change, suggestions)
    if kind == "risk":
        return _risk(parent, on_change)
    if kind == "actions":
        actions = ActionsBox(parent)
        actions.changed.connect(on_change)
        return actions, actions.chosen, actions.set_chosen, actions.set_read_only
    if kind == "date":
        date = OptionalDateEdit(parent)
        date.changed.connect(on_change)
        return date, date.value, date.set_value, date.set_read_only
    if kind == "bool":
        return _bool(spec, parent, on_change)
    if kind == "items":
        return _items(spec, parent, on_change)
    raise ValueError(f"unknown field kind {kind!r}")  # framework.py declares only the above


def make_field(
    spec: FieldSpec, parent: QWidget, on_change: Callable[[], None], suggestions: Sequence[str]
) -> FieldBinding:
    """The widget for one FieldSpec, wired so that any edit calls ``on_change``."""
    error = QLabel(parent)
    error.setObjectName("field_error")
    error.setTextFormat(Qt.TextFormat.PlainText)
    error.setWordWrap(True)
    error.setVisible(False)
    error.setAccessibleName(
        translate("NoteFields", "Problem with {field}").format(field=framework_tr(spec.label))
    )
    widget, get, set_, lock = _parts(spec, parent, on_change, suggestions)
    widget.setAccessibleName(framework_tr(spec.label))
    widget.setObjectName(f"{spec.name}_field")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # lets a QWidget draw a frame
    return FieldBinding(spec, widget, error, get, set_, lock)
