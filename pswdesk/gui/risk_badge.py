"""Risk shown the same way everywhere: a coloured badge that always carries its word.

Colours follow the stylesheet (none grey, low green, moderate amber, high
orange-red, imminent red with white text). Text and colour together, never
colour alone, so the level is readable for colour-blind users and screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pswdesk.gui.resources import restyle
from pswdesk.gui.vocabulary_text import translated, vocab_label
from pswdesk.vocabulary import RiskLevel

#: (background, text) per level; the same values as resources/style.qss.
RISK_COLOURS: dict[RiskLevel, tuple[str, str]] = {
    RiskLevel.NONE: ("#e4e7eb", "#323f4b"),
    RiskLevel.LOW: ("#15803d", "#ffffff"),
    RiskLevel.MODERATE: ("#f59e0b", "#1f1300"),
    RiskLevel.HIGH: ("#c2410c", "#ffffff"),
    RiskLevel.IMMINENT: ("#b91c1c", "#ffffff"),
}

#: Item-data role under which models hand the delegate a RiskLevel (or None).
RISK_ROLE = Qt.ItemDataRole.UserRole + 10


def risk_text(level: RiskLevel | None) -> str:
    return translated("Not recorded") if level is None else vocab_label(level)


def set_badge(label: QLabel, level: RiskLevel | None, prefix: str | None = None) -> None:
    """Turn a QLabel into a risk badge (styled by the ``risk`` property in style.qss)."""
    value = (level or RiskLevel.NONE).value
    if prefix is None:
        prefix = QCoreApplication.translate("RiskBadge", "Risk: ")
    label.setText(f"{prefix}{risk_text(level)}")
    label.setProperty("risk", value)
    label.setAccessibleName(
        QCoreApplication.translate("RiskBadge", "Risk level: {level}").format(
            level=risk_text(level)
        )
    )
    restyle(label)


class RiskBadgeDelegate(QStyledItemDelegate):
    """Paints a rounded risk badge in a table cell from the cell's RISK_ROLE data."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(RISK_ROLE)  # a StrEnum comes back from Qt as a plain str
        if value not in RiskLevel._value2member_map_:
            super().paint(painter, option, index)
            return
        level = RiskLevel(value)
        # Selection/alternate background first, then the badge on top.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        bg, fg = RISK_COLOURS[level]
        font = QFont(option.font)
        font.setBold(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        text = vocab_label(level)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 18
        height = min(option.rect.height() - 6, metrics.height() + 6)
        rect = QRect(
            option.rect.left() + 6,
            option.rect.top() + (option.rect.height() - height) // 2,
            width,
            height,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 110), max(hint.height(), 28))
