"""The database schema as typed SQLAlchemy models.

Only the services touch these classes; the GUI and the command line get plain
dataclasses back. Structured parts of the framework (risk, goals, follow-ups,
referrals, debriefs) are rows and columns so that queues and the handover can
query them; step narratives are text columns on the note.

Approved notes, addenda and the audit log are protected by database triggers
created in the first migration (see ``pswdesk.db_triggers``), not only here.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pswdesk.errors import LockedError
from pswdesk.vocabulary import (
    BriefContactType,
    ClientStatus,
    CloseReason,
    ConsentForm,
    DocumentLanguage,
    FollowUpOutcome,
    GoalStatus,
    NoteStatus,
    ReferralStatus,
    ReleaseHow,
    ReviewDecision,
    ReviewLevel,
    RiskLevel,
    Role,
    StrengthKind,
    check_in,
)
from pswdesk.wording import words

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Always hands back an aware UTC datetime, whatever the backend stores.

    PostgreSQL keeps ``timestamptz``; SQLite keeps text without an offset, so
    values are converted to UTC before they are written and tagged on the way out.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        value = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


TS = UTCDateTime()


class AgencySettings(Base):
    """One row: the agency and the switches that change the rules for it."""

    __tablename__ = "agency_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    allow_self_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    supervisors_see_all_clients: Mapped[bool] = mapped_column(Boolean, default=False)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    late_entry_hours: Mapped[int] = mapped_column(Integer, default=72)
    referral_stale_days: Mapped[int] = mapped_column(Integer, default=30)
    max_failed_logins: Mapped[int] = mapped_column(Integer, default=5)
    # Intake and discharge (migration 0007).
    workers_may_register_clients: Mapped[bool] = mapped_column(Boolean, default=True)
    workers_may_close_clients: Mapped[bool] = mapped_column(Boolean, default=False)
    no_contact_days: Mapped[int] = mapped_column(Integer, default=90)
    # Risk continuity (migration 0013): days an imminent- / high-risk client may go
    # without a contact or an open follow-up before they are listed as "needs contact".
    needs_contact_imminent_days: Mapped[int] = mapped_column(Integer, default=2)
    needs_contact_high_days: Mapped[int] = mapped_column(Integer, default=7)
    # Reports (migration 0019): the month the fiscal year starts in (April by default).
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=4)
    # Backups (migration 0009): the folder ("" = the per-user default), how many
    # scheduled ones to keep, and the agency's own id, which a restore compares.
    backup_folder: Mapped[str] = mapped_column(String(1000), default="")
    backup_keep: Mapped[int] = mapped_column(Integer, default=14)
    agency_uid: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid.uuid4()))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(TS)
    # How many of this worker's notes are reviewed (migration 0016, services/review_levels.py).
    review_level: Mapped[str] = mapped_column(String(10), default="every")
    review_sample_percent: Mapped[int | None] = mapped_column(Integer)
    # Set by an administrator's reset: the next login must choose a new one (migration 0018).
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    roles: Mapped[list[UserRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(r.role for r in self.roles)


class UserRole(Base):
    __tablename__ = "user_roles"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    __table_args__ = (CheckConstraint(check_in("role", Role), name="role"),)


class Client(Base):
    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    preferred_name: Mapped[str] = mapped_column(String(200), index=True)
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(40), default="")
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    emergency_contact: Mapped[str] = mapped_column(Text, default="")
    # Intake (migration 0007): may a message be left, how they came, what language.
    phone_ok_message: Mapped[bool] = mapped_column(Boolean, default=False)
    email_ok_message: Mapped[bool] = mapped_column(Boolean, default=False)
    preferred_language: Mapped[str] = mapped_column(String(60), default="")
    referral_source: Mapped[str] = mapped_column(String(200), default="")
    # Someone leaving violence, for example: contact details stay out of every
    # handover and export unless the user includes them explicitly (and that is audited).
    safety_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="active", index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(String(20))
    close_reason_text: Mapped[str] = mapped_column(Text, default="")
    # The record this one was merged into (plain id, as risk_alert_note_id).
    merged_into_id: Mapped[int | None] = mapped_column(Integer)
    # Denormalised from the latest submitted/approved note so that a caseload of
    # hundreds shows risk without a per-client subquery.
    current_risk: Mapped[str] = mapped_column(String(10), default="none", index=True)
    current_risk_at: Mapped[dt.datetime | None] = mapped_column(TS)
    last_contact_at: Mapped[dt.datetime | None] = mapped_column(TS, index=True)
    # A high/imminent risk alert stays until a supervisor clears it with a reason.
    # Plain id, not a foreign key: clients and notes would otherwise reference each other.
    risk_alert_note_id: Mapped[int | None] = mapped_column(Integer)
    risk_alert_cleared_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    risk_alert_cleared_at: Mapped[dt.datetime | None] = mapped_column(TS)
    risk_alert_clear_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(check_in("status", ClientStatus), name="status"),
        CheckConstraint(check_in("current_risk", RiskLevel), name="current_risk"),
        CheckConstraint(check_in("close_reason", CloseReason, nullable=True), name="close_reason"),
    )


class ClientMerge(Base):
    """Two records found to be one person: ``merged_id`` now lives on as ``kept_id``.

    Append-only (migration 0007). A signed note's hash covers the client id it was
    signed under; after a merge it is checked against that id through this table.
    """

    __tablename__ = "client_merges"
    id: Mapped[int] = mapped_column(primary_key=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), unique=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    merged_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    merged_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class ClientAssignment(Base):
    """Which workers carry a client; a worker sees only these clients."""

    __tablename__ = "client_assignments"
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)


class Note(Base):
    """One contact with a client, written along the eight steps."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    contact_at: Mapped[dt.datetime] = mapped_column(TS)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    contact_type: Mapped[str] = mapped_column(String(20), default="in_person")
    location: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    # Steps 1-7 narratives. Step 8 lives in NoteSelfCare so it can be withheld.
    s1_expressed: Mapped[str] = mapped_column(Text, default="")
    s1_validation: Mapped[str] = mapped_column(Text, default="")
    s2_questions: Mapped[str] = mapped_column(Text, default="")
    s2_insights: Mapped[str] = mapped_column(Text, default="")
    s3_text: Mapped[str] = mapped_column(Text, default="")
    s4_text: Mapped[str] = mapped_column(Text, default="")
    s5_text: Mapped[str] = mapped_column(Text, default="")
    s6_text: Mapped[str] = mapped_column(Text, default="")
    s6_care_team: Mapped[str] = mapped_column(Text, default="")
    s7_text: Mapped[str] = mapped_column(Text, default="")
    # Comma-separated step keys the worker marked "not addressed".
    not_addressed: Mapped[str] = mapped_column(String(200), default="")
    feelings: Mapped[list[str]] = mapped_column(JSON, default=list)
    risk_indicators: Mapped[list[str]] = mapped_column(JSON, default=list)
    risk_level: Mapped[str | None] = mapped_column(String(10))
    act_safety_plan_reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    act_support_system_told: Mapped[bool] = mapped_column(Boolean, default=False)
    act_crisis_protocol: Mapped[bool] = mapped_column(Boolean, default=False)
    act_emergency_services: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_date: Mapped[dt.date | None] = mapped_column(Date)
    # Items typed on steps 3, 4 and 7 of a draft; on submit they become Goal,
    # Strength and Referral rows on the client record.
    goal_items: Mapped[list[dict]] = mapped_column(JSON, default=list)
    strength_items: Mapped[list[dict]] = mapped_column(JSON, default=list)
    referral_items: Mapped[list[dict]] = mapped_column(JSON, default=list)
    late_entry: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(TS)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[dt.datetime | None] = mapped_column(TS)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}

    self_care: Mapped[NoteSelfCare | None] = relationship(
        back_populates="note", uselist=False, cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint(check_in("status", NoteStatus), name="status"),
        CheckConstraint(check_in("risk_level", RiskLevel, nullable=True), name="risk_level"),
        CheckConstraint("duration_minutes >= 0", name="duration"),
        Index("ix_notes_client_contact", "client_id", "contact_at"),
        Index("ix_notes_author_status", "author_id", "status"),
        Index("ix_notes_status_risk", "status", "risk_level"),
        Index("ix_notes_risk_level", "risk_level"),
        # Search walks notes newest first and stops at a page of hits (services.notes).
        Index("ix_notes_contact_at", "contact_at"),
        # The reports count in these alone, never reading the wide rows (migration 0020).
        Index("ix_notes_report_author", "author_id", "status", "contact_at", "client_id",
              "risk_level", "duration_minutes", "created_at", "signed_at", "submitted_at"),
        Index("ix_notes_report_period", "status", "contact_at", "author_id", "client_id",
              "risk_level", "duration_minutes"),
        Index("ix_notes_report_client", "client_id", "contact_at", "status", "author_id",
              "risk_level", "duration_minutes"),
        Index("ix_notes_unsigned", "signed_at", "created_at", "status", "author_id",
              "submitted_at"),
    )  # fmt: skip


class NoteSelfCare(Base):
    """Step 8: the worker's own wellbeing. Author and their supervisors only."""

    __tablename__ = "note_self_care"
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), primary_key=True)
    impact: Mapped[str] = mapped_column(Text, default="")
    boundaries: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    debrief_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[Note] = relationship(back_populates="self_care")


class NoteReview(Base):
    """A supervisor's decision on a submission: returned with a comment, or approved."""

    __tablename__ = "note_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decision: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    __table_args__ = (CheckConstraint(check_in("decision", ReviewDecision), name="decision"),)


class NoteSubmission(Base):
    """The note's content as it stood at each submission, to show what changed."""

    __tablename__ = "note_submissions"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), index=True)
    submitted_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    content: Mapped[dict] = mapped_column(JSON)


class NoteFiling(Base):
    """A submitted note filed without review: locked and hashed like a signed one, no signer.

    Append-only (migration 0016). Who filed it is the note's author; why is the review
    level in force at submission, with the sample's draw (``services.review_levels``).
    """

    __tablename__ = "note_filings"
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), primary_key=True)
    filed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    filed_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    review_level: Mapped[str] = mapped_column(String(10))
    sample_percent: Mapped[int | None] = mapped_column(Integer)
    draw: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (CheckConstraint(check_in("review_level", ReviewLevel), name="review_level"),)


class SupervisionSession(Base):
    """One supervision session of a worker: when, how long, and what was talked about."""

    __tablename__ = "supervision_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    # About clients: shown to the worker and supervisors, never to administrators or the audit.
    topics: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("minutes > 0", name="minutes"),)


class Addendum(Base):
    """A signed correction appended to an approved note; never edited."""

    __tablename__ = "addenda"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))


class DebriefRequest(Base):
    __tablename__ = "debrief_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"), unique=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    held_at: Mapped[dt.datetime | None] = mapped_column(TS)
    held_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    held_note: Mapped[str] = mapped_column(Text, default="")


class Goal(Base):
    __tablename__ = "goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id"))
    # Who typed it: on the client record, or in the note it came from (its author).
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint(check_in("status", GoalStatus), name="status"),)


class GoalProgress(Base):
    __tablename__ = "goal_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"), index=True)
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id"))
    # Who typed it: on the client record, or in the note it came from (its author).
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="active")


class Strength(Base):
    """Step 4 items kept on the client record."""

    __tablename__ = "strengths"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id"))
    kind: Mapped[str] = mapped_column(String(20), default="strength")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Retired, never deleted: what a note found stays on record with the note.
    retired_at: Mapped[dt.datetime | None] = mapped_column(TS)
    retired_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    retired_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint(check_in("kind", StrengthKind), name="kind"),)


class SafetyPlan(Base):
    """Stanley-Brown safety plan; every edit is a new version, old ones stay."""

    __tablename__ = "safety_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    version_no: Mapped[int] = mapped_column(Integer)
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    coping_strategies: Mapped[str] = mapped_column(Text, default="")
    distractions: Mapped[str] = mapped_column(Text, default="")
    people_to_ask: Mapped[str] = mapped_column(Text, default="")
    professionals: Mapped[str] = mapped_column(Text, default="")
    safe_environment: Mapped[str] = mapped_column(Text, default="")
    reasons_for_living: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("client_id", "version_no", name="uq_safety_plan_version"),)


@event.listens_for(SafetyPlan, "before_update")
@event.listens_for(SafetyPlan, "before_delete")
def _safety_plan_is_written_once(_mapper, _connection, target: SafetyPlan) -> None:  # type: ignore[no-untyped-def]
    """A saved version is history: edits become version N+1 (``services.safety_plans``).

    A guard in the ORM rather than a trigger: no service changes a version, so this
    catches a future slip in our own code; the raw-SQL guard of signed notes is for
    signatures, which a plan does not carry.
    """
    raise LockedError(
        words(
            "safety plan version {version_no} is kept as it was; save a new version instead",
            version_no=target.version_no,
        )
    )


class BriefContact(Base):
    """A phone call, text or drop-in logged in a line or two instead of a full note.

    Counted as a contact (last contact, "needs contact", reports). Risk at moderate
    or higher stays only on one that became a full note (``became_note_id``): the
    service refuses to save such a contact as brief (migration 0015).
    """

    __tablename__ = "brief_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed by ix_brief_contacts_client_contact (client first).
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    contact_at: Mapped[dt.datetime] = mapped_column(TS)
    contact_type: Mapped[str] = mapped_column(String(10))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(500), default="")
    risk_level: Mapped[str | None] = mapped_column(String(10))
    became_note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id"))
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(check_in("contact_type", BriefContactType), name="contact_type"),
        CheckConstraint(check_in("risk_level", RiskLevel, nullable=True), name="risk_level"),
        CheckConstraint("minutes >= 0", name="minutes"),
        Index("ix_brief_contacts_client_contact", "client_id", "contact_at"),
        Index("ix_brief_contacts_author_contact", "author_id", "contact_at"),
    )


class FollowUp(Base):
    __tablename__ = "follow_ups"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    due_date: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(TS)
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    # How it ended (FollowUpOutcome; None while open, and on ones done before 0014),
    # who closed it, and the follow-up a reschedule replaced (migration 0014).
    outcome: Mapped[str | None] = mapped_column(String(12))
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    rescheduled_from_id: Mapped[int | None] = mapped_column(ForeignKey("follow_ups.id"))
    __table_args__ = (
        Index("ix_follow_ups_owner_due", "owner_id", "done_at", "due_date"),
        Index("ix_follow_ups_due", "due_date", "owner_id", "done_at", "outcome"),  # reports
        CheckConstraint(check_in("outcome", FollowUpOutcome, nullable=True), name="outcome"),
    )


class Referral(Base):
    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id"))
    to_whom: Mapped[str] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="suggested")
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status_changed_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(check_in("status", ReferralStatus), name="status"),
        Index("ix_referrals_created_at", "created_at"),  # reports: referrals made in a period
    )


class ReferralStatusChange(Base):
    """One step in a referral's life (made, accepted ...), dated as it happened."""

    __tablename__ = "referral_status_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id"), index=True)
    from_status: Mapped[str] = mapped_column(String(10))
    to_status: Mapped[str] = mapped_column(String(10))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)


class CareTeamMember(Base):
    __tablename__ = "care_team"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Consent(Base):
    """The client's agreement to share chosen kinds of information with one recipient."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    care_team_member_id: Mapped[int | None] = mapped_column(ForeignKey("care_team.id"))
    recipient: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    # Section keys: goals, safety_plan, risk, referrals, contacts, care_team, strengths.
    scope: Mapped[list[str]] = mapped_column(JSON, default=list)
    how_given: Mapped[str] = mapped_column(String(10), default="written")
    given_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint(check_in("how_given", ConsentForm), name="how_given"),)


class Disclosure(Base):
    """Every handover prepared: who, to whom, what, under which consent.

    It is a disclosure once it left (a ``DisclosureRelease`` row); before that it
    is only prepared.
    """

    __tablename__ = "disclosures"
    __table_args__ = (CheckConstraint(check_in("language", DocumentLanguage), name="language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id"))
    recipient: Mapped[str] = mapped_column(String(300))
    sections: Mapped[list[str]] = mapped_column(JSON, default=list)
    date_from: Mapped[dt.date | None] = mapped_column(Date)
    date_to: Mapped[dt.date | None] = mapped_column(Date)
    emergency_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    #: The language the summary was written in (migration 0021; 'en' before it).
    language: Mapped[str] = mapped_column(
        String(2), default=DocumentLanguage.ENGLISH, server_default=DocumentLanguage.ENGLISH
    )


class DisclosureRelease(Base):
    """A prepared handover left the agency: saved, printed or written out (append-only)."""

    __tablename__ = "disclosure_releases"
    __table_args__ = (CheckConstraint(check_in("how", ReleaseHow), name="how"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosures.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    how: Mapped[str] = mapped_column(String(20))
    released_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)


class EmergencyAcknowledgement(Base):
    """A supervisor read an emergency disclosure: once per disclosure (append-only)."""

    __tablename__ = "emergency_acknowledgements"
    id: Mapped[int] = mapped_column(primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(ForeignKey("disclosures.id"), unique=True)
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    acknowledged_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class Backup(Base):
    """One backup made (or attempted): where, when, by whom, and whether it checked out."""

    __tablename__ = "backups"
    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow, index=True)
    path: Mapped[str] = mapped_column(String(1000))
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    scheduled: Mapped[bool] = mapped_column(Boolean, default=False)
    made_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    made_by: Mapped[str] = mapped_column(String(80), default="")
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    problem: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Append-only, hash-chained record of changes, sign-offs, logins and disclosures."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(TS, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    #: HMAC-SHA256 with the agency's audit key (services/audit_chain.py); None when the
    #: writing computer had no agency secret, and on entries older than migration 0010.
    mac: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
