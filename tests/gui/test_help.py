"""Help: the user guide opens from the Help menu at the reader's part, shows every
screenshot, ships as written; the keyboard-shortcuts list names every key the windows
bind; Help > About says the four facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from pswdesk import __version__
from pswdesk.db import sqlite_path
from pswdesk.gui.about_dialog import AboutDialog
from pswdesk.gui.navigation import documented_keys, shortcuts_table
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.table_model import local_time
from pswdesk.gui.user_guide import (
    GUIDE_KEYS,
    ROLE_SECTIONS,
    UserGuide,
    guide_path,
    headings,
    image_names,
    image_size,
    slug,
)
from pswdesk.services import backups
from tests.conftest import Agency
from tests.gui.helpers import activate, main_window
from tests.notes_support import new_client, submitted_note

ROOT = Path(__file__).resolve().parents[2]
DOCS_GUIDE = ROOT / "docs" / "user-guide.md"
SHIPPED = ROOT / "resources" / "guide"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


def _guide_action(window: QWidget) -> QAction:
    menu = window.ui.help_menu  # type: ignore[attr-defined]
    return next(a for a in menu.actions() if a.objectName() == "action_user_guide")


@pytest.mark.parametrize(
    ("username", "section"),
    [("wendy", "For workers"), ("sam", "For supervisors"), ("admin", "For administrators")],
)
def test_help_user_guide_opens_at_the_readers_part(
    qtbot, sqlite_agency: Agency, gui_settings, username: str, section: str
) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, username, gui_settings)
    action = _guide_action(window)
    assert action.shortcut().toString() == GUIDE_KEYS == "Shift+F1"
    action.trigger()
    guide = window.user_guide.guide
    assert isinstance(guide, UserGuide)
    qtbot.waitExposed(guide)
    assert not guide.isModal()  # the reader follows it in the main window
    assert guide.current_heading() == section
    assert guide.browser.verticalScrollBar().value() > 0  # scrolled there, not the top
    assert guide.contents.currentItem().text() == section
    # A second press brings the same window forward, where the reader left it.
    assert guide.go_to("Users")
    action.trigger()
    assert window.user_guide.guide is guide and guide.current_heading() == "Users"
    guide.close()


def test_shift_f1_opens_the_guide_and_f1_the_shortcuts(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.user_guide.guide is not None)
    assert window.user_guide.guide.isVisible()
    window.user_guide.guide.close()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    titles = [w.windowTitle() for w in shown]
    assert "Keyboard shortcuts — pswdesk" in titles
    for w in shown:
        if w.windowTitle() == "Keyboard shortcuts — pswdesk":
            w.close()


def test_every_screenshot_in_the_guide_loads(qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    document = guide.browser.document()
    names = image_names(document)
    assert len(names) >= 20
    for name in names:
        assert image_size(document, name) != (0, 0), f"broken image in the guide: {name}"
    guide._fit()
    width = guide.browser.viewport().width()
    for name in names:  # every image fits the window (markdown has no sizes of its own)
        assert 0 < _shown_width(document, name) <= width, name


def _shown_width(document, name: str) -> float:  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() == name:
                return float(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    return 0.0


def test_a_broken_image_is_reported(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: a guide naming a missing screenshot is caught."""
    (tmp_path / "guide.md").write_text("# Guide\n\n![gone](screenshots/missing.png)\n")
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.load(tmp_path / "guide.md")
    document = guide.browser.document()
    assert image_names(document) == ["screenshots/missing.png"]
    assert image_size(document, "screenshots/missing.png") == (0, 0)


def test_the_shipped_guide_is_the_one_in_docs() -> None:
    """resources/guide is what the wheel and the bundle carry: run scripts/sync_guide.py."""
    text = DOCS_GUIDE.read_text(encoding="utf-8")
    assert guide_path() == SHIPPED / "user-guide.md"
    assert guide_path().read_text(encoding="utf-8") == text, "run scripts/sync_guide.py"
    images = set(IMAGE.findall(text))
    for relative in images:
        shipped, source = SHIPPED / relative, DOCS_GUIDE.parent / relative
        assert shipped.read_bytes() == source.read_bytes(), f"{relative}: run sync_guide.py"
    present = {str(p.relative_to(SHIPPED)) for p in SHIPPED.rglob("*") if p.is_file()}
    assert present == images | {"user-guide.md"}  # nothing stale ships


def test_the_guide_covers_each_role_and_its_links_lead_somewhere(qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    titles = [b.text() for b in headings(guide.browser.document())]
    for _role, section in ROLE_SECTIONS:
        assert section in titles
    for wanted in ("Write a note", "Review and sign a note", "Backup and restore"):
        assert wanted in titles
    anchors = re.findall(r"\]\(#([^)]+)\)", DOCS_GUIDE.read_text(encoding="utf-8"))
    assert anchors
    for anchor in anchors:
        assert anchor in {slug(t) for t in titles}, anchor
    guide.follow_link(QUrl("#reports"))
    assert guide.current_heading() == "Reports"


# -- the keyboard-shortcuts list ------------------------------------------------------------


def _bound_keys(widget: QWidget) -> set[str]:
    """Every key a QAction or QShortcut of ``widget`` (or below) answers to."""
    keys: set[str] = set()
    for action in [*widget.findChildren(QAction), *widget.actions()]:
        keys.update(k.toString() for k in action.shortcuts())
    for shortcut in widget.findChildren(QShortcut):
        keys.update(k.toString() for k in shortcut.keys())  # noqa: SIM118 (QShortcut, not a dict)
    return keys - {""}


def test_the_shortcuts_list_names_every_key_of_every_window(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    own = new_client(a, a.sam, "Sol Example")
    theirs = new_client(a, a.wendy, "Eli Example")
    sent = submitted_note(a, a.wendy, theirs)
    window = main_window(qtbot, a.db, "sam", gui_settings)
    for item in window.nav_items:  # every page this role has, made
        window.show_view(item.key)
    record = window.open_client(own)
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10_000)
    window.open_note_search()
    window.open_note_editor(own)
    window.open_note_editor(theirs, sent.id)
    qtbot.waitUntil(lambda: len(window.note_windows) == 2, timeout=10_000)
    editor = next(w for w in window.note_windows.values() if isinstance(w, NoteEditor))
    viewer = next(w for w in window.note_windows.values() if isinstance(w, NoteViewer))
    window.show_shortcuts()
    guide = window.user_guide.open()

    listed = documented_keys(window._all_actions())
    for where in (window, editor, viewer, guide):
        missing = _bound_keys(where) - listed
        assert not missing, f"{type(where).__name__} binds keys the list leaves out: {missing}"
    for top in QApplication.topLevelWidgets():  # the shortcuts window itself
        if top.isVisible():
            assert not (_bound_keys(top) - listed), top.windowTitle()
    # The editor's keys are really there (the test would pass on a window with none).
    assert {"Ctrl+S", "Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+Return", "Alt+1", "Alt+8"} <= (
        _bound_keys(editor)
    )
    table = shortcuts_table(window._all_actions())
    assert "<h3>In the note editor</h3>" in table
    assert "<b>Ctrl+PgDown</b></td><td>Next step" in table
    assert "<b>Alt+1 to Alt+8</b></td><td>Go to step 1 to 8" in table
    assert "<b>Shift+F1</b></td><td>User guide" in table
    # Every menu entry with keys is in the window's list of actions (so locking disables it).
    in_menus = [
        action
        for menu in (window.ui.file_menu, window.ui.view_menu, window.ui.client_menu)
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    ] + [a for a in window.ui.help_menu.actions() if not a.shortcut().isEmpty()]
    assert set(in_menus) <= set(window._all_actions())
    editor.close()
    viewer.close()
    guide.close()


def test_a_key_missing_from_the_list_is_caught(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    """The completeness check can fail: a new QShortcut nobody listed shows up."""
    window = main_window(qtbot, sqlite_agency.db, "wendy", gui_settings)
    QShortcut(QKeySequence("Ctrl+Alt+F12"), window, lambda: None)
    assert "Ctrl+Alt+F12" in _bound_keys(window) - documented_keys(window._all_actions())


# -- Help > About ---------------------------------------------------------------------------


def test_about_shows_version_database_protection_and_last_backup(
    qtbot, sqlite_agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """From the Help menu, after a backup (tests/gui/test_backup_page.py has the "None yet")."""
    a = sqlite_agency
    made = backups.make_backup(a.db, a.admin, tmp_path / "backup.db")
    window = main_window(qtbot, a.db, "wendy", gui_settings)
    assert window.ui.action_about in window.ui.help_menu.actions()
    window.ui.action_about.trigger()
    dialog = window.findChild(AboutDialog, "about_dialog")
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    ui = dialog.ui
    assert ui.title_label.text() == f"pswdesk {__version__}"
    assert ui.database_value.text() == "SQLite"
    assert ui.location_value.text() == str(sqlite_path(a.db.url))
    assert ui.protection_value.text().startswith("Encrypted (SQLCipher)")
    assert ui.backup_value.text().startswith(local_time(made.made_at))
    assert "two days" not in ui.backup_value.text()
    dialog.close()
