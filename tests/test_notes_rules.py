"""Submit validation: pure rules over the note's content, no database."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pswdesk.framework import STEPS
from pswdesk.services import signing
from pswdesk.services.note_content import NoteContent, SelfCareContent, from_row, to_columns
from pswdesk.services.note_rules import (
    FIELD_LABELS,
    MAX_DURATION,
    storage_problems,
    validate_for_submit,
)
from pswdesk.services.notes import validate_for_submit as reexported
from pswdesk.vocabulary import RiskLevel
from tests.notes_support import full_content

NOW = dt.datetime(2025, 3, 14, 12, 0, tzinfo=dt.UTC)


def content(**overrides: object) -> NoteContent:
    base = full_content(contact_at=NOW - dt.timedelta(hours=1), follow_up_date=NOW.date())
    return dataclasses.replace(base, **overrides)  # type: ignore[arg-type]


def test_a_complete_note_passes() -> None:
    assert validate_for_submit(content(), now=NOW) == {}
    assert reexported is validate_for_submit


def test_an_empty_draft_is_storable_but_not_submittable() -> None:
    empty = NoteContent()
    assert storage_problems(empty) == {}
    problems = validate_for_submit(empty)
    assert "summary" in problems
    assert {f"step.{s.key}" for s in STEPS} <= set(problems)


def test_risk_indicators_need_a_level() -> None:
    p = validate_for_submit(content(risk_indicators=("self-harm",), risk_level=None), now=NOW)
    assert p == {"risk_level": "risk indicators are recorded, so choose a risk level"}


@pytest.mark.parametrize("level", [RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT])
def test_moderate_or_higher_needs_an_action_and_a_follow_up(level: RiskLevel) -> None:
    p = validate_for_submit(content(risk_level=level, follow_up_date=None), now=NOW)
    assert set(p) == {"risk_actions", "follow_up_date"}
    assert level.value in p["risk_actions"] and level.value in p["follow_up_date"]
    ok = content(risk_level=level, risk_actions=("support_system_told",))
    assert validate_for_submit(ok, now=NOW) == {}


@pytest.mark.parametrize("level", [RiskLevel.NONE, RiskLevel.LOW])
def test_low_risk_needs_no_plan(level: RiskLevel) -> None:
    assert validate_for_submit(content(risk_level=level, follow_up_date=None), now=NOW) == {}


def test_contact_time_in_the_future_is_refused_beyond_a_small_tolerance() -> None:
    assert validate_for_submit(content(contact_at=NOW + dt.timedelta(minutes=3)), now=NOW) == {}
    p = validate_for_submit(content(contact_at=NOW + dt.timedelta(minutes=30)), now=NOW)
    assert set(p) == {"contact_at"}


def test_naive_contact_time_is_read_as_local_time() -> None:
    local_noon = NOW.astimezone().replace(tzinfo=None)
    cols = to_columns(content(contact_at=local_noon))
    assert cols["contact_at"] == NOW


@pytest.mark.parametrize("minutes", [0, -5, MAX_DURATION + 1])
def test_duration_must_be_positive_and_sane(minutes: int) -> None:
    p = validate_for_submit(content(duration_minutes=minutes), now=NOW)
    assert set(p) == {"duration_minutes"}


def test_follow_up_date_in_the_past_is_refused() -> None:
    yesterday = NOW.astimezone().date() - dt.timedelta(days=1)
    p = validate_for_submit(content(follow_up_date=yesterday), now=NOW)
    assert set(p) == {"follow_up_date"}


def test_summary_is_required_and_short() -> None:
    assert set(validate_for_submit(content(summary="  \n"), now=NOW)) == {"summary"}
    assert set(validate_for_submit(content(summary="x" * 1001), now=NOW)) == {"summary"}


def test_each_step_needs_content_or_not_addressed() -> None:
    blank = content(s2_questions="", s2_insights=" ")
    p = validate_for_submit(blank, now=NOW)
    assert set(p) == {"step.exploring"}
    assert "step 2" in p["step.exploring"]
    skipped = dataclasses.replace(blank, not_addressed=("exploring",))
    assert validate_for_submit(skipped, now=NOW) == {}


def test_step_8_counts_like_the_others() -> None:
    no_care = content(self_care=SelfCareContent())
    assert set(validate_for_submit(no_care, now=NOW)) == {"step.self_care"}
    asked = content(self_care=SelfCareContent(debrief_requested=True))
    assert validate_for_submit(asked, now=NOW) == {}


def test_not_addressed_step_with_content_is_a_contradiction() -> None:
    p = validate_for_submit(content(not_addressed=("safety",)), now=NOW)
    assert set(p) == {"step.safety"}


def test_items_need_their_main_text() -> None:
    p = validate_for_submit(content(goal_items=({"text": " "},)), now=NOW)
    assert set(p) == {"goal_items"}
    review_only = content(goal_items=({"goal_id": 7, "progress": "went well"},))
    assert validate_for_submit(review_only, now=NOW) == {}
    p = validate_for_submit(content(referral_items=({"reason": "food"},)), now=NOW)
    assert set(p) == {"referral_items"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("contact_type", "carrier pigeon"),
        ("risk_level", "extreme"),
        ("risk_actions", ("called a friend",)),
        ("not_addressed", ("step nine",)),
        ("location", "x" * 201),
        ("summary", "nul\x00byte"),
        ("s5_text", "lone \ud800 surrogate"),
        ("duration_minutes", 10**12),
        ("goal_items", ({"text": "a", "colour": "red"},)),
        ("goal_items", ({"text": "a", "target_date": "next tuesday"},)),
        ("goal_items", ({"goal_id": "seven"},)),
        ("strength_items", ({"kind": "superpower", "text": "flies"},)),
        ("referral_items", ({"to_whom": "GP", "status": "accepted"},)),
        ("feelings", ("ok", "bad\x00")),
    ],
)
def test_unstorable_values_are_refused_with_a_message(field: str, value: object) -> None:
    bad = content(**{field: value})
    problems = storage_problems(bad)
    assert set(problems) == {field}
    assert problems[field]
    assert field in validate_for_submit(bad, now=NOW)


def test_nul_in_self_care_is_keyed_by_its_field() -> None:
    p = storage_problems(content(self_care=SelfCareContent(plan="a\x00b")))
    assert set(p) == {"self_care.plan"} and "NUL" in p["self_care.plan"]


def test_labels_cover_every_field_the_editor_shows() -> None:
    names = {f.name for f in dataclasses.fields(NoteContent)} - {"self_care", "risk_actions"}
    assert names <= set(FIELD_LABELS) | {"risk_actions"}
    assert FIELD_LABELS["self_care.impact"] == "Impact on me"
    assert FIELD_LABELS["goal_items"] == "Goals set or reviewed"


def test_columns_are_exactly_the_signed_fields() -> None:
    assert set(to_columns(content())) == set(signing.NOTE_CONTENT_FIELDS)


def test_long_tags_are_kept_in_a_draft_but_refused_on_submit() -> None:
    long = content(feelings=("x" * 101,))
    assert storage_problems(long) == {}
    assert set(validate_for_submit(long, now=NOW)) == {"feelings"}


def test_tags_are_trimmed_and_deduplicated() -> None:
    cols = to_columns(content(feelings=(" Anxious ", "anxious", "", "grief")))
    assert cols["feelings"] == ["Anxious", "grief"]


def test_columns_round_trip_through_a_note_row() -> None:
    from pswdesk.models import Note, NoteSelfCare

    original = content(risk_actions=("crisis_protocol",), not_addressed=())
    note = Note(**to_columns(original))
    sc = NoteSelfCare(impact="i", boundaries="b", plan="p", debrief_requested=True)
    back = from_row(note, sc, with_self_care=True)
    assert back.risk_actions == ("crisis_protocol",)
    assert back.self_care == SelfCareContent("i", "b", "p", True)
    assert back.summary == original.summary
    assert from_row(note, sc, with_self_care=False).self_care is None
