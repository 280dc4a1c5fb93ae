"""The load benchmark's database and people: made before the run, dropped after it.

The database is a new one on the PostgreSQL server, set up as an administrator
would: ``pswdesk init`` and ``pswdesk seed-demo`` (the command line itself), then
the simulated PCs' accounts through the services, as the Users page adds them:

* ``load-sup-K``: supervisors. The demo workers are moved onto their teams
  (``users.update_user``), so each sees a share of the demo clients and their
  queue already holds the demo's submitted notes;
* ``load-pc-NN``: workers, each on one of those teams, to whom their supervisor
  assigns a few of the team's clients (``clients.assign_worker``). Clients are
  shared by two or three workers, as in an agency, so their submissions meet on
  the same client rows.
"""

from __future__ import annotations

import contextlib
import io
import os
import uuid
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pswdesk.cli import main as pswdesk_cli
from pswdesk.db import Database, resolve_url
from pswdesk.errors import PswdeskError
from pswdesk.services import clients, users
from pswdesk.services.auth import login
from pswdesk.vocabulary import Role

ADMIN = "admin"
#: Every account of the load database has this password; it guards invented data only.
PASSWORD = "load-test-only-1"


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    role: str  # "worker" or "supervisor", what the PC does


def create_database(server_url: str) -> str:
    """A new, empty database on the server of ``server_url``; its URL."""
    name = f"pswdesk_load_{uuid.uuid4().hex[:10]}"
    engine = create_engine(resolve_url(server_url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    return make_url(resolve_url(server_url)).set(database=name).render_as_string(False)


def drop_database(server_url: str, url: str) -> None:
    name = make_url(url).database
    engine = create_engine(resolve_url(server_url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def run_cli(*argv: str) -> str:
    """Run a ``pswdesk`` command in this process; its output, or RuntimeError with it."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = pswdesk_cli(list(argv))
    if code != 0:
        raise RuntimeError(f"pswdesk {' '.join(argv)} failed ({code}):\n{out.getvalue()}")
    return out.getvalue()


def initialise(url: str, clients_n: int, notes_per_client: int) -> None:
    """``pswdesk init`` and ``pswdesk seed-demo``, as an administrator runs them."""
    os.environ["PSWDESK_PASSWORD"] = PASSWORD  # the commands read passwords from here
    run_cli("--db", url, "init", "--agency", "Load test agency", "--admin", ADMIN)
    run_cli(
        "--db", url, "seed-demo", "--clients", str(clients_n),
        "--notes-per-client", str(notes_per_client),
    )  # fmt: skip


def accounts(workers: int, supervisors: int) -> tuple[list[Account], list[Account]]:
    sups = [Account(f"load-sup-{k + 1}", "supervisor") for k in range(supervisors)]
    pcs = [Account(f"load-pc-{i + 1:02d}", "worker") for i in range(workers)]
    return sups, pcs


def add_people(url: str, sups: list[Account], pcs: list[Account], per_worker: int) -> None:
    """The PCs' accounts, their teams and caseloads (see the module docstring).

    Accounts already there (a kept database run again) are reused as they are.
    """
    db = Database(url)
    try:
        admin = login(db, ADMIN, PASSWORD)
        existing = {u.username: u for u in users.list_users(db, admin)}
        for sup in sups:
            if sup.username not in existing:
                users.add_user(db, admin, sup.username, "", [Role.SUPERVISOR], PASSWORD)
        for i, pc in enumerate(pcs):
            if pc.username not in existing:
                team = sups[i % len(sups)].username
                users.add_user(db, admin, pc.username, "", [Role.WORKER], PASSWORD, team)
        demo_workers = sorted(
            (u for u in existing.values() if u.username.startswith("worker")),
            key=lambda u: u.id,
        )
        if len(demo_workers) < len(sups):
            raise RuntimeError(
                f"{len(sups)} supervisors need at least as many demo workers to share the "
                f"clients of (there are {len(demo_workers)}): seed more clients"
            )
        sup_ids = {u.username: u.id for u in users.list_users(db, admin)}
        for j, w in enumerate(demo_workers):
            team_id = sup_ids[sups[j % len(sups)].username]
            if w.supervisor_id != team_id:
                users.update_user(db, admin, w.id, expected_version=w.version, supervisor=team_id)
        for k, sup in enumerate(sups):
            _assign_team(db, sup, pcs[k :: len(sups)], sup_ids, per_worker)
    finally:
        db.dispose()


def _assign_team(
    db: Database, sup: Account, team: list[Account], ids: dict[str, int], per_worker: int
) -> None:
    actor = login(db, sup.username, PASSWORD)
    pool = [r.id for r in clients.list_caseload(db, actor, scope="team", sort="name", limit=1000)]
    if not pool:
        raise RuntimeError(f"{sup.username}'s team has no clients to share")
    for n, pc in enumerate(team):
        for c in range(min(per_worker, len(pool))):
            cid = pool[(n * per_worker + c) % len(pool)]
            try:
                clients.assign_worker(db, actor, cid, ids[pc.username])
            except PswdeskError as exc:
                raise RuntimeError(f"assigning client {cid} to {pc.username}: {exc}") from exc
