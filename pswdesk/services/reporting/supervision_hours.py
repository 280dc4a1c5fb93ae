"""Supervision hours: how many sessions each worker had in the period, and how long.

Certification bodies ask for hours of supervision per worker. The sessions are
added up by ``services.supervision.worker_sums``, the same count the Supervision
page's totals show, so the two never disagree. A session counts in the period it
was held in (its date, as the supervisor recorded it). Only dates and minutes are
read: a session's topics are about clients and never reach a report.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pswdesk.models import SupervisionSession
from pswdesk.reports.report_data import Cell, Chart, ChartKind, Column, ColumnKind, Section
from pswdesk.services.reporting.scope import ReportContext, staff_in_scope, staff_names
from pswdesk.services.supervision import worker_sums

COLUMNS = (
    Column("worker", "Worker", ColumnKind.TEXT),
    Column("sessions", "Sessions"),
    Column("hours", "Hours", ColumnKind.HOURS),
    Column("minutes", "Minutes", ColumnKind.MINUTES),
)

NOTES = (
    "A session counts in the period by the day it was held, as its supervisor recorded it.",
    "Hours are the sessions' minutes added up and divided by 60; a worker without a session "
    "in the period is listed with none.",
)


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    sums = worker_sums(
        s,
        ctx.counts(SupervisionSession.worker_id),
        date_from=ctx.period.start,
        date_to=ctx.period.end,
    )
    people = dict(staff_in_scope(s, ctx))
    # Someone no longer active (or not a worker) who had sessions in the period still counts.
    people.update(staff_names(s, set(sums) - set(people)))
    order = sorted(people, key=lambda uid: (people[uid].casefold(), uid))
    rows: list[tuple[Cell, ...]] = []
    for uid in order:
        n, minutes = sums.get(uid, (0, 0))
        rows.append((people[uid], n, _hours(minutes), minutes))
    total_n = sum(n for n, _m in sums.values())
    total_m = sum(m for _n, m in sums.values())
    return (
        Section(
            title="Supervision per worker",
            columns=COLUMNS,
            rows=tuple(rows),
            totals=("Total", total_n, _hours(total_m), total_m),
            chart=Chart(ChartKind.BAR, "worker", ("hours",), "Hours of supervision"),
            notes=NOTES,
            empty_text="No worker in scope.",
        ),
    )
