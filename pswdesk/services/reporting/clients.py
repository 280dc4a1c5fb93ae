"""Clients served: clients with a contact, new registrations, closures by reason, caseloads.

Every number here is a count of people, never a list: no client's name, record
number or closing words leave this module, only months, staff names, closing
reasons (their labels) and counts.

- A client was served when someone in scope made a counted contact with them in
  the period: a submitted or signed note, or a brief contact that stayed brief
  (the contacts report's rules, ``contacts.counted_note`` and
  ``brief_contacts.stayed_brief``). Each client counts once per row, however
  many contacts they had, so a total is not the sum of the rows above it.
- A merged-away record (``merged_into_id``) is a duplicate of the person kept,
  never a client of its own: a contact is counted for the record kept, a merged
  record's registration is not a new client and its merge is not a closure.
- Whose clients a supervisor's registrations and closures are: those assigned
  (now) to someone in the team, and those the team had a counted contact with
  in the period (``_team_clients``). An administrator's are every client.
- The open caseload is as of today, whatever the period: the active clients
  each worker is assigned to now.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import (
    ColumnElement,
    Executable,
    distinct,
    exists,
    func,
    select,
    true,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from pswdesk.models import BriefContact, Client, ClientAssignment, Note
from pswdesk.reports.periods import long_date, month_label
from pswdesk.reports.report_data import Cell, Chart, ChartKind, Column, ColumnKind, Section
from pswdesk.services.brief_contacts import stayed_brief
from pswdesk.services.reporting.contacts import (
    counted_note,
    listing_note,
    month_literal,
    month_ranges,
    reads_by_range,
    workers_listed,
)
from pswdesk.services.reporting.scope import ReportContext
from pswdesk.vocabulary import CHOSEN_CLOSE_REASONS, ClientStatus, CloseReason

SERVED_NOTE = (
    "A client counts as served when {who} made a contact with them in the period: a full "
    "note submitted or signed, or a brief contact (one that became a full note counts as "
    "the note); drafts and returned notes do not."
)
ONCE_NOTE = (
    "Each client counts once per row however many contacts they had, so the total counts "
    "each client once and can be less than the sum of the rows."
)
MERGED_NOTE = (
    "A record merged into another is a duplicate of the same person, not a client of its own: "
    "its contacts count for the record kept, and it is neither a new registration nor a closure."
)


def _contact_filters(
    ctx: ReportContext, lo: dt.datetime, hi: dt.datetime
) -> tuple[tuple[ColumnElement[bool], ...], tuple[ColumnElement[bool], ...]]:
    """The WHERE of counted notes and of counted brief contacts from ``lo`` to ``hi``."""
    return (
        (counted_note(), Note.contact_at >= lo, Note.contact_at < hi, ctx.counts(Note.author_id)),
        (
            stayed_brief(),
            BriefContact.contact_at >= lo,
            BriefContact.contact_at < hi,
            ctx.counts(BriefContact.author_id),
        ),
    )


def served_rows(s: Session, ctx: ReportContext) -> Executable:
    """(author, client, month index) of the counted contacts, grouped: on SQLite one
    grouped SELECT per kind and month (a row then repeats only across kinds), elsewhere
    one grouped read with the month CASE (``contacts.reads_by_range`` says why)."""
    if reads_by_range(s):
        arms = []
        for i, lo, hi in month_ranges(ctx):
            notes, brief = _contact_filters(ctx, lo, hi)
            for author, client, where in (
                (Note.author_id, Note.client_id, notes),
                (BriefContact.author_id, BriefContact.client_id, brief),
            ):
                arms.append(
                    select(author, client, month_literal(i)).where(*where).group_by(author, client)
                )
        return union_all(*arms)
    notes, brief = _contact_filters(ctx, ctx.lo, ctx.hi)
    inner = union_all(
        select(
            Note.author_id.label("author_id"),
            Note.client_id.label("client_id"),
            ctx.month_index(Note.contact_at).label("month"),
        ).where(*notes),
        select(
            BriefContact.author_id.label("author_id"),
            BriefContact.client_id.label("client_id"),
            ctx.month_index(BriefContact.contact_at).label("month"),
        ).where(*brief),
    ).subquery()
    c = inner.c
    return select(c.author_id, c.client_id, c.month).group_by(c.author_id, c.client_id, c.month)


def _team_clients(ctx: ReportContext) -> ColumnElement[bool]:
    """The clients whose registration and closing a supervisor's report counts: assigned
    now to someone in the team, or contacted by the team in the period."""
    if ctx.staff_ids is None:
        return true()
    assigned = exists().where(
        ClientAssignment.client_id == Client.id, ctx.counts(ClientAssignment.user_id)
    )
    notes, brief = _contact_filters(ctx, ctx.lo, ctx.hi)
    contacted = union(
        select(Note.client_id).where(*notes), select(BriefContact.client_id).where(*brief)
    )
    return assigned | Client.id.in_(contacted)


def _counts(s: Session, q: Executable) -> dict[int, int]:
    """A two-column grouped read (key, count) as a dict."""
    return {int(k): int(n) for k, n in s.execute(q).all()}


def merged_away(s: Session) -> dict[int, int]:
    """Each merged-away record and the record it lives on in (a short list: duplicates)."""
    rows = s.execute(
        select(Client.id, Client.merged_into_id).where(Client.merged_into_id.is_not(None))
    ).all()
    into = {int(a): int(b) for a, b in rows if b is not None}
    for a in into:  # a record merged into one merged later: follow to the last
        seen = {a}
        while into[a] in into and into[a] not in seen:
            seen.add(into[a])
            into[a] = into[into[a]]
    return into


def _served(s: Session, ctx: ReportContext) -> tuple[dict[int, int], dict[int, int], int]:
    """Distinct clients served: per author, per month, and in all.

    One read of (author, client, month), counted here: a few thousand rows at most
    (clients x months x workers), where three grouped reads would each scan every
    contact of the period again. A merge moves a record's contacts to the one kept, but
    a contact still on a merged-away record is counted for the kept one all the same.
    """
    into = merged_away(s)
    by_author: set[tuple[int, int]] = set()
    by_month: set[tuple[int, int]] = set()
    for author, client_id, month in s.execute(served_rows(s, ctx)).all():
        client = into.get(int(client_id), int(client_id))
        by_author.add((int(author), client))
        by_month.add((int(month), client))
    per_author = Counter(author for author, _ in by_author)
    per_month = Counter(month for month, _ in by_month)
    return dict(per_author), dict(per_month), len({client for _, client in by_month})


def _registrations(s: Session, ctx: ReportContext, team: ColumnElement[bool]) -> dict[int, int]:
    inner = (
        select(ctx.month_index(Client.created_at).label("month"))
        .where(
            Client.created_at >= ctx.lo,
            Client.created_at < ctx.hi,
            Client.merged_into_id.is_(None),
            team,
        )
        .subquery()
    )
    return _counts(s, select(inner.c.month, func.count()).group_by(inner.c.month))


def _closures(
    s: Session, ctx: ReportContext, team: ColumnElement[bool]
) -> list[tuple[str | None, int, int]]:
    """(reason, month index, count) of files closed in the period, merges included."""
    inner = (
        select(
            Client.close_reason.label("reason"),
            ctx.date_index(Client.closed_on).label("month"),  # type: ignore[arg-type]
        )
        .where(
            Client.status == ClientStatus.CLOSED,
            Client.closed_on >= ctx.period.start,
            Client.closed_on <= ctx.period.end,
            team,
        )
        .subquery()
    )
    q = select(inner.c.reason, inner.c.month, func.count()).group_by(inner.c.reason, inner.c.month)
    return [(r, int(m), int(n)) for r, m, n in s.execute(q).all()]


def _caseloads(s: Session, ctx: ReportContext) -> tuple[dict[int, int], int]:
    """Active clients assigned to each worker in scope now, and how many people that is."""
    open_ = (
        Client.status == ClientStatus.ACTIVE,
        Client.merged_into_id.is_(None),
        ctx.counts(ClientAssignment.user_id),
    )
    per = _counts(
        s,
        select(ClientAssignment.user_id, func.count(distinct(ClientAssignment.client_id)))
        .join(Client, Client.id == ClientAssignment.client_id)
        .where(*open_)
        .group_by(ClientAssignment.user_id),
    )
    total = s.scalar(
        select(func.count(distinct(ClientAssignment.client_id)))
        .join(Client, Client.id == ClientAssignment.client_id)
        .where(*open_)
    )
    return per, int(total or 0)


def _reason(value: str | None) -> CloseReason:
    """A stored closing reason; an unknown or missing one counts as "Other"."""
    try:
        return CloseReason(value or "")
    except ValueError:
        return CloseReason.OTHER


def _served_note(ctx: ReportContext) -> str:
    return SERVED_NOTE.format(who="anyone" if ctx.staff_ids is None else "someone in the team")


def _team_note(ctx: ReportContext) -> tuple[str, ...]:
    if ctx.staff_ids is None:
        return ()
    return (
        "The team's registrations and closures are those of clients assigned to someone in "
        "the team today, or whom the team contacted in the period.",
    )


def _per_month(
    ctx: ReportContext,
    served: dict[int, int],
    served_total: int,
    registered: dict[int, int],
    closed: dict[int, int],
) -> Section:
    months = ctx.months_so_far()
    rows: list[tuple[Cell, ...]] = [
        (month_label(y, m), served.get(i, 0), registered.get(i, 0), closed.get(i, 0))
        for i, (y, m) in enumerate(months)
    ]
    return Section(
        title="Clients served per month",
        columns=(
            Column("month", "Month", ColumnKind.TEXT),
            Column("served", "Clients with a contact"),
            Column("registered", "New registrations"),
            Column("closed", "Closures"),
        ),
        rows=tuple(rows),
        totals=("Total", served_total, sum(registered.values()), sum(closed.values())),
        chart=Chart(
            ChartKind.BAR, "month", ("served", "registered", "closed"), "Clients served per month"
        ),
        notes=(
            _served_note(ctx),
            ONCE_NOTE,
            "A new registration is a client record created in the period; a closure is a file "
            "closed in the period and still closed (one reopened since is not counted).",
            *_team_note(ctx),
            MERGED_NOTE,
            *ctx.future_note(),
        ),
    )


def _per_worker(
    title: str,
    column: Column,
    workers: Iterable[tuple[int, str]],
    per: dict[int, int],
    total: int,
    notes: tuple[str, ...],
) -> Section:
    """One count per worker, the total counting each client once."""
    return Section(
        title=title,
        columns=(Column("worker", "Worker", ColumnKind.TEXT), column),
        rows=tuple((name, per.get(uid, 0)) for uid, name in workers),
        totals=("All clients", total),
        chart=Chart(ChartKind.BAR, "worker", (column.key,), title),
        notes=notes,
        empty_text="No workers to list.",
    )


def _by_reason(closures: list[tuple[str | None, int, int]]) -> tuple[Section, int]:
    """Closures per chosen reason (every reason listed), and how many records were merged."""
    per: dict[CloseReason, int] = {}
    merged = 0
    for reason, _, n in closures:
        kind = _reason(reason)
        if kind is CloseReason.MERGED:
            merged += n
        else:
            per[kind] = per.get(kind, 0) + n
    rows = tuple((r.label, per.get(r, 0)) for r in CHOSEN_CLOSE_REASONS)
    merged_text = (
        f"{merged:,} duplicate record{'s' if merged != 1 else ''} merged into another in the "
        f"period {'are' if merged != 1 else 'is'} left out: a merge is not a closure."
    )
    section = Section(
        title="Closures by reason",
        columns=(Column("reason", "Reason", ColumnKind.TEXT), Column("closed", "Closures")),
        rows=rows,
        totals=("Total", sum(per.values())),
        chart=Chart(ChartKind.BAR, "reason", ("closed",), "Closures by reason"),
        notes=(
            "A file counts under the reason chosen when it was closed, in the month of its "
            "closing date; one reopened since is not counted.",
            merged_text,
        ),
    )
    return section, merged


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    team = _team_clients(ctx)
    served_by_author, served_by_month, served_total = _served(s, ctx)
    registered = _registrations(s, ctx, team)
    closures = _closures(s, ctx, team)
    closed_by_month: dict[int, int] = {}
    for reason, month, n in closures:
        if _reason(reason) is not CloseReason.MERGED:
            closed_by_month[month] = closed_by_month.get(month, 0) + n
    caseload, caseload_total = _caseloads(s, ctx)
    workers = workers_listed(
        s,
        ctx,
        {a for a, n in served_by_author.items() if n} | {a for a, n in caseload.items() if n},
    )
    by_reason, _ = _by_reason(closures)
    today = long_date(ctx.today)
    return (
        _per_month(ctx, served_by_month, served_total, registered, closed_by_month),
        _per_worker(
            "Clients with a contact per worker",
            Column("served", "Clients with a contact"),
            workers,
            served_by_author,
            served_total,
            (
                _served_note(ctx),
                listing_note(ctx),
                "A client seen by two workers counts for each of them, and once in the total.",
                MERGED_NOTE,
            ),
        ),
        by_reason,
        _per_worker(
            "Open caseload per worker",
            Column("caseload", "Open clients today"),
            workers,
            caseload,
            caseload_total,
            (
                f"As of today ({today}), whatever the period: the open files each worker is "
                "assigned to now.",
                "A client with two workers counts for each of them, and once in the total.",
                listing_note(ctx),
            ),
        ),
    )
