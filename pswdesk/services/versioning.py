"""Optimistic locking: one way for every editable record to refuse a silent overwrite.

An editable record (client, user, agency settings, note, goal, strength, referral,
care-team member, consent) carries a ``version`` column, which the models declare
as SQLAlchemy's ``version_id_col``. A caller reads the record with its version and
names that version when it saves. A save can lose in two ways, and both reach the
caller as the domain's ``ConflictError`` naming who changed the record last, and
when (from the audit log, in local time):

- someone saved in between, so the version the caller read is no longer the
  stored one: ``Lock.check`` finds it as soon as the record is loaded;
- both saves passed that check at the same instant (two PCs on PostgreSQL): the
  second UPDATE carries ``WHERE version = <the one it read>``, matches no row,
  and SQLAlchemy raises ``StaleDataError`` at flush or commit. A write made with
  ``saving`` turns that into the same ``ConflictError``.

On SQLite a write transaction takes the database's write lock first (``BEGIN
IMMEDIATE``, see ``pswdesk.db``), so two saves queue and the second always meets
the first case. See docs/ARCHITECTURE.md, "Data model".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pswdesk.db import Database
from pswdesk.errors import ConflictError
from pswdesk.models import AuditEntry, User
from pswdesk.wording import words


class Versioned(Protocol):
    """A model row with an id and an optimistic-lock ``version``."""

    id: Any
    version: Any


R = TypeVar("R", bound=Versioned)

#: Where a write session remembers the records it checked (``Session.info``).
_WATCHED = "pswdesk.versioning.watched"


def when(at: dt.datetime) -> str:
    """A stored (UTC) time as a person at their PC reads it: local time."""
    return f"{at.astimezone():%H:%M on %d %b %Y}"


@dataclass(frozen=True, slots=True)
class LastChange:
    who: str
    at: dt.datetime

    @property
    def phrase(self) -> str:
        """ " by Sam Supervisor at 10:04 on 02 Mar 2026", or without "by" for no person."""
        by = f" by {self.who}" if self.who else ""
        return f"{by} at {when(self.at)}"


def last_change(
    s: Session, entity: str, entity_id: int, actions: tuple[str, ...] = ()
) -> LastChange | None:
    """The newest audit entry on the record among ``actions`` (any action when empty)."""
    q = (
        select(User.full_name, AuditEntry.actor_name, AuditEntry.at)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if actions:
        q = q.where(AuditEntry.action.in_(actions))
    row = s.execute(q).first()
    if row is None:
        return None
    return LastChange(row.full_name or row.actor_name, row.at)


@dataclass(frozen=True, slots=True)
class Lock(Generic[R]):
    """How one kind of record is locked and how its conflict reads.

    ``entity`` is the record's name in the audit log; ``changes`` the audit actions
    that move its version on (empty: every action on it does; list them when some
    entries, such as an opening, change nothing). ``subject`` names the record in
    the message ("this goal", "Eve's record").
    """

    model: type[R]
    entity: str
    subject: Callable[[R], str]
    changes: tuple[str, ...] = ()
    plural: bool = False
    advice: str = ""

    def check(self, s: Session, row: R, expected: int) -> None:
        """Refuse the save if ``row`` is no longer at the version the caller read."""
        self.watch(s, row)
        if row.version != expected:
            raise self.conflict(s, row)

    def watch(self, s: Session, row: R) -> None:
        """Mark ``row`` as the record this write is about, so that ``saving`` can name it
        if the race is lost only at flush (``check`` does this too)."""
        s.info.setdefault(_WATCHED, []).append((self, row.id))

    def conflict(self, s: Session, row: R) -> ConflictError:
        last = last_change(s, self.entity, row.id, self.changes)
        who = last.phrase if last is not None else " by someone else"
        was, it = ("were", "them") if self.plural else ("was", "it")
        advice = self.advice or f"reload {it} and try again"
        return ConflictError(
            f"{self.subject(row)} {was} changed{who} after you opened {it}; {advice}"
        )

    def already(self, s: Session, row: R, done: str, actions: tuple[str, ...]) -> ConflictError:
        """Someone already made the one change this record takes (retired, revoked): name them."""
        last = last_change(s, self.entity, row.id, actions)
        by = last.phrase if last is not None else ""
        return ConflictError(f"{self.subject(row)} was already {done}{by}; reload the list")

    def conflict_for(self, s: Session, row_id: int) -> ConflictError:
        row = s.get(self.model, row_id)
        if row is None:
            return ConflictError(f"{self.entity.replace('_', ' ')} {row_id} no longer exists")
        return self.conflict(s, row)


def bump(row: Versioned) -> None:
    """Move the version on when only rows hanging off the record changed (a user's roles).

    SQLAlchemy updates a record's row, and so checks and moves its version, only
    when one of its own columns changed; this makes the save one that does.
    """
    row.version = row.version + 1


@contextmanager
def saving(db: Database) -> Iterator[Session]:
    """A write transaction (``db.write``) whose lost race reaches the caller as ConflictError.

    Use ``Lock.check`` inside it on the record being saved: that both checks the
    version the caller read and names the record if the race is lost at flush.
    """
    opened: list[Session] = []
    try:
        with db.write() as s:
            opened.append(s)
            yield s
    except StaleDataError as exc:
        watched = opened[0].info.get(_WATCHED) if opened else None
        if not watched:
            raise ConflictError(
                words("someone else saved this record at the same moment; reload it and try again")
            ) from exc
        lock, row_id = watched[0]
        # The lost transaction is gone; the winner's change and audit entry are committed.
        with db.read() as s:
            raise lock.conflict_for(s, row_id) from exc
