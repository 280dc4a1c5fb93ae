"""The note editor against a locked database: "retrying", the text kept, then saved.

A second handle holds the write lock (``tests.db_locks``); the editor's own handle has
a short busy timeout, so its save gives up quickly with ``DatabaseBusy``. The editor
must say "Not saved yet — retrying…", keep every character typed, try again on its own
(a timer, backing off) and say "Saved" once the lock is released. SQLite and PostgreSQL.
And the app started on a read-only database says so before anything opens.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pswdesk.db import Database, resolve_url
from pswdesk.gui.app import run_app
from pswdesk.gui.note_editor import RETRYING, NoteEditor
from pswdesk.services import clients, notes
from pswdesk.services.clients import ClientInput
from tests.conftest import PG_ENV, Agency, new_pg_database
from tests.db_locks import SHORT_BUSY_MS, write_lock_held
from tests.gui.helpers import answer_next_message

pytestmark = pytest.mark.gui

TYPED = "Talked about the move; worried about the new neighbours."


@pytest.fixture
def impatient_db(db_url: str) -> Iterator[Database]:
    """This PC's handle on the database, which gives up on a lock after a moment."""
    db = Database(db_url, busy_timeout_ms=SHORT_BUSY_MS)
    yield db
    db.dispose()


def _editor(qtbot, agency: Agency, db: Database, gui_settings: QSettings) -> NoteEditor:  # type: ignore[no-untyped-def]
    client_id = clients.create_client(agency.db, agency.wendy, ClientInput("Bea Client")).id
    note_id = notes.create_draft(agency.db, agency.wendy, client_id).id
    editor = NoteEditor(
        db, agency.wendy, notes.get_note(db, agency.wendy, note_id), settings=gui_settings
    )
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _stored_summary(agency: Agency, editor: NoteEditor) -> str:
    return notes.get_note(agency.db, agency.wendy, editor.note.id).content.summary


@pytest.mark.parametrize("how", ["autosave", "save button"])
def test_a_save_meeting_a_locked_database_retries_and_keeps_the_text(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, impatient_db: Database, gui_settings: QSettings, how: str
) -> None:
    editor = _editor(qtbot, agency, impatient_db, gui_settings)
    label = editor.ui.save_state_label
    with write_lock_held(db_url) as lock:
        qtbot.keyClicks(editor.ui.summary_edit, TYPED)
        if how == "save button":
            editor.ui.save_button.click()
        # autosave: the idle timer saves a moment after typing stops
        qtbot.waitUntil(lambda: label.text() == RETRYING, timeout=10_000)
        assert editor.ui.summary_edit.toPlainText() == TYPED
        assert editor.dirty
        assert _stored_summary(agency, editor) == ""  # not saved: readers still get through
        # It keeps trying while the lock is held: a second refusal, still the same words.
        first = editor._retry_ms
        qtbot.waitUntil(lambda: editor._retry_ms > first and not editor.saving, timeout=10_000)
        assert label.text() == RETRYING
        assert editor.ui.summary_edit.toPlainText() == TYPED
        lock.release()
        qtbot.waitUntil(lambda: label.text().startswith("Saved"), timeout=15_000)
    assert not editor.dirty
    assert editor.ui.summary_edit.toPlainText() == TYPED
    assert _stored_summary(agency, editor) == TYPED
    assert "Not saved" not in editor.message


def test_submit_during_a_lock_goes_on_once_the_save_is_through(  # type: ignore[no-untyped-def]
    qtbot, agency: Agency, db_url: str, impatient_db: Database, gui_settings: QSettings
) -> None:
    """Submit saves first; refused for the lock, the save is retried and the submit follows."""
    from tests.gui.test_note_editor import complete_content

    editor = _editor(qtbot, agency, impatient_db, gui_settings)
    complete = notes.save_draft(
        agency.db, agency.wendy, editor.note.id, complete_content(), editor.note.version
    )
    editor._show_note(complete)
    label = editor.ui.save_state_label
    with write_lock_held(db_url) as lock:
        qtbot.keyClicks(editor.ui.location_edit, "Library")
        editor.ui.submit_button.click()
        qtbot.waitUntil(lambda: label.text() == RETRYING, timeout=10_000)
        assert editor.ui.location_edit.text() == "Library"
        lock.release()
        qtbot.waitUntil(lambda: editor.note.status == "submitted", timeout=15_000)
    assert notes.get_note(agency.db, agency.wendy, editor.note.id).content.location == "Library"
    assert editor.message.startswith("Submitted")


def test_the_app_says_a_read_only_database_is_read_only_when_it_starts(  # type: ignore[no-untyped-def]
    qtbot, pg_template: str
) -> None:
    """Not a traceback at the first save or at login: one sentence before anything opens.

    A server database whose transactions are read-only by default (a standby, a login
    without write rights behaves alike); SQLite's read-only file is the command's test
    in ``tests/test_database_failures.py``, since root (CI) is not stopped by ``chmod``.
    """
    url, drop = new_pg_database(pg_template)
    name = make_url(url).database
    admin = create_engine(resolve_url(os.environ[PG_ENV]), isolation_level="AUTOCOMMIT")
    seen: list[str] = []
    try:
        with admin.connect() as a:
            a.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        answer_next_message(seen)
        assert run_app(url) == 1
    finally:
        admin.dispose()
        drop()
    assert seen and seen[0].startswith("This database is read-only"), seen
    assert "Traceback" not in seen[0] and "ask the administrator for write access" in seen[0]
