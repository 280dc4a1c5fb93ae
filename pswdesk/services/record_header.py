"""What the client header must keep in view whatever tab is open, in one read.

- the open risk alert and whether the viewer may clear it (``risk_alerts``);
- the current safety plan's version and date whenever risk is moderate or higher,
  or the plain fact that there is none;
- consents about to expire or recently expired (``consents.flags``);
- open and overdue follow-ups.

Kept apart from ``clients.get_client`` so that opening a record stays one audited
read, and this summary can be refreshed after any change on the record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from pswdesk.db import Database
from pswdesk.models import Consent, FollowUp, SafetyPlan
from pswdesk.services import consents
from pswdesk.services.access import Actor
from pswdesk.services.consents import ConsentRow
from pswdesk.services.record_support import client_of, today_local
from pswdesk.services.risk_alerts import RiskAlert, open_alert
from pswdesk.vocabulary import RiskLevel


@dataclass(frozen=True, slots=True)
class PlanStamp:
    version_no: int
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RecordHeader:
    client_id: int
    risk: RiskLevel
    alert: RiskAlert | None
    #: True when risk is moderate or higher: the header then shows the plan (or its absence).
    plan_needed: bool
    plan: PlanStamp | None
    consent_flags: tuple[ConsentRow, ...]
    open_follow_ups: int
    overdue_follow_ups: int


def record_header(
    db: Database, actor: Actor, client_id: int, *, today: dt.date | None = None
) -> RecordHeader:
    today = today_local(today)
    with db.read() as s:
        me, client = client_of(s, actor, client_id)
        risk = RiskLevel(client.current_risk)
        plan = s.execute(
            select(SafetyPlan.version_no, SafetyPlan.created_at)
            .where(SafetyPlan.client_id == client.id)
            .order_by(SafetyPlan.version_no.desc())
            .limit(1)
        ).first()
        found = list(s.scalars(select(Consent).where(Consent.client_id == client.id)))
        rows = consents.build_rows(s, found, today)
        open_q = select(func.count()).where(
            FollowUp.client_id == client.id, FollowUp.done_at.is_(None)
        )
        return RecordHeader(
            client.id,
            risk,
            open_alert(s, me, client),
            risk.needs_plan,
            PlanStamp(plan.version_no, plan.created_at) if plan else None,
            tuple(consents.flags(rows, today)),
            s.scalar(open_q) or 0,
            s.scalar(open_q.where(FollowUp.due_date < today)) or 0,
        )
