"""Time every report at 100,000 notes, on SQLite and PostgreSQL (budget: < 300 ms each).

    python benchmarks/reports.py [--runs 7] [--backend sqlite|postgresql|both]
    python benchmarks/reports.py --plans contacts      # the query plans behind one report

The budget is in docs/ARCHITECTURE.md, Speed budget. The data set is the one
``common.py`` builds (``seed-demo`` 200 x 500 with a fixed seed, plus a client
with 2,000 notes and a long review queue), made by that same code but kept apart
from ``run_all.py``'s copy, in ``benchmarks/out/reports/``, so that it is built
with today's demo generator (brief contacts and supervision sessions included)
whatever an older cached file holds. The SQLite file is made once and reused
(``--rebuild`` makes both again); on PostgreSQL the script creates its own database
``pswdesk_bench_reports`` on the server of ``--pg`` (the local test server by
default), fills it, and drops it at the end unless ``--keep-pg`` is given (a kept
one is reused). ``--db URL`` times an existing filled database instead
(``run_all.py`` passes its own PostgreSQL one).

For every report the registry lists (``registry.REPORT_NAMES``: a report added
there is timed without a change here), ``run_report`` is timed end to end (the
role check, the scope, every query, the Report built) over the last whole fiscal
year and over last month, as the supervisor with the largest team and as the
administrator (the whole agency): one untimed warm-up, then ``--runs`` timed
runs; the table gives the median and the worst run beside the 300 ms budget, and
the load average of the machine before and after. The app's settings, data
folders and keyring are never the user's: they point into
``benchmarks/out/reports/home`` and a keyring that keeps nothing.

Exit status 1 when a median is over budget.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "reports"
# Before pswdesk is imported (platformdirs reads these when asked, keyring when first used).
os.environ["XDG_DATA_HOME"] = str(OUT / "home" / "data")
os.environ["XDG_CONFIG_HOME"] = str(OUT / "home" / "config")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402

from common import (  # noqa: E402
    CLIENTS,
    NOTES_PER_CLIENT,
    PASSWORD,
    SEED,
    build,
    fmt_seconds,
    load_average,
    time_it,
)
from sqlalchemy import Engine, create_engine, event, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from pswdesk.db import Database, resolve_url  # noqa: E402
from pswdesk.models import BriefContact, Note, SupervisionSession, User, UserRole  # noqa: E402
from pswdesk.reports.periods import Period, Preset, preset_period  # noqa: E402
from pswdesk.services import auth  # noqa: E402
from pswdesk.services.access import Actor  # noqa: E402
from pswdesk.services.reporting import registry  # noqa: E402
from pswdesk.services.users import get_agency  # noqa: E402
from pswdesk.vocabulary import Role  # noqa: E402

BUDGET_S = 0.3
PG_DEFAULT = "postgresql://pswdesk:pswdesk@localhost:5432/postgres"
PG_DATABASE = "pswdesk_bench_reports"
SQLITE_PATH = OUT / f"bench-{CLIENTS}x{NOTES_PER_CLIENT}-s{SEED}.db"


@dataclass(frozen=True, slots=True)
class Row:
    """One timed case: a report over a period as one person."""

    backend: str
    report: str
    period: str
    actor: str
    median_s: float
    worst_s: float
    best_s: float
    runs: int
    #: Rows over all the report's sections: 0 means it counted nothing here.
    rows: int
    load: str

    @property
    def within(self) -> bool:
        return self.median_s < BUDGET_S


# -- the databases ----------------------------------------------------------------------------


def _sqlite(rebuild: bool) -> str:
    url = f"sqlite:///{SQLITE_PATH}"
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
    if not SQLITE_PATH.exists():
        SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        print(f"making {SQLITE_PATH} (once; a few minutes) ...", file=sys.stderr, flush=True)
        try:
            build(url)
        except BaseException:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
            raise
    return url


@contextmanager
def _postgresql(server: str, keep: bool, rebuild: bool) -> Iterator[str]:
    """Our own database on ``server``: created and filled if missing, dropped unless kept."""
    admin: Engine = create_engine(resolve_url(server), isolation_level="AUTOCOMMIT")
    url = make_url(resolve_url(server)).set(database=PG_DATABASE)
    try:
        with admin.connect() as c:
            if rebuild:
                c.execute(text(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)'))
            exists = c.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": PG_DATABASE}
            )
            if not exists:
                c.execute(text(f'CREATE DATABASE "{PG_DATABASE}"'))
        url_text = url.render_as_string(hide_password=False)
        if not exists or not _filled(url_text):
            print(f"filling {PG_DATABASE} (a few minutes) ...", file=sys.stderr, flush=True)
            build(url_text)
        yield url_text
    finally:
        if not keep:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)'))
        admin.dispose()


def _filled(url: str) -> bool:
    db = Database(url)
    try:
        with db.read() as s:
            return bool(s.scalar(select(func.count()).select_from(Note)))
    finally:
        db.dispose()


# -- who and when -----------------------------------------------------------------------------


def _people(db: Database) -> tuple[str, str, int]:
    """The administrator, and the supervisor with the largest team (and its size)."""
    with db.read() as s:
        admin = s.scalar(
            select(User.username)
            .join(UserRole, UserRole.user_id == User.id)
            .where(UserRole.role == Role.ADMIN, User.active)
            .order_by(User.id)
            .limit(1)
        )
        team = (
            select(User.supervisor_id, func.count().label("n"))
            .where(User.supervisor_id.is_not(None), User.active)
            .group_by(User.supervisor_id)
            .subquery()
        )
        sup, size = s.execute(
            select(User.username, team.c.n)
            .join(team, team.c.supervisor_id == User.id)
            .join(UserRole, UserRole.user_id == User.id)
            .where(UserRole.role == Role.SUPERVISOR, User.active)
            .order_by(team.c.n.desc(), User.id)
            .limit(1)
        ).one()
    assert admin and sup
    return admin, sup, int(size)


def _periods(db: Database, today: dt.date) -> list[Period]:
    start_month = get_agency(db).fiscal_year_start_month
    return [
        preset_period(Preset.LAST_FISCAL_YEAR, today, fiscal_start_month=start_month),
        preset_period(Preset.LAST_MONTH, today, fiscal_start_month=start_month),
    ]


def _contents(db: Database) -> str:
    with db.read() as s:
        n = [
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (Note, BriefContact, SupervisionSession)
        ]
    return f"{n[0]:,} notes, {n[1]:,} brief contacts, {n[2]:,} supervision sessions"


# -- timing -----------------------------------------------------------------------------------


def measure(db: Database, backend: str, runs: int, only: list[str]) -> list[Row]:
    today = dt.date.today()
    admin_name, sup_name, team = _people(db)
    actors: list[tuple[str, Actor]] = [
        (f"supervisor ({sup_name}, team of {team + 1})", auth.login(db, sup_name, PASSWORD)),
        (f"administrator ({admin_name})", auth.login(db, admin_name, PASSWORD)),
    ]
    periods = _periods(db, today)
    print(
        f"{backend}: {_contents(db)}; {os.cpu_count()} cores ({platform.machine()}); "
        f"today {today}; periods {', '.join(p.label for p in periods)}",
        flush=True,
    )
    out: list[Row] = []
    for name in registry.REPORT_NAMES:
        if only and name not in only:
            continue
        for period in periods:
            for who, actor in actors:

                def run(a: Actor = actor, p: Period = period, n: str = name) -> object:
                    return registry.run_report(db, a, n, p, today=today)

                report = registry.run_report(db, actor, name, period, today=today)
                rows = sum(len(section.rows) for section in report.sections)
                t = time_it(name, BUDGET_S, run, runs)
                row = Row(backend, name, period.label, who, t.median, max(t.times), t.best,
                          runs, rows, load_average())  # fmt: skip
                out.append(row)
                mark = "ok" if row.within else "OVER BUDGET"
                print(f"  {name}, {period.label}, {who}: median {fmt_seconds(row.median_s)}, "
                      f"worst {fmt_seconds(row.worst_s)}, {rows} rows [{mark}]",
                      flush=True)  # fmt: skip
    return out


def plans(db: Database, names: list[str]) -> None:
    """Each statement a report sends over the fiscal year, as both people, with its plan."""
    today = dt.date.today()
    admin_name, sup_name, _team = _people(db)
    period = _periods(db, today)[0]
    captured: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            captured.append((statement, parameters))

    for who in (sup_name, admin_name):
        actor = auth.login(db, who, PASSWORD)
        for name in names:
            registry.run_report(db, actor, name, period, today=today)  # warm
            event.listen(db.engine, "before_cursor_execute", capture)
            started = time.perf_counter()
            try:
                registry.run_report(db, actor, name, period, today=today)
            finally:
                elapsed = time.perf_counter() - started
                event.remove(db.engine, "before_cursor_execute", capture)
            print(f"=== {name}, {period.label}, as {who}: {fmt_seconds(elapsed)}, "
                  f"{len(captured)} statements")  # fmt: skip
            for statement, params in captured:
                print("\n".join("    " + line for line in statement.strip().splitlines()))
                print(f"    -- {params}")
                prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN (ANALYZE, COSTS OFF) "
                with db.engine.connect() as conn:
                    # Run again alone, every row fetched: the statement's own share of the time.
                    took = time.perf_counter()
                    n = len(conn.exec_driver_sql(statement, params).all())  # type: ignore[arg-type]
                    took = time.perf_counter() - took
                    print(f"    -- {n} rows in {fmt_seconds(took)}")
                    for r in conn.exec_driver_sql(prefix + statement, params):  # type: ignore[arg-type]
                        print("      " + (" ".join(map(str, r[1:])) if db.is_sqlite else r[0]))
            captured.clear()


def _table(rows: list[Row]) -> None:
    print()
    print("| backend | report | period | as | budget | median | worst | rows |  |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        mark = "ok" if r.within else "**over**"
        if r.within and r.worst_s >= BUDGET_S:
            mark = "ok (worst over)"
        print(f"| {r.backend} | {r.report} | {r.period} | {r.actor} | "
              f"< {fmt_seconds(BUDGET_S)} | {fmt_seconds(r.median_s)} | "
              f"{fmt_seconds(r.worst_s)} | {r.rows} | {mark} |")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--pg", default=os.environ.get("PSWDESK_TEST_PG") or PG_DEFAULT,
                    help="a PostgreSQL server URL whose user may create databases")  # fmt: skip
    ap.add_argument("--keep-pg", action="store_true", help="keep (and reuse) the filled database")
    ap.add_argument("--db", help="time this filled database instead of our own")
    ap.add_argument("--rebuild", action="store_true", help="make our data sets again")
    ap.add_argument("--only", nargs="*", default=[], metavar="NAME", help="these reports only")
    ap.add_argument("--plans", nargs="*", metavar="NAME",
                    help="print the query plans of these reports (all if none named)")  # fmt: skip
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    for name in [*args.only, *(args.plans or [])]:
        registry.spec(name)  # an unknown name stops here, with the list of names

    def one(url: str, backend: str) -> list[Row]:
        db = Database(url)
        try:
            if args.plans is not None:
                plans(db, args.plans or list(registry.REPORT_NAMES))
                return []
            return measure(db, backend, args.runs, args.only)
        finally:
            db.dispose()

    jobs: list[tuple[str, Callable[[], list[Row]]]] = []
    if args.db:
        url = resolve_url(args.db)
        backend = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
        jobs.append((backend, lambda: one(url, backend)))
    else:
        if args.backend in ("sqlite", "both"):
            jobs.append(("SQLite", lambda: one(_sqlite(args.rebuild), "SQLite")))
        if args.backend in ("postgresql", "both"):

            def pg() -> list[Row]:
                with _postgresql(args.pg, args.keep_pg, args.rebuild) as url:
                    return one(url, "PostgreSQL")

            jobs.append(("PostgreSQL", pg))

    rows: list[Row] = []
    loads: list[str] = []
    for backend, job in jobs:
        before = load_average()
        rows.extend(job())
        loads.append(f"{backend}: load average before {before}, after {load_average()}")
    if args.plans is not None:
        return 0
    _table(rows)
    print()
    for line in loads:
        print(line)
    if args.json:
        args.json.write_text(
            json.dumps({"loads": loads, "rows": [asdict(r) for r in rows]}, indent=1),
            encoding="utf-8",
        )
    over = [f"{r.backend} {r.report} ({r.period}, {r.actor})" for r in rows if not r.within]
    if over:
        print("over budget: " + "; ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
