"""An unexpected error in a slot: the draft is saved, the log has the traceback, a calm dialog.

pytest-qt normally takes over ``sys.excepthook`` to fail a test on such an error; these
tests switch that off (``qt_no_exception_capture``) so the app's own handler runs, as it
does for a user. The log goes to the test's own XDG_STATE_HOME (tests/conftest.py).
"""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from pswdesk import app_logging
from pswdesk.gui.app import run_app
from pswdesk.gui.crash_dialog import CrashDialog, CrashHandler
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.services import clients, notes
from pswdesk.services.clients import ClientInput
from tests.conftest import Agency
from tests.gui.helpers import answer_next_message

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]

CLIENT = "Ann Client"
TYPED = "Talked about the eviction letter from Marguerite Okonkwo-Lindqvist"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = app_logging.start_logging()
    yield path
    app_logging.stop_logging()


@pytest.fixture
def handler(qapp, log_file: Path) -> Iterator[CrashHandler]:  # type: ignore[no-untyped-def]
    installed = CrashHandler().install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()  # WA_DeleteOnClose: gone before the next test


def _editor(qtbot, agency: Agency, settings: QSettings) -> NoteEditor:  # type: ignore[no-untyped-def]
    client = clients.create_client(agency.db, agency.wendy, ClientInput(CLIENT)).id
    view = notes.create_draft(agency.db, agency.wendy, client)
    editor = NoteEditor(agency.db, agency.wendy, view, settings=settings)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _failing_button(qtbot, message: str) -> QPushButton:  # type: ignore[no-untyped-def]
    """A real button whose slot raises, the way a bug in any of the app's slots would."""

    def broken_slot() -> None:
        raise RuntimeError(message)

    button = QPushButton("Go")
    button.clicked.connect(broken_slot)
    qtbot.addWidget(button)
    button.show()
    return button


def test_error_in_a_slot_saves_the_draft_then_shows_the_dialog(
    qtbot, agency: Agency, gui_settings: QSettings, handler: CrashHandler, log_file: Path
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, agency, gui_settings)
    qtbot.keyClicks(editor.ui.summary_edit, TYPED)
    assert editor.dirty  # typed, not autosaved yet: only the handler can save it now
    button = _failing_button(qtbot, f"could not file: {TYPED}")

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # The slot has returned: the draft is already in the database, and the dialog is up.
    assert notes.get_note(agency.db, agency.wendy, editor.note.id).content.summary == TYPED
    assert not editor.dirty
    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert dialog.draft_label.text() == "Your draft is safe: it was saved just now."
    assert str(log_file) in dialog.log_label.text()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal

    logged = log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in broken_slot" in logged and "\nRuntimeError" in logged
    assert TYPED not in logged and "could not file" not in logged  # no note text, no message

    dialog.copy_details()
    copied = QGuiApplication.clipboard().text()
    assert "broken_slot" in copied and TYPED not in copied

    # The app goes on: close the dialog and keep typing in the same editor.
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert handler.dialog is None  # closed; the next error opens a new one
    qtbot.keyClicks(editor.ui.summary_edit, " and more")
    editor.save_and_wait()
    assert notes.get_note(agency.db, agency.wendy, editor.note.id).content.summary == (
        TYPED + " and more"
    )


def test_with_no_editor_open_the_dialog_says_nothing_was_being_edited(
    qtbot, handler: CrashHandler
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(_failing_button(qtbot, "no editor"), Qt.MouseButton.LeftButton)
    assert handler.dialog is not None
    assert handler.dialog.draft_label.text().startswith("No note was open for editing")


def test_a_second_error_adds_to_the_open_dialog(qtbot, handler: CrashHandler) -> None:  # type: ignore[no-untyped-def]
    button = _failing_button(qtbot, "again")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = handler.dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert handler.dialog is first and first is not None
    assert first.times == 2 and first.again_label.isVisible()
    dialogs = [w for w in QGuiApplication.topLevelWindows() if w.isVisible()]
    assert sum(1 for w in dialogs if w.title() == first.windowTitle()) == 1


def test_an_error_in_a_plain_thread_is_shown_on_the_gui_thread(
    qtbot, handler: CrashHandler, log_file: Path
) -> None:  # type: ignore[no-untyped-def]
    def worker_job() -> None:
        raise ValueError(f"invalid literal for int(): {CLIENT!r}")

    thread = threading.Thread(target=worker_job, name="worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    logged = log_file.read_text("utf-8")
    assert "in worker_job" in logged and "\nValueError\n" in logged and CLIENT not in logged


def test_open_log_folder_opens_the_folder_the_log_is_in(qtbot, handler: CrashHandler) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(_failing_button(qtbot, "folder"), Qt.MouseButton.LeftButton)
    dialog = handler.dialog
    assert dialog is not None
    opened: list[Path] = []
    dialog.open_folder = opened.append  # not xdg-open in a test run
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [app_logging.log_dir()]


def test_the_log_rotates_in_the_platform_folder(tmp_path: Path, log_file: Path) -> None:
    assert log_file == tmp_path / "xdg-state" / "pswdesk" / "log" / app_logging.LOG_NAME
    handlers = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == app_logging.MAX_BYTES > 0
    assert handlers[0].backupCount == app_logging.BACKUP_COUNT > 0

    small = app_logging.start_logging(tmp_path / "small", max_bytes=2_000, backup_count=2)
    for n in range(200):
        logging.getLogger("pswdesk.test").info("note %d saved", n)
    names = sorted(p.name for p in small.parent.iterdir())
    assert names == ["pswdesk.log", "pswdesk.log.1", "pswdesk.log.2"]
    assert all(p.stat().st_size <= 2_100 for p in small.parent.iterdir())


def test_run_app_logs_to_the_platform_folder_and_puts_the_hooks_back(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    hook = sys.excepthook
    answer_next_message([])
    assert run_app(str(path)) == 1
    assert sys.excepthook is hook
    assert app_logging.current_log_file() is None
    logged = (tmp_path / "xdg-state" / "pswdesk" / "log" / "pswdesk.log").read_text("utf-8")
    assert "pswdesk 0.1.0 starting" in logged
