"""`pswdesk handover` in a subprocess: the PDF it writes is read back with pypdf.

The client's record is built in-process through the services; only the command
under test runs as the real `pswdesk` program. The two legs that matter most
(a handover under consent, a refusal) run on SQLite and PostgreSQL; the rest on
SQLite, where a subprocess costs least.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pswdesk.models import AuditEntry, CareTeamMember, Disclosure
from tests.conftest import Agency
from tests.notes_support import new_client
from tests.test_cli import ok, one_line_error, run
from tests.test_handover import approved, consent, submitted

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today
FROM = (today() - dt.timedelta(days=60)).isoformat()
TO = today().isoformat()
PERIOD = ("--from", FROM, "--to", TO)


@dataclass
class Record:
    agency: Agency
    url: str
    client_id: int
    member_id: int  # Dr Rivera: one narrow consent in force
    nurse_id: int  # a care-team member the client never consented to share with
    narrow: int  # goals and contacts, to Dr Rivera
    revoked: int


def _record(agency: Agency, url: str) -> Record:
    cid = new_client(agency, agency.wendy, "Robin Marker")
    approved(agency, cid, "A1", days_ago=20)
    approved(agency, cid, "A2", days_ago=10)
    submitted(agency, cid, "SUB")
    with agency.db.write() as s:
        member = CareTeamMember(
            client_id=cid, name="Dr Rivera", role="GP", organisation="Eastside Practice"
        )
        nurse = CareTeamMember(client_id=cid, name="Nadia Nurse", role="community nurse")
        s.add_all([member, nurse])
        s.flush()
        member_id, nurse_id = member.id, nurse.id
    narrow = consent(agency, cid, ["goals", "contacts"], member_id=member_id)
    revoked = consent(
        agency, cid, ["goals"], recipient="Revoked Clinic", revoked=today() - dt.timedelta(days=3)
    )
    return Record(agency, url, cid, member_id, nurse_id, narrow, revoked)


@pytest.fixture
def record(agency: Agency, db_url: str) -> Record:
    return _record(agency, db_url)


@pytest.fixture
def sqlite_record(sqlite_agency: Agency, sqlite_url: str) -> Record:
    return _record(sqlite_agency, sqlite_url)


def handover(rec: Record, *args: str, user: str = "wendy", env=None):  # type: ignore[no-untyped-def]
    return run("handover", *args, "--user", user, db=rec.url, env=env)


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(p.extract_text() or "" for p in reader.pages)


def disclosures(rec: Record) -> list[Disclosure]:
    with rec.agency.db.read() as s:
        rows = list(s.scalars(select(Disclosure).order_by(Disclosure.id)))
        s.expunge_all()
        return rows


# -- a handover under consent ---------------------------------------------------------------


def test_handover_under_consent_writes_the_pdf_and_records_it(
    record: Record, tmp_path: Path
) -> None:
    out = tmp_path / "handover.pdf"
    line = ok(
        handover(
            record,
            str(record.client_id),
            "--recipient",
            str(record.narrow),
            *PERIOD,
            "-o",
            str(out),
        )
    ).strip()
    pages, text = pdf_text(out)
    rows = disclosures(record)
    assert len(rows) == 1
    d = rows[0]
    assert line.splitlines() == [
        f"{out}: {pages} page{'s' if pages != 1 else ''}, 2 contacts; shared goals,contacts; "
        "withheld risk,safety_plan,strengths,referrals,care_team,follow_ups; "
        f"disclosure {d.id} recorded (consent {record.narrow})"
    ]
    assert d.consent_id == record.narrow and d.sections == ["goals", "contacts"]
    assert d.recipient == "Dr Rivera (GP, Eastside Practice)"
    assert (d.date_from.isoformat(), d.date_to.isoformat()) == (FROM, TO)
    assert f"Page 1 of {pages}" in text
    assert "SUMMARY-A1" in text and "GOAL-A2 walk daily" in text
    assert "SUMMARY-SUB" not in text  # not reviewed, not asked for
    for withheld in ("RISKIND-", "SAFETYTALK-", "REFERRAL-A1", "SELFCARE-"):
        assert withheld not in text


def test_care_team_member_selects_their_active_consent(
    sqlite_record: Record, tmp_path: Path
) -> None:
    out = tmp_path / "rivera.pdf"
    line = ok(
        handover(
            sqlite_record,
            "robin marker",
            "--recipient",
            f"careteam:{sqlite_record.member_id}",
            *PERIOD,
            "-o",
            str(out),
            "--sections",
            "contacts",
            "--include-unreviewed",
            "--paper",
            "Letter",
        )
    )
    assert f"(consent {sqlite_record.narrow})" in line
    assert "shared contacts;" in line and "left out goals" in line
    reader = PdfReader(out)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (612, 792)  # US Letter
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert "SUMMARY-SUB" in text and "NOT YET REVIEWED" in text
    assert "GOAL-A1 walk daily" not in text  # goals were not chosen
    (row,) = disclosures(sqlite_record)
    assert row.consent_id == sqlite_record.narrow and row.sections == ["contacts"]


def test_list_recipients_shows_the_ids_to_use(sqlite_record: Record) -> None:
    out = ok(handover(sqlite_record, str(sqlite_record.client_id), "--list-recipients"))
    lines = out.splitlines()
    assert lines[0].split() == ["CONSENT", "CARETEAM", "STATE", "RECIPIENT", "SECTIONS"]
    assert lines[1].startswith(f"{sqlite_record.narrow} ")
    assert f"careteam:{sqlite_record.member_id}" in lines[1] and "goals,contacts" in lines[1]
    assert lines[2].startswith(f"{sqlite_record.revoked} ") and "revoked" in lines[2]
    assert disclosures(sqlite_record) == []


# -- refusals --------------------------------------------------------------------------------


def test_refused_without_an_active_consent_and_no_file_is_left(
    record: Record, tmp_path: Path
) -> None:
    out = tmp_path / "refused.pdf"
    common = (*PERIOD, "-o", str(out))
    one_line_error(
        handover(record, str(record.client_id), "--recipient", str(record.revoked), *common),
        "no active consent to share with Revoked Clinic",
        "revoked on",
        "--emergency-reason",
    )
    one_line_error(
        handover(
            record, str(record.client_id), "--recipient", f"careteam:{record.nurse_id}", *common
        ),
        "no consent on record to share with Nadia Nurse (community nurse)",
    )
    one_line_error(
        handover(
            record,
            str(record.client_id),
            "--recipient",
            str(record.narrow),
            *common,
            "--sections",
            "goals,risk",
        ),
        "the consent does not cover Current risk level",
    )
    assert not out.exists()
    assert disclosures(record) == []


def test_emergency_disclosure_needs_a_reason_and_is_flagged(
    sqlite_record: Record, tmp_path: Path
) -> None:
    out = tmp_path / "emergency.pdf"
    target = ("--recipient", f"careteam:{sqlite_record.nurse_id}")
    common = (str(sqlite_record.client_id), *PERIOD, "-o", str(out))
    one_line_error(
        handover(sqlite_record, *common, *target, "--emergency-reason", "   "),
        "--emergency-reason needs the reason",
    )
    one_line_error(
        handover(sqlite_record, *common, "--emergency-reason", "Taken to hospital"),
        "--recipient-name",
    )
    assert not out.exists()

    line = ok(handover(sqlite_record, *common, *target, "--emergency-reason", "Taken to hospital"))
    assert "withheld none" in line and "EMERGENCY disclosure, flagged to supervisors" in line
    _, text = pdf_text(out)
    assert "EMERGENCY" in text.upper() and "Taken to hospital" in text
    assert "RISKIND-A2" in text  # every section may be shared in an emergency
    (row,) = disclosures(sqlite_record)
    assert row.consent_id is None and row.emergency_reason == "Taken to hospital"
    assert row.recipient == "Nadia Nurse (community nurse)"
    with sqlite_record.agency.db.read() as s:
        flagged = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "disclosure.emergency")
        ).all()
        assert [e.entity_id for e in flagged] == [row.id]

    other = tmp_path / "ed.pdf"
    line = ok(
        handover(
            sqlite_record,
            str(sqlite_record.client_id),
            *PERIOD,
            "-o",
            str(other),
            "--emergency-reason",
            "Overdose",
            "--recipient-name",
            "ED triage",
        )
    )
    assert disclosures(sqlite_record)[-1].recipient == "ED triage"


@pytest.mark.parametrize(
    ("dates", "fragment", "code"),
    [
        (("--from", "2024-13-01", "--to", TO), "'2024-13-01' is not a date (use YYYY-MM-DD)", 2),
        (("--from", TO, "--to", "yesterday"), "'yesterday' is not a date", 2),
        (("--from", TO, "--to", FROM), "the start date is after the end date", 1),
        (("--to", TO), "required: --from", 2),
    ],
)
def test_bad_dates_are_one_line(
    sqlite_record: Record, tmp_path: Path, dates: tuple[str, ...], fragment: str, code: int
) -> None:
    out = tmp_path / "x.pdf"
    result = handover(
        sqlite_record, str(sqlite_record.client_id), "--recipient", str(sqlite_record.narrow),
        *dates, "-o", str(out),
    )  # fmt: skip
    one_line_error(result, fragment)
    assert result.returncode == code
    assert not out.exists() and disclosures(sqlite_record) == []


def test_wrong_password_or_user_is_refused(sqlite_record: Record, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    args = (str(sqlite_record.client_id), "--recipient", str(sqlite_record.narrow),
            *PERIOD, "-o", str(out))  # fmt: skip
    one_line_error(
        handover(sqlite_record, *args, env={"PSWDESK_PASSWORD": "not the password"}),
        "wrong user name or password",
    )
    one_line_error(
        handover(sqlite_record, *args, env={"PSWDESK_PASSWORD": None}), "no password given"
    )
    # Walt works in the other team: to him the client is exactly as absent as one never made.
    unseen = one_line_error(handover(sqlite_record, *args, user="walt"))
    missing = str(sqlite_record.client_id + 1000)
    absent = one_line_error(handover(sqlite_record, missing, *args[1:], user="walt"))
    assert unseen == f"pswdesk: no client {sqlite_record.client_id}"
    assert absent == f"pswdesk: no client {missing}"
    # By name, too: his search cannot find her, just as it cannot find nobody.
    by_name = one_line_error(handover(sqlite_record, "Robin Marker", *args[1:], user="walt"))
    nobody = one_line_error(handover(sqlite_record, "Nobody Here", *args[1:], user="walt"))
    assert by_name.replace("'Robin Marker'", "X") == nobody.replace("'Nobody Here'", "X")
    assert not out.exists() and disclosures(sqlite_record) == []


def test_bad_client_and_recipient_are_one_line(sqlite_record: Record, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    dates = (*PERIOD, "-o", str(out))
    cid = str(sqlite_record.client_id)
    one_line_error(
        handover(sqlite_record, "Nobody Here", "--recipient", "1", *dates), "no client called"
    )
    one_line_error(handover(sqlite_record, cid, "--recipient", "doctor:3", *dates), "careteam:7")
    one_line_error(handover(sqlite_record, cid, "--recipient", "9999", *dates), "no consent 9999")
    one_line_error(handover(sqlite_record, cid, *dates), "say who receives it")
    one_line_error(
        handover(sqlite_record, cid, "--recipient", "1", *dates, "--sections", "diagnosis"),
        "unknown section 'diagnosis'",
    )
    one_line_error(
        handover(
            sqlite_record,
            cid,
            "--recipient",
            str(sqlite_record.narrow),
            *PERIOD,
            "-o",
            str(tmp_path / "no" / "dir.pdf"),
        ),
        "cannot write",
    )
    assert disclosures(sqlite_record) == []
