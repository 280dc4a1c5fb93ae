"""What the report tests share: the demo agency they read, and its fixed day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from pswdesk import demo
from pswdesk.db import Database
from pswdesk.models import Client, User
from pswdesk.reports.periods import Period
from pswdesk.reports.report_data import Report
from pswdesk.services import users
from pswdesk.services.access import Actor, actor_from_user
from tests.conftest import PASSWORD

TODAY = dt.date(2026, 11, 15)


@dataclass(frozen=True)
class DemoAgency:
    db: Database
    backend: str
    today: dt.date
    admin: Actor
    #: Every demo supervisor, by username.
    supervisors: dict[str, Actor]
    #: Every demo worker (not a supervisor), by username.
    workers: dict[str, Actor]


def seed(db: Database, backend: str) -> DemoAgency:
    users.initialise(db, "Report Test Agency", "boss", "Bo Boss", PASSWORD)
    demo.seed_demo(db, clients=40, notes_per_client=12, seed=11, password=PASSWORD, today=TODAY)
    with db.read() as s:
        people = [actor_from_user(u) for u in s.scalars(select(User).order_by(User.id))]
    admin = next(a for a in people if a.username == "boss")
    sups = {a.username: a for a in people if a.has("supervisor")}
    workers = {a.username: a for a in people if a.has("worker") and not a.has("supervisor")}
    return DemoAgency(db, backend, TODAY, admin, sups, workers)


def report_text(report: Report) -> list[str]:
    """Every string a report shows: titles, scope, column labels, cells and footnotes."""
    out = [report.title, report.scope, report.agency, report.period.label]
    for sec in report.sections:
        out += [sec.title, sec.empty_text, *sec.notes, *(c.label for c in sec.columns)]
        for row in (*sec.rows, *([sec.totals] if sec.totals else [])):
            out += [str(v) for v in row if v is not None]
    return out


def client_names(db: Database) -> set[str]:
    """Every client's preferred and legal name (what must never appear in a report)."""
    with db.read() as s:
        rows = s.execute(select(Client.preferred_name, Client.legal_name)).all()
    return {n for row in rows for n in row if n}


def assert_no_client_identifiers(report: Report, db: Database) -> None:
    names = client_names(db)
    for text in report_text(report):
        hit = next((n for n in names if n in text), None)
        assert hit is None, f"{report.name}: client name {hit!r} in {text!r}"


def shown_months(period: Period, today: dt.date | None = None) -> list[tuple[int, int]]:
    """The months a per-month table lists: the period's, up to today's month (at least one)."""
    today = today or dt.datetime.now().astimezone().date()
    first, n = period.start.replace(day=1), 0
    out: list[tuple[int, int]] = []
    while first <= period.end:
        if first <= today or n == 0:
            out.append((first.year, first.month))
        n += 1
        first = (first + dt.timedelta(days=32)).replace(day=1)
    return out
