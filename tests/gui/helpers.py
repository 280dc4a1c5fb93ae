"""Small actions the GUI tests share: log in through the real dialog, wait for a table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from pswdesk.db import Database
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services.access import Actor
from tests.conftest import PASSWORD


def log_in(qtbot, db: Database, username: str, password: str = PASSWORD) -> LoginDialog:  # type: ignore[no-untyped-def]
    """Type into the login dialog and press Enter, as a person would."""
    dialog = LoginDialog(db, "Test Agency")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, username)
    qtbot.keyClicks(dialog.ui.password_edit, password)
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)  # Argon2, off the GUI thread
    return dialog


def main_window(qtbot, db: Database, username: str, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    dialog = log_in(qtbot, db, username)
    assert dialog.actor is not None, dialog.error_text
    return open_window(qtbot, db, dialog.actor, settings)


def open_window(qtbot, db: Database, actor: Actor, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, actor, settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Make the window the active one, so its keyboard shortcuts apply."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def wait_for_rows(qtbot, view: QAbstractItemView, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.model().rowCount() == count, timeout=10_000)


def double_click_row(qtbot, view: QAbstractItemView, row: int, column: int = 1) -> None:  # type: ignore[no-untyped-def]
    index = view.model().index(row, column)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def answer_next_message(seen: list[str]) -> None:
    """Once a modal message box opens (``run_app`` blocks in ``exec``), note its text, close it."""

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_message)

    QTimer.singleShot(50, close_message)


def settle() -> None:
    """Let background reads finish and their results reach the widgets."""
    for _ in range(3):
        wait_for_operations()
        QApplication.processEvents()


def dialog_openers(window: MainWindow, client_id: int) -> dict[str, Callable[[], object]]:
    """Every dialog a worker opens from the window or a client's record, by name."""
    record = window.open_client(client_id)
    settle()
    return {
        "intake": window.new_client,
        "password": window.change_password,
        "about": window.show_about,
        "edit": record.open_edit,
        "close": record.open_close,
        "assign": record.open_assign,
        "merge": record.open_merge,
        "handover": record.open_handover,
        "brief contact": window.log_brief_contact,
        "note editor": lambda: window.open_note_editor(client_id),
    }
