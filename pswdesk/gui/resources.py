"""Icons and the stylesheet, compiled into ``forms/pswdesk_rc.py`` from ``resources/``.

Compiling them in (rather than reading files at run time) means the wheel and a
frozen bundle carry them without any path juggling.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QWidget

from pswdesk.gui.forms import pswdesk_rc  # noqa: F401  (registers the ":/" resources)


def stylesheet() -> str:
    f = QFile(":/style.qss")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(f.readAll().data()).decode("utf-8")
    finally:
        f.close()


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg``."""
    return QIcon(f":/icons/{name}.svg")


def restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property (role, risk, invalid) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def show_message(label: QLabel, text: str, kind: str = "info") -> None:
    """A one-line message in a window's message area; ``kind`` picks its colours."""
    label.setText(text)
    label.setVisible(bool(text))
    label.setProperty("kind", kind)
    restyle(label)


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    restyle(widget)
