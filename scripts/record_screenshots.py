"""Screenshots of the client record (notes, goals, safety plan and consents tabs), on demo data.

Logs in as a supervisor on a fresh demo database, opens the demo client whose
record shows the most (goals with progress, several safety-plan versions, consents
in several states), and saves the main window on each tab into
``docs/screenshots/`` (or ``--out``). Run it under a virtual screen, the way the
other screenshots were made::

    Xvfb :99 -screen 0 1400x900x24 &
    DISPLAY=:99 python scripts/record_screenshots.py

Without a display it falls back to Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.gui.app import setup_application
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.record_tabs.common import select_row
from pswdesk.gui.record_tabs.goals_tab import GoalsTab
from pswdesk.services import auth, clients, consents, goals, safety_plans
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientRow

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "demo-screens-1"
SHOTS = (("notes", "client-record.png"), ("goals", "goals-tab.png"),
         ("safety_plan", "safety-plan-tab.png"), ("consents", "consents-tab.png"))  # fmt: skip


def _score(db: Database, actor: Actor, client: ClientRow) -> int:
    """How much of the record a screenshot of this client would show."""
    client_id = client.id
    rows = goals.list_goals(db, actor, client_id)
    versions = len(safety_plans.safety_plan_versions(db, actor, client_id))
    states = {c.state for c in consents.list_consents(db, actor, client_id)}
    return (
        min(sum(bool(g.progress) for g in rows), 3) * 2
        + min(versions, 3) * 2
        + min(len(states), 3) * 3
        + (3 if any(c.in_force for c in consents.list_consents(db, actor, client_id)) else 0)
    )


def _settle(app: QApplication) -> None:
    for _ in range(40):
        wait_for_operations()
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    setup_application(app)
    tmp = Path(tempfile.mkdtemp(prefix="pswdesk-record-shots-"))
    info = create_demo_database(tmp / "demo.db", password=PASSWORD)
    db = Database(info.url)
    supervisor = auth.login(db, "supervisor1", PASSWORD)
    team = clients.list_caseload(db, supervisor, scope="team", limit=200)

    def wanted(c: ClientRow) -> tuple[bool, bool, int, int]:
        # Consents in force first (the consents tab), then moderate or higher risk (the
        # header names the plan in force), then the fullest record.
        listed = consents.list_consents(db, supervisor, c.id)
        in_force = any(x.in_force for x in listed) and len({x.state for x in listed}) > 1
        return in_force, c.risk.needs_plan, _score(db, supervisor, c), -c.id

    best = max(team, key=wanted)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, supervisor, settings=settings)
    window.resize(1400, 880)
    window.show()
    record = window.open_client(best.id)
    assert record is not None
    _settle(app)
    for key, name in SHOTS:
        tab = record.show_tab(key)
        _settle(app)
        if key == "goals" and isinstance(tab, GoalsTab):
            # Show the goal with the longest history, so its progress is in the picture.
            rows = tab.model.rows
            richest = max(rows, key=lambda g: len(g.progress), default=None)
            if richest is not None:
                select_row(tab.ui.goals_table, tab.model, richest.id)
                _settle(app)
        path = args.out / name
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
