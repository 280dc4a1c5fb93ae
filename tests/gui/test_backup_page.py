"""Administrator > Backup and restore, the daily backup while the app runs, the old-backup
banner, Help > About and the server password in Agency settings."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pswdesk import keys
from pswdesk.db import Database, sqlite_path
from pswdesk.gui.about_dialog import AboutDialog
from pswdesk.gui.app import AppController
from pswdesk.gui.backup_page import BackupPage, age_text, size_text
from pswdesk.gui.backup_schedule import BackupSchedule
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.services import audit_chain, backups, checkpoints, users
from tests.conftest import PASSWORD, Agency
from tests.gui.helpers import open_window
from tests.notes_support import new_client

pytestmark = pytest.mark.gui


def _page(qtbot, window: MainWindow) -> BackupPage:  # type: ignore[no-untyped-def]
    page = window.show_view("backup")
    assert isinstance(page, BackupPage)
    qtbot.waitUntil(lambda: page.settings is not None, timeout=10_000)
    return page


def _back_up(qtbot, page: BackupPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.ui.backup_button, Qt.MouseButton.LeftButton)
    assert page.working and page.ui.busy_bar.isVisible()
    qtbot.waitUntil(lambda: not page.working, timeout=30_000)


def test_sizes_and_ages_read_plainly() -> None:
    assert size_text(812 * 1024) == "812 KB"
    assert size_text(int(14.2 * 1024 * 1024)) == "14.2 MB"
    now = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
    assert age_text(now - dt.timedelta(seconds=30), now) == "just now"
    assert age_text(now - dt.timedelta(hours=5), now) == "5 hours ago"
    assert age_text(now - dt.timedelta(days=3, hours=2), now) == "3 days ago"


def test_back_up_now_into_a_chosen_folder(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.admin, gui_settings)
    assert "Backup and restore" in window.nav_titles()
    # No backup yet: the main window warns the administrator, and so does the page.
    qtbot.waitUntil(lambda: window.ui.backup_banner.isVisible(), timeout=10_000)
    assert "no backup of this database yet" in window.ui.backup_banner.text()
    page = _page(qtbot, window)
    ui = page.ui
    assert ui.overdue_banner.isVisible() and not ui.server_label.isVisible()
    assert ui.keep_spin.value() == 14
    assert ui.last_good_label.text() == "No good backup has been made yet."

    folder = tmp_path / "backups"
    folder.mkdir()
    ui.folder_edit.clear()
    qtbot.keyClicks(ui.folder_edit, str(folder))
    ui.keep_spin.setValue(3)
    _back_up(qtbot, page)  # the changed folder and number are saved first
    assert not ui.backup_error.isVisible(), ui.backup_error.text()
    made = list(folder.glob("pswdesk-*.db"))
    assert len(made) == 1
    result = ui.backup_result.text()
    assert str(made[0]) in result and "Checked" in result and ("KB" in result or "MB" in result)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.rows[0].path == str(made[0])
    assert not ui.overdue_banner.isVisible()
    assert ui.last_good_label.text().startswith("Last good backup:")
    saved = backups.settings(sqlite_agency.db, sqlite_agency.admin)
    assert (saved.folder, saved.keep) == (str(folder), 3)
    qtbot.waitUntil(lambda: not window.ui.backup_banner.isVisible(), timeout=10_000)


def test_a_folder_that_cannot_be_used_is_said_on_the_page(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.admin, gui_settings)
    page = _page(qtbot, window)
    ui = page.ui
    ui.folder_edit.setText(str(tmp_path / "not-there"))
    ui.folder_edit.setModified(True)
    _back_up(qtbot, page)
    assert ui.settings_error.isVisible()
    assert "is not a folder that exists" in ui.settings_error.text()
    assert list(tmp_path.glob("**/pswdesk-*.db")) == []
    if os.name != "nt" and os.geteuid() != 0:
        locked = tmp_path / "read-only"
        locked.mkdir()
        locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            ui.folder_edit.setText(str(locked))
            qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not page.working, timeout=10_000)
            assert ui.settings_error.isVisible() and str(locked) in ui.settings_error.text()
        finally:
            locked.chmod(stat.S_IRWXU)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_checks_asks_then_returns_to_the_login_on_the_restored_database(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path, request
) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_agency.db
    folder = tmp_path / "backups"
    folder.mkdir()
    backups.set_settings(db, sqlite_agency.admin, str(folder), 14)
    backup = Path(backups.make_backup(db, sqlite_agency.admin).path)
    users.update_agency(db, sqlite_agency.admin, users.get_agency(db).version, name="Renamed")

    controller = AppController(db, settings=gui_settings, quit_app=lambda: None)
    controller.show_main(sqlite_agency.admin)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    assert isinstance(window, MainWindow)
    request.addfinalizer(lambda: shiboken6.isValid(window) and window.close())
    page = _page(qtbot, window)
    page.choose_restore(backup)
    qtbot.waitUntil(lambda: page.confirm_box is not None, timeout=30_000)
    box = page.confirm_box
    assert isinstance(box, QMessageBox)
    live = sqlite_path(db.url)
    assert live is not None
    text = box.text()
    assert str(backup) in text and "Test Agency" in text
    assert str(live) in text and f"{live.name}.replaced-" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    yes = box.findChild(type(box.defaultButton()), "restore_yes")
    assert yes is not None
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(controller.login, LoginDialog), timeout=30_000)
    login = controller.login
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    assert controller.db is not db
    assert users.get_agency(controller.db).name == "Test Agency"  # as it was in the backup
    kept = list(live.parent.glob(f"{live.name}.replaced-*"))
    assert len(kept) == 1
    assert controller.notice is not None and str(kept[0]) in controller.notice.text()
    controller.notice.close()
    controller.db.dispose()


def test_a_backup_of_another_agency_is_refused_and_nothing_changes(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other = Database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        admin = users.initialise(other, "Other Agency", "oa", "Other Admin", PASSWORD)
        foreign = tmp_path / "foreign.db"
        backups.make_backup(other, admin, foreign)
    finally:
        other.dispose()
    live = sqlite_path(sqlite_agency.db.url)
    assert live is not None
    with sqlite_agency.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(live)
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.admin, gui_settings)
    page = _page(qtbot, window)
    page.choose_restore(foreign)
    qtbot.waitUntil(lambda: page.ui.restore_error.isVisible(), timeout=30_000)
    assert page.ui.restore_error.text().startswith("This backup cannot be restored: ")
    assert (
        "another" in page.ui.restore_error.text()
        and "Nothing was changed" in page.ui.restore_error.text()
    )
    assert page.confirm_box is None
    assert list(live.parent.glob(f"{live.name}.replaced-*")) == []
    assert users.get_agency(sqlite_agency.db).name == "Test Agency"
    assert sqlite_agency.db.engine.dispose() is None and _digest(live) == before


def test_the_daily_backup_runs_when_due_and_a_failure_is_a_status_line(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_agency.db
    folder = tmp_path / "daily"
    folder.mkdir()
    assert not backups.due(db)  # no folder chosen: nothing is made
    backups.set_settings(db, sqlite_agency.admin, str(folder), 14)
    assert backups.due(db)

    window = open_window(qtbot, db, sqlite_agency.admin, gui_settings)
    schedule = window.backup_schedule
    assert schedule.timer.isActive() and schedule.timer.interval() == 60 * 60 * 1000
    qtbot.waitUntil(lambda: list(folder.glob("pswdesk-*.db")) != [], timeout=30_000)
    qtbot.waitUntil(lambda: not schedule.running, timeout=30_000)
    last = backups.last_good(db)
    assert last is not None and last.scheduled and last.made_by == backups.SCHEDULED_BY
    assert "Daily backup made" in window.ui.status_bar.currentMessage()
    assert not backups.due(db)

    # The folder goes away (a USB drive unplugged): a calm line for the administrator.
    typed = window.ui.status_bar  # nothing modal may appear
    folder.rename(tmp_path / "unplugged")
    failing = BackupSchedule(db, window, run=lambda d: backups.make_scheduled(d))
    failing.failed.connect(window._scheduled_backup_failed)
    with qtbot.waitSignal(failing.failed, timeout=30_000) as failed:
        failing.check()
    assert failed.args[0]
    assert window.ui.status_bar.currentMessage().startswith("The daily backup was not made")
    assert typed.isVisible()
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]


def test_the_window_writes_a_checkpoint_as_it_closes_and_the_hourly_check_daily(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_agency.db
    folder = tmp_path / "checkpoints"
    folder.mkdir()
    backups.set_settings(db, sqlite_agency.admin, str(folder), 14)
    backups.make_backup(db, sqlite_agency.admin)  # not due today, so the hour writes none
    made = set(checkpoints.own_checkpoints(folder))
    window = open_window(qtbot, db, sqlite_agency.wendy, gui_settings)
    qtbot.waitUntil(lambda: not window.backup_schedule.running, timeout=30_000)
    assert set(checkpoints.own_checkpoints(folder)) == made  # the day's one is recent
    window.close()
    assert set(checkpoints.own_checkpoints(folder)) == made  # nothing new in the log to cover
    window = open_window(qtbot, db, sqlite_agency.wendy, gui_settings)
    new_client(sqlite_agency, sqlite_agency.wendy)  # the day's work adds to the log
    window.close()
    new = set(checkpoints.own_checkpoints(folder)) - made
    assert len(new) == 1
    with db.read() as s:
        head = audit_chain.head(s)
    assert checkpoints.read(new.pop()).entries == head.entries


def test_workers_see_no_backup_banner_nor_page(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.wendy, gui_settings)
    assert "Backup and restore" not in window.nav_titles()
    assert not window.backup_warning.applies
    assert not window.ui.backup_banner.isVisible()


def test_about_says_how_the_database_is_protected(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.wendy, gui_settings)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    ui = dialog.ui
    assert ui.title_label.text().startswith("pswdesk ")
    assert ui.database_value.text() == "SQLite"
    live = sqlite_path(sqlite_agency.db.url)
    assert str(live) in ui.location_value.text()
    assert ui.protection_value.text() == f"Encrypted (SQLCipher); key from {keys.ENV_KEY}"
    assert ui.backup_value.text().startswith("None yet")
    dialog.close()


def test_postgresql_backup_page_and_server_password(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, agency.db, agency.admin, gui_settings)
    page = _page(qtbot, window)
    settings = window.show_view("settings")
    assert isinstance(settings, SettingsPage)
    section = settings.database_settings
    if agency.db.is_sqlite:
        assert not page.ui.server_label.isVisible()
        assert not section.isVisible()
        return
    assert page.ui.server_label.isVisibleTo(page) and "pg_dump" in page.ui.server_label.text()
    assert not window.ui.backup_banner.isVisible()  # the server's administrator may back up
    assert section.isVisible()
    qtbot.keyClicks(section.ui.password_edit, "not the password")
    qtbot.mouseClick(section.ui.store_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.storing, timeout=20_000)
    assert section.ui.error_label.isVisible(), section.ui.status_label.text()


def test_a_plain_file_is_named_to_the_administrator_until_it_is_encrypted(
    qtbot, tmp_path, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    db = Database(str(tmp_path / "older.db"), encrypt=False)  # as an older pswdesk made it
    try:
        agency = Agency(db)
        window = open_window(qtbot, db, agency.admin, gui_settings)
        qtbot.waitUntil(lambda: window.ui.backup_banner.isVisible(), timeout=10_000)
        text = window.ui.backup_banner.text()
        assert "not encrypted" in text and "pswdesk db encrypt" in text
        window.close()
    finally:
        db.dispose()
    # An encrypted database never shows it.
    assert "not encrypted" not in _banner_text_for_encrypted(qtbot, tmp_path, gui_settings)


def _banner_text_for_encrypted(qtbot, tmp_path, gui_settings) -> str:  # type: ignore[no-untyped-def]
    db = Database(str(tmp_path / "new.db"))
    try:
        assert db.encryption is not None
        window = open_window(qtbot, db, Agency(db).admin, gui_settings)
        qtbot.waitUntil(lambda: window.ui.backup_banner.isVisible(), timeout=10_000)
        text = window.ui.backup_banner.text()
        window.close()
        return text
    finally:
        db.dispose()
