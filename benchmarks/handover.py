"""Time a handover of a client with 500 approved notes in range, beside its floor (budget: < 1 s).

    python benchmarks/handover.py [--db URL_OR_PATH] [--notes 500] [--runs 7]

Without ``--db`` it makes (once) a demo agency in ``benchmarks/out/handover.db``
with ``pswdesk``'s own demo generator, picks the client with the most approved
notes, records a consent covering every section (the heaviest handover), and
times ``produce_handover`` end to end: permission checks, the read, the PDF,
and the disclosure with its audit entry. The PDF goes to memory, not disk.

The floor, timed in the same runs (each run times one of each, one after the
other, so a busy machine slows both alike): the same paragraphs, bare reportlab.
The text of every paragraph the handover sets (its markup dropped), each as a
reportlab ``Paragraph`` of one style in the handover's font, in a plain
``SimpleDocTemplate`` with the handover's page and margins: no tables, labels,
headings, fallback fonts or page furniture. The handover's figure divided by
the floor is what pswdesk adds to reportlab's own layout of that text; it can be
below 1, since plain typed lines are set by ``reports/plain_lines.py``, cheaper
than reportlab's Paragraph, and only the rest by Paragraph.

Besides the wall-clock medians it prints the process's CPU time for each, which
other programs on the machine disturb less, and the load average before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import statistics
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from sqlalchemy import func, select

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.models import ClientAssignment, Consent, Note, User, utcnow
from pswdesk.reports.fonts import FONT, register_fonts
from pswdesk.reports.handover_data import HandoverData
from pswdesk.reports.handover_pdf import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAPER,
    HandoverDocument,
)
from pswdesk.services import auth, handover
from pswdesk.services.access import Actor
from pswdesk.services.consent_rules import SECTION_KEYS
from pswdesk.services.handover.gathering import Request, gather
from pswdesk.services.handover.recipients import active_option, handover_client

PASSWORD = "benchmark-only-1"
OUT = Path(__file__).resolve().parent / "out"
BUDGET_S = 1.0
_TAG = re.compile(r"<[^>]*>")


def build(path: Path, notes: int) -> None:
    # A few more notes than wanted: the newest contacts of a client are often not signed yet.
    create_demo_database(path, clients=2, notes_per_client=notes + 30, password=PASSWORD)


def handover_data(
    db: Database, actor: Actor, client_id: int, consent_id: int, first: dt.date, last: dt.date
) -> HandoverData:
    """What ``produce_handover`` renders for these arguments (the same read, untimed)."""
    with db.read() as s:
        me, client = handover_client(s, actor, client_id)
        option = active_option(s, client_id, consent_id)
        return gather(
            s, me, client,
            Request(
                recipient=option.recipient, option=option, reason="", date_from=first,
                date_to=last, chosen=option.scope, allowed=option.scope,
                include_unreviewed=False, now=utcnow(),
            ),
        )  # fmt: skip


def paragraphs(flowables: Iterable[Any]) -> Iterator[str]:
    """The text of every paragraph in a story, inside tables and labelled blocks too, with
    its markup (bold, fallback-font runs) dropped: escaped plain text."""
    for f in flowables:
        if isinstance(f, list | tuple):
            yield from paragraphs(f)
        elif isinstance(f, Paragraph):
            yield _TAG.sub("", f.text)
        elif isinstance(f, Table):
            yield from paragraphs(f._cellvalues)
        else:  # a labelled paragraph, a KeepTogether
            yield from paragraphs(
                v for v in (getattr(f, "para", None), getattr(f, "_content", None)) if v
            )


def bare_reportlab(texts: list[str]) -> int:
    """The floor: ``texts`` as paragraphs of one style in a bare document; its page count."""
    register_fonts()
    style = ParagraphStyle("floor", fontName=FONT, fontSize=8.5, leading=11)
    doc = SimpleDocTemplate(
        io.BytesIO(), pagesize=PAPER["A4"], leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
    )  # fmt: skip
    doc.build([Paragraph(t, style) for t in texts])
    return int(doc.page)


def load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


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

    assert username is not None
    actor = auth.login(db, username, PASSWORD)
    date_from = first.astimezone().date()
    date_to = last.astimezone().date()
    texts = list(
        paragraphs(
            HandoverDocument(
                handover_data(db, actor, client_id, consent_id, date_from, date_to)
            ).story()
        )
    )
    floor_pages = bare_reportlab(texts)  # untimed, as the handover's first run is not
    load_before = load()
    times: list[float] = []
    cpu: list[float] = []
    floor: list[float] = []
    floor_cpu: list[float] = []
    result = None
    for i in range(args.runs + 1):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = handover.produce_handover(
            db, actor, client_id, consent_id=consent_id, date_from=date_from, date_to=date_to,
            output=io.BytesIO(),
        )  # fmt: skip
        took, cpu_took = time.perf_counter() - started, time.process_time() - cpu_started
        started, cpu_started = time.perf_counter(), time.process_time()
        bare_reportlab(texts)
        floor_took, floor_cpu_took = (
            time.perf_counter() - started,
            time.process_time() - cpu_started,
        )
        if i:  # the first handover fills the caches (imports, font coverage): not timed
            times.append(took)
            cpu.append(cpu_took)
            floor.append(floor_took)
            floor_cpu.append(floor_cpu_took)
    db.dispose()
    assert result is not None
    median, floor_median = statistics.median(times), statistics.median(floor)
    cpu_ratio = statistics.median(cpu) / statistics.median(floor_cpu)
    print(
        f"handover of a client with {result.contacts} approved notes in range "
        f"({result.pages} pages, {result.size_bytes / 1024:.0f} KiB, every section): "
        f"median {median:.2f} s, min {min(times):.2f} s over {args.runs} runs "
        f"(budget < {BUDGET_S:g} s); CPU median {statistics.median(cpu):.2f} s"
    )
    print(
        f"floor, bare reportlab setting the same {len(texts):,} paragraphs in one style "
        f"({floor_pages} pages): median {floor_median:.2f} s, min {min(floor):.2f} s; "
        f"CPU median {statistics.median(floor_cpu):.2f} s"
    )
    print(
        f"handover {median:.2f} s beside its floor {floor_median:.2f} s: "
        f"{median / floor_median:.2f}x (CPU {cpu_ratio:.2f}x); "
        f"load average {load_before} before, {load()} after, {os.cpu_count()} cores"
    )
    return 0 if median < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
