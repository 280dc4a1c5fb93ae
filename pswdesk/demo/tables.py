"""The demo generator's batched writer: rows as dicts, ids handed out up front.

``TableWriter`` collects the rows the generator makes and writes them with
executemany in foreign-key order, which is far quicker than the ORM unit of work
for a 100,000-note demo. Approved notes are first written as submitted, their
step-8 rows added, and then switched to approved: the lock trigger refuses
step-8 rows for a signed note.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from pswdesk.models import (
    Addendum,
    Base,
    CareTeamMember,
    Client,
    ClientAssignment,
    Consent,
    DebriefRequest,
    FollowUp,
    Goal,
    GoalProgress,
    Note,
    NoteReview,
    NoteSelfCare,
    NoteSubmission,
    Referral,
    ReferralStatusChange,
    SafetyPlan,
    Strength,
)
from pswdesk.vocabulary import NoteStatus

#: Write order respects foreign keys.
TABLES: tuple[type[Base], ...] = (
    Client, ClientAssignment, CareTeamMember, Consent, Note, NoteSelfCare, NoteReview,
    NoteSubmission, Addendum, DebriefRequest, Goal, GoalProgress, Strength, SafetyPlan,
    FollowUp, Referral, ReferralStatusChange,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Staff:
    """A worker and the supervisor who signs their notes."""

    user_id: int
    username: str
    supervisor_id: int
    supervisor_username: str
    team: int


W = TypeVar("W")


def weighted(rng: random.Random, items: Sequence[W], weights: Sequence[float]) -> W:
    return rng.choices(items, weights)[0]


def utc_at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


class TableWriter:
    """Rows waiting to be written, with ids handed out before the INSERT."""

    BATCH = 4000

    def __init__(self, session: Session) -> None:
        self.s = session
        self.rows: dict[type[Base], list[dict[str, Any]]] = {m: [] for m in TABLES}
        self.to_approve: list[int] = []
        self._next: dict[type[Base], int] = {}
        for model in TABLES:
            if "id" in model.__table__.c:
                top = session.scalar(select(func.max(model.__table__.c.id))) or 0
                self._next[model] = top + 1

    def new_id(self, model: type[Base]) -> int:
        value = self._next[model]
        self._next[model] = value + 1
        return value

    def add(self, model: type[Base], row: dict[str, Any]) -> dict[str, Any]:
        self.rows[model].append(row)
        return row

    @property
    def pending_notes(self) -> int:
        return len(self.rows[Note])

    def flush(self) -> None:
        for model in TABLES:
            rows = self.rows[model]
            table = cast(Table, model.__table__)
            for i in range(0, len(rows), 1000):
                self.s.execute(table.insert(), rows[i : i + 1000])
            rows.clear()
            if model is NoteSelfCare and self.to_approve:
                notes = cast(Table, Note.__table__)
                for i in range(0, len(self.to_approve), 500):
                    chunk = self.to_approve[i : i + 500]
                    self.s.execute(
                        update(notes)
                        .where(notes.c.id.in_(chunk))
                        .values(status=NoteStatus.APPROVED)
                    )
                self.to_approve.clear()

    def fix_sequences(self) -> None:
        """PostgreSQL: explicit ids do not move the serial sequences; move them."""
        if self.s.get_bind().dialect.name != "postgresql":
            return
        for model in self._next:
            name = model.__tablename__
            self.s.execute(
                select(
                    func.setval(
                        func.pg_get_serial_sequence(name, "id"),
                        select(func.coalesce(func.max(model.__table__.c.id), 1)).scalar_subquery(),
                    )
                )
            )
