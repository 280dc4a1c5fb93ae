"""`pswdesk report`: the printed tables hold run_report's numbers; files; one-line errors.

Most runs call ``pswdesk.cli.main`` in this process against the seeded demo (on
both backends), which is the whole command but the interpreter's start; one run
is the real command in a subprocess.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from pswdesk.cli import main
from pswdesk.cli.report import period_request, report_lines
from pswdesk.db import Database
from pswdesk.reports.periods import Period, Preset, custom_period, preset_period
from pswdesk.reports.report_data import (
    Column,
    ColumnKind,
    Report,
    Section,
    format_cell,
)
from pswdesk.services import users
from pswdesk.services.reporting.registry import REPORT_NAMES, run_report
from tests.conftest import PASSWORD, Agency
from tests.reports.report_support import DemoAgency, client_names
from tests.test_cli import one_line_error, run

#: A period inside the demo's data (its notes run up to TODAY, 15 November 2026).
START, END = dt.date(2026, 6, 1), dt.date(2026, 11, 15)
PERIOD = custom_period(START, END)


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PSWDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("PSWDESK_DEBUG", raising=False)


def cli(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db.url, "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def printed(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> list[str]:
    code, out, err = cli(capsys, db, *args)
    assert code == 0, err
    assert err == ""
    return out.splitlines()


def refused(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> str:
    """The one 'pswdesk: ...' line of a refusal (and nothing on stdout)."""
    code, out, err = cli(capsys, db, *args)
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("pswdesk: "), lines[0]
    assert "Traceback" not in err
    return lines[0]


def span(report_or_period: Period) -> list[str]:
    return ["--from", report_or_period.start.isoformat(), "--to", report_or_period.end.isoformat()]


def split_row(line: str, rule: str) -> list[str]:
    """A printed row back into its cells, cut where the rule under the header has its dashes."""
    return [line[m.start() : m.end()].strip() for m in re.finditer(r"-+", rule)]


def printed_tables(lines: list[str], report: Report) -> list[list[list[str]]]:
    """Each section's printed rows, cell by cell, found under its heading and rule."""
    tables: list[list[list[str]]] = []
    at = 5  # after the heading (a section may share the report's title)
    for section in report.sections:
        at = lines.index(section.title, at)
        if not section.rows:
            assert lines[at + 1] == section.empty_text
            tables.append([])
            continue
        header, rule = lines[at + 1], lines[at + 2]
        assert set(rule) <= {"-", " "}
        assert split_row(header, rule) == [c.label for c in section.columns]
        body = lines[at + 3 : at + 3 + len(section.rows)]
        tables.append([split_row(line, rule) for line in body])
        at += 3 + len(section.rows)
    return tables


# -- the numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_printed_numbers_are_run_reports(
    report_demo: DemoAgency, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    sup = next(iter(report_demo.supervisors.values()))
    for actor in (sup, report_demo.admin):
        lines = printed(capsys, report_demo.db, name, *span(PERIOD), "--user", actor.username)
        report = run_report(report_demo.db, actor, name, PERIOD, today=dt.date.today())
        assert lines[:4] == [report.title, report.agency, f"Period: {PERIOD.label}",
                             f"Scope: {report.scope}"]  # fmt: skip
        assert lines[4].startswith("Made ") and lines[4].endswith(f" by {actor.full_name}")
        assert any(section.rows for section in report.sections), "nothing to compare"
        tables = printed_tables(lines, report)
        for section, table in zip(report.sections, tables, strict=True):
            expected = [[format_cell(c, v) for c, v in zip(section.columns, row, strict=True)]
                        for row in section.rows]  # fmt: skip
            assert table == expected, section.title
            if section.totals is not None and section.rows:
                at = lines.index(section.title, 5)
                rule, end = lines[at + 2], at + 3 + len(section.rows)
                assert lines[end] == rule
                cells = zip(section.columns, section.totals, strict=True)
                want = [format_cell(c, v) for c, v in cells]
                assert split_row(lines[end + 1], rule)[1:] == want[1:]
            for note in section.notes:
                assert f"Note: {note}" in lines


def test_the_admins_output_names_no_client(
    report_demo: DemoAgency, capsys: pytest.CaptureFixture[str]
) -> None:
    names = client_names(report_demo.db)
    assert names
    for name in REPORT_NAMES:
        text = "\n".join(printed(capsys, report_demo.db, name, *span(PERIOD), "--user", "boss"))
        assert not [n for n in names if n in text], name


def test_without_a_period_it_is_this_month_and_presets_follow_the_agencys_year(
    report_demo: DemoAgency, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    fiscal = users.get_agency(report_demo.db).fiscal_year_start_month
    month = preset_period(Preset.THIS_MONTH, today, fiscal_start_month=fiscal)
    lines = printed(capsys, report_demo.db, "risk", "--user", "boss")
    assert lines[2] == f"Period: {month.label} ({month.span_text})"
    year = preset_period(Preset.LAST_FISCAL_YEAR, today, fiscal_start_month=fiscal)
    lines = printed(
        capsys, report_demo.db, "risk", "--period", "last-fiscal-year", "--user", "boss"
    )
    assert lines[2] == f"Period: {year.label} ({year.span_text})"
    custom = printed(
        capsys, report_demo.db, "risk", "--period", "custom", *span(PERIOD), "--user", "boss"
    )
    assert custom[2] == f"Period: {PERIOD.label}"


def test_the_fiscal_year_starts_in_the_agencys_month(
    agency: Agency, capsys: pytest.CaptureFixture[str]
) -> None:
    row = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, row.version, fiscal_year_start_month=1)
    lines = printed(capsys, agency.db, "clients", "--period", "this-fiscal-year", "--user", "sam")
    year = dt.date.today().year
    assert lines[2] == f"Period: Fiscal year {year} (1 January {year} – 31 December {year})"
    assert lines[3] == f"Scope: {run_report(agency.db, agency.sam, 'clients', PERIOD).scope}"


# -- files ---------------------------------------------------------------------------------


def test_o_writes_csv_and_pdf(
    report_demo: DemoAgency, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = run_report(report_demo.db, report_demo.admin, "contacts", PERIOD)
    csv_path, pdf_path = tmp_path / "contacts.csv", tmp_path / "contacts.pdf"
    for path in (csv_path, pdf_path):
        lines = printed(
            capsys, report_demo.db, "contacts", *span(PERIOD), "-o", str(path), "--user", "boss"
        )
        assert lines == [f"{path}: {report.title}, {PERIOD.label}, {report.scope}"]
    csv_text = csv_path.read_bytes().decode("utf-8-sig")
    assert report.title in csv_text
    for section in report.sections:
        assert section.title in csv_text
    pdf = PdfReader(pdf_path)
    assert len(pdf.pages) >= 1
    pdf_text = " ".join(page.extract_text() for page in pdf.pages)
    for words in (report.title, report.agency, report.scope):
        assert words in pdf_text
    names = client_names(report_demo.db)
    assert not [n for n in names if n in csv_text or n in pdf_text]


# -- refusals ------------------------------------------------------------------------------


def test_every_mistake_is_one_line(
    report_demo: DemoAgency, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, boss = report_demo.db, ("--user", "boss")
    worker = next(iter(report_demo.workers))
    line = refused(capsys, db, "contact", *span(PERIOD), *boss)
    assert "there is no report called 'contact'" in line
    assert ", ".join(REPORT_NAMES) in line
    assert "not a date" in refused(
        capsys, db, "risk", "--from", "2026-02-30", "--to", "2026-03-01", *boss
    )
    assert "ends before it starts" in refused(
        capsys, db, "risk", "--from", "2026-05-01", "--to", "2026-04-30", *boss
    )
    assert "at most ten years" in refused(
        capsys, db, "risk", "--from", "2000-01-01", "--to", "2026-01-01", *boss
    )
    assert "give both --from and --to" in refused(capsys, db, "risk", "--from", "2026-05-01", *boss)
    assert "do not go together" in refused(
        capsys, db, "risk", "--period", "last-month", *span(PERIOD), *boss
    )
    assert "--period custom needs --from and --to" in refused(
        capsys, db, "risk", "--period", "custom", *boss
    )
    assert "not a period" in refused(capsys, db, "risk", "--period", "next-month", *boss)
    assert "--user" in refused(capsys, db, "risk", *span(PERIOD))
    # A worker has no reports; the refusal is the service's, in one line.
    assert refused(capsys, db, "risk", *span(PERIOD), "--user", worker)
    suffix = refused(capsys, db, "risk", *span(PERIOD), "-o", str(tmp_path / "r.txt"), *boss)
    assert ".txt" in suffix or "csv" in suffix.lower()
    assert not (tmp_path / "r.txt").exists()
    missing = tmp_path / "no such folder" / "r.csv"
    assert "does not exist" in refused(capsys, db, "risk", *span(PERIOD), "-o", str(missing), *boss)


def test_a_wrong_password_is_one_line(
    report_demo: DemoAgency, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PSWDESK_PASSWORD", "not the password")
    assert refused(capsys, report_demo.db, "risk", *span(PERIOD), "--user", "boss")


def test_the_real_command(sqlite_agency: Agency) -> None:
    """The installed command, in a subprocess: tables on stdout, one line for a refusal."""
    db = sqlite_agency.db.url
    result = run("report", "contacts", *span(PERIOD), "--user", "sam", db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:4] == [
        "Contacts per worker", "Test Agency", f"Period: {PERIOD.label}",
        f"Scope: {run_report(sqlite_agency.db, sqlite_agency.sam, 'contacts', PERIOD).scope}",
    ]  # fmt: skip
    one_line_error(run("report", "nothing", "--user", "sam", db=db), "the reports are contacts")
    one_line_error(run("report", "risk", "--user", "wendy", db=db))


# -- the parts, on their own ---------------------------------------------------------------


def test_period_request_rules() -> None:
    a, b = dt.date(2026, 1, 1), dt.date(2026, 1, 31)
    assert period_request(None, None, None) is Preset.THIS_MONTH
    assert period_request(Preset.LAST_QUARTER, None, None) is Preset.LAST_QUARTER
    assert period_request(None, a, b) == (a, b)
    assert period_request(Preset.CUSTOM, a, b) == (a, b)


def test_tables_align_numbers_right_and_show_totals_and_empty_sections() -> None:
    cols = (Column("worker", "Worker", ColumnKind.TEXT), Column("n", "Notes"),
            Column("m", "Minutes", ColumnKind.MINUTES))  # fmt: skip
    full = Section("Per worker", cols, (("Ann", 3, 45), ("Bartholomew", 1234, 125)),
                   totals=(None, 1237, 170), notes=("Counted by contact date.",))  # fmt: skip
    empty = Section("Per month", cols, (), empty_text="No contacts in this period.")
    period = custom_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    made = dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.UTC)
    report = Report("contacts", "Contacts per worker", period, "Whole agency", "Agency",
                    made, "Bo Boss", (full, empty))  # fmt: skip
    assert report_lines(report) == [
        "Contacts per worker",
        "Agency",
        "Period: 1 March 2026 – 31 March 2026",
        "Scope: Whole agency",
        f"Made {made.astimezone():%Y-%m-%d %H:%M} by Bo Boss",
        "",
        "Per worker",
        "Worker       Notes  Minutes",
        "-----------  -----  -------",
        "Ann              3   45 min",
        "Bartholomew  1,234   2 h 05",
        "-----------  -----  -------",
        "Total        1,237   2 h 50",
        "Note: Counted by contact date.",
        "",
        "Per month",
        "No contacts in this period.",
    ]
