"""Screenshots of the app in dark mode (main window, a report's charts, a note) and on a
1280×720 laptop.

Renders the real windows offscreen on demo data, on a virtual 1280×720 screen (the
offscreen platform's ``configfile``: ``laptop_screen.json``), and saves PNGs into
``docs/screenshots/`` (or ``--out``). Run after changing the stylesheet, the theme or the layouts::

    python scripts/screen_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

# A 1280×720 screen for the offscreen platform (scripts/laptop_screen.json), before Qt starts.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).with_name('laptop_screen.json')}"
)

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget
from shot_agency import ROOT, start  # scripts/shot_agency.py, beside this one

from pswdesk.gui.app import setup_application
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.theme import ThemeChoice, apply_theme
from pswdesk.services import clients, review

LAPTOP = QSize(1280, 680)  # 720 less a 40-pixel task bar


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(4):
        wait_for_operations()  # the windows read off the GUI thread
        app.processEvents()
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> int:
    shots = start(__doc__.splitlines()[0], clients=12, notes_per_client=4, style=setup_application)
    app, tmp, db, out, worker = shots.app, shots.tmp, shots.db, shots.out, shots.worker
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)

    # 1. The caseload on a 1280×720 laptop, light.
    window = MainWindow(db, worker, settings=settings)
    window.resize(LAPTOP)
    window.show_view("caseload")
    _save(app, window, out / "main-window-1280x720.png")

    # 2. The note editor on the same laptop: Save and Submit in view.
    client = clients.list_caseload(db, worker, sort="name")[0]
    window.open_note_editor(client.id)  # the draft is made off the GUI thread
    wait_for_operations()
    app.processEvents()
    editor = next(iter(window.note_windows.values()))  # fitted to the screen when shown
    print(
        "note editor", editor.size().toTuple(), "on a screen of", editor.screen().size().toTuple()
    )
    _save(app, editor, out / "note-editor-1280x720.png")
    editor.close()

    # 3. The caseload in dark mode, at the usual desktop size.
    apply_theme(app, ThemeChoice.DARK)
    window.resize(1400, 900)
    _save(app, window, out / "main-window-dark.png")
    window.close()

    # 4. A supervisor's Reports page and a signed note, dark.
    window = MainWindow(db, shots.supervisor, settings=settings)
    window.resize(1400, 900)
    window.show_view("reports")
    _save(app, window, out / "reports-page-dark.png")
    window.close()
    note = review.review_queue(db, shots.supervisor)[0]
    viewer = NoteViewer(db, shots.supervisor, note.id)
    viewer.resize(900, 800)
    _save(app, viewer, out / "note-view-dark.png")
    viewer.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
