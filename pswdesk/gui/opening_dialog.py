"""What the dialogs shown before any database is open share: the key prompt, the damaged file.

Each tries something off the GUI thread (a key, a restore); while it does, Quit and
the window's close button wait for the answer rather than leave a database half
opened. Quitting disposes a database opened but not yet handed on, and asks the
app to quit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from pswdesk.db import Database


class OpeningDialog(QDialog):
    opened = Signal(object)  # the Database, open
    quit_requested = Signal()

    db: Database | None

    def busy(self) -> bool:
        """True while a key or a restore is being tried."""
        raise NotImplementedError

    def reject(self) -> None:
        if self.busy():
            return  # Quit again once the try has answered
        db, self.db = self.db, None
        if db is not None:
            db.dispose()
        super().reject()
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            event.ignore()
            return
        super().closeEvent(event)
