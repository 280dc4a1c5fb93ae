"""The demo generator's two halves: one client's history, and the batched writer.

``ClientWriter`` decides, from one ``random.Random``, everything about a client:
who they are, their care team and consents, and each contact in date order with
its status, risk, eight steps and the rows those steps leave on the record.
``TableWriter`` collects the rows as dicts with ids assigned up front and writes
them with executemany in foreign-key order.

It follows the services' own rules: follow-ups and debrief requests come from
submitted notes, goals, strengths and referrals from approved ones. Submission
snapshots are kept where a reviewer needs them (notes awaiting review, returned,
or resubmitted after a return); older signed notes carry none, to keep a
100,000-note database lean.

Approved notes are first written as submitted, their step-8 rows added, and then
switched to approved: the lock trigger refuses step-8 rows for a signed note.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from pswdesk.framework import FEELING_SUGGESTIONS, STEP_KEYS
from pswdesk.models import (
    Addendum,
    CareTeamMember,
    Client,
    ClientAssignment,
    Consent,
    DebriefRequest,
    FollowUp,
    Goal,
    GoalProgress,
    Note,
    NoteReview,
    NoteSelfCare,
    NoteSubmission,
    Referral,
    ReferralStatusChange,
    SafetyPlan,
    Strength,
)
from pswdesk.services import seed_text as T
from pswdesk.services.note_content import from_row, snapshot
from pswdesk.services.signing import addendum_hash, content_hash

#: Write order respects foreign keys.
TABLES: tuple[type, ...] = (
    Client, ClientAssignment, CareTeamMember, Consent, Note, NoteSelfCare, NoteReview,
    NoteSubmission, Addendum, DebriefRequest, Goal, GoalProgress, Strength, SafetyPlan,
    FollowUp, Referral, ReferralStatusChange,
)  # fmt: skip
RISKS = ("none", "low", "moderate", "high", "imminent")
RANK = {r: i for i, r in enumerate(RISKS)}
PROFILES = (  # (share of clients, weights over RISKS)
    (0.60, (0.62, 0.33, 0.05, 0.0, 0.0)),
    (0.28, (0.30, 0.40, 0.22, 0.07, 0.01)),
    (0.12, (0.15, 0.30, 0.30, 0.18, 0.07)),
)
CONTACT_TYPES = (("in_person", 50), ("phone", 25), ("video", 5), ("text", 8), ("outreach", 10),
                 ("group", 2))  # fmt: skip
CONSENT_SCOPES = ("goals", "safety_plan", "risk", "referrals", "contacts", "care_team", "strengths",
                  "follow_ups")  # fmt: skip
STREETS = ("Harbour Rd", "Elm St", "King St", "Rue Principale", "Bay Ave", "Mill Lane")
FAMILY = tuple(f for f, _ in T.FAMILY)
PURPOSES = (
    "Coordinated care", "Housing application support", "Medication review",
    "Crisis planning with the care team", "Transition to counselling",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Staff:
    """A worker and the supervisor who signs their notes."""

    user_id: int
    username: str
    supervisor_id: int
    supervisor_username: str
    team: int


def _weighted(rng: random.Random, items: tuple[str, ...], weights: tuple[float, ...]) -> str:
    return rng.choices(items, weights)[0]


class TableWriter:
    """Rows waiting to be written, with ids handed out before the INSERT."""

    BATCH = 4000

    def __init__(self, session: Session) -> None:
        self.s = session
        self.rows: dict[type, list[dict[str, Any]]] = {m: [] for m in TABLES}
        self.to_approve: list[int] = []
        self._next: dict[type, int] = {}
        for model in TABLES:
            if "id" in model.__table__.c:
                top = session.scalar(select(func.max(model.__table__.c.id))) or 0
                self._next[model] = top + 1

    def new_id(self, model: type) -> int:
        value = self._next[model]
        self._next[model] = value + 1
        return value

    def add(self, model: type, row: dict[str, Any]) -> dict[str, Any]:
        self.rows[model].append(row)
        return row

    @property
    def pending_notes(self) -> int:
        return len(self.rows[Note])

    def flush(self) -> None:
        for model in TABLES:
            rows = self.rows[model]
            table = cast(Table, model.__table__)
            for i in range(0, len(rows), 1000):
                self.s.execute(table.insert(), rows[i : i + 1000])
            rows.clear()
            if model is NoteSelfCare and self.to_approve:
                notes = cast(Table, Note.__table__)
                for i in range(0, len(self.to_approve), 500):
                    chunk = self.to_approve[i : i + 500]
                    self.s.execute(
                        update(notes).where(notes.c.id.in_(chunk)).values(status="approved")
                    )
                self.to_approve.clear()

    def fix_sequences(self) -> None:
        """PostgreSQL: explicit ids do not move the serial sequences; move them."""
        if self.s.get_bind().dialect.name != "postgresql":
            return
        for model in self._next:
            name = model.__tablename__
            self.s.execute(
                select(
                    func.setval(
                        func.pg_get_serial_sequence(name, "id"),
                        select(func.coalesce(func.max(model.__table__.c.id), 1)).scalar_subquery(),
                    )
                )
            )


def _goal_item(
    text: str, why: str, target: str | None, goal_id: int | None, progress: str, status: str
) -> dict[str, Any]:
    """A step-3 item with every key the note editor uses (see note_content.ITEM_DEFAULTS)."""
    return {
        "text": text, "why": why, "target_date": target, "goal_id": goal_id,
        "progress": progress, "status": status,
    }  # fmt: skip


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


class ClientWriter:
    """Generates clients one at a time, deterministically from the seed."""

    def __init__(self, tables: TableWriter, staff: list[Staff], *, seed: int, today: dt.date):
        self.t = tables
        self.staff = staff
        self.rng = random.Random(seed)
        self.today = today
        # Everything happens before midnight (UTC) starting today, so nothing is in the future.
        self.latest = _at(today, 0, 0) - dt.timedelta(minutes=1)
        self.note_count = 0
        self.by_status: Counter[str] = Counter()
        self.by_risk: Counter[str] = Counter()
        self.client_names: list[tuple[int, str]] = []

    # -- helpers --------------------------------------------------------------------------

    def _later(self, t: dt.datetime, lo_min: int, hi_min: int) -> dt.datetime:
        return max(t, min(t + dt.timedelta(minutes=self.rng.randint(lo_min, hi_min)), self.latest))

    def _pick(self, bank: tuple[str, ...]) -> str:
        return bank[self.rng.randrange(len(bank))]

    # -- one client -----------------------------------------------------------------------

    def client(self, index: int, n_notes: int) -> None:
        rng = self.rng
        first, pronouns = T.FIRST_NAMES[rng.randrange(len(T.FIRST_NAMES))]
        surname = self._pick(T.SURNAMES)
        preferred = f"{first} {surname}"
        legal = preferred
        if rng.random() < 0.25:
            other, _ = T.FIRST_NAMES[rng.randrange(len(T.FIRST_NAMES))]
            legal = f"{other} {first} {surname}" if other != first else preferred
        who = T.Who(first, pronouns)
        primary = self.staff[index % len(self.staff)]
        mates = [w for w in self.staff if w.team == primary.team and w is not primary]
        second = rng.choice(mates) if mates and rng.random() < 0.15 else None

        # Contacts spread back from two days ago; more notes, denser calendar.
        span = min(3 * 365, max(14, n_notes * 7))
        last_day = self.today - dt.timedelta(days=2)
        first_day = last_day - dt.timedelta(days=span)
        slots = sorted(
            (rng.randrange(span + 1), rng.randrange(9, 18), rng.choice((0, 15, 30, 45)))
            for _ in range(n_notes)
        )
        contacts = [_at(first_day + dt.timedelta(days=d), h, m) for d, h, m in slots]
        intake = (contacts[0] if contacts else _at(last_day, 9, 0)) - dt.timedelta(
            days=rng.randint(1, 14)
        )

        cid = self.t.new_id(Client)
        client = self.t.add(
            Client,
            {
                "id": cid, "preferred_name": preferred, "legal_name": legal,
                "pronouns": pronouns,
                "date_of_birth": self.today - dt.timedelta(days=rng.randint(18 * 365, 75 * 365)),
                "phone": f"555-01{rng.randrange(100):02d}",
                "email": f"client{cid}@example.org" if rng.random() < 0.4 else "",
                "address": f"{rng.randint(1, 400)} {self._pick(STREETS)}",
                "emergency_contact": f"{self._pick(FAMILY)}, 555-01{rng.randrange(100):02d}",
                "status": "closed" if rng.random() < 0.06 else "active",
                "current_risk": "none", "current_risk_at": None, "last_contact_at": None,
                "risk_alert_note_id": None, "risk_alert_cleared_by_id": None,
                "risk_alert_cleared_at": None, "risk_alert_clear_reason": "",
                "created_at": intake, "updated_at": intake, "version": 1,
            },
        )  # fmt: skip
        self.client_names.append((cid, preferred))
        for w in (primary, second):
            if w is not None:
                self.t.add(
                    ClientAssignment,
                    {"client_id": cid, "user_id": w.user_id, "assigned_at": intake},
                )
        self._care_team(cid, primary, intake)
        _, weights = self._profile()
        state = _ClientState(cid, who, primary, second, weights)
        state.n_notes = n_notes
        for pos, contact_at in enumerate(contacts):
            self._note(state, contact_at, n_notes - 1 - pos, index)
        self._finish_client(client, state)

    def _profile(self) -> tuple[float, tuple[float, ...]]:
        r = self.rng.random()
        for share, weights in PROFILES:
            if r < share:
                return share, weights
            r -= share
        return PROFILES[-1]

    def _care_team(self, cid: int, worker: Staff, intake: dt.datetime) -> None:
        rng = self.rng
        members = rng.sample(range(len(T.CARE_TEAM)), rng.randint(1, 4))
        for k in sorted(members):
            name, role, org = T.CARE_TEAM[k]
            mid = self.t.new_id(CareTeamMember)
            slug = name.split()[-1].lower()
            self.t.add(
                CareTeamMember,
                {
                    "id": mid, "client_id": cid, "name": name, "role": role,
                    "organisation": org, "phone": f"555-01{rng.randrange(100):02d}",
                    "email": f"{slug}@example.org", "active": rng.random() > 0.1,
                },
            )  # fmt: skip
            if rng.random() < 0.6:
                self._consent(cid, mid, f"{name} ({role}, {org})", worker, intake)

    def _consent(self, cid: int, mid: int, recipient: str, worker: Staff, intake: dt.datetime):  # type: ignore[no-untyped-def]
        rng = self.rng
        start = intake.date()
        given = start + dt.timedelta(days=rng.randint(0, max(1, (self.today - start).days // 2)))
        kind = rng.choices(("active", "expired", "revoked"), (6, 2, 2))[0]
        expires: dt.date | None = None
        revoked: dt.date | None = None
        if kind == "active":
            if rng.random() < 0.7:
                expires = max(
                    given + dt.timedelta(days=365), self.today + dt.timedelta(rng.randint(5, 300))
                )
        elif kind == "expired":
            expires = self.today - dt.timedelta(days=rng.randint(1, 120))
            given = min(given, expires - dt.timedelta(days=90))
        else:
            revoked = self.today - dt.timedelta(days=rng.randint(1, 60))
            given = min(given, revoked - dt.timedelta(days=30))
        scope = [k for k in CONSENT_SCOPES if rng.random() < 0.6] or ["contacts"]
        self.t.add(
            Consent,
            {
                "id": self.t.new_id(Consent), "client_id": cid, "care_team_member_id": mid,
                "recipient": recipient, "purpose": self._pick(PURPOSES), "scope": scope,
                "how_given": "written" if rng.random() < 0.7 else "verbal",
                "given_on": given, "expires_on": expires, "revoked_on": revoked,
                "recorded_by_id": worker.user_id, "created_at": _at(given, 12, 0),
            },
        )  # fmt: skip

    # -- one note ---------------------------------------------------------------------------

    def _status(self, from_end: int, client_index: int) -> str:
        if from_end == 0 and client_index < 4:
            return ("draft", "submitted", "returned", "approved")[client_index]
        statuses = ("draft", "submitted", "returned", "approved")
        if from_end == 0:
            return _weighted(self.rng, statuses, (0.25, 0.35, 0.10, 0.30))
        if from_end < 4:
            return _weighted(self.rng, statuses, (0.03, 0.22, 0.07, 0.68))
        return "submitted" if self.rng.random() < 0.005 else "approved"

    def _risk(self, st: _ClientState, from_end: int, client_index: int) -> str:
        forced_at = 1 if st.n_notes > 1 else 0
        if client_index < 5 and from_end == forced_at:
            return ("imminent", "high", "moderate", "low", "none")[client_index]
        if st.last_risk and self.rng.random() < 0.35:
            return st.last_risk  # risk tends to persist from one contact to the next
        return _weighted(self.rng, RISKS, st.weights)

    def _note(self, st: _ClientState, contact_at: dt.datetime, from_end: int, index: int) -> None:
        rng = self.rng
        st.notes_left = from_end
        status = self._status(from_end, index)
        risk = self._risk(st, from_end, index)
        st.last_risk = risk
        author = st.second if st.second and rng.random() < 0.15 else st.primary
        ctype = _weighted(self.rng, *zip(*CONTACT_TYPES, strict=True))  # type: ignore[arg-type]
        duration = {
            "phone": rng.randrange(10, 50, 5), "text": rng.randrange(5, 25, 5),
            "video": rng.randrange(20, 60, 5),
        }.get(ctype, rng.randrange(30, 95, 5))  # fmt: skip
        location = self._pick(T.LOCATIONS) if ctype in ("in_person", "outreach", "group") else ""
        urgent = RANK[risk] >= RANK["moderate"]
        addressed = {
            "listening": True,
            "exploring": rng.random() < 0.85,
            "goals": rng.random() < 0.55,
            "strengths": rng.random() < 0.45,
            "safety": risk != "none" or rng.random() < 0.7,
            "follow_up": urgent or rng.random() < 0.8,
            "referral": rng.random() < 0.3,
            "self_care": rng.random() < (0.9 if RANK[risk] >= RANK["high"] else 0.5),
        }
        is_draft = status == "draft"
        if is_draft and rng.random() < 0.5:
            # An unfinished draft: the later steps are still empty, not "not addressed".
            cut = rng.randint(2, 7)
            unfinished = set(STEP_KEYS[cut:])
        else:
            unfinished = set()
        ctx = self._context(st.who)
        ctype_label = ctype.replace("_", " ").capitalize()
        nid = self.t.new_id(Note)
        values: dict[str, Any] = {
            "client_id": st.client_id, "author_id": author.user_id,
            "contact_at": contact_at, "duration_minutes": duration, "contact_type": ctype,
            "location": location,
            "summary": self._pick(T.SUMMARIES).format(**ctx, Contact=ctype_label),
            "s1_expressed": self._pick(T.S1_EXPRESSED).format(**ctx),
            "s1_validation": self._pick(T.S1_VALIDATION).format(**ctx),
            "s2_questions": "", "s2_insights": "", "s3_text": "", "s4_text": "",
            "s5_text": "", "s6_text": "", "s6_care_team": "", "s7_text": "",
            "feelings": [f for f in FEELING_SUGGESTIONS if f in ctx["feelings"]],
            "risk_indicators": [], "risk_level": None,
            "act_safety_plan_reviewed": False, "act_support_system_told": False,
            "act_crisis_protocol": False, "act_emergency_services": False,
            "follow_up_date": None, "goal_items": [], "strength_items": [],
            "referral_items": [],
        }  # fmt: skip
        live = status == "approved"  # signing copies a note's items onto the client record
        if addressed["exploring"] and "exploring" not in unfinished:
            values["s2_questions"] = " ".join(rng.sample(T.QUESTIONS, rng.randint(1, 3)))
            values["s2_insights"] = self._pick(T.INSIGHTS).format(**ctx)
        if addressed["goals"] and "goals" not in unfinished:
            self._goals(st, values, ctx, nid, live)
        if addressed["strengths"] and "strengths" not in unfinished:
            self._strengths(st, values, ctx, nid, live)
        if addressed["safety"] and "safety" not in unfinished:
            self._safety(values, ctx, risk)
        elif risk != "none":
            self._safety(values, ctx, risk)  # risk is always written up when present
            addressed["safety"] = True
        if addressed["follow_up"] and "follow_up" not in unfinished:
            values["s6_text"] = self._pick(T.S6_TEXT).format(**ctx)
            if urgent or rng.random() < 0.7:
                days = rng.randint(1, 4) if urgent else rng.randint(3, 14)
                values["follow_up_date"] = contact_at.date() + dt.timedelta(days=days)
            if rng.random() < 0.3:
                name, role, _ = T.CARE_TEAM[rng.randrange(len(T.CARE_TEAM))]
                values["s6_care_team"] = f"{name} ({role})"
        if addressed["referral"] and "referral" not in unfinished:
            self._referral(st, values, ctx, nid, live, contact_at)
        not_addressed = [k for k in STEP_KEYS if not addressed[k] and k not in unfinished]
        values["not_addressed"] = ",".join(not_addressed)
        self_care = None
        if addressed["self_care"] and "self_care" not in unfinished:
            wants = rng.random() < {"high": 0.5, "imminent": 0.7, "moderate": 0.1}.get(risk, 0.01)
            self_care = {
                "impact": self._pick(T.IMPACT), "boundaries": self._pick(T.BOUNDARIES),
                "plan": self._pick(T.SELF_CARE_PLAN), "debrief_requested": wants,
            }  # fmt: skip
        if is_draft and rng.random() < 0.3 and risk == "none":
            values["risk_level"] = None
        self._store(st, nid, status, values, self_care, author, contact_at, risk, from_end)

    def _context(self, who: T.Who) -> dict[str, Any]:
        rng = self.rng
        family = self._pick(FAMILY)
        base = {
            "Name": who.name, "they": who.they, "them": who.them, "their": who.their,
            "They_cap": T.cap(who.they), "family": family,
        }  # fmt: skip
        feelings = rng.sample(FEELING_SUGGESTIONS, rng.randint(1, 3))
        return {
            **base,
            "topic": self._pick(T.TOPICS).format(**base),
            "topic2": self._pick(T.TOPICS).format(**base),
            "quote": self._pick(T.QUOTES),
            "tone": self._pick(T.TONES),
            "adj": self._pick(T.ADJECTIVES),
            "feeling": feelings[0],
            "feelings": feelings,
            "location": self._pick(T.LOCATIONS) or "office",
            "weekday": self._pick(T.WEEKDAYS),
        }

    def _goals(self, st, values, ctx, nid: int, live: bool) -> None:  # type: ignore[no-untyped-def]
        rng = self.rng
        active = [g for g in st.goals if g["status"] == "active"]
        unused = [g for g in T.GOALS if g[0] not in st.goal_texts]
        if unused and (not active or (len(active) < 3 and rng.random() < 0.25)):
            text, why = unused[rng.randrange(len(unused))]
            step = self._pick(T.FIRST_STEPS).format(**ctx)
            target = values["contact_at"].date() + dt.timedelta(days=rng.randint(30, 120))
            values["s3_text"] = self._pick(T.S3_NEW).format(**ctx, goal=text, why=why, step=step)
            values["goal_items"] = [_goal_item(text, why, target.isoformat(), None, "", "active")]
            st.goal_texts.add(text)
            if live:
                gid = self.t.new_id(Goal)
                row = {
                    "id": gid, "client_id": st.client_id, "note_id": nid, "text": text,
                    "why_it_matters": why, "target_date": target, "status": "active",
                    "created_at": values["contact_at"], "updated_at": values["contact_at"],
                    "version": 1,
                }  # fmt: skip
                st.goals.append(self.t.add(Goal, row))
            return
        if not active:
            values["s3_text"] = "Talked about what {they} want next; no new goal yet.".format(**ctx)
            return
        goal = active[rng.randrange(len(active))]
        status = _weighted(
            rng, ("active", "achieved", "paused", "dropped"), (0.82, 0.1, 0.05, 0.03)
        )
        progress = self._pick(T.PROGRESS[status]).format(**ctx)
        values["s3_text"] = self._pick(T.S3_REVIEW).format(goal=goal["text"], progress=progress)
        values["goal_items"] = [_goal_item(goal["text"], "", None, goal["id"], progress, status)]
        if live:
            self.t.add(
                GoalProgress,
                {
                    "id": self.t.new_id(GoalProgress), "goal_id": goal["id"], "note_id": nid,
                    "recorded_at": values["contact_at"], "text": progress, "status": status,
                },
            )  # fmt: skip
            goal["status"] = status
            goal["updated_at"] = values["contact_at"]

    def _strengths(self, st, values, ctx, nid: int, live: bool) -> None:  # type: ignore[no-untyped-def]
        rng = self.rng
        kind = self._pick(("strength", "success", "support", "community"))
        item = self._pick(T.STRENGTHS[kind])
        resource = self._pick(T.STRENGTHS["community"]).lower()
        values["s4_text"] = self._pick(T.S4_TEXT).format(
            **ctx, strength=item, strength_lower=item[:1].lower() + item[1:], resource=resource
        )
        if item not in st.strengths and (len(st.strengths) < 3 or rng.random() < 0.4):
            st.strengths.add(item)
            values["strength_items"] = [{"kind": kind, "text": item}]
            if live:
                self.t.add(
                    Strength,
                    {
                        "id": self.t.new_id(Strength), "client_id": st.client_id,
                        "note_id": nid, "kind": kind, "text": item,
                        "created_at": values["contact_at"],
                    },
                )  # fmt: skip

    def _safety(self, values, ctx, risk: str) -> None:  # type: ignore[no-untyped-def]
        rng = self.rng
        indicators: list[str] = []
        if risk != "none":
            bank = T.INDICATORS_BY_RISK[risk]
            indicators = rng.sample(bank, min(len(bank), rng.randint(1, 2)))
        first = indicators[0] if indicators else ""
        values["risk_indicators"] = indicators
        values["risk_level"] = risk
        values["s5_text"] = self._pick(T.S5_TEXT[risk]).format(
            **ctx, indicator=first, Indicator=T.cap(first)
        )
        if risk == "low":
            values["act_safety_plan_reviewed"] = rng.random() < 0.2
        elif risk == "moderate":
            values["act_safety_plan_reviewed"] = rng.random() < 0.8
            values["act_support_system_told"] = (
                not values["act_safety_plan_reviewed"] or rng.random() < 0.3
            )
        elif risk == "high":
            values["act_safety_plan_reviewed"] = True
            values["act_crisis_protocol"] = True
            values["act_support_system_told"] = rng.random() < 0.7
        elif risk == "imminent":
            values["act_crisis_protocol"] = True
            values["act_emergency_services"] = True
            values["act_support_system_told"] = rng.random() < 0.8

    def _referral(self, st, values, ctx, nid, live, contact_at) -> None:  # type: ignore[no-untyped-def]
        rng = self.rng
        service, reason = T.SERVICES[rng.randrange(len(T.SERVICES))]
        values["s7_text"] = self._pick(T.S7_TEXT).format(**ctx, service=service, reason=reason)
        if rng.random() >= 0.5:
            return
        made = rng.random() < 0.5
        values["referral_items"] = [
            {"to_whom": service, "reason": reason, "status": "made" if made else "suggested"}
        ]
        if not live:
            return
        age = (self.today - contact_at.date()).days
        if age > 60:
            status = _weighted(rng, ("completed", "accepted", "declined", "made"), (4, 2.5, 2, 1.5))
        elif age > 14:
            status = _weighted(rng, ("made", "accepted", "declined", "suggested"), (4, 3.5, 1, 1.5))
        else:
            status = "made" if made else "suggested"
        # The dated steps the referrals tab shows: made first if it was only suggested,
        # accepted before completed, then where it stands now.
        first = "made" if made else "suggested"
        path = [first]
        if status in ("accepted", "declined", "completed") and first == "suggested":
            path.append("made")
        if status == "completed":
            path.append("accepted")
        if status != path[-1]:
            path.append(status)
        moved = min(contact_at + dt.timedelta(days=rng.randint(0, max(0, age - 1))), self.latest)
        changed = moved if len(path) > 1 else contact_at  # unchanged since the note: its date
        rid = self.t.new_id(Referral)
        self.t.add(
            Referral,
            {
                "id": rid, "client_id": st.client_id, "note_id": nid,
                "to_whom": service, "reason": reason, "status": status,
                "created_at": contact_at, "status_changed_at": changed,
            },
        )  # fmt: skip
        span = max((changed - contact_at).days, 0)
        for k, (old, new) in enumerate(pairwise(path), start=1):
            last = k == len(path) - 1
            on = changed if last else contact_at + dt.timedelta(days=span * k // (len(path) - 1))
            self.t.add(
                ReferralStatusChange,
                {
                    "id": self.t.new_id(ReferralStatusChange), "referral_id": rid,
                    "from_status": old, "to_status": new, "changed_on": on.astimezone().date(),
                    "comment": "", "recorded_by_id": st.primary.user_id, "recorded_at": on,
                },
            )  # fmt: skip

    # -- status, signature and the rows that follow from them ------------------------------

    def _store(self, st, nid, status, values, self_care, author, contact_at, risk, from_end):  # type: ignore[no-untyped-def]
        rng = self.rng
        late = from_end > 0 and rng.random() < 0.03
        created = contact_at + (
            dt.timedelta(days=rng.randint(4, 9))
            if late
            else dt.timedelta(minutes=rng.randint(30, 300))
        )
        created = min(created, self.latest)
        row: dict[str, Any] = {
            "id": nid, **values, "status": status, "late_entry": late, "created_at": created,
            "updated_at": self._later(created, 5, 60), "submitted_at": None,
            "signed_by_id": None, "signed_at": None, "content_hash": None, "version": 1,
        }  # fmt: skip
        sc_row = {"note_id": nid, **self_care} if self_care else None
        ns = SimpleNamespace(**row)
        sc_ns = SimpleNamespace(**self_care) if self_care else None
        submitted = self._later(created, 5, 60)
        returned_first = status == "approved" and rng.random() < 0.08
        if status != "draft":
            if status in ("returned", "submitted") or returned_first:
                view = from_row(cast(Note, ns), cast(NoteSelfCare, sc_ns), with_self_care=True)
                snap = snapshot(view)
                first = dict(snap)
                if returned_first:
                    first["summary"] = "Check-in"  # the version the supervisor sent back
                self._submission(nid, submitted, first)
            if status == "returned" or returned_first:
                reviewed = self._later(submitted, 60, 30 * 60)
                self._review(nid, author.supervisor_id, "returned", reviewed)
                if returned_first:
                    submitted = self._later(reviewed, 30, 24 * 60)
                    self._submission(nid, submitted, snap)
            row["submitted_at"] = submitted
            row["updated_at"] = submitted
        if status == "approved":
            signed = self._later(submitted, 60, 48 * 60)
            row["signed_by_id"] = author.supervisor_id
            row["signed_at"] = signed
            row["content_hash"] = content_hash(cast(Note, ns), cast(NoteSelfCare, sc_ns))
            row["version"] = 3 if returned_first else 2
            row["status"] = "submitted"  # switched to approved after step 8 is written
            self.t.to_approve.append(nid)
            self._review(nid, author.supervisor_id, "approved", signed)
            if rng.random() < 0.02:
                self._addendum(nid, author.user_id, row["content_hash"], signed)
        self.t.add(Note, row)
        if sc_row:
            self.t.add(NoteSelfCare, sc_row)
            if sc_row["debrief_requested"] and status != "draft":
                self._debrief(nid, author, row["submitted_at"])
        if status != "draft":
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
        comment = self._pick(T.RETURN_COMMENTS) if decision == "returned" else ""
        self.t.add(
            NoteReview,
            {"id": self.t.new_id(NoteReview), "note_id": nid, "reviewer_id": reviewer,
             "decision": decision, "comment": comment, "created_at": at},
        )  # fmt: skip

    def _addendum(self, nid: int, author_id: int, note_hash: str, signed: dt.datetime) -> None:
        at = signed + dt.timedelta(days=self.rng.randint(1, 10), minutes=self.rng.randint(0, 600))
        if at > self.latest:
            return
        reason, text = T.ADDENDUM_REASONS[self.rng.randrange(len(T.ADDENDUM_REASONS))]
        self.t.add(
            Addendum,
            {
                "id": self.t.new_id(Addendum), "note_id": nid, "author_id": author_id,
                "created_at": at, "reason": reason, "text": text,
                "content_hash": addendum_hash(note_hash, author_id, at, reason, text),
            },
        )  # fmt: skip

    def _debrief(self, nid: int, author: Staff, at: dt.datetime) -> None:
        held = at + dt.timedelta(hours=self.rng.randint(2, 72))
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
            done = _at(due, self.rng.randint(9, 16), self.rng.choice((0, 20, 40)))
        self.t.add(
            FollowUp,
            {
                "id": self.t.new_id(FollowUp), "client_id": st.client_id, "note_id": nid,
                "owner_id": author.user_id, "due_date": due,
                "description": self._pick(T.FOLLOW_UP_TASKS), "done_at": done, "created_at": at,
            },
        )  # fmt: skip

    def _safety_plan(self, st, nid, author, risk, at) -> None:  # type: ignore[no-untyped-def]
        if RANK[risk] < RANK["moderate"]:
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

    def _finish_client(self, client: dict[str, Any], st: _ClientState) -> None:
        """Risk, last contact and the risk alert follow from the submitted notes."""
        if not st.live_notes:
            return
        client["last_contact_at"] = st.live_notes[-1][2]
        rated = [n for n in st.live_notes if n[1] is not None]
        if rated:
            client["current_risk"] = rated[-1][1]
            client["current_risk_at"] = rated[-1][2]
        urgent = [i for i, n in enumerate(st.live_notes) if RANK.get(n[1] or "", 0) >= RANK["high"]]
        if not urgent:
            return
        last = urgent[-1]
        client["risk_alert_note_id"] = st.live_notes[last][0]
        later = [n for n in st.live_notes[last + 1 :] if n[3] == "approved"]
        if len(later) >= 2:
            # Cleared by the supervisor who signed a later, calmer contact.
            _, _, _, _, signed_at, author = later[1]
            client["risk_alert_cleared_by_id"] = author.supervisor_id
            client["risk_alert_cleared_at"] = signed_at
            client["risk_alert_clear_reason"] = self._pick(T.CLEAR_REASONS)


class _ClientState:
    """What one client's history has built so far, while their notes are generated."""

    def __init__(self, cid: int, who: T.Who, primary: Staff, second: Staff | None, weights):  # type: ignore[no-untyped-def]
        self.client_id = cid
        self.who = who
        self.primary = primary
        self.second = second
        self.weights = weights
        self.last_risk: str | None = None
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
