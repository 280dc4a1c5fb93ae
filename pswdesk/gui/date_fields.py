"""A date field is one tab stop.

Qt's QDateEdit and QDateTimeEdit take Tab to move between their own sections (day,
month, year, hour, minute), so a note's contact time alone cost five presses of Tab to
get past. Here Tab and Shift+Tab leave the field for the next or previous one, as in
every other field; inside the field the sections are reached with Left and Right (and
changed with Up and Down, or typed), which Qt already offers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class _TabLeavesField(QObject):
    """Moves the focus on from a date field at Tab, instead of to its next section."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateTimeEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _TABS
            and not event.modifiers() & _CHORDS
        ):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            forward = event.key() == Qt.Key.Key_Tab and not shift
            # QWidget's own tab order, past QDateTimeEdit's section-by-section override.
            QWidget.focusNextPrevChild(watched, forward)
            return True
        return super().eventFilter(watched, event)


_FILTER: _TabLeavesField | None = None


def one_tab_stop(*edits: QDateTimeEdit) -> None:
    """Make each date (or date and time) field a single tab stop."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _TabLeavesField()
    for edit in edits:
        edit.installEventFilter(_FILTER)


def date_fields_one_tab_stop(root: QWidget) -> None:
    """Every date field inside ``root`` a single tab stop (a form built from a .ui file)."""
    one_tab_stop(*root.findChildren(QDateTimeEdit))
