"""Screenshot of note search results (the Find notes tab), on demo data.

Renders the real Find notes page offscreen with the app's style sheet, as a
supervisor of a fresh demo agency, types a search and saves the ranked results as
``docs/screenshots/note-search.png`` (or into ``--out``)::

    python scripts/search_screenshots.py [--query WORDS]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.gui.note_search_page import NoteSearchPage
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.resources import stylesheet
from pswdesk.services import auth

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "demo-screens-1"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--query", default="sleep")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setStyleSheet(stylesheet())
    tmp = Path(tempfile.mkdtemp(prefix="pswdesk-shots-"))
    info = create_demo_database(tmp / "demo.db", clients=16, notes_per_client=5, password=PASSWORD)
    db = Database(info.url)
    name = next(a.username for a in info.accounts if a.role == "Supervisor")
    supervisor = auth.login(db, name, PASSWORD)

    page = NoteSearchPage(db, supervisor)
    page.resize(1180, 640)
    page.show()
    page.panel.box.setText(args.query)
    page.panel.search_now()
    wait_for_operations()
    for _ in range(5):
        app.processEvents()
    path = args.out / "note-search.png"
    page.grab().save(str(path))
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(shown, len(page.panel.hits), "results")
    page.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
