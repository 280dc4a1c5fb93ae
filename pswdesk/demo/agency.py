"""Demo data: a realistic, deterministic agency for trying pswdesk and for benchmarks.

``seed_demo`` fills an initialised database with staff in teams, clients and
their notes in every status, risk level and framework step, plus goals,
strengths, safety plans, follow-ups, referrals, care teams, consents, addenda
and debrief requests. The same seed gives the same content; dates are laid out
backwards from ``today`` so that follow-ups stay upcoming in a demo opened
months later.

Speed matters (the benchmarks seed 100,000 notes), so rows are built as plain
dicts and written with executemany in batches, not through the ORM unit of work.
Signed notes get the same content hash ``signing.content_hash`` computes, so
``pswdesk verify`` passes on a seeded database.

Staff user names are fixed so the demo can be documented: ``admin``,
``supervisor1``..``supervisorK`` (supervisor and worker roles) and
``worker1``..``workerN``; every demo account shares one password.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from pswdesk.db import Database
from pswdesk.demo.brief_contacts import add_brief_contacts
from pswdesk.demo.bulk_load import empty_wal
from pswdesk.demo.notes import ClientWriter
from pswdesk.demo.supervision import add_supervision_sessions
from pswdesk.demo.tables import Staff, TableWriter
from pswdesk.errors import ConflictError, ValidationError
from pswdesk.keys import demo_secret
from pswdesk.models import (
    Client,
    User,
    UserRole,
)
from pswdesk.services import audit, users
from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, settings
from pswdesk.services.auth import check_password_strength, hash_password
from pswdesk.vocabulary import Role
from pswdesk.wording import words

MAX_CLIENTS = 5000
MAX_NOTES_PER_CLIENT = 5000
DEMO_AGENCY = "Harbourside Peer Support (demo)"
ENV_PASSWORD = "PSWDESK_PASSWORD"
#: Clients per worker and workers per supervisor, roughly as small agencies run.
CLIENTS_PER_WORKER = 8
WORKERS_PER_SUPERVISOR = 4


@dataclass(frozen=True, slots=True)
class StaffAccount:
    username: str
    full_name: str
    roles: tuple[str, ...]
    supervisor: str | None


@dataclass(frozen=True, slots=True)
class SeedReport:
    clients: int
    notes: int
    by_status: dict[str, int]
    by_risk: dict[str, int]
    staff: tuple[StaffAccount, ...]
    seconds: float


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """What the login dialog shows in demo mode."""

    username: str
    full_name: str
    role: str
    password: str


@dataclass(frozen=True, slots=True)
class DemoInfo:
    url: str
    agency: str
    accounts: tuple[DemoAccount, ...]
    password_generated: bool
    report: SeedReport


def team_sizes(clients: int) -> tuple[int, int]:
    """(supervisors, workers) for an agency of this many clients."""
    workers = max(2, -(-clients // CLIENTS_PER_WORKER))
    supervisors = max(2, -(-workers // WORKERS_PER_SUPERVISOR))
    return supervisors, workers


def generate_password() -> str:
    return f"demo-{secrets.token_hex(4)}"


def seed_demo(
    db: Database,
    *,
    clients: int,
    notes_per_client: int,
    seed: int = 1,
    password: str,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SeedReport:
    """Fill an initialised agency that has no clients yet with demo data.

    Marks the agency as a demo (the app shows a permanent banner), so demo rows
    are never mistaken for real records, and refuses a database with clients.
    """
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValidationError(
            {
                "clients": words(
                    "clients must be between 1 and {max_clients}", max_clients=MAX_CLIENTS
                )
            }
        )
    if not 0 <= notes_per_client <= MAX_NOTES_PER_CLIENT:
        raise ValidationError(
            {
                "notes": words(
                    "notes per client must be between 0 and {max_notes_per_client}",
                    max_notes_per_client=MAX_NOTES_PER_CLIENT,
                )
            }
        )
    check_password_strength(password)
    started = time.perf_counter()
    today = today or dt.datetime.now(dt.UTC).date()
    password_hash = hash_password(password)  # one Argon2 run shared by every demo account
    with db.write() as s:
        agency = settings(s)
        if s.scalar(select(func.count()).select_from(Client)):
            raise ConflictError(
                words("this database already has clients; demo data goes only into a new database")
            )
        admin, created, teams = _create_staff(s, password_hash, clients)
        tables = TableWriter(s, rebuild_indexes=True)
        writer = ClientWriter(tables, teams, seed=seed, today=today)
        try:
            for i in range(clients):
                writer.client(i, notes_per_client)
                if tables.pending_notes >= TableWriter.BATCH:
                    tables.send()  # written on a thread while the next clients are made
                if progress:
                    progress(i + 1, clients)
        except BaseException:
            tables.discard()  # the session is ours again before the transaction rolls back
            raise
        tables.flush()
        tables.fix_sequences()
        briefs = add_brief_contacts(s, seed=seed, today=today)
        sessions = add_supervision_sessions(s, created, seed=seed, today=today)
        agency.is_demo = True
        for user in created:
            audit.record(
                s, admin, "user.created", "user", user.id,
                username=user.username, roles=sorted(user.role_names), demo=True,
            )  # fmt: skip
        for cid, _name in writer.client_names[:1000]:
            audit.record(s, admin, "client.created", "client", cid, demo=True)
        audit.record(
            s, admin, "agency.changed", "agency", agency.id, changes={"is_demo": [False, True]}
        )
        audit.record(
            s, admin, "seed.demo", "agency", agency.id,
            seed=seed, clients=clients, notes_per_client=notes_per_client,
            notes=writer.note_count, by_status=writer.by_status, by_risk=writer.by_risk,
            brief_contacts=briefs, supervision_sessions=sessions,
        )  # fmt: skip
        staff = tuple(
            StaffAccount(
                u.username,
                u.full_name,
                tuple(r for r in Role if r in u.role_names),
                sup,
            )
            for u, sup in _staff_rows(created, teams)
        )
    if db.is_sqlite:
        empty_wal(db)
    return SeedReport(
        clients,
        writer.note_count,
        dict(writer.by_status),
        dict(writer.by_risk),
        staff,
        round(time.perf_counter() - started, 2),
    )


def _staff_rows(created: list[User], teams: list[Staff]) -> list[tuple[User, str | None]]:
    sup_name = {t.user_id: t.supervisor_username for t in teams}
    return [(u, sup_name.get(u.id)) for u in created]


def _create_staff(s, password_hash: str, clients: int) -> tuple[User, list[User], list[Staff]]:  # type: ignore[no-untyped-def]
    """The admin, supervisors and workers; returns (acting admin, created users, workers)."""
    n_sup, n_work = team_sizes(clients)
    wanted = ["admin"] + [f"supervisor{i}" for i in range(1, n_sup + 1)]
    wanted += [f"worker{i}" for i in range(1, n_work + 1)]
    existing = {
        u.lower()
        for u in s.scalars(select(User.username).where(func.lower(User.username).in_(wanted)))
    }
    if existing - {"admin"}:
        raise ConflictError(words("this database already has the demo staff accounts"))
    names = _staff_names(n_sup + n_work + 1)
    created: list[User] = []

    def add(username: str, full: str, roles: list[str], sup: User | None = None) -> User:
        user = User(
            username=username,
            full_name=full,
            password_hash=password_hash,
            supervisor_id=sup.id if sup else None,
            roles=[UserRole(role=r) for r in roles],
        )
        s.add(user)
        s.flush()
        created.append(user)
        return user

    admin = s.scalars(
        select(User).join(UserRole).where(UserRole.role == ADMIN).order_by(User.id)
    ).first()
    if "admin" not in existing:
        admin_user = add("admin", names[0], [ADMIN])
        admin = admin or admin_user
    sups = [add(f"supervisor{i + 1}", names[1 + i], [SUPERVISOR, WORKER]) for i in range(n_sup)]
    teams: list[Staff] = []
    for w in range(n_work):
        sup = sups[w * n_sup // n_work]
        user = add(f"worker{w + 1}", names[1 + n_sup + w], [WORKER], sup)
        teams.append(Staff(user.id, user.username, sup.id, sup.username, w * n_sup // n_work))
    assert admin is not None
    return admin, created, teams


def _staff_names(count: int) -> list[str]:
    """Distinct, fixed staff names (not drawn from the seed, so docs can name them)."""
    from pswdesk.demo.text import STAFF_FIRST, SURNAMES

    out: list[str] = []
    i = 0
    while len(out) < count:
        first = STAFF_FIRST[i % len(STAFF_FIRST)]
        last = SURNAMES[(i * 7 + i // len(STAFF_FIRST)) % len(SURNAMES)]
        name = f"{first} {last}"
        if name not in out:
            out.append(name)
        i += 1
    return out


# -- a whole demo database --------------------------------------------------------------


def demo_database_path() -> Path:
    """Where ``pswdesk demo`` keeps its database: apart from real data, made anew each time."""
    return Path(platformdirs.user_data_dir("pswdesk", appauthor=False)) / "demo" / "demo.db"


def demo_password() -> tuple[str, bool]:
    """PSWDESK_PASSWORD when set, otherwise a fresh one. Returns (password, generated)."""
    env = os.environ.get(ENV_PASSWORD)
    return (env, False) if env else (generate_password(), True)


def create_demo_database(
    path_or_url: str | Path,
    *,
    clients: int = 30,
    notes_per_client: int = 12,
    seed: int = 1,
    password: str | None = None,
) -> DemoInfo:
    """A new demo agency at this place: an SQLite file is deleted and made anew.

    Used by ``pswdesk demo`` and by the app's first-run wizard. A server database
    (PostgreSQL) is never dropped: it must be empty.
    """
    generated = password is None
    if password is None:
        password, generated = demo_password()
    url = str(path_or_url)
    if "://" not in url:
        path = Path(url).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_sqlite(path)
        url = f"sqlite:///{path}"
    elif make_url(url).get_backend_name() == "sqlite" and make_url(url).database:
        _remove_sqlite(Path(make_url(url).database or ""))
    db = Database(url, secret=demo_secret())
    try:
        users.initialise(db, DEMO_AGENCY, "admin", _staff_names(1)[0], password, demo=True)
        report = seed_demo(
            db, clients=clients, notes_per_client=notes_per_client, seed=seed, password=password
        )
        with db.read() as s:
            admin = s.scalars(select(User).where(User.username == "admin")).one()
            admin_name = admin.full_name
    finally:
        db.dispose()
    accounts = [DemoAccount("admin", admin_name, "Administrator", password)]
    for st in report.staff:
        if st.username.startswith(("supervisor", "worker")):
            role = "Supervisor" if SUPERVISOR in st.roles else "Worker"
            accounts.append(DemoAccount(st.username, st.full_name, role, password))
    return DemoInfo(db.url, DEMO_AGENCY, tuple(accounts), generated, report)


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
