"""Brief contacts: a phone call, text or drop-in logged in a line or two.

Not every contact needs the eight steps: "called to confirm Thursday, sounded
well" is a brief contact. It is still a contact: it moves the client's last
contact (so the caseload, the no-contact lists and the "needs contact" rule
count it), it is listed on the record, and reports count it per worker
(``count_by_worker``).

Rules, as for notes (docs/ARCHITECTURE.md, "Roles"):

- who: a worker logs brief contacts for the clients they may write for; workers
  read their caseload's, supervisors their team's; an administrator reads none;
- risk: a brief contact may record no risk or low risk only. At moderate or
  higher a full note is needed (risk actions, safety plan, a follow-up), so
  ``log_contact`` refuses it with ``FULL_NOTE_NEEDED`` on the ``risk_level`` field,
  and ``write_full_note_instead`` starts a draft holding what was typed, keeping the
  brief contact as the pointer to it (``became_note_id``). The brief contact never
  changes the client's current risk: only a full note rates risk;
- correcting: a brief contact is part of the record, so it does not change
  silently. Its author may correct it on the day they logged it (a mistyped time,
  a wrong type: the common slips), each correction audited by the names of the
  fields changed and its version moved on; after that day it is fixed, and a
  correction is a new brief contact that says what was wrong. One that became a
  note is the note's now and is not edited here;
- text: one or two lines (``MAX_TEXT`` characters); NUL and other control
  characters are dropped (line breaks kept, at most ``MAX_LINES``); the audit log
  never holds the text, only which fields were filled or changed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select, true, update
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ConflictError, LockedError, PermissionDenied, ValidationError
from pswdesk.models import BriefContact, Client, Note, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import (
    ADMIN,
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    may_see_client,
    not_found,
    sees_every_client,
    team_ids,
)
from pswdesk.services.note_content import NoteContent, aware_utc
from pswdesk.services.notes.drafts import new_draft
from pswdesk.services.record_support import local_date, names
from pswdesk.vocabulary import BriefContactType, NoteStatus, RiskLevel
from pswdesk.wording import words

MAX_TEXT = 500
MAX_LINES = 3
MAX_MINUTES = 120
#: How far ahead of the PC's clock a contact time may be (clocks differ a little).
FUTURE_SLACK = dt.timedelta(minutes=10)
#: The highest risk a brief contact may record.
BRIEF_RISKS: tuple[RiskLevel, ...] = (RiskLevel.NONE, RiskLevel.LOW)
FULL_NOTE_NEEDED = (
    "a contact at moderate or higher risk needs a full note (risk, actions and a "
    'follow-up), not a brief one: choose "Write a full note instead" and what you '
    "typed goes into it"
)
EDITABLE_FIELDS = ("contact_at", "contact_type", "minutes", "text", "risk_level")


@dataclass(frozen=True, slots=True)
class BriefContactInput:
    """What a person types into the quick log. A naive time is the PC's local time."""

    contact_at: dt.datetime
    contact_type: str
    minutes: int
    text: str
    risk_level: str | None = None


@dataclass(frozen=True, slots=True)
class BriefContactRow:
    id: int
    client_id: int
    author_id: int
    author_name: str
    contact_at: dt.datetime
    contact_type: BriefContactType
    minutes: int
    text: str
    risk_level: RiskLevel | None
    became_note_id: int | None
    created_at: dt.datetime
    version: int
    #: The reader is the author and may still correct it (see the module docstring).
    editable: bool


@dataclass(frozen=True, slots=True)
class FullNoteStarted:
    """A brief contact turned into a full note: the new draft, and the brief contact kept."""

    note_id: int
    brief_contact_id: int
    client_id: int


@dataclass(frozen=True, slots=True)
class WorkerBriefCount:
    """Brief contacts one worker logged in a period (for reports)."""

    worker_id: int
    worker_name: str
    #: Those that stayed brief (the ones that became full notes are counted as notes).
    brief_contacts: int
    minutes: int
    #: Those that became full notes.
    became_notes: int


# -- the typed text -------------------------------------------------------------------------


def clean_text(value: str) -> str:
    """The text as stored: control characters and lone surrogates dropped, line breaks
    kept (at most ``MAX_LINES`` lines, blank ones dropped), ends trimmed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for ch in value:
        category = unicodedata.category(ch)
        if ch == "\n" or (category != "Cc" and category != "Cs"):
            kept.append(ch)
        elif ch == "\t":
            kept.append(" ")
    lines = [line.strip() for line in "".join(kept).split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], " ".join(lines[MAX_LINES - 1 :])]
    return "\n".join(lines)


def _risk(value: str | None) -> RiskLevel | None:
    if value is None or value == "":
        return None
    try:
        return RiskLevel(value)
    except ValueError:
        return None


def problems(entry: BriefContactInput, *, now: dt.datetime | None = None) -> dict[str, str]:
    """What stops this entry from being saved as a brief contact ({} when nothing does)."""
    now = now or utcnow()
    p: dict[str, str] = {}
    at = entry.contact_at
    if not isinstance(at, dt.datetime):
        p["contact_at"] = "the date and time of the contact are missing"
    elif aware_utc(at) > now + FUTURE_SLACK:
        p["contact_at"] = "the contact time is in the future; a contact is logged after it happens"
    if entry.contact_type not in {t.value for t in BriefContactType}:
        kinds = ", ".join(t.label.lower() for t in BriefContactType)
        p["contact_type"] = f"a brief contact is one of: {kinds}"
    minutes = entry.minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
        p["minutes"] = "the minutes are a whole number, 0 or more"
    elif minutes > MAX_MINUTES:
        p["minutes"] = (
            f"a brief contact lasts {MAX_MINUTES} minutes at most; a longer one is a full note"
        )
    text = clean_text(entry.text if isinstance(entry.text, str) else "")
    if not text:
        p["text"] = "write a line about the contact (what it was about, how they were)"
    elif len(text) > MAX_TEXT:
        p["text"] = (
            f"keep a brief contact to {MAX_TEXT} characters (it has {len(text):,}); "
            "a longer one is a full note"
        )
    risk = _risk(entry.risk_level)
    if entry.risk_level not in (None, "") and risk is None:
        p["risk_level"] = "the risk level is none, low, moderate, high or imminent"
    elif risk is not None and risk not in BRIEF_RISKS:
        p["risk_level"] = FULL_NOTE_NEEDED
    return p


def needs_full_note(error: ValidationError) -> bool:
    """Whether a refused save was refused for its risk (the GUI offers a full note)."""
    return error.problems.get("risk_level") == FULL_NOTE_NEEDED


def _columns(entry: BriefContactInput) -> dict[str, object]:
    risk = _risk(entry.risk_level)
    return {
        "contact_at": aware_utc(entry.contact_at),
        "contact_type": BriefContactType(entry.contact_type).value,
        "minutes": entry.minutes,
        "text": clean_text(entry.text),
        "risk_level": risk.value if risk is not None else None,
    }


# -- reading --------------------------------------------------------------------------------


def _editable(row: BriefContact, me: User, today: dt.date) -> bool:
    return (
        row.author_id == me.id
        and row.became_note_id is None
        and local_date(row.created_at) == today
    )


def _row(row: BriefContact, author_name: str, me: User, today: dt.date) -> BriefContactRow:
    return BriefContactRow(
        id=row.id,
        client_id=row.client_id,
        author_id=row.author_id,
        author_name=author_name,
        contact_at=row.contact_at,
        contact_type=BriefContactType(row.contact_type),
        minutes=row.minutes,
        text=row.text,
        risk_level=_risk(row.risk_level),
        became_note_id=row.became_note_id,
        created_at=row.created_at,
        version=row.version,
        editable=_editable(row, me, today),
    )


def _reader(s: Session, actor: Actor) -> User:
    """A worker or supervisor (an administrator reads no client's contacts)."""
    return load_user(s, actor, WORKER, SUPERVISOR)


def client_brief_contacts(
    db: Database, actor: Actor, client_id: int, *, offset: int = 0, limit: int = 100
) -> list[BriefContactRow]:
    """The client's brief contacts, newest first (by contact time, then as logged)."""
    with db.read() as s:
        me = _reader(s, actor)
        client = client_for(s, me, client_id)
        today = dt.date.today()
        q = (
            select(BriefContact, User.full_name)
            .join(User, User.id == BriefContact.author_id)
            .where(BriefContact.client_id == client.id)
            .order_by(BriefContact.contact_at.desc(), BriefContact.id.desc())
            .offset(max(offset, 0))
            .limit(max(min(limit, 500), 0))
        )
        return [_row(r, name, me, today) for r, name in s.execute(q).all()]


def count_client_brief_contacts(db: Database, actor: Actor, client_id: int) -> int:
    with db.read() as s:
        me = _reader(s, actor)
        client = client_for(s, me, client_id)
        q = select(func.count()).where(BriefContact.client_id == client.id)
        return int(s.scalar(q) or 0)


def get_brief_contact(db: Database, actor: Actor, contact_id: int) -> BriefContactRow:
    with db.read() as s:
        me = _reader(s, actor)
        row = _load(s, me, contact_id)
        return _row(row, names(s, [row.author_id]).get(row.author_id, ""), me, dt.date.today())


def _load(s: Session, me: User, contact_id: int, *, for_update: bool = False) -> BriefContact:
    row = s.get(BriefContact, contact_id, with_for_update=for_update)
    if row is None or not may_see_client(s, me, row.client_id):
        raise not_found("brief contact", contact_id)
    return row


# -- writing --------------------------------------------------------------------------------


def _check(entry: BriefContactInput) -> None:
    found = problems(entry)
    if found:
        raise ValidationError(found)


def _touch_last_contact(s: Session, client_id: int, at: dt.datetime) -> None:
    """Move the client's last contact on to ``at`` if it is newer (a plain UPDATE, as a
    submitted note does: a derived field must not bump the client's version)."""
    s.execute(
        update(Client)
        .where(
            Client.id == client_id,
            (Client.last_contact_at.is_(None)) | (Client.last_contact_at < at),
        )
        .values(last_contact_at=at)
        .execution_options(synchronize_session=False)
    )


def _recompute_last_contact(s: Session, client_id: int) -> None:
    """The newest of the client's submitted notes and brief contacts (after a time was
    corrected, possibly to an earlier one)."""
    note_at = s.scalar(
        select(func.max(Note.contact_at)).where(
            Note.client_id == client_id, Note.status != NoteStatus.DRAFT
        )
    )
    brief_at = s.scalar(
        select(func.max(BriefContact.contact_at)).where(BriefContact.client_id == client_id)
    )
    found = [t for t in (note_at, brief_at) if t is not None]
    s.execute(
        update(Client)
        .where(Client.id == client_id)
        .values(last_contact_at=max(found) if found else None)
        .execution_options(synchronize_session=False)
    )


def _writer(s: Session, actor: Actor, client_id: int) -> tuple[User, Client]:
    me = load_user(s, actor, WORKER)
    return me, client_for(s, me, client_id, for_write=True)


def log_contact(
    db: Database, actor: Actor, client_id: int, entry: BriefContactInput
) -> BriefContactRow:
    """Log a brief contact; refused at moderate or higher risk (``FULL_NOTE_NEEDED``)."""
    _check(entry)
    with db.write() as s:
        me, client = _writer(s, actor, client_id)
        row = BriefContact(client_id=client.id, author_id=me.id, created_at=utcnow())
        for name, value in _columns(entry).items():
            setattr(row, name, value)
        s.add(row)
        s.flush()
        _touch_last_contact(s, client.id, row.contact_at)
        audit.record(
            s, me, "brief_contact.logged", "brief_contact", row.id,
            client_id=client.id,
            fields=audit.filled_fields({f: getattr(row, f) for f in EDITABLE_FIELDS}),
        )  # fmt: skip
        return _row(row, me.full_name, me, dt.date.today())


def edit_contact(
    db: Database, actor: Actor, contact_id: int, entry: BriefContactInput, expected_version: int
) -> BriefContactRow:
    """Correct a brief contact: its author, on the day it was logged (module docstring)."""
    _check(entry)
    with db.write() as s:
        me = load_user(s, actor, WORKER)
        row = _load(s, me, contact_id, for_update=True)
        if row.author_id != me.id:
            raise PermissionDenied(
                words("only the worker who logged a brief contact can correct it")
            )
        if row.became_note_id is not None:
            raise LockedError(
                words(
                    "this brief contact became note {became_note_id}; change the note instead",
                    became_note_id=row.became_note_id,
                )
            )
        if local_date(row.created_at) != dt.date.today():
            raise LockedError(
                words(
                    "a brief contact can be corrected only on the day it was logged; "
                    "log a new brief contact that says what was wrong"
                )
            )
        client_for(s, me, row.client_id, for_write=True)
        if row.version != expected_version:
            raise ConflictError(
                words(
                    "this brief contact was changed after you opened it (in another window?); "
                    "reload it and try again"
                )
            )
        before = {f: getattr(row, f) for f in EDITABLE_FIELDS}
        for name, value in _columns(entry).items():
            setattr(row, name, value)
        after = {f: getattr(row, f) for f in EDITABLE_FIELDS}
        changed = audit.changed_fields(before, after)
        if changed:
            s.flush()
            if "contact_at" in changed:
                _recompute_last_contact(s, row.client_id)
            audit.record(
                s, me, "brief_contact.changed", "brief_contact", row.id,
                client_id=row.client_id, fields=changed,
            )  # fmt: skip
        return _row(row, me.full_name, me, dt.date.today())


def note_content_for(entry: BriefContactInput) -> NoteContent:
    """A full note's first content from a brief contact: when, how, how long, the text as
    the summary and the risk level typed (the worker completes the rest)."""
    kind = BriefContactType(entry.contact_type)
    risk = _risk(entry.risk_level)
    return NoteContent(
        contact_at=aware_utc(entry.contact_at),
        duration_minutes=max(int(entry.minutes), 0),
        contact_type=kind.note_contact_type.value,
        summary=clean_text(entry.text),
        risk_level=risk,
    )


def write_full_note_instead(
    db: Database, actor: Actor, client_id: int, entry: BriefContactInput
) -> FullNoteStarted:
    """Start a full note from what was typed into the quick log, in one transaction: the
    draft, and the brief contact pointing at it (so the contact shows on the record and
    counts as a contact at once; the note rates the risk when it is submitted).

    Any risk is accepted here, the point being a contact too serious for a brief log;
    the other fields follow the brief contact's rules.
    """
    found = {k: v for k, v in problems(entry).items() if k != "risk_level"}
    if entry.risk_level not in (None, "") and _risk(entry.risk_level) is None:
        found["risk_level"] = words("the risk level is none, low, moderate, high or imminent")
    if found:
        raise ValidationError(found)
    with db.write() as s:
        me, client = _writer(s, actor, client_id)
        note = new_draft(s, me, client, note_content_for(entry))
        row = BriefContact(client_id=client.id, author_id=me.id, created_at=utcnow())
        for name, value in _columns(entry).items():
            setattr(row, name, value)
        row.became_note_id = note.id
        s.add(row)
        s.flush()
        _touch_last_contact(s, client.id, row.contact_at)
        audit.record(
            s, me, "brief_contact.became_note", "brief_contact", row.id,
            client_id=client.id, note_id=note.id,
            fields=audit.filled_fields({f: getattr(row, f) for f in EDITABLE_FIELDS}),
        )  # fmt: skip
        return FullNoteStarted(note_id=note.id, brief_contact_id=row.id, client_id=client.id)


# -- counting, for reports ------------------------------------------------------------------


def stayed_brief() -> ColumnElement[bool]:
    """The brief contacts counted as brief: one that became a full note counts as the note."""
    return BriefContact.became_note_id.is_(None)


def _counted_authors(s: Session, me: User) -> ColumnElement[bool]:
    """Whose brief contacts ``me`` may count: a worker their own, a supervisor their team's
    (or everyone's where supervisors see every client), an administrator everyone's (counts
    only: no client and no text)."""
    roles = me.role_names
    if ADMIN in roles or (SUPERVISOR in roles and sees_every_client(s, me)):
        return true()
    if SUPERVISOR in roles:
        return BriefContact.author_id.in_(team_ids(s, me))
    return BriefContact.author_id == me.id


def count_by_worker(
    db: Database, actor: Actor, start: dt.date, end: dt.date
) -> list[WorkerBriefCount]:
    """Brief contacts per worker with a contact date (local) from ``start`` to ``end``
    inclusive, by worker name; workers with none are left out."""
    if end < start:
        raise ValidationError({"end": words("the period ends before it starts")})
    lo = dt.datetime.combine(start, dt.time()).astimezone().astimezone(dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()).astimezone().astimezone(dt.UTC)
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR, ADMIN)
        stayed = stayed_brief()
        q = (
            select(
                BriefContact.author_id,
                User.full_name,
                func.count().filter(stayed),
                func.coalesce(func.sum(BriefContact.minutes).filter(stayed), 0),
                func.count().filter(BriefContact.became_note_id.is_not(None)),
            )
            .join(User, User.id == BriefContact.author_id)
            .where(
                BriefContact.contact_at >= lo,
                BriefContact.contact_at < hi,
                _counted_authors(s, me),
            )
            .group_by(BriefContact.author_id, User.full_name)
            .order_by(User.full_name, BriefContact.author_id)
        )
        return [
            WorkerBriefCount(int(a), str(n), int(c), int(m), int(b))
            for a, n, c, m, b in s.execute(q).all()
        ]
