"""The CSV import wizard and the Export / Import page, through the real widgets on both
backends: a file with a bad line shows it and imports nothing; a good file imports all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from pswdesk.gui.exchange_page import ExchangePage
from pswdesk.gui.import_wizard import ImportWizard
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import clients, exchange
from tests.conftest import Agency
from tests.gui.helpers import main_window

pytestmark = pytest.mark.gui

HEADER = "preferred_name,legal_name,pronouns,date_of_birth,phone,email,worker\n"


def _next(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    qtbot.waitUntil(lambda: not wizard.working)


def test_preview_shows_the_bad_line_and_imports_nothing_until_fixed(
    qtbot, agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    bad = tmp_path / "clients.csv"
    bad.write_bytes(
        (
            "\ufeff" + HEADER
            + "Ana,,she/her,1990-03-25,,,wendy\n"
            + "Ben,,,25/03/1990,,,will\n"
            + "Cy,,,,,,nobody\n"
        ).encode("utf-8")
    )  # fmt: skip
    window = main_window(qtbot, a.db, "sam", gui_settings)
    assert window.ui.action_import_clients.isVisible()
    window.ui.action_import_clients.trigger()
    wizard = window.dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    ui = wizard.ui

    _next(qtbot, wizard)  # no file chosen
    assert wizard.currentPage() is ui.file_page
    assert ui.file_error.text() == "Choose the CSV file to import."

    ui.file_edit.setText(str(bad))
    _next(qtbot, wizard)
    assert wizard.currentPage() is ui.preview_page
    assert wizard.model.rowCount() == 3
    lines = {r.line: r for r in wizard.model.rows}
    assert lines[2].check == "OK" and lines[2].cell("preferred_name") == "Ana"
    assert "not a date" in lines[3].check and "YYYY-MM-DD" in lines[3].check
    assert "no user 'nobody'" in lines[4].check
    assert "3 clients in the file; 2 lines with problems" in ui.summary_label.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "&Import 3 clients" and not next_button.isEnabled()
    assert clients.count_caseload(a.db, a.sam, scope="team") == 0

    # Fixed in the spreadsheet: Back, and Next reads the file again.
    bad.write_text(HEADER + "Ana,,she/her,1990-03-25,,,wendy\nBen,,,1990-03-25,,,will\n")
    wizard.back()
    _next(qtbot, wizard)
    assert wizard.currentPage() is ui.preview_page
    assert [r.check for r in wizard.model.rows] == ["OK", "OK"]
    assert next_button.isEnabled()
    _next(qtbot, wizard)
    assert wizard.currentPage() is ui.done_page
    assert ui.done_label.text().startswith("2 clients registered")
    team = clients.list_caseload(a.db, a.sam, scope="team", sort="name")
    assert [(c.preferred_name, c.workers) for c in team] == [
        ("Ana", "Wendy Worker"), ("Ben", "Will Worker"),
    ]  # fmt: skip


def test_likely_duplicates_need_the_tick(
    qtbot, agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    file = tmp_path / "twins.csv"
    file.write_text(HEADER + "Dee Lane,,,1980-01-02,,,wendy\nDee Lane,,,1980-01-02,,,will\n")
    window = main_window(qtbot, a.db, "sam", gui_settings)
    wizard = window.import_clients()
    wizard.ui.file_edit.setText(str(file))
    _next(qtbot, wizard)
    line = {r.line: r for r in wizard.model.rows}[3]
    assert line.check.startswith("Likely duplicate") and "line 2" in line.check
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.ui.allow_check.isVisible() and not next_button.isEnabled()
    wizard.ui.allow_check.setChecked(True)
    assert next_button.isEnabled()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.ui.done_page
    assert clients.count_caseload(a.db, a.sam, scope="team") == 2


def test_export_page_writes_the_files_and_warns(
    qtbot, agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a = agency
    window = main_window(qtbot, a.db, "admin", gui_settings)
    page = window.show_view("exchange")
    assert isinstance(page, ExchangePage)
    ui = page.ui
    assert "personal health information" in ui.phi_warning.text()
    assert not ui.export_button.isEnabled()
    folder = tmp_path / "out"
    ui.folder_edit.setText(str(folder))
    qtbot.mouseClick(ui.export_button, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    qtbot.waitUntil(lambda: not page.working)
    assert ui.export_result.isVisible(), ui.error_label.text()
    assert (folder / exchange.EXPORT_FILE).exists() and (folder / exchange.README_FILE).exists()
    assert str(folder) in ui.export_result.text()

    # Importing into this agency (which has staff already) is refused, and says why.
    ui.file_edit.setText(str(folder / exchange.EXPORT_FILE))
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert isinstance(box, QMessageBox)
    yes = next(b for b in box.buttons() if b.objectName() == "import_yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    qtbot.waitUntil(lambda: not page.working)
    assert ui.error_label.isVisible() and not ui.import_result.isVisible()
    assert "already has" in ui.error_label.text()
