"""What a supervisor looks at before signing a high- or imminent-risk note.

Signing says the supervisor has seen how the risk was handled, so for an urgent
note the review view shows the risk level and indicators, each risk action as
taken or not recorded, the next check-in, and the client's current safety plan
(its absence is itself a concern), and asks for a confirmation. The approval then
carries ``acknowledged_risk`` into its audit entry (``review.approve``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied
from pswdesk.framework import RiskAction
from pswdesk.models import Client, User
from pswdesk.services import safety_plans
from pswdesk.services.access import SUPERVISOR, Actor, load_user
from pswdesk.services.notes.common import load_note, may_review
from pswdesk.services.safety_plans import SafetyPlanRow
from pswdesk.vocabulary import URGENT_RISKS, RiskLevel
from pswdesk.wording import words

#: Each risk action as a short line of a checklist ("Safety plan reviewed: yes").
ACTION_NAMES: dict[RiskAction, str] = {
    RiskAction.SAFETY_PLAN_REVIEWED: "Safety plan reviewed",
    RiskAction.SUPPORT_SYSTEM_TOLD: "Support people told",
    RiskAction.CRISIS_PROTOCOL: "Crisis protocol followed",
    RiskAction.EMERGENCY_SERVICES: "Emergency services involved",
}


def needs_confirmation(risk_level: RiskLevel | str | None) -> bool:
    """High and imminent risk are signed only after the supervisor has looked."""
    return risk_level is not None and risk_level in URGENT_RISKS


@dataclass(frozen=True, slots=True)
class ActionTaken:
    action: RiskAction
    name: str
    taken: bool


@dataclass(frozen=True, slots=True)
class SignCheck:
    """The note's risk and what was done about it, with the client's current plan."""

    note_id: int
    version: int
    client_id: int
    client_name: str
    author_name: str
    risk_level: RiskLevel | None
    indicators: tuple[str, ...]
    actions: tuple[ActionTaken, ...]
    follow_up_date: dt.date | None
    safety_plan: SafetyPlanRow | None

    @property
    def needs_confirmation(self) -> bool:
        return needs_confirmation(self.risk_level)

    @property
    def no_action_taken(self) -> bool:
        return not any(a.taken for a in self.actions)


def sign_check(db: Database, actor: Actor, note_id: int) -> SignCheck:
    """The risk summary of a note this supervisor may review (any status, any risk level)."""
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        note = load_note(s, me, note_id)
        if not may_review(s, me, note):
            raise PermissionDenied(words("only the author's supervisor can review this note"))
        check = SignCheck(
            note_id=note.id,
            version=note.version,
            client_id=note.client_id,
            client_name=s.get_one(Client, note.client_id).preferred_name,
            author_name=s.get_one(User, note.author_id).full_name,
            risk_level=RiskLevel(note.risk_level) if note.risk_level else None,
            indicators=tuple(note.risk_indicators or ()),
            actions=tuple(
                ActionTaken(a, ACTION_NAMES[a], bool(getattr(note, f"act_{a.value}")))
                for a in RiskAction
            ),
            follow_up_date=note.follow_up_date,
            safety_plan=None,
        )
    # The plan through its own service, which checks this reader may see the client.
    return replace(check, safety_plan=safety_plans.current_safety_plan(db, actor, check.client_id))
