"""Everything a handover summary prints, as plain frozen data.

``services.handover`` fills a ``HandoverData`` in one read session, holding only
what the consent allows (withheld sections are never even loaded), and
``reports.handover_pdf`` renders it. Keeping the two apart means the renderer can
be tested on hostile text without a database, and cannot reach anything the
service did not choose to hand it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pswdesk.vocabulary import DocumentLanguage


@dataclass(frozen=True, slots=True)
class AgencyInfo:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class ClientInfo:
    id: int
    preferred_name: str
    legal_name: str = ""
    pronouns: str = ""
    date_of_birth: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ConsentInfo:
    """The consent a handover relies on, as the recipient should see it."""

    id: int
    recipient: str
    purpose: str
    scope_labels: tuple[str, ...]
    how_given: str
    given_on: dt.date
    expires_on: dt.date | None


@dataclass(frozen=True, slots=True)
class RiskInfo:
    level: str  # a RiskLevel value
    label: str
    recorded_at: dt.datetime
    recorded_by: str
    indicators: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    reviewed: bool = True


@dataclass(frozen=True, slots=True)
class SafetyPlanInfo:
    version_no: int
    created_at: dt.datetime
    created_by: str
    #: (section label, text) in Stanley-Brown order; empty sections included.
    entries: tuple[tuple[str, str], ...]
    reviewed: bool = True


@dataclass(frozen=True, slots=True)
class GoalProgressInfo:
    recorded_at: dt.datetime
    text: str
    status: str


@dataclass(frozen=True, slots=True)
class GoalInfo:
    text: str
    why: str
    status: str
    set_on: dt.date
    target_date: dt.date | None = None
    progress: tuple[GoalProgressInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class StrengthInfo:
    kind: str  # label: Strength, Past success, Support, Community resource
    text: str
    noted_on: dt.date


@dataclass(frozen=True, slots=True)
class ReferralInfo:
    to_whom: str
    reason: str
    status: str
    made_on: dt.date
    status_on: dt.date


@dataclass(frozen=True, slots=True)
class CareTeamInfo:
    name: str
    role: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class AddendumInfo:
    created_at: dt.datetime
    author: str
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class ContactInfo:
    """One contact note, boiled down to what the recipient may read."""

    contact_at: dt.datetime
    contact_type: str  # label
    duration_minutes: int
    worker: str
    reviewed: bool
    summary: str = ""
    risk_label: str = ""
    #: (short step label, text); text may hold several lines.
    points: tuple[tuple[str, str], ...] = ()
    addenda: tuple[AddendumInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowUpInfo:
    due_date: dt.date
    description: str
    owner: str
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class StaffContact:
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class HandoverData:
    agency: AgencyInfo
    client: ClientInfo
    recipient: str
    generated_at: dt.datetime
    generated_by: str
    date_from: dt.date
    date_to: dt.date
    #: (key, label) of the sections printed; of those the consent does not cover;
    #: and of those it covers (or, in an emergency, all others) that the sender left out.
    included: tuple[tuple[str, str], ...]
    withheld: tuple[tuple[str, str], ...]
    not_selected: tuple[tuple[str, str], ...] = ()
    consent: ConsentInfo | None = None
    emergency_reason: str = ""
    include_unreviewed: bool = False
    risk: RiskInfo | None = None
    safety_plan: SafetyPlanInfo | None = None
    goals: tuple[GoalInfo, ...] = ()
    strengths: tuple[StrengthInfo, ...] = ()
    referrals: tuple[ReferralInfo, ...] = ()
    care_team: tuple[CareTeamInfo, ...] = ()
    contacts: tuple[ContactInfo, ...] = ()
    follow_ups: tuple[FollowUpInfo, ...] = ()
    questions_to: tuple[StaffContact, ...] = field(default=())
    #: The recipient's language: the summary's fixed words, and the labels above, are in it.
    language: DocumentLanguage = DocumentLanguage.ENGLISH

    @property
    def emergency(self) -> bool:
        return bool(self.emergency_reason)

    def has(self, key: str) -> bool:
        return any(k == key for k, _ in self.included)
