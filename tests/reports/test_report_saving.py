"""save_report: the file in full or not at all, audited once, only for a supervisor or admin."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pswdesk.errors import PermissionDenied, ValidationError
from pswdesk.models import AuditEntry
from pswdesk.reports.periods import custom_period
from pswdesk.reports.report_csv import render_csv
from pswdesk.services import users
from pswdesk.services.reporting.exporting import (
    EXPORTED,
    ExportFormat,
    format_for,
    render,
    save_report,
)
from pswdesk.services.reporting.registry import run_report
from tests.conftest import Agency
from tests.reports.report_samples import per_worker, report_of


def exports(agency: Agency) -> list[AuditEntry]:
    with agency.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == EXPORTED)))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (the SQLite database lives in ``tmp_path``)."""
    folder = tmp_path / "saved"
    folder.mkdir()
    return folder


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.csv", ExportFormat.CSV), ("B.PDF", ExportFormat.PDF), ("c.d.Csv", ExportFormat.CSV)],
)
def test_the_format_follows_the_suffix_in_any_case(name: str, fmt: ExportFormat) -> None:
    assert format_for(Path(name)) is fmt


@pytest.mark.parametrize("name", ["report.txt", "report", "report.csv.bak", ".pdf"])
def test_another_suffix_is_refused_by_name(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        format_for(Path(name))
    assert set(caught.value.problems) == {"path"}
    assert ".csv or .pdf" in str(caught.value)


def test_a_csv_is_written_and_audited_once(agency: Agency, out: Path) -> None:
    report = report_of(per_worker())
    target = out / "contacts.csv"
    assert save_report(agency.db, agency.sam, report, target) == target
    assert target.read_bytes() == render_csv(report)
    assert leftovers(out) == []
    [entry] = exports(agency)
    assert entry.actor_id == agency.sam.id
    assert entry.entity == "report"
    # what was saved, never what it said
    assert entry.details == {
        "report": "contacts",
        "start": "2026-04-01",
        "end": "2027-03-31",
        "format": "csv",
    }


def test_a_real_report_as_pdf_with_the_agency_address(agency: Agency, out: Path) -> None:
    row = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, row.version, address="12 River Road\nSpringfield")
    period = custom_period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    report = run_report(agency.db, agency.admin, "contacts", period)
    target = out / "Contacts.PDF"
    save_report(agency.db, agency.admin, report, target, paper="Letter")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]
    text = "".join(p.extract_text() or "" for p in reader.pages)
    assert "12 River Road" in text and "Springfield" in text
    assert "Whole agency" in text and f"Page 1 of {len(reader.pages)}" in text
    [entry] = exports(agency)
    assert entry.details["format"] == "pdf" and entry.details["start"] == "2026-01-01"
    assert render(report, ExportFormat.PDF).startswith(b"%PDF")


def test_an_older_file_of_the_same_name_is_replaced_whole(agency: Agency, out: Path) -> None:
    target = out / "r.csv"
    target.write_bytes(b"old contents " * 10_000)
    report = report_of(per_worker())
    save_report(agency.db, agency.sue, report, target)
    assert target.read_bytes() == render_csv(report)
    assert leftovers(out) == []


def test_a_worker_may_not_save_a_report(agency: Agency, out: Path) -> None:
    target = out / "r.csv"
    with pytest.raises(PermissionDenied):
        save_report(agency.db, agency.wendy, report_of(per_worker()), target)
    assert not target.exists() and exports(agency) == []


def test_a_supervisor_who_lost_the_role_may_not_save_it(agency: Agency, out: Path) -> None:
    report = report_of(per_worker())
    row = next(u for u in users.list_users(agency.db, agency.admin) if u.id == agency.sam.id)
    users.update_user(agency.db, agency.admin, row.id, expected_version=row.version,
                      roles=["worker"])  # fmt: skip
    with pytest.raises(PermissionDenied):
        save_report(agency.db, agency.sam, report, out / "r.pdf")
    assert list(out.iterdir()) == [] and exports(agency) == []


def test_a_missing_folder_is_one_clear_sentence(agency: Agency, out: Path) -> None:
    folder = out / "no such folder"
    with pytest.raises(ValidationError) as caught:
        save_report(agency.db, agency.sam, report_of(per_worker()), folder / "r.csv")
    assert str(caught.value) == f"the report could not be saved: the folder {folder} does not exist"
    assert exports(agency) == []


def test_a_folder_in_the_way_and_a_file_as_folder(agency: Agency, out: Path) -> None:
    (out / "taken.csv").mkdir()
    with pytest.raises(ValidationError) as caught:
        save_report(agency.db, agency.sam, report_of(per_worker()), out / "taken.csv")
    assert "taken.csv is a folder" in str(caught.value)
    (out / "plain").write_text("x")
    with pytest.raises(ValidationError) as caught:
        save_report(agency.db, agency.sam, report_of(per_worker()), out / "plain" / "r.csv")
    assert str(caught.value) == (
        f"the report could not be saved: {out / 'plain'} is a file, not a folder"
    )
    assert set(caught.value.problems) == {"path"}
    assert leftovers(out) == [] and exports(agency) == []


def test_a_bad_suffix_is_refused_before_anything_is_written(agency: Agency, out: Path) -> None:
    with pytest.raises(ValidationError):
        save_report(agency.db, agency.sam, report_of(per_worker()), out / "r.xlsx")
    assert list(out.iterdir()) == [] and exports(agency) == []


def test_a_file_that_may_not_be_replaced_keeps_its_contents(agency: Agency, out: Path) -> None:
    """As a CSV still open in Excel on Windows: the rename fails, the old file stays whole.

    An immutable file (chattr +i) makes the rename fail the same way here."""
    target = out / "open.csv"
    target.write_bytes(b"the old report")
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(target)]).returncode:
        pytest.skip("chattr +i is not available here")
    try:
        with pytest.raises(ValidationError) as caught:
            save_report(agency.db, agency.sam, report_of(per_worker()), target)
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)
    assert str(caught.value) == (
        "the report could not be saved: open.csv is open in another program or may not be "
        "replaced; close it first"
    )
    assert target.read_bytes() == b"the old report"
    assert leftovers(out) == [] and exports(agency) == []
