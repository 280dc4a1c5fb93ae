"""What a screen reader gets: every control has a name, tab order goes down the page.

The rule is Qt's own: a control's name is what ``QAccessible`` reports for it
(``text(QAccessible.Text.Name)``), which is its accessibleName, else its text (a
button, a check box), else the text of the label whose buddy it is. A control that
reports no name is read as "edit" or "button" and nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.services import clients, notes
from pswdesk.services.clients import ClientInput
from tests.conftest import Agency
from tests.gui.helpers import dialog_openers, open_window, settle

pytestmark = pytest.mark.gui

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces (a spin box's editor, a view's scroll bars) are named by their owner."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        if isinstance(parent, QAbstractItemView) and widget is not parent:
            return True  # an editor or index widget inside a table
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> Iterable[QWidget]:
    for widget in window.findChildren(QWidget):
        if (
            isinstance(widget, CONTROLS)
            and widget.isVisibleTo(window)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not _part_of_another_control(widget)
        ):
            yield widget


def unnamed(window: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName() or '?'} in {w.parentWidget().objectName()}"
        for w in controls(window)
        if not accessible_name(w)
    ]


def _client(agency: Agency, name: str = "Ann Client") -> int:
    return clients.create_client(agency.db, agency.wendy, ClientInput(name)).id


def _window(qtbot, agency: Agency, tmp_path, who: str) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / f"{who}.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, agency.db, getattr(agency, who), settings)
    settle()
    return window


@pytest.mark.parametrize("who", ["wendy", "sam", "admin"])
def test_every_page_of_the_main_window_names_its_controls(
    qtbot, sqlite_agency: Agency, tmp_path, who: str
) -> None:  # type: ignore[no-untyped-def]
    _client(sqlite_agency)
    window = _window(qtbot, sqlite_agency, tmp_path, who)
    missing: list[str] = []
    for item in window.nav_items:
        window.show_view(item.key)
        settle()
        missing += [f"{item.key}: {m}" for m in unnamed(window)]
    assert not sorted(set(missing))


def test_every_part_of_a_client_record_names_its_controls(
    qtbot, sqlite_agency: Agency, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(sqlite_agency)
    window = _window(qtbot, sqlite_agency, tmp_path, "wendy")
    record = window.open_client(client_id)
    settle()
    missing: list[str] = []
    for i in range(record.ui.record_tabs.count()):
        record.ui.record_tabs.setCurrentIndex(i)
        settle()
        missing += [f"{record.ui.record_tabs.tabText(i)}: {m}" for m in unnamed(window)]
    assert not sorted(set(missing))


def test_every_dialog_names_its_controls(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(sqlite_agency)
    window = _window(qtbot, sqlite_agency, tmp_path, "wendy")
    missing: list[str] = []
    for name, opener in dialog_openers(window, client_id).items():
        before = set(QApplication.topLevelWidgets())
        opener()
        settle()
        opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert opened, name
        for dialog in opened:
            missing += [f"{name}: {m}" for m in unnamed(dialog)]
            dialog.close()
            settle()
    assert not missing


def test_login_names_its_controls(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(sqlite_agency.db, "Test Agency")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not unnamed(dialog)


def _editor(qtbot, agency: Agency, tmp_path) -> NoteEditor:  # type: ignore[no-untyped-def]
    draft = notes.create_draft(agency.db, agency.wendy, _client(agency))
    settings = QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat)
    editor = NoteEditor(
        agency.db,
        agency.wendy,
        notes.get_note(agency.db, agency.wendy, draft.id),
        settings=settings,
    )
    qtbot.addWidget(editor)
    editor.show()
    settle()
    return editor


def test_note_editor_names_every_control_on_every_step(
    qtbot, sqlite_agency: Agency, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, tmp_path)
    missing: list[str] = []
    for row in range(editor.ui.step_list.count()):
        editor.ui.step_list.setCurrentRow(row)
        settle()
        missing += [f"step {row}: {m}" for m in unnamed(editor)]
    assert not sorted(set(missing))


def _focus_chain(start: QWidget, within: QWidget) -> list[QWidget]:
    """The fields inside ``within`` in the order Tab visits them, from ``start``."""
    chain: list[QWidget] = []
    widget: QWidget | None = start
    for _ in range(500):
        assert widget is not None
        if (
            isinstance(widget, CONTROLS)
            and widget.isVisibleTo(within)
            and within.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and not _part_of_another_control(widget)
        ):
            if widget in chain:
                break
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain


def test_note_editor_tab_order_goes_down_each_step(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, sqlite_agency, tmp_path)
    stack = editor.ui.page_stack
    out_of_order: list[str] = []
    for step in range(stack.count()):
        editor.ui.step_list.setCurrentRow(step)
        settle()
        page = stack.currentWidget()
        fields = [w for w in controls(editor) if page.isAncestorOf(w)]
        if len(fields) < 2:
            continue
        top = min(
            fields, key=lambda w: (w.mapTo(page, QPoint(0, 0)).y(), w.mapTo(page, QPoint(0, 0)).x())
        )
        chain = _focus_chain(top, page)
        assert set(fields) <= set(chain), (step, [w.objectName() for w in fields if w not in chain])
        ys = [w.mapTo(page, QPoint(0, 0)).y() for w in chain]
        for before, after, a, b in zip(chain, chain[1:], ys, ys[1:], strict=False):
            if b + 4 < a:  # a later field above an earlier one (a row's fields share a top)
                out_of_order.append(
                    f"step {step}: {before.objectName()} ({a}) → {after.objectName()} ({b})"
                )
    assert not out_of_order


#: Dialogs laid out in one column, where Tab should go straight down (the intake form,
#: the handover dialog and the merge dialog have columns side by side).
ONE_COLUMN = ("password", "close", "assign", "brief contact", "edit")


def test_tab_goes_down_the_one_column_dialogs(qtbot, sqlite_agency: Agency, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client_id = _client(sqlite_agency)
    window = _window(qtbot, sqlite_agency, tmp_path, "wendy")
    out_of_order: list[str] = []
    for name, opener in dialog_openers(window, client_id).items():
        if name not in ONE_COLUMN:
            continue
        before = set(QApplication.topLevelWidgets())
        opener()
        settle()
        (dialog,) = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        fields = [w for w in controls(dialog) if w.isEnabled()]
        top = min(
            fields,
            key=lambda w: (w.mapTo(dialog, QPoint(0, 0)).y(), w.mapTo(dialog, QPoint(0, 0)).x()),
        )
        chain = _focus_chain(top, dialog)
        ys = [w.mapTo(dialog, QPoint(0, 0)).y() for w in chain]
        for before_w, after_w, a, b in zip(chain, chain[1:], ys, ys[1:], strict=False):
            if b + 4 < a:
                out_of_order.append(
                    f"{name}: {before_w.objectName()} ({a}) → {after_w.objectName()} ({b})"
                )
        dialog.close()
        settle()
    assert not out_of_order
