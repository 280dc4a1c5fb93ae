"""What a handover holds: the sections its consent covers, read into plain data.

Only signed (approved) notes are used, or also submitted ones marked "not yet
reviewed" when the user asks; drafts and returned notes never, and step 8 (the
worker's own self-care) is never even read. Withheld sections are not loaded
either, so nothing the consent does not cover can reach the renderer.

Labels (sections, risk levels, kinds, statuses, safety-plan headings, staff
roles) are worded in the handover's language; what people typed is kept as typed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pswdesk.models import (
    CareTeamMember,
    Client,
    ClientAssignment,
    FollowUp,
    Goal,
    GoalProgress,
    Note,
    Referral,
    SafetyPlan,
    Strength,
    User,
)
from pswdesk.reports.handover_data import (
    AgencyInfo,
    CareTeamInfo,
    ClientInfo,
    ConsentInfo,
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
from pswdesk.reports.handover_wording import HandoverWording
from pswdesk.services import safety_plans
from pswdesk.services.access import settings
from pswdesk.services.consent_rules import SECTION_KEYS
from pswdesk.services.handover.contacts import (
    contact_summaries,
    risk_actions,
    shared_statuses,
    utc_bounds,
)
from pswdesk.services.handover.recipients import RecipientOption, today
from pswdesk.vocabulary import (
    OPEN_REFERRALS,
    ConsentForm,
    DocumentLanguage,
    GoalStatus,
    HandoverSection,
    NoteStatus,
    ReferralStatus,
    RiskLevel,
    StrengthKind,
)

RECENT_PROGRESS = 3

#: The safety plan's sections as (field, heading), in the plan's own order.
SAFETY_PLAN_SECTIONS: tuple[tuple[str, str], ...] = tuple(
    (field, heading) for field, heading, _what in safety_plans.SECTIONS
)


@dataclass(frozen=True, slots=True)
class Request:
    """What to gather: for whom, under which consent or reason, which sections and days."""

    recipient: str
    option: RecipientOption | None
    reason: str
    date_from: dt.date
    date_to: dt.date
    chosen: tuple[str, ...]
    allowed: tuple[str, ...]
    include_unreviewed: bool
    now: dt.datetime
    language: DocumentLanguage = DocumentLanguage.ENGLISH


def gather(s: Session, me: User, client: Client, req: Request) -> HandoverData:
    """Everything the handover prints, reading only the sections in ``req.chosen``."""
    agency = settings(s)
    names: dict[int, str] = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
    statuses = shared_statuses(req.include_unreviewed)
    want = set(req.chosen)
    w = HandoverWording(req.language)
    consent = None
    if req.option is not None:
        o = req.option
        # As in "the client's written consent"; the stored value is the English word.
        how = w.label_of(ConsentForm, o.how_given) if w.french else o.how_given
        consent = ConsentInfo(
            o.consent_id, o.recipient, o.purpose, tuple(w.section(k) for k in o.scope), how,
            o.given_on, o.expires_on,
        )  # fmt: skip
    cid = client.id
    return HandoverData(
        agency=AgencyInfo(agency.name, agency.address, agency.phone, agency.email),
        client=ClientInfo(
            client.id,
            client.preferred_name,
            client.legal_name,
            client.pronouns,
            client.date_of_birth,
        ),
        recipient=req.recipient,
        generated_at=req.now,
        generated_by=names.get(me.id, me.username),
        date_from=req.date_from,
        date_to=req.date_to,
        included=tuple((k, w.section(k)) for k in req.chosen),
        withheld=tuple((k, w.section(k)) for k in SECTION_KEYS if k not in req.allowed),
        not_selected=tuple((k, w.section(k)) for k in req.allowed if k not in want),
        consent=consent,
        emergency_reason=req.reason,
        include_unreviewed=req.include_unreviewed,
        risk=_risk(s, cid, statuses, names, w) if HandoverSection.RISK in want else None,
        safety_plan=(
            _safety_plan(s, cid, statuses, names, w)
            if HandoverSection.SAFETY_PLAN in want
            else None
        ),
        goals=_goals(s, cid) if HandoverSection.GOALS in want else (),
        strengths=_strengths(s, cid, w) if HandoverSection.STRENGTHS in want else (),
        referrals=(
            _referrals(s, cid, req.date_from, w) if HandoverSection.REFERRALS in want else ()
        ),
        care_team=_care_team(s, cid) if HandoverSection.CARE_TEAM in want else (),
        contacts=(
            contact_summaries(s, cid, statuses, req.date_from, req.date_to, want, names, w)
            if HandoverSection.CONTACTS in want
            else ()
        ),
        follow_ups=(
            _follow_ups(s, cid, statuses, names) if HandoverSection.FOLLOW_UPS in want else ()
        ),
        questions_to=_questions_to(s, cid, w),
        language=w.language,
    )


# -- the record's sections -----------------------------------------------------------------


def _risk(
    s: Session,
    client_id: int,
    statuses: tuple[NoteStatus, ...],
    names: dict[int, str],
    w: HandoverWording,
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
        level.value, w.label(level), note.contact_at, names.get(note.author_id, ""),
        tuple(note.risk_indicators or ()), risk_actions(note, w),
        note.status == NoteStatus.APPROVED,
    )  # fmt: skip


def _safety_plan(
    s: Session,
    client_id: int,
    statuses: tuple[NoteStatus, ...],
    names: dict[int, str],
    w: HandoverWording,
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
        tuple(
            (w.safety_plan_heading(f, label), getattr(plan, f) or "")
            for f, label in SAFETY_PLAN_SECTIONS
        ),
        status in (None, NoteStatus.APPROVED),
    )  # fmt: skip


def _goals(s: Session, client_id: int) -> tuple[GoalInfo, ...]:
    goals = list(
        s.scalars(
            select(Goal)
            .where(Goal.client_id == client_id, Goal.status == GoalStatus.ACTIVE)
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


def _strengths(s: Session, client_id: int, w: HandoverWording) -> tuple[StrengthInfo, ...]:
    order = {k.value: i for i, k in enumerate(StrengthKind)}
    rows = sorted(
        # Retired items (a support who moved away ...) no longer hold: not shared.
        s.scalars(
            select(Strength).where(Strength.client_id == client_id, Strength.retired_at.is_(None))
        ),
        key=lambda r: (order.get(r.kind, 99), r.created_at, r.id),
    )
    return tuple(
        StrengthInfo(w.label_of(StrengthKind, r.kind), r.text, r.created_at.astimezone().date())
        for r in rows
    )


def _referrals(
    s: Session, client_id: int, date_from: dt.date, w: HandoverWording
) -> tuple[ReferralInfo, ...]:
    """Open referrals, and those that closed since the start of the period; open ones first."""
    since, _ = utc_bounds(date_from, date_from)
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
            w.label(ReferralStatus(r.status)),
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
    s: Session, client_id: int, statuses: tuple[NoteStatus, ...], names: dict[int, str]
) -> tuple[FollowUpInfo, ...]:
    on = today()
    rows = s.scalars(
        select(FollowUp)
        .outerjoin(Note, Note.id == FollowUp.note_id)
        .where(FollowUp.client_id == client_id, FollowUp.done_at.is_(None))
        .where(or_(FollowUp.note_id.is_(None), Note.status.in_(statuses)))
        .order_by(FollowUp.due_date, FollowUp.id)
    )
    return tuple(
        FollowUpInfo(f.due_date, f.description, names.get(f.owner_id, ""), f.due_date < on)
        for f in rows
    )


def _questions_to(s: Session, client_id: int, w: HandoverWording) -> tuple[StaffContact, ...]:
    """The client's workers, then their supervisors: the people who can answer."""
    workers = list(
        s.scalars(
            select(User)
            .join(ClientAssignment, ClientAssignment.user_id == User.id)
            .where(ClientAssignment.client_id == client_id, User.active.is_(True))
            .order_by(ClientAssignment.assigned_at, User.id)
        )
    )
    out = [StaffContact(u.full_name, w("role_worker")) for u in workers]
    seen = {u.id for u in workers}
    sup_ids = [u.supervisor_id for u in workers if u.supervisor_id is not None]
    for sup in s.scalars(select(User).where(User.id.in_(sup_ids), User.active.is_(True))):
        if sup.id not in seen:
            seen.add(sup.id)
            out.append(StaffContact(sup.full_name, w("role_supervisor")))
    return tuple(out)
