"""Run slow service calls on a thread pool and deliver the result on the GUI thread.

Why: a query on the GUI thread freezes the window (DESIGN §6). Results come back
through a queued signal, and a result whose receiving widget has been closed and
deleted in the meantime is dropped instead of touching a dead C++ object
("Internal C++ object already deleted").
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from pswdesk.errors import PswdeskError

log = logging.getLogger(__name__)

_live: set[_Delivery] = set()  # keeps deliveries alive until their job has reported


class _Delivery(QObject):
    """Lives on the GUI thread; its slots run there when the worker emits."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        owner: QObject,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._owner = owner
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner) and not getattr(self._owner, "_closing", False)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        try:
            if self._owner_alive():
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        try:
            if not self._owner_alive():
                return
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                log.error("background job failed: %s", error)
        finally:
            self._finish()

    def _finish(self) -> None:
        _live.discard(self)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._fn = fn
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the GUI thread, never lost
            if not isinstance(exc, PswdeskError):
                log.error("background job failed:\n%s", traceback.format_exc())
            self._emit(self._delivery.failed, exc)
        else:
            self._emit(self._delivery.succeeded, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down and took the receiver with it
            log.debug("background result dropped at shutdown")


def run_in_background(
    owner: QObject,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Call ``fn()`` on the pool; then ``on_success(result)`` or ``on_failure(error)``
    on the GUI thread, but only while ``owner`` still exists."""
    delivery = _Delivery(owner, on_success, on_failure)
    _live.add(delivery)
    QThreadPool.globalInstance().start(_Job(fn, delivery))


def wait_for_background(msecs: int = 30_000) -> bool:
    """Block until every queued job has run (at shutdown, and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def pending() -> int:
    """Jobs whose results have not been delivered yet."""
    return len(_live)
