"""The recovery key on screen: a monospace font, and grouping in fours as a person types.

Why a module of its own: the start-up key prompt, the damaged-database dialog
and the first-run wizard all show or take the key, and it must look the same in
each (14 groups of 4, as printed on the recovery sheet), so a person can compare
what they see with what they kept.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLineEdit

GROUP = 4
#: Enough for a recovery key (56 characters and 13 dashes) or 64 hex digits grouped.
MAX_TYPED = 100


def key_font(point_size: float = 13.0) -> QFont:
    """The system's fixed-width font, so 0/O and 1/I line up and groups align."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def group_key(text: str, cursor: int) -> tuple[str, int]:
    """``text`` as upper-case groups of four joined by dashes, and where ``cursor`` moves to.

    Every character that is not a letter or a digit is dropped (spaces, dashes, a
    line break in a pasted key); the cursor stays after the same letter it was after.
    """
    before = sum(1 for ch in text[:cursor] if ch.isalnum())
    letters = "".join(ch for ch in text if ch.isalnum()).upper()
    grouped = "-".join(letters[i : i + GROUP] for i in range(0, len(letters), GROUP))
    if before == 0:
        return grouped, 0
    # After the ``before``-th letter: its index plus one dash per completed group before it.
    position = before + (before - 1) // GROUP
    return grouped, position


def take_recovery_key(edit: QLineEdit) -> None:
    """Make a form's line edit take a recovery key: monospace, regrouped as typed or pasted."""
    edit.setFont(key_font())
    edit.setMaxLength(MAX_TYPED)
    if not edit.placeholderText():
        edit.setPlaceholderText("XXXX-XXXX-XXXX-…")

    def regroup(text: str) -> None:
        grouped, cursor = group_key(text, edit.cursorPosition())
        if grouped != text:
            edit.setText(grouped)
            edit.setCursorPosition(cursor)

    edit.textEdited.connect(regroup)
