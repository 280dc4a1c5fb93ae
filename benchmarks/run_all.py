"""Measure every speed budget, each app figure beside its floor, and print the table.

The budgets are in docs/ARCHITECTURE.md, Speed budget.

    python benchmarks/run_all.py [--size 100k|1m] [--runs 7] [--skip-handover] [--skip-reports]
    PSWDESK_BENCH_DB=postgresql://USER:PASS@localhost/EMPTY_DB python benchmarks/run_all.py

The data set is built once per size and cached (``common.py``): ``100k`` is 200
clients x 500 notes from ``seed_demo``, ``1m`` 2,000 x 500, each plus a client
with 2,000 notes and a review queue of over 1,000. Every figure is the median (and
best) of ``--runs`` timed runs after one untimed warm-up. The window, session and
memory figures come from fresh processes of the real app (``app_probe.py``), with
compiled bytecode as an installed app has it (one untimed start first); their
floors from fresh processes of bare PySide6 (``floor_probe.py``) started the same
way (same interpreter, same environment, Qt offscreen), the two taking turns so
that a change in the machine's load falls on both. This run and every process it
starts have their own settings, data, state and cache folders, made empty in a
temporary folder for each process (``common.own_folders``), and a keyring that
keeps nothing: nothing the user's app remembers (a last view, a window size)
changes what is measured.

What each row times, and its floor:

* window up: spawning ``pswdesk --db URL`` until the login dialog's first paint.
  Floor: spawning a bare QApplication with a QDialog like it (two line edits, a
  button) until its first paint. Budget: within 2x the floor.
* caseload (service): ``list_caseload`` (first page) + ``count_caseload``, for
  the worker with the most clients and for a supervisor's team; the caseload
  table model's first page through its background fetch.
* caseload shown after login (app): in the real app, from the end of the password
  check to the caseload table's paint event with rows. Floor: one raw query for
  the same rows (that worker's active clients, most at risk first, the first 100;
  the app's "needs contact" column and order left out) from ``sqlite3``
  (``sqlcipher3`` with ``PRAGMA key`` on an encrypted file, ``psycopg`` on
  PostgreSQL, the drivers the app uses) into a bare QTableView already on
  screen, from the query's start to that view's paint event with rows.
* client opens (service): ``get_client`` (an audited write) + ``client_notes``
  (first page of 100) + ``count_client_notes`` for the client with 2,000 notes.
* client opens (app): ``open_client`` until its Notes tab's paint event with rows.
  Floor: the client's newest 100 notes the same way as the caseload's floor.
* search: ``search_notes`` (first page) for several queries, as a supervisor and
  as a worker; the row shows the slowest query. "Search as shown" is
  ``find_notes``, what the search page waits for (the newest 200 matches ranked,
  each with its snippet), for the same queries and people and within the client
  with 2,000 notes (as its worker).
* review queue: ``review_queue`` (first page) + ``count_review_queue``.
* memory: resident memory of the real app with that client's record open. Floor:
  the bare QTableView's process after showing both lists.
* handover: ``handover.py``, ``produce_handover`` for 500 approved notes end to
  end, beside the floor it times in the same runs: bare reportlab setting the
  same paragraphs in one style (the row's detail gives both CPU times, which
  other programs disturb less); and a handover whose one note is a 1 MB paste from
  ``pathological_text.py``, beside bare reportlab on the same text (budget: 4x).
  ``--skip-handover`` skips both.
* reports: ``reports.py`` in its own process on this same database: each
  report's slowest case (fiscal year or month, supervisor or administrator);
  ``reports.py`` prints every case.

Exit status 1 when a median is over its budget (start-up: over twice its floor).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    OUT,
    PASSWORD,
    SIZES,
    Size,
    Timing,
    facts,
    fmt_seconds,
    load_average,
    open_dataset,
    own_folders,
    print_timing,
    size,
    time_it,
)
from sqlalchemy import select
from sqlalchemy.engine import make_url

from pswdesk.db import Database, sqlite_path
from pswdesk.models import User
from pswdesk.services import auth, clients, notes, review
from pswdesk.sqlite_files import sqlcipher_key

HERE = Path(__file__).resolve().parent

# The budgets (docs/ARCHITECTURE.md, Speed budget), in seconds unless named.
STARTUP_FACTOR = 2.0  # the login window, against a bare PySide6 dialog
CASELOAD_S = 0.1
CLIENT_OPEN_S = 0.05
SEARCH_S = 0.1
REVIEW_QUEUE_S = 0.1
REPORT_S = 0.3
HANDOVER_S = 1.0
PATHOLOGICAL_FACTOR = 4.0  # the 1 MB note, against bare reportlab on the same text
MEMORY_MB = 250.0


@dataclass(frozen=True, slots=True)
class Figure:
    """One row of the table; ``floor`` is the same work done by the bare parts."""

    what: str
    budget: float
    median: float
    best: float
    runs: int
    detail: str = ""
    floor: float | None = None
    unit: str = "s"
    budget_text: str = ""

    @property
    def within(self) -> bool:
        return self.median < self.budget

    def show(self, value: float) -> str:
        return f"{value:.0f} MB" if self.unit == "MB" else fmt_seconds(value)


SEARCHES = (
    ("and", "a word in every note"),
    ("sleep", "a common word"),
    ("women", "a word in 2 % of notes"),
    ("hospital visit", "two words"),
    ("hou", "a prefix, still typing"),
    ("Quillfeather", "a word in no note"),
)


class Probes:
    """Starts ``app_probe.py`` and ``floor_probe.py``, each with fresh folders of its own."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.started = 0

    def env(self) -> dict[str, str]:
        self.started += 1
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        # An installed pswdesk has its bytecode compiled (pip does it); a checkout run with
        # PYTHONDONTWRITEBYTECODE would compile every module at each start instead.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
        env.update(own_folders(self.root / f"process-{self.started}"))
        return env

    def run(
        self, script: str, args: list[str], extra: dict[str, str] | None = None
    ) -> tuple[float, dict[str, Any]]:
        """(seconds from spawn to the probe's report, the report)."""
        env = self.env() | (extra or {})
        # stderr to a file: a pipe nobody reads while we wait for stdout could fill up.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
            started = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, str(HERE / script), *args],
                stdout=subprocess.PIPE, stderr=errors, text=True, env=env,
            )  # fmt: skip
            assert proc.stdout is not None
            line = proc.stdout.readline()
            elapsed = time.perf_counter() - started
            proc.communicate(timeout=60)
            errors.seek(0)
            err = errors.read()
        report = json.loads(line or "{}")
        if not line or "error" in report:
            why = report.get("error") or err.strip()[-800:] or "no report"
            raise RuntimeError(f"{script} {args[0]} failed: {why}")
        return elapsed, report


@dataclass(frozen=True, slots=True)
class RowsFloor:
    """How ``floor_probe.py rows`` reaches this database with a raw driver."""

    args: list[str]
    env: dict[str, str]


def rows_floor(db: Database, user_id: int, client_id: int) -> RowsFloor:
    ids = [str(user_id), str(client_id)]
    path = sqlite_path(db.url)
    if path is None:
        dsn = make_url(db.url).set(drivername="postgresql")
        return RowsFloor(
            ["rows", "postgresql", "-", *ids],
            {"PSWDESK_BENCH_FLOOR_DSN": dsn.render_as_string(hide_password=False)},
        )
    if db.encryption is None or db.secret is None:
        return RowsFloor(["rows", "sqlite", str(path), *ids], {})
    key = sqlcipher_key(db.secret, db.encryption.database_id)
    return RowsFloor(["rows", "sqlcipher", str(path), *ids], {"PSWDESK_BENCH_FLOOR_KEY": key})


def _report_rows(runs: int, url: str) -> list[Figure]:
    """Each report's slowest case from ``reports.py`` (every case is in its own output)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "reports.json"
        cmd = [sys.executable, str(HERE / "reports.py"), "--runs", str(runs), "--json", str(out)]
        proc = subprocess.run([*cmd, "--db", url], capture_output=True, text=True, check=False)
        if not out.exists():
            print(f"reports.py failed: {proc.stderr.strip()[-500:]}", file=sys.stderr)
            return [Figure("reports (reports.py failed)", REPORT_S, float("inf"), 0.0, 0)]
        data = json.loads(out.read_text(encoding="utf-8"))
    slowest: dict[str, dict[str, Any]] = {}
    for r in data["rows"]:
        if r["report"] not in slowest or r["median_s"] > slowest[r["report"]]["median_s"]:
            slowest[r["report"]] = r
    figures = []
    for name, r in slowest.items():
        detail = f"{r['period']}, {r['actor']}, worst {fmt_seconds(r['worst_s'])}"
        print(f"report {name}, slowest case: median {fmt_seconds(r['median_s'])} ({detail})",
              flush=True)  # fmt: skip
        figures.append(Figure(f"report {name} (slowest case)", REPORT_S, r["median_s"],
                              r["best_s"], r["runs"], detail))  # fmt: skip
    return figures


def _handover_rows(runs: int) -> list[Figure]:
    """``handover.py`` (with its floor when it prints one) and ``pathological_text.py``."""
    rows: list[Figure] = []
    out = subprocess.run(
        [sys.executable, str(HERE / "handover.py"), "--runs", str(runs)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    text = out.stdout.strip()
    m = re.search(r"median ([\d.]+) s, min ([\d.]+) s", text)
    if m:
        med, best = float(m.group(1)), float(m.group(2))
        fm = re.search(r"^floor\b.*?median ([\d.]+) s", text, re.MULTILINE)
        cpu = re.findall(r"CPU median ([\d.]+) s", text)
        detail = f"CPU {cpu[0]} s, floor's CPU {cpu[1]} s" if len(cpu) == 2 else ""
        rows.append(Figure("handover, 500 approved notes", HANDOVER_S, med, best, runs, detail,
                           float(fm.group(1)) if fm else None))  # fmt: skip
        print(text, flush=True)
    else:
        print(f"handover.py failed: {out.stderr.strip()[-500:]}", file=sys.stderr)
        rows.append(Figure("handover (handover.py failed)", HANDOVER_S, float("inf"), 0.0, 0))
    # A 1 MB paste in one note: its budget is a multiple of bare reportlab's floor.
    patho_runs = max(3, runs // 2)
    out = subprocess.run(
        [sys.executable, str(HERE / "pathological_text.py"), "--runs", str(patho_runs)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    m = re.search(r"median ([\d.]+) s, min ([\d.]+) s; floor .*? median ([\d.]+) s", line)
    if m:
        med, best, floor_s = (float(x) for x in m.groups())
        rows.append(Figure("handover, one 1 MB note", PATHOLOGICAL_FACTOR * floor_s, med, best,
                           patho_runs, floor=floor_s,
                           budget_text=f"< {PATHOLOGICAL_FACTOR:g}x floor"))  # fmt: skip
        print(line, flush=True)
    else:
        print(f"pathological_text.py failed: {out.stderr.strip()[-500:]}", file=sys.stderr)
        rows.append(Figure("handover, one 1 MB note (failed)", 1.0, float("inf"), 0.0, 0))
    return rows


def _model_first_page(db, actor, scope: str):  # type: ignore[no-untyped-def]
    """The caseload table model's first page, through its background fetch."""
    from PySide6.QtCore import QEventLoop, QTimer

    from pswdesk.gui.caseload_model import CaseloadModel

    def run() -> None:
        model = CaseloadModel(db, actor, scope)
        loop = QEventLoop()
        model.page_loaded.connect(lambda _n: loop.quit())
        QTimer.singleShot(10_000, loop.quit)
        model.query()
        loop.exec()
        assert model.rowCount() > 0
        model.deleteLater()

    return run


def _size(text: str) -> Size:
    try:
        return size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _table(rows: list[Figure], title: str) -> None:
    print()
    print(f"| what | budget | median | best | runs | floor | x floor |  |  ({title})")
    print("|---|---|---|---|---|---|---|---|")
    for t in rows:
        budget = t.budget_text or f"< {t.show(t.budget)}"
        floor = t.show(t.floor) if t.floor is not None else ""
        ratio = f"{t.median / t.floor:.1f}x" if t.floor else ""
        mark = "ok" if t.within else "**over**"
        print(f"| {t.what} | {budget} | {t.show(t.median)} | {t.show(t.best)} | {t.runs} | "
              f"{floor} | {ratio} | {mark} |")  # fmt: skip
    print()
    for t in rows:
        if t.detail:
            print(f"- {t.what}: {t.detail}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--size",
        type=_size,
        default=SIZES["100k"],
        help="the data set: 100k (200 clients x 500 notes) or 1m (2,000 x 500)",
    )
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--skip-handover", action="store_true")
    ap.add_argument("--skip-reports", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="pswdesk-bench-") as tmp:
        # This process's own folders first: Qt and the keyring read them when first used.
        os.environ.update(own_folders(Path(tmp) / "benchmark"))
        return measure(args, Probes(Path(tmp)))


def measure(args: argparse.Namespace, probes: Probes) -> int:
    runs: int = args.runs
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])  # for the table model
    load_before = load_average()
    db = open_dataset(args.size)
    f = facts(db)
    backend = "PostgreSQL"
    if db.is_sqlite:
        backend = "SQLite, encrypted (SQLCipher)" if db.encryption else "SQLite, not encrypted"
    title = f"{backend}, {f.notes:,} notes, {os.cpu_count()} cores ({platform.machine()})"
    print(f"{title}; load average {load_before}", flush=True)
    worker = auth.login(db, f.worker, PASSWORD)
    supervisor = auth.login(db, f.supervisor, PASSWORD)
    big = auth.login(db, f.big_client_worker, PASSWORD)
    rows: list[Figure] = []

    def add(t: Timing, floor: float | None = None) -> None:
        print_timing(t)
        rows.append(Figure(t.what, t.budget_s, t.median, t.best, len(t.times), t.detail, floor))

    # -- window up, beside a bare dialog started the same way, taking turns ----------------
    url = db.url
    probes.run("app_probe.py", ["window", url])  # untimed: fills the bytecode cache
    probes.run("floor_probe.py", ["dialog"])
    window, dialog = [], []
    for _ in range(runs):
        window.append(probes.run("app_probe.py", ["window", url])[0])
        dialog.append(probes.run("floor_probe.py", ["dialog"])[0])
    floor_s = statistics.median(dialog)
    print(f"bare PySide6 dialog up: median {fmt_seconds(floor_s)}, best "
          f"{fmt_seconds(min(dialog))}", flush=True)  # fmt: skip
    rows.append(Figure("window up after launch", STARTUP_FACTOR * floor_s,
                       statistics.median(window), min(window), runs,
                       "spawn to login dialog painted", floor_s,
                       budget_text=f"< {STARTUP_FACTOR:g}x floor"))  # fmt: skip
    print_timing(Timing("window up after launch", STARTUP_FACTOR * floor_s, tuple(window)))

    # -- caseload ------------------------------------------------------------------------
    def caseload(actor, scope):  # type: ignore[no-untyped-def]
        def run() -> None:
            clients.list_caseload(db, actor, scope=scope)
            clients.count_caseload(db, actor, scope=scope)

        return run

    n_mine = clients.count_caseload(db, worker)
    n_team = clients.count_caseload(db, supervisor, scope="team")
    add(time_it("caseload, worker (service)", CASELOAD_S, caseload(worker, "mine"), runs,
                detail=f"{f.worker}, {n_mine} clients"))  # fmt: skip
    add(time_it("caseload, team (service)", CASELOAD_S, caseload(supervisor, "team"), runs,
                detail=f"{f.supervisor}, {n_team} clients"))  # fmt: skip
    add(time_it("caseload, team (Qt model first page)", CASELOAD_S,
                _model_first_page(db, supervisor, "team"), runs))  # fmt: skip

    # -- a client with 2,000 notes -----------------------------------------------------------
    def open_client() -> None:
        clients.get_client(db, big, f.big_client_id)
        notes.client_notes(db, big, f.big_client_id, 0, 100)
        notes.count_client_notes(db, big, f.big_client_id)

    add(time_it("client with 2,000 notes opens (service)", CLIENT_OPEN_S, open_client, runs,
                detail=f"{f.big_client_notes:,} notes, first page of 100"))  # fmt: skip

    # -- search ------------------------------------------------------------------------------
    def slowest(label: str, cases: list[tuple[str, Callable[[], Sequence[object]]]]) -> Timing:
        worst: Timing | None = None
        for what, call in cases:
            t = time_it(f"  {what}", SEARCH_S, call, runs)
            found = call()
            print(f"  {what} ({len(found)} found): "
                  f"median {fmt_seconds(t.median)}, best {fmt_seconds(t.best)}")  # fmt: skip
            if worst is None or t.median > worst.median:
                worst = t
        assert worst is not None
        return Timing(label, SEARCH_S, worst.times, worst.what.strip())

    people = ((supervisor, "supervisor"), (worker, "worker"))
    add(slowest("full-text search, slowest query", [
        (f"search {q!r} ({what}, {who})", functools.partial(notes.search_notes, db, a, q))
        for a, who in people for q, what in SEARCHES
    ]))  # fmt: skip
    add(slowest("search as shown (ranked, snippets), slowest", [
        (f"find {q!r} ({what}, {who})", functools.partial(notes.find_notes, db, a, q))
        for a, who in people for q, what in SEARCHES
    ] + [
        (f"find {q!r} ({what}, in the client of {f.big_client_notes:,} notes)",
         functools.partial(notes.find_notes, db, big, q, client_id=f.big_client_id))
        for q, what in SEARCHES
    ]))  # fmt: skip

    # -- review queue ------------------------------------------------------------------------
    def queue() -> None:
        review.review_queue(db, supervisor)
        review.count_review_queue(db, supervisor)

    waiting = review.count_review_queue(db, supervisor)
    add(time_it("review queue", REVIEW_QUEUE_S, queue, runs,
                detail=f"{f.supervisor}, {waiting:,} waiting"))  # fmt: skip

    # -- the real app after login, beside a bare table fed by one raw query, taking turns ----
    with db.read() as s:
        big_worker_id = s.scalar(select(User.id).where(User.username == f.big_client_worker))
    assert big_worker_id is not None
    bare = rows_floor(db, big_worker_id, f.big_client_id)
    session_args = ["session", url, f.big_client_worker, PASSWORD, str(f.big_client_id)]
    sessions, floors = [], []
    for _ in range(max(3, runs // 2)):
        sessions.append(probes.run("app_probe.py", session_args)[1])
        floors.append(probes.run("floor_probe.py", bare.args, bare.env)[1])
    n = len(sessions)

    def median_of(reports: list[dict[str, Any]], key: str) -> float:
        return statistics.median(float(r[key]) for r in reports)

    query_floor = median_of(floors, "caseload_query_s")
    add(Timing("caseload shown after login (app)", CASELOAD_S,
               tuple(float(s["caseload_s"]) for s in sessions),
               f"{f.big_client_worker}: password checked to rows painted; floor "
               f"{floors[0]['caseload_rows']} rows, its query {fmt_seconds(query_floor)}"),
        median_of(floors, "caseload_s"))  # fmt: skip
    query_floor = median_of(floors, "notes_query_s")
    add(Timing("client with 2,000 notes opens (app)", CLIENT_OPEN_S,
               tuple(float(s["client_open_s"]) for s in sessions),
               f"open_client to Notes tab rows painted; floor {floors[0]['notes_rows']} rows, "
               f"its query {fmt_seconds(query_floor)}"),
        median_of(floors, "notes_s"))  # fmt: skip
    rss = [int(s["VmRSS"]) / 1024 for s in sessions]
    peak = statistics.median(int(s["VmHWM"]) / 1024 for s in sessions)
    rows.append(Figure("memory, client record open (RSS)", MEMORY_MB, statistics.median(rss),
                       min(rss), n, f"peak {peak:.0f} MB",
                       median_of(floors, "VmRSS") / 1024, unit="MB"))  # fmt: skip
    db.dispose()

    if not args.skip_handover:
        rows.extend(_handover_rows(runs))
    if not args.skip_reports:
        rows.extend(_report_rows(runs, url))

    load_after = load_average()
    app.processEvents()
    _table(rows, f"{title}, load {load_after}")
    print(f"\nload average before {load_before}, after {load_after}")
    over = [t.what for t in rows if not t.within]
    if over:
        print("over budget: " + "; ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
