"""Writing case notes: drafts, autosave, submission, reading, addenda, search.

The workflow (DESIGN §3): DRAFT -> SUBMITTED -> APPROVED, or back to RETURNED
with a comment and on to SUBMITTED again. Review decisions live in ``review``.

Who may do what: the author writes and submits their own notes; anyone who
may see the client reads its submitted notes; drafts are private to their
author; step 8 (self-care) is read only by the author and the author's
supervisor. The author may always finish their own unsubmitted or returned
note, even if the client has since left their caseload, because the contact
happened and must be written up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    case,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    update,
)
from sqlalchemy.orm import Session, aliased

from pswdesk import fulltext
from pswdesk.db import Database
from pswdesk.errors import ConflictError, LockedError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import (
    Addendum,
    AuditEntry,
    Client,
    DebriefRequest,
    Goal,
    Note,
    NoteReview,
    NoteSelfCare,
    NoteSubmission,
    User,
    utcnow,
)
from pswdesk.services import audit, followups, signing
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    may_read_self_care,
    settings,
    supervises,
    visible_client_filter,
)
from pswdesk.services.note_content import (
    NoteContent,
    SelfCareContent,
    from_row,
    self_care_columns,
    snapshot,
    to_columns,
)
from pswdesk.services.note_rules import storage_problems, validate_for_submit
from pswdesk.vocabulary import RiskLevel

__all__ = [
    "AddendumRow",
    "NoteContent",
    "NoteRow",
    "NoteView",
    "ReviewRow",
    "SelfCareContent",
    "add_addendum",
    "client_notes",
    "count_client_notes",
    "create_draft",
    "delete_draft",
    "get_note",
    "my_drafts",
    "returned_to_me",
    "save_draft",
    "search_notes",
    "start_from_last",
    "submit",
    "validate_for_submit",
]

EDITABLE = ("draft", "returned")
#: Audit entries keep before/after values, but an autosaved 100,000-character step
#: would otherwise be copied twice into the log on every save. Longer values are
#: cut and carry a SHA-256 of the whole text, which still proves what it was.
AUDIT_TEXT_LIMIT = 500


# -- rows handed to the GUI ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewRow:
    decision: str
    comment: str
    reviewer_name: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AddendumRow:
    id: int
    author_name: str
    created_at: dt.datetime
    reason: str
    text: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class NoteView:
    id: int
    client_id: int
    client_name: str
    author_id: int
    author_name: str
    status: str
    content: NoteContent
    late_entry: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    submitted_at: dt.datetime | None
    signed_by_name: str
    signed_at: dt.datetime | None
    content_hash: str | None
    version: int
    reviews: tuple[ReviewRow, ...]
    addenda: tuple[AddendumRow, ...]
    can_edit: bool
    can_review: bool
    urgent: bool
    last_return_comment: str


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One line of a note list."""

    id: int
    client_id: int
    client_name: str
    author_id: int
    author_name: str
    status: str
    contact_at: dt.datetime
    contact_type: str
    summary: str
    risk_level: RiskLevel | None
    submitted_at: dt.datetime | None
    late_entry: bool
    urgent: bool
    last_return_comment: str


# -- shared helpers (also used by ``review``) ----------------------------------------------


def is_urgent(risk_level: str | None, status: str) -> bool:
    """High or imminent risk stays marked until a supervisor has signed the note."""
    return bool(risk_level) and RiskLevel(risk_level).urgent and status != "approved"


def may_review(s: Session, me: User, note: Note) -> bool:
    """The author's supervisor; the author themselves only where self-approval is allowed."""
    if SUPERVISOR not in me.role_names:
        return False
    if note.author_id == me.id:
        return bool(settings(s).allow_self_approval)
    return supervises(s, me, note.author_id)


def load_note(s: Session, me: User, note_id: int, *, for_update: bool = False) -> Note:
    """The note, if ``me`` may read it (see the module docstring)."""
    note = s.get(Note, note_id, with_for_update=for_update)
    if note is None:
        raise NotFound(f"no note {note_id}")
    if note.author_id == me.id and note.status in EDITABLE:
        return note
    if note.status == "draft":
        raise PermissionDenied("this draft belongs to someone else; it is private until submitted")
    client_for(s, me, note.client_id)
    return note


def check_version(s: Session, note: Note, expected: int) -> None:
    """Optimistic locking: say who changed the note since the caller read it, and when."""
    if note.version == expected:
        return
    last = s.execute(
        select(User.full_name, AuditEntry.actor_name, AuditEntry.at)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(AuditEntry.entity == "note", AuditEntry.entity_id == note.id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    who = ""
    if last is not None:
        local = last.at.astimezone()  # people read times on their own clock
        who = f" by {last.full_name or last.actor_name} at {local:%H:%M on %d %b %Y}"
    raise ConflictError(
        f"this note was changed{who} after you opened it; "
        "reload it to see their changes before saving again"
    )


def audit_value(value: Any) -> Any:
    value = audit.jsonable(value)
    if isinstance(value, str) and len(value) > AUDIT_TEXT_LIMIT:
        digest = hashlib.sha256(value.encode("utf-8")).hexdigest()
        return f"{value[:AUDIT_TEXT_LIMIT]}… [{len(value):,} characters, sha256 {digest}]"
    return value


def audit_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        k: [audit_value(a), audit_value(b)] for k, (a, b) in audit.changes(before, after).items()
    }


def _content_columns(note: Note) -> dict[str, Any]:
    return {f: getattr(note, f) for f in signing.NOTE_CONTENT_FIELDS}


# -- building views -------------------------------------------------------------------------


def _name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return s.scalar(select(User.full_name).where(User.id == user_id)) or ""


def build_view(s: Session, me: User, note: Note) -> NoteView:
    reviewer = aliased(User)
    reviews = tuple(
        ReviewRow(r.decision, r.comment, name, r.created_at)
        for r, name in s.execute(
            select(NoteReview, reviewer.full_name)
            .join(reviewer, reviewer.id == NoteReview.reviewer_id)
            .where(NoteReview.note_id == note.id)
            .order_by(NoteReview.id)
        )
    )
    addenda = tuple(
        AddendumRow(a.id, name, a.created_at, a.reason, a.text, a.content_hash)
        for a, name in s.execute(
            select(Addendum, User.full_name)
            .join(User, User.id == Addendum.author_id)
            .where(Addendum.note_id == note.id)
            .order_by(Addendum.id)
        )
    )
    client_name = s.scalar(select(Client.preferred_name).where(Client.id == note.client_id)) or ""
    last_return = reviews[-1].comment if reviews and reviews[-1].decision == "returned" else ""
    return NoteView(
        id=note.id,
        client_id=note.client_id,
        client_name=client_name,
        author_id=note.author_id,
        author_name=_name(s, note.author_id),
        status=note.status,
        content=from_row(note, note.self_care, with_self_care=may_read_self_care(s, me, note)),
        late_entry=note.late_entry,
        created_at=note.created_at,
        updated_at=note.updated_at,
        submitted_at=note.submitted_at,
        signed_by_name=_name(s, note.signed_by_id),
        signed_at=note.signed_at,
        content_hash=note.content_hash,
        version=note.version,
        reviews=reviews,
        addenda=addenda,
        can_edit=note.author_id == me.id and note.status in EDITABLE,
        can_review=note.status == "submitted" and may_review(s, me, note),
        urgent=is_urgent(note.risk_level, note.status),
        last_return_comment=last_return,
    )


def row_query() -> Select[Any]:
    """Columns of a ``NoteRow``; callers add WHERE, ORDER BY and paging."""
    return (
        select(
            Note.id,
            Note.client_id,
            Client.preferred_name,
            Note.author_id,
            User.full_name,
            Note.status,
            Note.contact_at,
            Note.contact_type,
            Note.summary,
            Note.risk_level,
            Note.submitted_at,
            Note.late_entry,
        )
        .join(Client, Client.id == Note.client_id)
        .join(User, User.id == Note.author_id)
    )


def rows(s: Session, query: Select[Any]) -> list[NoteRow]:
    found = s.execute(query).all()
    returned = [r.id for r in found if r.status == "returned"]
    comments: dict[int, str] = {}
    if returned:
        latest = (
            select(NoteReview.note_id, func.max(NoteReview.id).label("last"))
            .where(NoteReview.note_id.in_(returned))
            .group_by(NoteReview.note_id)
            .subquery()
        )
        comments = dict(
            s.execute(
                select(NoteReview.note_id, NoteReview.comment).join(
                    latest, latest.c.last == NoteReview.id
                )
            ).all()
        )
    return [
        NoteRow(
            r.id,
            r.client_id,
            r.preferred_name,
            r.author_id,
            r.full_name,
            r.status,
            r.contact_at,
            r.contact_type,
            r.summary,
            RiskLevel(r.risk_level) if r.risk_level else None,
            r.submitted_at,
            r.late_entry,
            is_urgent(r.risk_level, r.status),
            comments.get(r.id, ""),
        )
        for r in found
    ]


# -- drafts ---------------------------------------------------------------------------------


def _check_storable(content: NoteContent) -> None:
    problems = storage_problems(content)
    if problems:
        raise ValidationError(problems)


def _apply(s: Session, note: Note, content: NoteContent) -> tuple[dict[str, Any], list[str]]:
    """Write the content onto the note; returns (column changes, changed step-8 field names)."""
    before = _content_columns(note)
    for name, value in to_columns(content).items():
        setattr(note, name, value)
    changed = audit_changes(before, _content_columns(note))
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
    _check_storable(content)
    with db.write() as s:
        me = load_user(s, actor, WORKER)
        client = client_for(s, me, client_id)
        now = utcnow()
        note = Note(client_id=client.id, author_id=me.id, status="draft")
        note.created_at = note.updated_at = now
        # The step-8 row exists from the start: once a note is approved the database
        # refuses to add one, and the signature must cover it.
        note.self_care = NoteSelfCare()
        changed, sc_changed = _apply(s, note, content)
        s.add(note)
        s.flush()
        audit.record(
            s, me, "note.created", "note", note.id,
            client_id=client.id, values={k: v[1] for k, v in changed.items()},
            self_care_changed=sc_changed,
        )  # fmt: skip
        return build_view(s, me, note)


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
                or_(Note.status != "draft", Note.author_id == me.id),
            )
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .limit(1)
        ).first()
        goals = s.scalars(
            select(Goal)
            .where(Goal.client_id == client.id, Goal.status == "active")
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
        note = _own_editable(s, me, note_id)
        check_version(s, note, expected_version)
        changed, sc_changed = _apply(s, note, content)
        if changed or sc_changed:
            note.updated_at = utcnow()
            s.flush()
            # Step 8 is recorded only as "changed": its words stay out of the log.
            audit.record(
                s, me, "note.saved", "note", note.id,
                changes=changed, self_care_changed=sc_changed,
            )  # fmt: skip
        return build_view(s, me, note)


def _own_editable(s: Session, me: User, note_id: int) -> Note:
    note = s.get(Note, note_id, with_for_update=True)
    if note is None:
        raise NotFound(f"no note {note_id}")
    if note.author_id != me.id:
        raise PermissionDenied("only the note's author can change it")
    if note.status == "approved":
        raise LockedError("this note is signed and cannot change; add an addendum instead")
    if note.status == "submitted":
        raise ConflictError("this note is waiting for review and cannot be edited now")
    return note


def delete_draft(db: Database, actor: Actor, note_id: int) -> None:
    """The author throws away a draft that was never submitted."""
    with db.write() as s:
        me = load_user(s, actor)
        note = _own_editable(s, me, note_id)
        submitted_before = s.scalar(
            select(func.count())
            .select_from(NoteSubmission)
            .where(NoteSubmission.note_id == note.id)
        )
        if note.status != "draft" or submitted_before:
            raise ConflictError("a note that has been submitted is part of the record; it stays")
        values = audit_changes(_content_columns(note), {})
        client_id = note.client_id
        s.delete(note)
        s.flush()
        audit.record(
            s, me, "note.deleted", "note", note_id,
            client_id=client_id, values={k: v[0] for k, v in values.items()},
        )  # fmt: skip


# -- submitting -----------------------------------------------------------------------------


def submit(db: Database, actor: Actor, note_id: int, expected_version: int) -> NoteView:
    """Send the note for review: validate, snapshot, flag, and update the client record."""
    with db.write() as s:
        me = load_user(s, actor)
        note = _own_editable(s, me, note_id)
        check_version(s, note, expected_version)
        content = from_row(note, note.self_care, with_self_care=True)
        now = utcnow()
        problems = validate_for_submit(content, now=now)
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
        note.status = "submitted"
        note.submitted_at = note.updated_at = now
        # Lateness is judged at the first submission: a returned note sent back
        # a week later was not written late.
        note.late_entry = (first or now) - note.contact_at > late_after
        s.add(NoteSubmission(note_id=note.id, submitted_at=now, content=snapshot(content)))
        s.flush()

        client_changes = _update_client(s, note)
        follow_up = followups.sync_for_note(s, me, note)
        debrief = _sync_debrief(s, me, note)
        audit.record(
            s, me, "note.submitted", "note", note.id,
            changes=audit.changes(before, {"status": note.status, "late_entry": note.late_entry}),
            client_id=note.client_id, risk_level=note.risk_level, client=client_changes,
            follow_up_id=follow_up, debrief_request_id=debrief,
        )  # fmt: skip
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


def _update_client(s: Session, note: Note) -> dict[str, list[Any]]:
    """Current risk, last contact and the risk alert, from this note.

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
    if note.risk_level and RiskLevel(note.risk_level).urgent:
        # A new urgent note raises the alert again even if an older one was cleared.
        values.update(
            risk_alert_note_id=note.id,
            risk_alert_cleared_by_id=None,
            risk_alert_cleared_at=None,
            risk_alert_clear_reason="",
        )
        after["risk_alert_note_id"] = note.id
    if values:
        s.execute(
            update(Client)
            .where(Client.id == client.id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        s.expire(client)
    return audit.changes(before, after)


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
            note_id=note.id, supervisor_id=req.supervisor_id,
        )  # fmt: skip
        return req.id
    if not wanted and existing is not None and existing.held_at is None:
        rid = existing.id
        s.delete(existing)
        s.flush()
        audit.record(s, me, "debrief.withdrawn", "debrief", rid, note_id=note.id)
        return None
    return existing.id if existing is not None else None


# -- reading --------------------------------------------------------------------------------


def get_note(db: Database, actor: Actor, note_id: int) -> NoteView:
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        return build_view(s, me, load_note(s, me, note_id))


def _client_notes_filter(me: User, client_id: int) -> Any:
    return and_(Note.client_id == client_id, or_(Note.status != "draft", Note.author_id == me.id))


def client_notes(
    db: Database, actor: Actor, client_id: int, offset: int = 0, limit: int = 100
) -> list[NoteRow]:
    """A client's notes, newest contact first; other people's drafts are not listed."""
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_for(s, me, client_id)
        q = (
            row_query()
            .where(_client_notes_filter(me, client_id))
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return rows(s, q)


def count_client_notes(db: Database, actor: Actor, client_id: int) -> int:
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client_for(s, me, client_id)
        q = select(func.count()).select_from(Note).where(_client_notes_filter(me, client_id))
        return s.scalar(q) or 0


def my_drafts(db: Database, actor: Actor) -> list[NoteRow]:
    """The actor's unsubmitted drafts, most recently touched first."""
    return _own(db, actor, "draft")


def returned_to_me(db: Database, actor: Actor) -> list[NoteRow]:
    """The actor's notes a supervisor sent back, each with the latest comment."""
    return _own(db, actor, "returned")


def _own(db: Database, actor: Actor, status: str) -> list[NoteRow]:
    with db.read() as s:
        me = load_user(s, actor)
        q = (
            row_query()
            .where(Note.author_id == me.id, Note.status == status)
            .order_by(Note.updated_at.desc(), Note.id.desc())
        )
        return rows(s, q)


# -- addenda --------------------------------------------------------------------------------


def add_addendum(db: Database, actor: Actor, note_id: int, reason: str, text: str) -> AddendumRow:
    """A dated, signed correction under an approved note; the note itself never changes."""
    problems: dict[str, str] = {}
    for key, value, what in (("reason", reason, "why"), ("text", text, "what")):
        if "\x00" in value:
            problems[key] = f"the {key} contains a NUL character (\\0), which cannot be stored"
        elif not value.strip():
            problems[key] = f"say {what} the addendum adds or corrects"
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        note = load_note(s, me, note_id)
        if note.status != "approved":
            raise ConflictError(
                "addenda are for signed notes; while a note is unsigned, its author edits it"
            )
        if note.author_id != me.id and not supervises(s, me, note.author_id):
            raise PermissionDenied("only the note's author or their supervisor can add an addendum")
        at = utcnow()
        digest = signing.addendum_hash(note.content_hash or "", me.id, at, reason, text)
        row = Addendum(
            note_id=note.id, author_id=me.id, created_at=at, reason=reason, text=text,
            content_hash=digest,
        )  # fmt: skip
        s.add(row)
        s.flush()
        audit.record(
            s, me, "note.addendum", "note", note.id,
            addendum_id=row.id, reason=audit_value(reason), text=audit_value(text), hash=digest,
        )  # fmt: skip
        return AddendumRow(row.id, me.full_name, at, reason, text, digest)


# -- search ---------------------------------------------------------------------------------


def _text_match(s: Session, query: str) -> Any:
    """A WHERE clause for notes whose summary or step 1-7 text matches (see ``fulltext``)."""
    if s.get_bind().dialect.name == "sqlite":
        match = fulltext.sqlite_match(query)
        if match is None:
            return None
        fts = table(fulltext.SQLITE_TABLE, column("rowid"))
        hits = select(fts.c.rowid).where(literal_column(fulltext.SQLITE_TABLE).op("MATCH")(match))
        # "+ 0" keeps SQLite from driving the query by the hits (fetch every matching
        # note, then sort them all); it walks notes newest first instead, checks each
        # id against the hits and stops at the page. Common words would otherwise cost
        # a read of every note they occur in.
        return (Note.id + literal_column("0")).in_(hits)
    tsquery = fulltext.pg_tsquery(query)
    if tsquery is None:
        return None
    document = literal_column(f"{Note.__tablename__}.{fulltext.PG_COLUMN}")
    return document.op("@@")(func.to_tsquery(literal_column("'simple'::regconfig"), tsquery))


def search_notes(
    db: Database, actor: Actor, query: str, offset: int = 0, limit: int = 50
) -> list[NoteRow]:
    """Notes whose summary or step 1-7 text has the words typed, newest contact first.

    Word search through the database's full-text index (``pswdesk.fulltext``):
    every word must occur, in any order; the word still being typed matches as a
    prefix. Covers submitted, returned and approved notes of visible clients and
    the actor's own drafts. Step 8 is not indexed, so a match cannot reveal it.
    Whatever is typed is searched as text, never run as query syntax.
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        match = _text_match(s, query)
        if match is None:
            return []
        visible = visible_client_filter(s, me)
        if visible is not True:
            # The visible clients as a list of ids, not a correlated EXISTS: PostgreSQL
            # can then estimate how few notes they hold and combine the client index
            # with the word index, instead of walking every note newest first. SQLite
            # keeps walking newest first ("+ 0", as in _text_match): sorting all of a
            # caseload's notes would cost more than it saves.
            ids = list(s.scalars(select(Client.id).where(visible)))
            client = Note.client_id + literal_column("0") if db.is_sqlite else Note.client_id
            visible = client.in_(ids)
        q = (
            row_query()
            .where(
                or_(
                    and_(Note.author_id == me.id, Note.status.in_(EDITABLE)),
                    and_(Note.status != "draft", visible),
                ),
                match,
            )
            .order_by(Note.contact_at.desc(), Note.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return rows(s, q)


def risk_rank() -> Any:
    """SQL expression ranking a note's risk level; higher is more urgent."""
    return case({r.value: r.rank for r in RiskLevel}, value=Note.risk_level, else_=-1)
