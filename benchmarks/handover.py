"""Time a handover of a client with 500 approved notes in range (budget: < 2 s).

    python benchmarks/handover.py [--db URL_OR_PATH] [--notes 500] [--runs 7]

Without ``--db`` it makes (once) a demo agency in ``benchmarks/out/handover.db``
with ``pswdesk``'s own demo generator, picks the client with the most approved
notes, records a consent covering every section (the heaviest handover), and
times ``produce_handover`` end to end: permission checks, the read, the PDF,
and the disclosure with its audit entry. The PDF goes to memory, not disk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.models import ClientAssignment, Consent, Note, User
from pswdesk.services import auth, handover
from pswdesk.services.consent_rules import SECTION_KEYS

PASSWORD = "benchmark-only-1"
OUT = Path(__file__).resolve().parent / "out"


def build(path: Path, notes: int) -> None:
    # A few more notes than wanted: the newest contacts of a client are often not signed yet.
    create_demo_database(path, clients=2, notes_per_client=notes + 30, password=PASSWORD)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing pswdesk database (demo accounts, same password)")
    ap.add_argument("--notes", type=int, default=500, help="approved notes wanted in range")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()

    if args.db:
        url = args.db
    else:
        OUT.mkdir(exist_ok=True)
        path = OUT / f"handover-{args.notes}.db"
        if not path.exists():
            print(f"making {path.name} ...", flush=True)
            build(path, args.notes)
        url = f"sqlite:///{path}"
    db = Database(url)

    with db.write() as s:
        client_id, approved = s.execute(
            select(Note.client_id, func.count())
            .where(Note.status == "approved")
            .group_by(Note.client_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        if approved < args.notes:
            print(f"the busiest client has only {approved} approved notes", file=sys.stderr)
            return 1
        worker_id = s.scalar(
            select(ClientAssignment.user_id)
            .where(ClientAssignment.client_id == client_id)
            .order_by(ClientAssignment.assigned_at)
        )
        username = s.scalar(select(User.username).where(User.id == worker_id))
        first, last = s.execute(
            select(func.min(Note.contact_at), func.max(Note.contact_at)).where(
                Note.client_id == client_id
            )
        ).one()
        consent = Consent(
            client_id=client_id, recipient="Benchmark Clinic", purpose="benchmark",
            scope=list(SECTION_KEYS), how_given="written", given_on=dt.date.today(),
            recorded_by_id=worker_id,
        )  # fmt: skip
        s.add(consent)
        s.flush()
        consent_id = consent.id

    actor = auth.login(db, username, PASSWORD)
    date_from = first.astimezone().date()
    date_to = last.astimezone().date()
    times: list[float] = []
    result = None
    for _ in range(args.runs):
        started = time.perf_counter()
        result = handover.produce_handover(
            db, actor, client_id, consent_id=consent_id, date_from=date_from, date_to=date_to,
            output=io.BytesIO(),
        )  # fmt: skip
        times.append(time.perf_counter() - started)
    db.dispose()
    assert result is not None
    print(
        f"handover of a client with {result.contacts} approved notes in range "
        f"({result.pages} pages, {result.size_bytes / 1024:.0f} KiB, every section): "
        f"median {statistics.median(times):.2f} s, min {min(times):.2f} s "
        f"over {args.runs} runs (budget < 2 s)"
    )
    return 0 if statistics.median(times) < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
