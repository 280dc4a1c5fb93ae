"""What the report tests share: the demo agency they read, and its fixed day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from pswdesk import demo
from pswdesk.db import Database
from pswdesk.models import User
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
