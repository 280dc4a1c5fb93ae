"""Prepared and released handovers, and the emergency disclosures page, through real widgets.

Generating records a handover as prepared; Save as PDF or Print releases it (the
history then lists it as sent), closing the dialog without either leaves it prepared
(greyed in the history); a release that cannot be recorded takes the saved file back.
Supervisors acknowledge an emergency disclosure on their page; administrators see it
without the client's name or the reason.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select, update

from pswdesk.gui.emergency_disclosures_page import EmergencyDisclosuresPage
from pswdesk.gui.handover_history import NOT_RELEASED, PREPARED_GREY
from pswdesk.gui.table_model import ROW_ROLE
from pswdesk.models import AuditEntry, EmergencyAcknowledgement, User
from pswdesk.services import handover
from pswdesk.vocabulary import ReleaseHow
from tests.conftest import Agency
from tests.gui.helpers import main_window, wait_for_rows
from tests.gui.test_handover_dialog import _generate, _open_dialog
from tests.notes_support import new_client
from tests.test_handover import consent, start, today

pytestmark = pytest.mark.gui


def _client(agency: Agency) -> int:
    cid = new_client(agency, agency.wendy, "Robin Marker")
    consent(agency, cid, ["goals", "contacts"], recipient="Dr Rivera")
    return cid


def _history_tab(dialog) -> str:  # type: ignore[no-untyped-def]
    tabs = dialog.ui.right_tabs
    return tabs.tabText(tabs.indexOf(dialog.ui.history_tab))


def test_saving_releases_and_closing_without_leaves_it_prepared(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = _client(a)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    _generate(qtbot, dialog)
    first = dialog.generated
    assert first is not None
    assert "prepared" in dialog.preview.ui.preview_info_label.text()
    history = dialog.history
    qtbot.waitUntil(lambda: len(history.disclosures) == 1)
    assert not history.disclosures[0].released
    assert history.ui.history_table.item(0, 0).text() == NOT_RELEASED
    assert history.ui.history_table.item(0, 2).foreground().color() == QColor(PREPARED_GREY)
    assert "(0)" in _history_tab(dialog)  # prepared is not sent
    assert "Not released" in history.ui.history_details.text()

    saved = dialog.preview.save_pdf(tmp_path / "for Dr Rivera.pdf")
    assert saved is not None and saved.exists()
    qtbot.waitUntil(lambda: len(dialog.releases) == 1)
    assert dialog.releases[0].how is ReleaseHow.SAVED
    assert "Recorded as disclosed to Dr Rivera" in dialog.preview.ui.output_status.text()
    assert dialog.preview.ui.preview_info_label.text().startswith(
        f"Disclosure {first.result.disclosure_id} · released (saved as PDF)"
    )
    qtbot.waitUntil(lambda: bool(history.disclosures) and history.disclosures[0].released)
    assert history.ui.history_table.item(0, 0).text() != NOT_RELEASED
    assert "(1)" in _history_tab(dialog)
    assert "saved as PDF" in history.ui.history_details.text()

    # A second summary, closed without saving or printing: prepared, never released.
    _generate(qtbot, dialog)
    second = dialog.generated
    assert second is not None and second is not first
    qtbot.waitUntil(lambda: len(history.disclosures) == 2)
    dialog.close()
    rows = handover.client_disclosures(a.db, a.wendy, cid)
    assert [(r.id, r.released) for r in rows] == [
        (second.result.disclosure_id, False),
        (first.result.disclosure_id, True),
    ]

    # Opened again, the history shows both: the sent one, and the prepared one greyed.
    again = _open_dialog(qtbot, a, cid, gui_settings)
    qtbot.waitUntil(lambda: len(again.history.disclosures) == 2)
    table = again.history.ui.history_table
    assert table.item(0, 0).text() == NOT_RELEASED
    assert table.item(0, 1).foreground().color() == QColor(PREPARED_GREY)
    assert table.item(1, 0).text() != NOT_RELEASED
    assert table.item(1, 1).foreground().color() != QColor(PREPARED_GREY)
    assert "(1)" in _history_tab(again)


def test_printing_releases(qtbot, sqlite_agency: Agency, gui_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = _client(a)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    _generate(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.preview.print_pdf(printer)
    qtbot.waitUntil(lambda: len(dialog.releases) == 1)
    assert dialog.releases[0].how is ReleaseHow.PRINTED
    (row,) = handover.client_disclosures(a.db, a.wendy, cid)
    assert row.released_how == (ReleaseHow.PRINTED,)


def test_a_release_that_cannot_be_recorded_takes_the_file_back(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = _client(a)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    _generate(qtbot, dialog)
    with a.db.write() as s:  # the account is closed while the dialog is open
        s.execute(update(User).where(User.id == a.wendy.id).values(active=False))
    target = tmp_path / "for Dr Rivera.pdf"
    assert dialog.preview.save_pdf(target) == target
    status = dialog.preview.ui.output_status
    qtbot.waitUntil(lambda: status.text().startswith("Not saved"))
    assert "no longer active" in status.text()
    assert not target.exists()
    assert dialog.releases == []


def test_the_emergency_page_acknowledges(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin Marker")
    made = handover.produce_handover(
        a.db, a.wendy, cid, emergency_reason="Found unconscious; ED needs the plan",
        recipient_name="City ED", date_from=start(), date_to=today(), output=io.BytesIO(),
    )  # fmt: skip
    window = main_window(qtbot, a.db, "sam", gui_settings)
    assert "Emergency disclosures" in window.nav_titles()
    page = window.show_view("emergencies")
    assert isinstance(page, EmergencyDisclosuresPage)
    view = page.ui.table_view
    wait_for_rows(qtbot, view, 1)
    model = view.model()

    def cell(column: int) -> str:
        return str(model.index(0, column).data())

    assert [cell(c) for c in (1, 2, 3)] == ["Wendy Worker", "Robin Marker", "City ED"]
    assert cell(6) == "Found unconscious; ED needs the plan"
    assert cell(4) == "Not released" and cell(5) == "Not yet"
    assert page.ui.action_button.isVisible() and page.ui.action_button.isEnabled()

    assert page.acknowledge_selected("Called ED back")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and cell(5).startswith("Sam Supervisor, "))
    assert "Acknowledged" in page.ui.hint_label.text()
    with a.db.read() as s:
        (ack,) = s.scalars(select(EmergencyAcknowledgement))
        assert ack.disclosure_id == made.disclosure_id and ack.note == "Called ED back"
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "disclosure.acknowledged")
        ).one()
        assert entry.entity_id == made.disclosure_id
    # Once only: the page says who did it and records nothing more.
    assert not page.acknowledge_selected("again")
    assert "Sam Supervisor already acknowledged" in page.ui.hint_label.text()
    assert model.index(0, 0).data(ROW_ROLE).acknowledged

    # An administrator sees it for the accounting, without the name or the reason.
    admin = main_window(qtbot, a.db, "admin", gui_settings)
    listed = admin.show_view("emergencies")
    assert isinstance(listed, EmergencyDisclosuresPage)
    wait_for_rows(qtbot, listed.ui.table_view, 1)
    admin_model = listed.ui.table_view.model()
    assert admin_model.index(0, 2).data() == f"Client {cid}"
    assert "Found unconscious" not in str(admin_model.index(0, 6).data())
    assert str(admin_model.index(0, 5).data()).startswith("Sam Supervisor, ")
    assert not listed.ui.action_button.isVisible()
