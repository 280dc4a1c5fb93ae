"""Writing a note: a new draft (blank or from the last note), autosave, deletion, submission.

The workflow: DRAFT -> SUBMITTED -> APPROVED, or back to RETURNED with a comment
and on to SUBMITTED again; the review decisions live in ``review``. The author
writes and submits their own notes only. Submitting also updates the client:
current risk, last contact and, for an urgent note, the risk alert
(``risk_alerts``); the note's follow-up and debrief request follow it too. A note
the author's review level does not select is filed without review at once
(``review_levels``): locked and hashed, with no signer.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, ValidationError
from pswdesk.models import (
    Client,
    DebriefRequest,
    Goal,
    Note,
    NoteSelfCare,
    NoteSubmission,
    User,
    utcnow,
)
from pswdesk.services import audit, followups, review_levels, risk_alerts
from pswdesk.services.access import WORKER, Actor, client_for, load_user, refuse_closed, settings
from pswdesk.services.note_content import (
    NoteContent,
    from_row,
    self_care_columns,
    snapshot,
    to_columns,
)
from pswdesk.services.note_rules import storage_problems, validate_for_submit
from pswdesk.services.notes.common import check_version, content_columns, own_editable
from pswdesk.services.notes.queries import NoteView, build_view
from pswdesk.vocabulary import GoalStatus, NoteStatus
from pswdesk.wording import words


def _check_storable(content: NoteContent) -> None:
    problems = storage_problems(content)
    if problems:
        raise ValidationError(problems)


def _apply(s: Session, note: Note, content: NoteContent) -> tuple[list[str], list[str]]:
    """Write the content onto the note; the names of the changed columns and step-8 fields."""
    before = content_columns(note)
    for name, value in to_columns(content).items():
        setattr(note, name, value)
    changed = audit.changed_fields(before, content_columns(note))
    sc_changed: list[str] = []
    if content.self_care is not None:
        row = note.self_care
        if row is None:
            row = note.self_care = NoteSelfCare()
        for name, value in self_care_columns(content.self_care).items():
            if getattr(row, name) != value:
                sc_changed.append(name)
                setattr(row, name, value)
    return changed, sc_changed


def create_draft(
    db: Database, actor: Actor, client_id: int, content: NoteContent | None = None
) -> NoteView:
    """A new draft for a client on the actor's caseload (or their team's)."""
    content = content if content is not None else NoteContent()
    with db.write() as s:
        me = load_user(s, actor, WORKER)
        client = client_for(s, me, client_id, for_write=True)
        note = new_draft(s, me, client, content)
        return build_view(s, me, note)


def new_draft(s: Session, me: User, client: Client, content: NoteContent) -> Note:
    """The draft row and its audit entry, inside the caller's transaction.

    ``me`` is a worker who may write for ``client`` (the caller checked); also used
    when a brief contact becomes a full note (``services.brief_contacts``).
    """
    _check_storable(content)
    now = utcnow()
    note = Note(client_id=client.id, author_id=me.id, status=NoteStatus.DRAFT)
    note.created_at = note.updated_at = now
    # The step-8 row exists from the start: once a note is approved the database
    # refuses to add one, and the signature must cover it.
    note.self_care = NoteSelfCare()
    _changed, sc_changed = _apply(s, note, content)
    s.add(note)
    s.flush()
    audit.record(
        s, me, "note.created", "note", note.id,
        client_id=client.id, fields=audit.filled_fields(content_columns(note)),
        self_care_changed=sc_changed,
    )  # fmt: skip
    return note


def start_from_last(db: Database, actor: Actor, client_id: int) -> NoteView:
    """A new draft that carries forward structure from the client's latest note.

    Carried: contact type, location and duration; the client's open goals as
    items to review; the last risk indicators, with the risk level left blank so
    the worker must rate today's risk afresh (indicators without a level cannot
    be submitted). Not carried: any narrative, feelings, actions or dates.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER)
        client = client_for(s, me, client_id)
        last = s.scalars(
            select(Note)
            .where(
                Note.client_id == client.id,
                or_(Note.status != NoteStatus.DRAFT, Note.author_id == me.id),
            )
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .limit(1)
        ).first()
        goals = s.scalars(
            select(Goal)
            .where(Goal.client_id == client.id, Goal.status == GoalStatus.ACTIVE)
            .order_by(Goal.id)
        ).all()
        content = NoteContent(
            goal_items=tuple(
                {
                    "goal_id": g.id,
                    "text": g.text,
                    "why": g.why_it_matters,
                    "target_date": g.target_date.isoformat() if g.target_date else None,
                    "progress": "",
                    "status": g.status,
                }
                for g in goals
            )
        )
        if last is not None:
            content.contact_type = last.contact_type
            content.location = last.location
            content.duration_minutes = last.duration_minutes or 30
            content.risk_indicators = tuple(last.risk_indicators or ())
    return create_draft(db, actor, client_id, content)


def save_draft(
    db: Database, actor: Actor, note_id: int, content: NoteContent, expected_version: int
) -> NoteView:
    """Autosave: the author's draft or returned note. Unchanged content writes nothing."""
    _check_storable(content)
    with db.write() as s:
        me = load_user(s, actor)
        note = own_editable(s, me, note_id)
        refuse_closed(s.get_one(Client, note.client_id))
        check_version(s, note, expected_version)
        changed, sc_changed = _apply(s, note, content)
        if changed or sc_changed:
            note.updated_at = utcnow()
            s.flush()
            # Only the names of what changed: the words stay out of the log.
            audit.record(
                s, me, "note.saved", "note", note.id,
                client_id=note.client_id, fields=changed, self_care_changed=sc_changed,
            )  # fmt: skip
        return build_view(s, me, note)


def delete_draft(db: Database, actor: Actor, note_id: int) -> None:
    """The author throws away a draft that was never submitted."""
    with db.write() as s:
        me = load_user(s, actor)
        note = own_editable(s, me, note_id)
        submitted_before = s.scalar(
            select(func.count())
            .select_from(NoteSubmission)
            .where(NoteSubmission.note_id == note.id)
        )
        if note.status != NoteStatus.DRAFT or submitted_before:
            raise ConflictError(
                words("a note that has been submitted is part of the record; it stays")
            )
        filled = audit.filled_fields(content_columns(note))
        client_id = note.client_id
        s.delete(note)
        s.flush()
        audit.record(
            s, me, "note.deleted", "note", note_id,
            client_id=client_id, fields=filled,
        )  # fmt: skip


# -- submitting -----------------------------------------------------------------------------


def submit(db: Database, actor: Actor, note_id: int, expected_version: int) -> NoteView:
    """Send the note for review: validate, snapshot, flag, and update the client record."""
    with db.write() as s:
        me = load_user(s, actor)
        note = own_editable(s, me, note_id)
        refuse_closed(s.get_one(Client, note.client_id))
        check_version(s, note, expected_version)
        content = from_row(note, note.self_care, with_self_care=True)
        now = utcnow()
        alert = risk_alerts.open_alert_note(s.get_one(Client, note.client_id)) is not None
        problems = validate_for_submit(content, now=now, open_risk_alert=alert)
        goal_problem = _goal_refs_problem(s, note)
        if goal_problem:
            problems["goal_items"] = goal_problem
        if problems:
            raise ValidationError(problems)

        first = s.scalar(
            select(func.min(NoteSubmission.submitted_at)).where(NoteSubmission.note_id == note.id)
        )
        late_after = dt.timedelta(hours=settings(s).late_entry_hours)
        before = {"status": note.status, "late_entry": note.late_entry}
        note.status = NoteStatus.SUBMITTED
        note.submitted_at = note.updated_at = now
        # Lateness is judged at the first submission: a returned note sent back
        # a week later was not written late.
        note.late_entry = (first or now) - note.contact_at > late_after
        s.add(NoteSubmission(note_id=note.id, submitted_at=now, content=snapshot(content)))
        s.flush()

        client_changes = _update_client(s, note)
        follow_up = followups.sync_for_note(s, me, note)
        debrief = _sync_debrief(s, me, note)
        routing = review_levels.route(s, me, note)
        audit.record(
            s, me, "note.submitted", "note", note.id,
            changes=audit.changes(before, {"status": note.status, "late_entry": note.late_entry}),
            client_id=note.client_id, client_fields=client_changes,
            follow_up_id=follow_up, debrief_request_id=debrief, **routing.audit_details(),
        )  # fmt: skip
        if not routing.reviewed:
            review_levels.file_without_review(s, me, note, routing)
        return build_view(s, me, note)


def _goal_refs_problem(s: Session, note: Note) -> str | None:
    ids = {i["goal_id"] for i in note.goal_items if i.get("goal_id") is not None}
    if not ids:
        return None
    found = set(
        s.scalars(select(Goal.id).where(Goal.id.in_(ids), Goal.client_id == note.client_id))
    )
    if ids - found:
        return "a reviewed goal is not one of this client's goals; remove it and add it again"
    return None


def _update_client(s: Session, note: Note) -> list[str]:
    """Current risk, last contact and the risk alert (``risk_alerts``), from this note.

    Returns the names of the client's fields it changed (the risk rating stays out of
    the audit: it is clinical).

    A plain UPDATE, not the ORM object: these fields are derived, and bumping the
    client's version would make someone editing the client's details hit a
    false conflict.
    """
    client = s.execute(
        select(Client).where(Client.id == note.client_id).with_for_update()
    ).scalar_one()
    before = {
        "current_risk": client.current_risk,
        "current_risk_at": client.current_risk_at,
        "last_contact_at": client.last_contact_at,
        "risk_alert_note_id": client.risk_alert_note_id,
    }
    after = dict(before)
    at = note.contact_at
    # Only a note at least as recent as the last risk rating changes the current risk.
    if note.risk_level is not None and (
        client.current_risk_at is None or client.current_risk_at <= at
    ):
        after["current_risk"], after["current_risk_at"] = note.risk_level, at
    if client.last_contact_at is None or client.last_contact_at < at:
        after["last_contact_at"] = at
    values = {k: v for k, v in after.items() if v != before[k]}
    alert = risk_alerts.raise_values(note)
    if alert:
        values.update(alert)
        after["risk_alert_note_id"] = note.id
    if values:
        s.execute(
            update(Client)
            .where(Client.id == client.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        s.expire(client)
    return audit.changed_fields(before, after)


def _sync_debrief(s: Session, me: User, note: Note) -> int | None:
    """One debrief request per note while step 8 asks for it; withdrawn if unticked before held."""
    wanted = bool(note.self_care and note.self_care.debrief_requested)
    existing = s.scalars(select(DebriefRequest).where(DebriefRequest.note_id == note.id)).first()
    if wanted and existing is None:
        author = s.get(User, note.author_id)
        req = DebriefRequest(
            note_id=note.id,
            requester_id=note.author_id,
            supervisor_id=author.supervisor_id if author else None,
            created_at=utcnow(),
        )
        s.add(req)
        s.flush()
        audit.record(
            s, me, "debrief.requested", "debrief", req.id,
            note_id=note.id, client_id=note.client_id, supervisor_id=req.supervisor_id,
        )  # fmt: skip
        return req.id
    if not wanted and existing is not None and existing.held_at is None:
        rid = existing.id
        s.delete(existing)
        s.flush()
        audit.record(
            s, me, "debrief.withdrawn", "debrief", rid, note_id=note.id, client_id=note.client_id
        )
        return None
    return existing.id if existing is not None else None
