"""Handover summaries end to end, on SQLite and PostgreSQL: the PDFs are read back with pypdf.

Every piece of text that may or may not be shared carries a unique marker, so a
test can say exactly what reached the recipient and what did not.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from pswdesk.errors import NotFound, PermissionDenied, PswdeskError, ValidationError
from pswdesk.models import AuditEntry, CareTeamMember, Client, Consent, Disclosure, SafetyPlan
from pswdesk.services import audit, handover, notes, review, users
from pswdesk.services.access import Actor
from pswdesk.services.consent_rules import SECTION_KEYS, ConsentState
from pswdesk.services.handover import NoActiveConsent
from pswdesk.services.notes import SelfCareContent
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.notes_support import full_content, new_client

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today


def start() -> dt.date:
    return today() - dt.timedelta(days=60)


# -- a client whose record has something in every section -----------------------------------


@dataclass
class World:
    agency: Agency
    client_id: int
    care_member_id: int
    consents: dict[str, int]


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def _note(agency: Agency, author: Actor, client_id: int, tag: str, days_ago: int, **extra):  # type: ignore[no-untyped-def]
    values: dict[str, object] = {
        "contact_at": dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago, hours=1),
        "summary": f"SUMMARY-{tag}",
        "s1_expressed": f"LISTEN-{tag} said things were hard",
        "s2_insights": f"EXPLORE-{tag}",
        "s3_text": f"GOALTALK-{tag}",
        "s4_text": f"STRENGTHTALK-{tag}",
        "s5_text": f"SAFETYTALK-{tag}",
        "s6_text": f"FOLLOWTALK-{tag}",
        "s6_care_team": f"CARETALK-{tag}",
        "s7_text": f"REFERTALK-{tag}",
        "risk_indicators": (f"RISKIND-{tag}",),
        "risk_level": RiskLevel.LOW,
        "goal_items": ({"text": f"GOAL-{tag} walk daily", "why": f"WHY-{tag}"},),
        "strength_items": ({"kind": "support", "text": f"STRENGTH-{tag}"},),
        "referral_items": ({"to_whom": f"REFERRAL-{tag}", "reason": "meals", "status": "made"},),
        "self_care": SelfCareContent(
            impact=f"SELFCARE-{tag}", boundaries=f"BOUNDARY-{tag}", plan=f"SELFPLAN-{tag}"
        ),
    }
    content = full_content(**{**values, **extra})
    return notes.create_draft(agency.db, author, client_id, content)


def approved(agency: Agency, client_id: int, tag: str, days_ago: int = 5, **extra) -> int:  # type: ignore[no-untyped-def]
    draft = _note(agency, agency.wendy, client_id, tag, days_ago, **extra)
    sent = notes.submit(agency.db, agency.wendy, draft.id, draft.version)
    return review.approve(agency.db, agency.sam, sent.id, sent.version).id


def submitted(agency: Agency, client_id: int, tag: str, days_ago: int = 3) -> int:
    draft = _note(agency, agency.wendy, client_id, tag, days_ago)
    return notes.submit(agency.db, agency.wendy, draft.id, draft.version).id


def consent(
    agency: Agency,
    client_id: int,
    scope: list[str],
    *,
    recipient: str = "Dr Rivera (GP, Eastside Practice)",
    member_id: int | None = None,
    given: dt.date | None = None,
    expires: dt.date | None = None,
    revoked: dt.date | None = None,
) -> int:
    with agency.db.write() as s:
        row = Consent(
            client_id=client_id, care_team_member_id=member_id, recipient=recipient,
            purpose="PURPOSE-coordinated care", scope=scope, how_given="written",
            given_on=given or today() - dt.timedelta(days=100), expires_on=expires,
            revoked_on=revoked, recorded_by_id=agency.wendy.id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def world(agency: Agency) -> World:
    db = agency.db
    cid = new_client(agency, agency.wendy, "Robin Marker")
    approved(agency, cid, "A1", days_ago=20)
    approved(agency, cid, "A2", days_ago=10, risk_level=RiskLevel.MODERATE,
             risk_actions=("safety_plan_reviewed",))  # fmt: skip
    submitted(agency, cid, "SUB")
    notes.create_draft(
        db, agency.wendy, cid,
        full_content(summary="DRAFT-SUMMARY", s1_expressed="DRAFT-LISTEN",
                     self_care=SelfCareContent(impact="SELFCARE-DRAFT")),
    )  # fmt: skip
    with db.write() as s:
        member = CareTeamMember(
            client_id=cid, name="Dr Rivera", role="GP", organisation="Eastside Practice"
        )
        other = CareTeamMember(client_id=cid, name="CARETEAM-OTHER Nurse", role="nurse")
        s.add_all([member, other])
        s.add(
            SafetyPlan(
                client_id=cid,
                version_no=1,
                created_by_id=agency.wendy.id,
                warning_signs="SAFETYPLAN-OLD",
                coping_strategies="old coping",
            )
        )
        s.add(
            SafetyPlan(
                client_id=cid,
                version_no=2,
                created_by_id=agency.wendy.id,
                warning_signs="SAFETYPLAN-WARN stays in bed",
                people_to_ask="SAFETYPLAN-PEOPLE",
                reasons_for_living="SAFETYPLAN-REASONS",
            )
        )
        s.flush()
        member_id = member.id
    consents = {
        "narrow": consent(agency, cid, ["goals", "contacts"], member_id=member_id),
        "full": consent(agency, cid, list(SECTION_KEYS), recipient="Full Scope Clinic"),
        "expired": consent(agency, cid, ["goals"], recipient="Expired Clinic",
                           expires=today() - dt.timedelta(days=1)),
        "revoked": consent(agency, cid, ["goals"], recipient="Revoked Clinic",
                           revoked=today() - dt.timedelta(days=3)),
        "future": consent(agency, cid, ["goals"], recipient="Future Clinic",
                          given=today() + dt.timedelta(days=3)),
    }  # fmt: skip
    return World(agency, cid, member_id, consents)


def make(world: World, actor: Actor | None = None, **kwargs) -> tuple[handover.HandoverResult, str]:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    kwargs.setdefault("date_from", start())
    kwargs.setdefault("date_to", today())
    result = handover.produce_handover(
        world.agency.db, actor or world.agency.wendy, world.client_id, output=out, **kwargs
    )
    data = out.getvalue()
    assert data.startswith(b"%PDF") and len(data) == result.size_bytes
    return result, pdf_text(data)


def disclosures(world: World) -> int:
    with world.agency.db.read() as s:
        return s.scalar(select(func.count()).select_from(Disclosure)) or 0


# -- what is shared ---------------------------------------------------------------------------


def test_consent_scope_decides_the_sections(world: World) -> None:
    result, text = make(world, consent_id=world.consents["narrow"])
    assert result.sections == ("goals", "contacts")
    assert set(result.withheld) == set(SECTION_KEYS) - {"goals", "contacts"}
    assert "Goals and progress" in text and "GOAL-A1 walk daily" in text and "WHY-A1" in text
    assert "Contact summaries" in text and "SUMMARY-A1" in text and "LISTEN-A2" in text
    # Withheld sections: their content is absent, and the PDF says they were withheld.
    for absent in ("SAFETYPLAN-", "STRENGTH-A", "REFERRAL-A", "CARETEAM-OTHER", "RISKIND-",
                   "SAFETYTALK-", "STRENGTHTALK-", "REFERTALK-", "CARETALK-"):  # fmt: skip
        assert absent not in text, absent
    tail = text[text.index("Not included in this summary") :]
    for label in ("Current risk level", "Safety plan", "Strengths and resources", "Referrals",
                  "Care team", "Planned follow-ups"):  # fmt: skip
        assert label in tail
    # Passages about a covered section stay in the contact summaries.
    assert "GOALTALK-A1" in text
    assert "PURPOSE-coordinated care" in text and "Dr Rivera (GP, Eastside Practice)" in text


def test_full_consent_shares_every_section(world: World) -> None:
    result, text = make(world, consent_id=world.consents["full"])
    assert result.sections == SECTION_KEYS and result.withheld == ()
    for present in ("SAFETYPLAN-WARN", "SAFETYPLAN-PEOPLE", "SAFETYPLAN-REASONS", "STRENGTH-A1",
                    "REFERRAL-A2", "CARETEAM-OTHER", "RISKIND-A2", "Moderate", "SAFETYTALK-A2",
                    "CARETALK-A1", "Robin Marker", "Wendy Worker", "Sam Supervisor"):  # fmt: skip
        assert present in text, present
    assert "SAFETYPLAN-OLD" not in text  # only the current version
    assert "Nothing was withheld" in text


def test_chosen_sections_must_lie_within_the_consent(world: World) -> None:
    result, text = make(world, consent_id=world.consents["full"], sections=["referrals"])
    assert result.sections == ("referrals",) and "REFERRAL-A1" in text
    assert "GOAL-A1" not in text and "SUMMARY-A1" not in text
    assert "Not chosen by the sender" in text
    with pytest.raises(PermissionDenied, match="does not cover Safety plan"):
        make(world, consent_id=world.consents["narrow"], sections=["goals", "safety_plan"])
    with pytest.raises(ValidationError, match="unknown section"):
        make(world, consent_id=world.consents["narrow"], sections=["diagnosis"])
    with pytest.raises(ValidationError, match="at least one"):
        make(world, consent_id=world.consents["narrow"], sections=[])


def test_self_care_never_appears(world: World) -> None:
    full = world.consents["full"]
    texts = [
        make(world, consent_id=full)[1],
        make(world, consent_id=full, include_unreviewed=True)[1],
        make(world, world.agency.sam, consent_id=full, include_unreviewed=True)[1],
        make(world, emergency_reason="Hospital", recipient_name="ED", include_unreviewed=True)[1],
    ]
    for text in texts:
        for marker in ("SELFCARE-", "BOUNDARY-", "SELFPLAN-"):
            assert marker not in text


def test_only_signed_notes_unless_asked_and_then_marked(world: World) -> None:
    _, text = make(world, consent_id=world.consents["full"])
    assert "SUMMARY-A1" in text and "SUMMARY-A2" in text
    assert "SUMMARY-SUB" not in text and "LISTEN-SUB" not in text
    assert "NOT YET REVIEWED" not in text
    assert "DRAFT-" not in text

    result, text = make(world, consent_id=world.consents["full"], include_unreviewed=True)
    assert result.contacts == 3
    assert "SUMMARY-SUB" in text and "DRAFT-" not in text
    head = text.index("SUMMARY-SUB")
    assert "NOT YET REVIEWED" in text[max(0, head - 300) : head]
    # The submitted note is the latest with a risk level: shown, and marked.
    assert "RISKIND-SUB" in text


def test_date_range_limits_the_contacts(world: World) -> None:
    result, text = make(
        world, consent_id=world.consents["full"], date_from=today() - dt.timedelta(days=15)
    )
    assert result.contacts == 1 and "SUMMARY-A2" in text and "SUMMARY-A1" not in text
    with pytest.raises(ValidationError, match="start date"):
        make(world, consent_id=world.consents["full"], date_from=today(), date_to=start())


# -- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("which", "why"),
    [("expired", "expired on"), ("revoked", "was revoked on"), ("future", "only starts on")],
)
def test_refused_without_an_active_consent(
    world: World, tmp_path: Path, which: str, why: str
) -> None:
    target = tmp_path / "handover.pdf"
    with pytest.raises(NoActiveConsent, match=f"no active consent.*{why}"):
        handover.produce_handover(
            world.agency.db, world.agency.wendy, world.client_id, consent_id=world.consents[which],
            date_from=start(), date_to=today(), output=target,
        )  # fmt: skip
    with pytest.raises(NoActiveConsent):
        handover.plan_handover(
            world.agency.db,
            world.agency.wendy,
            world.client_id,
            world.consents[which],
            start(),
            today(),
        )
    assert not target.exists()
    assert disclosures(world) == 0


def test_refused_with_no_consent_and_a_blank_reason(world: World) -> None:
    with pytest.raises(NoActiveConsent, match="no active consent"):
        make(world)
    with pytest.raises(NoActiveConsent):
        make(world, emergency_reason="   \n ", recipient_name="City ED")
    with pytest.raises(NotFound):
        make(world, consent_id=987654)
    assert disclosures(world) == 0


def test_a_consent_of_another_client_is_not_found(world: World) -> None:
    other = new_client(world.agency, world.agency.wendy, "Someone Else")
    with pytest.raises(NotFound):
        handover.produce_handover(
            world.agency.db, world.agency.wendy, other, consent_id=world.consents["full"],
            date_from=start(), date_to=today(), output=io.BytesIO(),
        )  # fmt: skip


def test_the_recipient_is_the_one_the_consent_names(world: World) -> None:
    with pytest.raises(ValidationError, match="recipient it names"):
        make(world, consent_id=world.consents["full"], recipient_name="Somebody Else")


# -- who may ----------------------------------------------------------------------------------


def _refusal(call: Callable[[], object]) -> tuple[type[Exception], str]:
    with pytest.raises(PswdeskError) as caught:
        call()
    return type(caught.value), str(caught.value)


def test_only_the_clients_workers_and_their_supervisor(world: World) -> None:
    a = world.agency
    with pytest.raises(PermissionDenied):
        make(world, a.admin, consent_id=world.consents["full"])
    with pytest.raises(PermissionDenied):
        handover.recipients(a.db, a.admin, world.client_id)
    result, _ = make(world, a.sam, consent_id=world.consents["full"])
    assert result.pages >= 1
    assert disclosures(world) == 1


def test_an_unseen_client_looks_exactly_like_a_missing_one(world: World) -> None:
    a = world.agency
    member = world.care_member_id
    calls: list[Callable[[Actor, int], object]] = [
        lambda who, cid: handover.produce_handover(
            a.db,
            who,
            cid,
            consent_id=world.consents["full"],
            date_from=start(),
            date_to=today(),
            output=io.BytesIO(),
        ),
        lambda who, cid: handover.plan_handover(a.db, who, cid, None, start(), today()),
        lambda who, cid: handover.recipients(a.db, who, cid),
        lambda who, cid: handover.client_disclosures(a.db, who, cid),
        lambda who, cid: handover.care_team_recipient(a.db, who, cid, member),
        lambda who, cid: handover.care_team_consent(a.db, who, cid, member, emergency=True),
    ]
    with a.db.read() as s:
        missing = (s.scalar(select(func.max(Client.id))) or 0) + 1
    # Will (same team, not his client), Walt and Sue (the other team) cannot see the client.
    for actor in (a.will, a.walt, a.sue):
        for call in calls:
            unseen = _refusal(partial(call, actor, world.client_id))
            absent = _refusal(partial(call, actor, missing))
            assert unseen[0] is absent[0] is NotFound
            assert unseen[1] == absent[1].replace(str(missing), str(world.client_id))
    assert disclosures(world) == 0


def test_a_supervisor_who_sees_every_client_shares_only_their_teams(world: World) -> None:
    a = world.agency
    row = users.get_agency(a.db)
    users.update_agency(a.db, a.admin, row.version, supervisors_see_all_clients=True)
    with pytest.raises(PermissionDenied, match="only the client's own workers"):
        make(world, a.sue, consent_id=world.consents["full"])
    assert disclosures(world) == 0


# -- the record -------------------------------------------------------------------------------


def test_every_handover_is_recorded_with_its_audit_entry(world: World, tmp_path: Path) -> None:
    db = world.agency.db
    target = tmp_path / "out.pdf"
    result = handover.produce_handover(
        db, world.agency.wendy, world.client_id, consent_id=world.consents["narrow"],
        date_from=start(), date_to=today(), output=target,
    )  # fmt: skip
    assert result.path == target and target.read_bytes().startswith(b"%PDF")
    with db.read() as s:
        row = s.get(Disclosure, result.disclosure_id)
        assert row is not None
        assert (row.client_id, row.user_id, row.consent_id) == (
            world.client_id, world.agency.wendy.id, world.consents["narrow"],
        )  # fmt: skip
        assert row.recipient == "Dr Rivera (GP, Eastside Practice)"
        assert row.sections == ["goals", "contacts"]
        assert (row.date_from, row.date_to, row.emergency_reason) == (start(), today(), "")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "disclosure")).one()
        assert entry.entity_id == row.id and entry.actor_name == "wendy"
        assert entry.details["sections"] == ["goals", "contacts"]
        assert entry.details["sha256"] == result.sha256
        assert entry.details["client_id"] == world.client_id
        assert audit.verify_chain(s) == []
    (listed,) = handover.client_disclosures(db, world.agency.sam, world.client_id)
    assert listed.id == result.disclosure_id and listed.user_name == "Wendy Worker"
    assert listed.section_labels == ("Goals and progress", "Contact summaries")
    assert not listed.emergency
    with pytest.raises(NotFound, match=f"no client {world.client_id}"):
        handover.client_disclosures(db, world.agency.walt, world.client_id)


def test_a_failed_write_leaves_no_record(world: World, tmp_path: Path) -> None:
    with pytest.raises(PswdeskError, match="cannot write"):
        handover.produce_handover(
            world.agency.db, world.agency.wendy, world.client_id,
            consent_id=world.consents["full"], date_from=start(), date_to=today(),
            output=tmp_path / "missing-folder" / "out.pdf",
        )  # fmt: skip
    assert disclosures(world) == 0


def test_emergency_disclosure_is_marked_and_flagged(world: World) -> None:
    a = world.agency
    out = io.BytesIO()
    result = handover.produce_handover(
        a.db, a.wendy, world.client_id, emergency_reason="  Found unconscious; ED needs history ",
        recipient_name="City Hospital ED", date_from=start(), date_to=today(), output=out,
    )  # fmt: skip
    assert result.emergency and result.sections == SECTION_KEYS
    pages = pdf_pages(out.getvalue())
    assert all("EMERGENCY DISCLOSURE" in p for p in pages)
    text = "\n".join(pages)
    assert "Found unconscious; ED needs history" in text and "City Hospital ED" in text
    assert "SAFETYPLAN-WARN" in text and "SUMMARY-A1" in text
    with a.db.read() as s:
        row = s.get(Disclosure, result.disclosure_id)
        assert row is not None and row.consent_id is None
        assert row.emergency_reason == "Found unconscious; ED needs history"
        flag = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "disclosure.emergency")
        ).one()
        assert flag.entity_id == row.id and flag.details["supervisors"] == [a.sam.id]
    (seen,) = handover.emergency_disclosures(a.db, a.sam)
    assert seen.id == result.disclosure_id and seen.emergency
    assert seen.client_name == "Robin Marker" and seen.recipient == "City Hospital ED"
    assert handover.emergency_disclosures(a.db, a.sue) == []
    with pytest.raises(PermissionDenied):
        handover.emergency_disclosures(a.db, a.wendy)
    # An emergency still needs to say to whom.
    with pytest.raises(ValidationError, match="who receives"):
        make(world, emergency_reason="urgent")


def test_emergency_to_a_recipient_whose_consent_lapsed(world: World) -> None:
    result, text = make(world, consent_id=world.consents["expired"], emergency_reason="Crisis")
    assert result.emergency and "Expired Clinic" in text
    with world.agency.db.read() as s:
        row = s.get(Disclosure, result.disclosure_id)
        assert row is not None and row.consent_id is None and row.recipient == "Expired Clinic"


# -- choosing ---------------------------------------------------------------------------------


def test_recipients_and_plan(world: World) -> None:
    a = world.agency
    options = handover.recipients(a.db, a.wendy, world.client_id)
    assert [o.active for o in options] == [True, True, False, False, False]
    states = {o.consent_id: o.state for o in options}
    assert states[world.consents["expired"]] is ConsentState.EXPIRED
    assert states[world.consents["revoked"]] is ConsentState.REVOKED
    assert states[world.consents["future"]] is ConsentState.FUTURE
    narrow = next(o for o in options if o.consent_id == world.consents["narrow"])
    assert narrow.care_team_member == "Dr Rivera (GP, Eastside Practice)"
    assert narrow.scope == ("goals", "contacts")

    plan = handover.plan_handover(
        a.db, a.wendy, world.client_id, narrow.consent_id, start(), today()
    )
    assert plan.allowed == ("goals", "contacts") and not plan.emergency
    assert "risk" in plan.withheld and "follow_ups" in plan.withheld
    assert (plan.approved_contacts, plan.unreviewed_contacts) == (2, 1)
    emergency = handover.plan_handover(a.db, a.wendy, world.client_id, None, start(), today())
    assert emergency.emergency and emergency.allowed == SECTION_KEYS


# -- how it prints ----------------------------------------------------------------------------


def test_every_page_is_numbered_and_long_notes_lose_nothing(world: World) -> None:
    words = [f"w{i:04d}" for i in range(2500)]
    approved(world.agency, world.client_id, "LONG", days_ago=1, s2_questions=" ".join(words))
    out = io.BytesIO()
    result = handover.produce_handover(
        world.agency.db, world.agency.wendy, world.client_id, consent_id=world.consents["full"],
        date_from=start(), date_to=today(), output=out,
    )  # fmt: skip
    pages = pdf_pages(out.getvalue())
    assert len(pages) == result.pages >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Robin Marker" in page and "Generated" in page and "CONFIDENTIAL" in page
    flat = "".join("".join(pages).split())
    positions = [flat.find(w) for w in words]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)


def test_markup_in_names_and_notes_prints_literally(agency: Agency) -> None:
    name = '<b>Ann & "Co"</b>'
    cid = new_client(agency, agency.wendy, name)
    world = World(agency, cid, 0, {})
    approved(agency, cid, "M", summary='<i>not italic</i> &amp; <font size="40">x</font>')
    world.consents["all"] = consent(agency, cid, list(SECTION_KEYS), recipient="<u>GP</u> & co")
    _, text = make(world, consent_id=world.consents["all"])
    assert name in text
    assert '<i>not italic</i> &amp; <font size="40">x</font>' in text
    assert "<u>GP</u> & co" in text


@pytest.mark.parametrize(
    "name", ["Zoë Ñúñez", "Анна Петрова", "ᐊᓂᔭ ᓯᓚ", "Łukasz Wiśniewski-Nguyễn"]
)
def test_non_latin_names_print_with_real_glyphs(agency: Agency, name: str) -> None:
    cid = new_client(agency, agency.wendy, name)
    world = World(agency, cid, 0, {})
    approved(agency, cid, "N", s1_expressed=f"{name} talked about home")
    world.consents["all"] = consent(agency, cid, list(SECTION_KEYS), recipient=f"Dr {name}")
    _, text = make(world, consent_id=world.consents["all"])
    assert text.count(name) >= 4  # subtitle, client table, note, every page footer ...
    assert f"{name} talked about home" in text
