"""First run: the set-up wizard on an empty database, and the app controller's path through
wizard or login to the main window."""

from __future__ import annotations

import sqlite3

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from pswdesk.gui.app import AppController, run_app
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.setup_wizard import SetupWizard
from pswdesk.services import users
from tests.conftest import PASSWORD, Agency
from tests.gui.helpers import answer_next_message

pytestmark = pytest.mark.gui


def _next(qtbot, wizard: QWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_admin(qtbot, wizard: SetupWizard, confirm: str = PASSWORD) -> None:  # type: ignore[no-untyped-def]
    ui = wizard.ui
    qtbot.keyClicks(ui.full_name_edit, "Ada Admin")
    qtbot.keyClicks(ui.username_edit, "ada")
    qtbot.keyClicks(ui.password_edit, PASSWORD)
    qtbot.keyClicks(ui.confirm_edit, confirm)


def _keep_the_key(qtbot, wizard: SetupWizard):  # type: ignore[no-untyped-def]
    """The recovery key page (tests/gui/test_keys_gui.py): tick, then Finish."""
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.key_page, timeout=10_000)
    tick = QPoint(8, wizard.ui.stored_check.height() // 2)  # on the box itself
    qtbot.mouseClick(wizard.ui.stored_check, Qt.MouseButton.LeftButton, pos=tick)
    with qtbot.waitSignal(wizard.agency_created, timeout=10_000) as created:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    return created.args[0]


def test_wizard_creates_the_agency_and_first_admin(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "a file on this computer" in wizard.ui.database_label.text()
    _next(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.NextButton)
    assert not finish.isEnabled()  # the agency needs a name first
    qtbot.keyClicks(wizard.ui.agency_name_edit, "Riverside Peer Support")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.ui.admin_page
    _fill_admin(qtbot, wizard, confirm="something else")
    finish = wizard.create_button()  # an encrypted database's key page follows
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.ui.error_label.text() == "The two passwords are not the same."
    assert not users.is_initialised(sqlite_db)

    wizard.ui.confirm_edit.clear()
    qtbot.keyClicks(wizard.ui.confirm_edit, PASSWORD)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.creating and finish.text() == "Creating…"  # Argon2 off the GUI thread
    actor = _keep_the_key(qtbot, wizard)
    assert actor.username == "ada" and actor.has("admin")
    agency = users.get_agency(sqlite_db)
    assert agency.name == "Riverside Peer Support" and not agency.is_demo


def test_wizard_offers_demo_data_instead(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.demo_requested):
        qtbot.mouseClick(wizard.ui.demo_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert not users.is_initialised(sqlite_db)  # the real database is left empty


def test_controller_runs_the_wizard_then_the_main_window(
    qtbot, sqlite_db, gui_settings, request
) -> None:  # type: ignore[no-untyped-def]
    quits: list[bool] = []
    controller = AppController(
        sqlite_db, settings=gui_settings, quit_app=lambda: quits.append(True)
    )
    controller.start()
    qtbot.waitUntil(lambda: controller.wizard is not None, timeout=10_000)
    wizard = controller.wizard
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.ui.agency_name_edit, "New Agency")
    _next(qtbot, wizard)
    _fill_admin(qtbot, wizard)
    qtbot.mouseClick(wizard.create_button(), Qt.MouseButton.LeftButton)
    _keep_the_key(qtbot, wizard)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    assert isinstance(window, MainWindow)
    # It deletes itself when logged out; close it here only if the test stops before that.
    request.addfinalizer(lambda: shiboken6.isValid(window) and window.close())
    assert window.nav_titles() == [
        "Supervision",
        "Reports",
        "Users",
        "Agency settings",
        "Audit log",
        "Emergency disclosures",
        "Export / Import",
        "Backup and restore",
    ]
    assert window.windowTitle() == "New Agency — Ada Admin (Admin) — pswdesk"

    # Logging out returns to the login dialog; closing it quits.
    window.logout()
    qtbot.waitUntil(lambda: controller.login is not None, timeout=10_000)
    login = controller.login
    assert isinstance(login, LoginDialog) and login.isVisible()
    qtbot.addWidget(login)
    qtbot.mouseClick(login.ui.quit_button, Qt.MouseButton.LeftButton)
    assert quits == [True]


def _asked_to_log_in(qtbot, agency: Agency, settings) -> tuple[AppController, LoginDialog]:  # type: ignore[no-untyped-def]
    controller = AppController(agency.db, settings=settings, quit_app=lambda: None)
    controller.start()
    qtbot.waitUntil(lambda: controller.login is not None, timeout=10_000)
    login = controller.login
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    return controller, login


def test_controller_asks_for_login_on_an_existing_agency(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    controller, login = _asked_to_log_in(qtbot, sqlite_agency, gui_settings)
    assert login.ui.agency_label.text() == "Test Agency"
    assert not login.ui.demo_group.isVisible()
    qtbot.keyClicks(login.ui.username_edit, "sue")
    qtbot.keyClicks(login.ui.password_edit, PASSWORD)
    qtbot.keyClick(login.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.actor.username == "sue"


def test_wizard_demo_opens_a_separate_demo_database(qtbot, sqlite_db, gui_settings) -> None:  # type: ignore[no-untyped-def]
    """ "Open demo data instead" builds the demo off the GUI thread, then asks for a demo login."""
    controller = AppController(sqlite_db, settings=gui_settings, quit_app=lambda: None)
    controller.start()
    qtbot.waitUntil(lambda: controller.wizard is not None, timeout=10_000)
    wizard = controller.wizard
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    qtbot.mouseClick(wizard.ui.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.login is not None, timeout=60_000)
    login = controller.login
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    assert login.ui.demo_group.isVisible()
    usernames = [
        login.ui.demo_table.item(r, 0).text() for r in range(login.ui.demo_table.rowCount())
    ]
    assert {"admin", "supervisor1", "worker1"} <= set(usernames)
    assert controller.db is not sqlite_db and users.get_agency(controller.db).is_demo
    assert not users.is_initialised(sqlite_db)  # the real database stays empty
    controller.db.dispose()


def test_run_app_reports_a_database_it_cannot_open(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A file that is not a pswdesk database: a clear message and exit code 1, no traceback."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    seen: list[str] = []
    answer_next_message(seen)
    assert run_app(str(path)) == 1
    assert seen and "not made by pswdesk" in seen[0]


def test_the_main_window_frame_is_built_during_the_check_and_kept_after_a_wrong_password(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """The frame made while the password is checked is the window the person gets, and a
    wrong password keeps it (unfilled and unseen) for the next try."""
    controller, login = _asked_to_log_in(qtbot, sqlite_agency, gui_settings)
    # The main window's code loads while the person types (never on the GUI thread).
    qtbot.waitUntil(lambda: controller._code_loaded, timeout=30_000)
    qtbot.keyClicks(login.ui.username_edit, "sue")
    qtbot.keyClicks(login.ui.password_edit, "not her password")
    qtbot.keyClick(login.ui.password_edit, Qt.Key.Key_Return)
    frame = controller.frame
    assert isinstance(frame, MainWindow) and not frame.started and not frame.isVisible()
    qtbot.waitUntil(lambda: not login.checking, timeout=10_000)
    assert login.error_text and controller.window is None
    assert controller.frame is frame and not frame.isVisible()

    login.ui.password_edit.clear()
    qtbot.keyClicks(login.ui.password_edit, PASSWORD)
    qtbot.keyClick(login.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window is frame and controller.frame is None
    qtbot.addWidget(frame)
    assert frame.started and frame.isVisible() and frame.actor.username == "sue"
    # The navigation sits above the frame's own View menu entries, as before.
    view_texts = [a.text() for a in frame.ui.view_menu.actions()]
    assert view_texts.index(frame.nav_actions[-1].text()) < view_texts.index(
        frame.appearance_menu.menuAction().text()
    )
