"""The operations helper: results on the GUI thread, failures shown calmly, nothing delivered
to a closed window, writes announced on the change notice, busy cursor put back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pswdesk.errors import ConflictError
from pswdesk.gui.changes import Change, Changes, change_notice
from pswdesk.gui.operations import UNEXPECTED, Op, error_text, pending, wait_for_operations


def _widget(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_success_runs_off_the_gui_thread_and_delivers_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = _widget(qtbot)
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def call() -> int:
        seen["worker_is_gui"] = QThread.currentThread() is gui_thread
        return 42

    def got(value: int) -> None:
        seen["value"] = value
        seen["delivered_on_gui"] = QThread.currentThread() is gui_thread

    Op(widget, call).success(got).run()
    qtbot.waitUntil(lambda: "value" in seen, timeout=5_000)
    assert seen == {"worker_is_gui": False, "value": 42, "delivered_on_gui": True}
    assert pending() == 0


def test_failure_callback_gets_the_domain_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = _widget(qtbot)
    errors: list[Exception] = []

    def call() -> None:
        raise ConflictError("Sam changed this note at 10:04.")

    Op(widget, call).success(lambda _: errors.append(AssertionError("no success"))).failure(
        errors.append
    ).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ConflictError)
    assert error_text(errors[0]) == "Sam changed this note at 10:04."


def test_unexpected_error_never_shows_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = _widget(qtbot)

    def call() -> None:
        raise KeyError("secret column name")

    Op(widget, call).run()
    assert wait_for_operations()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "operation_message"]
    assert len(boxes) == 1
    box = boxes[0]
    assert isinstance(box, QMessageBox)
    assert box.text() == UNEXPECTED
    assert "secret" not in box.text()
    box.close()


def test_domain_error_without_callback_is_shown_in_its_own_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = _widget(qtbot)

    def call() -> None:
        raise ConflictError("Someone else saved first.")

    Op(widget, call).run()
    qtbot.waitUntil(
        lambda: any(w.objectName() == "operation_message" for w in QApplication.topLevelWidgets()),
        timeout=5_000,
    )
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "operation_message")
    assert isinstance(box, QMessageBox)
    assert box.text() == "Someone else saved first."
    box.close()


def test_result_for_a_deleted_parent_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    release = threading.Event()
    delivered: list[object] = []
    Op(parent, lambda: release.wait(5)).success(delivered.append).failure(delivered.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent), timeout=5_000)
    release.set()
    assert wait_for_operations()
    assert delivered == []
    assert pending() == 0


def test_result_for_a_closing_window_is_dropped_but_the_change_is_announced(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _widget(qtbot)
    child = QWidget(window)
    release = threading.Event()
    delivered: list[object] = []
    announced: list[Changes] = []
    change_notice().changed.connect(announced.append)
    try:
        Op(child, lambda: release.wait(5)).success(delivered.append).changes(
            Change.NOTE, Change.REVIEW, client_id=7
        ).run()
        window._closing = True  # type: ignore[attr-defined]  # what a window sets in closeEvent
        release.set()
        assert wait_for_operations()
    finally:
        change_notice().changed.disconnect(announced.append)
    assert delivered == []
    assert announced == [frozenset({Change.NOTE, Change.REVIEW})]
    assert announced[0].client_id == 7


def test_change_notice_reaches_subscribers_of_that_kind_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    notes_page = _widget(qtbot)
    users_page = _widget(qtbot)
    heard: dict[str, list[Changes]] = {"notes": [], "users": []}
    change_notice().subscribe(notes_page, [Change.NOTE], heard["notes"].append)
    change_notice().subscribe(users_page, [Change.USER], heard["users"].append)

    Op(notes_page, lambda: "saved").changes(Change.NOTE).run()
    qtbot.waitUntil(lambda: bool(heard["notes"]), timeout=5_000)
    assert heard["notes"][0] == {Change.NOTE}
    assert heard["notes"][0].origin is notes_page
    assert heard["users"] == []


def test_failed_write_announces_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _widget(qtbot)
    heard: list[Changes] = []
    errors: list[Exception] = []
    change_notice().subscribe(page, [], heard.append)

    def call() -> None:
        raise ConflictError("no")

    Op(page, call).failure(errors.append).changes(Change.NOTE).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert heard == []


def test_busy_cursor_on_a_widget_is_restored(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _widget(qtbot)
    plain = QWidget(window)
    pointing = QWidget(window)
    pointing.setCursor(Qt.CursorShape.PointingHandCursor)
    release = threading.Event()
    done: list[object] = []
    for widget in (plain, plain, pointing):  # two ops at once on one widget
        Op(window, lambda: release.wait(5)).success(done.append).busy(widget).run()
    assert plain.cursor().shape() == Qt.CursorShape.BusyCursor
    assert pointing.cursor().shape() == Qt.CursorShape.BusyCursor
    release.set()
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5_000)
    assert not plain.testAttribute(Qt.WidgetAttribute.WA_SetCursor)
    assert pointing.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_busy_cursor_for_the_app_is_restored_after_a_failure(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = _widget(qtbot)
    release = threading.Event()
    errors: list[Exception] = []

    def call() -> None:
        release.wait(5)
        raise ConflictError("no")

    Op(widget, call).failure(errors.append).busy().run()
    override = QApplication.overrideCursor()
    assert override is not None and override.shape() == Qt.CursorShape.BusyCursor
    release.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert QApplication.overrideCursor() is None


def test_wait_blocks_for_one_op_and_delivers_only_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = _widget(qtbot)
    saved: list[str] = []
    op = Op(widget, lambda: "draft saved").success(saved.append)
    op.run()
    assert op.wait(5_000)
    assert saved == ["draft saved"]


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_wait_for_operations_waits_for_ops_started_by_callbacks(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A success that starts the next op (a save, then a reload): waiting covers both,
    however quickly the second one finishes."""
    widget = _widget(qtbot)
    seen: list[str] = []

    def saved(_: object) -> None:
        seen.append("saved")
        for _ in range(5):
            Op(widget, lambda: "reloaded").success(seen.append).run()

    Op(widget, lambda: "saved").success(saved).run()
    assert wait_for_operations()
    assert seen == ["saved"] + ["reloaded"] * 5
    assert pending() == 0
