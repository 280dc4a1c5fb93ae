"""The reports by name, and ``run_report``: the one way any of them is produced.

Each report module's ``build(session, context)`` returns its sections; this
module checks who is asking (``scope.report_context``), runs it in one read
session and wraps the sections with the heading every output prints (agency,
period, scope, when and by whom).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound
from pswdesk.models import utcnow
from pswdesk.reports.periods import Period
from pswdesk.reports.report_data import Report, Section
from pswdesk.services.access import Actor, settings
from pswdesk.services.reporting import (
    clients,
    contacts,
    follow_ups,
    referrals,
    review_age,
    risk,
    supervision_hours,
)
from pswdesk.services.reporting.scope import ReportContext, report_context
from pswdesk.wording import words

Builder = Callable[[Session, ReportContext], tuple[Section, ...]]


@dataclass(frozen=True, slots=True)
class ReportSpec:
    name: str
    title: str
    description: str
    build: Builder


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("contacts", "Contacts per worker",
               "Full notes and brief contacts per worker and month, with minutes",
               contacts.build),
    ReportSpec("clients", "Clients served",
               "Clients with a contact, new registrations, closures by reason, open caseloads",
               clients.build),
    ReportSpec("review-age", "Notes awaiting review",
               "Submitted notes not yet reviewed, by age and supervisor",
               review_age.build),
    ReportSpec("risk", "Risk levels over time",
               "Signed notes per month by the risk level they recorded",
               risk.build),
    ReportSpec("referrals", "Referrals",
               "Referrals by status and by service, with the time to an outcome",
               referrals.build),
    ReportSpec("follow-ups", "Follow-ups",
               "Follow-ups due, done on time, done late and still overdue",
               follow_ups.build),
    ReportSpec("supervision", "Supervision hours",
               "Supervision sessions and hours per worker",
               supervision_hours.build),
)  # fmt: skip

REPORT_NAMES: tuple[str, ...] = tuple(r.name for r in REPORTS)


def spec(name: str) -> ReportSpec:
    for r in REPORTS:
        if r.name == name:
            return r
    raise NotFound(
        words(
            "there is no report called {name!r}; the reports are {report_names}",
            name=name,
            report_names=", ".join(REPORT_NAMES),
        )
    )


def run_report(
    db: Database, actor: Actor, name: str, period: Period, *, today: dt.date | None = None
) -> Report:
    """Report ``name`` over ``period`` as the acting supervisor or administrator may see it."""
    chosen = spec(name)
    with db.read() as s:
        ctx = report_context(s, actor, period, today=today)
        agency = settings(s).name
        sections = chosen.build(s, ctx)
    return Report(
        name=chosen.name,
        title=chosen.title,
        period=period,
        scope=ctx.scope_label,
        agency=agency,
        generated_at=utcnow(),
        generated_by=actor.full_name,
        sections=sections,
    )
