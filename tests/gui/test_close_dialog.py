"""Closing and reopening a client's file through the real record and dialogs, on both
backends: what is still open is listed first, the closed record says so and takes no
edits, the caseload finds it again with "Show closed", the reopening needs a reason."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.close_dialog import CloseDialog
from pswdesk.gui.no_contact_page import NoContactPage
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.record_tabs.reason_dialog import ReasonDialog
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.models import Client
from pswdesk.services import clients, closing, followups, notes, users
from pswdesk.vocabulary import ClientStatus, CloseReason
from tests.conftest import Agency
from tests.gui.helpers import main_window, wait_for_rows
from tests.notes_support import new_client

pytestmark = pytest.mark.gui


def _record(qtbot, window, client_id: int) -> ClientRecord:  # type: ignore[no-untyped-def]
    record = window.open_client(client_id)
    qtbot.waitUntil(lambda: record.detail is not None and record.ui.actions_button.isEnabled())
    return record


def _settled(qtbot, dialog: CloseDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)


def _press_save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()


def test_close_after_resolving_what_is_open_then_reopen(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    cid = new_client(a, a.wendy, "Nico")
    followups.add_follow_up(a.db, a.sam, cid, dt.date.today(), "Call about the housing letter")
    draft = notes.create_draft(a.db, a.sam, cid)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    record = _record(qtbot, window, cid)
    assert record.close_action.isVisible() and not record.reopen_action.isVisible()
    record.close_action.trigger()
    dialog = record.dialog
    assert isinstance(dialog, CloseDialog) and dialog.isVisible()
    _settled(qtbot, dialog)
    ui = dialog.ui
    items = [ui.blockers_list.item(i).text() for i in range(ui.blockers_list.count())]
    assert len(items) == 2
    assert items[0].startswith("Follow-up due") and "housing letter" in items[0]
    assert items[1].startswith("Your unsubmitted draft")
    assert not dialog.close_button.isEnabled()
    assert ui.on_edit.date().toPython() == dt.date.today()

    ui.blockers_list.setCurrentRow(0)
    qtbot.mouseClick(ui.done_blocker_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    _settled(qtbot, dialog)
    assert ui.blockers_list.count() == 1 and not dialog.close_button.isEnabled()

    # The draft is deleted elsewhere; the change notice makes the dialog look again.
    notes_page = record.notes_page
    record.show_notes()
    wait_for_rows(qtbot, notes_page.table_view, 1)
    notes_page.table_view.setCurrentIndex(notes_page.model.index(0, 0))
    notes_page.drafts.delete(notes_page.model.row_at(0))
    assert wait_for_operations()
    _settled(qtbot, dialog)
    assert draft.id not in [n.id for n in notes.my_drafts(a.db, a.sam)]
    assert "Nothing is still open" in ui.blockers_status.text()
    assert dialog.close_button.isEnabled()

    _press_save(qtbot, dialog)  # no reason chosen yet
    assert dialog.isVisible() and dialog.field_error("reason") == "Choose why the file closes."
    dialog.set_reason(CloseReason.OTHER)
    _press_save(qtbot, dialog)  # Other needs words
    assert dialog.field_error("text") == "Say in a few words why the file closes."
    qtbot.keyClicks(ui.text_edit, "Moved in with family out of town")
    _press_save(qtbot, dialog)
    assert not dialog.isVisible()

    today = record.ui.closed_label.text()
    assert record.ui.closed_frame.isVisible()
    assert today.startswith("Closed on ") and today.endswith(
        "— Other: Moved in with family out of town"
    )
    assert not record.ui.new_note_button.isEnabled() and not record.edit_action.isEnabled()
    assert not record.close_action.isVisible() and record.reopen_action.isVisible()
    assert clients.get_client(a.db, a.sam, cid, audit_open=False).status == ClientStatus.CLOSED

    # The caseload: gone, until "Show closed".
    page = window.show_view("team")
    assert isinstance(page, CaseloadPage)
    qtbot.waitUntil(lambda: not page.model.loading)
    assert cid not in [r.id for r in page.model.rows]
    page.ui.closed_check.setChecked(True)
    qtbot.waitUntil(lambda: cid in [r.id for r in page.model.rows], timeout=10_000)

    # Reopen: the banner's button asks why.
    window.open_client(cid)
    qtbot.mouseClick(record.ui.closed_button, Qt.MouseButton.LeftButton)
    reopen = record.dialog
    assert isinstance(reopen, ReasonDialog) and reopen.isVisible()
    _press_save(qtbot, reopen)
    assert reopen.isVisible() and reopen.field_error("reason") == "Say why the file is reopened."
    qtbot.keyClicks(reopen.ui.reason_edit, "Came back after the move fell through")
    _press_save(qtbot, reopen)
    assert not reopen.isVisible()
    assert not record.ui.closed_frame.isVisible()
    assert record.ui.new_note_button.isEnabled() and record.close_action.isVisible()


def test_a_worker_closes_only_where_the_agency_allows(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    cid = new_client(a, a.wendy, "Ola")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = _record(qtbot, window, cid)
    assert not record.close_action.isVisible()
    assert not record.assign_action.isVisible() and not record.merge_action.isVisible()


def test_no_contact_list_proposes_closing(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    quiet = new_client(a, a.wendy, "Quinn")
    new_client(a, a.wendy, "Recent")
    with a.db.write() as s:  # registered long ago, never seen since
        row = s.get(Client, quiet)
        assert row is not None
        row.created_at = row.created_at - dt.timedelta(days=200)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    page = window.show_view("no_contact")
    assert isinstance(page, NoContactPage)
    wait_for_rows(qtbot, page.ui.table_view, 1)
    assert page.model.row_at(0).id == quiet
    assert "90 days" in page.ui.description_label.text()
    page.ui.table_view.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.ui.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.close_dialog is not None and page.close_dialog.isVisible())
    dialog = page.close_dialog
    assert dialog is not None
    _settled(qtbot, dialog)
    dialog.set_reason(CloseReason.NO_CONTACT)
    _press_save(qtbot, dialog)
    assert not dialog.isVisible()
    wait_for_rows(qtbot, page.ui.table_view, 0)
    assert closing.no_contact_clients(a.db, a.sam) == []


def test_settings_page_sets_who_registers_and_closes(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    window = main_window(qtbot, a.db, "admin", gui_settings)
    page = window.show_view("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.agency is not None, timeout=10_000)
    ui = page.ui
    assert ui.workers_register_check.isChecked() and not ui.workers_close_check.isChecked()
    assert ui.no_contact_spin.value() == 90
    ui.workers_register_check.setChecked(False)
    ui.workers_close_check.setChecked(True)
    ui.no_contact_spin.setValue(30)
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    saved = users.get_agency(a.db)
    assert (saved.workers_may_register_clients, saved.workers_may_close_clients) == (False, True)
    assert saved.no_contact_days == 30

    # A worker now closes their own client's file, and may not register one.
    cid = new_client(a, a.sam, "Sol")
    clients.assign_worker(a.db, a.sam, cid, a.wendy.id)
    worker = main_window(qtbot, a.db, "wendy", gui_settings)
    assert not worker.ui.action_new_client.isEnabled()
    record = _record(qtbot, worker, cid)
    assert record.close_action.isVisible()
