"""The client's risk level over time, read from signed notes.

Only approved notes count: a rating is part of the history once a supervisor
has signed it. (The header's *current* risk follows submitted notes too, so that
a high rating is seen at once; this list is the settled record.) The alert that
a high or imminent rating raises on the client is the business of ``risk_alerts``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import aliased

from pswdesk.db import Database
from pswdesk.framework import RiskAction
from pswdesk.models import Note, User
from pswdesk.services.access import Actor
from pswdesk.services.record_support import client_of
from pswdesk.vocabulary import NoteStatus, RiskLevel

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
                Note.status == NoteStatus.APPROVED,
                Note.risk_level.is_not(None),
            )
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .limit(limit)
        )
        return [
            RiskEntry(
                n.id,
                n.contact_at,
                RiskLevel(cast(str, n.risk_level)),  # the query keeps rated notes only
                a or "",
                n.signed_at,
                sg or "filed without review",  # no signer: review_levels filed it
                tuple(n.risk_indicators or ()),
                tuple(x.label for x in RiskAction if getattr(n, f"act_{x.value}")),
            )
            for n, a, sg in s.execute(q)
        ]
