"""What a person sees when the app meets an error nobody expected: a calm dialog, drafts saved.

``CrashHandler`` is ``sys.excepthook`` while the app runs (PySide6 hands an exception
raised in a slot or an event handler to it, and the event loop goes on), and
``threading.excepthook`` for plain threads. In order, it

1. writes the traceback to the log (``pswdesk.app_logging``: types and frames, never
   the exception's message, so no note text or name reaches the file);
2. saves every open note editor's draft the way closing an editor does
   (``NoteEditor.save_and_wait``), so the dialog can say truthfully that it is safe;
3. shows ``CrashDialog``: what happened in one sentence, the draft, that work can go
   on, where the log is (a button opens its folder, another copies the details).

The app keeps running: the slot that failed has already returned. A second error while
the dialog is up adds to it rather than stacking another dialog. An error off the GUI
thread is logged there and shown on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pswdesk.app_logging import current_log_file, log_unexpected
from pswdesk.gui.resources import set_role

log = logging.getLogger(__name__)

DRAFT_SAVE_MS = 10_000  # how long each open editor may take to save before the dialog shows

# The dialog's fixed sentences (shown through the "CrashDialog" context).
HEADING = QT_TRANSLATE_NOOP("CrashDialog", "Something went wrong")
WHAT_HAPPENED = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "pswdesk ran into a problem it did not expect, so the last thing you did may not have "
    "finished.",
)
CARRY_ON = QT_TRANSLATE_NOOP(
    "CrashDialog", "You can keep working. If it happens again, close pswdesk and open it again."
)


@dataclass(frozen=True)
class DraftsSaved:
    """The open note editors after the save: how many hold everything typed, how many not."""

    saved: int = 0
    unsaved: int = 0

    def sentence(self) -> str:
        if self.unsaved:
            return QCoreApplication.translate(
                "CrashDialog",
                "A draft could not be saved just now. Its text is still in its window: keep "
                "that window open and press Save, or copy the text somewhere safe.",
            )
        if self.saved == 1:
            return QCoreApplication.translate(
                "CrashDialog", "Your draft is safe: it was saved just now."
            )
        if self.saved:
            return QCoreApplication.translate(
                "CrashDialog", "Your drafts are safe: they were saved just now."
            )
        return QCoreApplication.translate(
            "CrashDialog", "No note was open for editing, and your saved work is not affected."
        )


def save_open_drafts(msecs: int = DRAFT_SAVE_MS) -> DraftsSaved:
    """Save what every open note editor holds, as closing it would, and wait for it."""
    from pswdesk.gui.note_editor import NoteEditor  # not at import: the app starts without it

    saved = unsaved = 0
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, NoteEditor) or not widget.editable:
            continue
        if not (widget.isVisible() or widget.dirty or widget.saving):
            continue  # closed, or hidden with nothing to save (a locked screen hides editors)
        try:
            ok = widget.save_and_wait(msecs)
        except Exception as exc:  # the editor itself may be what broke
            log.error("draft of note %s not saved after an error", widget.note.id, exc_info=exc)
            ok = False
        if ok:
            saved += 1
        else:
            unsaved += 1
    return DraftsSaved(saved, unsaved)


class CrashDialog(QDialog):
    """The calm account of an unexpected error (see the module docstring)."""

    def __init__(
        self,
        details: str,
        drafts: DraftsSaved,
        log_file: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("pswdesk: something went wrong"))
        self.details = details
        self.log_file = log_file
        self.times = 1
        self.setMinimumWidth(520)
        self.setMaximumWidth(720)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = QLabel(self.tr(str(HEADING)))
        set_role(self.heading, "heading")
        self.what_label = self._paragraph(self.tr(str(WHAT_HAPPENED)), "what_label")
        self.draft_label = self._paragraph(drafts.sentence(), "draft_label")
        self.carry_on_label = self._paragraph(self.tr(str(CARRY_ON)), "carry_on_label")
        self.log_label = self._paragraph(self._log_sentence(), "log_label")
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again_label = self._paragraph("", "again_label")
        set_role(self.again_label, "muted")
        self.again_label.setVisible(False)
        for label in (
            self.heading,
            self.what_label,
            self.draft_label,
            self.carry_on_label,
            self.log_label,
            self.again_label,
        ):
            layout.addWidget(label)

        buttons = QHBoxLayout()  # the two ways to the details on the left, Close on the right
        self.open_folder_button = QPushButton(self.tr("Open log folder"))
        self.open_folder_button.setObjectName("open_log_folder_button")
        self.open_folder_button.setEnabled(log_file is not None)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setObjectName("copy_details_button")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_button")
        self.close_button.setDefault(True)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.open_folder_button.clicked.connect(self.open_log_folder)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.accept)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.close_button.setFocus()
        self.open_folder: Callable[[Path], object] = _open_folder

    def _paragraph(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _log_sentence(self) -> str:
        if self.log_file is None:
            return self.tr("The details could not be written to a log; Copy details keeps them.")
        return self.tr("The details are in the log file %1.").replace("%1", str(self.log_file))

    def again(self, details: str, drafts: DraftsSaved) -> None:
        """Another unexpected error while this dialog is up: say so, keep the newest details."""
        self.times += 1
        self.details = details
        self.draft_label.setText(drafts.sentence())
        self.again_label.setText(
            self.tr("It has happened %1 times since this message opened.").replace(
                "%1", str(self.times)
            )
        )
        self.again_label.setVisible(True)
        self.copy_button.setText(self.tr("Copy details"))

    @Slot()
    def open_log_folder(self) -> None:
        if self.log_file is not None:
            self.open_folder(self.log_file.parent)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))


def _open_folder(folder: Path) -> object:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashHandler(QObject):
    """``sys.excepthook`` (and ``threading.excepthook``) while the app runs."""

    _off_gui_thread = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._handling = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._off_gui_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHandler:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit) or QApplication.instance() is None:
            self._previous_hook(kind, error or kind(), tb)
            return
        error = error if error is not None else kind()
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        try:
            details = log_unexpected(error)
            if _on_gui_thread():
                self._show(details)
            else:
                self._off_gui_thread.emit(details)
        except Exception:  # never let the handler's own failure hide the first error
            sys.__excepthook__(kind, error, tb)
            traceback.print_exc()

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self._handling:  # an error while saving drafts for the last one: logged, enough
            return
        self._handling = True
        try:
            drafts = save_open_drafts()
            dialog = self.dialog
            if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.again(details, drafts)
                return
            dialog = CrashDialog(details, drafts, current_log_file())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.finished.connect(self._closed)
            self.dialog = dialog
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        finally:
            self._handling = False

    @Slot(int)
    def _closed(self, _result: int) -> None:
        self.dialog = None  # the next error opens a new one


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()
