"""Notices when nobody has touched the app for a while, so the main window can lock itself.

Why: case notes are open on shared office PCs; an unattended screen must not
stay readable (docs/ARCHITECTURE.md, Security model). Any key, click, wheel or mouse
move counts as use. Unlocking is a password check in ``LoginDialog`` (off the GUI
thread, like every login).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
CHECK_EVERY_MS = 5_000


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.paused = False
        self._last = time.monotonic()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def poke(self) -> None:
        """Count as use now (e.g. after unlocking)."""
        self._last = time.monotonic()

    @property
    def idle_seconds(self) -> float:
        return time.monotonic() - self._last

    def check(self) -> None:
        if not self.paused and self.minutes > 0 and self.idle_seconds >= self.minutes * 60:
            self.paused = True  # one signal per idle spell; unpaused when unlocked
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
