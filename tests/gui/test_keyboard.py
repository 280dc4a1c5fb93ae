"""The keyboard: Ctrl+N on a caseload row, Ctrl+P to a printer, a date field as one tab stop.

Printing goes to a real QPrinter writing a PDF file (the one seam: ``printer_for``
stands in for the system print dialog), and the PDF is read back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget

from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.navigation import shortcuts_table
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.printing import PrintAction
from pswdesk.services import notes
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window, wait_for_rows
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def _pdf_printer(path: Path):  # type: ignore[no-untyped-def]
    """What the print dialog would give, as a printer that writes ``path``."""

    def printer_for(_parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return printer_for


def _pdf_text(path: Path) -> str:
    """The PDF's text with all white space taken out (a narrow cell wraps a word in two)."""
    assert path.exists() and path.stat().st_size > 0
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return "".join(text.split())


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _press_ctrl_p(qtbot, window: QWidget, printing: PrintAction, path: Path) -> str:  # type: ignore[no-untyped-def]
    printing.printer_for = _pdf_printer(path)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(path.exists, timeout=10_000)
    return _pdf_text(path)


def _caseload(qtbot, window: MainWindow, rows: int) -> CaseloadPage:  # type: ignore[no-untyped-def]
    page = window.show_view("caseload")
    assert isinstance(page, CaseloadPage)
    wait_for_rows(qtbot, page.ui.table_view, rows)
    return page


# -- Ctrl+N -------------------------------------------------------------------------------


def test_ctrl_n_on_a_caseload_row_starts_a_note_for_that_client(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    new_client(a, a.wendy, "Bea Example")
    cal = new_client(a, a.wendy, "Cal Example")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    page = _caseload(qtbot, window, 2)
    view = page.ui.table_view
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # nothing selected: says what to do
    assert "select a client" in window.ui.status_bar.currentMessage()
    assert window.note_windows == {}
    row = next(i for i in range(2) if page.model.row_at(i).id == cal)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(window.note_windows) == 1, timeout=10_000)
    editor = next(iter(window.note_windows.values()))
    assert isinstance(editor, NoteEditor)
    qtbot.addWidget(editor)
    assert editor.note.client_id == cal
    assert window.current_record() is None  # straight to the note, no record tab on the way
    drafts = notes.my_drafts(a.db, a.wendy)
    assert [d.client_id for d in drafts] == [cal]


# -- Ctrl+P -------------------------------------------------------------------------------


def test_ctrl_p_prints_the_caseload_as_a_table(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    for name in ("Bea <b>Example</b>", "Cal Example"):
        new_client(a, a.wendy, name)
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    _caseload(qtbot, window, 2)
    assert window.printing.action.shortcut().toString() == "Ctrl+P"
    assert window.printing.action in window.ui.file_menu.actions()
    text = _press_ctrl_p(qtbot, window, window.printing, tmp_path / "caseload.pdf")
    assert _squeezed("My caseload") in text
    assert _squeezed("Bea <b>Example</b>") in text  # typed text printed as typed, never as markup
    assert _squeezed("Cal Example") in text and _squeezed("2 clients") in text
    header = window.ui.content_tabs  # the view is unchanged by printing
    assert header.tabText(0) == "My caseload"
    assert "Sent to the printer" in window.ui.status_bar.currentMessage()


def test_ctrl_p_prints_a_note(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    client = new_client(a, a.wendy, "Dana Example")
    note = submitted_note(a, a.wendy, client, summary="Planned the week around the clinic visit.")
    viewer = NoteViewer(a.db, a.sam, note.id)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    text = _press_ctrl_p(qtbot, viewer, viewer.printing, tmp_path / "note.pdf")
    assert _squeezed("Dana Example") in text
    assert _squeezed("Planned the week around the clinic visit.") in text
    assert "Summary" in text and _squeezed("Written by Wendy Worker") in text


def test_ctrl_p_prints_the_record_summary(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    client = new_client(a, a.wendy, "Eli Example")
    submitted_note(a, a.wendy, client, summary="First contact.")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    record = window.open_client(client)
    assert isinstance(record, ClientRecord)
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10_000)
    record.show_notes()
    qtbot.waitUntil(lambda: record.notes_model.rowCount() == 1, timeout=10_000)
    text = _press_ctrl_p(qtbot, window, window.printing, tmp_path / "record.pdf")
    assert _squeezed("Eli Example") in text
    assert _squeezed(f"Client {client}") in text
    assert _squeezed("Assigned to") in text and _squeezed("Wendy Worker") in text
    assert _squeezed("Notes (1)") in text  # the part in front: its title and its list
    assert _squeezed("First contact.") in text and _squeezed("Awaiting review") in text


def test_print_and_new_note_are_in_the_shortcuts_help(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    table = shortcuts_table(window._all_actions())
    assert "<b>Ctrl+P</b></td><td>Print" in table
    assert "<b>Ctrl+N</b></td><td>New note" in table
    assert "arrow keys" in table  # how to move inside a date field


# -- a date field is one tab stop ---------------------------------------------------------


def _tab_stops(qtbot, start: QWidget, presses: int, back: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets the focus visits, pressing Tab (or Shift+Tab) ``presses`` times."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=5_000)
    stops = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        if back:
            qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(focused)
    return stops


def _editor(qtbot, agency: Agency, tmp_path: Path) -> NoteEditor:  # type: ignore[no-untyped-def]
    client = new_client(agency, agency.wendy, "Fay Example")
    draft = notes.create_draft(agency.db, agency.wendy, client)
    settings = QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat)
    editor = NoteEditor(agency.db, agency.wendy, draft, settings=settings)
    qtbot.addWidget(editor)
    editor.show()
    activate(qtbot, editor)
    return editor


def test_the_contact_time_is_one_tab_stop(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, tmp_path)
    when = editor.ui.contact_at_edit
    assert isinstance(when, QDateTimeEdit) and when.sectionCount() >= 4
    before = when.previousInFocusChain()
    while not (before.isVisible() and before.focusPolicy() & Qt.FocusPolicy.TabFocus):
        before = before.previousInFocusChain()
    stops = _tab_stops(qtbot, before, 3)
    assert stops.count(when) == 1, [s.objectName() for s in stops]  # not once per section
    assert stops[0] is when and stops[1] is not when
    back = _tab_stops(qtbot, stops[1], 1, back=True)
    assert back == [when]
    # Inside the field the sections are reached with the arrow keys.
    when.setFocus(Qt.FocusReason.TabFocusReason)
    when.setCurrentSectionIndex(0)
    for _ in range(10):
        qtbot.keyClick(when, Qt.Key.Key_Right)
    assert when.currentSectionIndex() > 0 and QApplication.focusWidget() is when


def test_the_next_check_in_date_is_one_tab_stop(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, tmp_path)
    step = next(p for p in editor.pages if p.step.key == "follow_up")
    editor.ui.step_list.setCurrentRow(editor.pages.index(step) + 1)
    field = editor.bindings["follow_up_date"].widget
    date = field.findChild(QDateTimeEdit)
    assert date is not None
    qtbot.waitUntil(date.isVisible, timeout=5_000)
    stops = _tab_stops(qtbot, step.skip_box, 4)
    assert stops[0] is date
    assert stops.count(date) == 1, [type(s).__name__ for s in stops]  # day, month, year: one stop
    back = _tab_stops(qtbot, stops[1], 2, back=True)
    assert back == [date, step.skip_box]


def test_a_record_dialogs_date_is_one_tab_stop(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    """Every record dialog (goal, follow-up, referral, consent, closing) gets the same."""
    from pswdesk.gui.record_tabs.goals_tab import GoalDialog

    a = sqlite_agency
    dialog = GoalDialog(a.db, a.wendy, new_client(a, a.wendy, "Gus Example"), None)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    dialog.ui.target_check.setChecked(True)
    date = dialog.ui.target_date_edit
    stops = _tab_stops(qtbot, dialog.ui.target_check, 2)
    assert stops[0] is date and stops[1] is not date


def test_the_handover_period_dates_are_one_tab_stop_each(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    from pswdesk.gui.handover_dialog import HandoverDialog

    a = sqlite_agency
    dialog = HandoverDialog(a.db, a.wendy, new_client(a, a.wendy, "Hal Example"), "Hal Example")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    start, end = dialog.ui.from_date_edit, dialog.ui.to_date_edit
    stops = _tab_stops(qtbot, start, 2)
    assert start not in stops  # Tab left it at once, not section by section
    assert stops[0] is end and stops[1] is not end
