"""The words the records are made of: roles, statuses, risk levels, kinds.

Each is a ``StrEnum`` whose values are what the database stores, so a member
compares equal to its stored string and goes into a query as it is. The models
build their CHECK constraints from these enums (``check_in``), the services
decide with them, and the GUI and the PDF show their ``label``: a value is spelt
once, here. Labels are English; the translation layer works on them.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class NoteStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        return {
            "draft": "Draft",
            "submitted": "Waiting for review",
            "returned": "Returned",
            "approved": "Signed",
        }[self.value]


#: A note its author may still change.
EDITABLE_STATUSES: tuple[NoteStatus, ...] = (NoteStatus.DRAFT, NoteStatus.RETURNED)


class ReviewDecision(StrEnum):
    RETURNED = "returned"
    APPROVED = "approved"


class ReviewLevel(StrEnum):
    """How many of a worker's notes their supervisor reviews (services/review_levels.py).

    High and imminent risk notes are reviewed at every level.
    """

    EVERY = "every"
    SAMPLE = "sample"
    NONE = "none"

    @property
    def label(self) -> str:
        return {
            "every": "Every note",
            "sample": "A sample",
            "none": "None (after probation)",
        }[self.value]


class RiskLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        """Order used by queues: higher is more urgent."""
        return list(RiskLevel).index(self)

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def needs_plan(self) -> bool:
        """Moderate or higher: an action and a follow-up date are required."""
        return self.rank >= RiskLevel.MODERATE.rank

    @property
    def urgent(self) -> bool:
        """High or imminent: the note jumps to the top of every supervisor's queue."""
        return self.rank >= RiskLevel.HIGH.rank


#: Levels that put a note at the top of every supervisor's queue at once.
URGENT_RISKS: tuple[RiskLevel, ...] = (RiskLevel.HIGH, RiskLevel.IMMINENT)


class ContactType(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    OUTREACH = "outreach"
    GROUP = "group"

    @property
    def label(self) -> str:
        return {
            "in_person": "In person",
            "phone": "Phone",
            "video": "Video call",
            "text": "Text / chat",
            "outreach": "Outreach",
            "group": "Group",
        }[self.value]


class BriefContactType(StrEnum):
    """How a brief contact happened: the quick log offers only these three."""

    PHONE = "phone"
    TEXT = "text"
    DROP_IN = "drop_in"

    @property
    def label(self) -> str:
        return {"phone": "Phone call", "text": "Text / message", "drop_in": "Drop-in"}[self.value]

    @property
    def note_contact_type(self) -> ContactType:
        """The full note's contact type when a brief contact becomes a note."""
        return {
            "phone": ContactType.PHONE,
            "text": ContactType.TEXT,
            "drop_in": ContactType.IN_PERSON,
        }[self.value]


class ClientStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class CloseReason(StrEnum):
    """Why a client's file was closed (a closing always names one)."""

    GOALS_MET = "goals_met"
    MOVED = "moved"
    CHOSE_TO_END = "chose_to_end"
    NO_CONTACT = "no_contact"
    TRANSFERRED_OUT = "transferred_out"
    DECEASED = "deceased"
    MERGED = "merged"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "goals_met": "Goals met",
            "moved": "Moved away",
            "chose_to_end": "Chose to end support",
            "no_contact": "No contact",
            "transferred_out": "Transferred to another service",
            "deceased": "Deceased",
            "merged": "Merged into another record",
            "other": "Other",
        }[self.value]


#: The reasons a person picks when closing a file; MERGED is set by merging only.
CHOSEN_CLOSE_REASONS: tuple[CloseReason, ...] = tuple(
    r for r in CloseReason if r is not CloseReason.MERGED
)


class HandoverSection(StrEnum):
    """What a consent may cover, in the order a handover prints it."""

    RISK = "risk"
    SAFETY_PLAN = "safety_plan"
    GOALS = "goals"
    STRENGTHS = "strengths"
    REFERRALS = "referrals"
    CARE_TEAM = "care_team"
    CONTACTS = "contacts"
    FOLLOW_UPS = "follow_ups"

    @property
    def label(self) -> str:
        return {
            "risk": "Current risk level",
            "safety_plan": "Safety plan",
            "goals": "Goals and progress",
            "strengths": "Strengths and resources",
            "referrals": "Referrals",
            "care_team": "Care team",
            "contacts": "Contact summaries",
            "follow_ups": "Planned follow-ups",
        }[self.value]


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class StrengthKind(StrEnum):
    STRENGTH = "strength"
    SUCCESS = "success"
    SUPPORT = "support"
    COMMUNITY = "community"

    @property
    def label(self) -> str:
        return {
            "strength": "Strength",
            "success": "Past success",
            "support": "Support",
            "community": "Community resource",
        }[self.value]

    @property
    def heading(self) -> str:
        """The heading of a group of items of this kind."""
        return {
            "strength": "Strengths",
            "success": "Past successes",
            "support": "Supports",
            "community": "Community resources",
        }[self.value]


class ReferralStatus(StrEnum):
    SUGGESTED = "suggested"
    MADE = "made"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


#: Still going somewhere; the handover lists these as open too.
OPEN_REFERRALS: tuple[ReferralStatus, ...] = (
    ReferralStatus.SUGGESTED,
    ReferralStatus.MADE,
    ReferralStatus.ACCEPTED,
)
#: No answer yet from the service or person referred to.
AWAITING_REFERRALS: tuple[ReferralStatus, ...] = (ReferralStatus.SUGGESTED, ReferralStatus.MADE)
#: What a note's step 7 may record; the later steps happen on the record.
NOTE_REFERRAL_STATUSES: tuple[ReferralStatus, ...] = AWAITING_REFERRALS


class FollowUpOutcome(StrEnum):
    """How a follow-up ended (services/followups.py); a rescheduled one has a successor."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "message"
    RESCHEDULED = "rescheduled"

    @property
    def label(self) -> str:
        return {
            "reached": "Reached",
            "no_answer": "No answer",
            "message": "Left a message",
            "rescheduled": "Rescheduled",
        }[self.value]


class ConsentForm(StrEnum):
    """How the client gave a consent."""

    WRITTEN = "written"
    VERBAL = "verbal"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ReleaseHow(StrEnum):
    """How a prepared handover left the dialog and became a disclosure."""

    SAVED = "saved"
    PRINTED = "printed"
    CLI_OUTPUT = "cli-output"
    BEFORE_0017 = "before-0017"  # made before releases were recorded: it counts as released

    @property
    def label(self) -> str:
        return {
            "saved": "saved as PDF",
            "printed": "printed",
            "cli-output": "written by the command line",
            "before-0017": "made before releases were recorded",
        }[self.value]


class DocumentLanguage(StrEnum):
    """The language a document leaving the agency is written in: the recipient's, not the screen's.

    A handover is made in one of these (``reports/handover_wording.py`` holds its words).
    """

    ENGLISH = "en"
    FRENCH = "fr"

    @property
    def label(self) -> str:
        """The language's name in itself, as a choice of language is offered."""
        return {"en": "English", "fr": "Français"}[self.value]


def check_in(column: str, values: type[StrEnum], *, nullable: bool = False) -> str:
    """The SQL of a CHECK that ``column`` holds one of ``values`` (for the models)."""
    listed = ",".join(f"'{v.value}'" for v in values)
    rule = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {rule}" if nullable else rule
