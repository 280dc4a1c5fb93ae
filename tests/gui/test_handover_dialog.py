"""The handover dialog driven through real widgets: consent choices, generation off the GUI
thread, the in-app preview, Save as PDF and printing (both read back with pypdf), refusals
and the emergency path.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton

from pswdesk.gui.handover_dialog import HandoverDialog
from pswdesk.gui.handover_preview import default_file_name
from pswdesk.gui.main_window import MainWindow
from pswdesk.models import CareTeamMember, Disclosure
from pswdesk.services.consent_rules import SECTION_KEYS
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window
from tests.notes_support import new_client
from tests.test_handover import approved, consent, submitted

pytestmark = pytest.mark.gui

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today


def _client(agency: Agency, *, active: bool) -> tuple[int, dict[str, int]]:
    """A client with signed notes, one submitted note, a revoked consent and maybe a live one."""
    cid = new_client(agency, agency.wendy, "Robin Marker")
    approved(agency, cid, "A1", days_ago=20)
    approved(agency, cid, "A2", days_ago=10)
    approved(agency, cid, "OLD", days_ago=200)  # outside the default 90 days
    submitted(agency, cid, "SUB")
    with agency.db.write() as s:
        member = CareTeamMember(
            client_id=cid, name="Dr Rivera", role="GP", organisation="Eastside Practice"
        )
        s.add(member)
        s.flush()
        member_id = member.id
    consents = {
        "revoked": consent(
            agency,
            cid,
            ["goals"],
            recipient="Revoked Clinic",
            revoked=today() - dt.timedelta(days=3),
        )
    }
    if active:
        consents["narrow"] = consent(agency, cid, ["goals", "contacts"], member_id=member_id)
    return cid, consents


def _open_dialog(qtbot, agency: Agency, cid: int, settings: QSettings) -> HandoverDialog:  # type: ignore[no-untyped-def]
    """Log in as Wendy, open the client, press the header's Handover button."""
    window = main_window(qtbot, agency.db, "wendy", settings)
    record = window.open_client(cid)
    qtbot.waitUntil(record.ui.handover_button.isEnabled)  # once the client's details are in
    qtbot.mouseClick(record.ui.handover_button, Qt.MouseButton.LeftButton)
    dialog = record.findChild(HandoverDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.recipient_combo.isEnabled() and dialog.plan is not None)
    return dialog


def _click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Click a check box on its box, where a person would."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(9, button.height() // 2))


def _generate(qtbot, dialog: HandoverDialog, *, made: bool = True) -> None:  # type: ignore[no-untyped-def]
    before = dialog.generated
    qtbot.mouseClick(dialog.ui.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.ui.busy_bar.isVisible()  # the GUI thread is free meanwhile
    assert not dialog.ui.generate_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert (dialog.generated is not before) == made


def _disclosures(agency: Agency) -> list[Disclosure]:
    with agency.db.read() as s:
        rows = list(s.query(Disclosure).order_by(Disclosure.id))
        s.expunge_all()
        return rows


def test_generate_preview_save_and_print(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid, consents = _client(a, active=True)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    ui = dialog.ui
    assert dialog.windowTitle() == "Handover summary — Robin Marker"

    # The recipients are the client's consents: the live one first and chosen, the revoked
    # one listed but not selectable, with the reason in its text.
    combo = ui.recipient_combo
    assert combo.count() == 2
    assert combo.itemText(0).startswith("Dr Rivera (GP, Eastside Practice) — active")
    assert combo.currentData() == consents["narrow"]
    assert combo.itemText(1).startswith("Revoked Clinic — revoked ")
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    assert not model.item(1).isEnabled()
    assert "Covers: Goals and progress, Contact summaries." in ui.consent_label.text()
    assert not ui.recipient_error.isVisible()

    # Default period: the last 90 days to today; the counts come from the service.
    assert ui.to_date_edit.date().toPython() == today()
    assert ui.from_date_edit.date().toPython() == today() - dt.timedelta(days=90)
    assert (
        ui.contacts_label.text() == "2 approved contacts in this period; 1 more not yet reviewed."
    )

    # Sections: what the consent covers is ticked; the rest cannot be ticked and says why.
    checks = dialog.section_checks
    assert [k for k in SECTION_KEYS if checks[k].isChecked()] == ["goals", "contacts"]
    assert not checks["risk"].isEnabled() and dialog.section_notes["risk"].isVisible()
    assert dialog.section_notes["risk"].text() == "— not covered by consent"
    _click(qtbot, checks["risk"])
    assert not checks["risk"].isChecked()
    assert not dialog.section_notes["goals"].isVisible()

    # The record notice is in the dialog before anything is generated.
    assert "records a disclosure" in ui.intro_label.text()
    assert (
        not dialog.preview.ui.save_button.isEnabled()
        and not dialog.preview.ui.print_button.isEnabled()
    )

    _generate(qtbot, dialog)
    made = dialog.generated
    assert made is not None and not made.result.emergency
    pages = made.result.pages
    assert pages >= 1 and dialog.preview.page_count == pages
    assert dialog.preview.ui.preview_stack.currentWidget() is dialog.preview.ui.pdf_page
    assert dialog.preview.pdf_view.document() is dialog.preview.pdf_document
    info = dialog.preview.ui.preview_info_label.text()
    assert info.startswith(f"Handover {made.result.disclosure_id} prepared at ")
    assert dialog.preview.ui.page_label.text() == f"Page 1 of {pages}"
    assert dialog.preview.ui.save_button.isEnabled() and dialog.preview.ui.print_button.isEnabled()
    (row,) = _disclosures(a)
    assert row.id == made.result.disclosure_id and row.consent_id == consents["narrow"]
    assert row.sections == ["goals", "contacts"]

    # Save as PDF writes the generated file; a name without .pdf gets it.
    saved = dialog.preview.save_pdf(tmp_path / "for Dr Rivera")
    assert saved == tmp_path / "for Dr Rivera.pdf"
    reader = PdfReader(saved)
    assert len(reader.pages) == pages
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert "SUMMARY-A1" in text and "SUMMARY-OLD" not in text and "SUMMARY-SUB" not in text
    assert (
        dialog.preview.ui.output_status.isVisible()
        and str(saved) in dialog.preview.ui.output_status.text()
    )
    assert len(_disclosures(a)) == 1  # saving is not another disclosure

    # Printing renders every page into the printer (a PDF printer here, not the dialog).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.preview.print_pdf(printer)
    assert len(PdfReader(printed).pages) == pages
    assert f"Sent {pages} page" in dialog.preview.ui.output_status.text()

    # The past handovers list shows it, released by the save.
    qtbot.waitUntil(
        lambda: len(dialog.history.disclosures) == 1 and dialog.history.disclosures[0].released
    )
    assert dialog.history.ui.history_table.rowCount() == 1
    assert dialog.history.ui.history_table.item(0, 2).text() == "Dr Rivera (GP, Eastside Practice)"
    assert dialog.history.ui.history_table.item(0, 3).text() == f"Consent {consents['narrow']}"
    details = dialog.history.ui.history_details.text()
    assert "Sections: Goals and progress, Contact summaries." in details
    assert f"under consent {consents['narrow']}" in details
    assert "(1)" in ui.right_tabs.tabText(ui.right_tabs.indexOf(ui.history_tab))

    # Changing a choice afterwards says the preview is of the earlier summary.
    _click(qtbot, checks["goals"])
    assert not checks["goals"].isChecked()
    assert "Generate again" in dialog.preview.ui.output_status.text()
    _click(qtbot, ui.unreviewed_check)
    _generate(qtbot, dialog)
    second = _disclosures(a)[-1]
    assert second.sections == ["contacts"] and dialog.generated.result.contacts == 3


def test_menu_shortcut_opens_the_same_dialog(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid, _ = _client(a, active=True)
    window: MainWindow = main_window(qtbot, a.db, "wendy", gui_settings)
    assert window.ui.action_handover.shortcut().toString() == "Ctrl+Shift+H"
    activate(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Open a client's record first" in window.ui.status_bar.currentMessage()

    record = window.open_client(cid)
    qtbot.waitUntil(lambda: record.detail is not None)
    activate(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = record.findChildren(HandoverDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    window.ui.action_handover.trigger()  # again: the open one comes back, no second dialog
    assert record.findChildren(HandoverDialog) == dialogs
    qtbot.waitUntil(lambda: dialogs[0].plan is not None)


def test_without_an_active_consent_the_handover_is_refused(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid, _ = _client(a, active=False)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    ui = dialog.ui
    assert ui.recipient_combo.itemText(0) == "No consent in force"
    assert ui.recipient_combo.currentData() is None
    assert ui.recipient_error.isVisible()
    assert "No consent to share this client's information is in force" in ui.recipient_error.text()
    assert not any(c.isEnabled() for c in dialog.section_checks.values())

    _generate(qtbot, dialog, made=False)
    assert dialog.generated is None
    assert ui.recipient_error.isVisible()
    assert ui.recipient_error.text().startswith("No active consent chosen")
    assert "emergency disclosure" in ui.recipient_error.text()
    assert "no disclosure was recorded" in dialog.preview.ui.preview_placeholder.text()
    assert not dialog.preview.ui.save_button.isEnabled()
    assert _disclosures(a) == []


def test_emergency_disclosure_needs_a_reason(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid, _ = _client(a, active=False)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    ui = dialog.ui
    assert not ui.emergency_frame.isVisible()
    _click(qtbot, ui.emergency_check)
    assert ui.emergency_frame.isVisible()
    assert "supervisors are told" in ui.emergency_note.text()
    assert ui.generate_button.text().replace("&", "") == "Generate emergency disclosure"
    # Any section may now be shared; all start ticked.
    assert all(c.isEnabled() and c.isChecked() for c in dialog.section_checks.values())

    qtbot.keyClicks(ui.recipient_name_edit, "ED triage, St Brigid's")
    qtbot.mouseClick(ui.generate_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy  # refused in the dialog, nothing sent to the service
    assert ui.reason_error.isVisible() and "Type the reason" in ui.reason_error.text()
    assert _disclosures(a) == []

    qtbot.keyClicks(ui.reason_edit, "Taken to hospital after an overdose")
    assert not ui.reason_error.isVisible()
    _generate(qtbot, dialog)
    made = dialog.generated
    assert made is not None and made.result.emergency
    assert dialog.preview.ui.preview_info_label.text().startswith("EMERGENCY · Handover ")
    assert dialog.preview.ui.preview_info_label.toolTip() == "For ED triage, St Brigid's"
    assert "supervisors have been told" in ui.generate_status.text()
    (row,) = _disclosures(a)
    assert row.consent_id is None and row.recipient == "ED triage, St Brigid's"
    assert row.emergency_reason == "Taken to hospital after an overdose"
    assert row.sections == list(SECTION_KEYS)
    qtbot.waitUntil(lambda: len(dialog.history.disclosures) == 1)
    assert dialog.history.ui.history_table.item(0, 3).text() == "Emergency"
    assert "Reason: Taken to hospital after an overdose" in dialog.history.ui.history_details.text()


def test_default_file_name_is_safe() -> None:
    when = dt.date(2026, 3, 4)
    assert default_file_name("Robin Marker", when) == "Handover - Robin Marker - 2026-03-04.pdf"
    assert default_file_name('a/b:c*"d"', when) == "Handover - a b c d - 2026-03-04.pdf"
    assert default_file_name("///", when) == "Handover - client - 2026-03-04.pdf"


def test_closing_before_saving_or_printing_says_so_once(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A summary made and neither saved nor printed: the first close stays open and says,
    beside Save and Print, that nothing has left; the second closes. Once saved, or when
    the main window closes (log out), it closes at once."""
    a = sqlite_agency
    cid, _consents = _client(a, active=True)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    assert dialog.close()  # nothing made yet: closes at once
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    _generate(qtbot, dialog)
    assert not dialog.close()
    assert dialog.isVisible()
    status = dialog.preview.ui.output_status
    assert status.isVisible() and "nothing has left the agency" in status.text()
    assert dialog.ui.right_tabs.currentWidget() is dialog.ui.preview_tab
    assert dialog.close() and not dialog.isVisible()

    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    _generate(qtbot, dialog)
    dialog.preview.save_pdf(tmp_path / "summary.pdf")
    qtbot.waitUntil(lambda: len(dialog.releases) == 1)
    assert dialog.close()

    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    _generate(qtbot, dialog)
    window = dialog.parentWidget().window()  # the main window, the record being its tab
    assert isinstance(window, MainWindow)
    window.close()  # logging out or quitting never waits on the unsaved summary
    assert not dialog.isVisible()
