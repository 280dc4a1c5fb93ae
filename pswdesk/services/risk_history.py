"""The client's risk level over time, read from signed notes, and the open risk alert.

Only approved notes count: a rating is part of the history once a supervisor
has signed it. (The header's *current* risk follows submitted notes too, so that
a high rating is seen at once; this list is the settled record.)

A high or imminent rating raises an alert on the client (``notes.submit``); it
stays until a supervisor clears it with a reason (``review.clear_risk_alert``),
and the person whose note raised it cannot clear it alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from pswdesk.db import Database
from pswdesk.framework import RiskAction
from pswdesk.models import Client, Note, User
from pswdesk.services.access import SUPERVISOR, Actor
from pswdesk.services.record_support import client_of
from pswdesk.vocabulary import RiskLevel

MAX_ROWS = 500


@dataclass(frozen=True, slots=True)
class RiskEntry:
    note_id: int
    contact_at: dt.datetime
    level: RiskLevel
    author_name: str
    signed_at: dt.datetime | None
    signed_by_name: str
    indicators: tuple[str, ...]
    actions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RiskAlert:
    """An open alert, and whether the person looking may clear it (and if not, why)."""

    note_id: int
    level: RiskLevel
    raised_at: dt.datetime
    raised_by_id: int
    raised_by_name: str
    can_clear: bool
    why_not: str


def risk_history(
    db: Database, actor: Actor, client_id: int, *, limit: int = MAX_ROWS
) -> list[RiskEntry]:
    """Risk ratings from approved notes, latest contact first."""
    author, signer = aliased(User), aliased(User)
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        q = (
            select(Note, author.full_name, signer.full_name)
            .join(author, author.id == Note.author_id)
            .outerjoin(signer, signer.id == Note.signed_by_id)
            .where(
                Note.client_id == client.id,
                Note.status == "approved",
                Note.risk_level.is_not(None),
            )
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .limit(limit)
        )
        return [
            RiskEntry(
                n.id,
                n.contact_at,
                RiskLevel(n.risk_level),
                a or "",
                n.signed_at,
                sg or "",
                tuple(n.risk_indicators or ()),
                tuple(x.label for x in RiskAction if getattr(n, f"act_{x.value}")),
            )
            for n, a, sg in s.execute(q)
        ]


def open_alert(s: Session, me: User, client: Client) -> RiskAlert | None:
    """The client's open alert as ``me`` sees it (inside a caller's session)."""
    if client.risk_alert_note_id is None or client.risk_alert_cleared_at is not None:
        return None
    row = s.execute(
        select(Note.author_id, Note.contact_at, Note.risk_level, User.full_name)
        .join(User, User.id == Note.author_id)
        .where(Note.id == client.risk_alert_note_id)
    ).first()
    if row is None:
        return None
    level = RiskLevel(row.risk_level) if row.risk_level else RiskLevel(client.current_risk)
    why_not = ""
    if SUPERVISOR not in me.role_names:
        why_not = "Only a supervisor can clear a risk alert."
    elif row.author_id == me.id:
        why_not = "You raised this alert, so another supervisor has to clear it."
    return RiskAlert(
        client.risk_alert_note_id, level, row.contact_at, row.author_id, row.full_name,
        not why_not, why_not,
    )  # fmt: skip
