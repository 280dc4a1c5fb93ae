"""The vocabulary's labels (``pswdesk.vocabulary``) in the language of the windows.

``pswdesk.vocabulary`` is below the GUI and has no Qt, so its ``label`` strings are English;
the GUI shows them through ``vocab_label``, which looks them up in the "Vocabulary" context
of the catalogue. The list below is there for ``pyside6-lupdate``, which only reads string
literals: a label added to the vocabulary is added here too (``tests/gui/test_french.py``
checks that every label is listed).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from pswdesk.vocabulary import Role

CONTEXT = "Vocabulary"

LABELS: tuple[object, ...] = (  # QT_TRANSLATE_NOOP returns its text untyped
    QT_TRANSLATE_NOOP("Vocabulary", "None"),  # RiskLevel
    QT_TRANSLATE_NOOP("Vocabulary", "Low"),  # RiskLevel
    QT_TRANSLATE_NOOP("Vocabulary", "Moderate"),  # RiskLevel
    QT_TRANSLATE_NOOP("Vocabulary", "High"),  # RiskLevel
    QT_TRANSLATE_NOOP("Vocabulary", "Imminent"),  # RiskLevel
    QT_TRANSLATE_NOOP("Vocabulary", "Draft"),  # NoteStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Waiting for review"),  # NoteStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Returned"),  # NoteStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Signed"),  # NoteStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Active"),  # ClientStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Closed"),  # ClientStatus
    QT_TRANSLATE_NOOP("Vocabulary", "In person"),  # ContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Phone"),  # ContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Video call"),  # ContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Text / chat"),  # ContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Outreach"),  # ContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Group"),  # ContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Phone call"),  # BriefContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Text / message"),  # BriefContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Drop-in"),  # BriefContactType
    QT_TRANSLATE_NOOP("Vocabulary", "Achieved"),  # GoalStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Paused"),  # GoalStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),  # GoalStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Strength"),  # StrengthKind
    QT_TRANSLATE_NOOP("Vocabulary", "Past success"),  # StrengthKind
    QT_TRANSLATE_NOOP("Vocabulary", "Support"),  # StrengthKind
    QT_TRANSLATE_NOOP("Vocabulary", "Community resource"),  # StrengthKind
    QT_TRANSLATE_NOOP("Vocabulary", "Suggested"),  # ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Made"),  # ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),  # ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Declined"),  # ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Completed"),  # ReferralStatus
    QT_TRANSLATE_NOOP("Vocabulary", "Written"),  # ConsentForm
    QT_TRANSLATE_NOOP("Vocabulary", "Verbal"),  # ConsentForm
    QT_TRANSLATE_NOOP("Vocabulary", "Reached"),  # FollowUpOutcome
    QT_TRANSLATE_NOOP("Vocabulary", "No answer"),  # FollowUpOutcome
    QT_TRANSLATE_NOOP("Vocabulary", "Left a message"),  # FollowUpOutcome
    QT_TRANSLATE_NOOP("Vocabulary", "Rescheduled"),  # FollowUpOutcome
    QT_TRANSLATE_NOOP("Vocabulary", "Current risk level"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Safety plan"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Goals and progress"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Strengths and resources"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Referrals"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Care team"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Contact summaries"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Planned follow-ups"),  # HandoverSection
    QT_TRANSLATE_NOOP("Vocabulary", "Goals met"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "Moved away"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "Chose to end support"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "No contact"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "Transferred to another service"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "Deceased"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "Merged into another record"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "Other"),  # CloseReason
    QT_TRANSLATE_NOOP("Vocabulary", "Every note"),  # ReviewLevel
    QT_TRANSLATE_NOOP("Vocabulary", "A sample"),  # ReviewLevel
    QT_TRANSLATE_NOOP("Vocabulary", "None (after probation)"),  # ReviewLevel
    QT_TRANSLATE_NOOP("Vocabulary", "Worker"),  # Role
    QT_TRANSLATE_NOOP("Vocabulary", "Supervisor"),  # Role
    QT_TRANSLATE_NOOP("Vocabulary", "Admin"),  # Role
    QT_TRANSLATE_NOOP("Vocabulary", "saved as PDF"),  # ReleaseHow
    QT_TRANSLATE_NOOP("Vocabulary", "printed"),  # ReleaseHow
    QT_TRANSLATE_NOOP("Vocabulary", "written by the command line"),  # ReleaseHow
    QT_TRANSLATE_NOOP("Vocabulary", "made before releases were recorded"),  # ReleaseHow
    QT_TRANSLATE_NOOP("Vocabulary", "English"),  # DocumentLanguage
    QT_TRANSLATE_NOOP("Vocabulary", "Français"),  # DocumentLanguage (its own name)
)

# The tables' column titles (``table_model.Column``), shown through ``translated`` in the
# header; listed for lupdate like the labels above.
COLUMN_TITLES: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "Flags"),
    QT_TRANSLATE_NOOP("Vocabulary", "Submitted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Summary"),
    QT_TRANSLATE_NOOP("Vocabulary", "Supervisor's comment"),
    QT_TRANSLATE_NOOP("Vocabulary", "Acknowledged"),
    QT_TRANSLATE_NOOP("Vocabulary", "Action"),
    QT_TRANSLATE_NOOP("Vocabulary", "Actions taken"),
    QT_TRANSLATE_NOOP("Vocabulary", "Assigned to"),
    QT_TRANSLATE_NOOP("Vocabulary", "By"),
    QT_TRANSLATE_NOOP("Vocabulary", "Check"),
    QT_TRANSLATE_NOOP("Vocabulary", "Client"),
    QT_TRANSLATE_NOOP("Vocabulary", "Contact"),
    QT_TRANSLATE_NOOP("Vocabulary", "Covers"),
    QT_TRANSLATE_NOOP("Vocabulary", "Date of birth"),
    QT_TRANSLATE_NOOP("Vocabulary", "Details"),
    QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    QT_TRANSLATE_NOOP("Vocabulary", "Due"),
    QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    QT_TRANSLATE_NOOP("Vocabulary", "File"),
    QT_TRANSLATE_NOOP("Vocabulary", "Full note"),
    QT_TRANSLATE_NOOP("Vocabulary", "Given"),
    QT_TRANSLATE_NOOP("Vocabulary", "Goal"),
    QT_TRANSLATE_NOOP("Vocabulary", "Indicators"),
    QT_TRANSLATE_NOOP("Vocabulary", "Last contact"),
    QT_TRANSLATE_NOOP("Vocabulary", "Latest progress"),
    QT_TRANSLATE_NOOP("Vocabulary", "Left"),
    QT_TRANSLATE_NOOP("Vocabulary", "Legal name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Line"),
    QT_TRANSLATE_NOOP("Vocabulary", "Made"),
    QT_TRANSLATE_NOOP("Vocabulary", "Min"),
    QT_TRANSLATE_NOOP("Vocabulary", "My drafts"),
    QT_TRANSLATE_NOOP("Vocabulary", "Name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Organisation"),
    QT_TRANSLATE_NOOP("Vocabulary", "Owner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    QT_TRANSLATE_NOOP("Vocabulary", "Preferred name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Pronouns"),
    QT_TRANSLATE_NOOP("Vocabulary", "Reason"),
    QT_TRANSLATE_NOOP("Vocabulary", "Record"),
    QT_TRANSLATE_NOOP("Vocabulary", "Recorded by"),
    QT_TRANSLATE_NOOP("Vocabulary", "Referred to"),
    QT_TRANSLATE_NOOP("Vocabulary", "Requested"),
    QT_TRANSLATE_NOOP("Vocabulary", "Risk"),
    QT_TRANSLATE_NOOP("Vocabulary", "Role"),
    QT_TRANSLATE_NOOP("Vocabulary", "Roles"),
    QT_TRANSLATE_NOOP("Vocabulary", "Shared with"),
    QT_TRANSLATE_NOOP("Vocabulary", "Signed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Since"),
    QT_TRANSLATE_NOOP("Vocabulary", "Size"),
    QT_TRANSLATE_NOOP("Vocabulary", "State"),
    QT_TRANSLATE_NOOP("Vocabulary", "Status"),
    QT_TRANSLATE_NOOP("Vocabulary", "Supervisor"),
    QT_TRANSLATE_NOOP("Vocabulary", "Target"),
    QT_TRANSLATE_NOOP("Vocabulary", "To"),
    QT_TRANSLATE_NOOP("Vocabulary", "Type"),
    QT_TRANSLATE_NOOP("Vocabulary", "User name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Waiting"),
    QT_TRANSLATE_NOOP("Vocabulary", "What"),
    QT_TRANSLATE_NOOP("Vocabulary", "What they wrote"),
    QT_TRANSLATE_NOOP("Vocabulary", "When"),
    QT_TRANSLATE_NOOP("Vocabulary", "Who"),
    QT_TRANSLATE_NOOP("Vocabulary", "Why"),
    QT_TRANSLATE_NOOP("Vocabulary", "Within"),
    QT_TRANSLATE_NOOP("Vocabulary", "Without contact"),
    QT_TRANSLATE_NOOP("Vocabulary", "Worker"),
)

# Shown by the GUI beside the labels: risk never recorded, a client's status in a table.
OTHER: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Vocabulary", "Not recorded"),
    QT_TRANSLATE_NOOP("Vocabulary", "Needs contact"),
    QT_TRANSLATE_NOOP("Vocabulary", "No contact yet"),
    QT_TRANSLATE_NOOP("Vocabulary", "No role"),
)


def translated(english: str) -> str:
    """A vocabulary label (or other text kept in the "Vocabulary" context), translated."""
    return QCoreApplication.translate(CONTEXT, english)


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


def vocab_label(member: Labelled) -> str:
    """``member.label`` in the language of the windows."""
    return translated(member.label)


def roles_label(roles: Collection[str]) -> str:
    """A person's roles as ``Actor.role_label`` writes them ("Worker + Supervisor"), translated."""
    return " + ".join(vocab_label(r) for r in Role if r in roles) or translated("No role")


def number(n: int) -> str:
    """A count as the windows' language writes it: 1,234 in English, 1 234 in French."""
    locale = QLocale()
    return locale.toString(n) if locale.language() == QLocale.Language.French else f"{n:,}"
