"""Notes awaiting review: how long submitted notes have waited, per supervisor and worker.

A snapshot, not a count over the period: the notes waiting at the end of its last
day, or right now when the period ends today or later (today's waiting list is
what a supervisor acts on, and it is still changing).

Now, a note waits when its status is submitted. At a past day's end the status
no longer tells, so the note's history does: its submissions (every
``NoteSubmission`` row, and ``Note.submitted_at``, the latest one, which the
demo's older signed notes carry without a snapshot row) start a wait, and a
return, a signature or a filing without review ends it (the last two by the
note's ``signed_at``, which both set, a return by its review row). A note waits
at the snapshot when its latest event by then is a submission; at the same
instant the review wins, since it follows the submission it decides.

Age is counted in whole days on the office clock, from the day of the latest
submission to the snapshot's day: a note sent back and submitted again waits
from its new submission. One statement finds the waiting notes (a second one
their authors' supervisors today); the tables are sums of it in Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, union_all
from sqlalchemy.orm import Session

from pswdesk.models import Note, NoteReview, NoteSubmission, User
from pswdesk.reports.periods import long_date
from pswdesk.reports.report_data import Cell, Chart, ChartKind, Column, ColumnKind, Section
from pswdesk.services.reporting.scope import ReportContext, staff_in_scope, staff_names
from pswdesk.vocabulary import NoteStatus

#: (column key, label, first day, last day or None for no upper end), in order.
BUCKETS: tuple[tuple[str, str, int, int | None], ...] = (
    ("days_0_2", "0–2 days", 0, 2),
    ("days_3_7", "3–7 days", 3, 7),
    ("days_8_14", "8–14 days", 8, 14),
    ("days_over_14", "Over 14 days", 15, None),
)

NO_SUPERVISOR = "No supervisor"

#: Submitted once and not yet signed or filed.
NOT_FINAL: tuple[NoteStatus, ...] = (NoteStatus.SUBMITTED, NoteStatus.RETURNED)

AGE_NOTE = (
    "Age is whole days from the day of a note's latest submission to the day of the "
    "snapshot, on the office clock; a note sent back and submitted again counts from "
    "its new submission."
)
SUPERVISOR_NOTE = (
    "Notes are listed under their author's supervisor as the staff list stands today; "
    f"authors with no supervisor under “{NO_SUPERVISOR}”."
)


def bucket_of(age: int) -> int:
    """The index in ``BUCKETS`` of an age in days."""
    for i, (_key, _label, first, last) in enumerate(BUCKETS):
        if age >= first and (last is None or age <= last):
            return i
    return 0  # a negative age (a clock ahead of the server) counts as fresh


@dataclass(slots=True)
class Waiting:
    """The bucket counts and the oldest age of one row (a supervisor or a worker)."""

    counts: list[int] = field(default_factory=lambda: [0] * len(BUCKETS))
    oldest: int | None = None

    def add(self, age: int) -> None:
        self.counts[bucket_of(age)] += 1
        self.oldest = age if self.oldest is None else max(self.oldest, age)

    def merge(self, other: Waiting) -> None:
        for i, n in enumerate(other.counts):
            self.counts[i] += n
        if other.oldest is not None:
            self.oldest = other.oldest if self.oldest is None else max(self.oldest, other.oldest)

    def cells(self, name: str) -> tuple[Cell, ...]:
        return (name, *self.counts, sum(self.counts), self.oldest)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """When the waiting list is taken: the day, and whether that is now."""

    day: dt.date
    now: bool

    @property
    def title(self) -> str:
        if self.now:
            return f"Awaiting review now ({long_date(self.day)})"
        return f"Awaiting review on {long_date(self.day)}"

    @property
    def note(self) -> str:
        if self.now:
            return (
                "A snapshot taken now, because the period ends today or later: notes "
                "submitted and not yet signed, returned or filed."
            )
        return (
            f"A snapshot at the end of {long_date(self.day)}, the period's last day: a note "
            "counts when its latest submission by then had not yet been signed, returned or "
            "filed; notes reviewed since still count here."
        )


def snapshot_of(ctx: ReportContext) -> Snapshot:
    if ctx.period.end >= ctx.today:
        return Snapshot(ctx.today, True)
    return Snapshot(ctx.period.end, False)


def _age(day: dt.date, submitted: dt.datetime) -> int:
    return (day - submitted.astimezone().date()).days


def waiting_now(s: Session, ctx: ReportContext) -> list[tuple[int, dt.datetime]]:
    """(author, latest submission) of every note submitted and waiting now."""
    q = select(Note.author_id, Note.submitted_at).where(
        Note.status == NoteStatus.SUBMITTED,
        Note.submitted_at.is_not(None),
        ctx.counts(Note.author_id),
    )
    return [(a, at) for a, at in s.execute(q) if at is not None]


def waiting_at(s: Session, ctx: ReportContext, cut: dt.datetime) -> list[tuple[int, dt.datetime]]:
    """As ``waiting_now``, for the notes whose latest event before ``cut`` was a submission."""
    last_snapshot = (
        select(func.max(NoteSubmission.submitted_at))
        .where(NoteSubmission.note_id == Note.id, NoteSubmission.submitted_at < cut)
        .scalar_subquery()
    )
    last_review = (
        select(func.max(NoteReview.created_at))
        .where(NoteReview.note_id == Note.id, NoteReview.created_at < cut)
        .scalar_subquery()
    )

    def arm(*where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
        # A note is written before it is submitted. No join here: the notes table alone,
        # so each arm is read through its own index (the authors' supervisors come after).
        return select(Note.author_id, Note.submitted_at, last_snapshot, last_review).where(
            *where, Note.created_at < cut, ctx.counts(Note.author_id)
        )

    # The notes that may have waited at the cut: the ones still not final (waiting or
    # returned now), and the ones signed or filed since the cut (``signed_at`` is set by
    # both, and only by them, at the moment of the approving review or the filing). So
    # a note signed or filed before the cut is left out here, and only a return remains
    # to be looked up; drafts were never submitted.
    q = union_all(arm(Note.status.in_(NOT_FINAL)), arm(Note.signed_at >= cut))
    out: list[tuple[int, dt.datetime]] = []
    for author, latest, snap, review in s.execute(q):
        starts = [t for t in (snap, latest if latest is not None and latest < cut else None) if t]
        if not starts:
            continue
        start = max(starts)
        if review is not None and review >= start:
            continue
        out.append((author, start))
    return out


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    snap = snapshot_of(ctx)
    rows = waiting_now(s, ctx) if snap.now else waiting_at(s, ctx, ctx.hi)
    workers = staff_in_scope(s, ctx)
    worker_ids = [uid for uid, _ in workers]
    people = {a for a, _ in rows} | set(worker_ids)
    supervisor_of: dict[int, int | None] = {}
    if people:
        q = select(User.id, User.supervisor_id).where(User.id.in_(people))
        supervisor_of = {uid: sup for uid, sup in s.execute(q)}
    by_supervisor: dict[int | None, Waiting] = {supervisor_of[i]: Waiting() for i in worker_ids}
    by_author: dict[int, Waiting] = {}
    for author, submitted in rows:
        age = _age(snap.day, submitted)
        by_supervisor.setdefault(supervisor_of.get(author), Waiting()).add(age)
        by_author.setdefault(author, Waiting()).add(age)
    names = staff_names(
        s, {i for i in by_supervisor if i is not None} | (set(by_author) - set(worker_ids))
    )
    names.update(workers)
    return (
        _section(snap, "Supervisor", _ordered_supervisors(by_supervisor, names), chart=True),
        _section(snap, "Worker", _ordered_workers(by_author, workers, names), chart=False),
    )


def _ordered_supervisors(
    by_supervisor: dict[int | None, Waiting], names: dict[int, str]
) -> list[tuple[str, Waiting]]:
    named = sorted(
        ((names.get(i, f"Staff #{i}"), w) for i, w in by_supervisor.items() if i is not None),
        key=lambda nw: nw[0],
    )
    if None in by_supervisor:
        named.append((NO_SUPERVISOR, by_supervisor[None]))
    return named


def _ordered_workers(
    by_author: dict[int, Waiting], workers: list[tuple[int, str]], names: dict[int, str]
) -> list[tuple[str, Waiting]]:
    listed = {uid for uid, _ in workers}
    others = sorted((i for i in by_author if i not in listed), key=lambda i: (names.get(i, ""), i))
    ids = [uid for uid, _ in workers] + others
    return [(names.get(i, f"Staff #{i}"), by_author.get(i, Waiting())) for i in ids]


def _section(snap: Snapshot, who: str, rows: list[tuple[str, Waiting]], *, chart: bool) -> Section:
    key = who.lower()
    columns = (
        Column(key, who, ColumnKind.TEXT),
        *(Column(k, label) for k, label, _a, _b in BUCKETS),
        Column("total", "Total"),
        Column("oldest", "Oldest (days)"),
    )
    total = Waiting()
    for _name, w in rows:
        total.merge(w)
    notes = [snap.note, AGE_NOTE]
    if who == "Supervisor":
        notes.append(SUPERVISOR_NOTE)
    return Section(
        title=f"{snap.title}, by {key}",
        columns=columns,
        rows=tuple(w.cells(name) for name, w in rows),
        totals=total.cells("Total"),
        chart=Chart(ChartKind.STACKED_BAR, key, tuple(k for k, *_ in BUCKETS),
                    "Notes awaiting review by age") if chart else None,
        notes=tuple(notes),
        empty_text="No notes were awaiting review.",
    )  # fmt: skip
