"""Each main page against a service that really fails: one calm sentence where the user looks.

The failures are real, on SQLite and PostgreSQL:

- *locked*: another handle holds the write lock (``tests.db_locks``) and the page's own
  handle gives up after a short busy timeout, so the save meets ``DatabaseBusy``;
- *gone*: a table the page reads is renamed away from a second handle, so the read
  fails with a driver error the page must show as ``operations.UNEXPECTED``, never
  its text;
- *conflict*: a second handle changes the record first, so the save meets
  ``ConflictError``.

Every list page is driven against the *gone* case too (``LIST_PAGES``). Each test
checks the page's own message (its error label, status line or message area) holds
a sentence from ``operations.error_text``, that no traceback text is shown, and
that what was typed is still in the form. A backup folder that cannot be
used is the backup page's own test (``test_backup_page.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text

from pswdesk.db import Database
from pswdesk.gui.backup_page import BackupPage
from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.list_pages import DraftsPage
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import UNEXPECTED
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.gui.user_dialog import UserDialog
from pswdesk.gui.users_page import UsersPage
from pswdesk.services import notes, users
from tests.conftest import Agency
from tests.db_locks import SHORT_BUSY_MS, write_lock_held
from tests.gui.helpers import open_window
from tests.gui.test_note_editor import complete_content
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui


@pytest.fixture
def page_db(db_url: str) -> Iterator[Database]:
    """The page's own handle (this PC), which gives up on another's lock after a moment."""
    db = Database(db_url, busy_timeout_ms=SHORT_BUSY_MS)
    yield db
    db.dispose()


def _calm(shown: str) -> None:
    assert shown, "nothing was shown"
    assert "Traceback" not in shown and "sqlalchemy" not in shown.lower()
    assert "\n" not in shown.strip()


def _busy_sentence(shown: str) -> None:
    _calm(shown)  # error_text's sentence, after the page's own "Not approved: " and the like
    assert "The database is busy with another change" in shown, shown


def _rename_away(db_url: str, table: str) -> None:
    """Another handle takes the table away: the page's next read fails for real."""
    other = Database(db_url, upgrade=False)
    try:
        with other.engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE {table} RENAME TO {table}_gone"))
    finally:
        other.dispose()


# -- reading pages -----------------------------------------------------------------------


def test_caseload_that_cannot_be_read_says_so_calmly(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database
) -> None:
    new_client(agency, agency.wendy, "Cara Client")
    page = CaseloadPage(page_db, agency.wendy, "mine", "My caseload")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    _rename_away(db_url, "clients")
    page.refresh()
    qtbot.waitUntil(page.error_label.isVisible, timeout=10_000)
    assert page.error_label.text() == UNEXPECTED
    _calm(page.error_label.text())


def test_drafts_list_that_cannot_be_read_says_so_calmly(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database
) -> None:
    client_id = new_client(agency, agency.wendy)
    notes.create_draft(agency.db, agency.wendy, client_id)
    page = DraftsPage(page_db, agency.wendy)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    _rename_away(db_url, "notes")
    page.refresh()
    qtbot.waitUntil(page.error_label.isVisible, timeout=10_000)
    assert page.error_label.text() == UNEXPECTED


#: Every other page that lists from the database: (page, who opens it, a table it reads).
LIST_PAGES = [
    ("pswdesk.gui.list_pages:ReturnedPage", "wendy", "notes"),
    ("pswdesk.gui.list_pages:ReviewQueuePage", "sam", "notes"),
    ("pswdesk.gui.list_pages:FollowUpsPage", "wendy", "follow_ups"),
    ("pswdesk.gui.list_pages:DebriefsPage", "sam", "debrief_requests"),
    ("pswdesk.gui.no_contact_page:NoContactPage", "sam", "clients"),
    ("pswdesk.gui.stale_referrals_page:StaleReferralsPage", "sam", "referrals"),
    ("pswdesk.gui.audit_page:AuditPage", "admin", "audit_log"),
    ("pswdesk.gui.users_page:UsersPage", "admin", "users"),
]


@pytest.mark.parametrize(
    ("page_path", "who", "table"), LIST_PAGES, ids=[p[0].split(":")[1] for p in LIST_PAGES]
)
def test_every_list_page_that_cannot_be_read_says_so_calmly(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database, page_path: str, who: str, table: str
) -> None:
    module, name = page_path.split(":")
    page = getattr(importlib.import_module(module), name)(page_db, getattr(agency, who))
    qtbot.addWidget(page)
    page.show()
    label = page.error_label if hasattr(page, "error_label") else page.ui.error_label
    _rename_away(db_url, table)
    page.refresh()
    qtbot.waitUntil(label.isVisible, timeout=10_000)
    assert label.text() == UNEXPECTED


# -- saving: the note editor and review ----------------------------------------------------


def test_note_submit_meeting_a_lock_says_not_submitted_and_keeps_the_note(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database, gui_settings: QSettings
) -> None:
    client_id = new_client(agency, agency.wendy)
    draft = notes.create_draft(agency.db, agency.wendy, client_id)
    saved = notes.save_draft(agency.db, agency.wendy, draft.id, complete_content(), draft.version)
    editor = NoteEditor(page_db, agency.wendy, saved, settings=gui_settings)
    qtbot.addWidget(editor)
    editor.show()
    with write_lock_held(db_url):
        editor.ui.submit_button.click()  # nothing unsaved: straight to submit, which is refused
        qtbot.waitUntil(lambda: editor.message.startswith("Not submitted"), timeout=10_000)
    _busy_sentence(editor.message)
    assert editor.note.status == "draft" and editor.editable
    assert editor.ui.summary_edit.toPlainText() == complete_content().summary


@pytest.mark.parametrize("action", ["approve", "return"])
def test_review_meeting_a_lock_says_not_done_and_keeps_the_comment(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database, action: str
) -> None:
    note = submitted_note(agency, agency.wendy, new_client(agency, agency.wendy))
    viewer = NoteViewer(page_db, agency.sam, note.id)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    comment = "Please add who else was told about the plan."
    with write_lock_held(db_url):
        if action == "approve":
            viewer.ui.approve_button.click()
            verb = "Not approved"
        else:
            qtbot.keyClicks(viewer.ui.comment_edit, comment)
            viewer.ui.return_button.click()
            verb = "Not returned"
        qtbot.waitUntil(lambda: viewer.message.startswith(verb), timeout=10_000)
    _busy_sentence(viewer.message)
    if action == "return":
        assert viewer.ui.comment_edit.toPlainText() == comment
    assert notes.get_note(agency.db, agency.sam, note.id).status == "submitted"


# -- saving: administration ---------------------------------------------------------------


def test_new_user_meeting_a_lock_keeps_the_dialog_and_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database
) -> None:
    page = UsersPage(page_db, agency.admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=10_000)
    qtbot.mouseClick(page.ui.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    qtbot.keyClicks(dialog.ui.full_name_edit, "Nia New")
    qtbot.keyClicks(dialog.ui.username_edit, "nia")
    qtbot.keyClicks(dialog.ui.password_edit, "a long new password 7")
    qtbot.keyClicks(dialog.ui.confirm_edit, "a long new password 7")
    box = dialog.ui.button_box
    save = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
        QDialogButtonBox.StandardButton.Ok
    )
    with write_lock_held(db_url):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.ui.error_label.isVisible, timeout=20_000)  # Argon2, then refused
    _busy_sentence(dialog.ui.error_label.text())
    assert dialog.isVisible()
    assert dialog.ui.full_name_edit.text() == "Nia New"
    assert dialog.ui.username_edit.text() == "nia"
    assert "nia" not in {u.username for u in users.list_users(agency.db, agency.admin)}


def _settings_page(qtbot, agency: Agency, db: Database) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(db, agency.admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.agency is not None, timeout=10_000)
    return page


def test_agency_settings_meeting_a_lock_keep_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database
) -> None:
    page = _settings_page(qtbot, agency, page_db)
    page.ui.phone_edit.clear()
    qtbot.keyClicks(page.ui.phone_edit, "555 0100")
    with write_lock_held(db_url):
        page.ui.save_button.click()
        qtbot.waitUntil(lambda: bool(page.ui.error_label.text()), timeout=10_000)
    _busy_sentence(page.ui.error_label.text())
    assert page.ui.phone_edit.text() == "555 0100"
    assert not page.saving and page.ui.save_button.isEnabled()


def test_agency_settings_changed_from_another_pc_say_so_and_keep_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, page_db: Database
) -> None:
    page = _settings_page(qtbot, agency, page_db)
    page.ui.phone_edit.clear()
    qtbot.keyClicks(page.ui.phone_edit, "555 0100")
    current = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, current.version, email="office@example.org")
    page.ui.save_button.click()
    qtbot.waitUntil(lambda: bool(page.ui.error_label.text()), timeout=10_000)
    _calm(page.ui.error_label.text())
    assert page.ui.error_label.text() != UNEXPECTED
    assert page.ui.phone_edit.text() == "555 0100"


# -- saving: the client record --------------------------------------------------------------


def test_a_record_tab_save_meeting_a_lock_keeps_the_dialog_and_its_text(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database, gui_settings: QSettings
) -> None:
    cid = new_client(agency, agency.wendy, "Gina")
    window = open_window(qtbot, page_db, agency.wendy, gui_settings)
    record = window.open_client(cid)
    assert record is not None
    tab = record.show_tab("goals")
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded and not tab.loading, timeout=10_000)
    qtbot.mouseClick(tab.ui.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=5_000)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.ui.text_edit, "Get a bus pass")
    qtbot.keyClicks(dialog.ui.why_edit, "So I can see my kids on Sundays")
    with write_lock_held(db_url):
        save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.ui.error_label.text()), timeout=10_000)
    _busy_sentence(dialog.ui.error_label.text())
    assert dialog.isVisible()
    assert dialog.ui.why_edit.toPlainText() == "So I can see my kids on Sundays"
    assert tab.model.rowCount() == 0


# -- the backup page -------------------------------------------------------------------------


def _backup_page(qtbot, agency: Agency, db: Database) -> BackupPage:  # type: ignore[no-untyped-def]
    page = BackupPage(db, agency.admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.settings is not None, timeout=10_000)
    return page


def test_backup_page_that_cannot_be_read_says_so_calmly(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database
) -> None:
    page = _backup_page(qtbot, agency, page_db)
    _rename_away(db_url, "backups")
    page.refresh()
    qtbot.waitUntil(page.ui.backup_error.isVisible, timeout=10_000)
    assert page.ui.backup_error.text() == UNEXPECTED


def test_backup_settings_meeting_a_lock_keep_the_folder_typed(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, page_db: Database, tmp_path
) -> None:
    page = _backup_page(qtbot, agency, page_db)
    page.ui.folder_edit.clear()
    qtbot.keyClicks(page.ui.folder_edit, str(tmp_path))
    with write_lock_held(db_url):
        page.ui.save_button.click()
        qtbot.waitUntil(lambda: bool(page.ui.settings_error.text()), timeout=10_000)
    _busy_sentence(page.ui.settings_error.text())
    assert page.ui.folder_edit.text() == str(tmp_path)
    assert not page.working and page.ui.save_button.isEnabled()
