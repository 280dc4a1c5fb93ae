"""Who may see and do what (DESIGN §4), shared by every service module.

The acting user is re-read from the database on every call, so a deactivated
account or a removed role stops working at once, even in an open window.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from pswdesk.errors import LockedError, NotFound, PermissionDenied
from pswdesk.models import AgencySettings, Client, ClientAssignment, Note, User
from pswdesk.vocabulary import ClientStatus, Role

WORKER, SUPERVISOR, ADMIN = Role.WORKER, Role.SUPERVISOR, Role.ADMIN


@dataclass(frozen=True, slots=True)
class Actor:
    """The logged-in person, as the services know them. Safe to keep in the GUI."""

    id: int
    username: str
    full_name: str
    roles: frozenset[str]
    supervisor_id: int | None = None

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def role_label(self) -> str:
        order = (WORKER, SUPERVISOR, ADMIN)
        return " + ".join(r.capitalize() for r in order if r in self.roles) or "No role"


def actor_from_user(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role_names, user.supervisor_id)


def load_user(session: Session, actor: Actor, *roles: str) -> User:
    """The acting user's current row; refuses when inactive or lacking every named role."""
    user = session.get(User, actor.id)
    if user is None or not user.active:
        raise PermissionDenied("this account is no longer active")
    if roles and not (user.role_names & set(roles)):
        wanted = " or ".join(roles)
        raise PermissionDenied(f"only a {wanted} can do this")
    return user


def settings(session: Session) -> AgencySettings:
    row = session.scalars(select(AgencySettings).limit(1)).first()
    if row is None:
        raise NotFound("the agency has not been set up yet; run 'pswdesk init'")
    return row


def team_ids(session: Session, supervisor: User) -> list[int]:
    """The supervisor's team: everyone who reports to them, and themselves."""
    ids = list(session.scalars(select(User.id).where(User.supervisor_id == supervisor.id)))
    return [supervisor.id, *ids]


def visible_client_filter(session: Session, user: User):  # type: ignore[no-untyped-def]
    """A WHERE clause for the clients this user may see (or ``False`` for none)."""
    roles = user.role_names
    if SUPERVISOR in roles:
        if settings(session).supervisors_see_all_clients:
            return True
        members = team_ids(session, user)
        return exists().where(
            ClientAssignment.client_id == Client.id, ClientAssignment.user_id.in_(members)
        )
    if WORKER in roles:
        return exists().where(
            ClientAssignment.client_id == Client.id, ClientAssignment.user_id == user.id
        )
    return False


def visible_clients(session: Session, user: User) -> Select[tuple[Client]]:
    return select(Client).where(visible_client_filter(session, user))


def client_for(session: Session, user: User, client_id: int, *, for_write: bool = False) -> Client:
    """The client, if this user may see them. An unseen client looks like a missing one."""
    client = session.scalars(visible_clients(session, user).where(Client.id == client_id)).first()
    if client is None:
        if session.get(Client, client_id) is None:
            raise NotFound(f"no client {client_id}")
        raise PermissionDenied("this client is not on your caseload")
    if for_write:
        refuse_closed(client)
    return client


def refuse_closed(client: Client) -> None:
    """A closed file is read-only until it is reopened; a merged one lives on as another."""
    if client.status != ClientStatus.CLOSED:
        return
    if client.merged_into_id is not None:
        raise LockedError(
            f"{client.preferred_name}'s file was merged into client {client.merged_into_id}; "
            "make changes there"
        )
    raise LockedError(f"{client.preferred_name}'s file is closed; reopen it to make changes")


def supervises(session: Session, supervisor: User, author_id: int) -> bool:
    if SUPERVISOR not in supervisor.role_names:
        return False
    author = session.get(User, author_id)
    return author is not None and author.supervisor_id == supervisor.id


def may_read_self_care(session: Session, user: User, note: Note) -> bool:
    """Step 8 belongs to its author and the author's supervisor(s) only."""
    return note.author_id == user.id or supervises(session, user, note.author_id)
