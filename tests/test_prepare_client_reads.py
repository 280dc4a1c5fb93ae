"""Statements made ahead: the caseload's while the login is typed
(``clients.prepare_caseload_reads``), the first record's while the caseload is read
(``notes.prepare_client_reads``).

Each runs its reads once and forgets them: nothing is audited (opening a record
is, through ``clients.get_client``), nothing changes, the caseload's are run for no
one, and someone with no caseload gets the same refusal as for any client list.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pswdesk.errors import PermissionDenied
from pswdesk.models import AuditEntry, Note
from pswdesk.services import clients, notes
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note


def _counts(agency: Agency) -> tuple[int, int]:
    with agency.db.read() as s:
        audited = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        written = s.scalar(select(func.count()).select_from(Note)) or 0
    return audited, written


def test_it_reads_without_a_trace(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    submitted_note(agency, agency.wendy, cid, summary="a first contact")
    before = _counts(agency)
    for person in (agency.wendy, agency.sam, agency.walt):  # walt sees no client of wendy's
        assert notes.prepare_client_reads(agency.db, person) is None
    assert _counts(agency) == before


def test_someone_with_no_caseload_is_refused_as_for_any_list(agency: Agency) -> None:
    with pytest.raises(PermissionDenied):
        notes.prepare_client_reads(agency.db, agency.admin)
    with pytest.raises(PermissionDenied):
        notes.client_notes(agency.db, agency.admin, new_client(agency, agency.wendy))


def test_the_caseload_is_prepared_for_no_one(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    submitted_note(agency, agency.wendy, cid, summary="a first contact")
    before = _counts(agency)
    assert clients.prepare_caseload_reads(agency.db) is None
    assert _counts(agency) == before
    assert [r.id for r in clients.list_caseload(agency.db, agency.wendy)] == [cid]
