"""Screenshots of the Reports page with a chart, on demo data.

Renders the real main window offscreen with the app's style, as the demo supervisor
of a fresh demo agency, opens Reports, chooses a report and a period and saves the
page at a laptop's 1280x720 as ``docs/screenshots/reports-page.png`` (contacts per
worker) and at 1680x1000 as ``reports-page-large.png`` (contacts per month, a line
chart), or into ``--out``::

    python scripts/report_screenshots_app.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from shot_agency import ROOT, start  # scripts/shot_agency.py, beside this one

from pswdesk.gui.app import setup_application
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.reports_page import ReportsPage
from pswdesk.reports.periods import Preset

#: The report shown and its period.
REPORT, PRESET = "contacts", Preset.THIS_FISCAL_YEAR
#: Window size, file, and the report's tab shown.
SHOTS = ((1280, 720, "reports-page.png", 0), (1680, 1000, "reports-page-large.png", 1))


def _settle(app: QApplication) -> None:
    for _ in range(40):
        wait_for_operations()
        app.processEvents()


def main() -> int:
    shots = start(__doc__.splitlines()[0], clients=40, notes_per_client=12, style=setup_application)
    app, db, out = shots.app, shots.db, shots.out
    settings = QSettings(str(shots.tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, shots.supervisor, settings=settings)
    window.show()
    page = window.show_view("reports")
    assert isinstance(page, ReportsPage)
    _settle(app)
    page.choose(REPORT, PRESET)
    _settle(app)
    for width, height, name, tab in SHOTS:
        window.resize(width, height)
        page.tabs.setCurrentIndex(tab)
        _settle(app)
        path = out / name
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
