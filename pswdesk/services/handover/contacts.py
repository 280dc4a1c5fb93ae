"""The contact notes a handover may use, over which days, and what each contributes.

Signed notes only, or also submitted ones when the user asks for notes not yet
reviewed. A contact's summary keeps the key points of steps 1-7 and leaves out
the passages about sections the handover does not share; step 8 (the worker's
own self-care) lives in another table that this module never reads. The words it
adds around what was typed (labels, "Risk level:" ...) are in the handover's
language (``reports/handover_wording.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from pswdesk.framework import RiskAction
from pswdesk.models import Addendum, Note
from pswdesk.reports.handover_data import AddendumInfo, ContactInfo
from pswdesk.reports.handover_wording import HandoverWording
from pswdesk.vocabulary import (
    ContactType,
    HandoverSection,
    NoteStatus,
    ReferralStatus,
    RiskLevel,
    StrengthKind,
)

UNREVIEWED_STATUS = NoteStatus.SUBMITTED


def shared_statuses(include_unreviewed: bool) -> tuple[NoteStatus, ...]:
    """The note statuses a handover may use."""
    if include_unreviewed:
        return (NoteStatus.APPROVED, UNREVIEWED_STATUS)
    return (NoteStatus.APPROVED,)


def utc_bounds(date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Whole local days from ``date_from`` through ``date_to``, as a UTC half-open range."""
    start = dt.datetime.combine(date_from, dt.time.min).astimezone(dt.UTC)
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min).astimezone(dt.UTC)
    return start, end


def count_contacts(
    s: Session, client_id: int, date_from: dt.date, date_to: dt.date
) -> tuple[int, int]:
    """(approved, unreviewed) notes of contacts in these days."""
    start, end = utc_bounds(date_from, date_to)
    counts = dict(
        s.execute(
            select(Note.status, func.count())
            .where(Note.client_id == client_id, Note.contact_at >= start, Note.contact_at < end)
            .where(Note.status.in_(shared_statuses(True)))
            .group_by(Note.status)
        ).all()
    )
    return counts.get(NoteStatus.APPROVED, 0), counts.get(UNREVIEWED_STATUS, 0)


def risk_actions(note: Note, w: HandoverWording) -> tuple[str, ...]:
    return tuple(w.label(a) for a in RiskAction if getattr(note, f"act_{a.value}"))


def contact_summaries(
    s: Session,
    client_id: int,
    statuses: tuple[NoteStatus, ...],
    date_from: dt.date,
    date_to: dt.date,
    want: set[str],
    names: dict[int, str],
    w: HandoverWording,
) -> tuple[ContactInfo, ...]:
    start, end = utc_bounds(date_from, date_to)
    notes = list(
        s.scalars(
            select(Note)
            .where(Note.client_id == client_id, Note.status.in_(statuses))
            .where(and_(Note.contact_at >= start, Note.contact_at < end))
            .order_by(Note.contact_at.desc(), Note.id.desc())
        )
    )
    addenda: dict[int, list[AddendumInfo]] = defaultdict(list)
    approved_ids = [n.id for n in notes if n.status == NoteStatus.APPROVED]
    if approved_ids:
        for a in s.scalars(
            select(Addendum)
            .where(Addendum.note_id.in_(approved_ids))
            .order_by(Addendum.created_at, Addendum.id)
        ):
            addenda[a.note_id].append(
                AddendumInfo(a.created_at, names.get(a.author_id, ""), a.reason, a.text)
            )
    return tuple(_contact(n, want, names, tuple(addenda[n.id]), w) for n in notes)


def _contact(
    n: Note,
    want: set[str],
    names: dict[int, str],
    addenda: tuple[AddendumInfo, ...],
    w: HandoverWording,
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
    add(w("point_listening"), n.s1_expressed,
        w("feelings_named", feelings=feelings) if feelings else "", n.s1_validation)  # fmt: skip
    add(w("point_exploring"), n.s2_questions, n.s2_insights)
    if HandoverSection.GOALS in want:
        add(w("point_goals"), n.s3_text, *(_goal_item(i, w) for i in n.goal_items or ()))
    if HandoverSection.STRENGTHS in want:
        add(w("point_strengths"), n.s4_text,
            *(_strength_item(i, w) for i in n.strength_items or ()))  # fmt: skip
    risk_label = ""
    if HandoverSection.RISK in want:
        risk_label = w.label(RiskLevel(n.risk_level)) if n.risk_level else ""
        indicators = "; ".join(n.risk_indicators or ())
        actions = "; ".join(risk_actions(n, w))
        add(
            w("point_safety"),
            w("risk_level_line", level=risk_label) if risk_label else "",
            w("risk_indicators_line", items=indicators) if indicators else "",
            w("actions_taken_line", items=actions) if actions else "",
            n.s5_text,
        )
    next_check = ""
    if HandoverSection.FOLLOW_UPS in want and n.follow_up_date:
        next_check = w("next_check_in", date=w.date(n.follow_up_date))
    care_team = ""
    if HandoverSection.CARE_TEAM in want and n.s6_care_team.strip():
        care_team = w("care_team_contacted", who=n.s6_care_team)
    add(w("point_follow_up"), n.s6_text, care_team, next_check)
    if HandoverSection.REFERRALS in want:
        add(w("point_referrals"), n.s7_text,
            *(_referral_item(i, w) for i in n.referral_items or ()))  # fmt: skip
    return ContactInfo(
        n.contact_at, w.label_of(ContactType, n.contact_type), n.duration_minutes,
        names.get(n.author_id, ""), n.status == NoteStatus.APPROVED, n.summary, risk_label,
        tuple(points), addenda,
    )  # fmt: skip


def _goal_item(item: Mapping[str, Any], w: HandoverWording) -> str:
    if item.get("goal_id") is not None:
        progress = str(item.get("progress") or "").strip()
        return w("goal_reviewed", progress=progress) if progress else ""
    text = str(item.get("text") or "").strip()
    return w("new_goal", text=text) if text else ""


def _strength_item(item: Mapping[str, Any], w: HandoverWording) -> str:
    text = str(item.get("text") or "").strip()
    kind = w.label_of(StrengthKind, str(item.get("kind") or ""), w.label(StrengthKind.STRENGTH))
    return w("strength_item", kind=kind, text=text) if text else ""


def _referral_item(item: Mapping[str, Any], w: HandoverWording) -> str:
    to = str(item.get("to_whom") or "").strip()
    if not to:
        return ""
    reason = str(item.get("reason") or "").strip()
    status = str(item.get("status") or ReferralStatus.SUGGESTED)
    if w.french:  # the stored value is English: « Référence suggérée »
        status = w.label_of(ReferralStatus, status).lower()
    return w("referral_item", status=status, to=to) + (f" ({reason})" if reason else "")
