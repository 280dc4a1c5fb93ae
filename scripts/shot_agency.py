"""What the screenshot scripts share: a demo agency in a scratch folder, its people logged in.

Each script renders real widgets offscreen on fictional data; this makes the
application object, parses ``--out`` (docs/screenshots by default), creates the demo
database and logs in a worker, that worker's supervisor and the administrator.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.services import auth, users
from pswdesk.services.access import Actor

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "demo-screens-1"


@dataclass
class ShotAgency:
    app: QApplication
    out: Path
    tmp: Path
    db: Database
    worker: Actor
    supervisor: Actor
    admin: Actor


def start(
    description: str,
    *,
    clients: int,
    notes_per_client: int,
    style: Callable[[QApplication], None],
) -> ShotAgency:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    style(app)
    tmp = Path(tempfile.mkdtemp(prefix="pswdesk-shots-"))
    info = create_demo_database(
        tmp / "demo.db", clients=clients, notes_per_client=notes_per_client, password=PASSWORD
    )
    db = Database(info.url)
    worker_name = next(a.username for a in info.accounts if a.role == "Worker")
    worker = auth.login(db, worker_name, PASSWORD)
    admin = auth.login(db, "admin", PASSWORD)
    sup_name = next(u.username for u in users.list_users(db, admin) if u.id == worker.supervisor_id)
    supervisor = auth.login(db, sup_name, PASSWORD)
    return ShotAgency(app, args.out, tmp, db, worker, supervisor, admin)
