"""Take docs/screenshots/handover-page-fr.png: page 1 of a handover written in French.

Makes a demo agency in a scratch folder, picks the first of the worker's clients
with a consent in force covering the most sections, produces the handover in
French (as the dialog does, to memory: it is only prepared) and renders page 1
with pdftoppm at 80 dpi. No Qt: the summary is made by the services alone.

    python scripts/handover_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import subprocess
import tempfile
from pathlib import Path

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.errors import PswdeskError
from pswdesk.services import auth, handover
from pswdesk.services.access import Actor
from pswdesk.services.handover import RecipientOption
from pswdesk.vocabulary import DocumentLanguage

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "demo-screens-1"
DAYS = 90


def widest_consent(db: Database, worker: Actor) -> tuple[int, RecipientOption]:
    """The worker's first client with a consent in force, the one covering most sections."""
    for client_id in range(1, 200):
        try:
            options = handover.recipients(db, worker, client_id)
        except PswdeskError:  # not this worker's client, or no such client
            continue
        usable = [o for o in options if o.active and o.scope]
        if usable:
            return client_id, max(usable, key=lambda o: len(o.scope))
    raise SystemExit("no client of the demo worker has a consent in force")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="pswdesk-shots-"))
    info = create_demo_database(tmp / "demo.db", clients=12, notes_per_client=8, password=PASSWORD)
    db = Database(info.url)
    try:
        name = next(a.username for a in info.accounts if a.role == "Worker")
        worker = auth.login(db, name, PASSWORD)
        client_id, option = widest_consent(db, worker)
        today = dt.date.today()
        buffer = io.BytesIO()
        handover.produce_handover(
            db, worker, client_id, consent_id=option.consent_id,
            date_from=today - dt.timedelta(days=DAYS), date_to=today, output=buffer,
            paper="Letter", language=DocumentLanguage.FRENCH,
        )  # fmt: skip
    finally:
        db.dispose()
    pdf = tmp / "handover-fr.pdf"
    pdf.write_bytes(buffer.getvalue())
    target = args.out / "handover-page-fr"
    page_1 = ["-f", "1", "-l", "1", "-singlefile"]
    subprocess.run(["pdftoppm", "-png", "-r", "80", *page_1, str(pdf), str(target)], check=True)
    print(f"{target}.png")


if __name__ == "__main__":
    main()
