"""The login dialog: success, the same message for a wrong password and an unknown name,
lockout, and demo accounts shown only for a demo database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.operations import pending
from pswdesk.services import users
from tests.conftest import Agency
from tests.gui.helpers import log_in

pytestmark = pytest.mark.gui


def test_worker_logs_in(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    dialog = log_in(qtbot, sqlite_agency.db, "wendy")
    assert dialog.actor is not None
    assert dialog.actor.username == "wendy"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_wrong_password_does_not_say_whether_the_name_exists(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    wrong_password = log_in(qtbot, sqlite_agency.db, "wendy", "not her password")
    unknown_name = log_in(qtbot, sqlite_agency.db, "nobody-here", "not her password")
    assert wrong_password.actor is None and unknown_name.actor is None
    assert wrong_password.error_text == "Wrong user name or password."
    assert unknown_name.error_text == wrong_password.error_text
    assert wrong_password.isVisible()  # the dialog stays open for another try
    assert wrong_password.ui.password_edit.text() == ""  # the wrong password is cleared
    assert wrong_password.ui.username_edit.text() == "wendy"


def test_empty_fields_are_asked_for(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(sqlite_agency.db, "Test Agency")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text == "Enter your user name."


def test_lockout_message_after_repeated_failures(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    attempts = users.get_agency(sqlite_agency.db).max_failed_logins
    for _ in range(attempts):
        log_in(qtbot, sqlite_agency.db, "will", "wrong wrong wrong")
    dialog = log_in(qtbot, sqlite_agency.db, "will")  # the right password, too late
    assert dialog.actor is None
    assert "locked" in dialog.error_text


@dataclass
class Account:
    username: str
    role: str
    password: str


def test_demo_accounts_are_listed_and_fill_the_form(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    accounts = [Account("wendy", "Worker", "correct horse 42"), Account("sam", "Supervisor", "x")]
    dialog = LoginDialog(sqlite_agency.db, "Demo", accounts, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.demo_table
    assert dialog.ui.demo_group.isVisible()
    assert table.rowCount() == 2
    assert table.item(0, 2).text() == "correct horse 42"
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.ui.username_edit.text() == "wendy"
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=10_000)
    assert dialog.actor is not None and dialog.actor.username == "wendy"


def test_no_accounts_are_shown_outside_demo_mode(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(sqlite_agency.db, "Test Agency")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.demo_group.isVisible()


def test_unlock_accepts_only_the_same_person(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(sqlite_agency.db, "Test Agency", unlock_for=sqlite_agency.wendy)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.username_edit.text() == "wendy"
    assert not dialog.ui.username_edit.isEnabled()
    with qtbot.waitSignal(dialog.logged_in):
        qtbot.keyClicks(dialog.ui.password_edit, "correct horse 42")
        qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)


def test_the_password_check_leaves_the_window_responsive(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    """Argon2 runs off the GUI thread: while it runs the button says so and a second
    Enter does not start a second check; the busy cursor goes when the answer comes."""
    dialog = LoginDialog(sqlite_agency.db, "Test Agency")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, "wendy")
    qtbot.keyClicks(dialog.ui.password_edit, "not her password")
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    assert dialog.checking and not dialog.ui.login_button.isEnabled()
    assert dialog.ui.login_button.text() == "Checking…"
    assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    assert pending() == 1
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert dialog.error_text == "Wrong user name or password."
    assert dialog.ui.login_button.isEnabled() and dialog.ui.login_button.text() == "&Log in"
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor
