"""Windows that fit the screen they open on, and stacks sized by the page in front.

A 13-inch laptop (1280×720 or 1366×768, less a task bar) is the smallest screen the
app is made for (docs/ARCHITECTURE.md, GUI). Two things keep it usable there:

- ``ScreenFit``, installed on the application, places every top-level window the first
  time it is shown: on its parent's screen (else the screen under the mouse), centred on
  the parent, no larger than that screen's free area and wholly inside it. A size or
  place restored from settings is kept when it still fits.
- ``follow_current_page`` makes a stacked widget ask for the room its current page
  needs, not the largest page's: once the Reports page has been opened, the caseload
  may still be shown in a window too small for Reports (a scroll area around the stack
  takes over when the current page does not fit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget

PLACED = "pswdesk_screen_fit_placed"  # dynamic property: this window was placed once
SAVED_POLICY = "pswdesk_saved_size_policy"


def screen_for(window: QWidget) -> QScreen:
    """The screen a window belongs to: its parent's, else the one under the mouse."""
    parent = window.parentWidget()
    if parent is not None and parent.window().isVisible():
        return parent.window().screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def fitted_geometry(window: QWidget, area: QRect, anchor: QRect | None) -> QRect:
    """Where ``window`` goes in ``area`` (a screen's free area), centred on ``anchor``.

    The size is shrunk to the area (never below the window's minimum: a window that
    cannot fit at all is at least placed at the area's top-left corner). With no anchor
    a window already inside the area stays where it is."""
    minimum = window.minimumSize().expandedTo(window.minimumSizeHint())
    size = window.size().boundedTo(area.size()).expandedTo(minimum)
    geometry = QRect(window.pos(), size)
    if anchor is not None:
        geometry.moveCenter(anchor.center())
    elif not area.contains(geometry):
        geometry.moveCenter(area.center())
    # Inside the area: right/bottom first, so a too-large window keeps its top-left visible.
    geometry.moveRight(min(geometry.right(), area.right()))
    geometry.moveBottom(min(geometry.bottom(), area.bottom()))
    geometry.moveLeft(max(geometry.left(), area.left()))
    geometry.moveTop(max(geometry.top(), area.top()))
    return geometry


def fit_window(window: QWidget, area: QRect | None = None) -> None:
    """Size and place a top-level window for its screen (or for ``area``, in tests)."""
    parent = window.parentWidget()
    anchor = None
    if parent is not None and parent.window().isVisible():
        anchor = parent.window().frameGeometry()
    if area is None:
        screen = screen_for(window)
        if window.screen() is not screen:
            window.setScreen(screen)
        area = screen.availableGeometry()
    # The frame (title bar, borders) is not known before the first show; leave room.
    frame = window.frameGeometry().size() - window.geometry().size()
    room = area.adjusted(0, 0, -max(frame.width(), 0), -max(frame.height(), 0))
    geometry = fitted_geometry(window, room, anchor)
    if geometry.size() != window.size():
        window.resize(geometry.size())
    if geometry.topLeft() != window.pos():
        window.move(geometry.topLeft())


class ScreenFit(QObject):
    """Application event filter: the first show of each top-level window fits it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.property(PLACED)
            and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ):
            watched.setProperty(PLACED, True)
            fit_window(watched)
        return False


def fits(window: QWidget, area: QRect) -> bool:
    """Whether a window lies wholly inside ``area`` (the tests' check)."""
    return area.contains(QRect(window.pos(), window.size()))


def follow_current_page(stack: QStackedWidget) -> None:
    """Let ``stack`` need only its current page's minimum size, not its largest page's."""

    def update(_index: int = 0) -> None:
        current = stack.currentWidget()
        for i in range(stack.count()):
            page = stack.widget(i)
            if page is None:
                continue
            saved = page.property(SAVED_POLICY)
            if not isinstance(saved, QSizePolicy):
                saved = page.sizePolicy()
                page.setProperty(SAVED_POLICY, saved)
            if page is current:
                page.setSizePolicy(saved)
            else:
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        stack.updateGeometry()

    stack.currentChanged.connect(update)
    update()


def fits_size(size: QSize, area: QRect) -> bool:
    """Whether a (minimum) size fits in ``area``."""
    return size.width() <= area.width() and size.height() <= area.height()
