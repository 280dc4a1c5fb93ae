"""The demo generator's batched writer: rows as dicts, ids handed out up front.

``TableWriter`` collects the rows the generator makes and writes them in
foreign-key order through ``bulk_load`` (driver-level batches, COPY on
PostgreSQL), on a background thread while the generator goes on. Approved
notes with a step-8 row are first written as submitted, their step-8 rows
added, and then switched to approved: the lock trigger refuses step-8 rows for a
signed note. Approved notes without one are written approved. A bulk load
(``rebuild_indexes``) has the lock off while it writes instead, and writes every
approved note approved: the rows are the same, without a million UPDATEs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from pswdesk.demo.bulk_load import BackgroundWriter, BulkLoader, Job
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

    def __init__(self, session: Session, *, rebuild_indexes: bool = False) -> None:
        """``rebuild_indexes``: the tables' plain indexes are dropped while rows are written
        and made again in one pass each when the writer is done (``flush``), and the
        step-8 lock is off meanwhile so signed notes go in signed: for a big load into
        tables that are empty or nearly so (``seed_demo``)."""
        self.s = session
        self.rows: dict[type[Base], list[dict[str, Any]]] = {m: [] for m in TABLES}
        self.to_approve: list[int] = []
        self._next: dict[type[Base], int] = {}
        for model in TABLES:
            if "id" in model.__table__.c:
                top = session.scalar(select(func.max(model.__table__.c.id))) or 0
                self._next[model] = top + 1
        names = [m.__tablename__ for m in TABLES] if rebuild_indexes else []
        loader = BulkLoader(session, rebuild_indexes=names)
        #: Signed notes with a step 8 go in signed (the lock is off meanwhile), not switched.
        self._sign_in_place = rebuild_indexes and loader.pause_self_care_lock()
        self._writer = BackgroundWriter(loader)

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

    def send(self) -> None:
        """Hand the rows collected so far to the writer thread and start collecting anew."""
        jobs: list[Job] = []
        if self._sign_in_place and self.to_approve:
            signed = set(self.to_approve)
            self.to_approve = []
            for row in self.rows[Note]:
                if row["id"] in signed:
                    row["status"] = NoteStatus.APPROVED
        for model in TABLES:
            rows = self.rows[model]
            if rows:
                jobs.append((cast(Table, model.__table__), rows))
                self.rows[model] = []
            if model is NoteSelfCare and self.to_approve:
                jobs.append((None, self.to_approve))
                self.to_approve = []
        if jobs:
            self._writer.submit(jobs)

    def flush(self) -> None:
        """Write every row collected so far; the session is the caller's again on return."""
        try:
            self.send()
        finally:
            self._writer.wait()

    def discard(self) -> None:
        """After a failure: drop the rows not yet sent and let the writer thread stop.

        A failure of the writer's own is left out: the caller's error is the one to report.
        """
        self.rows = {m: [] for m in TABLES}
        self.to_approve = []
        with contextlib.suppress(Exception):
            self._writer.wait()

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
