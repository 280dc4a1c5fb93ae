"""Every service call from the GUI runs through :class:`Op`: off the GUI thread, with the
result delivered back on it.

Why: a query, a write or an Argon2 password check on the GUI thread freezes the window
(docs/ARCHITECTURE.md, Layers). The shape follows Anki's ``CollectionOp``::

    Op(self, lambda: notes.submit(db, actor, note_id)) \\
        .success(self._submitted).failure(self._refused) \\
        .changes(Change.NOTE, Change.REVIEW).busy(self).run()

Safety properties:

- a result for a parent that was deleted, or is closing (``parent._closing`` or its
  window's), is dropped: no callback ever touches a dead C++ object;
- the changes a write announces are announced even then, because the write happened
  and other open pages must show it;
- a failure with no failure callback is logged and shown calmly; an error that is not a
  domain error (:class:`~pswdesk.errors.PswdeskError`) never shows its text to a person.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pswdesk.errors import PswdeskError
from pswdesk.gui.changes import Change, change_notice
from pswdesk.gui.domain_text import error_message

log = logging.getLogger(__name__)

T = TypeVar("T")

#: What a person sees for an error that is not a domain error.
UNEXPECTED = "Something went wrong; your work is safe. Details are in the log."
QT_TRANSLATE_NOOP("Operations", "Something went wrong; your work is safe. Details are in the log.")

_live: set[_Delivery] = set()  # keeps deliveries alive until their result has been handled
#: Per widget with a busy cursor: how many ops are running, and the cursor it had before.
_busy_widgets: dict[QWidget, tuple[int, QCursor | None]] = {}


def error_text(error: BaseException) -> str:
    """What a person may read about ``error``: a domain error's own words (in the windows'
    language, ``domain_text``), else a calm line."""
    if not isinstance(error, PswdeskError):
        return QCoreApplication.translate("Operations", UNEXPECTED)
    text = error_message(error)
    return text[:1].upper() + text[1:]


def _closing(obj: QObject) -> bool:
    if getattr(obj, "_closing", False):
        return True
    if isinstance(obj, QWidget):
        window = obj.window()
        return window is not obj and bool(getattr(window, "_closing", False))
    return False


class _Delivery(QObject):
    """Lives on the GUI thread; the worker's signals are queued to its slots there."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.op = op
        self.done = threading.Event()  # set by the worker once its signal is posted
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self.op._succeeded(result)
        self._finish()

    @Slot(object)
    def _deliver_failure(self, error: Exception) -> None:
        self.op._failed(error)
        self._finish()

    def _finish(self) -> None:
        _live.discard(self)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._call = call
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            error = exc if isinstance(exc, Exception) else RuntimeError(repr(exc))
            if not isinstance(error, PswdeskError):
                log.error("operation failed", exc_info=exc)
            self._emit(self._delivery.failed, error)
        else:
            self._emit(self._delivery.succeeded, result)

    def _emit(self, signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down and took the receiver
            log.debug("operation result dropped at shutdown")
        finally:
            self._delivery.done.set()


class Op(Generic[T]):
    """One service call: build it, say what follows, then :meth:`run` it."""

    def __init__(self, parent: QObject, call: Callable[[], T]) -> None:
        self._parent = parent
        self._call = call
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._changes: tuple[Change, ...] = ()
        self._client_id: int | None = None
        self._busy = False
        self._busy_widget: QWidget | None = None
        self._delivery: _Delivery | None = None

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        """``fn(result)`` runs on the GUI thread, while the parent lives."""
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[Exception], None]) -> Op[T]:
        """``fn(error)`` for a domain error or any other; show it with :func:`error_text`."""
        self._on_failure = fn
        return self

    def changes(self, *kinds: Change, client_id: int | None = None) -> Op[T]:
        """On success, announce these kinds on the change notice (for ``client_id`` if given)."""
        self._changes = kinds
        self._client_id = client_id
        return self

    def busy(self, widget: QWidget | None = None) -> Op[T]:
        """A busy cursor on ``widget`` (or the whole app) until the result is handled."""
        self._busy = True
        self._busy_widget = widget
        return self

    def run(self) -> None:
        """Start the call on the thread pool; call from the GUI thread, once."""
        if self._delivery is not None:
            raise RuntimeError("an Op runs once")
        self._delivery = delivery = _Delivery(self)
        _live.add(delivery)
        self._show_busy()
        QThreadPool.globalInstance().start(_Job(self._call, delivery))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until this op's result is handled (for a close that must not lose work).

        Only this op's result is delivered meanwhile: no other event runs. False on timeout;
        the call then still finishes later, and its result is handled as usual."""
        delivery = self._delivery
        if delivery is None:
            raise RuntimeError("wait() before run()")
        if delivery not in _live:
            return True
        if not delivery.done.wait(msecs / 1000):
            return False
        QCoreApplication.sendPostedEvents(delivery, 0)
        return delivery not in _live

    # -- on the GUI thread, from _Delivery ------------------------------------------------

    def _parent_alive(self) -> bool:
        return shiboken6.isValid(self._parent) and not _closing(self._parent)

    def _succeeded(self, result: T) -> None:
        try:
            if self._parent_alive() and self._on_success is not None:
                self._on_success(result)
        finally:
            self._end_busy()
            if self._changes:
                origin = self._parent if shiboken6.isValid(self._parent) else None
                change_notice().announce(*self._changes, client_id=self._client_id, origin=origin)

    def _failed(self, error: Exception) -> None:
        try:
            if not self._parent_alive():
                # The error goes in as an argument: the log writes it as its type only.
                log.info("operation failed after its window closed: %s", error)
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                if isinstance(error, PswdeskError):
                    log.warning("operation refused: %s", error)
                _show_calmly(self._parent, error)
        finally:
            self._end_busy()

    def _show_busy(self) -> None:
        if not self._busy:
            return
        widget = self._busy_widget
        if widget is None:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
            return
        count, prior = _busy_widgets.get(widget, (0, None))
        if count == 0:
            own = widget.testAttribute(Qt.WidgetAttribute.WA_SetCursor)
            prior = QCursor(widget.cursor()) if own else None
            widget.setCursor(Qt.CursorShape.BusyCursor)
        _busy_widgets[widget] = (count + 1, prior)

    def _end_busy(self) -> None:
        if not self._busy:
            return
        self._busy = False
        widget = self._busy_widget
        if widget is None:
            QApplication.restoreOverrideCursor()
            return
        count, prior = _busy_widgets.pop(widget, (1, None))
        if count > 1:
            _busy_widgets[widget] = (count - 1, prior)
        elif shiboken6.isValid(widget):
            if prior is not None:
                widget.setCursor(prior)
            else:
                widget.unsetCursor()


def _show_calmly(parent: QObject, error: Exception) -> None:
    """A non-blocking message box over the parent's window."""
    owner = parent.window() if isinstance(parent, QWidget) else None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Operations", "Not done"),
        error_text(error),
        QMessageBox.StandardButton.Ok,
        owner,
    )
    box.setObjectName("operation_message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def wait_for_operations(msecs: int = 30_000) -> bool:
    """Block until every running op has finished and its result has been handled
    (tests and shutdown). Only the ops' own results are delivered while waiting, so an
    op started by a callback is waited for too. False on timeout."""
    deadline = time.monotonic() + msecs / 1000
    pool = QThreadPool.globalInstance()
    while True:
        remaining = int((deadline - time.monotonic()) * 1000)
        if not pool.waitForDone(max(remaining, 0)):
            return False
        delivered = False
        for delivery in list(_live):
            if delivery in _live and shiboken6.isValid(delivery) and delivery.done.is_set():
                QCoreApplication.sendPostedEvents(delivery, 0)
                delivered = delivered or delivery not in _live
        if not _live:
            return True
        stuck = not delivered and all(delivery.done.is_set() for delivery in _live)
        if stuck or time.monotonic() >= deadline:
            return False  # results that can no longer be delivered, or out of time


def pending() -> int:
    """Ops whose results have not been handled yet."""
    return len(_live)
