"""Importing clients from CSV: every bad line named and nothing imported, BOM, duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from pswdesk.errors import ImportProblems, PermissionDenied
from pswdesk.models import AuditEntry, Client
from pswdesk.services import clients, intake
from pswdesk.services.client_input import ClientInput
from pswdesk.services.clients_csv import (
    import_clients_csv,
    preview_clients_csv,
    read_rows,
)
from tests.conftest import Agency

HEADER = "preferred_name,legal_name,pronouns,date_of_birth,phone,email,worker\n"


def _count(agency: Agency) -> int:
    with agency.db.read() as s:
        return s.scalar(select(func.count()).select_from(Client)) or 0


def test_a_good_file_imports_every_client_with_their_worker(agency: Agency) -> None:
    text = (
        HEADER
        + "Ana,Ana Bell,she/her,1990-02-03,555 010 1000,ana@example.org,wendy\n"
        + '"Bo, Jr",,,,,,will\n'
        + "Cy,,,,,,\n"  # no worker: Sam carries clients himself
    )
    result = import_clients_csv(agency.db, agency.sam, text.encode("utf-8"))
    assert len(result.client_ids) == 3
    ana = clients.get_client(agency.db, agency.wendy, result.client_ids[0])
    assert (ana.legal_name, ana.date_of_birth) == ("Ana Bell", dt.date(1990, 2, 3))
    assert [r.preferred_name for r in clients.list_caseload(agency.db, agency.will)] == ["Bo, Jr"]
    assert [r.preferred_name for r in clients.list_caseload(agency.db, agency.sam)] == ["Cy"]
    with agency.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "clients.imported")).one()
    assert entry.details["count"] == 3


def test_bad_lines_are_all_named_and_nothing_is_imported(agency: Agency) -> None:
    text = (
        HEADER
        + "Ana,,,1990-02-03,,,wendy\n"  # line 2: fine
        + ",,,,,,wendy\n"  # line 3: no name
        + "Bo,,,03/02/1990,,,wendy\n"  # line 4: not an ISO date
        + "Cy,,,,,not-an-email,wendy\n"  # line 5
        + "Di,,,,,,nobody\n"  # line 6: no such user
        + "Ed,,,,,,walt\n"  # line 7: Sue's worker, not Sam's
        + "Fi\x00,,,,,,wendy\n"  # line 8: NUL
        + "Gus,,,,,,wendy,extra\n"  # line 9: too many cells
    )
    with pytest.raises(ImportProblems) as e:
        import_clients_csv(agency.db, agency.sam, text.encode())
    lines = [p.line for p in e.value.problems]
    assert lines == [3, 4, 5, 6, 7, 8, 9]
    message = str(e.value)
    assert "nothing was imported" in message
    assert "line 4: date_of_birth '03/02/1990' is not a date (use YYYY-MM-DD)" in message
    assert "line 6: no user 'nobody'" in message
    assert _count(agency) == 0
    preview = preview_clients_csv(agency.db, agency.sam, text)
    assert [r.line for r in preview.rows] == [2, 3, 4, 5, 6, 7, 8]
    assert not preview.importable()


def test_a_byte_order_mark_and_windows_line_ends_are_fine(agency: Agency) -> None:
    text = "\ufeffPreferred Name,Date of Birth\r\nZoë,2001-01-01\r\n\r\n"
    result = import_clients_csv(agency.db, agency.wendy, text.encode("utf-8"))
    assert [
        clients.get_client(agency.db, agency.wendy, i).preferred_name for i in result.client_ids
    ] == ["Zoë"]


def test_a_line_in_another_encoding_is_named(agency: Agency) -> None:
    content = (HEADER + "Ana,,,,,,\n" + "Jos\xe9,,,,,,\n").encode("latin-1")
    with pytest.raises(ImportProblems, match="line 3: this line is not UTF-8"):
        import_clients_csv(agency.db, agency.wendy, content)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("", "the file is empty"),
        ("name,dob\nAna,1990-01-01\n", "unknown column 'name', 'dob'"),
        ("legal_name\nAna\n", "needs the column preferred_name"),
        (HEADER, "no clients"),
        ("preferred_name,preferred_name\nA,B\n", "appears twice"),
    ],
)
def test_a_wrong_header_says_what_it_should_be(content: str, fragment: str) -> None:
    rows, problems = read_rows(content)
    assert rows == ()
    assert [(p.line, fragment in p.reason) for p in problems][:1] in ([(1, True)], [(2, True)])


def test_duplicates_in_the_file_or_the_database_refuse_unless_allowed(agency: Agency) -> None:
    existing = intake.register_client(
        agency.db, agency.wendy, ClientInput("Maria Lopez", phone="555 222 3333")
    )
    text = (
        HEADER
        + "Ann Smith,,,1980-05-05,,,wendy\n"
        + "Smith Ann,,,1980-05-05,,,wendy\n"  # line 3: swapped names, same birthday
        + "Mia,,,,(555) 222-3333,,wendy\n"  # line 4: Maria's phone
    )
    preview = preview_clients_csv(agency.db, agency.sam, text)
    assert [(d.line, d.same_as_line) for d in preview.duplicates] == [(3, 2), (4, None)]
    assert preview.duplicates[1].report is not None
    assert preview.duplicates[1].report.ids == (existing.id,)
    assert preview.importable(allow_duplicates=True) and not preview.importable()
    with pytest.raises(ImportProblems) as e:
        import_clients_csv(agency.db, agency.sam, text)
    assert "likely duplicates" in str(e.value) and "same person as line 2" in str(e.value)
    assert _count(agency) == 1
    result = import_clients_csv(agency.db, agency.sam, text, allow_duplicates=True)
    assert len(result.client_ids) == 3 and _count(agency) == 4


def test_workers_import_for_themselves_and_administrators_not_at_all(agency: Agency) -> None:
    text = HEADER + "Ana,,,,,,\n" + "Bo,,,,,,will\n"
    with pytest.raises(ImportProblems) as e:
        import_clients_csv(agency.db, agency.wendy, text)
    assert [p.line for p in e.value.problems] == [3]
    with pytest.raises(PermissionDenied):
        preview_clients_csv(agency.db, agency.admin, text)
    assert _count(agency) == 0
