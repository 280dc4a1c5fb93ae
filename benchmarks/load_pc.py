"""One simulated PC of the load benchmark: a worker or a supervisor at work (``load.py``).

    python benchmarks/load_pc.py --url URL --user NAME --role worker --ledger FILE

Started by ``load.py`` with its own settings folders in the environment; the
password is the first line on stdin. It opens the database and says ``open`` on
stdout; on ``login`` it logs in, once (Argon2 is slow by design, as at a real PC),
and says ``ready``; on ``go END`` (END: a Unix time) it works until END, calling
the services as the GUI does:

* a worker autosaves its open draft every 2 s (``notes.save_draft`` with the
  version it holds, as ``note_editor`` does), submits it after a few saves and
  starts a new one on a client of its caseload; between saves it opens a client
  (the record's header, warnings and first page of notes, as ``client_record``),
  lists its caseload (``caseload_model``) or searches notes (``note_search_page``).
  Now and then it saves with a stale version on purpose: the service must refuse.
* a supervisor reads its review queue every 2 s (``ReviewQueuePage``), opens the
  first note, checks a high-risk one (``sign_check``) and signs it (``note_viewer``);
  now and then it lists the team caseload or searches.

Every call is timed; what succeeded goes in the ledger (``load_ledger``), written to
``--ledger`` at the end. A ``DatabaseBusy`` refusal (nothing written) is counted
apart and the PC goes on as the GUI does: the editor saves the same text again at
the next tick, a submit is pressed again, a login tried again after a moment. Any
other exception is a problem, kept with its traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from load_ledger import SELF_CARE_FIELD, TYPED_FIELDS, Ledger, Problem

from pswdesk.db import Database
from pswdesk.errors import ConflictError, DatabaseBusy
from pswdesk.services import clients, notes, record_header, review
from pswdesk.services.access import Actor
from pswdesk.services.auth import login
from pswdesk.services.note_content import NoteContent
from pswdesk.services.notes import NoteView
from pswdesk.services.sign_check import needs_confirmation, sign_check

TICK_S = 2.0  # the editor's autosave interval, and each PC's pace
SEARCH_WORDS = ("housing", "sleep", "sister", "appointment", "walk", "shelter", "medication")
LOGIN_TRIES = 5
STALE_EVERY = 25  # about one save in this many is sent with a stale version on purpose

T = TypeVar("T")


class PC:
    """A logged-in person at one PC; ``run`` works until the end time."""

    def __init__(self, db: Database, actor: Actor, ledger: Ledger, rng: random.Random) -> None:
        self.db, self.actor, self.ledger, self.rng = db, actor, ledger, rng

    def timed(self, op: str, call: Callable[[], T]) -> T | None:
        """The call's result, its latency in the ledger; an exception is a problem, None."""
        started = time.perf_counter()
        try:
            result = call()
        except DatabaseBusy as exc:
            # Nothing was written; the GUI says so and its editor tries again (so do we).
            self.ledger.sample(op, time.perf_counter() - started)
            self.ledger.busy_refusal(op, exc)
            return None
        except Exception as exc:
            self.ledger.sample(op, time.perf_counter() - started)
            self.problem(op, exc)
            return None
        self.ledger.sample(op, time.perf_counter() - started)
        return result

    def problem(self, op: str, exc: BaseException) -> None:
        self.ledger.problems.append(Problem.of(op, exc))

    def run(self, end: float) -> None:
        next_tick = time.time()
        while True:
            now = time.time()
            if now >= end:
                return
            if now < next_tick:
                time.sleep(min(next_tick, end) - now)
                continue
            self.tick()
            # A PC that fell behind does not queue up missed ticks: it saves as soon as it can.
            next_tick = max(next_tick + TICK_S, time.time())

    def tick(self) -> None:
        raise NotImplementedError

    # -- what both kinds of PC do ----------------------------------------------------------

    def search(self) -> None:
        word = self.rng.choice(SEARCH_WORDS)
        self.timed("search notes", lambda: notes.find_notes(self.db, self.actor, word))

    def caseload(self, scope: str) -> list[int]:
        db, actor = self.db, self.actor

        def read() -> list[int]:
            rows = clients.list_caseload(db, actor, scope=scope, sort="risk", offset=0, limit=100)
            clients.count_caseload(db, actor, scope=scope)
            return [r.id for r in rows]

        return self.timed(f"caseload ({scope})", read) or []


class WorkerPC(PC):
    def __init__(self, db: Database, actor: Actor, ledger: Ledger, rng: random.Random) -> None:
        super().__init__(db, actor, ledger, rng)
        self.client_ids = self.caseload("mine")  # the page after login
        self.draft: NoteView | None = None
        self.content: NoteContent | None = None
        self.saves_left = 0
        self.saves_total = 0

    def tick(self) -> None:
        if self.draft is None:
            self.new_draft()
        elif self.saves_left <= 0:
            self.submit()
        else:
            self.autosave()
        roll = self.rng.random()
        if roll < 0.35:
            self.open_client()
        elif roll < 0.6:
            self.client_ids = self.caseload("mine") or self.client_ids
        elif roll < 0.9:
            self.search()

    def new_draft(self) -> None:
        if not self.client_ids:
            self.problem("new draft", RuntimeError("this worker has no clients on its caseload"))
            return
        cid = self.rng.choice(self.client_ids)
        view = self.timed("new draft", lambda: notes.create_draft(self.db, self.actor, cid))
        if view is None:
            return
        self.draft, self.content = view, view.content
        self.saves_left = self.rng.randint(4, 14)
        self.ledger.created.append(view.id)
        self.ledger.saves[str(view.id)] = 0

    def _typed(self, content: NoteContent, finish: bool) -> NoteContent:
        """The content after a few more words (``finish``: every step written, to submit)."""
        assert self.draft is not None
        self.saves_total += 1
        words = f"{self.actor.username} note {self.draft.id} save {self.saves_total}."
        targets = TYPED_FIELDS if finish else (self.rng.choice(TYPED_FIELDS),)
        changes: dict[str, Any] = {
            name: f"{getattr(content, name)} {words}".strip()
            for name in targets
            if not finish or not getattr(content, name) or name == "summary"
        }
        if "summary" not in changes:
            changes["summary"] = f"Contact with {self.draft.client_name}; {words}"
        self_care = content.self_care
        if self_care is not None and (finish or self.rng.random() < 0.2):
            self_care = dataclasses.replace(self_care, impact=f"{self_care.impact} {words}".strip())
        return dataclasses.replace(content, self_care=self_care, **changes)

    def autosave(self, finish: bool = False) -> bool:
        """One autosave as the editor sends it; True when it was stored."""
        assert self.draft is not None and self.content is not None
        draft, content = self.draft, self._typed(self.content, finish)
        if self.rng.randrange(STALE_EVERY) == 0 and draft.version > 1:
            self.stale_save(draft, content)
        db, actor = self.db, self.actor
        view = self.timed(
            "autosave", lambda: notes.save_draft(db, actor, draft.id, content, draft.version)
        )
        if view is None:
            return False  # as the editor: the text stays, and the next tick saves it again
        self.draft, self.content = view, content
        self.saves_left -= 1
        key = str(view.id)
        self.ledger.saves[key] += 1
        texts = {name: getattr(content, name) for name in TYPED_FIELDS}
        if content.self_care is not None:
            texts[SELF_CARE_FIELD] = getattr(content.self_care, SELF_CARE_FIELD)
        self.ledger.last_text[key] = texts
        return True

    def stale_save(self, draft: NoteView, content: NoteContent) -> None:
        """The same user saving from a second PC that holds an older version: refused."""
        started = time.perf_counter()
        op = "stale save (refused)"
        try:
            notes.save_draft(self.db, self.actor, draft.id, content, draft.version - 1)
        except ConflictError:
            self.ledger.refused[op] = self.ledger.refused.get(op, 0) + 1
        except Exception as exc:
            self.problem(op, exc)
        else:
            self.problem(op, AssertionError("a save with a stale version was stored"))
        self.ledger.sample(op, time.perf_counter() - started)

    def submit(self) -> None:
        if not self.autosave(finish=True):
            return
        assert self.draft is not None and self.content is not None
        problems = notes.validate_for_submit(self.content)  # the editor's check first
        if problems:
            self.problem("submit", AssertionError(f"the note would be refused: {problems}"))
        draft = self.draft
        db, actor = self.db, self.actor
        busy = self.ledger.busy.get("submit", 0)
        view = self.timed("submit", lambda: notes.submit(db, actor, draft.id, draft.version))
        if view is not None:
            self.ledger.submitted.append(view.id)
        elif self.ledger.busy.get("submit", 0) > busy:
            return  # nothing was sent: the person presses Submit again at the next tick
        self.draft = self.content = None

    def open_client(self) -> None:
        if not self.client_ids:
            return
        cid = self.rng.choice(self.client_ids)
        db, actor = self.db, self.actor

        def open_record() -> None:
            clients.get_client(db, actor, cid, audit_open=True)
            record_header.record_header(db, actor, cid)
            notes.client_notes(db, actor, cid, offset=0, limit=100)
            notes.count_client_notes(db, actor, cid)

        self.timed("open client", open_record)


class SupervisorPC(PC):
    def tick(self) -> None:
        db, actor = self.db, self.actor

        def queue() -> list[notes.NoteRow]:
            rows = review.review_queue(db, actor, offset=0, limit=100)
            review.count_review_queue(db, actor)
            return rows

        rows = self.timed("review queue", queue)
        if rows:
            self.approve(rows[0].id)
        roll = self.rng.random()
        if roll < 0.2:
            self.caseload("team")
        elif roll < 0.4:
            self.search()

    def approve(self, note_id: int) -> None:
        db, actor = self.db, self.actor
        view = self.timed("open note", lambda: notes.get_note(db, actor, note_id))
        if view is None:
            return
        urgent = needs_confirmation(view.content.risk_level)
        if urgent and self.timed("sign check", lambda: sign_check(db, actor, note_id)) is None:
            return
        signed = self.timed(
            "approve",
            lambda: review.approve(db, actor, note_id, view.version, acknowledged_risk=urgent),
        )
        if signed is not None:
            self.ledger.approved.append(signed.id)


def log_in(db: Database, user: str, password: str, ledger: Ledger) -> Actor:
    """Log in as a person does: a busy database is tried again after a moment."""
    for attempt in range(LOGIN_TRIES):
        started = time.perf_counter()
        try:
            actor = login(db, user, password)
        except DatabaseBusy as exc:
            ledger.sample("login", time.perf_counter() - started)
            ledger.busy_refusal("login", exc)
            if attempt == LOGIN_TRIES - 1:
                raise
            time.sleep(TICK_S)
            continue
        ledger.sample("login", time.perf_counter() - started)
        return actor
    raise AssertionError("unreachable")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--role", choices=("worker", "supervisor"), required=True)
    p.add_argument("--ledger", required=True, type=Path)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    password = sys.stdin.readline().strip()  # never on the command line
    ledger = Ledger(args.user, args.role)
    db = Database(args.url)
    try:
        # The parent lets a few PCs log in at a time, as people arrive over the morning
        # rather than in one second (Argon2 takes a core each while it checks).
        print("open", flush=True)
        if sys.stdin.readline().strip() != "login":
            return 0
        actor = log_in(db, args.user, password, ledger)
        rng = random.Random(args.seed)
        pc: PC = (
            WorkerPC(db, actor, ledger, rng)
            if args.role == "worker"
            else SupervisorPC(db, actor, ledger, rng)
        )
        print("ready", flush=True)
        word, _, end = sys.stdin.readline().partition(" ")
        if word == "go":
            pc.run(float(end))
    except Exception as exc:  # login or set-up failed: say so in the ledger, not only here
        ledger.problems.append(Problem.of("start", exc))
        print("failed", flush=True)
    finally:
        db.dispose()
        ledger.save(args.ledger)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
