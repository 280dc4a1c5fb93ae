"""The benchmark data sets, the benchmark's own folders, and small timing helpers.

The budgets are in docs/ARCHITECTURE.md, Speed budget.

A data set is ``pswdesk seed-demo --clients N --notes-per-client M`` with a fixed
seed, plus two additions the budgets name and the demo generator does not make on
its own:

* one more client with 2,000 notes ("a client with 2,000 notes opens");
* two clients whose 1,100 notes all wait for review by one supervisor ("review
  queue of 1,000"). In the plain demo a supervisor has about a hundred.

Both additions come from the demo generator itself (same text, same rows that
follow from a note), so they look like the rest. ``SIZES`` names the sets:
``100k`` (200 x 500, the default) and ``1m`` (2,000 x 500); ``CxN`` (say ``4x20``)
makes a small one for a dry run. Each SQLite file is kept in its own folder under
``benchmarks/out/`` (or ``PSWDESK_BENCH_DIR``): the 100k set in the folder itself,
every other one in a subfolder named after it, so no size overwrites another; a
file is reused while it exists. ``PSWDESK_BENCH_DB`` names another database
instead, for example an empty PostgreSQL database, which is filled on first use
with the size asked for.

``own_folders`` gives the benchmark and each process it starts settings, data,
state and cache folders of their own (and a keyring that keeps nothing), so what
this user's app remembers (a last view, a language, a window size) never changes
what is measured, and a run leaves nothing in the user's folders.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from pswdesk.db import Database
from pswdesk.demo import DEMO_AGENCY, seed_demo
from pswdesk.demo.notes import ClientWriter
from pswdesk.demo.tables import Staff, TableWriter
from pswdesk.models import Client, ClientAssignment, Note, User
from pswdesk.services import users

CLIENTS = 200  # the 100k set, which reports.py also builds on its own
NOTES_PER_CLIENT = 500
SEED = 8
BIG_CLIENT_NOTES = 2000
BACKLOG_CLIENTS = 2
BACKLOG_NOTES_PER_CLIENT = 550
PASSWORD = "benchmark-only-1"
OUT = Path(os.environ.get("PSWDESK_BENCH_DIR") or Path(__file__).resolve().parent / "out")
# The benchmark file is encrypted like every new database (the budgets hold with
# SQLCipher on); a fixed secret lets the probes started as subprocesses open it
# on a computer without a keyring. It guards invented data only.
BENCH_SECRET_HEX = "b3" * 32
os.environ.setdefault("PSWDESK_DB_KEY", BENCH_SECRET_HEX)


#: The variables naming a user's settings, data, state and cache folders (freedesktop).
FOLDER_VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def own_folders(root: Path) -> dict[str, str]:
    """Empty settings, data, state and cache folders under ``root``, as environment variables.

    Set explicitly, they do not depend on HOME; the keyring is one that keeps
    nothing, so no secret of the benchmark lands in the user's keyring.
    """
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    for name in FOLDER_VARIABLES:
        folder = root / name.removeprefix("XDG_").removesuffix("_HOME").lower()
        folder.mkdir(parents=True, exist_ok=False)
        env[name] = str(folder)
    return env


@dataclass(frozen=True, slots=True)
class Size:
    """How many demo clients of how many notes, and where the SQLite file is kept."""

    name: str
    clients: int
    notes_per_client: int

    @property
    def folder(self) -> Path:
        return OUT if self.name == "100k" else OUT / self.name

    @property
    def sqlite_file(self) -> Path:
        return self.folder / f"bench-{self.clients}x{self.notes_per_client}-s{SEED}.db"


SIZES = {"100k": Size("100k", CLIENTS, NOTES_PER_CLIENT), "1m": Size("1m", 2000, 500)}


def size(name: str) -> Size:
    """``100k``, ``1m``, or ``CxN`` (clients x notes each) for a small dry run."""
    if name in SIZES:
        return SIZES[name]
    clients, sep, per_client = name.partition("x")
    if not (sep and clients.isdigit() and per_client.isdigit() and int(clients) > 0):
        raise ValueError(f"a size is one of {', '.join(SIZES)}, or CxN such as 4x20")
    return Size(name, int(clients), int(per_client))


def bench_url(of: Size = SIZES["100k"]) -> str:
    """``PSWDESK_BENCH_DB`` if set, else the cached SQLite file of that size."""
    url = os.environ.get("PSWDESK_BENCH_DB")
    if url:
        return url
    return f"sqlite:///{of.sqlite_file}"


class _BacklogWriter(ClientWriter):
    """The demo generator with every note left waiting for review."""

    def _status(self, from_end: int, client_index: int) -> str:
        return "submitted"


def _staff(s, supervisor_id: int | None = None) -> list[Staff]:  # type: ignore[no-untyped-def]
    sup = aliased(User)
    q = (
        select(User.id, User.username, sup.id, sup.username)
        .join(sup, sup.id == User.supervisor_id)
        .where(User.username.like("worker%"))
        .order_by(User.id)
    )
    if supervisor_id is not None:
        q = q.where(sup.id == supervisor_id)
    return [Staff(uid, name, sid, sname, sid) for uid, name, sid, sname in s.execute(q)]


def build(url: str, clients: int = CLIENTS, notes_per_client: int = NOTES_PER_CLIENT) -> None:
    """Initialise the agency, seed the demo and add the two extras (see the module doc)."""
    started = time.perf_counter()
    db = Database(url)
    try:
        users.initialise(db, DEMO_AGENCY, "admin", "Benchmark Admin", PASSWORD, demo=True)
        report = seed_demo(
            db, clients=clients, notes_per_client=notes_per_client, seed=SEED, password=PASSWORD
        )
        today = dt.datetime.now(dt.UTC).date()
        with db.write() as s:
            staff = _staff(s)
            tables = TableWriter(s)
            ClientWriter(tables, staff[:1], seed=SEED + 1, today=today).client(
                clients, BIG_CLIENT_NOTES
            )
            tables.flush()
            team = _staff(s, staff[-1].supervisor_id)
            backlog = _BacklogWriter(tables, team, seed=SEED + 2, today=today)
            for i in range(BACKLOG_CLIENTS):
                backlog.client(clients + 1 + i, BACKLOG_NOTES_PER_CLIENT)
            tables.flush()
            tables.fix_sequences()
        if db.is_sqlite:
            raw = db.engine.raw_connection()  # outside any transaction, which both need
            try:
                raw.execute("ANALYZE")
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        else:
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        db.dispose()
    print(
        f"built the benchmark data set: {report.notes:,} demo notes + "
        f"{BIG_CLIENT_NOTES + BACKLOG_CLIENTS * BACKLOG_NOTES_PER_CLIENT:,} added, "
        f"in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
        flush=True,
    )


def open_dataset(of: Size = SIZES["100k"]) -> Database:
    """The benchmark database, built first if it is not there yet."""
    url = bench_url(of)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            print(f"making {path} (once; minutes) ...", file=sys.stderr, flush=True)
            try:
                build(url, of.clients, of.notes_per_client)
            except BaseException:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                raise
        return Database(url)
    db = Database(url)
    if not users.is_initialised(db):
        db.dispose()
        print("filling the benchmark database (once) ...", file=sys.stderr, flush=True)
        build(url, of.clients, of.notes_per_client)
        db = Database(url)
    return db


@dataclass(frozen=True, slots=True)
class Facts:
    """Who and what the benchmarks act on, found by query so any seeded database works."""

    notes: int
    worker: str  # the worker with the most clients
    supervisor: str  # the supervisor with the longest review queue
    queue: int
    big_client_id: int
    big_client_notes: int
    big_client_worker: str


def facts(db: Database) -> Facts:
    with db.read() as s:
        notes = s.scalar(select(func.count()).select_from(Note)) or 0
        worker = s.execute(
            select(User.username, func.count())
            .join(ClientAssignment, ClientAssignment.user_id == User.id)
            .where(User.username.like("worker%"))
            .group_by(User.username)
            .order_by(func.count().desc(), User.username)
            .limit(1)
        ).one()[0]
        author = aliased(User)
        sup, queue = s.execute(
            select(User.username, func.count())
            .join(author, author.supervisor_id == User.id)
            .join(Note, Note.author_id == author.id)
            .where(Note.status == "submitted")
            .group_by(User.username)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        big_id, big_notes = s.execute(
            select(Note.client_id, func.count())
            .group_by(Note.client_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        big_worker = s.scalar(
            select(User.username)
            .join(ClientAssignment, ClientAssignment.user_id == User.id)
            .where(ClientAssignment.client_id == big_id)
            .order_by(ClientAssignment.assigned_at, User.id)
            .limit(1)
        )
        assert s.get(Client, big_id) is not None and big_worker
    return Facts(notes, worker, sup, queue, big_id, big_notes, big_worker)


# -- timing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timing:
    what: str
    budget_s: float
    times: tuple[float, ...]
    detail: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def best(self) -> float:
        return min(self.times)

    @property
    def within(self) -> bool:
        return self.median < self.budget_s


def time_it(what: str, budget_s: float, fn: Callable[[], object], runs: int, warm: int = 1,
            detail: str = "") -> Timing:  # fmt: skip
    """Median and best of ``runs`` calls after ``warm`` untimed ones (caches, prepared plans)."""
    for _ in range(warm):
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return Timing(what, budget_s, tuple(times), detail)


def fmt_seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def print_timing(t: Timing) -> None:
    mark = "ok" if t.within else "OVER BUDGET"
    extra = f" ({t.detail})" if t.detail else ""
    print(
        f"{t.what}: median {fmt_seconds(t.median)}, best {fmt_seconds(t.best)} "
        f"over {len(t.times)} runs, budget < {fmt_seconds(t.budget_s)} [{mark}]{extra}",
        flush=True,
    )
