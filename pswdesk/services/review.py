"""The supervisor's side of the note workflow: queue, approve, return, debriefs.

Approval is a signature: who, when, and a SHA-256 of the content signed. From
then on the note is locked here and by database triggers; the goals, strengths
and referrals typed into it become rows on the client's record at that moment,
so only signed content reaches the record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from pswdesk.db import Database
from pswdesk.errors import ConflictError, LockedError, PermissionDenied, ValidationError
from pswdesk.framework import STEP_BY_KEY, STEPS, RiskAction
from pswdesk.models import (
    Client,
    DebriefRequest,
    Note,
    NoteReview,
    NoteSelfCare,
    NoteSubmission,
    User,
    utcnow,
)
from pswdesk.services import audit, goals, referrals, signing, strengths
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    load_user,
    may_read_self_care,
    not_found,
    settings,
    visible_client_filter,
)
from pswdesk.services.note_rules import FIELD_LABELS, content_fields
from pswdesk.services.notes.common import check_version, load_note, may_review
from pswdesk.services.notes.queries import NoteRow, NoteView, build_view, row_query, rows
from pswdesk.services.record_support import item_of_note
from pswdesk.services.risk_alerts import risk_rank
from pswdesk.services.sign_check import needs_confirmation
from pswdesk.vocabulary import (
    ContactType,
    GoalStatus,
    NoteStatus,
    ReferralStatus,
    ReviewDecision,
    RiskLevel,
    StrengthKind,
)
from pswdesk.wording import words

MAX_COMMENT = 20_000
EXCERPT = 200
# A note's status as the refusals name it, translatable where they are shown.
_STATUS_WORDS: dict[str, str] = {
    "draft": words("draft"),
    "submitted": words("submitted"),
    "returned": words("returned"),
    "approved": words("approved"),
}


# -- the queue ------------------------------------------------------------------------------


def _queue_filter(s: Session, me: User) -> Any:
    authors = User.supervisor_id == me.id
    if settings(s).allow_self_approval:
        authors = or_(authors, Note.author_id == me.id)
    return and_(Note.status == NoteStatus.SUBMITTED, authors)


def review_queue(db: Database, actor: Actor, offset: int = 0, limit: int = 100) -> list[NoteRow]:
    """Submitted notes awaiting this supervisor: highest risk first, then the longest waiting.

    Imminent and high risk therefore head the queue the moment they are submitted.
    """
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        q = (
            row_query()
            .where(_queue_filter(s, me))
            .order_by(risk_rank(Note.risk_level).desc(), Note.submitted_at, Note.id)
            .offset(offset)
            .limit(limit)
        )
        return rows(s, q)


def count_review_queue(db: Database, actor: Actor) -> int:
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        q = (
            select(func.count())
            .select_from(Note)
            .join(User, User.id == Note.author_id)
            .where(_queue_filter(s, me))
        )
        return s.scalar(q) or 0


# -- decisions ------------------------------------------------------------------------------


def _reviewable(s: Session, me: User, note_id: int, expected_version: int, verb: str) -> Note:
    note = load_note(s, me, note_id, for_update=True)
    if note.status == NoteStatus.APPROVED:
        raise LockedError(words("this note is already signed; add an addendum to correct it"))
    if note.author_id == me.id and not settings(s).allow_self_approval:
        raise PermissionDenied(
            words(
                "you cannot {verb} your own note; it goes to your supervisor (an administrator can "
                "allow self-approval in the agency settings)",
                verb=verb,
            )
        )
    if not may_review(s, me, note):
        raise PermissionDenied(
            words("only the author's supervisor can {verb} this note", verb=verb)
        )
    check_version(s, note, expected_version)
    if note.status != NoteStatus.SUBMITTED:
        raise ConflictError(
            words(
                "only a submitted note can be reviewed; this one is {status}",
                status=_STATUS_WORDS.get(note.status, note.status),
            )
        )
    return note


def approve(
    db: Database, actor: Actor, note_id: int, expected_version: int, *,
    acknowledged_risk: bool = False,
) -> NoteView:  # fmt: skip
    """Sign the note: lock it, hash it, and copy its items onto the client's record.

    ``acknowledged_risk``: the signer confirmed having seen the risk actions and the
    safety plan (``services/sign_check.py``); kept in the audit entry of a high- or
    imminent-risk note, so the log shows whether the sign-off was a considered one.
    """
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        note = _reviewable(s, me, note_id, expected_version, words("approve"))
        urgent = needs_confirmation(note.risk_level)
        now = utcnow()
        created = _record_items(s, note, now)
        digest = signing.content_hash(note, note.self_care)
        note.signed_by_id = me.id
        note.signed_at = now
        note.content_hash = digest
        note.status = NoteStatus.APPROVED
        note.updated_at = now
        s.add(
            NoteReview(
                note_id=note.id, reviewer_id=me.id, decision=ReviewDecision.APPROVED, created_at=now
            )
        )
        s.flush()
        audit.record(
            s, me, "note.approved", "note", note.id,
            changes={"status": [NoteStatus.SUBMITTED, NoteStatus.APPROVED]}, hash=digest,
            self_approval=note.author_id == me.id, client_id=note.client_id, created=created,
            **({"risk_acknowledged": acknowledged_risk} if urgent else {}),
        )  # fmt: skip
        return build_view(s, me, note)


def _record_items(s: Session, note: Note, now: dt.datetime) -> dict[str, list[int]]:
    """Goals (new ones and progress on existing ones), strengths and referrals from the note.

    Made by the record tabs' own creators, so they meet the same limits and carry
    who typed them: the note's author.
    """
    author = s.get_one(User, note.author_id)
    client = s.get_one(Client, note.client_id)
    made: dict[str, list[int]] = {
        "goals": [],
        "goal_progress": [],
        "strengths": [],
        "referrals": [],
    }
    for n, item in enumerate(note.goal_items or (), 1):
        with item_of_note("goal_items", f"goal {n}"):
            status = item.get("status") or GoalStatus.ACTIVE
            progress = item.get("progress") or ""
            if item.get("goal_id") is not None:
                goal = goals.goal_of_client(s, client, item["goal_id"])
            else:
                target = (item.get("target_date") or "").strip()
                data = goals.GoalInput(
                    item["text"], item.get("why") or "",
                    dt.date.fromisoformat(target) if target else None, status,
                )  # fmt: skip
                goal = goals.new_goal(s, author, client, data, note=note, at=now)
                made["goals"].append(goal.id)
            if item.get("goal_id") is not None or progress.strip():
                entry = goals.new_progress(s, author, goal, progress, status, note=note, at=now)
                made["goal_progress"].append(entry.id)
    for n, item in enumerate(note.strength_items or (), 1):
        if item.get("text", "").strip():
            with item_of_note("strength_items", f"strength {n}"):
                kind = item.get("kind") or StrengthKind.STRENGTH
                found = strengths.StrengthInput(kind, item["text"])
                made["strengths"].append(
                    strengths.new_strength(s, author, client, found, note=note, at=now).id
                )
    for n, item in enumerate(note.referral_items or (), 1):
        if item.get("to_whom", "").strip():
            with item_of_note("referral_items", f"referral {n}"):
                status = item.get("status") or ReferralStatus.SUGGESTED
                asked = referrals.ReferralInput(item["to_whom"], item.get("reason") or "", status)
                made["referrals"].append(
                    referrals.new_referral(s, author, client, asked, note=note, at=now).id
                )
    return made


#: Also what a note filed without review puts on the record (``review_levels``).
record_items = _record_items


def return_note(
    db: Database, actor: Actor, note_id: int, comment: str, expected_version: int
) -> NoteView:
    """Send the note back to its author with a comment saying what to change."""
    text = comment.strip()
    if not text:
        raise ValidationError(
            {"comment": words("say what needs to change before the note can be signed")}
        )
    if "\x00" in text:
        raise ValidationError({"comment": words("the comment contains a NUL character (\\0)")})
    if len(text) > MAX_COMMENT:
        raise ValidationError(
            {
                "comment": words(
                    "keep the comment under {max_comment:,} characters", max_comment=MAX_COMMENT
                )
            }
        )
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        note = _reviewable(s, me, note_id, expected_version, words("return"))
        now = utcnow()
        note.status = NoteStatus.RETURNED
        note.updated_at = now
        s.add(NoteReview(note_id=note.id, reviewer_id=me.id, decision=ReviewDecision.RETURNED,
                         comment=text, created_at=now))  # fmt: skip
        s.flush()
        audit.record(
            s, me, "note.returned", "note", note.id,
            changes={"status": [NoteStatus.SUBMITTED, NoteStatus.RETURNED]},
            client_id=note.client_id,
        )  # fmt: skip
        return build_view(s, me, note)


# -- what changed since the last submission ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs between two submissions, as text ready to show."""

    field: str
    label: str
    before: str
    after: str


_CONTACT_FIELDS = ("contact_at", "duration_minutes", "contact_type", "location", "summary")
DIFF_ORDER: tuple[str, ...] = (
    *_CONTACT_FIELDS,
    "not_addressed",
    *(name for step in STEPS for name in content_fields(step)),
)


def _get(snap: dict[str, Any], name: str) -> Any:
    if name.startswith("self_care."):
        return (snap.get("self_care") or {}).get(name.split(".", 1)[1])
    return snap.get(name)


def _item_text(kind: str, item: dict[str, Any]) -> str:
    if kind == "goal_items":
        head = item.get("text") or f"goal #{item.get('goal_id')}"
        parts = [head]
        if item.get("why"):
            parts.append(f"why: {item['why']}")
        if item.get("target_date"):
            parts.append(f"by {item['target_date']}")
        if item.get("status") and item.get("status") != GoalStatus.ACTIVE:
            parts.append(str(item["status"]))
        if item.get("progress"):
            parts.append(f"progress: {item['progress']}")
        return " — ".join(parts)
    if kind == "strength_items":
        return f"{item.get('kind', StrengthKind.STRENGTH)}: {item.get('text', '')}"
    reason = f" — {item['reason']}" if item.get("reason") else ""
    return f"{item.get('to_whom', '')} ({item.get('status', ReferralStatus.SUGGESTED)}){reason}"


def display(name: str, value: Any) -> str:
    """A snapshot value as a person reads it."""
    if value is None or value == "" or value == []:
        return ""
    if name == "contact_at":
        return f"{dt.datetime.fromisoformat(value).astimezone():%d %b %Y %H:%M}"
    if name == "follow_up_date":
        return f"{dt.date.fromisoformat(value):%d %b %Y}"
    if name == "contact_type":
        return ContactType(value).label if value in set(ContactType) else str(value)
    if name == "risk_level":
        return RiskLevel(value).label
    if name == "risk_actions":
        return "; ".join(RiskAction(a).label for a in value)
    if name == "not_addressed":
        return ", ".join(STEP_BY_KEY[k].heading for k in value if k in STEP_BY_KEY)
    if name in ("goal_items", "strength_items", "referral_items"):
        return "\n".join(_item_text(name, i) for i in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def changes_since_last_submission(db: Database, actor: Actor, note_id: int) -> list[FieldChange]:
    """Fields that differ between the two latest submissions, in editor order.

    Empty for a note submitted once. Step 8 appears only for readers allowed to see it.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        note = load_note(s, me, note_id)
        snaps = list(
            s.scalars(
                select(NoteSubmission.content)
                .where(NoteSubmission.note_id == note.id)
                .order_by(NoteSubmission.id.desc())
                .limit(2)
            )
        )
        if len(snaps) < 2:
            return []
        after, before = snaps
        private = not may_read_self_care(s, me, note)
        out = []
        for name in DIFF_ORDER:
            if private and name.startswith("self_care."):
                continue
            b, a = _get(before, name), _get(after, name)
            if b != a:
                out.append(
                    FieldChange(
                        name, FIELD_LABELS.get(name, name), display(name, b), display(name, a)
                    )
                )
        return out


# -- debrief requests -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DebriefRow:
    id: int
    note_id: int
    client_name: str
    requester_name: str
    created_at: dt.datetime
    held_at: dt.datetime | None
    held_by_name: str
    impact_excerpt: str
    held_note: str = ""


def _debrief_filter(me: User) -> Any:
    """Requests to me, from people I supervise, or from people with no supervisor (not mine).

    Someone with no supervisor (often the director) would otherwise ask no one,
    so any other supervisor may pick their request up.
    """
    requester = aliased(User)
    reports_to_me = (
        select(requester.id)
        .where(requester.id == DebriefRequest.requester_id, requester.supervisor_id == me.id)
        .exists()
    )
    return or_(
        DebriefRequest.supervisor_id == me.id,
        reports_to_me,
        and_(DebriefRequest.supervisor_id.is_(None), DebriefRequest.requester_id != me.id),
    )


def _debrief_rows(s: Session, me: User, where: Any) -> list[DebriefRow]:
    requester, holder = aliased(User), aliased(User)
    q = (
        select(
            DebriefRequest,
            Note,
            Client.id,
            Client.preferred_name,
            requester.full_name,
            holder.full_name,
            NoteSelfCare.impact,
        )
        .join(Note, Note.id == DebriefRequest.note_id)
        .join(Client, Client.id == Note.client_id)
        .join(requester, requester.id == DebriefRequest.requester_id)
        .outerjoin(holder, holder.id == DebriefRequest.held_by_id)
        .outerjoin(NoteSelfCare, NoteSelfCare.note_id == Note.id)
        .where(where)
        .order_by(DebriefRequest.held_at.is_not(None), DebriefRequest.created_at, DebriefRequest.id)
    )
    found = s.execute(q).all()
    client_ids = {r[2] for r in found}
    visible = set(
        s.scalars(select(Client.id).where(Client.id.in_(client_ids), visible_client_filter(s, me)))
    )
    out = []
    for req, note, client_id, client_name, req_name, held_name, impact in found:
        excerpt = (impact or "")[:EXCERPT] if may_read_self_care(s, me, note) else ""
        out.append(
            DebriefRow(
                req.id,
                req.note_id,
                client_name if client_id in visible else "",
                req_name,
                req.created_at,
                req.held_at,
                held_name or "",
                excerpt,
                req.held_note,
            )
        )
    return out


def debrief_requests(db: Database, actor: Actor, include_held: bool = False) -> list[DebriefRow]:
    """Debriefs asked of this supervisor, waiting ones first, oldest first."""
    with db.read() as s:
        me = load_user(s, actor, SUPERVISOR)
        where = _debrief_filter(me)
        if not include_held:
            where = and_(where, DebriefRequest.held_at.is_(None))
        return _debrief_rows(s, me, where)


def mark_debrief_held(db: Database, actor: Actor, request_id: int, note: str = "") -> DebriefRow:
    """Record that the debrief took place. The note stays out of the audit log (it is step 8)."""
    if "\x00" in note:
        raise ValidationError({"note": words("the note contains a NUL character (\\0)")})
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        req = s.get(DebriefRequest, request_id, with_for_update=True)
        visible = req is not None and s.scalar(
            select(func.count())
            .select_from(DebriefRequest)
            .where(DebriefRequest.id == request_id, _debrief_filter(me))
        )
        if req is None or not visible:
            # Another supervisor's request is reported as a missing one.
            raise not_found("debrief request", request_id)
        if req.held_at is not None:
            raise ConflictError(words("this debrief is already marked as held"))
        req.held_at = utcnow()
        req.held_by_id = me.id
        req.held_note = note.strip()
        s.flush()
        audit.record(
            s, me, "debrief.held", "debrief", req.id,
            changes=audit.changes({"held_at": None}, {"held_at": req.held_at}),
            note_given=bool(req.held_note),
        )  # fmt: skip
        return _debrief_rows(s, me, DebriefRequest.id == req.id)[0]
