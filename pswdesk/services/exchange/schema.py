"""What an export holds: the format's name and version, and its record kinds in order.

A kind is one table. Its name is the table's name, the JSON file's key for its
list of rows and the stem of its CSV file; its columns are read from the model
(``Table.columns``), so a column added to a model is exported, and imported,
without a change here. The order of ``KINDS`` is the order of the JSON lists and
the order an import inserts them in: a row comes after every row it points to.
``docs/export-format.md`` describes the same in words.

Bump ``SCHEMA_VERSION`` only for a change an older pswdesk would misread (a
column renamed or given another meaning, a kind split); added columns and kinds
do not need it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Table

from pswdesk.models import Base

FORMAT = "pswdesk-export"
SCHEMA_VERSION = 1
EXPORT_FILE = "pswdesk-export.json"
README_FILE = "README.txt"
NOTICE = (
    "This file holds personal health information about the agency's clients and staff. "
    "Keep it only where the agency's records may be kept, share it only as the agency's "
    "privacy rules allow, and delete it when it is no longer needed."
)
SCOPE_AGENCY = "agency"
SCOPE_USER = "user"

#: What an imported staff account's password hash is: argon2 refuses it as a hash, so
#: nobody can log in with any password until an administrator resets it.
NO_PASSWORD = "!imported: no password until an administrator resets it"


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    label: str
    about: str


KINDS: tuple[Kind, ...] = (
    Kind("agency_settings", "Agency settings", "the agency's name, contact details and rules"),
    Kind("users", "Staff accounts", "staff accounts, without their password hashes"),
    Kind("user_roles", "Staff roles", "each account's roles (worker, supervisor, admin)"),
    Kind("clients", "Clients", "the people the agency supports"),
    Kind("client_assignments", "Assignments", "which workers carry which client"),
    Kind("client_merges", "Merged records", "duplicate client records merged into one"),
    Kind("notes", "Notes", "contact notes, steps 1-7, with status and signature"),
    Kind("note_self_care", "Note self-care", "step 8, the worker's own wellbeing"),
    Kind("note_submissions", "Note submissions", "a note's content at each submission"),
    Kind("note_reviews", "Reviews", "supervisors' decisions on submitted notes"),
    Kind("note_filings", "Notes filed without review", "notes the review level did not select"),
    Kind("addenda", "Addenda", "signed corrections to signed notes"),
    Kind("debrief_requests", "Debrief requests", "workers' requests for a debrief"),
    Kind("goals", "Goals", "the client's goals"),
    Kind("goal_progress", "Goal progress", "progress recorded on a goal"),
    Kind("strengths", "Strengths", "strengths and supports found with the client"),
    Kind("safety_plans", "Safety plans", "every version of each client's safety plan"),
    Kind("follow_ups", "Follow-ups", "follow-ups due and done"),
    Kind("brief_contacts", "Brief contacts", "phone calls, texts and drop-ins logged briefly"),
    Kind("supervision_sessions", "Supervision sessions", "workers' supervision: date, minutes"),
    Kind("referrals", "Referrals", "referrals to other services"),
    Kind("referral_status_changes", "Referral steps", "each step of a referral's life"),
    Kind("care_team", "Care team", "the client's other supports and professionals"),
    Kind("consents", "Consents", "the client's consents to share information"),
    Kind("disclosures", "Disclosures", "every handover prepared for another provider"),
    Kind("disclosure_releases", "Disclosure releases", "when each handover left, and how"),
    Kind(
        "emergency_acknowledgements",
        "Emergency acknowledgements",
        "supervisors' acknowledgements of emergency disclosures",
    ),
)

#: Tables deliberately not exported, and why (a test checks every table is one or the other).
NOT_EXPORTED: dict[str, str] = {
    "audit_log": (
        "the audit log is chained to the database it was written in; "
        "the importing database records the import in its own"
    ),
    "backups": "the backup log describes this database's own files, not the agency's records",
}

#: Columns never exported.
SECRET_COLUMNS: dict[str, tuple[str, ...]] = {
    "users": ("password_hash",),
    # The importing agency keeps its own identity (a restore compares it) and backup folder.
    "agency_settings": ("agency_uid", "backup_folder", "backup_keep"),
}
#: Columns in a whole-agency export only: account security state is the administrators'.
ADMIN_ONLY_COLUMNS: dict[str, tuple[str, ...]] = {"users": ("failed_logins", "locked_until")}

#: A client with this flag set has these fields left out unless the user includes them.
SENSITIVE_FLAG = "safety_sensitive"
SENSITIVE_CONTACT_FIELDS: tuple[str, ...] = ("phone", "email", "address", "emergency_contact")


def table(kind: str) -> Table | None:
    """The kind's table in this version's models, or None when it has none (yet)."""
    return Base.metadata.tables.get(kind)


def present_kinds() -> tuple[Kind, ...]:
    """The kinds this version of pswdesk has tables for, in export order."""
    return tuple(k for k in KINDS if k.name in Base.metadata.tables)


def exported_columns(kind: str, *, whole_agency: bool) -> tuple[Column[object], ...]:
    """The kind's columns as the model declares them, less the secret (and admin-only) ones."""
    t = table(kind)
    if t is None:
        return ()
    left_out = set(SECRET_COLUMNS.get(kind, ()))
    if not whole_agency:
        left_out |= set(ADMIN_ONLY_COLUMNS.get(kind, ()))
    return tuple(c for c in t.columns if c.name not in left_out)


def unlisted_tables() -> set[str]:
    """Tables that are neither a kind nor deliberately left out: a new table needs one."""
    listed = {k.name for k in KINDS} | set(NOT_EXPORTED)
    return set(Base.metadata.tables) - listed
