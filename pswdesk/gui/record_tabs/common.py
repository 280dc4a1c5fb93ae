"""What every tab and dialog of the client record shares.

``RecordTab`` loads its rows off the GUI thread the first time it is shown (so
opening a record costs one query, not eight) and again whenever the change notice
says its kind of record changed for its client (pswdesk/gui/changes.py), and
ignores answers that arrive for an older request. ``RecordDialog`` calls its
service off the GUI thread when Save is pressed and, when the service refuses,
stays open with the message next to the field it is about, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.errors import PswdeskError, ValidationError
from pswdesk.gui.changes import Change, Changes, change_notice
from pswdesk.gui.date_fields import date_fields_one_tab_stop
from pswdesk.gui.domain_text import problems_text
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.resources import restyle
from pswdesk.gui.table_model import ROW_ROLE, RowTableModel
from pswdesk.services.access import Actor
from pswdesk.vocabulary import RiskLevel

RED = "#b91c1c"
AMBER = "#9a3412"
GREEN = "#166534"
GREY = "#6b7785"

#: The risk levels in lower case, for the middle of a sentence ("Risk is high.").
RISK_WORDS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("RiskWords", "none"),
    QT_TRANSLATE_NOOP("RiskWords", "low"),
    QT_TRANSLATE_NOOP("RiskWords", "moderate"),
    QT_TRANSLATE_NOOP("RiskWords", "high"),
    QT_TRANSLATE_NOOP("RiskWords", "imminent"),
)


def risk_word(level: RiskLevel) -> str:
    """``level.label.lower()`` in the language of the windows."""
    return QCoreApplication.translate("RiskWords", level.label.lower())


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def esc(text: str) -> str:
    """Escaped for rich text, line breaks kept."""
    return html.escape(text).replace("\n", "<br/>")


def one_line(text: str) -> str:
    return " ".join(text.split())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class EnterFilter(QObject):
    """Calls ``action`` when Enter or Return is pressed in a view."""

    def __init__(self, view: QAbstractItemView, action: Callable[[], None]) -> None:
        super().__init__(view)
        self._action = action
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)


def setup_table(view: QTableView, model: RowTableModel[Any], widths: list[int]) -> None:
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(32)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, width in enumerate(widths):
        if width:
            view.setColumnWidth(i, width)


def select_row(view: QTableView, model: RowTableModel[Any], row_id: int | None) -> None:
    """Select the row with this id (else the first), so the detail pane is never blank."""
    rows = model.rows
    index = next((i for i, r in enumerate(rows) if getattr(r, "id", None) == row_id), 0)
    if rows:
        view.selectionModel().setCurrentIndex(
            model.index(index, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def selected(view: QTableView) -> Any:
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None


class RecordTab(QWidget):
    """One part of a client's record. Subclasses give ``fetch`` and ``show_result``."""

    #: Something on the record changed (the header re-reads its summary).
    changed = Signal()
    open_note = Signal(int, int)  # client id, note id
    #: Kinds of change (for this client) that make the tab read its rows again.
    refresh_on: tuple[Change, ...] = (Change.RECORD,)
    #: What the tab's own writes announce.
    announces: tuple[Change, ...] = (Change.RECORD,)

    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.loaded = False
        self.loading = False
        #: While held, showing the tab does not load it yet (see ``release``).
        self.held = False
        self._generation = 0
        self.dialog: QDialog | None = None
        change_notice().subscribe(self, self.refresh_on, self._on_change)

    # -- to override ----------------------------------------------------------------------

    def fetch(self) -> Callable[[], Any]:
        """A function (run on the thread pool) that reads what the tab shows."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    # -- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded and not self.loading and not self.held:
            self.refresh()

    def release(self) -> None:
        """Let a held tab load (now, if it is already on screen)."""
        self.held = False
        if self.isVisible() and not self.loaded and not self.loading:
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        self._busy(True)
        Op(self, self.fetch()).success(lambda result: self._on_result(generation, result)).failure(
            lambda error: self._on_error(generation, error)
        ).run()

    def _on_change(self, changes: Changes) -> None:
        """Read again now if on screen; else when next shown."""
        if not changes.concerns(self.client_id):
            return
        if self.isVisible() and not self.held:
            self.refresh()
        else:
            self.loaded = False

    def _on_result(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.loaded = True
        self._busy(False)
        self.clear_error()
        self.show_result(result)

    def _on_error(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._busy(False)
        self.show_error(error_text(error))

    def _busy(self, on: bool) -> None:
        bar = getattr(self.ui, "busy_bar", None)  # type: ignore[attr-defined]
        if bar is not None:
            bar.setVisible(on)

    # -- messages -------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        label: QLabel = self.ui.error_label  # type: ignore[attr-defined]
        label.setText(text)
        label.setVisible(True)

    def clear_error(self) -> None:
        self.ui.error_label.setVisible(False)  # type: ignore[attr-defined]

    def show_hint(self, text: str) -> None:
        hint = getattr(self.ui, "hint_label", None)  # type: ignore[attr-defined]
        if hint is not None:
            hint.setText(text)

    def set_empty(self, empty: bool, content: QWidget) -> None:
        """The plain sentence in place of an empty list."""
        self.ui.empty_label.setVisible(empty)  # type: ignore[attr-defined]
        content.setVisible(not empty)

    # -- changes --------------------------------------------------------------------------

    def open_dialog(self, dialog: RecordDialog, done_message: Callable[[Any], str]) -> None:
        """Show a dialog; when it saves, say what happened and tell the record (the
        change notice the save announces reloads the tab)."""
        self.dialog = dialog
        dialog.announce(*self.announces, client_id=self.client_id)
        dialog.saved.connect(lambda row: self.after_change(done_message(row)))
        dialog.open()

    def after_change(self, message: str = "") -> None:
        if message:
            self.show_hint(message)
        self.changed.emit()

    def run(self, fn: Callable[[], Any], done_message: Callable[[Any], str]) -> None:
        """A small change without a dialog (mark done ...), off the GUI thread."""
        Op(self, fn).success(lambda row: self.after_change(done_message(row))).failure(
            lambda e: self.show_error(error_text(e))
        ).changes(*self.announces, client_id=self.client_id).busy(self).run()


class RecordDialog(QDialog):
    """A dialog whose Save calls a service off the GUI thread; refusals are shown next
    to the fields, and the dialog stays open with what was typed."""

    saved = Signal(object)

    def setup(self, ui: Any) -> None:
        self.ui = ui
        ui.setupUi(self)
        date_fields_one_tab_stop(self)  # a date is one Tab, its parts reached with arrows
        self.result_row: Any = None
        self.saving = False
        self._announces: tuple[Change, ...] = ()
        self._client_id: int | None = None
        self._errors: dict[str, QLabel] = {}
        for child in self.findChildren(QLabel):
            name = child.objectName()
            if name.endswith("_error") and name != "error_label":
                self._errors[name.removesuffix("_error")] = child
        box: QDialogButtonBox = ui.button_box
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        save = box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setProperty("primary", True)
            restyle(save)

    def announce(self, *kinds: Change, client_id: int | None = None) -> None:
        """What a successful save announces on the change notice."""
        self._announces = kinds
        self._client_id = client_id

    def submit(self) -> Callable[[], Any]:
        """Read what was typed (on the GUI thread); return the service call that saves
        it and gives back the saved row (run on the thread pool)."""
        raise NotImplementedError

    def save(self) -> None:
        if self.saving:
            return  # Save pressed twice: the first is still on its way
        self.clear_errors()
        call = self.submit()
        self._set_saving(True)
        Op(self, call).success(self._saved).failure(self._refused).changes(
            *self._announces, client_id=self._client_id
        ).busy(self).run()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not saving)

    def _saved(self, row: Any) -> None:
        self._set_saving(False)
        self.result_row = row
        self.saved.emit(row)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_saving(False)
        if isinstance(error, PswdeskError):
            self.show_problems(error)
        else:
            self.show_general(error_text(error))

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.setVisible(False)
        self.ui.error_label.setVisible(False)

    def show_problems(self, error: PswdeskError) -> None:
        if isinstance(error, ValidationError):
            general = []
            for field, message in problems_text(error.problems).items():
                label = self._errors.get(field)
                if label is None:
                    general.append(sentence(message) + ".")
                    continue
                label.setText(sentence(message) + ".")
                label.setVisible(True)
            if general:
                self.show_general(" ".join(general))
            return
        self.show_general(error_text(error))

    def show_general(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)

    def field_error(self, field: str) -> str:
        """The message shown for a field ("" when none): for tests and screen readers."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def origin(day: dt.date, note_id: int | None, by_name: str | None) -> tuple[str, str, str]:
    """(where, by, date) of where a goal or referral came from, for the tab's own sentence
    ("Set {where}{by}, {date}"), in the language of the windows."""
    translate = QCoreApplication.translate
    shown = QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")
    if note_id:
        where = translate("RecordSource", "in note #{id}").format(id=note_id)
    else:
        where = translate("RecordSource", "on the record")
    by = translate("RecordSource", " by {name}").format(name=by_name) if by_name else ""
    return where, by, shown
