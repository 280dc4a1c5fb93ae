"""What a note must satisfy: to be stored at all, and to be submitted for review.

Both checks are pure functions over a ``NoteContent`` so the editor can run them
as the worker types and show each message next to its field. A problem is keyed
by the ``NoteContent`` field name (``self_care.impact`` for step 8), or by
``step.<key>`` when a whole step is concerned.

Storing is lenient on purpose: an autosave must keep half-written work, so it
only refuses what the database cannot hold (NUL characters, unknown codes,
over-long values). Submitting adds the completeness and safety rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from pswdesk.framework import STEP_KEYS, STEPS, RiskAction, Step
from pswdesk.models import utcnow
from pswdesk.services.note_content import (
    GOAL_STATUSES,
    ITEM_DEFAULTS,
    REFERRAL_ITEM_STATUSES,
    SELF_CARE_TEXT_FIELDS,
    STRENGTH_KINDS,
    TAG_FIELDS,
    TEXT_FIELDS,
    NoteContent,
    SelfCareContent,
    aware_utc,
)
from pswdesk.vocabulary import ContactType, RiskLevel, StrengthKind

STEP_PREFIX = "step."
SAFETY_STEP = "safety"  # step 5, crisis and safety planning
#: A contact time a few minutes ahead is a clock difference between PCs, not a mistake.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
MAX_DURATION = 720  # minutes; a longer contact belongs in more than one note
STORABLE_DURATION = 10_000  # keeps a typo from overflowing the integer column
MAX_SUMMARY = 1_000
MAX_TEXT = 200_000
MAX_TAG = 100
MAX_LOCATION = 200  # the column's width
MAX_TO_WHOM = 300  # Referral.to_whom's width

# Items are edited on steps 3, 4 and 7 under these framework field names.
_ITEM_SPEC_NAMES = {
    "goals": "goal_items",
    "strengths": "strength_items",
    "referrals": "referral_items",
}
_ITEM_NOUN = {"goal_items": "goal", "strength_items": "strength", "referral_items": "referral"}

FIELD_LABELS: dict[str, str] = {
    "contact_at": "Date and time of contact",
    "duration_minutes": "Duration (minutes)",
    "contact_type": "Type of contact",
    "location": "Location",
    "summary": "Short summary",
    "not_addressed": "Steps not addressed",
}
for _step in STEPS:
    for _spec in _step.fields:
        _name = _ITEM_SPEC_NAMES.get(_spec.name, _spec.name)
        if _step.private_to_staff:
            _name = f"self_care.{_name}"
        FIELD_LABELS[_name] = _spec.label


def step_problem_key(step_key: str) -> str:
    return STEP_PREFIX + step_key


def content_fields(step: Step) -> tuple[str, ...]:
    """The ``NoteContent`` attributes (``self_care.x`` for step 8) that belong to a step."""
    names = [_ITEM_SPEC_NAMES.get(f.name, f.name) for f in step.fields]
    if step.private_to_staff:
        return tuple(f"self_care.{n}" for n in names)
    return tuple(names)


def _value(content: NoteContent, name: str) -> Any:
    if name.startswith("self_care."):
        sc = content.self_care
        return getattr(sc, name.split(".", 1)[1]) if sc is not None else None
    return getattr(content, name)


def step_has_content(content: NoteContent, step: Step) -> bool:
    for name in content_fields(step):
        value = _value(content, name)
        if isinstance(value, str):
            if value.strip():
                return True
        elif isinstance(value, tuple | list):
            if value:
                return True
        elif value:  # a date, a risk level, a ticked box
            return True
    return False


# -- storing ------------------------------------------------------------------------------


def _text_problem(value: object, label: str, limit: int = MAX_TEXT) -> str | None:
    if not isinstance(value, str):
        return f"{label}: expected text"
    if "\x00" in value:
        return (
            f"{label} contains a NUL character (\\0), which cannot be stored; "
            "remove it (it usually comes from pasting out of another program)"
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return f"{label} contains characters that are not valid Unicode; retype that part"
    if len(value) > limit:
        return f"{label} is too long ({len(value):,} characters; at most {limit:,})"
    return None


def _label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def storage_problems(content: NoteContent) -> dict[str, str]:
    """What would stop this content from being saved at all (as a draft)."""
    p: dict[str, str] = {}
    if not isinstance(content.contact_at, dt.datetime):
        p["contact_at"] = "the contact time is missing"
    if (
        not isinstance(content.duration_minutes, int)
        or isinstance(content.duration_minutes, bool)
        or not 0 <= content.duration_minutes <= STORABLE_DURATION
    ):
        p["duration_minutes"] = f"the duration is a whole number of minutes, 0 to {MAX_DURATION}"
    if content.contact_type not in {c.value for c in ContactType}:
        kinds = ", ".join(c.label.lower() for c in ContactType)
        p["contact_type"] = f"the type of contact is one of: {kinds}"
    for name in TEXT_FIELDS:
        limit = MAX_LOCATION if name == "location" else MAX_TEXT
        if msg := _text_problem(getattr(content, name), _label(name), limit):
            p[name] = msg
    for name in TAG_FIELDS:
        for tag in getattr(content, name):
            if msg := _text_problem(tag, f"The tag {str(tag)[:40]!r}"):
                p[name] = msg
                break
    if content.risk_level is not None and content.risk_level not in {r.value for r in RiskLevel}:
        p["risk_level"] = "the risk level is none, low, moderate, high or imminent"
    unknown = [a for a in content.risk_actions if a not in {r.value for r in RiskAction}]
    if unknown:
        p["risk_actions"] = f"unknown action(s): {', '.join(map(str, unknown))}"
    bad_steps = [k for k in content.not_addressed if k not in STEP_KEYS]
    if bad_steps:
        p["not_addressed"] = f"unknown step(s): {', '.join(map(str, bad_steps))}"
    if content.follow_up_date is not None and (
        not isinstance(content.follow_up_date, dt.date)
        or isinstance(content.follow_up_date, dt.datetime)
    ):
        p["follow_up_date"] = "the next check-in is a date"
    for kind in ITEM_DEFAULTS:
        if msg := _items_problem(kind, getattr(content, kind)):
            p[kind] = msg
    sc = content.self_care
    if sc is not None:
        if not isinstance(sc, SelfCareContent):
            p["self_care"] = "step 8 content has the wrong shape"
        else:
            for name in SELF_CARE_TEXT_FIELDS:
                key = f"self_care.{name}"
                if msg := _text_problem(getattr(sc, name), _label(key)):
                    p[key] = msg
    return p


def _items_problem(kind: str, items: object) -> str | None:
    noun = _ITEM_NOUN[kind]
    if not isinstance(items, tuple | list):
        return f"the {noun}s are a list"
    allowed = ITEM_DEFAULTS[kind]
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            return f"{noun} {n} has the wrong shape"
        extra = set(item) - set(allowed)
        if extra:
            return f"{noun} {n} has unknown part(s): {', '.join(sorted(map(str, extra)))}"
        for key, default in allowed.items():
            value = item.get(key, default)
            if key == "goal_id":
                if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                    return f"{noun} {n}: the goal reference is not a goal number"
            elif key == "target_date":
                if msg := _date_problem(value):
                    return f"{noun} {n}: {msg}"
            elif msg := _text_problem(value, f"{noun.capitalize()} {n}"):
                return msg
        status = item.get("status")
        choice: tuple[str, ...] | None = None
        if kind == "goal_items":
            choice = GOAL_STATUSES
        elif kind == "referral_items":
            choice = REFERRAL_ITEM_STATUSES
        if choice and status is not None and status not in choice:
            return f"{noun} {n}: the status is one of {', '.join(choice)}"
        if (
            kind == "strength_items"
            and item.get("kind", StrengthKind.STRENGTH) not in STRENGTH_KINDS
        ):
            return f"{noun} {n}: the kind is one of {', '.join(STRENGTH_KINDS)}"
    return None


def _date_problem(value: object) -> str | None:
    if value is None or isinstance(value, dt.date):
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            dt.date.fromisoformat(value.strip())
        except ValueError:
            return f"the target date {value[:20]!r} is not a date (YYYY-MM-DD)"
        return None
    return "the target date is not a date"


# -- submitting ---------------------------------------------------------------------------


def validate_for_submit(
    content: NoteContent, *, now: dt.datetime | None = None, open_risk_alert: bool = False
) -> dict[str, str]:
    """Every reason this note cannot go to review yet; empty when it may.

    ``open_risk_alert``: the client has a risk alert no supervisor has cleared yet, so
    step 5 must be written (``risk_alert_rule``).
    """
    p = storage_problems(content)
    now = aware_utc(now) if now is not None else utcnow()
    today = now.astimezone().date()  # dates a person picks are local dates

    if "contact_at" not in p and aware_utc(content.contact_at) > now + FUTURE_TOLERANCE:
        p["contact_at"] = "the contact time is in the future; notes record contacts that happened"
    if "duration_minutes" not in p and not 1 <= content.duration_minutes <= MAX_DURATION:
        p["duration_minutes"] = (
            f"the duration must be between 1 and {MAX_DURATION} minutes; "
            "write a longer contact up as separate notes"
        )
    if "summary" not in p:
        if not content.summary.strip():
            p["summary"] = "write a one- or two-sentence summary of the contact"
        elif len(content.summary) > MAX_SUMMARY:
            p["summary"] = (
                f"the summary is {len(content.summary):,} characters; keep it under "
                f"{MAX_SUMMARY:,} and put the detail in the steps"
            )

    for name in TAG_FIELDS:
        long = [
            t for t in getattr(content, name) if isinstance(t, str) and len(t.strip()) > MAX_TAG
        ]
        if long and name not in p:
            p[name] = f"a tag is a word or short phrase (at most {MAX_TAG} characters)"
    _risk_rules(content, p, today)
    _item_rules(content, p)
    _step_rules(content, p)
    if open_risk_alert:
        risk_alert_rule(content, p)
    return p


#: Why step 5 cannot be skipped while a risk alert is open (also shown in the editor).
SAFETY_REQUIRED = (
    "step 5 ({title}) cannot be marked not addressed: this client has an open risk alert, "
    "so write how risk and the safety plan were checked in this contact"
)


def risk_alert_rule(content: NoteContent, p: dict[str, str]) -> None:
    """With a risk alert open on the client, the crisis and safety step may not be skipped."""
    step = next(s for s in STEPS if s.key == SAFETY_STEP)
    if SAFETY_STEP in content.not_addressed:
        p[step_problem_key(SAFETY_STEP)] = SAFETY_REQUIRED.format(title=step.title)


def _risk_rules(content: NoteContent, p: dict[str, str], today: dt.date) -> None:
    level = RiskLevel(content.risk_level) if content.risk_level in set(RiskLevel) else None
    indicators = [t for t in content.risk_indicators if isinstance(t, str) and t.strip()]
    if indicators and content.risk_level is None and "risk_level" not in p:
        p["risk_level"] = "risk indicators are recorded, so choose a risk level"
    if level is not None and level.needs_plan:
        if not content.risk_actions and "risk_actions" not in p:
            p["risk_actions"] = (
                f"{level.label.lower()} risk needs at least one action taken "
                "(safety plan, support people, crisis protocol or emergency services)"
            )
        if content.follow_up_date is None and "follow_up_date" not in p:
            p["follow_up_date"] = f"{level.label.lower()} risk needs a date for the next check-in"
    if (
        "follow_up_date" not in p
        and isinstance(content.follow_up_date, dt.date)
        and content.follow_up_date < today
    ):
        p["follow_up_date"] = "the next check-in date has already passed; pick today or later"


def _item_rules(content: NoteContent, p: dict[str, str]) -> None:
    for kind in ITEM_DEFAULTS:
        if kind in p:
            continue
        noun = _ITEM_NOUN[kind]
        for n, item in enumerate(getattr(content, kind), 1):
            if kind == "goal_items" and item.get("goal_id") is not None:
                continue  # a review of a goal on record: its wording is already there
            key = "to_whom" if kind == "referral_items" else "text"
            if not str(item.get(key) or "").strip():
                what = "who it is to" if key == "to_whom" else "any text"
                p[kind] = f"{noun} {n} has no {what}; fill it in or remove it"
                break
            if kind == "referral_items" and len(item[key]) > MAX_TO_WHOM:
                p[kind] = f"{noun} {n}: who it is to is at most {MAX_TO_WHOM} characters"
                break


def _step_rules(content: NoteContent, p: dict[str, str]) -> None:
    skipped = set(content.not_addressed)
    for step in STEPS:
        if step.private_to_staff and content.self_care is None:
            continue  # not the reader's to judge (the service always passes step 8)
        filled = step_has_content(content, step)
        key = step_problem_key(step.key)
        if step.key in skipped and filled:
            p[key] = (
                f"step {step.number} ({step.title}) is marked not addressed but has content; "
                "clear the content or untick “not addressed”"
            )
        elif step.key not in skipped and not filled:
            p[key] = (
                f"step {step.number} ({step.title}) is empty; write what happened "
                "or mark it as not addressed"
            )
