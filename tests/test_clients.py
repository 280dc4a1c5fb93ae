"""Clients: who sees whom (docs/ARCHITECTURE.md, Roles), intake, conflicts, caseload search."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pswdesk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import AuditEntry
from pswdesk.services import clients, users
from pswdesk.services.clients import ClientInput
from tests.conftest import Agency


def _names(agency: Agency, actor, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.preferred_name for r in clients.list_caseload(agency.db, actor, **kw)]


def test_each_role_sees_only_its_clients(agency: Agency) -> None:
    wendys = clients.create_client(agency.db, agency.wendy, ClientInput("Ana"))
    walts = clients.create_client(agency.db, agency.walt, ClientInput("Ben"))
    assert _names(agency, agency.wendy) == ["Ana"]
    with pytest.raises(NotFound):  # to her, a client she may not see does not exist
        clients.get_client(agency.db, agency.wendy, walts.id)
    # Sam supervises Wendy, not Walt; Sue the other way round.
    assert _names(agency, agency.sam, scope="team") == ["Ana"]
    assert _names(agency, agency.sue, scope="team") == ["Ben"]
    with pytest.raises(NotFound):
        clients.get_client(agency.db, agency.sam, walts.id)
    # Administrators see no clients at all: to them, none exists.
    with pytest.raises(NotFound):
        clients.get_client(agency.db, agency.admin, wendys.id)
    with pytest.raises(PermissionDenied):
        clients.list_caseload(agency.db, agency.admin)


def test_agency_wide_setting_widens_supervisors_view(agency: Agency) -> None:
    clients.create_client(agency.db, agency.walt, ClientInput("Ben"))
    row = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, row.version, supervisors_see_all_clients=True)
    assert _names(agency, agency.sam, scope="team") == ["Ben"]
    assert _names(agency, agency.wendy) == []  # workers are unaffected


def test_only_the_workers_supervisor_assigns(agency: Agency) -> None:
    c = clients.create_client(agency.db, agency.wendy, ClientInput("Cai"))
    with pytest.raises(PermissionDenied):
        clients.assign_worker(agency.db, agency.wendy, c.id, agency.will.id)
    with pytest.raises(PermissionDenied):
        clients.assign_worker(agency.db, agency.sam, c.id, agency.walt.id)  # Sue's worker
    detail = clients.assign_worker(agency.db, agency.sam, c.id, agency.will.id)
    assert {w.full_name for w in detail.workers} == {"Wendy Worker", "Will Worker"}
    assert _names(agency, agency.will) == ["Cai"]


def test_intake_rules_speak_plainly(agency: Agency) -> None:
    with pytest.raises(ValidationError) as e:
        clients.create_client(agency.db, agency.wendy, ClientInput("   "))
    assert "preferred_name" in e.value.problems
    future = dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as e:
        clients.create_client(
            agency.db, agency.wendy, ClientInput("Dee", date_of_birth=future, email="nope")
        )
    assert set(e.value.problems) == {"date_of_birth", "email"}


def test_second_pc_gets_changed_by_message_not_a_silent_overwrite(agency: Agency) -> None:
    c = clients.create_client(agency.db, agency.wendy, ClientInput("Eve", pronouns="she/her"))
    clients.update_client(agency.db, agency.wendy, c.id, c.version, ClientInput("Eve", "Eve Long"))
    clients.get_client(agency.db, agency.sam, c.id)  # an opening
    with pytest.raises(ConflictError, match="changed by Wendy Worker at"):
        clients.update_client(agency.db, agency.sam, c.id, c.version, ClientInput("Eva"))
    assert clients.get_client(agency.db, agency.sam, c.id).preferred_name == "Eve"


def test_opening_a_record_is_audited_with_changes_kept(agency: Agency) -> None:
    c = clients.create_client(agency.db, agency.wendy, ClientInput("Fay"))
    clients.update_client(
        agency.db, agency.wendy, c.id, c.version, ClientInput("Fay", pronouns="they")
    )
    clients.get_client(agency.db, agency.sam, c.id)
    with agency.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.actor_name, AuditEntry.details)
            .where(AuditEntry.entity == "client", AuditEntry.entity_id == c.id)
            .order_by(AuditEntry.id)
        ).all()
    assert [(r.action, r.actor_name) for r in rows] == [
        ("client.created", "wendy"),
        ("client.changed", "wendy"),
        ("client.opened", "sam"),
    ]
    assert rows[1].details["fields"] == ["pronouns"]  # the name, never the value


def test_caseload_search_folds_case_in_every_script(agency: Agency) -> None:
    for name in ("Omar Álvarez", "Наталья Петрова", "Zoë Ñúñez", "100% Sure_Name"):
        clients.create_client(agency.db, agency.wendy, ClientInput(name))
    assert _names(agency, agency.wendy, search="álvarez") == ["Omar Álvarez"]
    assert _names(agency, agency.wendy, search="НАТАЛЬЯ") == ["Наталья Петрова"]
    assert _names(agency, agency.wendy, search="ÑÚÑ") == ["Zoë Ñúñez"]
    # LIKE wildcards typed by a person are matched literally.
    assert _names(agency, agency.wendy, search="%") == ["100% Sure_Name"]
    assert _names(agency, agency.wendy, search="e_n") == ["100% Sure_Name"]
    assert clients.count_caseload(agency.db, agency.wendy, search="z") == 2
