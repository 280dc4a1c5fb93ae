"""Closing a client's file, reopening it, and the clients nobody has seen for a while.

A closing names a reason from ``vocabulary.CloseReason`` (OTHER with words) and a
date. What is still open is resolved first (``close_blockers``): the client's
open follow-ups, the closer's own drafts and returned notes, and notes waiting
for review (a closed file leaves the review queue, so none may be waiting). A
closed file leaves caseloads (``clients.list_caseload`` finds it with
``include_closed`` or ``status``) and is read-only for every record-writing
service (``access.client_for(..., for_write=True)``) until it is reopened, with a
reason. Supervisors close and reopen; workers only where the agency allows it
(``workers_may_close_clients``). Nothing closes a file by itself:
``no_contact_clients`` only proposes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, PermissionDenied, ValidationError
from pswdesk.models import Client, FollowUp, Note, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    settings,
    visible_client_filter,
)
from pswdesk.services.client_input import text_problem
from pswdesk.services.clients import CLIENT_LOCK, ClientDetail, ClientRow, detail_for, rows_for
from pswdesk.services.followups import FollowUpRow
from pswdesk.services.record_support import local_date, today_local
from pswdesk.services.versioning import saving
from pswdesk.vocabulary import (
    CHOSEN_CLOSE_REASONS,
    EDITABLE_STATUSES,
    ClientStatus,
    CloseReason,
    NoteStatus,
)
from pswdesk.wording import Words, joined, words

MAX_REASON_TEXT = 2_000
MIN_NO_CONTACT_DAYS, MAX_NO_CONTACT_DAYS = 7, 3_650
WORKERS_MAY_NOT = words("the agency's settings let only supervisors close and reopen files")


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A note that stands in the way of closing (no content, only what identifies it)."""

    id: int
    author: str
    status: NoteStatus
    contact_at: dt.datetime


@dataclass(frozen=True, slots=True)
class CloseBlockers:
    """What to resolve before the file can close."""

    open_follow_ups: tuple[FollowUpRow, ...] = ()
    drafts: tuple[NoteRef, ...] = ()
    submitted: tuple[NoteRef, ...] = ()

    @property
    def blocking(self) -> bool:
        return bool(self.open_follow_ups or self.drafts or self.submitted)

    def message(self) -> str:
        parts: list[Words] = []
        for n, one, many in (
            (
                len(self.open_follow_ups),
                words("1 open follow-up"),
                words("{n} open follow-ups", n=len(self.open_follow_ups)),
            ),
            (
                len(self.drafts),
                words("1 unsubmitted note of yours"),
                words("{n} unsubmitted notes of yours", n=len(self.drafts)),
            ),
            (
                len(self.submitted),
                words("1 note waiting for review"),
                words("{n} notes waiting for review", n=len(self.submitted)),
            ),
        ):
            if n:
                parts.append(one if n == 1 else many)
        if not parts:
            return words("nothing stands in the way of closing this file")
        blockers = joined(parts, " and ")
        if len(parts) > 1 or not parts[0].startswith("1 "):
            return words(
                "first resolve {blockers} (complete, submit or delete them)", blockers=blockers
            )
        return words("first resolve {blockers} (complete, submit or delete it)", blockers=blockers)


def _closer(s: Session, actor: Actor) -> User:
    me = load_user(s, actor, WORKER, SUPERVISOR)
    if SUPERVISOR not in me.role_names and not settings(s).workers_may_close_clients:
        raise PermissionDenied(WORKERS_MAY_NOT)
    return me


def _note_refs(s: Session, where: object) -> tuple[NoteRef, ...]:
    q = (
        select(Note.id, User.full_name, Note.status, Note.contact_at)
        .join(User, User.id == Note.author_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Note.contact_at, Note.id)
    )
    return tuple(
        NoteRef(r.id, r.full_name, NoteStatus(r.status), r.contact_at) for r in s.execute(q)
    )


def blockers_in(s: Session, me: User, client: Client) -> CloseBlockers:
    today = today_local(None)
    follow_ups = s.execute(
        select(FollowUp, User.full_name)
        .join(User, User.id == FollowUp.owner_id)
        .where(FollowUp.client_id == client.id, FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_date, FollowUp.id)
    ).all()
    rows = tuple(
        FollowUpRow(
            f.id,
            f.client_id,
            client.preferred_name,
            f.owner_id,
            owner,
            f.due_date,
            f.description,
            None,
            f.due_date < today,
            f.note_id,
        )
        for f, owner in follow_ups
    )
    mine = and_(
        Note.client_id == client.id,
        Note.author_id == me.id,
        Note.status.in_(EDITABLE_STATUSES),
    )
    waiting = and_(Note.client_id == client.id, Note.status == NoteStatus.SUBMITTED)
    return CloseBlockers(rows, _note_refs(s, mine), _note_refs(s, waiting))


def close_blockers(db: Database, actor: Actor, client_id: int) -> CloseBlockers:
    """What must be resolved before this user can close the client's file."""
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        return blockers_in(s, me, client_for(s, me, client_id))


def close_problems(reason: object, on: dt.date, text: str, today: dt.date) -> dict[str, str]:
    """What is wrong with a closing as typed (empty when nothing is)."""
    problems: dict[str, str] = {}
    if reason not in CHOSEN_CLOSE_REASONS:
        listed = ", ".join(r.value for r in CHOSEN_CLOSE_REASONS)
        problems["reason"] = (
            words("a file is marked merged only by merging it")
            if reason == CloseReason.MERGED
            else words("choose why the file closes: one of {listed}", listed=listed)
        )
    wrong = text_problem(words("reason text"), text, limit=MAX_REASON_TEXT, multiline=True)
    if wrong:
        problems["text"] = wrong
    elif reason == CloseReason.OTHER and not text.strip():
        problems["text"] = words("say in a few words why the file closes")
    if on > today:
        problems["on"] = words("the closing date is in the future")
    return problems


def close_client(
    db: Database,
    actor: Actor,
    client_id: int,
    expected_version: int,
    reason: CloseReason,
    on: dt.date,
    text: str = "",
) -> ClientDetail:
    """Close the file on ``on`` for ``reason``; refused while anything is still open."""
    problems = close_problems(reason, on, text, today_local(None))
    if problems:
        raise ValidationError(problems)
    with saving(db) as s:
        me = _closer(s, actor)
        client = client_for(s, me, client_id)
        CLIENT_LOCK.check(s, client, expected_version)
        if client.status == ClientStatus.CLOSED:
            raise CLIENT_LOCK.already(s, client, "closed", ("client.closed", "client.merged"))
        blockers = blockers_in(s, me, client)
        if blockers.blocking:
            raise ValidationError({"blockers": blockers.message()})
        if client.last_contact_at is not None and on < local_date(client.last_contact_at):
            last = local_date(client.last_contact_at)
            raise ValidationError(
                {"on": words("the last contact was on {last}; close on or after it", last=last)}
            )
        client.status = ClientStatus.CLOSED
        client.closed_on = on
        client.close_reason = CloseReason(reason)
        client.close_reason_text = text.strip()
        s.flush()
        audit.record(
            s, actor, "client.closed", "client", client.id,
            reason=client.close_reason, on=on, reason_text_given=bool(client.close_reason_text),
        )  # fmt: skip
        return detail_for(s, me, client)


def reopen_client(
    db: Database, actor: Actor, client_id: int, expected_version: int, reason: str
) -> ClientDetail:
    """Open a closed file again; the reason and the closing it undoes go in the audit log."""
    problem = text_problem(words("reason"), reason, limit=MAX_REASON_TEXT, multiline=True)
    if problem or not reason.strip():
        raise ValidationError({"reason": problem or words("say why the file is reopened")})
    with saving(db) as s:
        me = _closer(s, actor)
        client = client_for(s, me, client_id)
        CLIENT_LOCK.check(s, client, expected_version)
        if client.status != ClientStatus.CLOSED:
            raise ConflictError(
                words(
                    "{preferred_name}'s file is already open", preferred_name=client.preferred_name
                )
            )
        if client.merged_into_id is not None:
            raise ConflictError(
                words(
                    "this record was merged into client {merged_into_id}; open that one",
                    merged_into_id=client.merged_into_id,
                )
            )
        closing = {
            "closed_on": client.closed_on,
            "close_reason": client.close_reason,
        }
        client.status = ClientStatus.ACTIVE
        client.closed_on = None
        client.close_reason = None
        client.close_reason_text = ""
        s.flush()
        audit.record(
            s, actor, "client.reopened", "client", client.id,
            reason_given=bool(reason.strip()), closing=closing,
        )  # fmt: skip
        return detail_for(s, me, client)


def no_contact_clients(db: Database, actor: Actor, days: int | None = None) -> list[ClientRow]:
    """The team's open files with no contact for ``days`` (the agency's setting by default).

    A proposal to consider closing them, longest without contact first; nothing closes
    by itself.
    """
    if days is not None and not (MIN_NO_CONTACT_DAYS <= days <= MAX_NO_CONTACT_DAYS):
        raise ValidationError(
            {
                "days": words(
                    "no contact for between {min_no_contact_days} and {max_no_contact_days} days",
                    min_no_contact_days=MIN_NO_CONTACT_DAYS,
                    max_no_contact_days=MAX_NO_CONTACT_DAYS,
                )
            }
        )
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        cutoff = utcnow() - dt.timedelta(days=days or settings(s).no_contact_days)
        q = (
            select(Client)
            .where(
                visible_client_filter(s, me),
                Client.status == ClientStatus.ACTIVE,
                or_(
                    Client.last_contact_at < cutoff,
                    and_(Client.last_contact_at.is_(None), Client.created_at < cutoff),
                ),
            )
            .order_by(func.coalesce(Client.last_contact_at, Client.created_at), Client.id)
        )
        return rows_for(s, me, list(s.scalars(q)))
