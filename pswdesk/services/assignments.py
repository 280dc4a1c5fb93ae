"""Who carries a client: moving a caseload when a worker leaves, and transfers to another team.

A client's team is the supervisors of its assigned workers (``access``). A
supervisor moves clients between the workers they supervise (themselves
included, when they carry clients too); a transfer hands a client to worker(s)
of another team, whose supervisor then sees it and the sender no longer does.
Open follow-ups follow the client to the new worker, so nobody is left with a
reminder about a client they can no longer open. One assignment of one worker
(``clients.assign_worker``) stays where it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound, PermissionDenied, ValidationError
from pswdesk.models import ClientAssignment, FollowUp, User
from pswdesk.services import audit
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    may_see_client,
    sees_every_client,
    supervises,
)
from pswdesk.services.clients import CLIENT_LOCK, WorkerRef
from pswdesk.services.versioning import bump, saving
from pswdesk.wording import words


@dataclass(frozen=True, slots=True)
class Transfer:
    """What a transfer did; ``visible`` says whether the sender still sees the client."""

    client_id: int
    workers: tuple[WorkerRef, ...]
    supervisors: tuple[str, ...]
    follow_ups_moved: int
    visible: bool


def user_id_by_name(db: Database, actor: Actor, username: str) -> int:
    """The id of the staff account called ``username`` (case aside), for naming a worker."""
    wanted = username.strip().lower()
    if not wanted or not wanted.isprintable() or len(wanted) > 80:
        raise NotFound(words("no user {username!r}", username=username))
    with db.read() as s:
        load_user(s, actor, WORKER, SUPERVISOR)
        uid = s.scalar(select(User.id).where(func.lower(User.username) == wanted))
        if uid is None:
            raise NotFound(words("no user {username!r}", username=username))
        return uid


def active_worker(s: Session, user_id: int) -> User:
    """An active account with the worker role, or the error saying why not."""
    worker = s.get(User, user_id)
    if worker is None or not worker.active:
        raise NotFound(words("no active user {user_id}", user_id=user_id))
    if WORKER not in worker.role_names:
        raise ValidationError(
            {"workers": words("{worker} does not have the worker role", worker=worker.full_name)}
        )
    return worker


def assignable_worker(s: Session, me: User, user_id: int) -> User:
    """A worker ``me`` may give clients to: themselves, or someone they supervise."""
    worker = active_worker(s, user_id)
    if worker.id != me.id and not supervises(s, me, worker.id):
        raise PermissionDenied(words("only the worker's supervisor can assign clients to them"))
    return worker


def assigned_ids(s: Session, client_id: int) -> list[int]:
    q = select(ClientAssignment.user_id).where(ClientAssignment.client_id == client_id)
    return sorted(s.scalars(q))


def move_follow_ups(s: Session, client_id: int, from_ids: list[int], to_id: int) -> list[int]:
    """Hand the open follow-ups ``from_ids`` owned on this client to ``to_id``."""
    if not from_ids:
        return []
    rows = s.scalars(
        select(FollowUp).where(
            FollowUp.client_id == client_id,
            FollowUp.owner_id.in_(from_ids),
            FollowUp.done_at.is_(None),
        )
    ).all()
    for f in rows:
        f.owner_id = to_id
    return [f.id for f in rows]


def reassign_caseload(
    db: Database,
    actor: Actor,
    from_worker_id: int,
    to_worker_id: int,
    client_ids: list[int] | None = None,
) -> int:
    """Move clients (all of them, or ``client_ids``) from one worker to another.

    For a worker who leaves or is away: the supervisor of both does it; closed
    files move too, so whoever reopens one finds a current worker. Returns how
    many clients moved.
    """
    if from_worker_id == to_worker_id:
        raise ValidationError(
            {"workers": words("choose a different worker to move the clients to")}
        )
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR)
        source = s.get(User, from_worker_id)
        if source is None:
            raise NotFound(words("no user {from_worker_id}", from_worker_id=from_worker_id))
        if source.id != me.id and not supervises(s, me, source.id):
            raise PermissionDenied(words("only the supervisor of both workers can move a caseload"))
        target = assignable_worker(s, me, to_worker_id)
        carried = set(
            s.scalars(
                select(ClientAssignment.client_id).where(ClientAssignment.user_id == source.id)
            )
        )
        ids = sorted(carried if client_ids is None else set(client_ids))
        missing = [i for i in ids if i not in carried]
        if missing:
            listed = ", ".join(str(i) for i in missing)
            raise ValidationError(
                {
                    "clients": words(
                        "not on {source}'s caseload: client {listed}",
                        source=source.full_name,
                        listed=listed,
                    )
                }
            )
        for cid in ids:
            row = s.get(ClientAssignment, (cid, source.id))
            if row is not None:
                s.delete(row)
            if s.get(ClientAssignment, (cid, target.id)) is None:
                s.add(ClientAssignment(client_id=cid, user_id=target.id))
            moved = move_follow_ups(s, cid, [source.id], target.id)
            s.flush()
            audit.record(
                s, actor, "client.reassigned", "client", cid,
                from_user_id=source.id, to_user_id=target.id, follow_ups_moved=moved,
            )  # fmt: skip
        return len(ids)


def transfer_client(
    db: Database, actor: Actor, client_id: int, expected_version: int, to_worker_ids: list[int]
) -> Transfer:
    """Replace the client's workers with ``to_worker_ids``, usually of another team.

    By a supervisor of the client's team. The receiving workers' supervisors see
    the client from then on; the sender may no longer (``Transfer.visible``).
    """
    targets = list(dict.fromkeys(to_worker_ids))
    if not targets:
        raise ValidationError(
            {"workers": words("choose at least one worker to transfer the client to")}
        )
    with saving(db) as s:
        me = load_user(s, actor, SUPERVISOR)
        client = client_for(s, me, client_id)
        CLIENT_LOCK.check(s, client, expected_version)
        current = assigned_ids(s, client.id)
        mine = any(uid == me.id or supervises(s, me, uid) for uid in current)
        if not (mine or sees_every_client(s, me)):
            raise PermissionDenied(
                words("only a supervisor of the client's team can transfer them")
            )
        workers = [active_worker(s, uid) for uid in targets]
        if set(targets) == set(current):
            raise ValidationError(
                {"workers": words("the client is already carried by these workers")}
            )
        removed = [uid for uid in current if uid not in targets]
        for uid in removed:
            row = s.get(ClientAssignment, (client.id, uid))
            if row is not None:
                s.delete(row)
        for w in workers:
            if w.id not in current:
                s.add(ClientAssignment(client_id=client.id, user_id=w.id))
        moved = move_follow_ups(s, client.id, removed, workers[0].id)
        bump(client)
        s.flush()
        before = _supervisors(s, current)
        after = _supervisors(s, targets)
        audit.record(
            s, actor, "client.transferred", "client", client.id,
            from_worker_ids=current, to_worker_ids=targets,
            from_supervisor_ids=sorted(before), to_supervisor_ids=sorted(after),
            follow_ups_moved=moved,
        )  # fmt: skip
        names = sorted(after.values())
        return Transfer(
            client.id,
            tuple(WorkerRef(w.id, w.full_name) for w in workers),
            tuple(names),
            len(moved),
            may_see_client(s, me, client.id),
        )


def _supervisors(s: Session, worker_ids: list[int]) -> dict[int, str]:
    """The supervisors of these workers, by id, with their names."""
    if not worker_ids:
        return {}
    sup = select(User.supervisor_id).where(User.id.in_(worker_ids), User.supervisor_id.is_not(None))
    rows = s.execute(select(User.id, User.full_name).where(User.id.in_(sup))).all()
    return {r.id: r.full_name for r in rows}
