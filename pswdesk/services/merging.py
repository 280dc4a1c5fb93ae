"""Merging two records of the same person into the one kept.

Everything on the other record moves to the kept one: notes (signed ones too),
goals, strengths, safety-plan versions, follow-ups, referrals, care-team members,
consents and disclosures; the kept record gets the union of both records'
workers, the newer last contact and risk rating, and the other's risk alert when
it has none open. The other record is closed as merged (``merged_into_id``); it
keeps its own assignments, so the people who could find it still can (with the
closed filter) and are told where it lives on. A supervisor does this, for two
records they both see.

The database refuses changes to signed notes and history rows except this move
(migration 0008), and only once ``client_merges`` says the two are one: so that
row is written first. Signatures stay valid: ``verify`` checks a moved note's hash
against the ids merged into its client (``merge_history``). Rows move by bulk
UPDATE and keep their own versions (their content did not change, so nobody
editing one meets a conflict).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, func, insert, literal, select, update
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.models import (
    BriefContact,
    CareTeamMember,
    Client,
    ClientAssignment,
    ClientMerge,
    Consent,
    Disclosure,
    FollowUp,
    Goal,
    Note,
    Referral,
    Strength,
)
from pswdesk.services import audit
from pswdesk.services.access import SUPERVISOR, Actor, client_for, load_user, refuse_closed
from pswdesk.services.clients import CLIENT_LOCK
from pswdesk.services.merge_plans import move_safety_plans
from pswdesk.services.record_support import today_local
from pswdesk.services.risk_alerts import open_alert_note
from pswdesk.services.versioning import saving
from pswdesk.vocabulary import ClientStatus, CloseReason
from pswdesk.wording import words

#: The record kinds that move by their ``client_id``, under the names counted.
MOVED_KINDS: tuple[tuple[str, Any], ...] = (
    ("notes", Note),
    ("goals", Goal),
    ("strengths", Strength),
    ("follow_ups", FollowUp),
    ("brief_contacts", BriefContact),
    ("referrals", Referral),
    ("care_team", CareTeamMember),
    ("consents", Consent),
    ("disclosures", Disclosure),
)
ALERT_COLUMNS = (
    "risk_alert_note_id", "risk_alert_cleared_by_id", "risk_alert_cleared_at",
    "risk_alert_clear_reason",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did: the record kept, the one merged into it, and how much moved."""

    kept_id: int
    merged_id: int
    #: Rows moved per kind (``MOVED_KINDS``, "safety_plans"), workers added to the kept
    #: record ("assignments"), 1 when the risk alert moved ("risk_alert"), 1 when the kept
    #: record's newer safety plan was saved again as current ("safety_plan_resaved").
    moved: dict[str, int] = field(default_factory=dict)


def merge_clients(
    db: Database,
    actor: Actor,
    keep_id: int,
    other_id: int,
    *,
    keep_version: int,
    other_version: int,
) -> MergeResult:
    """Move everything of ``other_id`` to ``keep_id`` and close ``other_id`` as merged into it.

    Each version is the one the supervisor read; a record changed since is a conflict.
    A client the supervisor does not see is refused as a missing one.
    """
    if keep_id == other_id:
        raise ValidationError({"other": words("choose two different records to merge")})
    with saving(db) as s:
        me = load_user(s, actor, SUPERVISOR)
        # Lock both rows (in id order) so that nothing is written to either meanwhile.
        s.execute(
            select(Client.id).where(Client.id.in_(sorted((keep_id, other_id)))).with_for_update()
        )
        keep = client_for(s, me, keep_id)
        other = client_for(s, me, other_id)
        for client in (keep, other):
            if client.merged_into_id is not None:
                done = f"merged into client {client.merged_into_id}"
                raise CLIENT_LOCK.already(s, client, done, ("client.merged",))
        CLIENT_LOCK.check(s, keep, keep_version)
        CLIENT_LOCK.check(s, other, other_version)
        refuse_closed(keep)  # the kept record is written to; the other may be closed already
        s.add(ClientMerge(merged_id=other.id, kept_id=keep.id, merged_by_id=me.id))
        s.flush()  # the triggers allow the moves below only once this row exists
        moved = {name: _move(s, model, other.id, keep.id) for name, model in MOVED_KINDS}
        moved["safety_plans"], moved["safety_plan_resaved"] = move_safety_plans(
            s, me, other.id, keep.id
        )
        moved["assignments"] = _union_workers(s, other.id, keep.id)
        moved["risk_alert"] = _combine_headers(s, keep, other)
        _close_as_merged(other, keep.id)
        s.flush()
        audit.record(
            s, actor, "client.merged", "client", other.id,
            kept_id=keep.id, merged_id=other.id, moved=moved,
        )  # fmt: skip
        return MergeResult(keep.id, other.id, moved)


def _rowcount(s: Session, statement: Executable) -> int:
    return cast(CursorResult[Any], s.execute(statement)).rowcount


def _move(s: Session, model: Any, from_id: int, to_id: int) -> int:
    statement = (
        update(model)
        .where(model.client_id == from_id)
        .values(client_id=to_id)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(s, statement)


def _union_workers(s: Session, from_id: int, to_id: int) -> int:
    """Give the kept record every worker of the other that it lacks (one row each)."""
    has = select(ClientAssignment.user_id).where(ClientAssignment.client_id == to_id)
    lacking = (ClientAssignment.client_id == from_id, ClientAssignment.user_id.not_in(has))
    # Counted first: an INSERT ... SELECT reports no row count through psycopg here.
    count = s.scalar(select(func.count()).select_from(ClientAssignment).where(*lacking)) or 0
    rows = select(literal(to_id), ClientAssignment.user_id, ClientAssignment.assigned_at).where(
        *lacking
    )
    columns = ["client_id", "user_id", "assigned_at"]
    s.execute(insert(ClientAssignment).from_select(columns, rows))
    return count


def _combine_headers(s: Session, keep: Client, other: Client) -> int:
    """The kept record's last contact and risk become the newer of the two; 1 if the alert moved.

    A plain UPDATE, as a submitted note writes them (``notes.drafts``): derived columns,
    and bumping the version would give someone editing the details a false conflict.
    """
    values: dict[str, Any] = {}
    contacts = [at for at in (keep.last_contact_at, other.last_contact_at) if at is not None]
    if contacts and max(contacts) != keep.last_contact_at:
        values["last_contact_at"] = max(contacts)
    if other.current_risk_at is not None and (
        keep.current_risk_at is None or other.current_risk_at > keep.current_risk_at
    ):
        values["current_risk"] = other.current_risk
        values["current_risk_at"] = other.current_risk_at
    takes_alert = _takes_alert(keep, other)
    if takes_alert:
        values.update({c: getattr(other, c) for c in ALERT_COLUMNS})
        other.risk_alert_note_id, other.risk_alert_cleared_by_id = None, None
        other.risk_alert_cleared_at, other.risk_alert_clear_reason = None, ""
    if values:
        s.execute(
            update(Client)
            .where(Client.id == keep.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        s.expire(keep)
    return int(takes_alert)


def _takes_alert(keep: Client, other: Client) -> bool:
    """The other's alert moves when the kept record has none open (an open one, or any at all)."""
    if open_alert_note(keep) is not None or other.risk_alert_note_id is None:
        return False
    return open_alert_note(other) is not None or keep.risk_alert_note_id is None


def _close_as_merged(other: Client, keep_id: int) -> None:
    other.status = ClientStatus.CLOSED
    other.close_reason = CloseReason.MERGED
    other.closed_on = today_local(None)
    other.close_reason_text = ""
    other.merged_into_id = keep_id
