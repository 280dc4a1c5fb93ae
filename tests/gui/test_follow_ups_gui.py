"""The follow-ups panel on the client record and the "Follow-ups due" list: the
outcome chooser, rescheduling to a date, Undo straight after, days overdue, the owner."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import update

from pswdesk.gui.follow_up_actions import OutcomeDialog, OwnerDialog
from pswdesk.gui.list_pages import FollowUpsPage
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.record_tabs.follow_ups_panel import FollowUpDialog, FollowUpsPanel
from pswdesk.models import FollowUp
from pswdesk.services import clients, followups
from pswdesk.vocabulary import FollowUpOutcome
from tests.conftest import Agency
from tests.gui.helpers import main_window, wait_for_rows
from tests.notes_support import new_client

pytestmark = pytest.mark.gui

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today


def _overdue(a: Agency, follow_up_id: int, days: int) -> None:
    """Make a follow-up due ``days`` ago (the service refuses a past date for a new one)."""
    with a.db.write() as s:
        s.execute(
            update(FollowUp)
            .where(FollowUp.id == follow_up_id)
            .values(due_date=today() - dt.timedelta(days=days))
        )


def _panel(qtbot, a: Agency, who: str, cid: int, settings) -> FollowUpsPanel:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, a.db, who, settings)
    record = window.open_client(cid)
    assert record is not None
    panel = record.follow_ups
    qtbot.waitUntil(lambda: panel.loaded and not panel.loading, timeout=10_000)
    return panel


def _open_dialog(qtbot, panel: FollowUpsPanel):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5_000)
    return panel.dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()


def _due_cell(model, row: int) -> str:  # type: ignore[no-untyped-def]
    return str(model.index(row, 0).data())


def test_panel_outcome_undo_and_days_overdue(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Pia")
    f = followups.add_follow_up(a.db, a.wendy, cid, today(), "Phone about the appointment")
    _overdue(a, f.id, 3)
    panel = _panel(qtbot, a, "wendy", cid, gui_settings)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 1)
    assert _due_cell(panel.model, 0).endswith("(3 days overdue)")
    assert panel.ui.summary_label.text() == "1 open · 1 overdue"
    assert panel.undo_button.isHidden()

    qtbot.mouseClick(panel.ui.done_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(qtbot, panel)
    assert isinstance(dialog, OutcomeDialog)
    assert not dialog.form.due_date_edit.isEnabled()  # a date only for a reschedule
    no_answer = dialog.form.outcome_buttons[FollowUpOutcome.NO_ANSWER]
    qtbot.mouseClick(no_answer, Qt.MouseButton.LeftButton, pos=QPoint(8, no_answer.height() // 2))
    assert no_answer.isChecked()
    qtbot.keyClicks(dialog.form.comment_edit, "Rang twice")
    _save(qtbot, dialog)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 0)
    qtbot.waitUntil(lambda: panel.undo_button.isVisible())
    assert panel.ui.hint_label.text() == "Done: Phone about the appointment (no answer)."

    panel.ui.show_done_check.setChecked(True)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 1)
    row = panel.model.row_at(0)
    assert (row.outcome, row.outcome_note) == (FollowUpOutcome.NO_ANSWER, "Rang twice")
    assert panel.model.index(0, 3).data().startswith("No answer, ")
    assert _due_cell(panel.model, 0).endswith("overdue") is False  # done: no longer late

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.row_at(0).done_at is None)
    assert panel.undo_button.isHidden()
    assert panel.ui.hint_label.text().startswith("Undone: open again")


def test_panel_reschedule_to_a_date_and_undo_it(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Quin")
    f = followups.add_follow_up(a.db, a.wendy, cid, today(), "Home visit")
    panel = _panel(qtbot, a, "wendy", cid, gui_settings)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 1)
    assert _due_cell(panel.model, 0).endswith("(today)")

    qtbot.mouseClick(panel.ui.done_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(qtbot, panel)
    dialog.choose(FollowUpOutcome.RESCHEDULED)
    assert dialog.form.due_date_edit.isEnabled()
    new_day = today() + dt.timedelta(days=10)
    dialog.form.due_date_edit.setDate(new_day)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.row_at(0).id != f.id)
    moved = panel.model.row_at(0)
    assert (moved.due_date, moved.rescheduled_from_id) == (new_day, f.id)
    assert panel.ui.hint_label.text().startswith("Rescheduled: now due ")

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.model.row_at(0).id == f.id)
    assert panel.model.row_at(0).due_date == today()


def test_panel_new_follow_up_for_the_supervisor_and_give_to(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Rae")
    clients.assign_worker(a.db, a.sam, cid, a.will.id)
    panel = _panel(qtbot, a, "wendy", cid, gui_settings)
    qtbot.mouseClick(panel.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(qtbot, panel)
    assert isinstance(dialog, FollowUpDialog)
    combo = dialog.owner_combo
    qtbot.waitUntil(lambda: combo.count() == 3)
    assert [combo.itemText(i) for i in range(3)] == [
        "Wendy Worker (me)", "Sam Supervisor (supervisor)", "Will Worker",
    ]  # fmt: skip
    combo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.ui.description_edit, "Check the letter arrived")
    _save(qtbot, dialog)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 1)
    assert panel.model.row_at(0).owner_name == "Sam Supervisor"

    # A second one of Wendy's, given to Will.
    followups.add_follow_up(a.db, a.wendy, cid, today() + dt.timedelta(days=2), "Call")
    panel.refresh()
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 2)
    call = [r.description for r in panel.model.rows].index("Call")  # due first
    panel.ui.follow_ups_table.selectRow(call)
    qtbot.mouseClick(panel.owner_button, Qt.MouseButton.LeftButton)
    owner = _open_dialog(qtbot, panel)
    assert isinstance(owner, OwnerDialog)
    qtbot.waitUntil(lambda: owner.form.owner_combo.count() == 3)
    owner.form.owner_combo.setCurrentIndex(owner.form.owner_combo.findData(a.will.id))
    _save(qtbot, owner)
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 2 and panel.model.row_at(call).owner_name == "Will Worker"
    )


def test_list_outcome_reschedule_undo_and_overdue(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Ida Example")
    f = followups.add_follow_up(a.db, a.wendy, cid, today(), "Phone about the housing letter")
    _overdue(a, f.id, 1)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = window.show_view("followups")
    assert isinstance(page, FollowUpsPage)
    view = page.ui.table_view
    wait_for_rows(qtbot, view, 1)
    assert _due_cell(page.model, 0).endswith("(1 day overdue)")
    assert page.undo_button.isHidden()

    page.ui.table_view.selectRow(0)
    qtbot.mouseClick(page.ui.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome_dialog is not None and page.outcome_dialog.isVisible())
    dialog = page.outcome_dialog
    assert dialog is not None
    dialog.choose(FollowUpOutcome.LEFT_MESSAGE)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.ui.hint_label.text() == "Done: Ida Example (left a message).")
    wait_for_rows(qtbot, view, 0)
    assert page.undo_button.isVisible()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.hint_label.text() == "Undone: Ida Example, open again.")
    wait_for_rows(qtbot, view, 1)
    assert page.undo_button.isHidden()

    # Rescheduled from the list: the row shows its new date, not overdue any more.
    page.ui.table_view.selectRow(0)
    qtbot.mouseClick(page.ui.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome_dialog is not dialog and page.outcome_dialog.isVisible())
    again = page.outcome_dialog
    again.choose(FollowUpOutcome.RESCHEDULED)
    again.form.due_date_edit.setDate(today() + dt.timedelta(days=2))
    _save(qtbot, again)
    qtbot.waitUntil(
        lambda: page.ui.hint_label.text().startswith("Rescheduled: Ida Example, now due")
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).id != f.id)
    assert not page.model.row_at(0).overdue


def test_a_refused_reschedule_keeps_the_dialog_open(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Sol")
    followups.add_follow_up(a.db, a.wendy, cid, today(), "Call")
    followups.add_follow_up(a.db, a.wendy, cid, today() + dt.timedelta(days=7), "Visit")
    panel = _panel(qtbot, a, "wendy", cid, gui_settings)
    wait_for_rows(qtbot, panel.ui.follow_ups_table, 2)
    panel.ui.follow_ups_table.selectRow(0)
    qtbot.mouseClick(panel.ui.done_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(qtbot, panel)
    dialog.choose(FollowUpOutcome.RESCHEDULED)
    dialog.form.due_date_edit.setDate(today() + dt.timedelta(days=7))  # "Visit" is that day
    qtbot.keyClicks(dialog.form.comment_edit, "Asked to move it")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.field_error("due_date") != "")
    assert "already has a follow-up" in dialog.field_error("due_date")
    assert dialog.isVisible() and dialog.form.comment_edit.text() == "Asked to move it"
    assert panel.undo_button.isHidden()
