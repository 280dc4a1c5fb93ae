"""The risk alert and the urgency of risk: every rule about them, in one place.

A high or imminent rating (``RiskLevel.urgent``) makes a note urgent: it heads
every supervisor's queue (``risk_rank``) and stays marked until a supervisor has
signed it (``is_urgent``). Submitting such a note also raises an alert on the
client (``raise_values``), even if an older alert was cleared. The alert stays
open, in the record header (``open_alert``) and on the caseload, until a
supervisor clears it with a reason (``clear_risk_alert``); the person whose note
raised it cannot clear it, because a second pair of eyes is the point of it.

The alert's columns live on the client but are derived from notes, so they are
written by plain UPDATE: bumping the client's version would make someone editing
the client's details hit a false conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, select, update
from sqlalchemy.orm import QueryableAttribute, Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, PermissionDenied, ValidationError
from pswdesk.models import Client, Note, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import SUPERVISOR, Actor, client_for, load_user
from pswdesk.vocabulary import NoteStatus, RiskLevel
from pswdesk.wording import words

# -- urgency ------------------------------------------------------------------------------


def is_urgent(risk_level: str | None, status: str) -> bool:
    """High or imminent risk stays marked until a supervisor has signed the note."""
    if not risk_level:
        return False
    return RiskLevel(risk_level).urgent and status != NoteStatus.APPROVED


def risk_rank(level: QueryableAttribute[Any]) -> ColumnElement[int]:
    """SQL ranking a risk-level column, higher more urgent; no rating ranks below "none"."""
    return case({r.value: r.rank for r in RiskLevel}, value=level, else_=-1)


# -- the alert ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RiskAlert:
    """An open alert, and whether the person looking may clear it (and if not, why)."""

    note_id: int
    level: RiskLevel
    raised_at: dt.datetime
    raised_by_id: int
    raised_by_name: str
    can_clear: bool
    why_not: str  # the refusal clearing it would meet ("" when it may), as raised


def open_alert_note(client: Client) -> int | None:
    """The note whose alert is open on this client, or None when no alert is open."""
    return client.risk_alert_note_id if client.risk_alert_cleared_at is None else None


def raise_values(note: Note) -> dict[str, Any]:
    """The client columns a submitted note sets to raise the alert; empty unless it is urgent."""
    if not (note.risk_level and RiskLevel(note.risk_level).urgent):
        return {}
    return {
        "risk_alert_note_id": note.id,
        "risk_alert_cleared_by_id": None,
        "risk_alert_cleared_at": None,
        "risk_alert_clear_reason": "",
    }


def _refusal(me: User, raised_by_id: int) -> str:
    """Why ``me`` may not clear an alert raised by ``raised_by_id``; "" when they may."""
    if SUPERVISOR not in me.role_names:
        return words("only a supervisor can clear a risk alert")
    if raised_by_id == me.id:
        return words("you raised this risk alert, so another supervisor has to clear it")
    return ""


def open_alert(s: Session, me: User, client: Client) -> RiskAlert | None:
    """The client's open alert as ``me`` sees it (inside a caller's session)."""
    note_id = open_alert_note(client)
    if note_id is None:
        return None
    row = s.execute(
        select(Note.author_id, Note.contact_at, Note.risk_level, User.full_name)
        .join(User, User.id == Note.author_id)
        .where(Note.id == note_id)
    ).first()
    if row is None:
        return None
    level = RiskLevel(row.risk_level) if row.risk_level else RiskLevel(client.current_risk)
    refusal = _refusal(me, row.author_id)
    return RiskAlert(
        note_id, level, row.contact_at, row.author_id, row.full_name, not refusal, refusal
    )


def clear_risk_alert(db: Database, actor: Actor, client_id: int, reason: str) -> None:
    """A supervisor closes a client's open risk alert, saying why."""
    text = reason.strip()
    if not text:
        raise ValidationError({"reason": words("say why the risk alert can be cleared")})
    if "\x00" in text:
        raise ValidationError({"reason": words("the reason contains a NUL character (\\0)")})
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        client = client_for(s, me, client_id)
        s.refresh(client, with_for_update=True)
        note_id = open_alert_note(client)
        if note_id is None:
            raise ConflictError(
                words(
                    "{preferred_name} has no open risk alert", preferred_name=client.preferred_name
                )
            )
        raised_by = s.scalar(select(Note.author_id).where(Note.id == note_id))
        refusal = _refusal(me, raised_by) if raised_by is not None else ""
        if refusal:
            raise PermissionDenied(refusal)
        now = utcnow()
        before = {"risk_alert_cleared_at": None, "risk_alert_cleared_by_id": None}
        s.execute(
            update(Client)
            .where(Client.id == client.id)
            .values(
                risk_alert_cleared_by_id=me.id,
                risk_alert_cleared_at=now,
                risk_alert_clear_reason=text,
            )
            .execution_options(synchronize_session=False)
        )
        audit.record(
            s, me, "client.risk_alert_cleared", "client", client.id,
            note_id=note_id, reason_given=bool(text.strip()),
            changes=audit.changes(
                before, {"risk_alert_cleared_at": now, "risk_alert_cleared_by_id": me.id}
            ),
        )  # fmt: skip
        s.expire(client)


def client_alert(db: Database, actor: Actor, client_id: int) -> RiskAlert | None:
    """The client's open alert, or None; for someone who may see the client (step 5)."""
    with db.read() as s:
        me = load_user(s, actor)
        return open_alert(s, me, client_for(s, me, client_id))
