"""Child process for the kill-and-recover test: types into a real editor, then waits to be killed.

Run as ``python draft_child.py DB_URL SETTINGS_INI NOTE_ID USERNAME`` with the
password in PSWDESK_PASSWORD. Prints ``SAVED`` once the first text is typed and
autosaved, then types a tail and prints ``TAIL`` and keeps the event loop running.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pswdesk.db import Database
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.services import auth, notes


def main() -> None:
    url, ini, note_id, username = sys.argv[1:5]
    app = QApplication([])
    db = Database(url)
    actor = auth.login(db, username, os.environ["PSWDESK_PASSWORD"])
    settings = QSettings(ini, QSettings.Format.IniFormat)
    editor = NoteEditor(db, actor, notes.get_note(db, actor, int(note_id)), settings=settings)
    editor.show()

    def type_first() -> None:
        QTest.keyClicks(editor.ui.summary_edit, "Met at the library; talked about housing.")
        editor.go_to_step(1)
        QTest.keyClicks(
            editor.bindings["s1_expressed"].widget, "Worried about the eviction letter."
        )
        wait_for_save()

    def wait_for_save() -> None:
        if editor.dirty:
            QTimer.singleShot(100, wait_for_save)
            return
        print("SAVED", flush=True)
        QTest.keyClicks(editor.bindings["s1_validation"].widget, "UNSAVED TAIL")
        print("TAIL", flush=True)

    QTimer.singleShot(0, type_first)
    app.exec()


if __name__ == "__main__":
    main()
