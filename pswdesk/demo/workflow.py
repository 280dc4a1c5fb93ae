"""What becomes of a demo note once written: submission, review, signature, follow-on rows.

``NoteWorkflow`` holds the generator's shared state (the random source, the
table writer, the demo's today) and stores each note with the rows its status
leaves behind: submission snapshots where a reviewer needs them (notes awaiting
review, returned, or resubmitted after a return; older signed notes carry none,
to keep a 100,000-note database lean), reviews, signatures with the content hash
``signing.content_hash`` computes, addenda, debrief requests, follow-ups and
safety-plan versions; and, once a client's notes are stored, the risk, last contact
and risk alert they leave on the client's row. ``notes.ClientWriter`` builds on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections import Counter
from types import SimpleNamespace
from typing import Any, cast

from pswdesk.demo import text as T
from pswdesk.demo.tables import Staff, TableWriter, utc_at
from pswdesk.models import (
    Addendum,
    DebriefRequest,
    FollowUp,
    Note,
    NoteReview,
    NoteSelfCare,
    NoteSubmission,
    SafetyPlan,
)
from pswdesk.services.note_content import from_row, snapshot
from pswdesk.services.signing import NOTE_CONTENT_FIELDS, SELF_CARE_FIELDS, addendum_hash
from pswdesk.vocabulary import NoteStatus, ReviewDecision, RiskLevel

#: Risk levels that need a safety plan / are urgent, looked up once (``RiskLevel.rank`` is slow).
NEEDS_PLAN = frozenset(r for r in RiskLevel if r.needs_plan)
URGENT = frozenset(r for r in RiskLevel if r.urgent)
#: The note fields of a signature that are neither a date nor a time (those are made text).
_PLAIN_FIELDS = tuple(f for f in NOTE_CONTENT_FIELDS if f not in ("contact_at", "follow_up_date"))


def note_content_hash(row: dict[str, Any], self_care: dict[str, Any] | None) -> str:
    """``signing.content_hash`` of a demo note row, without building a model object.

    The same JSON as ``audit.digest`` makes (``tests/test_seed_bulk.py`` checks it
    against ``content_hash``), from values that are already plain: text, numbers,
    booleans and lists or dicts of those, plus an aware contact time and a date.
    """
    content = {f: row[f] for f in _PLAIN_FIELDS}
    content["contact_at"] = row["contact_at"].astimezone(dt.UTC).isoformat(timespec="microseconds")
    due = row["follow_up_date"]
    content["follow_up_date"] = due.isoformat() if due is not None else None
    content["client_id"] = row["client_id"]
    content["author_id"] = row["author_id"]
    content["self_care"] = (
        {f: self_care[f] for f in SELF_CARE_FIELDS} if self_care is not None else None
    )
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ClientState:
    """What one client's history has built so far, while their notes are generated."""

    def __init__(self, cid: int, who: T.Who, primary: Staff, second: Staff | None, weights):  # type: ignore[no-untyped-def]
        self.client_id = cid
        self.who = who
        self.primary = primary
        self.second = second
        self.weights = weights
        self.last_risk: RiskLevel | None = None
        self.notes_left = 0
        self.n_notes = 0
        self.goals: list[dict[str, Any]] = []
        self.goal_texts: set[str] = set()
        self.strengths: set[str] = set()
        self.plan_versions = 0
        #: (note id, risk level or None, contact time, status, signed at, author)
        self.live_notes: list[
            tuple[int, str | None, dt.datetime, str, dt.datetime | None, Staff]
        ] = []


class NoteWorkflow:
    """The generator's shared state, and storing a note with the rows its status leaves."""

    def __init__(self, tables: TableWriter, staff: list[Staff], *, seed: int, today: dt.date):
        self.t = tables
        self.staff = staff
        self.rng = random.Random(seed)
        # randrange(n) for n > 0 is exactly _randbelow(n), minus argument checks that cost
        # more than the draw; the same numbers come out either way.
        self._below = self.rng._randbelow  # type: ignore[attr-defined]
        self.today = today
        # Everything happens before midnight (UTC) starting today, so nothing is in the future.
        self.latest = utc_at(today, 0, 0) - dt.timedelta(minutes=1)
        self.note_count = 0
        self.by_status: Counter[str] = Counter()
        self.by_risk: Counter[str] = Counter()

    # -- helpers --------------------------------------------------------------------------

    def _later(self, t: dt.datetime, lo_min: int, hi_min: int) -> dt.datetime:
        return max(t, min(t + dt.timedelta(minutes=self._int(lo_min, hi_min)), self.latest))

    def _int(self, lo: int, hi: int) -> int:
        """``rng.randint(lo, hi)``: the same draw, without its argument checks."""
        if hi < lo:
            raise ValueError(f"empty range {lo}..{hi}")
        return lo + self._below(hi - lo + 1)

    def _range(self, start: int, stop: int, step: int) -> int:
        """``rng.randrange(start, stop, step)`` for a positive step: the same draw."""
        n = (stop - start + step - 1) // step
        if n <= 0:
            raise ValueError(f"empty range {start}..{stop}")
        return start + step * self._below(n)

    def _pick(self, bank: tuple[str, ...]) -> str:
        return bank[self._below(len(bank))]

    # -- status, signature and the rows that follow from them ------------------------------

    def _store(self, st, nid, status, values, self_care, author, contact_at, risk, from_end):  # type: ignore[no-untyped-def]
        rng = self.rng
        late = from_end > 0 and rng.random() < 0.03
        created = contact_at + (
            dt.timedelta(days=self._int(4, 9)) if late else dt.timedelta(minutes=self._int(30, 300))
        )
        created = min(created, self.latest)
        row: dict[str, Any] = {
            "id": nid, **values, "status": status, "late_entry": late, "created_at": created,
            "updated_at": self._later(created, 5, 60), "submitted_at": None,
            "signed_by_id": None, "signed_at": None, "content_hash": None, "version": 1,
        }  # fmt: skip
        sc_row = {"note_id": nid, **self_care} if self_care else None
        submitted = self._later(created, 5, 60)
        returned_first = status == NoteStatus.APPROVED and rng.random() < 0.08
        if status != NoteStatus.DRAFT:
            if status in (NoteStatus.RETURNED, NoteStatus.SUBMITTED) or returned_first:
                ns = SimpleNamespace(**row)
                sc_ns = SimpleNamespace(**self_care) if self_care else None
                view = from_row(cast(Note, ns), cast(NoteSelfCare, sc_ns), with_self_care=True)
                snap = snapshot(view)
                first = dict(snap)
                if returned_first:
                    first["summary"] = "Check-in"  # the version the supervisor sent back
                self._submission(nid, submitted, first)
            if status == NoteStatus.RETURNED or returned_first:
                reviewed = self._later(submitted, 60, 30 * 60)
                self._review(nid, author.supervisor_id, ReviewDecision.RETURNED, reviewed)
                if returned_first:
                    submitted = self._later(reviewed, 30, 24 * 60)
                    self._submission(nid, submitted, snap)
            row["submitted_at"] = submitted
            row["updated_at"] = submitted
        if status == NoteStatus.APPROVED:
            signed = self._later(submitted, 60, 48 * 60)
            row["signed_by_id"] = author.supervisor_id
            row["signed_at"] = signed
            row["content_hash"] = note_content_hash(row, self_care)
            row["version"] = 3 if returned_first else 2
            if sc_row:
                # Step 8 can only go in while the note is unsigned: switched to approved after.
                row["status"] = NoteStatus.SUBMITTED
                self.t.to_approve.append(nid)
            self._review(nid, author.supervisor_id, ReviewDecision.APPROVED, signed)
            if rng.random() < 0.02:
                self._addendum(nid, author.user_id, row["content_hash"], signed)
        self.t.add(Note, row)
        if sc_row:
            self.t.add(NoteSelfCare, sc_row)
            if sc_row["debrief_requested"] and status != NoteStatus.DRAFT:
                self._debrief(nid, author, row["submitted_at"])
        if status != NoteStatus.DRAFT:
            self._follow_up(st, nid, author, values, row["submitted_at"])
            self._safety_plan(st, nid, author, risk, row["submitted_at"])
            st.live_notes.append(
                (nid, values["risk_level"], contact_at, status, row["signed_at"], author)
            )
        self.note_count += 1
        self.by_status[status] += 1
        self.by_risk[values["risk_level"] or "unrecorded"] += 1

    def _submission(self, nid: int, at: dt.datetime, content: dict[str, Any]) -> None:
        self.t.add(
            NoteSubmission,
            {"id": self.t.new_id(NoteSubmission), "note_id": nid, "submitted_at": at,
             "content": content},
        )  # fmt: skip

    def _review(self, nid: int, reviewer: int, decision: str, at: dt.datetime) -> None:
        comment = self._pick(T.RETURN_COMMENTS) if decision == ReviewDecision.RETURNED else ""
        self.t.add(
            NoteReview,
            {"id": self.t.new_id(NoteReview), "note_id": nid, "reviewer_id": reviewer,
             "decision": decision, "comment": comment, "created_at": at},
        )  # fmt: skip

    def _addendum(self, nid: int, author_id: int, note_hash: str, signed: dt.datetime) -> None:
        at = signed + dt.timedelta(days=self._int(1, 10), minutes=self._int(0, 600))
        if at > self.latest:
            return
        reason, text = T.ADDENDUM_REASONS[self._below(len(T.ADDENDUM_REASONS))]
        self.t.add(
            Addendum,
            {
                "id": self.t.new_id(Addendum), "note_id": nid, "author_id": author_id,
                "created_at": at, "reason": reason, "text": text,
                "content_hash": addendum_hash(note_hash, author_id, at, reason, text),
            },
        )  # fmt: skip

    def _debrief(self, nid: int, author: Staff, at: dt.datetime) -> None:
        held = at + dt.timedelta(hours=self._int(2, 72))
        is_held = held < self.latest - dt.timedelta(days=2) and self.rng.random() < 0.9
        self.t.add(
            DebriefRequest,
            {
                "id": self.t.new_id(DebriefRequest), "note_id": nid,
                "requester_id": author.user_id, "supervisor_id": author.supervisor_id,
                "created_at": at, "held_at": held if is_held else None,
                "held_by_id": author.supervisor_id if is_held else None,
                "held_note": self._pick(T.DEBRIEF_HELD) if is_held else "",
            },
        )  # fmt: skip

    def _follow_up(self, st, nid, author, values, at) -> None:  # type: ignore[no-untyped-def]
        due = values["follow_up_date"]
        if due is None:
            return
        done = None
        if due < self.today and self.rng.random() < 0.85:
            done = utc_at(due, self._int(9, 16), self.rng.choice((0, 20, 40)))
        self.t.add(
            FollowUp,
            {
                "id": self.t.new_id(FollowUp), "client_id": st.client_id, "note_id": nid,
                "owner_id": author.user_id, "due_date": due,
                "description": self._pick(T.FOLLOW_UP_TASKS), "done_at": done, "created_at": at,
            },
        )  # fmt: skip

    def _safety_plan(self, st, nid, author, risk, at) -> None:  # type: ignore[no-untyped-def]
        if risk not in NEEDS_PLAN:
            return
        if st.plan_versions and (st.plan_versions >= 6 or self.rng.random() >= 0.25):
            return
        st.plan_versions += 1
        sections = {k: self._pick(v) for k, v in T.SAFETY_PLAN.items()}
        self.t.add(
            SafetyPlan,
            {
                "id": self.t.new_id(SafetyPlan), "client_id": st.client_id,
                "version_no": st.plan_versions, "note_id": nid,
                "created_by_id": author.user_id, "created_at": at, **sections,
            },
        )  # fmt: skip

    def _finish_client(self, client: dict[str, Any], st: ClientState) -> None:
        """Risk, last contact and the risk alert follow from the submitted notes."""
        if not st.live_notes:
            return
        client["last_contact_at"] = st.live_notes[-1][2]
        rated = [n for n in st.live_notes if n[1] is not None]
        if rated:
            client["current_risk"] = rated[-1][1]
            client["current_risk_at"] = rated[-1][2]
        urgent = [i for i, n in enumerate(st.live_notes) if n[1] in URGENT]
        if not urgent:
            return
        last = urgent[-1]
        client["risk_alert_note_id"] = st.live_notes[last][0]
        later = [n for n in st.live_notes[last + 1 :] if n[3] == NoteStatus.APPROVED]
        if len(later) >= 2:
            # Cleared by the supervisor who signed a later, calmer contact.
            _, _, _, _, signed_at, author = later[1]
            client["risk_alert_cleared_by_id"] = author.supervisor_id
            client["risk_alert_cleared_at"] = signed_at
            client["risk_alert_clear_reason"] = self._pick(T.CLEAR_REASONS)
