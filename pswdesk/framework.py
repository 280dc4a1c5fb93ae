"""The eight-step framework for hard contacts, as data.

The editor, the read-only note view, the validation rules and the handover PDF
all read this module, so a step's title or prompt is written once. The wording
is pswdesk's own; the framework's source text only gave the meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RiskAction(StrEnum):
    """What the worker did about risk (step 5). Stored as flags on the note."""

    SAFETY_PLAN_REVIEWED = "safety_plan_reviewed"
    SUPPORT_SYSTEM_TOLD = "support_system_told"
    CRISIS_PROTOCOL = "crisis_protocol"
    EMERGENCY_SERVICES = "emergency_services"

    @property
    def label(self) -> str:
        return RISK_ACTION_LABELS[self]


RISK_ACTION_LABELS = {
    RiskAction.SAFETY_PLAN_REVIEWED: "Safety plan made or reviewed with the client",
    RiskAction.SUPPORT_SYSTEM_TOLD: "Client's support people were contacted",
    RiskAction.CRISIS_PROTOCOL: "Agency crisis protocol followed",
    RiskAction.EMERGENCY_SERVICES: "Emergency services involved",
}


FEELING_SUGGESTIONS: tuple[str, ...] = (
    "anxious",
    "angry",
    "ashamed",
    "exhausted",
    "grief",
    "hopeless",
    "hopeful",
    "isolated",
    "numb",
    "overwhelmed",
    "relieved",
    "scared",
    "stuck",
)

RISK_INDICATOR_SUGGESTIONS: tuple[str, ...] = (
    "thoughts of suicide",
    "suicide plan or means",
    "self-harm",
    "harm to others",
    "substance use escalating",
    "unsafe housing",
    "violence at home",
    "not eating or sleeping",
)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One input of a step: the column it lands in and how the editor shows it."""

    name: str
    label: str
    kind: str  # "text" (multi-line), "line", "tags", "risk", "actions", "date", "bool", "items"
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    key: str
    title: str
    purpose: str
    prompts: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    #: Step 8 is about the worker, not the client: never shared, never in a handover.
    private_to_staff: bool = False

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}"


STEPS: tuple[Step, ...] = (
    Step(
        1,
        "listening",
        "Listening and validation",
        "What the person brought today, and how you showed you heard it.",
        (
            "What did they say was going on, in their own words where you can?",
            "Which feelings or worries came through?",
            "How did you let them know their reaction made sense?",
        ),
        (
            FieldSpec("s1_expressed", "What the client expressed", "text"),
            FieldSpec("feelings", "Feelings and concerns named", "tags", "e.g. overwhelmed, grief"),
            FieldSpec("s1_validation", "How it was acknowledged", "text"),
        ),
    ),
    Step(
        2,
        "exploring",
        "Open questions and reflection",
        "The questions you explored together and what came out of them.",
        (
            "Which open questions helped them look at what happened?",
            "Did they notice anything new about what led here?",
            "What might help them move forward, in their view?",
        ),
        (
            FieldSpec("s2_questions", "Questions explored", "text"),
            FieldSpec("s2_insights", "Insights and underlying causes", "text"),
        ),
    ),
    Step(
        3,
        "goals",
        "Goals set together",
        "Goals the client chose or revisited, in their words.",
        (
            "What do they want to be different, and why does it matter to them?",
            "Is the next step small and realistic enough to try this week?",
            "Which existing goals moved forward, stalled or changed?",
        ),
        (
            FieldSpec("s3_text", "Goal conversation", "text"),
            FieldSpec("goals", "Goals set or reviewed", "items"),
        ),
    ),
    Step(
        4,
        "strengths",
        "Strengths and resources",
        "What the client already has going for them, and where else help can come from.",
        (
            "What have they got through before, and how?",
            "Who in their life is on their side?",
            "Which community services could they use, and do they know how to reach them?",
        ),
        (
            FieldSpec("s4_text", "Strengths and resources discussed", "text"),
            FieldSpec("strengths", "Strengths, successes, supports found", "items"),
        ),
    ),
    Step(
        5,
        "safety",
        "Crisis and safety",
        "Any sign of risk, how serious it was, and what was done.",
        (
            "Did anything suggest they or someone else might not be safe?",
            "How immediate is the risk, and what did you do about it?",
            "Is their safety plan current: warning signs, coping, people, places, professionals?",
        ),
        (
            FieldSpec("risk_indicators", "Risk indicators noticed", "tags"),
            FieldSpec("risk_level", "Risk level", "risk"),
            FieldSpec("risk_actions", "Actions taken", "actions"),
            FieldSpec("s5_text", "Safety discussion and plan", "text"),
        ),
    ),
    Step(
        6,
        "follow_up",
        "Follow-up and ongoing support",
        "When you will check in next and who else in the care team knows.",
        (
            "When and how will you next be in touch?",
            "Who in their care team did you update or coordinate with?",
        ),
        (
            FieldSpec("follow_up_date", "Next check-in", "date"),
            FieldSpec("s6_text", "Ongoing support plan", "text"),
            FieldSpec("s6_care_team", "Care team contacted", "line"),
        ),
    ),
    Step(
        7,
        "referral",
        "Referrals and further resources",
        "Services or people the client was pointed or connected to.",
        (
            "Does what they need go beyond peer support?",
            "Which service, person or group fits, and did they agree to a referral?",
        ),
        (
            FieldSpec("s7_text", "Referral discussion", "text"),
            FieldSpec("referrals", "Referrals suggested or made", "items"),
        ),
    ),
    Step(
        8,
        "self_care",
        "Your self-care and boundaries",
        "How this contact sat with you. Seen only by you and your supervisors; never shared.",
        (
            "How are you after this contact?",
            "Did anything test your boundaries or your role?",
            "Would a debrief with your supervisor help?",
        ),
        (
            FieldSpec("impact", "Impact on me", "text"),
            FieldSpec("boundaries", "Boundary concerns", "text"),
            FieldSpec("plan", "What I will do to look after myself", "text"),
            FieldSpec("debrief_requested", "Ask my supervisor for a debrief", "bool"),
        ),
        private_to_staff=True,
    ),
)

STEP_BY_KEY = {s.key: s for s in STEPS}
STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)
SHAREABLE_STEPS: tuple[Step, ...] = tuple(s for s in STEPS if not s.private_to_staff)
