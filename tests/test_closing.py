"""Closing and reopening a file: what must be resolved first, who may, and read-only files."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from pswdesk.errors import ConflictError, LockedError, PermissionDenied, ValidationError
from pswdesk.models import AuditEntry, Client
from pswdesk.services import (
    care_team,
    clients,
    closing,
    consents,
    followups,
    goals,
    intake,
    notes,
    referrals,
    review,
    safety_plans,
    strengths,
    users,
)
from pswdesk.services.client_input import ClientInput
from pswdesk.vocabulary import ClientStatus, CloseReason
from tests.conftest import Agency
from tests.notes_support import full_content, submitted_note

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today


def _client(agency: Agency, name: str = "Robin") -> clients.ClientDetail:
    return intake.register_client(
        agency.db, agency.sam, ClientInput(name), workers=[agency.wendy.id]
    )


def _close(agency: Agency, actor, cid: int, **kw) -> clients.ClientDetail:  # type: ignore[no-untyped-def]
    c = clients.get_client(agency.db, actor, cid, audit_open=False)
    reason = kw.pop("reason", CloseReason.GOALS_MET)
    return closing.close_client(
        agency.db, actor, cid, c.version, reason, kw.pop("on", today()), **kw
    )


def _names(agency: Agency, actor, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.preferred_name for r in clients.list_caseload(agency.db, actor, sort="name", **kw)]


def test_what_is_open_is_resolved_before_closing(agency: Agency) -> None:
    c = _client(agency)
    sent = submitted_note(agency, agency.wendy, c.id)  # its follow-up date makes a follow-up
    draft = notes.create_draft(agency.db, agency.wendy, c.id, full_content())
    blockers = closing.close_blockers(agency.db, agency.wendy, c.id)
    assert [n.id for n in blockers.drafts] == [draft.id]
    assert [n.id for n in blockers.submitted] == [sent.id]
    assert len(blockers.open_follow_ups) == 1 and blockers.blocking
    with pytest.raises(ValidationError) as e:
        _close(agency, agency.sam, c.id)
    assert "1 open follow-up and 1 note waiting for review" in str(e.value)
    review.approve(agency.db, agency.sam, sent.id, sent.version)
    followups.complete_follow_up(agency.db, agency.sam, blockers.open_follow_ups[0].id)
    # Wendy's draft is hers to resolve; it does not stop her supervisor closing the file.
    assert not closing.close_blockers(agency.db, agency.sam, c.id).blocking
    closed = _close(agency, agency.sam, c.id, reason=CloseReason.CHOSE_TO_END)
    assert (closed.status, closed.closed_on, closed.close_reason) == (
        "closed",
        today(),
        "chose_to_end",
    )
    assert closed.closed
    # The file is read-only now, but a stray draft can still be thrown away.
    with pytest.raises(LockedError, match="Robin's file is closed; reopen it to make changes"):
        notes.save_draft(agency.db, agency.wendy, draft.id, full_content(), draft.version)
    notes.delete_draft(agency.db, agency.wendy, draft.id)


def test_workers_close_only_where_the_agency_allows(agency: Agency) -> None:
    c = _client(agency)
    with pytest.raises(PermissionDenied, match="only supervisors close"):
        _close(agency, agency.wendy, c.id)
    a = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, a.version, workers_may_close_clients=True)
    assert _close(agency, agency.wendy, c.id).status == ClientStatus.CLOSED
    with pytest.raises(PermissionDenied):
        closing.close_client(agency.db, agency.admin, c.id, 1, CloseReason.MOVED, today())


def test_a_closing_names_a_reason_and_a_date(agency: Agency) -> None:
    c = _client(agency)
    for kw, field in (
        ({"reason": CloseReason.OTHER}, "text"),
        ({"reason": CloseReason.MERGED}, "reason"),
        ({"reason": "vanished"}, "reason"),
        ({"on": today() + dt.timedelta(days=1)}, "on"),
        ({"text": "bad\x00"}, "text"),
        ({"text": "x" * 2_001}, "text"),
    ):
        with pytest.raises(ValidationError) as e:
            _close(agency, agency.sam, c.id, **kw)
        assert field in e.value.problems, kw
    closed = _close(agency, agency.sam, c.id, reason="other", text="Moved into care")
    assert closed.close_reason_text == "Moved into care"
    with pytest.raises(ConflictError, match="changed by Sam Supervisor"):
        closing.close_client(agency.db, agency.sam, c.id, c.version, CloseReason.MOVED, today())
    with pytest.raises(ConflictError, match="already closed by Sam Supervisor"):
        closing.close_client(
            agency.db, agency.sam, c.id, closed.version, CloseReason.MOVED, today()
        )


def test_a_closed_file_is_read_only_for_every_record(agency: Agency) -> None:
    c = _client(agency)
    goal = goals.add_goal(agency.db, agency.wendy, c.id, goals.GoalInput("Sleep better"))
    member = care_team.add_member(agency.db, agency.wendy, c.id, care_team.MemberInput("Dr Lee"))
    _close(agency, agency.sam, c.id)
    db, who, cid = agency.db, agency.wendy, c.id
    detail = clients.get_client(db, who, cid, audit_open=False)
    writes = {
        "note": lambda: notes.create_draft(db, who, cid),
        "goal": lambda: goals.add_goal(db, who, cid, goals.GoalInput("Walk daily")),
        "goal change": lambda: goals.update_goal(
            db, who, goal.id, goal.version, goals.GoalInput("Sleep more")
        ),
        "strength": lambda: strengths.add_strength(db, who, cid, "strength", "Kind"),
        "safety plan": lambda: safety_plans.save_new_version(
            db, who, cid, safety_plans.SafetyPlanContent(warning_signs="x"), None
        ),
        "referral": lambda: referrals.add_referral(db, who, cid, "Food bank"),
        "care team": lambda: care_team.add_member(db, who, cid, care_team.MemberInput("Mo")),
        "care team change": lambda: care_team.set_active(db, who, member.id, member.version, False),
        "consent": lambda: consents.record_consent(
            db, who, cid, consents.ConsentInput("care", ["goals"], today(), recipient="GP")
        ),
        "follow-up": lambda: followups.add_follow_up(db, who, cid, today(), "call"),
        "details": lambda: clients.update_client(
            db, who, cid, detail.version, ClientInput("Robin B")
        ),
    }
    for what, write in writes.items():
        with pytest.raises(LockedError, match="file is closed; reopen it") as e:
            write()
        assert "Robin" in str(e.value), what
    # Reading still works.
    assert [g.text for g in goals.list_goals(db, who, cid)] == ["Sleep better"]


def test_closed_files_leave_caseloads_but_stay_findable(agency: Agency) -> None:
    a, b = _client(agency, "Ana"), _client(agency, "Bo")
    _close(agency, agency.sam, b.id)
    assert _names(agency, agency.wendy) == ["Ana"]
    assert _names(agency, agency.sam, scope="team") == ["Ana"]
    assert _names(agency, agency.wendy, include_closed=True) == ["Ana", "Bo"]
    assert _names(agency, agency.wendy, status=ClientStatus.CLOSED) == ["Bo"]
    assert _names(agency, agency.wendy, status=ClientStatus.ACTIVE) == ["Ana"]
    assert clients.count_caseload(agency.db, agency.wendy, status=ClientStatus.CLOSED) == 1
    assert clients.find_client(agency.db, agency.wendy, "Bo") == b.id
    assert clients.get_client(agency.db, agency.wendy, b.id).status == "closed"
    assert a.id != b.id


def test_reopening_needs_a_reason_and_makes_the_file_writable(agency: Agency) -> None:
    c = _client(agency)
    closed = _close(agency, agency.sam, c.id, reason=CloseReason.MOVED)
    with pytest.raises(ValidationError, match="say why"):
        closing.reopen_client(agency.db, agency.sam, c.id, closed.version, "  ")
    with pytest.raises(PermissionDenied):
        closing.reopen_client(agency.db, agency.wendy, c.id, closed.version, "back in town")
    opened = closing.reopen_client(agency.db, agency.sam, c.id, closed.version, "back in town")
    assert (opened.status, opened.closed_on, opened.close_reason) == ("active", None, None)
    goals.add_goal(agency.db, agency.wendy, c.id, goals.GoalInput("Find a flat"))
    with pytest.raises(ConflictError, match="already open"):
        closing.reopen_client(agency.db, agency.sam, c.id, opened.version, "again")
    with agency.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "client.reopened")).one()
    assert entry.details["reason_given"] is True and "back in town" not in str(entry.details)
    assert entry.details["closing"]["close_reason"] == "moved"


def test_a_merged_file_points_to_the_record_kept(agency: Agency) -> None:
    kept, other = _client(agency, "Ana"), _client(agency, "Ana B")
    closed = _close(agency, agency.sam, other.id)
    with agency.db.write() as s:  # what merging leaves behind (services.merging)
        s.execute(
            update(Client)
            .where(Client.id == other.id)
            .values(close_reason=CloseReason.MERGED, merged_into_id=kept.id)
        )
    with pytest.raises(LockedError, match=f"merged into client {kept.id}; make changes there"):
        goals.add_goal(agency.db, agency.wendy, other.id, goals.GoalInput("x"))
    with pytest.raises(ConflictError, match=f"merged into client {kept.id}"):
        closing.reopen_client(agency.db, agency.sam, other.id, closed.version, "oops")


def test_supervisors_see_who_has_had_no_contact(agency: Agency) -> None:
    quiet, recent, new, gone = (_client(agency, n) for n in ("Quiet", "Recent", "New", "Gone"))
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=120)
    with agency.db.write() as s:
        s.execute(update(Client).where(Client.id == quiet.id).values(last_contact_at=long_ago))
        s.execute(
            update(Client)
            .where(Client.id == recent.id)
            .values(last_contact_at=long_ago + dt.timedelta(days=100))
        )
        s.execute(update(Client).where(Client.id == gone.id).values(created_at=long_ago))
    _close(agency, agency.sam, gone.id)
    listed = closing.no_contact_clients(agency.db, agency.sam)
    assert [r.preferred_name for r in listed] == ["Quiet"]  # 90 days by default
    assert [r.preferred_name for r in closing.no_contact_clients(agency.db, agency.sam, 10)] == [
        "Quiet",
        "Recent",
    ]
    a = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, a.version, no_contact_days=130)
    assert closing.no_contact_clients(agency.db, agency.sam) == []
    assert closing.no_contact_clients(agency.db, agency.sue, 10) == []  # not Sue's team
    with pytest.raises(ValidationError):
        closing.no_contact_clients(agency.db, agency.sam, 3)
    with pytest.raises(PermissionDenied):
        closing.no_contact_clients(agency.db, agency.wendy)
    # Only a proposal: nothing was closed.
    assert clients.get_client(agency.db, agency.wendy, quiet.id).status == "active"
    assert new.status == "active"


@pytest.mark.parametrize(
    "values",
    [
        {"no_contact_days": 6},
        {"no_contact_days": 3_651},
        {"no_contact_days": "90"},
        {"no_contact_days": True},
        {"workers_may_close_clients": "yes"},
        {"workers_may_register_clients": 1},
    ],
)
def test_the_intake_and_discharge_settings_are_checked(agency: Agency, values: dict) -> None:  # type: ignore[type-arg]
    a = users.get_agency(agency.db)
    with pytest.raises(ValidationError) as e:
        users.update_agency(agency.db, agency.admin, a.version, **values)
    assert set(e.value.problems) == set(values)
