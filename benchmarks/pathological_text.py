"""Time a handover PDF whose one note is a 1 MB paste, beside bare reportlab on the same text.

    python benchmarks/pathological_text.py [--mb 1] [--runs 3] [--word]

The budget (docs/ARCHITECTURE.md, Speed budget) is "linear in text length whatever
the text": before the text was cut into pieces, a 400 kB line took 156 s and a
100,000-character word 17 s, because reportlab wraps what is left of a paragraph
again on every page. The renderer alone is timed (``render_handover`` on data
made here, no database): the note's summary is ``--mb`` megabytes of words on one
line, or with ``--word`` one unbroken word. The floor is bare reportlab setting
the same text as plain paragraphs of the same size (DejaVu Sans, one frame, no
tables, labels or page furniture): the least any layout of that much text costs.
The row is within budget when the handover takes under four times the floor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pswdesk.reports.fonts import FONT, register_fonts
from pswdesk.reports.handover_data import (
    AgencyInfo,
    ClientInfo,
    ContactInfo,
    HandoverData,
    StaffContact,
)
from pswdesk.reports.handover_pdf import render_handover
from pswdesk.reports.text_runs import pieces

AT = dt.datetime(2026, 11, 20, 14, 30, tzinfo=dt.UTC)
FACTOR = 4.0


def text_of(mb: float, word: bool) -> str:
    size = int(mb * 1_000_000)
    if word:
        return ("abcdefghij" * (size // 10 + 1))[:size]
    return ("housing sleep money family clinic " * (size // 35 + 1))[:size]


def handover(text: str) -> HandoverData:
    day = AT.date()
    return HandoverData(
        agency=AgencyInfo("Benchmark Agency"),
        client=ClientInfo(1, "Robin"),
        recipient="Benchmark Clinic",
        generated_at=AT,
        generated_by="bench",
        date_from=day,
        date_to=day,
        included=(("contacts", "Contacts"),),
        withheld=(),
        contacts=(ContactInfo(AT, "Phone", 30, "W", True, text),),
        questions_to=(StaffContact("W", "Peer support worker"),),
    )


def floor(text: str) -> None:
    register_fonts()
    style = ParagraphStyle("floor", fontName=FONT, fontSize=8.5, leading=11)
    story = [Paragraph(escape(p), style) for p in pieces(text)]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)


def timed(fn: object, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append(time.perf_counter() - started)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--word", action="store_true", help="one unbroken word instead of words")
    args = ap.parse_args()
    text = text_of(args.mb, args.word)
    data = handover(text)
    pages = render_handover(data, io.BytesIO())  # untimed: fonts loaded, caches warm
    ours = timed(lambda: render_handover(data, io.BytesIO()), args.runs)
    bare = timed(lambda: floor(text), args.runs)
    what = "one unbroken word" if args.word else "words on one line"
    med, fl = statistics.median(ours), statistics.median(bare)
    print(
        f"handover with a {args.mb:g} MB note ({what}, {pages} pages): median {med:.2f} s, "
        f"min {min(ours):.2f} s; floor (bare reportlab, same text) median {fl:.2f} s, "
        f"min {min(bare):.2f} s; {med / fl:.1f}x the floor over {args.runs} runs "
        f"(budget < {FACTOR:g}x)"
    )
    return 0 if med < FACTOR * fl else 1


if __name__ == "__main__":
    sys.exit(main())
