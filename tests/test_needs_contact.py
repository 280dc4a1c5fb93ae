"""Risk continuity on both backends: who "needs contact", and step 5 with an open alert.

Times are passed to the service (``now``/``today``) so that "three days later" is
tested without waiting: the notes are written now, the list is asked about later.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from pswdesk.errors import PermissionDenied, ValidationError
from pswdesk.framework import RiskAction
from pswdesk.models import AuditEntry, BriefContact, FollowUp
from pswdesk.services import clients, followups, needs_contact, notes, risk_alerts, users
from pswdesk.services.access import Actor
from pswdesk.services.note_rules import validate_for_submit
from pswdesk.vocabulary import BriefContactType, RiskLevel
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=1)
# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today
DAY = dt.timedelta(days=1)


def at_risk(
    agency: Agency,
    worker: Actor,
    name: str,
    level: RiskLevel,
    *,
    contact_at: dt.datetime = NOW,
    follow_up_in: int = 30,
    done: bool = True,
) -> int:
    """A client whose submitted note rated them ``level``; its follow-up done unless not."""
    cid = new_client(agency, worker, name)
    note = submitted_note(
        agency, worker, cid, contact_at=contact_at, risk_level=level,
        risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED,),
        follow_up_date=today() + dt.timedelta(days=follow_up_in),
    )  # fmt: skip
    if done:
        finish_follow_ups(agency, worker, note.id)
    return cid


def finish_follow_ups(agency: Agency, worker: Actor, note_id: int) -> None:
    with agency.db.read() as s:
        ids = list(s.scalars(select(FollowUp.id).where(FollowUp.note_id == note_id)))
    for fid in ids:
        followups.complete_follow_up(agency.db, worker, fid)


def listed(agency: Agency, actor: Actor, later: dt.timedelta = dt.timedelta(0)) -> list[str]:
    """Names on the actor's "needs contact" list, ``later`` after NOW."""
    rows = needs_contact.needs_contact(
        agency.db, actor, now=NOW + later, today=today() + dt.timedelta(days=later.days)
    )
    return [r.client_name for r in rows]


# -- the rule ---------------------------------------------------------------------------


def test_each_risk_level_after_its_own_days(agency: Agency) -> None:
    w = agency.wendy
    at_risk(agency, w, "Hal", RiskLevel.HIGH)
    at_risk(agency, w, "Ivy", RiskLevel.IMMINENT)
    at_risk(agency, w, "Mo", RiskLevel.MODERATE)
    at_risk(agency, w, "Lou", RiskLevel.LOW)
    assert listed(agency, w, DAY) == []
    assert listed(agency, w, 3 * DAY) == ["Ivy"]
    assert listed(agency, w, 8 * DAY) == ["Ivy", "Hal"]  # imminent first
    assert listed(agency, w, 400 * DAY) == ["Ivy", "Hal"]  # moderate and low never

    ivy, hal = needs_contact.needs_contact(agency.db, w, now=NOW + 8 * DAY, today=today() + 8 * DAY)
    assert (ivy.level, ivy.days_allowed, ivy.workers) == (RiskLevel.IMMINENT, 2, "Wendy Worker")
    assert (hal.level, hal.days_allowed) == (RiskLevel.HIGH, 7)
    assert hal.last_contact_at == NOW
    assert hal.reason(NOW + 8 * DAY) == (
        "High risk, last contact 8 days ago; no follow-up planned within 7 days"
    )


def test_the_days_boundary_and_the_agency_setting(agency: Agency) -> None:
    w = agency.wendy
    at_risk(agency, w, "Ivy", RiskLevel.IMMINENT)
    second = dt.timedelta(seconds=1)
    assert listed(agency, w, 2 * DAY) == []  # exactly two days: still within them
    assert listed(agency, w, 2 * DAY + second) == ["Ivy"]

    a = users.get_agency(agency.db)
    users.update_agency(agency.db, agency.admin, a.version, needs_contact_imminent_days=3)
    assert listed(agency, w, 2 * DAY + second) == []
    assert listed(agency, w, 3 * DAY + second) == ["Ivy"]


def test_an_open_follow_up_within_the_days_counts_a_done_or_missed_one_does_not(
    agency: Agency,
) -> None:
    w = agency.wendy
    soon = at_risk(agency, w, "Hal", RiskLevel.HIGH, follow_up_in=10, done=False)
    at_risk(agency, w, "Far", RiskLevel.HIGH, follow_up_in=20, done=False)
    # Day 8: Hal's check-in is two days ahead; Far's is twelve, beyond the seven.
    assert listed(agency, w, 8 * DAY) == ["Far"]
    # Day 11: Hal's check-in was missed (overdue), which is no plan at all.
    assert listed(agency, w, 11 * DAY) == ["Hal", "Far"]

    (open_one,) = followups.client_follow_ups(agency.db, w, soon)
    followups.complete_follow_up(agency.db, w, open_one.id)
    assert listed(agency, w, 8 * DAY) == ["Hal", "Far"]  # done, and nobody reached them

    followups.add_follow_up(agency.db, w, soon, today() + 9 * DAY, "call about the plan")
    assert listed(agency, w, 8 * DAY) == ["Far"]


def test_a_later_contact_clears_it_and_a_draft_does_not(agency: Agency) -> None:
    w = agency.wendy
    ivy = at_risk(agency, w, "Ivy", RiskLevel.IMMINENT, contact_at=NOW - 5 * DAY)
    hal = at_risk(agency, w, "Hal", RiskLevel.HIGH, contact_at=NOW - 9 * DAY)
    assert listed(agency, w) == ["Ivy", "Hal"]

    notes.create_draft(agency.db, w, ivy, full_content(contact_at=NOW - dt.timedelta(hours=1)))
    assert listed(agency, w) == ["Ivy", "Hal"]  # a draft is not on the record yet

    # A note with no risk rating: the risk stands, the contact is recorded.
    submitted_note(
        agency, w, ivy, contact_at=NOW - dt.timedelta(hours=1), risk_level=None,
        follow_up_date=None,
    )  # fmt: skip
    assert listed(agency, w) == ["Hal"]
    assert listed(agency, w, 2 * DAY) == ["Ivy", "Hal"]  # and two days on, again

    with agency.db.write() as s:
        s.add(
            BriefContact(
                client_id=hal, author_id=w.id, contact_at=NOW - dt.timedelta(hours=2),
                contact_type=BriefContactType.PHONE, minutes=5, text="Checked in by phone",
            )
        )  # fmt: skip
    assert listed(agency, w) == []
    (hal_row,) = needs_contact.needs_contact(
        agency.db, w, now=NOW + 7 * DAY, today=today() + 7 * DAY
    )[1:]
    assert hal_row.last_contact_at == NOW - dt.timedelta(hours=2)  # the brief contact


def test_an_open_alert_counts_until_a_supervisor_clears_it(agency: Agency) -> None:
    w = agency.wendy
    cid = at_risk(agency, w, "Hal", RiskLevel.HIGH, contact_at=NOW - 9 * DAY)
    calmer = submitted_note(
        agency, w, cid, contact_at=NOW - 8 * DAY, risk_level=RiskLevel.LOW, follow_up_date=None
    )
    assert calmer.content.risk_level == RiskLevel.LOW
    (row,) = needs_contact.needs_contact(agency.db, w, now=NOW, today=today())
    assert row.level == RiskLevel.HIGH  # the open alert's level, not the latest rating

    risk_alerts.clear_risk_alert(agency.db, agency.sam, cid, "seen by the crisis team")
    assert listed(agency, w) == []


def test_supervisors_see_their_team_workers_their_own(agency: Agency) -> None:
    old = NOW - 3 * DAY
    at_risk(agency, agency.wendy, "Wren", RiskLevel.IMMINENT, contact_at=old)
    at_risk(agency, agency.will, "Wilf", RiskLevel.IMMINENT, contact_at=old)
    at_risk(agency, agency.walt, "Walt's client", RiskLevel.IMMINENT, contact_at=old)
    assert sorted(listed(agency, agency.sam)) == ["Wilf", "Wren"]
    assert listed(agency, agency.sue) == ["Walt's client"]
    assert listed(agency, agency.wendy) == ["Wren"]
    assert listed(agency, agency.will) == ["Wilf"]
    assert listed(agency, agency.walt) == ["Walt's client"]
    with pytest.raises(PermissionDenied):
        needs_contact.needs_contact(agency.db, agency.admin)


def test_one_statement_for_the_list_however_many_clients(agency: Agency) -> None:
    w = agency.wendy
    counted: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        counted.append(statement)

    def statements() -> int:
        counted.clear()
        event.listen(agency.db.engine, "before_cursor_execute", count)
        try:
            rows = needs_contact.needs_contact(agency.db, w, now=NOW + 3 * DAY, today=today())
        finally:
            event.remove(agency.db.engine, "before_cursor_execute", count)
        assert rows
        return len(counted)

    at_risk(agency, w, "Ivy 0", RiskLevel.IMMINENT)
    one = statements()
    for n in range(1, 6):
        at_risk(agency, w, f"Ivy {n}", RiskLevel.IMMINENT)
    assert statements() == one


# -- the settings -----------------------------------------------------------------------


def test_settings_default_validate_and_are_audited(agency: Agency) -> None:
    db, admin = agency.db, agency.admin
    a = users.get_agency(db)
    assert (a.needs_contact_imminent_days, a.needs_contact_high_days) == (2, 7)
    for bad in (
        {"needs_contact_imminent_days": 0},
        {"needs_contact_imminent_days": 15},
        {"needs_contact_high_days": True},
        {"needs_contact_imminent_days": 8},  # longer than high risk's 7
    ):
        with pytest.raises(ValidationError) as caught:
            users.update_agency(db, admin, a.version, **bad)
        assert set(caught.value.problems) == set(bad)
    assert users.get_agency(db).version == a.version

    saved = users.update_agency(
        db, admin, a.version, needs_contact_imminent_days=1, needs_contact_high_days=5
    )
    assert (saved.needs_contact_imminent_days, saved.needs_contact_high_days) == (1, 5)
    with db.read() as s:
        entry = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "agency.changed")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None
    assert entry.details["changes"] == {
        "needs_contact_imminent_days": [2, 1],
        "needs_contact_high_days": [7, 5],
    }


# -- step 5 with an open risk alert -------------------------------------------------------


def _skipping_safety() -> dict[str, object]:
    return {
        "not_addressed": ("safety",), "risk_level": None, "risk_indicators": (),
        "risk_actions": (), "s5_text": "", "follow_up_date": None,
    }  # fmt: skip


def test_the_rule_alone() -> None:
    content = full_content(**_skipping_safety())
    assert validate_for_submit(content) == {}
    problems = validate_for_submit(content, open_risk_alert=True)
    assert set(problems) == {"step.safety"}
    assert "open risk alert" in problems["step.safety"]
    assert validate_for_submit(full_content(), open_risk_alert=True) == {}


def test_step_5_cannot_be_skipped_while_an_alert_is_open(agency: Agency) -> None:
    db, w = agency.db, agency.wendy
    cid = at_risk(agency, w, "Hal", RiskLevel.HIGH)
    calm = new_client(agency, w, "Calm")
    skipping = full_content(**_skipping_safety())

    draft = notes.create_draft(db, w, cid, skipping)
    with pytest.raises(ValidationError) as caught:
        notes.submit(db, w, draft.id, draft.version)
    assert set(caught.value.problems) == {"step.safety"}
    assert "cannot be marked not addressed" in caught.value.problems["step.safety"]

    other = notes.create_draft(db, w, calm, skipping)
    assert notes.submit(db, w, other.id, other.version).status == "submitted"

    risk_alerts.clear_risk_alert(db, agency.sam, cid, "reviewed in supervision")
    again = notes.get_note(db, w, draft.id)
    assert notes.submit(db, w, again.id, again.version).status == "submitted"


def test_the_caseload_flags_them_and_puts_them_first_in_the_risk_order(agency: Agency) -> None:
    w = agency.wendy
    at_risk(agency, w, "Zed Fresh", RiskLevel.IMMINENT)  # seen just now
    at_risk(agency, w, "Imogen Unseen", RiskLevel.HIGH, contact_at=NOW - 9 * DAY)
    new_client(agency, w, "Aaron Calm")
    rows = clients.list_caseload(agency.db, w)
    assert [(r.preferred_name, r.needs_contact) for r in rows] == [
        ("Imogen Unseen", True), ("Zed Fresh", False), ("Aaron Calm", False),
    ]  # fmt: skip
    by_name = clients.list_caseload(agency.db, w, sort="name")
    assert [r.preferred_name for r in by_name] == ["Aaron Calm", "Imogen Unseen", "Zed Fresh"]
    assert [r.needs_contact for r in by_name] == [False, True, False]
    team = clients.list_caseload(agency.db, agency.sam, scope="team")
    assert team[0].preferred_name == "Imogen Unseen" and team[0].needs_contact
