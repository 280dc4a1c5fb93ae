"""Administrators: create a user who can then log in, deactivate, reset a password, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pswdesk.gui.audit_page import AuditPage
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.gui.user_dialog import PasswordDialog, UserDialog
from pswdesk.gui.users_page import UsersPage
from pswdesk.services import users
from tests.conftest import Agency
from tests.gui.helpers import log_in, main_window, wait_for_rows

pytestmark = pytest.mark.gui

NEW_PASSWORD = "a brand new password"


def _users_page(qtbot, agency: Agency, gui_settings) -> UsersPage:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, agency.db, "admin", gui_settings)
    page = window.show_view("users")
    assert isinstance(page, UsersPage)
    wait_for_rows(qtbot, page.ui.table_view, 6)
    return page


def _select(qtbot, page: UsersPage, username: str) -> None:  # type: ignore[no-untyped-def]
    row = next(i for i, u in enumerate(page.model.rows) if u.username == username)
    view = page.ui.table_view
    rect = view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected() is not None and page.selected().username == username


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.ui.button_box
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
        QDialogButtonBox.StandardButton.Ok
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()  # saved off the GUI thread


def test_admin_creates_a_user_who_can_then_log_in(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    page = _users_page(qtbot, sqlite_agency, gui_settings)
    qtbot.mouseClick(page.ui.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, UserDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.full_name_edit, "Nia New")
    qtbot.keyClicks(dialog.ui.username_edit, "nia")
    assert dialog.ui.worker_check.isChecked()  # new staff are workers unless told otherwise
    sam = dialog.ui.supervisor_combo.findText("Sam Supervisor (sam)")
    assert sam > 0
    dialog.ui.supervisor_combo.setCurrentIndex(sam)
    qtbot.keyClicks(dialog.ui.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.ui.confirm_edit, NEW_PASSWORD)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    wait_for_rows(qtbot, page.ui.table_view, 7)
    assert page.ui.status_label.text() == "Created Nia New (nia)."
    nia = next(u for u in page.model.rows if u.username == "nia")
    assert nia.roles == ("worker",) and nia.supervisor_name == "Sam Supervisor"

    login = log_in(qtbot, sqlite_agency.db, "nia", NEW_PASSWORD)
    assert login.actor is not None and login.actor.full_name == "Nia New"


def test_refused_user_keeps_the_dialog_open_with_the_reason(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    page = _users_page(qtbot, sqlite_agency, gui_settings)
    qtbot.mouseClick(page.ui.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.username_edit, "wendy")  # taken
    qtbot.keyClicks(dialog.ui.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.ui.confirm_edit, NEW_PASSWORD)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "already taken" in dialog.ui.error_label.text()
    dialog.ui.username_edit.clear()
    qtbot.keyClicks(dialog.ui.username_edit, "shorty")
    dialog.ui.password_edit.setText("short")
    dialog.ui.confirm_edit.setText("short")
    _save(qtbot, dialog)
    assert "at least 8 characters" in dialog.ui.error_label.text()


def test_admin_changes_roles_and_deactivates(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    page = _users_page(qtbot, sqlite_agency, gui_settings)
    _select(qtbot, page, "will")
    qtbot.mouseClick(page.ui.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.ui.username_edit.isEnabled()
    assert not dialog.ui.password_edit.isVisible()
    dialog.ui.supervisor_check.setChecked(True)
    dialog.ui.supervisor_combo.setCurrentIndex(
        dialog.ui.supervisor_combo.findText("Sue Supervisor (sue)")
    )
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.ui.status_label.text() == "Saved Will Worker (will).")
    will = next(
        u for u in users.list_users(sqlite_agency.db, sqlite_agency.admin) if u.username == "will"
    )
    assert will.roles == ("worker", "supervisor") and will.supervisor_name == "Sue Supervisor"

    _select(qtbot, page, "walt")
    assert page.ui.active_button.text() == "&Deactivate"
    qtbot.mouseClick(page.ui.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.status_label.text() == "Deactivated Walt Worker (walt).")
    assert log_in(qtbot, sqlite_agency.db, "walt").actor is None


def test_admin_resets_a_password(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    page = _users_page(qtbot, sqlite_agency, gui_settings)
    _select(qtbot, page, "wendy")
    qtbot.mouseClick(page.ui.password_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog)
    qtbot.keyClicks(dialog.ui.password_edit, NEW_PASSWORD)
    qtbot.keyClicks(dialog.ui.confirm_edit, NEW_PASSWORD)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert log_in(qtbot, sqlite_agency.db, "wendy", NEW_PASSWORD).actor is not None


def test_agency_settings_are_saved(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "admin", gui_settings)
    page = window.show_view("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.agency is not None, timeout=10_000)
    page.ui.name_edit.clear()
    qtbot.keyClicks(page.ui.name_edit, "Riverside Peer Support")
    page.ui.idle_spin.setValue(3)
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    assert page.ui.status_label.text().startswith("Saved at")
    agency = users.get_agency(sqlite_agency.db)
    assert agency.name == "Riverside Peer Support" and agency.idle_lock_minutes == 3
    assert window.windowTitle().startswith("Riverside Peer Support — ")
    assert window.idle.minutes == 3

    page.ui.name_edit.clear()
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    assert page.ui.error_label.text() == "The agency needs a name"


def test_audit_log_loads_off_the_gui_thread(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "admin", gui_settings)
    page = window.show_view("audit")
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.loading)
    newest = page.model.row_at(0)
    assert newest.action == "login" and newest.who == "Ada Admin"
    assert newest.action_label == "Signed in"
    page.ui.action_combo.setCurrentText("User account created")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 6)
    assert {r.action for r in page.model.rows} == {"user.created"}
