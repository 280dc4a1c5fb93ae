"""Screenshot of a handover page whose names come in four scripts: Arabic, Hebrew, Chinese
and Cherokee (with Korean and Devanagari beside them).

Builds the handover's data directly (fictional people; no database needed), renders it
with the app's own renderer and turns the first page into
``docs/screenshots/handover-scripts.png`` (or into ``--out``) with ``pdftoppm``
(poppler-utils) at 80 dpi::

    python scripts/handover_scripts_screenshot.py [--keep-pdf]

What to look for: no boxes; Arabic joined and read right to left; Hebrew right to left;
each name in a face drawn for its script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from pswdesk.reports.handover_data import (
    AgencyInfo,
    CareTeamInfo,
    ClientInfo,
    ConsentInfo,
    ContactInfo,
    HandoverData,
    StaffContact,
)
from pswdesk.reports.handover_pdf import render_handover

ROOT = Path(__file__).resolve().parent.parent
AT = dt.datetime(2026, 11, 20, 14, 30, tzinfo=dt.UTC)


def data() -> HandoverData:
    day = AT.date()
    return HandoverData(
        agency=AgencyInfo(
            "Harbourside Peer Support", "14 Harbour Street, Suite 200\nHalifax NS  B3J 1A1",
            "902-555-0142", "office@harbourside.example",
        ),
        client=ClientInfo(1042, "سارة حداد", "سارة يوسف حداد", "she/her", dt.date(1991, 6, 3)),
        recipient="Dr 王小明, Northside Community Clinic",
        generated_at=AT,
        generated_by="שרה כהן",
        date_from=day - dt.timedelta(days=90),
        date_to=day,
        included=(("care_team", "Care team"), ("contacts", "Contacts")),
        withheld=(),
        consent=ConsentInfo(
            88, "Dr 王小明", "Continuity of care after the move to Northside",
            ("Care team", "Contacts"), "written", day - dt.timedelta(days=3), None,
        ),
        care_team=(
            CareTeamInfo("ᏣᎳᎩ ᎠᏂᏴᏫ (Tsalagi Aniyvwi)", "Elder and cultural support",
                         "Three Fires Friendship Centre", "902-555-0177"),
            CareTeamInfo("שרה כהן", "Peer support worker", "Harbourside Peer Support",
                         "902-555-0142", "s.cohen@harbourside.example"),
            CareTeamInfo("김민준", "Housing worker", "Metro Housing Help", "902-555-0190"),
            CareTeamInfo("अनिल कुमार", "Family doctor", "Quinpool Family Practice"),
        ),
        contacts=(
            ContactInfo(
                AT - dt.timedelta(days=2), "In person", 50, "שרה כהן", True,
                "سارة talked about the move to Northside and about her sister مريم, who "
                "will help with the boxes. She asked that 王小明 at the clinic get the "
                "summary before her first visit.",
                "Low", (("What she wants next", "To meet ᏣᎳᎩ ᎠᏂᏴᏫ again before the move."),),
            ),
        ),
        questions_to=(StaffContact("שרה כהן", "Peer support worker"),),
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--keep-pdf", action="store_true", help="keep the PDF beside the PNG")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to turn the PDF into a picture")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pswdesk-scripts-shot-") as tmp:
        pdf = Path(tmp) / "handover-scripts.pdf"
        with pdf.open("wb") as out:
            render_handover(data(), out)
        stem = Path(tmp) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(stem)],
            check=True,
        )  # fmt: skip
        target = args.out / "handover-scripts.png"
        shutil.copyfile(stem.with_suffix(".png"), target)
        if args.keep_pdf:
            shutil.copyfile(pdf, args.out / "handover-scripts.pdf")
    print(target)


if __name__ == "__main__":
    main()
