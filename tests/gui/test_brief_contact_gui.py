"""The quick log of a brief contact through the real widgets, on a real (SQLite) database:
from the record and from the caseload, a refusal that keeps the typing, a full note
instead, tab order and the shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pswdesk.gui.brief_contact_dialog import BriefContactDialog
from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.navigation import shortcuts_table
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import brief_contacts, clients, notes
from pswdesk.vocabulary import NoteStatus, RiskLevel
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window, wait_for_rows
from tests.notes_support import new_client

pytestmark = pytest.mark.gui


def _record(qtbot, window, client_id: int) -> ClientRecord:  # type: ignore[no-untyped-def]
    record = window.open_client(client_id)
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10_000)
    qtbot.waitUntil(lambda: record.brief_button.isEnabled(), timeout=10_000)
    return record


def _dialog(qtbot, record: ClientRecord) -> BriefContactDialog:  # type: ignore[no-untyped-def]
    panel = record.brief_contacts
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5_000)
    assert isinstance(panel.dialog, BriefContactDialog)
    return panel.dialog


def _save(qtbot, dialog: BriefContactDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.form.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()


def _choose(combo, value: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_log_from_the_record_lists_it_and_moves_last_contact(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Gina")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = _record(qtbot, window, cid)
    qtbot.mouseClick(record.brief_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, record)
    assert record.ui.record_tabs.currentIndex() == 1  # the Notes tab, where it is listed
    form = dialog.form
    _choose(form.type_combo, "text")
    form.minutes_spin.setValue(4)
    qtbot.keyClicks(form.text_edit, "Texted back: Thursday works")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    panel = record.brief_contacts
    wait_for_rows(qtbot, panel.ui.table, 1)
    (row,) = panel.model.rows
    assert (row.text, row.minutes, row.contact_type.value) == (
        "Texted back: Thursday works",
        4,
        "text",
    )
    assert panel.ui.hint_label.text() == "Brief contact logged."
    (listed,) = clients.list_caseload(a.db, a.wendy)
    assert listed.last_contact == row.contact_at


def test_serious_risk_is_refused_keeps_the_text_and_becomes_a_full_note(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Hana")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = _record(qtbot, window, cid)
    dialog = record.log_brief_contact()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    form = dialog.form
    qtbot.keyClicks(form.text_edit, "Said she cannot keep going")
    form.minutes_spin.setValue(20)
    _choose(form.risk_combo, RiskLevel.HIGH.value)
    # Said at once, next to the risk, with the full note put forward.
    assert "full note" in dialog.field_error("risk_level")
    assert form.full_note_button.isDefault()
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Write a full note instead" in dialog.field_error("risk_level")
    assert form.text_edit.toPlainText() == "Said she cannot keep going"
    assert brief_contacts.client_brief_contacts(a.db, a.wendy, cid) == []
    qtbot.mouseClick(form.full_note_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    (brief,) = brief_contacts.client_brief_contacts(a.db, a.wendy, cid)
    assert brief.became_note_id is not None
    note = notes.get_note(a.db, a.wendy, brief.became_note_id)
    assert note.status == NoteStatus.DRAFT
    assert note.content.summary == "Said she cannot keep going"
    assert note.content.duration_minutes == 20
    # The draft opens in the editor, and the panel points at it.
    qtbot.waitUntil(lambda: brief.became_note_id in window.note_windows, timeout=10_000)
    panel = record.brief_contacts
    wait_for_rows(qtbot, panel.ui.table, 1)
    assert panel.model.rows[0].became_note_id == brief.became_note_id


def test_shortcut_from_the_caseload_and_one_tab_per_field(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Ivy")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = window.show_view("caseload")
    assert isinstance(page, CaseloadPage)
    wait_for_rows(qtbot, page.ui.table_view, 1)
    page.ui.table_view.selectRow(0)
    activate(qtbot, window)
    assert window.action_brief_contact.shortcut().toString() == "Ctrl+Shift+B"
    assert "Log brief contact" in shortcuts_table(window._all_actions())
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BriefContactDialog)]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialogs), timeout=5_000)
    (dialog,) = [d for d in dialogs if d.isVisible()]
    assert dialog.client_id == cid
    assert "Ivy" in dialog.windowTitle()
    form = dialog.form
    activate(qtbot, dialog)
    form.when_edit.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        form.when_edit,
        form.type_combo,
        form.minutes_spin,
        form.text_edit,
        form.risk_combo,
    ]
    qtbot.keyClicks(form.text_edit, "Dropped in for the leaflet")
    _choose(form.type_combo, "drop_in")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    (row,) = brief_contacts.client_brief_contacts(a.db, a.wendy, cid)
    assert row.text == "Dropped in for the leaflet"


def test_her_supervisor_reads_them_and_may_not_correct_them(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Jade")
    brief_contacts.log_contact(
        a.db, a.wendy, cid,
        brief_contacts.BriefContactInput(
            contact_at=clients.get_client(a.db, a.wendy, cid).created_at,
            contact_type="phone", minutes=5, text="Left a message",
        ),
    )  # fmt: skip
    window = main_window(qtbot, a.db, "sam", gui_settings)
    record = _record(qtbot, window, cid)
    record.show_notes()
    panel = record.brief_contacts
    wait_for_rows(qtbot, panel.ui.table, 1)
    assert panel.model.rows[0].text == "Left a message"
    assert panel.model.rows[0].author_name == "Wendy Worker"
    assert not panel.ui.correct_button.isEnabled()
    assert panel.correct() is None
