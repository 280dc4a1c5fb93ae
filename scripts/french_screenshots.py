"""Screenshots of the main window and the note editor in French (Canada), on demo data.

Installs the French translators as a person who chose Français in Settings gets them
(``pswdesk.gui.i18n``), renders the real windows offscreen and saves
``main-window-fr.png`` and ``note-editor-fr.png`` into ``docs/screenshots/`` (or ``--out``)::

    python scripts/french_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from shot_agency import ROOT, start  # scripts/shot_agency.py, beside this one

from pswdesk.gui.app import setup_application
from pswdesk.gui.i18n import FRENCH_CANADA, install_language
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import clients, notes
from pswdesk.services.note_content import NoteContent
from pswdesk.vocabulary import ContactType, RiskLevel


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(3):
        wait_for_operations()  # the windows read off the GUI thread
        for _ in range(5):
            app.processEvents()
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _office_screen() -> None:
    """An offscreen screen as big as an office monitor, so the window is shot at 1280×760
    (the offscreen platform's own screen is smaller)."""
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        screen = Path(tempfile.mkdtemp(prefix="pswdesk-fr-")) / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "shot", "width": 1440, "height": 900}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def main() -> int:
    _office_screen()  # before the application object is made
    shots = start(__doc__.splitlines()[0], clients=12, notes_per_client=4, style=setup_application)
    app, tmp, db, out = shots.app, shots.tmp, shots.db, shots.out
    translations = install_language(FRENCH_CANADA)  # before any window is built
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)

    window = MainWindow(db, shots.worker, settings=settings)
    window.resize(1280, 760)
    window.show_view("caseload")
    _save(app, window, out / "main-window-fr.png")

    client = clients.list_caseload(db, shots.worker, sort="name")[0]
    content = NoteContent(
        contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        duration_minutes=45,
        contact_type=ContactType.IN_PERSON,
        location="Centre de jour",
        summary="Est venue après une semaine difficile; nous avons parlé de l’avis d’expulsion.",
        risk_indicators=("idées suicidaires",),  # a French worker writes French tags
        risk_level=RiskLevel.MODERATE,
        risk_actions=("safety_plan_reviewed",),
        s5_text="Nous avons parlé de ces pensées; pas de plan. Revu qui appeler ce soir.",
    )
    draft = notes.create_draft(db, shots.worker, client.id, content)
    editor = NoteEditor(db, shots.worker, draft, settings=settings)
    editor.resize(1180, 760)
    editor.go_to_step(5)  # crisis and safety: the step's purpose, prompts and fields
    _save(app, editor, out / "note-editor-fr.png")
    editor.close()
    window.close()
    wait_for_operations()
    translations.remove()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
