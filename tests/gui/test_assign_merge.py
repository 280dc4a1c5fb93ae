"""Who carries a client, a whole caseload moved, and two records merged, through the real
dialogs on both backends (supervisors)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from pswdesk.gui.assign_dialog import AssignDialog
from pswdesk.gui.merge_dialog import MergeDialog
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.reassign_dialog import ReassignDialog
from pswdesk.services import clients, notes
from pswdesk.vocabulary import ClientStatus, CloseReason
from tests.conftest import Agency
from tests.gui.helpers import main_window, wait_for_rows
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui


def _record(qtbot, window, client_id: int):  # type: ignore[no-untyped-def]
    record = window.open_client(client_id)
    qtbot.waitUntil(lambda: record.detail is not None and record.ui.actions_button.isEnabled())
    return record


def _click_yes(qtbot, box: QMessageBox | None, name: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(box, QMessageBox) and box.isVisible()
    yes = next(b for b in box.buttons() if b.objectName() == name)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert wait_for_operations()


def test_assign_add_remove_and_transfer(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    cid = new_client(a, a.wendy, "Tam")
    window = main_window(qtbot, a.db, "sam", gui_settings)
    record = _record(qtbot, window, cid)
    record.assign_action.trigger()
    dialog = record.dialog
    assert isinstance(dialog, AssignDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.add_combo.count() > 0)
    ui = dialog.ui
    assert [ui.workers_list.item(i).text() for i in range(ui.workers_list.count())] == [
        "Wendy Worker"
    ]
    dialog.set_combo("add", a.will.id)
    qtbot.mouseClick(ui.add_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    assert ui.workers_list.count() == 2
    assert record.ui.workers_label.text() == "Assigned to Wendy Worker, Will Worker"

    ui.workers_list.setCurrentRow(0)  # Wendy (by name)
    qtbot.mouseClick(ui.remove_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    assert record.ui.workers_label.text() == "Assigned to Will Worker"

    dialog.set_combo("transfer", a.sam.id)
    qtbot.mouseClick(ui.transfer_button, Qt.MouseButton.LeftButton)
    _click_yes(qtbot, dialog.confirm_box, "transfer_yes")
    assert not dialog.isVisible()
    detail = clients.get_client(a.db, a.sam, cid, audit_open=False)
    assert [w.id for w in detail.workers] == [a.sam.id]
    qtbot.waitUntil(lambda: record.ui.workers_label.text() == "Assigned to Sam Supervisor")


def test_reassign_a_whole_caseload(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    for name in ("Uma", "Vic"):
        new_client(a, a.wendy, name)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    assert window.ui.action_reassign_caseload.isVisible()
    dialog = window.reassign_caseload()
    assert isinstance(dialog, ReassignDialog)
    qtbot.waitUntil(lambda: dialog.move_button.isEnabled())
    dialog.choose(a.wendy.id, a.will.id)
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    _click_yes(qtbot, dialog.confirm_box, "reassign_yes")
    assert not dialog.isVisible()
    assert [c.preferred_name for c in clients.list_caseload(a.db, a.will, sort="name")] == [
        "Uma", "Vic",
    ]  # fmt: skip
    assert clients.list_caseload(a.db, a.wendy) == []
    assert window.ui.status_bar.currentMessage() == "2 clients moved."


def test_merge_two_records_of_one_person(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    keep = new_client(a, a.wendy, "Ana Smith")
    other = new_client(a, a.will, "Anna Smith")
    note = submitted_note(a, a.will, other)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    record = _record(qtbot, window, keep)
    record.merge_action.trigger()
    dialog = record.dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    ui = dialog.ui
    merge = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(ui.search_edit, "smith")
    wait_for_rows(qtbot, ui.results_view, 1)  # the record open now is not offered
    ui.results_view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.waitUntil(lambda: dialog.other is not None and dialog.other.id == other)
    assert "Anna Smith" in ui.other_view.text() and "Ana Smith" in ui.this_view.text()
    assert not merge.isEnabled()  # not before "the same person" is ticked
    ui.same_check.setChecked(True)
    assert ui.keep_this_radio.isChecked() and merge.isEnabled()
    qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    assert not dialog.isVisible()

    merged = clients.get_client(a.db, a.sam, other, audit_open=False)
    assert merged.status == ClientStatus.CLOSED and merged.close_reason == CloseReason.MERGED
    assert notes.get_note(a.db, a.sam, note.id).client_id == keep
    qtbot.waitUntil(lambda: record.ui.note_count_value.text() == "1", timeout=10_000)

    gone = _record(qtbot, window, other)
    assert gone.ui.closed_label.text() == f"Merged into client {keep}, which now carries this file."
    assert gone.ui.closed_button.text() == f"Open client {keep}"
    assert not gone.merge_action.isEnabled() and not gone.reopen_action.isVisible()
    qtbot.mouseClick(gone.ui.closed_button, Qt.MouseButton.LeftButton)
    assert window.current_record() is record


def test_transfer_to_another_team_by_user_name(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    cid = new_client(a, a.wendy, "Wren")
    window = main_window(qtbot, a.db, "sam", gui_settings)
    record = _record(qtbot, window, cid)
    record.assign_action.trigger()
    dialog = record.dialog
    assert isinstance(dialog, AssignDialog)
    qtbot.waitUntil(lambda: dialog.ui.transfer_combo.count() > 0)
    line = dialog.ui.transfer_combo.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "nobody")
    qtbot.mouseClick(dialog.ui.transfer_button, Qt.MouseButton.LeftButton)
    _click_yes(qtbot, dialog.confirm_box, "transfer_yes")
    assert dialog.isVisible() and "no user 'nobody'" in dialog.ui.error_label.text().lower()

    line.clear()
    qtbot.keyClicks(line, "walt")  # Sue's team
    qtbot.mouseClick(dialog.ui.transfer_button, Qt.MouseButton.LeftButton)
    _click_yes(qtbot, dialog.confirm_box, "transfer_yes")
    assert not dialog.isVisible()
    # Sam no longer sees the client: the record's tab closes and the status line says why.
    qtbot.waitUntil(lambda: cid not in window.records)
    assert "transferred to Walt Worker" in window.ui.status_bar.currentMessage()
    assert [c.id for c in clients.list_caseload(a.db, a.walt)] == [cid]
