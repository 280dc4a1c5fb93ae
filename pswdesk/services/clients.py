"""Clients: intake, details, who carries them, and the caseload lists.

Workers see the clients assigned to them; supervisors see their team's (or the
whole agency's when the setting says so); administrators see none. Opening a
client's record is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from pswdesk import fulltext
from pswdesk.db import Database
from pswdesk.errors import NotFound, PermissionDenied, ValidationError
from pswdesk.models import Client, ClientAssignment, Note, User
from pswdesk.services import audit, needs_contact
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    supervises,
    visible_client_filter,
)
from pswdesk.services.client_input import ClientInput
from pswdesk.services.client_lookup import find_client as find_client  # callers find it here
from pswdesk.services.risk_alerts import open_alert_note, risk_rank
from pswdesk.services.versioning import Lock, saving
from pswdesk.vocabulary import ClientStatus, NoteStatus, RiskLevel
from pswdesk.wording import words

#: Only these actions move a client's version on; an opening or an assignment does not.
CLIENT_CHANGES = (
    "client.changed", "client.status", "client.closed", "client.reopened",
    "client.transferred", "client.merged",
)  # fmt: skip
CLIENT_LOCK: Lock[Client] = Lock(
    Client, "client", lambda c: f"{c.preferred_name}'s record", changes=CLIENT_CHANGES
)


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of a caseload."""

    id: int
    preferred_name: str
    legal_name: str
    pronouns: str
    status: str
    risk: RiskLevel
    risk_alert: bool
    workers: str
    last_contact: dt.datetime | None
    open_drafts: int = 0
    needs_contact: bool = False  # imminent/high risk and nobody in touch (needs_contact)


@dataclass(frozen=True, slots=True)
class WorkerRef:
    id: int
    full_name: str


@dataclass(frozen=True, slots=True)
class ClientDetail:
    id: int
    preferred_name: str
    legal_name: str
    pronouns: str
    date_of_birth: dt.date | None
    phone: str
    email: str
    address: str
    emergency_contact: str
    status: str
    risk: RiskLevel
    risk_at: dt.datetime | None
    risk_alert_note_id: int | None
    workers: tuple[WorkerRef, ...]
    created_at: dt.datetime
    version: int
    note_count: int = 0
    #: Whether the viewer may assign workers (a supervisor of the client's team).
    can_assign: bool = False
    flags: tuple[str, ...] = field(default_factory=tuple)
    # Intake details and the closing (migration 0007).
    phone_ok_message: bool = False
    email_ok_message: bool = False
    preferred_language: str = ""
    referral_source: str = ""
    safety_sensitive: bool = False
    closed_on: dt.date | None = None
    close_reason: str | None = None
    close_reason_text: str = ""
    merged_into_id: int | None = None

    @property
    def closed(self) -> bool:
        return self.status == ClientStatus.CLOSED

    @property
    def display_name(self) -> str:
        return self.preferred_name

    @property
    def age(self) -> int | None:
        if not self.date_of_birth:
            return None
        today = dt.date.today()
        b = self.date_of_birth
        return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


def _fields(c: Client) -> dict[str, object]:
    return {k: getattr(c, k) for k in ClientInput.__dataclass_fields__}


def create_client(
    db: Database, actor: Actor, data: ClientInput, assign_to: list[int] | None = None
) -> ClientDetail:
    """Intake. A worker's new client is assigned to them; a supervisor picks team members."""
    data.validate()
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client = Client(**_clean(data))
        s.add(client)
        s.flush()
        targets = assign_to if assign_to is not None else [me.id]
        for uid in targets:
            _assign(s, me, client, uid)
        audit.record(
            s, actor, "client.created", "client", client.id,
            fields=audit.filled_fields(_fields(client)),
        )  # fmt: skip
        return _detail(s, me, client)


def _clean(data: ClientInput) -> dict[str, object]:
    values = asdict(data)
    return {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}


def _assign(s: Session, me: User, client: Client, user_id: int) -> None:
    worker = s.get(User, user_id)
    if worker is None or not worker.active:
        raise NotFound(words("no active user {user_id}", user_id=user_id))
    if WORKER not in worker.role_names:
        raise ValidationError(
            {"workers": words("{worker} does not have the worker role", worker=worker.full_name)}
        )
    if worker.id != me.id and not supervises(s, me, worker.id):
        raise PermissionDenied(words("only the worker's supervisor can assign clients to them"))
    if s.get(ClientAssignment, (client.id, worker.id)) is None:
        s.add(ClientAssignment(client_id=client.id, user_id=worker.id))


def assign_worker(db: Database, actor: Actor, client_id: int, user_id: int) -> ClientDetail:
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        client = client_for(s, me, client_id)
        _assign(s, me, client, user_id)
        s.flush()
        audit.record(s, actor, "client.assigned", "client", client.id, user_id=user_id)
        return _detail(s, me, client)


def unassign_worker(db: Database, actor: Actor, client_id: int, user_id: int) -> ClientDetail:
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        client = client_for(s, me, client_id)
        if not supervises(s, me, user_id) and user_id != me.id:
            raise PermissionDenied(words("only the worker's supervisor can change their caseload"))
        row = s.get(ClientAssignment, (client.id, user_id))
        if row is None:
            raise NotFound(words("that worker is not assigned to this client"))
        s.delete(row)
        s.flush()
        audit.record(s, actor, "client.unassigned", "client", client.id, user_id=user_id)
        return _detail(s, me, client)


def update_client(
    db: Database, actor: Actor, client_id: int, expected_version: int, data: ClientInput
) -> ClientDetail:
    data.validate()
    with saving(db) as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client = client_for(s, me, client_id, for_write=True)
        CLIENT_LOCK.check(s, client, expected_version)
        before = _fields(client)
        for k, v in _clean(data).items():
            setattr(client, k, v)
        s.flush()
        audit.record(
            s, actor, "client.changed", "client", client.id,
            fields=audit.changed_fields(before, _fields(client)),
        )  # fmt: skip
        return _detail(s, me, client)


def set_status(
    db: Database, actor: Actor, client_id: int, expected_version: int, status: str
) -> ClientDetail:
    if status not in tuple(ClientStatus):
        raise ValidationError({"status": words("a client is either active or closed")})
    with saving(db) as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        client = client_for(s, me, client_id)
        CLIENT_LOCK.check(s, client, expected_version)
        before = client.status
        client.status = status
        s.flush()
        audit.record(
            s, actor, "client.status", "client", client.id, changes={"status": [before, status]}
        )
        return _detail(s, me, client)


def get_client(
    db: Database, actor: Actor, client_id: int, *, audit_open: bool = True
) -> ClientDetail:
    """The client's record header. Opening it is audited: who looked at whose record."""
    with db.write() as s:
        me = load_user(s, actor)
        client = client_for(s, me, client_id)
        if audit_open:
            audit.record(s, actor, "client.opened", "client", client.id)
        return _detail(s, me, client)


def _detail(s: Session, me: User, c: Client) -> ClientDetail:
    workers = s.execute(
        select(User.id, User.full_name)
        .join(ClientAssignment, ClientAssignment.user_id == User.id)
        .where(ClientAssignment.client_id == c.id)
        .order_by(User.full_name)
    ).all()
    notes = s.scalar(select(func.count()).select_from(Note).where(Note.client_id == c.id)) or 0
    can_assign = SUPERVISOR in me.role_names
    return ClientDetail(
        c.id, c.preferred_name, c.legal_name, c.pronouns, c.date_of_birth, c.phone, c.email,
        c.address, c.emergency_contact, c.status, RiskLevel(c.current_risk), c.current_risk_at,
        open_alert_note(c),
        tuple(WorkerRef(w.id, w.full_name) for w in workers), c.created_at, c.version,
        notes, can_assign, (), c.phone_ok_message, c.email_ok_message, c.preferred_language,
        c.referral_source, c.safety_sensitive, c.closed_on, c.close_reason,
        c.close_reason_text, c.merged_into_id,
    )  # fmt: skip


def detail_for(s: Session, me: User, client: Client) -> ClientDetail:
    """The record header, inside a transaction another service holds."""
    return _detail(s, me, client)


# -- caseload lists ---------------------------------------------------------------------

SCOPES = ("mine", "team")
SORTS = ("name", "risk", "last_contact")
#: A name search longer than the longest name cannot match anything more.
NAME_SEARCH_CHARS = 200


def _caseload_query(  # type: ignore[no-untyped-def]
    s: Session,
    me: User,
    scope: str,
    search: str,
    include_closed: bool,
    status: ClientStatus | None = None,
):
    if scope not in SCOPES:
        raise ValidationError(
            {"scope": words("scope is one of {scopes}", scopes=", ".join(SCOPES))}
        )
    if scope == "mine":
        cond = select(ClientAssignment.client_id).where(ClientAssignment.user_id == me.id)
        where: ColumnElement[bool] = Client.id.in_(cond)
    else:
        if SUPERVISOR not in me.role_names:
            raise PermissionDenied(words("only supervisors see a team caseload"))
        where = visible_client_filter(s, me)
    q = select(Client).where(where)
    if status is not None:
        # Closed files leave the caseload; this filter finds them (or only the open ones).
        q = q.where(Client.status == ClientStatus(status))
    elif not include_closed:
        q = q.where(Client.status == ClientStatus.ACTIVE)
    # Whatever was typed or pasted: cut to a name's length, NUL and control
    # characters gone (PostgreSQL refuses NUL; SQLite refuses a LIKE pattern over 50 kB).
    term = fulltext.clean_query(search, NAME_SEARCH_CHARS).strip()
    if term:
        like = f"%{_escape_like(term.lower())}%"
        q = q.where(
            or_(
                func.lower(Client.preferred_name).like(like, escape="\\"),
                func.lower(Client.legal_name).like(like, escape="\\"),
            )
        )
    return q


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_caseload(
    db: Database,
    actor: Actor,
    *,
    scope: str = "mine",
    search: str = "",
    include_closed: bool = False,
    sort: str = "risk",
    offset: int = 0,
    limit: int = 100,
    status: ClientStatus | None = None,
) -> list[ClientRow]:
    """One page of a caseload, most at-risk first by default (those who need contact,
    ``needs_contact``, before everyone else).

    Active clients only, unless ``include_closed`` (both) or ``status`` (that one only).
    """
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        q = _caseload_query(s, me, scope, search, include_closed, status)
        clients = list(s.scalars(q.order_by(*_order(s, sort)).offset(offset).limit(limit)))
        return _rows(s, me, clients)


def _order(s: Session, sort: str) -> tuple[Any, ...]:
    """A caseload's ORDER BY for one of ``SORTS`` (shared with its warm-up)."""
    order: tuple[Any, ...] | None = {
        "name": (func.lower(Client.preferred_name), Client.id),
        "risk": (
            needs_contact.first_when_flagged(s),
            risk_rank(Client.current_risk).desc(),
            func.lower(Client.preferred_name),
            Client.id,
        ),
        "last_contact": (Client.last_contact_at.desc(), Client.id),
    }.get(sort)
    if order is None:
        raise ValidationError({"sort": words("sort is one of {sorts}", sorts=", ".join(SORTS))})
    return order


def prepare_caseload_reads(db: Database) -> None:
    """Run a caseload's first page and count once, for no one, while the login is typed.

    SQLAlchemy makes a statement's SQL at its first run in a process: the first
    caseload after login paid some 30 ms for it (46 ms where later ones take 14 ms,
    at a million notes). The statements are a worker's own caseload's, most at-risk
    first; the user asked for is none (id 0, never a row's), so nothing is read.
    """
    with db.read() as s:
        s.get(User, 0)  # as ``load_user`` reads the person
        q = _caseload_query(s, User(id=0), "mine", "", False)
        list(s.scalars(q.order_by(*_order(s, "risk")).offset(0).limit(100)))
        s.scalar(select(func.count()).select_from(q.subquery()))


def count_caseload(
    db: Database,
    actor: Actor,
    *,
    scope: str = "mine",
    search: str = "",
    include_closed: bool = False,
    status: ClientStatus | None = None,
) -> int:
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        q = _caseload_query(s, me, scope, search, include_closed, status)
        return s.scalar(select(func.count()).select_from(q.subquery())) or 0


def rows_for(s: Session, me: User, clients: list[Client]) -> list[ClientRow]:
    """Caseload lines for these clients, inside a transaction another service holds."""
    return _rows(s, me, clients)


def _rows(s: Session, me: User, clients: list[Client]) -> list[ClientRow]:
    if not clients:
        return []
    ids = [c.id for c in clients]
    names: dict[int, list[str]] = {}
    for cid, name in s.execute(
        select(ClientAssignment.client_id, User.full_name)
        .join(User, User.id == ClientAssignment.user_id)
        .where(ClientAssignment.client_id.in_(ids))
        .order_by(User.full_name)
    ):
        names.setdefault(cid, []).append(name)
    drafts = dict(
        s.execute(
            select(Note.client_id, func.count())
            .where(
                Note.client_id.in_(ids), Note.author_id == me.id, Note.status == NoteStatus.DRAFT
            )
            .group_by(Note.client_id)
        ).all()
    )
    flagged = needs_contact.flagged_ids(s, clients)
    return [
        ClientRow(
            c.id,
            c.preferred_name,
            c.legal_name,
            c.pronouns,
            c.status,
            RiskLevel(c.current_risk),
            open_alert_note(c) is not None,
            ", ".join(names.get(c.id, [])),
            c.last_contact_at,
            drafts.get(c.id, 0),
            c.id in flagged,
        )
        for c in clients
    ]
