"""Handover summaries: what may leave the agency about a client, and the record of it.

A handover goes to one recipient under one of the client's consents, and holds
only the sections that consent covers (DESIGN §5). Without an active consent it
is refused, unless the user declares an emergency and types why: then it is
produced, marked as an emergency on every page, and flagged to supervisors.

Only signed (approved) notes are used, or also submitted ones marked "not yet
reviewed" when the user asks; drafts and returned notes never, and step 8 (the
worker's own self-care) is never even read. Withheld sections are not loaded
either, so nothing the consent does not cover can reach the renderer.

Everything is gathered in one read session into plain data, rendered to bytes
outside any session, and then the Disclosure row, the audit entry and the file
are written in one transaction: a handover that is not on record does not
leave the building, and a failed write leaves neither a record nor a file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound, PermissionDenied, PswdeskError, ValidationError
from pswdesk.framework import RiskAction
from pswdesk.models import (
    Addendum,
    CareTeamMember,
    Client,
    ClientAssignment,
    Consent,
    Disclosure,
    FollowUp,
    Goal,
    GoalProgress,
    Note,
    Referral,
    SafetyPlan,
    Strength,
    User,
    utcnow,
)
from pswdesk.reports.handover_data import (
    AddendumInfo,
    AgencyInfo,
    CareTeamInfo,
    ClientInfo,
    ConsentInfo,
    ContactInfo,
    FollowUpInfo,
    GoalInfo,
    GoalProgressInfo,
    HandoverData,
    ReferralInfo,
    RiskInfo,
    SafetyPlanInfo,
    StaffContact,
    StrengthInfo,
)
from pswdesk.reports.handover_pdf import render_handover
from pswdesk.services import audit
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    settings,
    team_ids,
    visible_client_filter,
)
from pswdesk.services.consent_rules import (
    SECTION_KEYS,
    SECTIONS,
    ConsentState,
    consent_state,
    normal_scope,
    section_labels,
)
from pswdesk.vocabulary import ContactType, RiskLevel

MAX_RECIPIENT = 300
MAX_REASON = 5000
RECENT_PROGRESS = 3
UNREVIEWED_STATUS = "submitted"

#: Stanley-Brown safety plan sections, in the plan's own order, then reasons for living.
SAFETY_PLAN_SECTIONS: tuple[tuple[str, str], ...] = (
    ("warning_signs", "Warning signs"),
    ("coping_strategies", "Things I can do on my own to cope"),
    ("distractions", "People and places that take my mind off things"),
    ("people_to_ask", "People I can ask for help"),
    ("professionals", "Professionals and services, crisis lines included"),
    ("safe_environment", "Making my surroundings safer"),
    ("reasons_for_living", "Reasons for living"),
)
STRENGTH_KINDS = {
    "strength": "Strength",
    "success": "Past success",
    "support": "Support",
    "community": "Community resource",
}
OPEN_REFERRALS = ("suggested", "made", "accepted")


class NoActiveConsent(PswdeskError):
    """The handover is refused: no consent in force covers it (an emergency may still)."""


# -- rows handed to the GUI and the command line -------------------------------------------


@dataclass(frozen=True, slots=True)
class RecipientOption:
    """One of the client's consents, as a choice of recipient."""

    consent_id: int
    recipient: str
    care_team_member_id: int | None
    care_team_member: str
    purpose: str
    scope: tuple[str, ...]
    how_given: str
    given_on: dt.date
    expires_on: dt.date | None
    revoked_on: dt.date | None
    state: ConsentState

    @property
    def active(self) -> bool:
        return self.state.in_force

    @property
    def scope_labels(self) -> tuple[str, ...]:
        return section_labels(self.scope)


@dataclass(frozen=True, slots=True)
class HandoverPlan:
    """What a handover would hold, before it is made (for the dialog's ticks)."""

    client_id: int
    client_name: str
    recipient: str
    consent: RecipientOption | None
    date_from: dt.date
    date_to: dt.date
    allowed: tuple[str, ...]
    withheld: tuple[str, ...]
    approved_contacts: int
    unreviewed_contacts: int

    @property
    def emergency(self) -> bool:
        return self.consent is None


@dataclass(frozen=True, slots=True)
class HandoverResult:
    disclosure_id: int
    pages: int
    sections: tuple[str, ...]
    withheld: tuple[str, ...]
    contacts: int
    emergency: bool
    size_bytes: int
    sha256: str
    path: Path | None


@dataclass(frozen=True, slots=True)
class DisclosureRow:
    id: int
    client_id: int
    client_name: str
    created_at: dt.datetime
    user_id: int
    user_name: str
    recipient: str
    consent_id: int | None
    sections: tuple[str, ...]
    date_from: dt.date | None
    date_to: dt.date | None
    emergency_reason: str

    @property
    def emergency(self) -> bool:
        return bool(self.emergency_reason)

    @property
    def section_labels(self) -> tuple[str, ...]:
        return section_labels(self.sections)


# -- who may hand over, and under which consent --------------------------------------------


def _today() -> dt.date:
    # Consent dates are the dates on a form, on the agency's own calendar: local.
    return dt.date.today()


def _handover_client(s: Session, actor: Actor, client_id: int) -> tuple[User, Client]:
    """DESIGN §4: a worker for their own clients, a supervisor for their team's."""
    me = load_user(s, actor, WORKER, SUPERVISOR)
    client = client_for(s, me, client_id)
    carers = set(
        s.scalars(select(ClientAssignment.user_id).where(ClientAssignment.client_id == client_id))
    )
    mine = {me.id} if WORKER in me.role_names else set()
    if SUPERVISOR in me.role_names:
        mine |= set(team_ids(s, me))
    if not carers & mine:
        raise PermissionDenied(
            "only the client's own workers and their supervisor can share this client's information"
        )
    return me, client


def _consent(s: Session, client_id: int, consent_id: int) -> Consent:
    consent = s.get(Consent, consent_id)
    if consent is None or consent.client_id != client_id:
        raise NotFound(f"no consent {consent_id} for this client")
    return consent


def _option(consent: Consent, member: CareTeamMember | None, today: dt.date) -> RecipientOption:
    who = ""
    if member is not None:
        extra = ", ".join(x for x in (member.role, member.organisation) if x)
        who = f"{member.name} ({extra})" if extra else member.name
    return RecipientOption(
        consent.id, consent.recipient, consent.care_team_member_id, who, consent.purpose,
        normal_scope(consent.scope or ()), consent.how_given, consent.given_on,
        consent.expires_on, consent.revoked_on,
        consent_state(consent.given_on, consent.expires_on, consent.revoked_on, today),
    )  # fmt: skip


def _refusal(option: RecipientOption) -> NoActiveConsent:
    when = {
        ConsentState.REVOKED: f"was revoked on {option.revoked_on}",
        ConsentState.EXPIRED: f"expired on {option.expires_on}",
        ConsentState.FUTURE: f"only starts on {option.given_on}",
    }.get(option.state, "is not in force")
    return NoActiveConsent(
        f"no active consent to share with {option.recipient}: the client's consent {when}; "
        "record a new consent, or make an emergency disclosure with a reason"
    )


def _active_option(s: Session, client_id: int, consent_id: int) -> RecipientOption:
    consent = _consent(s, client_id, consent_id)
    member = (
        s.get(CareTeamMember, consent.care_team_member_id) if consent.care_team_member_id else None
    )
    option = _option(consent, member, _today())
    if not option.active:
        raise _refusal(option)
    if not option.scope:
        raise NoActiveConsent(
            f"no active consent to share with {option.recipient}: the consent covers "
            "no section of a handover"
        )
    return option


def _check_range(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ValidationError({"date_from": "the start date is after the end date"})


def _statuses(include_unreviewed: bool) -> tuple[str, ...]:
    return ("approved", UNREVIEWED_STATUS) if include_unreviewed else ("approved",)


def _utc_bounds(date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Whole local days from ``date_from`` through ``date_to``, as a UTC half-open range."""
    start = dt.datetime.combine(date_from, dt.time.min).astimezone(dt.UTC)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min).astimezone(dt.UTC)
    return start, end


def recipients(db: Database, actor: Actor, client_id: int) -> list[RecipientOption]:
    """The client's consents as recipients: those in force first, newest first within."""
    with db.read() as s:
        _handover_client(s, actor, client_id)
        today = _today()
        members = {
            m.id: m
            for m in s.scalars(select(CareTeamMember).where(CareTeamMember.client_id == client_id))
        }
        options = [
            _option(c, members.get(c.care_team_member_id or -1), today)
            for c in s.scalars(select(Consent).where(Consent.client_id == client_id))
        ]
    options.sort(key=lambda o: (not o.active, -o.given_on.toordinal(), -o.consent_id))
    return options


def care_team_recipient(db: Database, actor: Actor, client_id: int, member_id: int) -> str:
    """A care-team member named as recipient ("Dr Rivera (GP, Eastside Practice)").

    For the command line's ``--recipient careteam:ID``, which needs the name for an
    emergency disclosure to someone the client never gave consent for.
    """
    with db.read() as s:
        _handover_client(s, actor, client_id)
        member = s.get(CareTeamMember, member_id)
        if member is None or member.client_id != client_id:
            raise NotFound(f"no care-team member {member_id} for this client")
        extra = ", ".join(x for x in (member.role, member.organisation) if x)
        return f"{member.name} ({extra})" if extra else member.name


def _count_contacts(
    s: Session, client_id: int, date_from: dt.date, date_to: dt.date
) -> tuple[int, int]:
    start, end = _utc_bounds(date_from, date_to)
    counts = dict(
        s.execute(
            select(Note.status, func.count())
            .where(Note.client_id == client_id, Note.contact_at >= start, Note.contact_at < end)
            .where(Note.status.in_(("approved", UNREVIEWED_STATUS)))
            .group_by(Note.status)
        ).all()
    )
    return counts.get("approved", 0), counts.get(UNREVIEWED_STATUS, 0)


def plan_handover(
    db: Database,
    actor: Actor,
    client_id: int,
    consent_id: int | None,
    date_from: dt.date,
    date_to: dt.date,
) -> HandoverPlan:
    """What a handover under this consent would share and withhold.

    ``consent_id=None`` plans an emergency disclosure (every section allowed).
    Refuses with ``NoActiveConsent`` when the consent is not in force.
    """
    _check_range(date_from, date_to)
    with db.read() as s:
        _, client = _handover_client(s, actor, client_id)
        option = None if consent_id is None else _active_option(s, client_id, consent_id)
        allowed = SECTION_KEYS if option is None else option.scope
        approved, unreviewed = _count_contacts(s, client_id, date_from, date_to)
        return HandoverPlan(
            client.id, client.preferred_name, option.recipient if option else "", option,
            date_from, date_to, allowed, tuple(k for k in SECTION_KEYS if k not in allowed),
            approved, unreviewed,
        )  # fmt: skip


# -- making one ----------------------------------------------------------------------------


def _chosen(allowed: tuple[str, ...], sections: Iterable[str] | None) -> tuple[str, ...]:
    if sections is None:
        return allowed
    wanted = list(sections)
    unknown = sorted(set(wanted) - set(SECTION_KEYS))
    if unknown:
        raise ValidationError({"sections": f"unknown section(s): {', '.join(unknown)}"})
    outside = [k for k in normal_scope(wanted) if k not in allowed]
    if outside:
        raise PermissionDenied(
            "the consent does not cover " + ", ".join(SECTIONS[k] for k in outside)
        )
    chosen = normal_scope(wanted)
    if not chosen:
        raise ValidationError({"sections": "choose at least one section to share"})
    return chosen


def produce_handover(
    db: Database,
    actor: Actor,
    client_id: int,
    *,
    consent_id: int | None = None,
    emergency_reason: str | None = None,
    recipient_name: str | None = None,
    date_from: dt.date,
    date_to: dt.date,
    sections: Iterable[str] | None = None,
    include_unreviewed: bool = False,
    output: Path | BinaryIO,
    paper: str = "A4",
) -> HandoverResult:
    """Make the PDF, write it to ``output`` and record the disclosure, or refuse.

    With a consent: the consent must be in force, ``sections`` (default: all it
    covers) must lie within its scope, and the recipient is the one it names.
    With ``emergency_reason``: no consent is needed; every section may be shared;
    ``recipient_name`` (or the consent's recipient, if one is given) says to whom.
    """
    _check_range(date_from, date_to)
    reason = (emergency_reason or "").strip()
    name = " ".join((recipient_name or "").split())
    if len(reason) > MAX_REASON:
        raise ValidationError(
            {"emergency_reason": f"keep the reason under {MAX_REASON} characters"}
        )
    if len(name) > MAX_RECIPIENT:
        raise ValidationError(
            {"recipient_name": f"a recipient is at most {MAX_RECIPIENT} characters"}
        )
    now = utcnow()

    with db.read() as s:
        me, client = _handover_client(s, actor, client_id)
        option: RecipientOption | None = None
        if reason:
            if consent_id is not None:
                name = name or _consent(s, client_id, consent_id).recipient
            if not name:
                raise ValidationError(
                    {"recipient_name": "say who receives this emergency disclosure"}
                )
            allowed = SECTION_KEYS
        else:
            if consent_id is None:
                raise NoActiveConsent(
                    "no active consent chosen: a handover needs the client's consent to share "
                    "with the recipient, or an emergency disclosure with a reason"
                )
            option = _active_option(s, client_id, consent_id)
            if name and name != option.recipient:
                raise ValidationError(
                    {"recipient_name": "a handover under a consent goes to the recipient it names"}
                )
            name = option.recipient
            allowed = option.scope
        chosen = _chosen(allowed, sections)
        data = _gather(
            s, me, client, recipient=name, option=option, reason=reason,
            date_from=date_from, date_to=date_to, chosen=chosen, allowed=allowed,
            include_unreviewed=include_unreviewed, now=now,
        )  # fmt: skip

    buffer = io.BytesIO()
    pages = render_handover(data, buffer, paper=paper)
    pdf = buffer.getvalue()
    digest = hashlib.sha256(pdf).hexdigest()
    withheld = tuple(k for k, _ in data.withheld)

    written: Path | None = None
    try:
        with db.write() as s:
            me = load_user(s, actor, WORKER, SUPERVISOR)
            if option is not None:
                _active_option(s, client_id, option.consent_id)  # not revoked meanwhile
            row = Disclosure(
                client_id=client_id, user_id=me.id,
                consent_id=option.consent_id if option else None, recipient=name,
                sections=list(chosen), date_from=date_from, date_to=date_to,
                emergency_reason=reason, created_at=now,
            )  # fmt: skip
            s.add(row)
            s.flush()
            audit.record(
                s, me, "disclosure", "disclosure", row.id,
                client_id=client_id, recipient=name,
                consent_id=option.consent_id if option else None, sections=list(chosen),
                withheld=list(withheld), date_from=date_from, date_to=date_to,
                include_unreviewed=include_unreviewed, emergency=bool(reason),
                contacts=len(data.contacts), pages=pages, sha256=digest,
            )  # fmt: skip
            if reason:
                audit.record(
                    s, me, "disclosure.emergency", "disclosure", row.id,
                    client_id=client_id, recipient=name, reason=reason,
                    supervisors=_supervisors_of(s, me, client_id),
                )  # fmt: skip
            disclosure_id = row.id
            written = _write(output, pdf)
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return HandoverResult(
        disclosure_id, pages, chosen, withheld, len(data.contacts), bool(reason), len(pdf),
        digest, written,
    )  # fmt: skip


def _write(output: Path | BinaryIO, pdf: bytes) -> Path | None:
    if isinstance(output, str | Path):
        path = Path(output)
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            raise PswdeskError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return path
    output.write(pdf)
    return None


def _supervisors_of(s: Session, me: User, client_id: int) -> list[int]:
    """Who is told about an emergency disclosure: the client's workers' supervisors."""
    carers = select(ClientAssignment.user_id).where(ClientAssignment.client_id == client_id)
    ids = set(
        s.scalars(
            select(User.supervisor_id).where(User.id.in_(carers), User.supervisor_id.is_not(None))
        )
    )
    if me.supervisor_id is not None:
        ids.add(me.supervisor_id)
    return sorted(i for i in ids if i is not None)


# -- gathering -----------------------------------------------------------------------------


def _gather(
    s: Session,
    me: User,
    client: Client,
    *,
    recipient: str,
    option: RecipientOption | None,
    reason: str,
    date_from: dt.date,
    date_to: dt.date,
    chosen: tuple[str, ...],
    allowed: tuple[str, ...],
    include_unreviewed: bool,
    now: dt.datetime,
) -> HandoverData:
    agency = settings(s)
    names: dict[int, str] = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
    statuses = _statuses(include_unreviewed)
    want = set(chosen)
    consent = None
    if option is not None:
        consent = ConsentInfo(
            option.consent_id, option.recipient, option.purpose, option.scope_labels,
            option.how_given, option.given_on, option.expires_on,
        )  # fmt: skip
    return HandoverData(
        agency=AgencyInfo(agency.name, agency.address, agency.phone, agency.email),
        client=ClientInfo(
            client.id,
            client.preferred_name,
            client.legal_name,
            client.pronouns,
            client.date_of_birth,
        ),
        recipient=recipient,
        generated_at=now,
        generated_by=names.get(me.id, me.username),
        date_from=date_from,
        date_to=date_to,
        included=tuple((k, SECTIONS[k]) for k in chosen),
        withheld=tuple((k, SECTIONS[k]) for k in SECTION_KEYS if k not in allowed),
        not_selected=tuple((k, SECTIONS[k]) for k in allowed if k not in want),
        consent=consent,
        emergency_reason=reason,
        include_unreviewed=include_unreviewed,
        risk=_risk(s, client.id, statuses, names) if "risk" in want else None,
        safety_plan=_safety_plan(s, client.id, statuses, names) if "safety_plan" in want else None,
        goals=_goals(s, client.id) if "goals" in want else (),
        strengths=_strengths(s, client.id) if "strengths" in want else (),
        referrals=_referrals(s, client.id, date_from) if "referrals" in want else (),
        care_team=_care_team(s, client.id) if "care_team" in want else (),
        contacts=(
            _contacts(s, client.id, statuses, date_from, date_to, want, names)
            if "contacts" in want
            else ()
        ),
        follow_ups=_follow_ups(s, client.id, statuses, names) if "follow_ups" in want else (),
        questions_to=_questions_to(s, client.id),
    )


def _risk(
    s: Session, client_id: int, statuses: tuple[str, ...], names: dict[int, str]
) -> RiskInfo | None:
    note = s.scalars(
        select(Note)
        .where(Note.client_id == client_id, Note.status.in_(statuses), Note.risk_level.is_not(None))
        .order_by(Note.contact_at.desc(), Note.id.desc())
        .limit(1)
    ).first()
    if note is None or note.risk_level is None:
        return None
    level = RiskLevel(note.risk_level)
    return RiskInfo(
        level.value, level.label, note.contact_at, names.get(note.author_id, ""),
        tuple(note.risk_indicators or ()), _actions(note), note.status == "approved",
    )  # fmt: skip


def _actions(note: Note) -> tuple[str, ...]:
    return tuple(a.label for a in RiskAction if getattr(note, f"act_{a.value}"))


def _safety_plan(
    s: Session, client_id: int, statuses: tuple[str, ...], names: dict[int, str]
) -> SafetyPlanInfo | None:
    """The newest version whose note (if it came from one) may be shared."""
    row = s.execute(
        select(SafetyPlan, Note.status)
        .outerjoin(Note, Note.id == SafetyPlan.note_id)
        .where(SafetyPlan.client_id == client_id)
        .where(or_(SafetyPlan.note_id.is_(None), Note.status.in_(statuses)))
        .order_by(SafetyPlan.version_no.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    plan, status = row
    return SafetyPlanInfo(
        plan.version_no, plan.created_at, names.get(plan.created_by_id, ""),
        tuple((label, getattr(plan, f) or "") for f, label in SAFETY_PLAN_SECTIONS),
        status in (None, "approved"),
    )  # fmt: skip


def _goals(s: Session, client_id: int) -> tuple[GoalInfo, ...]:
    goals = list(
        s.scalars(
            select(Goal)
            .where(Goal.client_id == client_id, Goal.status == "active")
            .order_by(Goal.created_at, Goal.id)
        )
    )
    progress: dict[int, list[GoalProgress]] = defaultdict(list)
    if goals:
        for p in s.scalars(
            select(GoalProgress)
            .where(GoalProgress.goal_id.in_([g.id for g in goals]))
            .order_by(GoalProgress.recorded_at.desc(), GoalProgress.id.desc())
        ):
            if len(progress[p.goal_id]) < RECENT_PROGRESS:
                progress[p.goal_id].append(p)
    return tuple(
        GoalInfo(
            g.text,
            g.why_it_matters,
            g.status,
            g.created_at.astimezone().date(),
            g.target_date,
            tuple(GoalProgressInfo(p.recorded_at, p.text, p.status) for p in progress[g.id]),
        )
        for g in goals
    )


def _strengths(s: Session, client_id: int) -> tuple[StrengthInfo, ...]:
    order = {k: i for i, k in enumerate(STRENGTH_KINDS)}
    rows = sorted(
        # Retired items (a support who moved away ...) no longer hold: not shared.
        s.scalars(
            select(Strength).where(Strength.client_id == client_id, Strength.retired_at.is_(None))
        ),
        key=lambda r: (order.get(r.kind, 99), r.created_at, r.id),
    )
    return tuple(
        StrengthInfo(STRENGTH_KINDS.get(r.kind, r.kind), r.text, r.created_at.astimezone().date())
        for r in rows
    )


def _referrals(s: Session, client_id: int, date_from: dt.date) -> tuple[ReferralInfo, ...]:
    """Open referrals, and those that closed since the start of the period; open ones first."""
    since, _ = _utc_bounds(date_from, date_from)
    rows = sorted(
        s.scalars(
            select(Referral)
            .where(Referral.client_id == client_id)
            .where(or_(Referral.status.in_(OPEN_REFERRALS), Referral.status_changed_at >= since))
            .order_by(Referral.created_at.desc(), Referral.id.desc())
        ),
        key=lambda r: r.status not in OPEN_REFERRALS,  # stable: newest first within each
    )
    return tuple(
        ReferralInfo(
            r.to_whom,
            r.reason,
            r.status.capitalize(),
            r.created_at.astimezone().date(),
            r.status_changed_at.astimezone().date(),
        )
        for r in rows
    )


def _care_team(s: Session, client_id: int) -> tuple[CareTeamInfo, ...]:
    rows = s.scalars(
        select(CareTeamMember)
        .where(CareTeamMember.client_id == client_id, CareTeamMember.active.is_(True))
        .order_by(CareTeamMember.name, CareTeamMember.id)
    )
    return tuple(CareTeamInfo(m.name, m.role, m.organisation, m.phone, m.email) for m in rows)


def _follow_ups(
    s: Session, client_id: int, statuses: tuple[str, ...], names: dict[int, str]
) -> tuple[FollowUpInfo, ...]:
    today = _today()
    rows = s.scalars(
        select(FollowUp)
        .outerjoin(Note, Note.id == FollowUp.note_id)
        .where(FollowUp.client_id == client_id, FollowUp.done_at.is_(None))
        .where(or_(FollowUp.note_id.is_(None), Note.status.in_(statuses)))
        .order_by(FollowUp.due_date, FollowUp.id)
    )
    return tuple(
        FollowUpInfo(f.due_date, f.description, names.get(f.owner_id, ""), f.due_date < today)
        for f in rows
    )


def _questions_to(s: Session, client_id: int) -> tuple[StaffContact, ...]:
    """The client's workers, then their supervisors: the people who can answer."""
    workers = list(
        s.scalars(
            select(User)
            .join(ClientAssignment, ClientAssignment.user_id == User.id)
            .where(ClientAssignment.client_id == client_id, User.active.is_(True))
            .order_by(ClientAssignment.assigned_at, User.id)
        )
    )
    out = [StaffContact(u.full_name, "Peer support worker") for u in workers]
    seen = {u.id for u in workers}
    sup_ids = [u.supervisor_id for u in workers if u.supervisor_id is not None]
    for sup in s.scalars(select(User).where(User.id.in_(sup_ids), User.active.is_(True))):
        if sup.id not in seen:
            seen.add(sup.id)
            out.append(StaffContact(sup.full_name, "Supervisor"))
    return tuple(out)


# -- contact summaries ---------------------------------------------------------------------


def _contacts(
    s: Session,
    client_id: int,
    statuses: tuple[str, ...],
    date_from: dt.date,
    date_to: dt.date,
    want: set[str],
    names: dict[int, str],
) -> tuple[ContactInfo, ...]:
    start, end = _utc_bounds(date_from, date_to)
    notes = list(
        s.scalars(
            select(Note)
            .where(Note.client_id == client_id, Note.status.in_(statuses))
            .where(and_(Note.contact_at >= start, Note.contact_at < end))
            .order_by(Note.contact_at.desc(), Note.id.desc())
        )
    )
    addenda: dict[int, list[AddendumInfo]] = defaultdict(list)
    approved_ids = [n.id for n in notes if n.status == "approved"]
    if approved_ids:
        for a in s.scalars(
            select(Addendum)
            .where(Addendum.note_id.in_(approved_ids))
            .order_by(Addendum.created_at, Addendum.id)
        ):
            addenda[a.note_id].append(
                AddendumInfo(a.created_at, names.get(a.author_id, ""), a.reason, a.text)
            )
    return tuple(_contact(n, want, names, tuple(addenda[n.id])) for n in notes)


def _contact_type(value: str) -> str:
    try:
        return ContactType(value).label
    except ValueError:
        return value


def _contact(
    n: Note, want: set[str], names: dict[int, str], addenda: tuple[AddendumInfo, ...]
) -> ContactInfo:
    """The key points of steps 1-7; passages about withheld sections are left out.

    Step 8 lives in another table that this module never reads.
    """
    points: list[tuple[str, str]] = []

    def add(label: str, *parts: str) -> None:
        text = "\n".join(p for p in parts if p and p.strip())
        if text:
            points.append((label, text))

    feelings = ", ".join(n.feelings or ())
    add("Listening", n.s1_expressed, f"Feelings named: {feelings}" if feelings else "",
        n.s1_validation)  # fmt: skip
    add("Exploring", n.s2_questions, n.s2_insights)
    if "goals" in want:
        add("Goals", n.s3_text, *(_goal_item(i) for i in n.goal_items or ()))
    if "strengths" in want:
        add("Strengths", n.s4_text, *(_strength_item(i) for i in n.strength_items or ()))
    risk_label = ""
    if "risk" in want:
        risk_label = RiskLevel(n.risk_level).label if n.risk_level else ""
        indicators = "; ".join(n.risk_indicators or ())
        actions = "; ".join(_actions(n))
        add(
            "Safety",
            f"Risk level: {risk_label}" if risk_label else "",
            f"Risk indicators: {indicators}" if indicators else "",
            f"Actions taken: {actions}" if actions else "",
            n.s5_text,
        )
    next_check = ""
    if "follow_ups" in want and n.follow_up_date:
        next_check = f"Next check-in: {n.follow_up_date.day} {n.follow_up_date:%b %Y}"
    care_team = ""
    if "care_team" in want and n.s6_care_team.strip():
        care_team = f"Care team contacted: {n.s6_care_team}"
    add("Follow-up", n.s6_text, care_team, next_check)
    if "referrals" in want:
        add("Referrals", n.s7_text, *(_referral_item(i) for i in n.referral_items or ()))
    return ContactInfo(
        n.contact_at, _contact_type(n.contact_type), n.duration_minutes,
        names.get(n.author_id, ""), n.status == "approved", n.summary, risk_label,
        tuple(points), addenda,
    )  # fmt: skip


def _goal_item(item: dict) -> str:  # type: ignore[type-arg]
    if item.get("goal_id") is not None:
        progress = str(item.get("progress") or "").strip()
        return f"Goal reviewed: {progress}" if progress else ""
    text = str(item.get("text") or "").strip()
    return f"New goal: {text}" if text else ""


def _strength_item(item: dict) -> str:  # type: ignore[type-arg]
    text = str(item.get("text") or "").strip()
    kind = STRENGTH_KINDS.get(str(item.get("kind") or ""), "Strength")
    return f"{kind}: {text}" if text else ""


def _referral_item(item: dict) -> str:  # type: ignore[type-arg]
    to = str(item.get("to_whom") or "").strip()
    if not to:
        return ""
    reason = str(item.get("reason") or "").strip()
    status = str(item.get("status") or "suggested")
    return f"Referral {status}: {to}" + (f" ({reason})" if reason else "")


# -- the record of disclosures -------------------------------------------------------------


def _disclosure_rows(s: Session, where: object) -> list[DisclosureRow]:
    q = (
        select(Disclosure, Client.preferred_name, User.full_name)
        .join(Client, Client.id == Disclosure.client_id)
        .join(User, User.id == Disclosure.user_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Disclosure.created_at.desc(), Disclosure.id.desc())
    )
    return [
        DisclosureRow(
            d.id,
            d.client_id,
            client_name,
            d.created_at,
            d.user_id,
            user_name,
            d.recipient,
            d.consent_id,
            tuple(d.sections or ()),
            d.date_from,
            d.date_to,
            d.emergency_reason,
        )
        for d, client_name, user_name in s.execute(q)
    ]


def client_disclosures(db: Database, actor: Actor, client_id: int) -> list[DisclosureRow]:
    """Every handover made about this client, newest first (for the client record)."""
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_for(s, me, client_id)
        return _disclosure_rows(s, Disclosure.client_id == client_id)


def emergency_disclosures(db: Database, actor: Actor) -> list[DisclosureRow]:
    """Emergency disclosures a supervisor must know about: by their team or about its clients."""
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        mine = or_(Disclosure.user_id.in_(team_ids(s, me)), visible_client_filter(s, me))
        return _disclosure_rows(s, and_(Disclosure.emergency_reason != "", mine))
