"""Start-up: the login window is up before the database stack is imported or the database
is open, keeps what is typed while it opens, and a failure to open says what it always said
(docs/ARCHITECTURE.md, Start-up)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pswdesk.db import Database
from pswdesk.gui.app import run_app
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.main_window import MainWindow
from tests.conftest import PASSWORD, Agency

pytestmark = pytest.mark.gui

#: What opening the app must not import before its first window: the database stack.
HEAVY = ("sqlalchemy", "alembic", "pswdesk.db", "pswdesk.models", "pswdesk.services")


def test_the_app_starts_without_importing_the_database_stack() -> None:
    """``pswdesk`` (the command's entry, with no command) and the GUI's start-up module."""
    code = (
        "import sys\n"
        "from pswdesk.cli import _app_arguments\n"
        "import pswdesk.gui.app\n"
        "assert _app_arguments(['--db', 'x.db']).db == 'x.db'\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stdout


# -- the dialog while the database opens --------------------------------------------------


def test_a_login_typed_while_the_database_opens_goes_ahead_once_it_is_open(  # type: ignore[no-untyped-def]
    qtbot, sqlite_agency: Agency
) -> None:
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.opening and ui.intro_label.text() == "Opening the database…"
    qtbot.keyClicks(ui.username_edit, "wendy")
    qtbot.keyClicks(ui.password_edit, PASSWORD)
    qtbot.keyClick(ui.password_edit, Qt.Key.Key_Return)
    assert dialog.checking and ui.login_button.text() == "Checking…"  # waits for the database
    assert dialog.actor is None and dialog.isVisible()

    with qtbot.waitSignal(dialog.logged_in, timeout=10_000) as logged_in:
        dialog.database_ready(sqlite_agency.db, "Test Agency")
        assert ui.agency_label.text() == "Test Agency"
        assert ui.intro_label.text() == "Log in with your pswdesk account."
    assert logged_in.args[0].username == "wendy"


def test_what_is_typed_while_the_database_opens_is_kept(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, "wendy")
    qtbot.keyClicks(dialog.ui.password_edit, "half a passw")
    dialog.database_ready(sqlite_agency.db, "Test Agency")
    assert not dialog.opening and not dialog.checking
    assert dialog.ui.username_edit.text() == "wendy"
    assert dialog.ui.password_edit.text() == "half a passw"
    assert dialog.ui.login_button.isEnabled() and dialog.ui.login_button.text() == "&Log in"


def test_an_empty_field_is_asked_for_while_the_database_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text == "Enter your user name." and not dialog.checking


# -- run_app: the window first, the database behind it ------------------------------------


def _when(condition: Callable[[], object], then: Callable[[], None]) -> None:
    """Run ``then`` once ``condition`` holds, checking between events (run_app blocks)."""
    if condition():
        then()
    else:
        QTimer.singleShot(20, lambda: _when(condition, then))


def _login_window() -> LoginDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog)]
    return found[0] if found and found[0].isVisible() else None


def _main_window() -> MainWindow | None:
    """The main window on screen (a hidden frame built during a login is not it)."""
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and shiboken6.isValid(w) and w.isVisible()
    ]
    return found[0] if found else None


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_login_window_is_up_and_taking_typing_before_the_database_is_open(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str
) -> None:
    """Another computer holds the schema table (as a migration would): opening waits on it,
    and meanwhile the login window is up; the login typed then goes through once it opens."""
    holder = Database(db_url, upgrade=False)
    conn = holder.engine.connect()
    conn.begin()
    conn.exec_driver_sql("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE")
    seen: dict[str, object] = {}

    def while_opening() -> None:
        dialog = _login_window()
        assert dialog is not None
        seen["opening"] = dialog.opening
        seen["intro"] = dialog.ui.intro_label.text()
        qtbot.keyClicks(dialog.ui.username_edit, "wendy")
        qtbot.keyClicks(dialog.ui.password_edit, PASSWORD)
        qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
        seen["checking"] = dialog.checking
        conn.rollback()  # the lock goes: the database opens
        _when(_main_window, logged_in)

    def logged_in() -> None:
        window = _main_window()
        assert window is not None
        seen["user"] = window.actor.username
        window.close()  # closing the main window quits

    try:
        QTimer.singleShot(0, while_opening)
        assert run_app(db_url) == 0
    finally:
        conn.close()
        holder.dispose()
    assert seen == {
        "opening": True,
        "intro": "Opening the database…",
        "checking": True,
        "user": "wendy",
    }


def test_a_database_that_cannot_open_hides_the_login_window_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, tmp_path
) -> None:
    """The same message as before the window came first, with the login window gone."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    seen: list[tuple[str, bool, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        made_by = "not made by pswdesk" if "not made by pswdesk" in box.text() else box.text()
        seen.append((box.windowTitle(), _login_window() is None, made_by))
        box.accept()

    QTimer.singleShot(0, answer)
    assert run_app(str(path)) == 1
    assert seen == [("pswdesk cannot open the database", True, "not made by pswdesk")]
