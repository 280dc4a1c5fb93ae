"""A note's editable content as plain data, and how it maps onto the database row.

The editor builds a ``NoteContent``; the services turn it into ``Note`` columns
and back. Keeping the mapping here (pure, no session) lets the submit rules, the
submission snapshots and the review diff all speak the same field names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from pswdesk.framework import STEP_KEYS, RiskAction
from pswdesk.models import Note, NoteSelfCare, utcnow
from pswdesk.vocabulary import (
    NOTE_REFERRAL_STATUSES,
    ContactType,
    GoalStatus,
    ReferralStatus,
    RiskLevel,
    StrengthKind,
)


def _this_minute() -> dt.datetime:
    return utcnow().replace(second=0, microsecond=0)


@dataclass(slots=True)
class SelfCareContent:
    """Step 8, the worker's own wellbeing; kept apart so it can be withheld."""

    impact: str = ""
    boundaries: str = ""
    plan: str = ""
    debrief_requested: bool = False


@dataclass(slots=True)
class NoteContent:
    """Everything a worker types into a note. ``NoteContent()`` is an empty draft.

    ``self_care`` is None in a view for a reader who may not see step 8; passed to
    ``save_draft`` as None it means "leave step 8 as it is".
    """

    contact_at: dt.datetime = field(default_factory=_this_minute)
    duration_minutes: int = 30
    contact_type: str = ContactType.IN_PERSON.value
    location: str = ""
    summary: str = ""
    s1_expressed: str = ""
    s1_validation: str = ""
    s2_questions: str = ""
    s2_insights: str = ""
    s3_text: str = ""
    s4_text: str = ""
    s5_text: str = ""
    s6_text: str = ""
    s6_care_team: str = ""
    s7_text: str = ""
    not_addressed: tuple[str, ...] = ()
    feelings: tuple[str, ...] = ()
    risk_indicators: tuple[str, ...] = ()
    risk_level: RiskLevel | None = None
    risk_actions: tuple[str, ...] = ()
    follow_up_date: dt.date | None = None
    goal_items: tuple[dict[str, Any], ...] = ()
    strength_items: tuple[dict[str, Any], ...] = ()
    referral_items: tuple[dict[str, Any], ...] = ()
    self_care: SelfCareContent | None = field(default_factory=SelfCareContent)


#: Free-text columns of the note (steps 1-7 and the contact details).
TEXT_FIELDS: tuple[str, ...] = (
    "location", "summary", "s1_expressed", "s1_validation", "s2_questions", "s2_insights",
    "s3_text", "s4_text", "s5_text", "s6_text", "s6_care_team", "s7_text",
)  # fmt: skip
TAG_FIELDS: tuple[str, ...] = ("feelings", "risk_indicators")
SELF_CARE_TEXT_FIELDS: tuple[str, ...] = ("impact", "boundaries", "plan")

#: The keys each kind of item may carry, with the value used when a key is left out
#: (plain strings, as the note's JSON columns hold them).
#: Goals: ``goal_id`` set means an existing goal was reviewed (``progress``, ``status``).
ITEM_DEFAULTS: dict[str, dict[str, Any]] = {
    "goal_items": {
        "text": "", "why": "", "target_date": None, "goal_id": None,
        "progress": "", "status": GoalStatus.ACTIVE.value,
    },
    "strength_items": {"kind": StrengthKind.STRENGTH.value, "text": ""},
    "referral_items": {"to_whom": "", "reason": "", "status": ReferralStatus.SUGGESTED.value},
}  # fmt: skip
GOAL_STATUSES: tuple[GoalStatus, ...] = tuple(GoalStatus)
STRENGTH_KINDS: tuple[StrengthKind, ...] = tuple(StrengthKind)
REFERRAL_ITEM_STATUSES: tuple[ReferralStatus, ...] = NOTE_REFERRAL_STATUSES


def aware_utc(value: dt.datetime) -> dt.datetime:
    """A naive time is taken as the PC's local time (what a person typed), then made UTC."""
    return value.astimezone(dt.UTC)


def normal_tags(values: tuple[str, ...] | list[str]) -> list[str]:
    """Trimmed, without blanks or repeats (case-insensitive), in the order typed."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        tag = v.strip()
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


def normal_item(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    """Every key present, dates as ISO text (JSON has no date type)."""
    out = {**ITEM_DEFAULTS[kind], **item}
    target = out.get("target_date")
    if isinstance(target, dt.date):
        out["target_date"] = target.isoformat()
    elif isinstance(target, str) and not target.strip():
        out["target_date"] = None
    return out


def to_columns(c: NoteContent) -> dict[str, Any]:
    """The note's content columns (see ``signing.NOTE_CONTENT_FIELDS``). Input is already valid."""
    actions = {RiskAction(a) for a in c.risk_actions}
    skipped = set(c.not_addressed)
    cols: dict[str, Any] = {
        "contact_at": aware_utc(c.contact_at),
        "duration_minutes": int(c.duration_minutes),
        "contact_type": c.contact_type,
        **{f: getattr(c, f) for f in TEXT_FIELDS},
        "not_addressed": ",".join(k for k in STEP_KEYS if k in skipped),
        "feelings": normal_tags(c.feelings),
        "risk_indicators": normal_tags(c.risk_indicators),
        "risk_level": RiskLevel(c.risk_level).value if c.risk_level is not None else None,
        **{f"act_{a.value}": a in actions for a in RiskAction},
        "follow_up_date": c.follow_up_date,
        **{k: [normal_item(k, i) for i in getattr(c, k)] for k in ITEM_DEFAULTS},
    }
    return cols


def self_care_columns(sc: SelfCareContent) -> dict[str, Any]:
    return {f.name: getattr(sc, f.name) for f in fields(SelfCareContent)}


def from_row(note: Note, self_care: NoteSelfCare | None, *, with_self_care: bool) -> NoteContent:
    """The content of a stored note; step 8 only when the reader may see it."""
    sc: SelfCareContent | None = None
    if with_self_care:
        sc = (
            SelfCareContent(
                self_care.impact,
                self_care.boundaries,
                self_care.plan,
                bool(self_care.debrief_requested),
            )
            if self_care is not None
            else SelfCareContent()
        )
    return NoteContent(
        contact_at=note.contact_at,
        duration_minutes=note.duration_minutes,
        contact_type=note.contact_type,
        **{f: getattr(note, f) for f in TEXT_FIELDS},
        not_addressed=tuple(k for k in note.not_addressed.split(",") if k),
        feelings=tuple(note.feelings or ()),
        risk_indicators=tuple(note.risk_indicators or ()),
        risk_level=RiskLevel(note.risk_level) if note.risk_level else None,
        risk_actions=tuple(a.value for a in RiskAction if getattr(note, f"act_{a.value}")),
        follow_up_date=note.follow_up_date,
        goal_items=tuple(dict(i) for i in note.goal_items or ()),
        strength_items=tuple(dict(i) for i in note.strength_items or ()),
        referral_items=tuple(dict(i) for i in note.referral_items or ()),
        self_care=sc,
    )


def snapshot(c: NoteContent) -> dict[str, Any]:
    """JSON-safe copy of the content, as kept at each submission."""
    out: dict[str, Any] = {}
    for f in fields(NoteContent):
        value = getattr(c, f.name)
        if f.name == "self_care":
            value = self_care_columns(value) if value is not None else None
        elif isinstance(value, RiskLevel):
            value = value.value
        elif isinstance(value, dt.datetime):
            value = aware_utc(value).isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = [dict(v) if isinstance(v, dict) else v for v in value]
        out[f.name] = value
    return out
