"""Laptop screens: the main window shrinks to 1024×640, every window fits 1280×720.

The offscreen screen cannot change size inside one test run, so the free area of a
1280×720 or 1366×768 laptop (less a 40-pixel task bar) is given to ``fit_window``,
the function the app's ``ScreenFit`` filter calls when a window is first shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from pswdesk.gui.caseload_page import NAME_COLUMN, NAME_MIN_WIDTH, CaseloadPage
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.screen_fit import fit_window, fits, fits_size, fitted_geometry
from pswdesk.services import clients, notes
from pswdesk.services.clients import ClientInput
from tests.conftest import Agency
from tests.gui.helpers import dialog_openers, open_window, settle

pytestmark = pytest.mark.gui

TASK_BAR = 40
LAPTOPS = {
    "1280x720": QRect(0, 0, 1280, 720 - TASK_BAR),
    "1366x768": QRect(0, 0, 1366, 768 - TASK_BAR),
}


def pages_too_wide(window: MainWindow) -> list[tuple[str, int]]:
    """The views (and the width they need) that would scroll sideways at this size."""
    too_wide = []
    for item in window.nav_items:
        page = window.show_view(item.key)
        settle()
        assert page is not None
        if page.minimumSizeHint().width() > window.ui.view_scroll.viewport().width():
            too_wide.append((item.key, page.minimumSizeHint().width()))
    return too_wide


def _client(agency: Agency, name: str = "Ann Client") -> int:
    return clients.create_client(agency.db, agency.wendy, ClientInput(name)).id


def _window(qtbot, agency: Agency, tmp_path, who: str = "wendy") -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, agency.db, getattr(agency, who), settings)
    settle()
    return window


def test_main_window_shrinks_to_1024_by_640_after_every_page_and_a_record(
    qtbot, sqlite_agency: Agency, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A supervisor's pages and a record; the administrator's pages below."""
    client_id = _client(sqlite_agency)
    window = _window(qtbot, sqlite_agency, tmp_path, "sam")  # a supervisor sees the most pages
    for item in window.nav_items:
        window.show_view(item.key)
        settle()
    window.open_client(client_id)
    settle()
    record = window.current_record()
    assert record is not None
    for i in range(record.ui.record_tabs.count()):
        record.ui.record_tabs.setCurrentIndex(i)
        settle()
    assert window.minimumSize() == QSize(1024, 640)
    assert fits_size(window.minimumSizeHint(), QRect(0, 0, 1024, 640))
    window.resize(1024, 640)
    settle()
    assert window.size() == QSize(1024, 640)
    # At that size every page fits the view's width: none needs scrolling sideways.
    assert pages_too_wide(window) == []
    # The navigation is not cut off: it fits, or scrolls.
    window.show_view("caseload")
    settle()
    nav = window.ui.nav_list
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    assert nav.viewport().rect().contains(last) or nav.verticalScrollBar().isVisible()


@pytest.mark.parametrize("laptop", sorted(LAPTOPS))
def test_navigation_fits_without_scrolling_on_a_laptop(
    qtbot, sqlite_agency: Agency, tmp_path, laptop: str
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_agency, tmp_path, "sam")
    fit_window(window, LAPTOPS[laptop])
    window.resize(LAPTOPS[laptop].size())
    settle()
    nav = window.ui.nav_list
    last = nav.visualItemRect(nav.item(nav.count() - 1))
    assert nav.viewport().rect().contains(last), (laptop, last, nav.viewport().rect())


@pytest.mark.parametrize("laptop", sorted(LAPTOPS))
def test_every_dialog_fits_a_laptop_screen(
    qtbot, sqlite_agency: Agency, tmp_path, laptop: str
) -> None:  # type: ignore[no-untyped-def]
    area = LAPTOPS[laptop]
    client_id = _client(sqlite_agency)
    window = _window(qtbot, sqlite_agency, tmp_path)
    fit_window(window, area)
    too_big = []
    for name, opener in dialog_openers(window, client_id).items():
        before = set(QApplication.topLevelWidgets())
        opener()
        settle()
        opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert opened, name
        for dialog in opened:
            fit_window(dialog, area)
            if not (fits(dialog, area) and fits_size(dialog.minimumSizeHint(), area)):
                too_big.append((name, dialog.pos(), dialog.size(), dialog.minimumSizeHint()))
            dialog.close()
            settle()
    assert not too_big


def _visible_in(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("laptop", sorted(LAPTOPS))
def test_note_editor_buttons_are_on_screen(
    qtbot, sqlite_agency: Agency, tmp_path, laptop: str
) -> None:  # type: ignore[no-untyped-def]
    area = LAPTOPS[laptop]
    draft = notes.create_draft(sqlite_agency.db, sqlite_agency.wendy, _client(sqlite_agency))
    settings = QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat)
    editor = NoteEditor(
        sqlite_agency.db,
        sqlite_agency.wendy,
        notes.get_note(sqlite_agency.db, sqlite_agency.wendy, draft.id),
        settings=settings,
    )
    qtbot.addWidget(editor)
    editor.resize(1100, 900)  # what an earlier, larger screen left in the settings
    editor.show()
    fit_window(editor, area)
    settle()
    assert fits(editor, area)
    for step in range(1, 9):
        editor.go_to_step(step)
        settle()
        for button in (editor.ui.save_button, editor.ui.submit_button):
            assert isinstance(button, QPushButton)
            assert _visible_in(button, editor), (step, button.objectName())


def test_caseload_name_keeps_its_width_when_narrow(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ann Client", "Bea Long-Surname-Hyphenated", "Cy Client"):
        _client(sqlite_agency, name)
    window = _window(qtbot, sqlite_agency, tmp_path)
    page = window.show_view("caseload")
    assert isinstance(page, CaseloadPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    window.resize(1024, 640)
    settle()
    header = page.ui.table_view.horizontalHeader()
    assert header.sectionSize(NAME_COLUMN) >= NAME_MIN_WIDTH
    others = [header.sectionSize(i) for i in range(header.count()) if i != NAME_COLUMN]
    window.resize(1400, 800)
    settle()
    wide = [header.sectionSize(i) for i in range(header.count()) if i != NAME_COLUMN]
    assert sum(wide) > sum(others)  # the others gave way at the narrow width, not the name
    assert header.sectionSize(NAME_COLUMN) >= NAME_MIN_WIDTH


def test_a_window_is_centred_on_its_parent_and_kept_on_screen() -> None:
    area = QRect(0, 0, 1280, 680)
    widget = QWidget()
    widget.resize(1180, 780)
    widget.move(500, 300)
    placed = fitted_geometry(widget, area, anchor=QRect(100, 100, 600, 400))
    assert area.contains(placed)
    assert placed.height() == 680 and placed.width() == 1180
    unanchored = QWidget()
    unanchored.resize(400, 300)
    unanchored.move(2000, 10)  # left over from a second screen that is gone
    assert area.contains(fitted_geometry(unanchored, area, anchor=None))


def test_the_app_fits_each_new_window_to_its_screen_when_shown(
    qtbot, sqlite_agency: Agency, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Through the application's ScreenFit filter, on the test run's own screen."""
    client_id = _client(sqlite_agency)
    window = _window(qtbot, sqlite_agency, tmp_path)
    record = window.open_client(client_id)
    settle()
    before = set(QApplication.topLevelWidgets())
    record.open_handover()  # asks for 1180×780, more than a laptop has
    settle()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    area = window.screen().availableGeometry()
    assert dialog.screen() is window.screen()
    if fits_size(dialog.minimumSizeHint(), area):
        assert fits(dialog, area), (dialog.geometry(), area)
    assert dialog.size().width() <= max(area.width(), dialog.minimumSizeHint().width())
    dialog.close()


def test_a_dialog_opens_centred_on_its_parent(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(60, 80, 500, 400)
    parent.show()
    dialog = QDialog(parent)
    dialog.resize(300, 200)
    dialog.show()
    settle()
    assert dialog.screen() is parent.screen()
    assert (dialog.geometry().center() - parent.frameGeometry().center()).manhattanLength() <= 4
    dialog.close()


def test_the_administrators_pages_fit_a_1024_pixel_window(
    qtbot, sqlite_agency: Agency, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, sqlite_agency, tmp_path, "admin")
    window.resize(1024, 640)
    settle()
    assert window.size() == QSize(1024, 640)
    assert pages_too_wide(window) == []
