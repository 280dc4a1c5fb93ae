"""Measure every speed budget and print a table of figure against budget.

The budgets are in docs/ARCHITECTURE.md, Speed budget.

    python benchmarks/run_all.py [--runs 7] [--skip-handover] [--skip-reports]
    PSWDESK_BENCH_DB=postgresql://USER:PASS@localhost/EMPTY_DB python benchmarks/run_all.py

The data set is built once and cached (``common.py``): 200 clients x 500 notes
from ``seed_demo`` plus a client with 2,000 notes and a review queue of over
1,000. Every figure is the median (and best) of ``--runs`` timed runs after one
untimed warm-up; the window and memory figures come from fresh processes of the
real app (``app_probe.py``), with compiled bytecode as an installed app has it
(one untimed start first), the handover from ``handover.py`` on its own data, and a
handover whose one note is a 1 MB paste from ``pathological_text.py`` (beside bare
reportlab on the same text, its floor; ``--skip-handover`` skips both).
What each row times:

* window up: spawning ``pswdesk --db URL`` until the login dialog paints.
* caseload: ``list_caseload`` (first page) + ``count_caseload``, for the worker
  with the most clients and for a supervisor's team; the caseload table model's
  first page through its background fetch; and, in the real app, from the end of
  the password check to the caseload table painting its rows.
* client opens: ``get_client`` (an audited write) + ``client_notes`` (first page
  of 100) + ``count_client_notes`` for the client with 2,000 notes; and in the
  real app, ``open_client`` until its Notes tab paints rows.
* search: ``search_notes`` (first page) for several queries, as a supervisor and
  as a worker; the row shows the slowest query.
* review queue: ``review_queue`` (first page) + ``count_review_queue``.
* memory: resident memory of the real app with that client's record open.
* reports: ``reports.py`` in its own process (on SQLite its own data set, on
  PostgreSQL this database): each report's slowest case (fiscal year or month,
  supervisor or administrator); ``reports.py`` prints every case.

Exit status 1 when a median is over budget.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    OUT,
    PASSWORD,
    Timing,
    facts,
    fmt_seconds,
    load_average,
    open_dataset,
    print_timing,
    time_it,
)

from pswdesk.services import auth, clients, notes, review

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Figure:
    """One row of the table."""

    what: str
    budget_s: float
    median: float
    best: float
    runs: int
    detail: str = ""

    @property
    def within(self) -> bool:
        return self.median < self.budget_s


SEARCHES = (
    ("and", "a word in every note"),
    ("sleep", "a common word"),
    ("women", "a word in 2 % of notes"),
    ("hospital visit", "two words"),
    ("hou", "a prefix, still typing"),
    ("Quillfeather", "a word in no note"),
)


def _probe(args: list[str]) -> tuple[float, dict[str, object]]:
    """Run app_probe.py; (seconds from spawn to its report, the report)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed pswdesk has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module at each start instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "app_probe.py"), *args],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    report = json.loads(line or "{}")
    if not line or "error" in report:
        raise RuntimeError(f"app probe failed: {report.get('error', 'no report')}")
    return elapsed, report


def _report_rows(runs: int, pg_url: str | None) -> list[Figure]:
    """Each report's slowest case from ``reports.py`` (every case is in its own output)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "reports.json"
        cmd = [sys.executable, str(HERE / "reports.py"), "--runs", str(runs), "--json", str(out)]
        cmd += ["--db", pg_url] if pg_url else ["--backend", "sqlite"]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if not out.exists():
            print(f"reports.py failed: {proc.stderr.strip()[-500:]}", file=sys.stderr)
            return []
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
        figures.append(Figure(f"report {name} (slowest case)", 0.3, r["median_s"], r["best_s"],
                              r["runs"], detail))  # fmt: skip
    return figures


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--skip-handover", action="store_true")
    ap.add_argument("--skip-reports", action="store_true")
    args = ap.parse_args()
    runs = args.runs

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])  # for the table model
    load_before = load_average()
    db = open_dataset()
    f = facts(db)
    backend = "PostgreSQL"
    if db.is_sqlite:
        backend = "SQLite, encrypted (SQLCipher)" if db.encryption else "SQLite, not encrypted"
    print(
        f"{backend}, {f.notes:,} notes; {os.cpu_count()} cores ({platform.machine()}); "
        f"load average {load_before}",
        flush=True,
    )
    worker = auth.login(db, f.worker, PASSWORD)
    supervisor = auth.login(db, f.supervisor, PASSWORD)
    big = auth.login(db, f.big_client_worker, PASSWORD)
    rows: list[Figure] = []

    def add(t: Timing) -> None:
        print_timing(t)
        rows.append(Figure(t.what, t.budget_s, t.median, t.best, len(t.times), t.detail))

    # -- window up ---------------------------------------------------------------------
    url = db.url
    _probe(["window", url])  # untimed: fills the bytecode cache, as an install would
    window = [_probe(["window", url])[0] for _ in range(runs)]
    add(Timing("window up after launch", 1.0, tuple(window), "spawn to login dialog painted"))

    # -- caseload ------------------------------------------------------------------------
    def caseload(actor, scope):  # type: ignore[no-untyped-def]
        def run() -> None:
            clients.list_caseload(db, actor, scope=scope)
            clients.count_caseload(db, actor, scope=scope)

        return run

    n_mine = clients.count_caseload(db, worker)
    n_team = clients.count_caseload(db, supervisor, scope="team")
    add(time_it("caseload, worker (service)", 0.3, caseload(worker, "mine"), runs,
                detail=f"{f.worker}, {n_mine} clients"))  # fmt: skip
    add(time_it("caseload, team (service)", 0.3, caseload(supervisor, "team"), runs,
                detail=f"{f.supervisor}, {n_team} clients"))  # fmt: skip
    add(time_it("caseload, team (Qt model first page)", 0.3,
                _model_first_page(db, supervisor, "team"), runs))  # fmt: skip

    # -- a client with 2,000 notes -----------------------------------------------------------
    def open_client() -> None:
        clients.get_client(db, big, f.big_client_id)
        notes.client_notes(db, big, f.big_client_id, 0, 100)
        notes.count_client_notes(db, big, f.big_client_id)

    add(time_it("client with 2,000 notes opens (service)", 0.1, open_client, runs,
                detail=f"{f.big_client_notes:,} notes, first page of 100"))  # fmt: skip

    # -- search ------------------------------------------------------------------------------
    worst: Timing | None = None
    for actor, who in ((supervisor, "supervisor"), (worker, "worker")):
        for query, what in SEARCHES:
            t = time_it(f"  search {query!r} ({what}, {who})", 0.1,
                        lambda a=actor, q=query: notes.search_notes(db, a, q), runs)  # fmt: skip
            hits = len(notes.search_notes(db, actor, query))
            print(f"  search {query!r} as {who} ({what}, {hits} on the first page): "
                  f"median {fmt_seconds(t.median)}, best {fmt_seconds(t.best)}")  # fmt: skip
            if worst is None or t.median > worst.median:
                worst = t
    assert worst is not None
    add(Timing("full-text search, slowest query", 0.1, worst.times, worst.what.strip()))

    # -- review queue ------------------------------------------------------------------------
    def queue() -> None:
        review.review_queue(db, supervisor)
        review.count_review_queue(db, supervisor)

    waiting = review.count_review_queue(db, supervisor)
    add(time_it("review queue", 0.1, queue, runs, detail=f"{f.supervisor}, {waiting:,} waiting"))

    # -- the real app: caseload after login, client record, memory ---------------------------
    sessions = [
        _probe(["session", url, f.big_client_worker, PASSWORD, str(f.big_client_id)])[1]
        for _ in range(max(3, runs // 2))
    ]
    n = len(sessions)
    add(Timing("caseload shown after login (app)", 0.3,
               tuple(float(s["caseload_s"]) for s in sessions),  # type: ignore[arg-type]
               f"{f.big_client_worker}: password checked to rows painted"))  # fmt: skip
    add(Timing("client with 2,000 notes opens (app)", 0.1,
               tuple(float(s["client_open_s"]) for s in sessions),  # type: ignore[arg-type]
               "open_client to Notes tab rows painted"))  # fmt: skip
    rss = [int(s["VmRSS"]) / 1024 for s in sessions]  # type: ignore[call-overload]
    peak = [int(s["VmHWM"]) / 1024 for s in sessions]  # type: ignore[call-overload]
    db.dispose()

    # -- handover ----------------------------------------------------------------------------
    handover_line = ""
    if not args.skip_handover:
        out = subprocess.run(
            [sys.executable, str(HERE / "handover.py"), "--runs", str(runs)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        handover_line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
        m = re.search(r"median ([\d.]+) s, min ([\d.]+) s", handover_line)
        if m:
            med, best = float(m.group(1)), float(m.group(2))
            rows.append(Figure("handover, 500 approved notes", 2.0, med, best, runs))
            print(handover_line, flush=True)
        else:
            print(f"handover.py failed: {out.stderr.strip()[-500:]}", file=sys.stderr)
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
            rows.append(Figure("handover, one 1 MB note (< 4x bare reportlab)", 4 * floor_s,
                               med, best, patho_runs, f"floor {fmt_seconds(floor_s)}"))  # fmt: skip
            print(line, flush=True)
        else:
            print(f"pathological_text.py failed: {out.stderr.strip()[-500:]}", file=sys.stderr)

    # -- reports -------------------------------------------------------------------------
    if not args.skip_reports:
        rows.extend(_report_rows(runs, None if db.is_sqlite else url))

    load_after = load_average()
    app.processEvents()

    # -- the table ---------------------------------------------------------------------------
    print()
    print(f"| what | budget | median | best | runs |  |  ({backend}, load {load_after})")
    print("|---|---|---|---|---|---|")
    for t in rows:
        mark = "ok" if t.within else "**over**"
        print(f"| {t.what} | < {fmt_seconds(t.budget_s)} | {fmt_seconds(t.median)} | "
              f"{fmt_seconds(t.best)} | {t.runs} | {mark} |")  # fmt: skip
    mem_ok = statistics.median(rss) < 250
    print(f"| memory, client record open (RSS; peak) | < 250 MB | {statistics.median(rss):.0f} MB"
          f" (peak {statistics.median(peak):.0f} MB) | {min(rss):.0f} MB | {n} | "
          f"{'ok' if mem_ok else '**over**'} |")  # fmt: skip
    print(f"\nload average before {load_before}, after {load_after}")
    over = [t.what for t in rows if not t.within] + ([] if mem_ok else ["memory"])
    if over:
        print("over budget: " + "; ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
