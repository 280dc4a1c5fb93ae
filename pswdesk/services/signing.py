"""What a supervisor's signature covers: a SHA-256 over the note's content.

The hash is stored with the approval; ``pswdesk verify`` recomputes it for every
approved note, so a change that slipped past the triggers is still found.
"""

from __future__ import annotations

from typing import Any

from pswdesk.models import Note, NoteSelfCare
from pswdesk.services.audit import digest

#: Every column of a note that a person writes. Status, timestamps and the
#: signature itself are not content.
NOTE_CONTENT_FIELDS: tuple[str, ...] = (
    "contact_at", "duration_minutes", "contact_type", "location", "summary",
    "s1_expressed", "s1_validation", "s2_questions", "s2_insights", "s3_text", "s4_text",
    "s5_text", "s6_text", "s6_care_team", "s7_text", "not_addressed", "feelings",
    "risk_indicators", "risk_level", "act_safety_plan_reviewed", "act_support_system_told",
    "act_crisis_protocol", "act_emergency_services", "follow_up_date", "goal_items",
    "strength_items", "referral_items",
)  # fmt: skip
SELF_CARE_FIELDS: tuple[str, ...] = ("impact", "boundaries", "plan", "debrief_requested")


def note_content(note: Note, self_care: NoteSelfCare | None) -> dict[str, Any]:
    content: dict[str, Any] = {f: getattr(note, f) for f in NOTE_CONTENT_FIELDS}
    content["client_id"] = note.client_id
    content["author_id"] = note.author_id
    content["self_care"] = (
        {f: getattr(self_care, f) for f in SELF_CARE_FIELDS} if self_care is not None else None
    )
    return content


def content_hash(note: Note, self_care: NoteSelfCare | None) -> str:
    return digest(note_content(note, self_care))


def addendum_hash(note_hash: str, author_id: int, created_at: Any, reason: str, text: str) -> str:
    """An addendum's signature also covers the hash of the note it amends."""
    return digest(
        {
            "note": note_hash,
            "author_id": author_id,
            "at": created_at,
            "reason": reason,
            "text": text,
        }
    )
