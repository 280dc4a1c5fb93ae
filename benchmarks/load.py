"""Many PCs on one PostgreSQL server: latency per operation, and nothing lost or doubled.

    python benchmarks/load.py                       # 40 PCs for 10 minutes
    python benchmarks/load.py --pcs 6 --minutes 0.5 # a short run
    python benchmarks/load.py --url postgresql://... --keep

Makes a new database on the server (``--server``, the local test server by
default), sets it up with ``pswdesk init`` and ``pswdesk seed-demo`` (100 clients
x 50 notes by default) and adds the PCs' accounts (``load_setup``). It times each
operation done by one PC alone (the floor), then starts ``--pcs`` separate
processes (``load_pc.py``), ``--supervisors`` of them supervisors and the rest
workers, each with its own settings folders; they log in as their own users two
at a time (people do not all press Enter in the same second) and then work
together for ``--minutes``: workers autosave a draft every 2 s, submit it, open
clients, list their caseload and search; supervisors read their review queue and
sign. ``--url`` uses that database instead and keeps it: one this script filled
and kept before, or an empty one (filled first).

At the end it prints count, rate, p50 / p99 / max per operation beside its floor,
the load average and how many sessions waited on a lock, and checks:

* no errors: any exception but the refusals a PC provokes on purpose (a save with
  a stale version) is printed with its traceback;
* no busy refusals (``DatabaseBusy``: a write that waited the 10 s lock timeout,
  nothing written, the person asked to try again); the first ones are printed;
* no lost or doubled writes: each PC's ledger against the database (``load_check``);
* ``pswdesk verify`` passes.

Exit status 1 when any check fails. The database is dropped unless ``--keep``.
The settings and data folders are temporary ones, never the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = Path(tempfile.mkdtemp(prefix="pswdesk-load-"))
# Before pswdesk is imported: its folders and keyring are never the user's. A fixed agency
# key (invented data only) lets every PC seal the audit chain as the others do.
os.environ["XDG_DATA_HOME"] = str(WORK / "parent" / "data")
os.environ["XDG_CONFIG_HOME"] = str(WORK / "parent" / "config")
os.environ["XDG_STATE_HOME"] = str(WORK / "parent" / "state")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.setdefault("PSWDESK_DB_KEY", "4c" * 32)

import argparse  # noqa: E402
import random  # noqa: E402
import select  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import load_pc  # noqa: E402
import load_setup  # noqa: E402
from load_check import Marks, compare, marks  # noqa: E402
from load_ledger import Ledger, Problem  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from pswdesk.db import Database  # noqa: E402
from pswdesk.services import users  # noqa: E402

SERVER = "postgresql://pswdesk:pswdesk@localhost:5432/postgres"
READY_TIMEOUT_S = 600  # 40 interpreters starting on two busy cores take a while
GRACE_S = 120  # how long after the end a PC may take to finish its last call
LOGIN_BATCH = 2  # PCs logging in at the same time


@dataclass
class Running:
    account: load_setup.Account
    ledger_path: Path
    process: subprocess.Popen[str]
    log_path: Path


def start_pc(url: str, account: load_setup.Account, n: int) -> Running:
    home = WORK / account.username
    env = dict(os.environ)
    for kind in ("DATA", "CONFIG", "STATE"):
        env[f"XDG_{kind}_HOME"] = str(home / kind.lower())
    log = home / "stderr.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    ledger = home / "ledger.json"
    cmd = [
        sys.executable, str(HERE / "load_pc.py"), "--url", url, "--user", account.username,
        "--role", account.role, "--ledger", str(ledger), "--seed", str(n),
    ]  # fmt: skip
    with log.open("w", encoding="utf-8") as err:
        process = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, env=env, text=True
        )
    assert process.stdin is not None
    process.stdin.write(load_setup.PASSWORD + "\n")
    process.stdin.flush()
    return Running(account, ledger, process, log)


def say(text: str) -> None:
    """Progress, apart from the report on stdout."""
    print(text, file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


def lock_waiters(db: Database) -> int:
    """How many sessions on this database wait for a lock now (the audit chain's, or a row's)."""
    with db.read() as s:
        return (
            s.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            or 0
        )


def merged_samples(ledgers: list[Ledger]) -> dict[str, list[float]]:
    merged: dict[str, list[float]] = {}
    for led in ledgers:
        for op, values in led.samples.items():
            merged.setdefault(op, []).extend(values)
    return merged


def floor(url: str, worker: str, supervisor: str, ticks: int) -> Ledger:
    """Each operation done by one PC alone, back to back, in this process: the floor."""
    db = Database(url)
    alone = Ledger("floor", "both")
    try:
        for name, kind in ((worker, load_pc.WorkerPC), (supervisor, load_pc.SupervisorPC)):
            pc = kind(
                db, load_pc.log_in(db, name, load_setup.PASSWORD, alone), alone, random.Random(0)
            )
            # The worker goes on until it has submitted once, so every operation has a floor.
            for n in range(3 * ticks):
                if n >= ticks and (alone.submitted or kind is load_pc.SupervisorPC):
                    break
                pc.tick()
    finally:
        db.dispose()
    return alone


def table(ledgers: list[Ledger], alone: Ledger, seconds: float) -> list[str]:
    merged = merged_samples(ledgers)
    floors = alone.samples
    errors: dict[str, int] = {}
    busy: dict[str, int] = {}
    for led in ledgers:
        for p in led.problems:
            errors[p.op] = errors.get(p.op, 0) + 1
        for op, n in led.busy.items():
            busy[op] = busy.get(op, 0) + n
    lines = [
        f"{'operation':<22}{'count':>7}{'per s':>7}{'p50':>8}{'p99':>8}{'max':>8}"
        f"{'floor':>8}{'p50/floor':>10}{'busy':>6}{'errors':>7}"
    ]
    for op in sorted(merged):
        v = merged[op]
        rate = len(v) / seconds if seconds else 0.0
        p50 = statistics.median(v)
        base = statistics.median(floors[op]) if op in floors else None
        ratio = f"{p50 / base:.1f}x" if base else "-"
        lines.append(
            f"{op:<22}{len(v):>7}{rate:>7.1f}{_ms(p50)}{_ms(percentile(v, 99))}{_ms(max(v))}"
            f"{_ms(base) if base else '-':>8}{ratio:>10}{busy.get(op, 0):>6}{errors.get(op, 0):>7}"
        )
    return lines


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:>6.0f}ms"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pcs", type=int, default=40, help="simulated PCs (default 40)")
    p.add_argument("--supervisors", type=int, default=4, help="of them supervisors (default 4)")
    p.add_argument("--minutes", type=float, default=10.0, help="how long they work (default 10)")
    p.add_argument("--url", help="a database kept by an earlier run, or an empty one (kept)")
    p.add_argument("--server", default=SERVER, help="where to make the database (default local)")
    p.add_argument("--clients", type=int, default=100, help="seed-demo clients (default 100)")
    p.add_argument("--notes-per-client", type=int, default=50, help="seed-demo notes (default 50)")
    p.add_argument("--clients-per-worker", type=int, default=6, help="each PC's caseload")
    p.add_argument(
        "--floor-ticks", type=int, default=20, help="ticks of the one-PC floor (default 20)"
    )
    p.add_argument("--keep", action="store_true", help="do not drop the database made")
    try:
        args = p.parse_args(argv)
        if not 1 <= args.supervisors < args.pcs:
            p.error("--supervisors must be at least 1 and fewer than --pcs")
        return run(args)
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


def run(args: argparse.Namespace) -> int:
    made = args.url is None
    url = args.url or load_setup.create_database(args.server)
    try:
        started = time.perf_counter()
        db = Database(url)
        try:
            empty = not users.is_initialised(db)
        finally:
            db.dispose()
        if empty:
            say(f"seeding {args.clients} clients x {args.notes_per_client} notes ...")
            load_setup.initialise(url, args.clients, args.notes_per_client)
        sups, pcs = load_setup.accounts(args.pcs - args.supervisors, args.supervisors)
        load_setup.add_people(url, sups, pcs, args.clients_per_worker)
        say("the floor: one worker, then one supervisor, alone ...")
        alone = floor(url, pcs[0].username, sups[0].username, args.floor_ticks)
        db = Database(url)
        try:
            before = marks(db)
        finally:
            db.dispose()
        say(f"set up in {time.perf_counter() - started:.0f} s; starting {args.pcs} PCs ...")
        return _run_pcs(args, url, sups + pcs, before, alone)
    finally:
        if made and not args.keep:
            load_setup.drop_database(args.server, url)
        elif made:
            say(f"kept the database: {make_url(url).render_as_string(hide_password=True)}")


def _run_pcs(
    args: argparse.Namespace,
    url: str,
    people: list[load_setup.Account],
    before: Marks,
    alone: Ledger,
) -> int:
    running: list[Running] = []
    try:
        for n, a in enumerate(people, 1):
            running.append(start_pc(url, a, n))
        return _work(args, url, running, before, alone)
    finally:
        for r in running:  # only after an interruption is one still working here
            if r.process.poll() is None:
                r.process.kill()
                r.process.wait()


def _answer(r: Running, deadline: float) -> str:
    """The PC's next line ("open", "ready", "failed"), or "no answer" by the deadline."""
    assert r.process.stdout is not None
    waiting, _, _ = select.select([r.process.stdout], [], [], max(deadline - time.time(), 0))
    return (r.process.stdout.readline().strip() or "no answer") if waiting else "no answer"


def _send(r: Running, line: str) -> None:
    assert r.process.stdin is not None
    try:
        r.process.stdin.write(line + "\n")
        r.process.stdin.flush()
    except BrokenPipeError:
        pass  # it already stopped; its exit code says why


def _work(
    args: argparse.Namespace, url: str, running: list[Running], before: Marks, alone: Ledger
) -> int:
    failures: list[str] = []
    deadline = time.time() + READY_TIMEOUT_S
    opened = []
    for r in running:
        answer = _answer(r, deadline)
        if answer == "open":
            opened.append(r)
        else:
            failures.append(f"{r.account.username} did not open the database ({answer})")
    say(f"logging in, {LOGIN_BATCH} PCs at a time ...")
    for i in range(0, len(opened), LOGIN_BATCH):
        batch = opened[i : i + LOGIN_BATCH]
        for r in batch:
            _send(r, "login")
        for r in batch:
            answer = _answer(r, deadline)
            if answer != "ready":
                failures.append(f"{r.account.username} did not log in ({answer})")
    load_start = os.getloadavg()
    begin = time.time()
    end = begin + args.minutes * 60
    for r in running:
        _send(r, f"go {end}")
    say(f"{len(running)} PCs working for {args.minutes:g} min ...")
    loads: list[float] = []
    waits: list[int] = []
    watch = Database(url)
    try:
        while time.time() < end:
            time.sleep(min(2.0, max(end - time.time(), 0.0)))
            loads.append(os.getloadavg()[0])
            waits.append(lock_waiters(watch))
    finally:
        watch.dispose()
    for r in running:
        try:
            code = r.process.wait(timeout=max(end + GRACE_S - time.time(), 1.0))
        except subprocess.TimeoutExpired:
            r.process.kill()
            code = r.process.wait()
            failures.append(f"{r.account.username} did not stop within {GRACE_S} s of the end")
        if code != 0:
            failures.append(f"{r.account.username} exited with {code}; see its stderr below")
            failures.append(r.log_path.read_text(encoding="utf-8")[-4000:])
    ledgers = []
    for r in running:
        if r.ledger_path.exists():
            ledgers.append(Ledger.load(r.ledger_path))
        else:
            failures.append(f"{r.account.username} left no ledger")
    say(f"all PCs stopped {time.time() - end:.0f} s after the end")
    return _report(
        args, url, ledgers, alone, before, failures, args.minutes * 60, load_start, loads, waits
    )


def _report(
    args: argparse.Namespace,
    url: str,
    ledgers: list[Ledger],
    alone: Ledger,
    before: Marks,
    failures: list[str],
    seconds: float,
    load_start: tuple[float, float, float],
    loads: list[float],
    waits: list[int],
) -> int:
    problems: list[Problem] = [p for led in [alone, *ledgers] for p in led.problems]
    db = Database(url)
    try:
        differences = compare(db, before, ledgers)
    finally:
        db.dispose()
    try:
        verify = load_setup.run_cli("--db", url, "verify")
        verify_ok = True
    except RuntimeError as exc:
        verify, verify_ok = str(exc), False
    workers = sum(1 for led in ledgers if led.role == "worker")
    print(
        f"\n{len(ledgers)} PCs ({workers} workers, {len(ledgers) - workers} supervisors) for "
        f"{seconds / 60:.1f} min on {os.cpu_count()} cores; seed {args.clients} clients x "
        f"{args.notes_per_client} notes"
    )
    print("\n".join(table(ledgers, alone, seconds)))
    during = f"{statistics.mean(loads):.2f} mean, {max(loads):.2f} max" if loads else "n/a"
    print(
        f"load average (1 min): {load_start[0]:.2f} at the start, {during} during; "
        f"/proc/loadavg at the end: {Path('/proc/loadavg').read_text().strip()}"
    )
    print(
        f"sessions waiting on a lock (sampled every 2 s): {statistics.mean(waits or [0]):.1f} "
        f"mean, {max(waits or [0])} max"
    )
    refused = sum(n for led in ledgers for n in led.refused.values())
    print(f"stale saves refused as they should be: {refused}")
    submitted = sum(len(led.submitted) for led in ledgers)
    approved = sum(len(led.approved) for led in ledgers)
    saves = sum(sum(led.saves.values()) for led in ledgers)
    print(f"ledger: {saves} saves, {submitted} submissions, {approved} approvals counted")
    busy = [p for led in [alone, *ledgers] for p in led.busy_examples]
    n_busy = sum(n for led in [alone, *ledgers] for n in led.busy.values())
    for prob in busy[:3]:
        print(f"\nBUSY in {prob.op}: {prob.message}\n{prob.traceback}")
    for prob in problems:
        print(f"\nERROR in {prob.op}: {prob.kind}: {prob.message}\n{prob.traceback}")
    for diff in differences:
        print(f"LEDGER: {diff}")
    for f in failures:
        print(f"FAILED: {f}")
    print(f"verify: {'passed' if verify_ok else 'FAILED'}")
    if not verify_ok:
        print(verify)
    # A busy refusal writes nothing (the ledger shows it), but it tells a person to try again
    # after a 10 s wait: at this number of PCs that is a failure too.
    ok = not problems and not n_busy and not differences and not failures and verify_ok
    print(
        "PASS: no errors, no lost or doubled writes, verify passed"
        if ok
        else f"FAIL: {len(problems)} errors, {n_busy} busy refusals, "
        f"{len(differences)} ledger differences, "
        f"{len(failures)} other failures"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
