"""Screenshot of a report's PDF, on demo data: the first page as a funder receives it.

Creates a demo agency in a scratch folder (with a fictional street address, so the
header shows one), runs the contacts report for this quarter as the administrator
(the whole agency), saves it with ``save_report`` exactly as the app and the command
line do, and turns its first page into ``docs/screenshots/report-pdf.png`` (or into
``--out``) with ``pdftoppm`` (poppler-utils)::

    python scripts/report_screenshots.py [--report NAME] [--keep-pdf]

No Qt here: the Reports page's own screenshot is scripts/report_screenshots_app.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.reports.periods import Preset, preset_period
from pswdesk.services import auth, users
from pswdesk.services.reporting.exporting import save_report
from pswdesk.services.reporting.registry import REPORT_NAMES, run_report

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "demo-screens-1"
ADDRESS = "14 Harbour Street, Suite 200\nHalifax NS  B3J 1A1"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--report", choices=REPORT_NAMES, default="contacts")
    parser.add_argument("--keep-pdf", action="store_true", help="keep the PDF beside the PNG")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to turn the PDF into a picture")
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="pswdesk-report-shot-"))
    try:
        info = create_demo_database(
            tmp / "demo.db", clients=48, notes_per_client=24, password=PASSWORD
        )
        db = Database(info.url)
        admin = auth.login(db, "admin", PASSWORD)
        row = users.get_agency(db)
        users.update_agency(db, admin, row.version, address=ADDRESS)
        today = dt.date.today()
        period = preset_period(
            Preset.THIS_QUARTER, today, fiscal_start_month=row.fiscal_year_start_month
        )
        report = run_report(db, admin, args.report, period, today=today)
        pdf = save_report(db, admin, report, tmp / f"{args.report}.pdf")
        db.dispose()
        target = args.out / "report-pdf.png"
        stem = tmp / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(stem)],
            check=True,
        )  # fmt: skip
        shutil.move(stem.with_suffix(".png"), target)
        print(f"wrote {target}")
        if args.keep_pdf:
            kept = args.out / pdf.name
            shutil.copy(pdf, kept)
            print(f"wrote {kept}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
