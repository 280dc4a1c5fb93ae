"""Who may see and do what, shared by every service module.

A worker sees the clients assigned to them, a supervisor their team's (or the
whole agency's, by setting), an administrator none. The acting user is re-read
from the database on every call, so a deactivated account or a removed role
stops working at once, even in an open window.

A record the user may not see is reported exactly like one that does not exist
(``not_found``): same error, same words, so nobody can learn that a client (or
their note) exists by trying ids.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, false, select, true
from sqlalchemy.orm import Session

from pswdesk.errors import LockedError, NotFound, PermissionDenied
from pswdesk.models import AgencySettings, Client, ClientAssignment, Note, User
from pswdesk.vocabulary import ClientStatus, Role
from pswdesk.wording import joined, words

WORKER, SUPERVISOR, ADMIN = Role.WORKER, Role.SUPERVISOR, Role.ADMIN


@dataclass(frozen=True, slots=True)
class Actor:
    """The logged-in person, as the services know them. Safe to keep in the GUI."""

    id: int
    username: str
    full_name: str
    roles: frozenset[str]
    supervisor_id: int | None = None
    #: An administrator reset the password: the GUI and CLI ask for a new one before
    #: anything else (services/auth.py, change_password).
    must_change_password: bool = False

    def has(self, role: str) -> bool:
        return role in self.roles

    @property
    def role_label(self) -> str:
        return " + ".join(r.label for r in Role if r in self.roles) or "No role"


def actor_from_user(user: User) -> Actor:
    return Actor(
        user.id,
        user.username,
        user.full_name,
        user.role_names,
        user.supervisor_id,
        bool(user.must_change_password),
    )


def load_user(session: Session, actor: Actor, *roles: str) -> User:
    """The acting user's current row; refuses when inactive or lacking every named role."""
    user = session.get(User, actor.id)
    if user is None or not user.active:
        raise PermissionDenied(words("this account is no longer active"))
    if roles and not (user.role_names & set(roles)):
        wanted = joined((_ROLE_WORDS.get(role, role) for role in roles), " or ")
        raise PermissionDenied(words("only a {wanted} can do this", wanted=wanted))
    return user


def settings(session: Session) -> AgencySettings:
    row = session.scalars(select(AgencySettings).limit(1)).first()
    if row is None:
        raise NotFound(words("the agency has not been set up yet; run 'pswdesk init'"))
    return row


def team_ids(session: Session, supervisor: User) -> list[int]:
    """The supervisor's team: everyone who reports to them, and themselves."""
    ids = list(session.scalars(select(User.id).where(User.supervisor_id == supervisor.id)))
    return [supervisor.id, *ids]


def sees_every_client(session: Session, user: User) -> bool:
    """A supervisor, where the agency lets supervisors see every client."""
    return SUPERVISOR in user.role_names and bool(settings(session).supervisors_see_all_clients)


def visible_client_filter(session: Session, user: User) -> ColumnElement[bool]:
    """A WHERE clause for the clients this user may see (SQL true for all, false for none)."""
    roles = user.role_names
    if SUPERVISOR in roles:
        if sees_every_client(session, user):
            return true()
        members = team_ids(session, user)
        return exists().where(
            ClientAssignment.client_id == Client.id, ClientAssignment.user_id.in_(members)
        )
    if WORKER in roles:
        return exists().where(
            ClientAssignment.client_id == Client.id, ClientAssignment.user_id == user.id
        )
    return false()


# The roles and records these errors name, translatable where they are shown.
_ROLE_WORDS: dict[str, str] = {
    WORKER: words("worker"),
    SUPERVISOR: words("supervisor"),
    ADMIN: words("admin"),
}
_KIND_WORDS: dict[str, str] = {
    "brief contact": words("brief contact"),
    "client": words("client"),
    "debrief request": words("debrief request"),
    "emergency disclosure": words("emergency disclosure"),
    "follow-up": words("follow-up"),
    "handover": words("handover"),
    "note": words("note"),
    "supervision session": words("supervision session"),
    "user": words("user"),
}


def not_found(kind: str, record_id: int) -> NotFound:
    """The one error for a record that is missing or that the user may not see."""
    what = _KIND_WORDS.get(kind, kind)
    return NotFound(words("no {kind} {record_id}", kind=what, record_id=record_id))


def may_see_client(session: Session, user: User, client_id: int) -> bool:
    q = select(Client.id).where(Client.id == client_id, visible_client_filter(session, user))
    return session.scalar(q) is not None


def client_for(session: Session, user: User, client_id: int, *, for_write: bool = False) -> Client:
    """The client, if this user may see them; an unseen client raises what a missing one does.

    ``for_write``: the caller is about to change the client's record (a note, a goal,
    a plan ...), which a closed file refuses (``refuse_closed``).
    """
    client = session.scalars(
        select(Client).where(Client.id == client_id, visible_client_filter(session, user))
    ).first()
    if client is None:
        raise not_found("client", client_id)
    if for_write:
        refuse_closed(client)
    return client


def refuse_closed(client: Client) -> None:
    """A closed file is read-only until it is reopened; a merged one lives on as another."""
    if client.status != ClientStatus.CLOSED:
        return
    if client.merged_into_id is not None:
        raise LockedError(
            words(
                "{preferred_name}'s file was merged into client {merged_into_id}; make changes "
                "there",
                preferred_name=client.preferred_name,
                merged_into_id=client.merged_into_id,
            )
        )
    raise LockedError(
        words(
            "{preferred_name}'s file is closed; reopen it to make changes",
            preferred_name=client.preferred_name,
        )
    )


def supervises(session: Session, supervisor: User, author_id: int) -> bool:
    if SUPERVISOR not in supervisor.role_names:
        return False
    author = session.get(User, author_id)
    return author is not None and author.supervisor_id == supervisor.id


def may_read_self_care(session: Session, user: User, note: Note) -> bool:
    """Step 8 belongs to its author and the author's supervisor(s) only."""
    return note.author_id == user.id or supervises(session, user, note.author_id)
