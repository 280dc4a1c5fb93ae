"""The main window per role: navigation, title, shortcuts, remembered view, locking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.list_pages import ReviewQueuePage
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.services import clients, users
from pswdesk.services.clients import ClientInput
from pswdesk.vocabulary import RiskLevel
from tests.conftest import PASSWORD, Agency
from tests.gui.helpers import activate, main_window, open_window, wait_for_rows
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

WORKER_VIEWS = ["My caseload", "My drafts", "Returned to me", "Follow-ups due"]
SUPERVISOR_VIEWS = [
    "Review queue", "Team caseload", "Debrief requests", "Stale referrals", "No recent contact",
]  # fmt: skip
ADMIN_VIEWS = [
    "Users", "Agency settings", "Audit log", "Emergency disclosures", "Export / Import",
    "Backup and restore",
]  # fmt: skip


def test_worker_sees_worker_views_only(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    assert window.nav_titles() == [*WORKER_VIEWS, "Supervision"]
    assert "Review queue" not in window.nav_titles()
    nav = window.ui.nav_list
    assert [nav.item(i).text() for i in range(nav.count())] == [*WORKER_VIEWS, "Supervision"]
    assert isinstance(window.current_page(), CaseloadPage)
    assert window.windowTitle() == "Test Agency — Wendy Worker (Worker) — pswdesk"
    assert not window.ui.demo_banner.isVisible()


def test_supervisor_adds_review_team_and_debriefs(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "sam", gui_settings)
    assert window.nav_titles() == [
        *WORKER_VIEWS, *SUPERVISOR_VIEWS, "Supervision", "Reports", "Audit log",
        "Emergency disclosures",
    ]  # fmt: skip
    # A supervisor starts on the review queue: nothing urgent should wait behind the caseload.
    assert isinstance(window.current_page(), ReviewQueuePage)
    assert "Worker + Supervisor" in window.windowTitle()


def test_admin_sees_users_settings_and_audit(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "admin", gui_settings)
    assert window.nav_titles() == ["Supervision", "Reports", *ADMIN_VIEWS]
    for key in ("users", "settings", "audit"):
        assert window.show_view(key) is not None
    assert window.show_view("caseload") is None  # not offered, not built


def test_several_roles_see_the_union(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    row = users.add_user(a.db, a.admin, "dora", "Dora Director", ["supervisor", "admin"], PASSWORD)
    assert row.roles == ("supervisor", "admin")
    window = main_window(qtbot, a.db, "dora", gui_settings)
    assert window.nav_titles() == [
        *WORKER_VIEWS, *SUPERVISOR_VIEWS, "Supervision", "Reports", *ADMIN_VIEWS,
    ]  # fmt: skip


def test_ctrl_number_switches_views(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "sam", gui_settings)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == "team"
    assert window.ui.content_tabs.tabText(0) == "Team caseload"
    assert window.ui.nav_list.currentItem().text() == "Team caseload"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == "caseload"


def test_every_main_action_has_a_shortcut(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    ui = window.ui
    for action in (
        ui.action_lock, ui.action_logout, ui.action_quit, ui.action_find, ui.action_refresh,
        ui.action_new_note, ui.action_close_tab, ui.action_shortcuts, *window.nav_actions,
    ):  # fmt: skip
        assert not action.shortcut().isEmpty(), action.text()
    assert ui.nav_list.accessibleName() == "Views"


def test_last_view_and_geometry_are_remembered(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = str(tmp_path / "remember.ini")
    first = open_window(
        qtbot, sqlite_agency.db, sqlite_agency.wendy, QSettings(path, QSettings.Format.IniFormat)
    )
    first.resize(first.minimumSizeHint().width() + 20, 520)  # fits the small offscreen screen
    size = first.size()
    first.show_view("followups")
    first.close()
    again = open_window(
        qtbot, sqlite_agency.db, sqlite_agency.wendy, QSettings(path, QSettings.Format.IniFormat)
    )
    assert again.current_view == "followups"
    assert again.size() == size
    # Another user keeps their own last view.
    other = open_window(
        qtbot, sqlite_agency.db, sqlite_agency.will, QSettings(path, QSettings.Format.IniFormat)
    )
    assert other.current_view == "caseload"


def test_lock_hides_records_and_unlock_restores_them(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = clients.create_client(a.db, a.wendy, ClientInput("Ann Example")).id
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = window.open_client(cid)
    assert record is not None
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.ui.root_stack.currentWidget() is window.ui.lock_page
    assert not record.isVisible()
    assert not window.ui.action_new_note.isEnabled()
    unlock = window.unlock_dialog
    assert isinstance(unlock, LoginDialog)
    qtbot.keyClicks(unlock.ui.password_edit, PASSWORD)
    qtbot.keyClick(unlock.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)  # the password is checked off the GUI thread
    assert window.current_record() is record  # the open record, untouched
    assert record.isVisible()


def test_idle_lock_after_the_agency_minutes(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    assert window.idle.minutes == users.get_agency(sqlite_agency.db).idle_lock_minutes
    window.idle._last -= window.idle.minutes * 60 + 1  # as if nobody touched it for that long
    window.idle.check()
    assert window.locked


def test_logout_returns_to_login(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    with qtbot.waitSignal(window.logged_out):
        window.ui.action_logout.trigger()
    assert not window.isVisible()


def test_demo_banner_for_a_demo_database(qtbot, sqlite_db, gui_settings) -> None:  # type: ignore[no-untyped-def]
    admin = users.initialise(sqlite_db, "Demo Agency", "admin", "Ada", PASSWORD, demo=True)
    window = open_window(qtbot, sqlite_db, admin, gui_settings)
    assert window.ui.demo_banner.isVisible()
    assert "DEMO" in window.ui.demo_banner.text()
    assert "DEMO DATA" in window.windowTitle()


def test_supervisor_review_queue_lists_submitted_notes(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """An urgent note heads the queue and is marked."""
    a = sqlite_agency
    submitted_note(a, a.wendy, new_client(a, a.wendy, "Low Risk Client"))
    submitted_note(
        a, a.will, new_client(a, a.will, "High Risk Client"),
        risk_level=RiskLevel.HIGH, risk_indicators=("thoughts of suicide",),
        risk_actions=("crisis_protocol",),
    )  # fmt: skip
    window = main_window(qtbot, a.db, "sam", gui_settings)
    page = window.current_page()
    assert isinstance(page, ReviewQueuePage)
    wait_for_rows(qtbot, page.ui.table_view, 2)
    first = page.model.row_at(0)
    assert first.client_name == "High Risk Client" and first.urgent
    QApplication.processEvents()
    assert page.ui.count_label.text() == "2 notes"
