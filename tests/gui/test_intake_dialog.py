"""Registering and editing a client through the real intake dialog, on both backends.

Typed as a person types: the duplicate panel answers while typing, saving with a
match shown needs the "different person" tick, problems show next to their field
and everything typed stays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.duplicate_panel import match_text
from pswdesk.gui.intake_dialog import IntakeDialog, parse_date
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import audit, clients, intake, users
from pswdesk.services.client_input import ClientInput
from pswdesk.services.duplicates import DuplicateMatch
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window

pytestmark = pytest.mark.gui

ANA = ClientInput(
    "Ana Smith", legal_name="Ana María Smith", date_of_birth=dt.date(1990, 3, 25),
    phone="(555) 123-4567",
)  # fmt: skip


def _save(qtbot, dialog: IntakeDialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()


def _panel_settled(qtbot, dialog: IntakeDialog) -> None:  # type: ignore[no-untyped-def]
    """The debounced check has run and its answer is in."""
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and not dialog.checking, timeout=10_000)
    assert wait_for_operations()


def _open_intake(qtbot, window) -> IntakeDialog:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, modifiers)
    dialog = window.intake
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    return dialog


def test_register_with_the_duplicate_warning_and_the_different_person_tick(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    existing = intake.register_client(a.db, a.wendy, ANA)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    dialog = _open_intake(qtbot, window)
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.workers_list.count() > 0 and ui.workers_list.isEnabled())
    assert not ui.different_check.isVisible()

    qtbot.keyClicks(ui.preferred_name_edit, "Anna Smith")
    qtbot.keyClicks(ui.date_of_birth_edit, "1990-03-25")
    _panel_settled(qtbot, dialog)  # while typing: a close name, the same date of birth
    assert dialog.panel.shown_ids == (existing.id,)
    texts = [label.text() for label in ui.duplicate_rows.findChildren(QLabel)]
    assert any("Ana Smith" in t and "similar name and same date of birth" in t for t in texts)
    assert [b.text() for b in ui.duplicate_rows.findChildren(QPushButton)] == ["Open"]
    assert ui.different_check.isVisible() and not ui.hidden_label.isVisible()

    _save(qtbot, dialog)  # a match is shown: not without the tick
    assert dialog.isVisible()
    assert "This is a different person" in dialog.field_error("duplicates")
    assert ui.preferred_name_edit.text() == "Anna Smith"

    # Opening the match shows its record; the form stays open with what was typed.
    qtbot.mouseClick(ui.duplicate_rows.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)
    record = window.current_record()
    assert record is not None and record.client_id == existing.id
    assert dialog.isVisible() and ui.date_of_birth_edit.text() == "1990-03-25"

    dialog.set_worker_checked(a.sam.id, False)
    dialog.set_worker_checked(a.will.id, True)
    qtbot.mouseClick(ui.different_check, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    new = window.current_record()
    assert new is not None and new.client_id != existing.id
    qtbot.waitUntil(lambda: new.detail is not None)
    assert new.ui.name_label.text() == "Anna Smith"
    assert new.ui.workers_label.text() == "Assigned to Will Worker"
    created = audit.list_entries(a.db, a.admin, action="client.created")
    entry = next(e for e in created if e.entity_id == new.client_id)
    assert entry.details["duplicate_override"] is True
    assert entry.details["not_a_duplicate_of"] == [existing.id]


def test_a_worker_sees_only_that_someone_may_be_registered(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    intake.register_client(a.db, a.walt, ANA)  # another team's client
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    dialog = _open_intake(qtbot, window)
    ui = dialog.ui
    assert not ui.workers_list.isVisible()
    assert ui.workers_value.text() == "Wendy Worker (you)"
    qtbot.keyClicks(ui.preferred_name_edit, "Ana")
    qtbot.keyClicks(ui.phone_edit, "555 123 4567")
    _panel_settled(qtbot, dialog)
    assert dialog.panel.report.hidden == 1 and dialog.panel.shown_ids == ()
    assert ui.hidden_label.isVisible()
    assert "ask your supervisor" in ui.hidden_label.text()
    assert not ui.duplicate_rows.findChildren(QPushButton)  # no name, nothing to open

    ui.different_check.setChecked(True)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    names = [r.preferred_name for r in clients.list_caseload(a.db, a.wendy)]
    assert names == ["Ana"]


def test_problems_show_next_to_their_fields_and_nothing_typed_is_lost(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    dialog = _open_intake(qtbot, window)
    ui = dialog.ui
    qtbot.keyClicks(ui.legal_name_edit, "Robin Quinn")
    qtbot.keyClicks(ui.date_of_birth_edit, "25/03/1990")
    qtbot.keyClicks(ui.email_edit, "robin at home")
    ui.emergency_contact_edit.setPlainText("Sam\x00 (sister)")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("preferred_name") == (
        "The client needs a name they want to be called."
    )
    assert "year-month-day" in dialog.field_error("date_of_birth")
    assert dialog.field_error("email") == "This does not look like an email address."
    assert "NUL" in dialog.field_error("emergency_contact")
    assert ui.legal_name_edit.text() == "Robin Quinn"
    assert ui.email_edit.text() == "robin at home"
    # The fields stop at the service's limits.
    assert ui.pronouns_edit.maxLength() == 40 and ui.preferred_name_edit.maxLength() == 200

    qtbot.keyClicks(ui.preferred_name_edit, "Robin")
    ui.date_of_birth_edit.setText("1990-03-25")
    ui.email_edit.setText("robin@example.org")
    ui.emergency_contact_edit.setPlainText("Sam (sister) 555 0100")
    ui.email_ok_check.setChecked(True)
    ui.safety_check.setChecked(True)
    qtbot.keyClicks(ui.preferred_language_edit, "Tagalog")
    qtbot.keyClicks(ui.referral_source_edit, "Hospital discharge team")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    record = window.current_record()
    assert record is not None
    qtbot.waitUntil(lambda: record.detail is not None)
    d = record.detail
    assert d is not None
    assert (d.preferred_name, d.date_of_birth, d.email) == (
        "Robin", dt.date(1990, 3, 25), "robin@example.org",
    )  # fmt: skip
    assert d.email_ok_message and d.safety_sensitive and not d.phone_ok_message
    assert (d.preferred_language, d.referral_source) == ("Tagalog", "Hospital discharge team")
    assert [w.id for w in d.workers] == [a.wendy.id]


def test_edit_details_keeps_the_typing_on_a_conflict(qtbot, agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = agency
    client = intake.register_client(a.db, a.wendy, ClientInput("Lee", phone="555 0101"))
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = window.open_client(client.id)
    qtbot.waitUntil(lambda: record.detail is not None and record.edit_action.isEnabled())
    record.edit_action.trigger()
    dialog = record.dialog
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    assert dialog.ui.phone_edit.text() == "555 0101"
    assert not dialog.ui.workers_list.isVisible()
    dialog.ui.phone_edit.setText("555 0199")

    # Someone else saves the record meanwhile.
    clients.update_client(
        a.db, a.sam, client.id, client.version, ClientInput("Lee", pronouns="he/him")
    )
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Sam Supervisor" in dialog.ui.error_label.text()
    assert dialog.ui.phone_edit.text() == "555 0199"
    dialog.reject()

    # Edit again, from the record as it is now: saved, and the header shows it.
    qtbot.waitUntil(lambda: record.detail is not None and record.detail.pronouns == "he/him")
    record.edit_action.trigger()
    dialog = record.dialog
    assert isinstance(dialog, IntakeDialog)
    assert dialog.ui.pronouns_edit.text() == "he/him"
    dialog.ui.phone_edit.setText("555 0199")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert record.ui.phone_value.text() == "555 0199"


def test_an_empty_caseload_offers_to_register_the_first_client(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = window.show_view("caseload")
    assert isinstance(page, CaseloadPage)
    button = page.ui.empty_register_button
    qtbot.waitUntil(button.isVisible)
    assert page.ui.register_button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(window.intake, IntakeDialog) and window.intake.isVisible()
    window.intake.reject()


def test_a_worker_may_not_register_where_the_agency_says_so(
    qtbot, agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    settings = users.get_agency(a.db)
    users.update_agency(a.db, a.admin, settings.version, workers_may_register_clients=False)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    assert not window.ui.action_new_client.isEnabled()
    assert window.new_client() is None
    page = window.show_view("caseload")
    assert isinstance(page, CaseloadPage)
    assert not page.ui.register_button.isVisible()
    supervisor = main_window(qtbot, a.db, "sam", gui_settings)
    assert supervisor.ui.action_new_client.isEnabled()


def test_dates_are_read_only_when_unambiguous() -> None:
    assert parse_date(" 1990-03-25 ") == dt.date(1990, 3, 25)
    assert parse_date("19900325") == dt.date(1990, 3, 25)
    assert parse_date("1990/3/5") == dt.date(1990, 3, 5)
    assert parse_date("") is None
    for bad in ("25/03/1990", "03-25-90", "1990-02-30", "soon"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_match_text_escapes_names() -> None:
    m = DuplicateMatch(3, "<b>Jo</b>", "", None, "closed", ("same phone number",))
    text = match_text(m)
    assert "&lt;b&gt;Jo&lt;/b&gt;" in text and "Closed" in text and "no birth date" in text
