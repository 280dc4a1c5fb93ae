"""Screenshots for the user guide that no other script takes, on demo data.

Opens the real windows offscreen at 1280x720 on a small demo agency: the worker's
Log brief contact dialog and Follow-ups due, the supervisor's Supervision page, the
administrator's Users, Audit log and Export / Import pages, and the user guide
itself; saves them as ``docs/screenshots/guide-*.png`` (or into ``--out``), then
copies the guide and every screenshot it shows into ``resources/guide/``::

    python scripts/guide_screenshots.py
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from shot_agency import ROOT, ShotAgency, start  # scripts/shot_agency.py, beside this one
from sync_guide import sync_guide  # scripts/sync_guide.py

from pswdesk.gui.app import setup_application
from pswdesk.gui.brief_contact_dialog import BriefContactDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.user_guide import UserGuideAction
from pswdesk.services import clients
from pswdesk.services.access import Actor


def _settle(app: QApplication) -> None:
    for _ in range(10):
        wait_for_operations()
        app.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> None:
    path = out / name
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, widget.size().toTuple())


def _window(shots: ShotAgency, actor: Actor) -> MainWindow:
    settings = QSettings(
        str(shots.tmp / f"settings-{actor.username}.ini"), QSettings.Format.IniFormat
    )
    window = MainWindow(shots.db, actor, settings=settings)
    window.show()
    window.resize(1280, 720)  # after show: opening fits a window to the (small offscreen) screen
    return window


def main() -> int:
    shots = start(__doc__.splitlines()[0], clients=12, notes_per_client=3, style=setup_application)
    app, db, out = shots.app, shots.db, shots.out

    worker = _window(shots, shots.worker)
    worker.show_view("followups")
    _settle(app)
    _save(worker, out, "guide-follow-ups.png")
    client = clients.list_caseload(db, shots.worker, sort="name")[0]
    brief = BriefContactDialog(db, shots.worker, client.id, client.preferred_name, worker)
    brief.show()
    _settle(app)
    _save(brief, out, "guide-brief-contact.png")
    brief.close()
    worker.close()

    supervisor = _window(shots, shots.supervisor)
    supervisor.show_view("supervision")
    _settle(app)
    _save(supervisor, out, "guide-supervision.png")
    supervisor.close()

    admin = _window(shots, shots.admin)
    for view, name in (("users", "users"), ("audit", "audit"), ("exchange", "exchange")):
        admin.show_view(view)
        _settle(app)
        _save(admin, out, f"guide-{name}.png")
    admin.close()

    sync_guide(missing_ok=True)  # the guide window shows the shipped copy: update it
    reader = _window(shots, shots.worker)
    guide = UserGuideAction(reader, shots.worker).open()
    guide.resize(1100, 680)
    _settle(app)
    guide.go_to("For workers")
    _save(guide, out, "guide-window.png")
    guide.close()
    reader.close()
    sync_guide()  # and again with the new screenshots
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
