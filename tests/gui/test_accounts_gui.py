"""Changing one's own password in the app, and the change forced at login after a reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pswdesk.gui.app import AppController
from pswdesk.gui.change_password_dialog import DIFFERENT_RULE, MATCH_RULE, ChangePasswordDialog
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.services import auth, users
from tests.conftest import PASSWORD, Agency
from tests.gui.helpers import main_window

pytestmark = pytest.mark.gui

NEW = "my own new secret"
RESET = "from the administrator"


def _type(qtbot, dialog: ChangePasswordDialog, current: str, new: str, repeat: str) -> None:  # type: ignore[no-untyped-def]
    for edit, text in ((dialog.current_edit, current), (dialog.new_edit, new),
                       (dialog.repeat_edit, repeat)):  # fmt: skip
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_file_menu_changes_the_password(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, agency.db, "wendy", gui_settings)
    action = window.action_change_password
    assert action in window.ui.file_menu.actions()
    action.trigger()
    dialog = window.findChild(ChangePasswordDialog)
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    assert not dialog.change_button.isEnabled()
    _type(qtbot, dialog, PASSWORD, "short", "short")
    states = dialog.rule_states()
    assert not states["At least 8 characters"] and states[MATCH_RULE]
    assert dialog.rule_labels["At least 8 characters"].text().startswith("○")
    assert not dialog.change_button.isEnabled()
    _type(qtbot, dialog, PASSWORD, NEW, NEW + "x")
    assert not dialog.rule_states()[MATCH_RULE] and not dialog.change_button.isEnabled()
    _type(qtbot, dialog, PASSWORD, PASSWORD, PASSWORD)
    assert not dialog.rule_states()[DIFFERENT_RULE] and not dialog.change_button.isEnabled()
    _type(qtbot, dialog, PASSWORD, NEW, NEW)
    assert all(dialog.rule_states().values())
    assert dialog.rule_labels[MATCH_RULE].text().startswith("✓")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    status = window.ui.status_bar
    qtbot.waitUntil(lambda: "password is changed" in status.currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: window.findChild(ChangePasswordDialog) is None, timeout=5_000)
    assert auth.login(agency.db, "wendy", NEW).id == agency.wendy.id


def test_a_wrong_current_password_is_said_and_counted(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, agency.db, "will", gui_settings)
    dialog = window.change_password()
    _type(qtbot, dialog, "not my password", NEW, NEW)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_text), timeout=10_000)
    assert "not your current password" in dialog.error_text
    assert "counts as a failed login" in dialog.error_text
    assert dialog.isVisible() and dialog.current_edit.text() == ""
    assert dialog.new_edit.text() == NEW  # what was typed for the new one is kept
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ChangePasswordDialog) is None, timeout=5_000)
    assert auth.login(agency.db, "will", PASSWORD).id == agency.will.id


def _controller_login(qtbot, agency: Agency, gui_settings, username: str, password: str):  # type: ignore[no-untyped-def]
    quits: list[bool] = []
    controller = AppController(
        agency.db, settings=gui_settings, quit_app=lambda: quits.append(True)
    )
    controller.start()
    qtbot.waitUntil(lambda: controller.login is not None, timeout=10_000)
    login = controller.login
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    qtbot.keyClicks(login.ui.username_edit, username)
    qtbot.keyClicks(login.ui.password_edit, password)
    qtbot.keyClick(login.ui.password_edit, Qt.Key.Key_Return)
    return controller, quits


def test_a_reset_password_must_be_changed_before_the_main_window(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    users.reset_password(agency.db, agency.admin, agency.walt.id, RESET)
    controller, quits = _controller_login(qtbot, agency, gui_settings, "walt", RESET)
    qtbot.waitUntil(lambda: controller.password_dialog is not None, timeout=10_000)
    dialog = controller.password_dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.addWidget(dialog)
    assert dialog.forced and dialog.isVisible()
    assert "reset your password" in dialog.intro_label.text()
    assert controller.window is None  # nothing of the agency's records yet
    _type(qtbot, dialog, RESET, NEW, NEW)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.actor.username == "walt" and not window.actor.must_change_password
    assert not auth.login(agency.db, "walt", NEW).must_change_password
    assert quits == []


def test_the_forced_change_cannot_be_skipped(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    users.reset_password(agency.db, agency.admin, agency.walt.id, RESET)
    controller, quits = _controller_login(qtbot, agency, gui_settings, "walt", RESET)
    qtbot.waitUntil(lambda: controller.password_dialog is not None, timeout=10_000)
    dialog = controller.password_dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.text().replace("&", "") == "Quit pswdesk"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape (or closing) is quitting, not skipping
    assert quits == [True]
    assert controller.window is None
    assert auth.login(agency.db, "walt", RESET).must_change_password  # still to be changed


def test_dialog_screenshot(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The forced dialog fits a small screen (its picture is kept for a look)."""
    actor = sqlite_agency.walt
    dialog = ChangePasswordDialog(sqlite_agency.db, actor, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, RESET, "long enough now", "long enough")
    size = dialog.sizeHint()
    assert size.width() <= 1280 and size.height() <= 720
    assert dialog.grab().save(str(tmp_path / "change_password.png"))
