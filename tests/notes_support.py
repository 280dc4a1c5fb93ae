"""Helpers shared by the note workflow tests: a client on a caseload and a complete note."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pswdesk.services import clients, notes
from pswdesk.services.access import Actor
from pswdesk.services.notes import NoteContent, NoteView, SelfCareContent
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency


def new_client(agency: Agency, worker: Actor, name: str = "Robin") -> int:
    return clients.create_client(agency.db, worker, clients.ClientInput(name)).id


#: The summary ``full_content`` writes: data, not the app's words (the French tests skip it).
SUMMARY = "Talked through a hard week at work and made a plan for Friday."


def full_content(**overrides: object) -> NoteContent:
    """A note that passes every submit rule: all eight steps written, low risk."""
    content = NoteContent(
        contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
        duration_minutes=45,
        contact_type="phone",
        location="by phone",
        summary=SUMMARY,
        s1_expressed="Said the week had been 'relentless'.",
        s1_validation="Reflected back how tiring that sounds.",
        s2_questions="What would make Friday easier?",
        s2_insights="Noticed that skipping lunch makes evenings worse.",
        s3_text="Chose a goal about lunch breaks.",
        s4_text="Has a sister who calls on Sundays.",
        s5_text="No current thoughts of harm; talked through the plan.",
        s6_text="Call again next week.",
        s6_care_team="none today",
        s7_text="Mentioned the community kitchen.",
        feelings=("exhausted", "hopeful"),
        risk_indicators=(),
        risk_level=RiskLevel.LOW,
        follow_up_date=dt.date.today() + dt.timedelta(days=7),
        goal_items=({"text": "Take a lunch break three days a week", "why": "more energy"},),
        strength_items=({"kind": "support", "text": "Sister calls on Sundays"},),
        referral_items=({"to_whom": "Community kitchen", "reason": "meals", "status": "made"},),
        self_care=SelfCareContent(impact="Felt fine", boundaries="", plan="Walk home"),
    )
    return replace(content, **overrides)  # type: ignore[arg-type]


def submitted_note(agency: Agency, author: Actor, client_id: int, **overrides: object) -> NoteView:
    draft = notes.create_draft(agency.db, author, client_id, full_content(**overrides))
    return notes.submit(agency.db, author, draft.id, draft.version)
