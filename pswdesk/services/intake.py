"""Registering a new client: who may, to whom they are assigned, and duplicates first.

Supervisors register clients for their team (one or more of the workers they
supervise, themselves included when they carry clients). Workers register
clients when the agency allows it (``workers_may_register_clients``, on by
default), and the client is then assigned to them alone. Administrators have no
clinical access and cannot.

Before anything is written the details are checked against the clients already
registered (``duplicates``): a likely duplicate refuses the registration with
``DuplicateFound``, unless the person declares each match a different person
(``not_a_duplicate_of``) or saves anyway (``allow_duplicate``); either way the
audit entry records the override and the ids declared different.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import DuplicateFound, PermissionDenied, ValidationError
from pswdesk.models import Client, ClientAssignment, User
from pswdesk.services import audit
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, load_user, settings
from pswdesk.services.assignments import assignable_worker
from pswdesk.services.client_input import ClientInput
from pswdesk.services.clients import ClientDetail, detail_for
from pswdesk.services.duplicates import DuplicateProbe, DuplicateReport, find_in
from pswdesk.wording import words

NO_ADMINS = words(
    "administrators have no access to clients; a supervisor or a worker registers them"
)
WORKERS_MAY_NOT = words(
    "the agency's settings let only supervisors register clients; ask your supervisor"
)


def registrar(s: Session, actor: Actor) -> User:
    """The acting user, if they may register clients at all."""
    me = load_user(s, actor)
    roles = me.role_names
    if SUPERVISOR not in roles and WORKER not in roles:
        raise PermissionDenied(NO_ADMINS)
    if SUPERVISOR not in roles and not settings(s).workers_may_register_clients:
        raise PermissionDenied(WORKERS_MAY_NOT)
    return me


def workers_for(s: Session, me: User, workers: list[int] | None) -> list[User]:
    """Whom the new client is assigned to: a worker themselves, a supervisor's choice."""
    if SUPERVISOR not in me.role_names:
        if workers not in (None, [], [me.id]):
            raise PermissionDenied(
                words(
                    "a worker registers clients for themselves; a supervisor assigns other workers"
                )
            )
        return [assignable_worker(s, me, me.id)]
    chosen = list(dict.fromkeys(workers or ([me.id] if WORKER in me.role_names else [])))
    if not chosen:
        raise ValidationError(
            {"workers": words("choose at least one worker of your team to carry the client")}
        )
    return [assignable_worker(s, me, uid) for uid in chosen]


def check_duplicates(
    s: Session,
    me: User,
    data: ClientInput,
    not_a_duplicate_of: tuple[int, ...],
    allow_duplicate: bool,
) -> DuplicateReport:
    """The likely duplicates; raises ``DuplicateFound`` for any not declared or allowed."""
    report = find_in(s, me, DuplicateProbe.of(data))
    remaining = report.without(set(not_a_duplicate_of))
    if remaining.found and not allow_duplicate:
        raise DuplicateFound(remaining)
    return report


def register_client(
    db: Database,
    actor: Actor,
    data: ClientInput,
    *,
    workers: list[int] | None = None,
    not_a_duplicate_of: tuple[int, ...] = (),
    allow_duplicate: bool = False,
) -> ClientDetail:
    """A new client on the caseload of ``workers`` (a worker: themselves)."""
    data.validate()
    with db.write() as s:
        me = registrar(s, actor)
        carriers = workers_for(s, me, workers)
        report = check_duplicates(s, me, data, not_a_duplicate_of, allow_duplicate)
        client = add_client(s, data, carriers)
        overrides: dict[str, object] = {}
        if report.found:
            overrides = {
                "duplicate_override": True,
                "not_a_duplicate_of": sorted(set(report.ids) | set(not_a_duplicate_of)),
                "hidden_matches": report.hidden,
            }
        audit.record(
            s, actor, "client.created", "client", client.id,
            fields=audit.filled_fields(data.cleaned()), workers=[w.id for w in carriers],
            **overrides,
        )  # fmt: skip
        return detail_for(s, me, client)


def add_client(s: Session, data: ClientInput, carriers: list[User]) -> Client:
    """The client row and its assignments (checked by the caller)."""
    client = Client(**data.cleaned())
    s.add(client)
    s.flush()
    for w in carriers:
        s.add(ClientAssignment(client_id=client.id, user_id=w.id))
    s.flush()
    return client
