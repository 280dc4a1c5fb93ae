"""Registering and editing clients: who may, the input limits, duplicates, assignments."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pswdesk.errors import (
    ConflictError,
    DuplicateFound,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pswdesk.models import AuditEntry, FollowUp
from pswdesk.services import assignments, clients, followups, intake, users
from pswdesk.services.client_input import LIMITS, ClientInput
from tests.conftest import Agency

DOB = dt.date(1990, 6, 1)


def _audit(agency: Agency, action: str) -> list[AuditEntry]:
    with agency.db.read() as s:
        q = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        return list(s.scalars(q))


def _names(agency: Agency, actor, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.preferred_name for r in clients.list_caseload(agency.db, actor, **kw)]


# -- who may register ---------------------------------------------------------------------


def test_a_worker_registers_clients_for_themselves(agency: Agency) -> None:
    data = ClientInput(
        "Ana", legal_name="Ana Bell", pronouns="she/her", date_of_birth=DOB,
        phone="555 0100 200", phone_ok_message=True, email="ana@example.org",
        preferred_language="Portuguese", referral_source="Walk-in", safety_sensitive=True,
    )  # fmt: skip
    c = intake.register_client(agency.db, agency.wendy, data)
    assert [w.full_name for w in c.workers] == ["Wendy Worker"]
    assert (c.phone_ok_message, c.email_ok_message, c.safety_sensitive) == (True, False, True)
    assert (c.preferred_language, c.referral_source) == ("Portuguese", "Walk-in")
    assert _names(agency, agency.wendy) == ["Ana"]
    with pytest.raises(PermissionDenied, match="for themselves"):
        intake.register_client(agency.db, agency.wendy, ClientInput("Bo"), workers=[agency.will.id])
    entry = _audit(agency, "client.created")[-1]
    assert entry.entity_id == c.id and entry.details["workers"] == [agency.wendy.id]
    assert "duplicate_override" not in entry.details


def test_the_agency_can_keep_registering_to_supervisors(agency: Agency) -> None:
    a = users.get_agency(agency.db)
    assert a.workers_may_register_clients is True
    users.update_agency(agency.db, agency.admin, a.version, workers_may_register_clients=False)
    with pytest.raises(PermissionDenied, match="only supervisors register"):
        intake.register_client(agency.db, agency.wendy, ClientInput("Ana"))
    c = intake.register_client(agency.db, agency.sam, ClientInput("Ana"), workers=[agency.wendy.id])
    assert _names(agency, agency.wendy) == ["Ana"]
    assert c.can_assign


def test_supervisors_register_for_their_own_team_only(agency: Agency) -> None:
    c = intake.register_client(
        agency.db, agency.sam, ClientInput("Cai"), workers=[agency.wendy.id, agency.will.id]
    )
    assert {w.full_name for w in c.workers} == {"Wendy Worker", "Will Worker"}
    with pytest.raises(PermissionDenied):
        intake.register_client(agency.db, agency.sam, ClientInput("Dee"), workers=[agency.walt.id])
    # Sam also carries clients, so without a choice the client is Sam's.
    own = intake.register_client(agency.db, agency.sam, ClientInput("Eli"))
    assert [w.full_name for w in own.workers] == ["Sam Supervisor"]


def test_administrators_cannot_register(agency: Agency) -> None:
    with pytest.raises(PermissionDenied, match="administrators have no access"):
        intake.register_client(agency.db, agency.admin, ClientInput("Ana"))


# -- input limits --------------------------------------------------------------------------


@pytest.mark.parametrize("field", sorted(LIMITS))
def test_every_text_field_has_a_limit_named_in_its_message(agency: Agency, field: str) -> None:
    too_long = "x" * (LIMITS[field] + 1)
    data = ClientInput("Ana").with_changes(**{field: too_long})
    with pytest.raises(ValidationError) as e:
        intake.register_client(agency.db, agency.wendy, data)
    assert list(e.value.problems) == [field]
    assert f"at most {LIMITS[field]:,}" in e.value.problems[field]


def test_control_characters_are_refused_but_lines_where_lines_belong(agency: Agency) -> None:
    problems = ClientInput("An\x00a", legal_name="B\x1bob", email="a@b\nc").problems()
    assert set(problems) == {"preferred_name", "legal_name", "email"}
    assert "NUL" in problems["preferred_name"]
    assert "U+001B" in problems["legal_name"]
    assert "line break" in problems["email"]
    ok = ClientInput("Ana", address="1 Main St\nFlat 2\tback door", emergency_contact="Mo\r\n555")
    assert ok.problems() == {}
    c = intake.register_client(agency.db, agency.wendy, ok)
    assert c.address == "1 Main St\nFlat 2\tback door"


def test_dates_phone_and_email_speak_plainly() -> None:
    today = dt.date(2026, 3, 1)
    problems = ClientInput(
        " ", date_of_birth=dt.date(2026, 3, 2), phone="call reception", email="ana at home"
    ).problems(today)
    assert set(problems) == {"preferred_name", "date_of_birth", "phone", "email"}
    assert "in the future" in problems["date_of_birth"]
    assert (
        "before 1900"
        in ClientInput("A", date_of_birth=dt.date(1899, 12, 31)).problems()["date_of_birth"]
    )


# -- duplicates -------------------------------------------------------------------------


def test_a_likely_duplicate_refuses_until_declared_different(agency: Agency) -> None:
    first = intake.register_client(
        agency.db, agency.wendy, ClientInput("José Ruiz", date_of_birth=DOB)
    )
    again = ClientInput("Jose Ruiz", date_of_birth=DOB)
    with pytest.raises(DuplicateFound) as e:
        intake.register_client(agency.db, agency.wendy, again)
    assert e.value.report.ids == (first.id,)
    assert f"{first.id} José Ruiz" in str(e.value)
    assert _names(agency, agency.wendy) == ["José Ruiz"]  # nothing was written
    second = intake.register_client(agency.db, agency.wendy, again, not_a_duplicate_of=(first.id,))
    entry = _audit(agency, "client.created")[-1]
    assert entry.entity_id == second.id
    assert entry.details["duplicate_override"] is True
    assert entry.details["not_a_duplicate_of"] == [first.id]


def test_an_unseen_duplicate_says_ask_your_supervisor(agency: Agency) -> None:
    intake.register_client(agency.db, agency.walt, ClientInput("Kim", phone="555 123 4567"))
    with pytest.raises(DuplicateFound) as e:
        intake.register_client(agency.db, agency.wendy, ClientInput("Kay", phone="5551234567"))
    assert e.value.report.matches == () and e.value.report.hidden == 1
    assert "ask your supervisor" in str(e.value) and "Kim" not in str(e.value)
    c = intake.register_client(
        agency.db, agency.wendy, ClientInput("Kay", phone="5551234567"), allow_duplicate=True
    )
    entry = _audit(agency, "client.created")[-1]
    assert entry.entity_id == c.id and entry.details["hidden_matches"] == 1


# -- editing and assignments ------------------------------------------------------------------


def test_editing_uses_the_same_input_and_conflicts(agency: Agency) -> None:
    c = intake.register_client(agency.db, agency.wendy, ClientInput("Lu"))
    data = ClientInput.from_record(c).with_changes(preferred_language="Mandarin", pronouns="he")
    edited = clients.update_client(agency.db, agency.wendy, c.id, c.version, data)
    assert (edited.preferred_language, edited.pronouns) == ("Mandarin", "he")
    with pytest.raises(ConflictError, match="changed by Wendy Worker"):
        clients.update_client(agency.db, agency.sam, c.id, c.version, data)
    with pytest.raises(ValidationError):
        clients.update_client(
            agency.db, agency.wendy, c.id, edited.version, data.with_changes(phone="\x00")
        )


def test_a_caseload_moves_with_its_follow_ups(agency: Agency) -> None:
    a = intake.register_client(agency.db, agency.wendy, ClientInput("Ana"))
    b = intake.register_client(agency.db, agency.wendy, ClientInput("Bo"))
    intake.register_client(agency.db, agency.wendy, ClientInput("Cy"))
    f = followups.add_follow_up(agency.db, agency.wendy, a.id, dt.date.today(), "call back")
    with pytest.raises(PermissionDenied):  # Sue supervises neither
        assignments.reassign_caseload(agency.db, agency.sue, agency.wendy.id, agency.walt.id)
    with pytest.raises(ValidationError, match="not on Will Worker's caseload"):
        assignments.reassign_caseload(
            agency.db, agency.sam, agency.will.id, agency.wendy.id, [a.id]
        )
    moved = assignments.reassign_caseload(
        agency.db, agency.sam, agency.wendy.id, agency.will.id, [a.id, b.id]
    )
    assert moved == 2
    assert _names(agency, agency.will, sort="name") == ["Ana", "Bo"]
    assert _names(agency, agency.wendy) == ["Cy"]
    with agency.db.read() as s:
        assert s.get_one(FollowUp, f.id).owner_id == agency.will.id
    assert len(_audit(agency, "client.reassigned")) == 2
    assert (
        assignments.reassign_caseload(agency.db, agency.sam, agency.wendy.id, agency.will.id) == 1
    )


def test_a_transfer_hands_the_client_to_another_team(agency: Agency) -> None:
    c = intake.register_client(agency.db, agency.wendy, ClientInput("Dee"))
    with pytest.raises(PermissionDenied):
        assignments.transfer_client(agency.db, agency.wendy, c.id, c.version, [agency.walt.id])
    done = assignments.transfer_client(agency.db, agency.sam, c.id, c.version, [agency.walt.id])
    assert [w.full_name for w in done.workers] == ["Walt Worker"]
    assert done.supervisors == ("Sue Supervisor",) and not done.visible
    assert _names(agency, agency.sue, scope="team") == ["Dee"]
    with pytest.raises(NotFound):
        clients.get_client(agency.db, agency.sam, c.id)
    entry = _audit(agency, "client.transferred")[-1]
    assert entry.details["from_worker_ids"] == [agency.wendy.id]
    assert entry.details["to_supervisor_ids"] == [agency.sue.id]
    assert entry.details["from_supervisor_ids"] == [agency.sam.id]
    # The transfer moved the version on: a second one from the old version conflicts.
    with pytest.raises(ConflictError, match="Sam Supervisor"):
        assignments.transfer_client(agency.db, agency.sue, c.id, c.version, [agency.walt.id])
