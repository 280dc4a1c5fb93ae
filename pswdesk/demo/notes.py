"""The demo generator's story of one client: who they are and each contact in date order.

``ClientWriter`` decides, from one ``random.Random``, everything about a client:
who they are, their care team and consents, and each contact in date order with
its status, risk, eight steps and the rows those steps leave on the record. It
follows the services' own rules: follow-ups and debrief requests come from
submitted notes, goals, strengths and referrals from approved ones. Storing each
note with its review and signature is ``workflow.NoteWorkflow``'s part; the rows
go out through ``tables.TableWriter``.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

from pswdesk.demo import text as T
from pswdesk.demo.tables import Staff, TableWriter, utc_at, weighted
from pswdesk.demo.workflow import NEEDS_PLAN, URGENT, ClientState, NoteWorkflow
from pswdesk.framework import FEELING_SUGGESTIONS, STEP_KEYS
from pswdesk.models import (
    CareTeamMember,
    Client,
    ClientAssignment,
    Consent,
    Goal,
    GoalProgress,
    Note,
    Referral,
    ReferralStatusChange,
    Strength,
)
from pswdesk.services.consent_rules import ConsentState
from pswdesk.vocabulary import (
    AWAITING_REFERRALS,
    ClientStatus,
    CloseReason,
    ConsentForm,
    ContactType,
    GoalStatus,
    HandoverSection,
    NoteStatus,
    ReferralStatus,
    RiskLevel,
    StrengthKind,
)

RISKS = tuple(RiskLevel)
PROFILES = (  # (share of clients, weights over RISKS)
    (0.60, (0.62, 0.33, 0.05, 0.0, 0.0)),
    (0.28, (0.30, 0.40, 0.22, 0.07, 0.01)),
    (0.12, (0.15, 0.30, 0.30, 0.18, 0.07)),
)
CONTACT_TYPES = (
    (ContactType.IN_PERSON, 50), (ContactType.PHONE, 25), (ContactType.VIDEO, 5),
    (ContactType.TEXT, 8), (ContactType.OUTREACH, 10), (ContactType.GROUP, 2),
)  # fmt: skip
CONTACT_TYPE_WEIGHTS = tuple(zip(*CONTACT_TYPES, strict=True))
#: In the order the generator draws them (not print order: the same seed, the same scopes).
CONSENT_SCOPES = (
    HandoverSection.GOALS, HandoverSection.SAFETY_PLAN, HandoverSection.RISK,
    HandoverSection.REFERRALS, HandoverSection.CONTACTS, HandoverSection.CARE_TEAM,
    HandoverSection.STRENGTHS, HandoverSection.FOLLOW_UPS,
)  # fmt: skip
STATUSES = (NoteStatus.DRAFT, NoteStatus.SUBMITTED, NoteStatus.RETURNED, NoteStatus.APPROVED)
#: The first clients' notes cover every risk level, most urgent first.
FORCED_RISKS = (
    RiskLevel.IMMINENT,
    RiskLevel.HIGH,
    RiskLevel.MODERATE,
    RiskLevel.LOW,
    RiskLevel.NONE,
)
DEMO_CLOSE_REASONS = (
    CloseReason.GOALS_MET, CloseReason.CHOSE_TO_END, CloseReason.MOVED, CloseReason.NO_CONTACT,
    CloseReason.TRANSFERRED_OUT,
)  # fmt: skip
GOAL_STATUSES = (GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.PAUSED, GoalStatus.DROPPED)
#: Where a referral made from a note stands now: over two months on, then two weeks on.
OLD_REFERRAL_OUTCOMES = (
    ReferralStatus.COMPLETED, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.MADE,
)  # fmt: skip
RECENT_REFERRAL_OUTCOMES = (
    ReferralStatus.MADE, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.SUGGESTED,
)  # fmt: skip
STREETS = ("Harbour Rd", "Elm St", "King St", "Rue Principale", "Bay Ave", "Mill Lane")
FAMILY = tuple(f for f, _ in T.FAMILY)
PURPOSES = (
    "Coordinated care", "Housing application support", "Medication review",
    "Crisis planning with the care team", "Transition to counselling",
)  # fmt: skip


def _goal_item(
    text: str, why: str, target: str | None, goal_id: int | None, progress: str, status: str
) -> dict[str, Any]:
    """A step-3 item with every key the note editor uses (see note_content.ITEM_DEFAULTS)."""
    return {
        "text": text, "why": why, "target_date": target, "goal_id": goal_id,
        "progress": progress, "status": status,
    }  # fmt: skip


class ClientWriter(NoteWorkflow):
    """Generates clients one at a time, deterministically from the seed."""

    def __init__(self, tables: TableWriter, staff: list[Staff], *, seed: int, today: dt.date):
        super().__init__(tables, staff, seed=seed, today=today)
        self.client_names: list[tuple[int, str]] = []

    # -- one client -----------------------------------------------------------------------

    def client(self, index: int, n_notes: int) -> None:
        rng = self.rng
        first, pronouns = T.FIRST_NAMES[self._below(len(T.FIRST_NAMES))]
        surname = self._pick(T.SURNAMES)
        preferred = f"{first} {surname}"
        legal = preferred
        if rng.random() < 0.25:
            other, _ = T.FIRST_NAMES[self._below(len(T.FIRST_NAMES))]
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
        contacts = [utc_at(first_day + dt.timedelta(days=d), h, m) for d, h, m in slots]
        intake = (contacts[0] if contacts else utc_at(last_day, 9, 0)) - dt.timedelta(
            days=self._int(1, 14)
        )

        cid = self.t.new_id(Client)
        # A closed file is closed a few days after its last contact, for a reason picked by
        # its id. Whether it is closed is drawn where it always was in the random stream
        # (after the contact details), so the rest of the demo stays as it was.
        close_day = min(
            self.today, (contacts[-1] if contacts else intake).date() + dt.timedelta(days=3)
        )
        reason = DEMO_CLOSE_REASONS[cid % len(DEMO_CLOSE_REASONS)]
        client = self.t.add(
            Client,
            {
                "id": cid, "preferred_name": preferred, "legal_name": legal,
                "pronouns": pronouns,
                "date_of_birth": self.today - dt.timedelta(days=self._int(18 * 365, 75 * 365)),
                "phone": f"555-01{self._below(100):02d}",
                "email": f"client{cid}@example.org" if rng.random() < 0.4 else "",
                "address": f"{self._int(1, 400)} {self._pick(STREETS)}",
                "emergency_contact": f"{self._pick(FAMILY)}, 555-01{self._below(100):02d}",
                "status": ClientStatus.CLOSED if (closed := rng.random() < 0.06)
                else ClientStatus.ACTIVE,
                "closed_on": close_day if closed else None,
                "close_reason": reason if closed else None,
                "current_risk": RiskLevel.NONE, "current_risk_at": None, "last_contact_at": None,
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
        state = ClientState(cid, who, primary, second, weights)
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
        members = rng.sample(range(len(T.CARE_TEAM)), self._int(1, 4))
        for k in sorted(members):
            name, role, org = T.CARE_TEAM[k]
            mid = self.t.new_id(CareTeamMember)
            slug = name.split()[-1].lower()
            self.t.add(
                CareTeamMember,
                {
                    "id": mid, "client_id": cid, "name": name, "role": role,
                    "organisation": org, "phone": f"555-01{self._below(100):02d}",
                    "email": f"{slug}@example.org", "active": rng.random() > 0.1,
                },
            )  # fmt: skip
            if rng.random() < 0.6:
                self._consent(cid, mid, f"{name} ({role}, {org})", worker, intake)

    def _consent(self, cid: int, mid: int, recipient: str, worker: Staff, intake: dt.datetime):  # type: ignore[no-untyped-def]
        rng = self.rng
        start = intake.date()
        given = start + dt.timedelta(days=self._int(0, max(1, (self.today - start).days // 2)))
        kind = rng.choices(
            (ConsentState.ACTIVE, ConsentState.EXPIRED, ConsentState.REVOKED), (6, 2, 2)
        )[0]
        expires: dt.date | None = None
        revoked: dt.date | None = None
        if kind == ConsentState.ACTIVE:
            if rng.random() < 0.7:
                expires = max(
                    given + dt.timedelta(days=365), self.today + dt.timedelta(self._int(5, 300))
                )
        elif kind == ConsentState.EXPIRED:
            expires = self.today - dt.timedelta(days=self._int(1, 120))
            given = min(given, expires - dt.timedelta(days=90))
        else:
            revoked = self.today - dt.timedelta(days=self._int(1, 60))
            given = min(given, revoked - dt.timedelta(days=30))
        scope = [k for k in CONSENT_SCOPES if rng.random() < 0.6] or [HandoverSection.CONTACTS]
        self.t.add(
            Consent,
            {
                "id": self.t.new_id(Consent), "client_id": cid, "care_team_member_id": mid,
                "recipient": recipient, "purpose": self._pick(PURPOSES), "scope": scope,
                "how_given": ConsentForm.WRITTEN if rng.random() < 0.7 else ConsentForm.VERBAL,
                "given_on": given, "expires_on": expires, "revoked_on": revoked,
                "recorded_by_id": worker.user_id, "created_at": utc_at(given, 12, 0),
            },
        )  # fmt: skip

    # -- one note ---------------------------------------------------------------------------

    def _status(self, from_end: int, client_index: int) -> str:
        if from_end == 0 and client_index < 4:
            return STATUSES[client_index]
        if from_end == 0:
            return weighted(self.rng, STATUSES, (0.25, 0.35, 0.10, 0.30))
        if from_end < 4:
            return weighted(self.rng, STATUSES, (0.03, 0.22, 0.07, 0.68))
        return NoteStatus.SUBMITTED if self.rng.random() < 0.005 else NoteStatus.APPROVED

    def _risk(self, st: ClientState, from_end: int, client_index: int) -> RiskLevel:
        forced_at = 1 if st.n_notes > 1 else 0
        if client_index < 5 and from_end == forced_at:
            return FORCED_RISKS[client_index]
        if st.last_risk and self.rng.random() < 0.35:
            return st.last_risk  # risk tends to persist from one contact to the next
        return weighted(self.rng, RISKS, st.weights)

    def _note(self, st: ClientState, contact_at: dt.datetime, from_end: int, index: int) -> None:
        rng = self.rng
        st.notes_left = from_end
        status = self._status(from_end, index)
        risk = self._risk(st, from_end, index)
        st.last_risk = risk
        author = st.second if st.second and rng.random() < 0.15 else st.primary
        ctype = weighted(self.rng, *CONTACT_TYPE_WEIGHTS)
        duration = {
            ContactType.PHONE: self._range(10, 50, 5), ContactType.TEXT: self._range(5, 25, 5),
            ContactType.VIDEO: self._range(20, 60, 5),
        }.get(ctype, self._range(30, 95, 5))  # fmt: skip
        location = (
            self._pick(T.LOCATIONS)
            if ctype in (ContactType.IN_PERSON, ContactType.OUTREACH, ContactType.GROUP)
            else ""
        )
        urgent = risk in NEEDS_PLAN
        addressed = {
            "listening": True,
            "exploring": rng.random() < 0.85,
            "goals": rng.random() < 0.55,
            "strengths": rng.random() < 0.45,
            "safety": risk != RiskLevel.NONE or rng.random() < 0.7,
            "follow_up": urgent or rng.random() < 0.8,
            "referral": rng.random() < 0.3,
            "self_care": rng.random() < (0.9 if risk in URGENT else 0.5),
        }
        is_draft = status == NoteStatus.DRAFT
        if is_draft and rng.random() < 0.5:
            # An unfinished draft: the later steps are still empty, not "not addressed".
            cut = self._int(2, 7)
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
        live = status == NoteStatus.APPROVED  # signing copies a note's items onto the client record
        if addressed["exploring"] and "exploring" not in unfinished:
            values["s2_questions"] = " ".join(rng.sample(T.QUESTIONS, self._int(1, 3)))
            values["s2_insights"] = self._pick(T.INSIGHTS).format(**ctx)
        if addressed["goals"] and "goals" not in unfinished:
            self._goals(st, values, ctx, nid, live)
        if addressed["strengths"] and "strengths" not in unfinished:
            self._strengths(st, values, ctx, nid, live)
        if addressed["safety"] and "safety" not in unfinished:
            self._safety(values, ctx, risk)
        elif risk != RiskLevel.NONE:
            self._safety(values, ctx, risk)  # risk is always written up when present
            addressed["safety"] = True
        if addressed["follow_up"] and "follow_up" not in unfinished:
            values["s6_text"] = self._pick(T.S6_TEXT).format(**ctx)
            if urgent or rng.random() < 0.7:
                days = self._int(1, 4) if urgent else self._int(3, 14)
                values["follow_up_date"] = contact_at.date() + dt.timedelta(days=days)
            if rng.random() < 0.3:
                name, role, _ = T.CARE_TEAM[self._below(len(T.CARE_TEAM))]
                values["s6_care_team"] = f"{name} ({role})"
        if addressed["referral"] and "referral" not in unfinished:
            self._referral(st, values, ctx, nid, live, contact_at)
        not_addressed = [k for k in STEP_KEYS if not addressed[k] and k not in unfinished]
        values["not_addressed"] = ",".join(not_addressed)
        self_care = None
        if addressed["self_care"] and "self_care" not in unfinished:
            wants = rng.random() < {
                RiskLevel.HIGH: 0.5,
                RiskLevel.IMMINENT: 0.7,
                RiskLevel.MODERATE: 0.1,
            }.get(risk, 0.01)
            self_care = {
                "impact": self._pick(T.IMPACT), "boundaries": self._pick(T.BOUNDARIES),
                "plan": self._pick(T.SELF_CARE_PLAN), "debrief_requested": wants,
            }  # fmt: skip
        if is_draft and rng.random() < 0.3 and risk == RiskLevel.NONE:
            values["risk_level"] = None
        self._store(st, nid, status, values, self_care, author, contact_at, risk, from_end)

    def _context(self, who: T.Who) -> dict[str, Any]:
        rng = self.rng
        family = self._pick(FAMILY)
        base = {
            "Name": who.name, "they": who.they, "them": who.them, "their": who.their,
            "They_cap": T.cap(who.they), "family": family,
        }  # fmt: skip
        feelings = rng.sample(FEELING_SUGGESTIONS, self._int(1, 3))
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
        active = [g for g in st.goals if g["status"] == GoalStatus.ACTIVE]
        unused = [g for g in T.GOALS if g[0] not in st.goal_texts]
        if unused and (not active or (len(active) < 3 and rng.random() < 0.25)):
            text, why = unused[self._below(len(unused))]
            step = self._pick(T.FIRST_STEPS).format(**ctx)
            target = values["contact_at"].date() + dt.timedelta(days=self._int(30, 120))
            values["s3_text"] = self._pick(T.S3_NEW).format(**ctx, goal=text, why=why, step=step)
            values["goal_items"] = [
                _goal_item(text, why, target.isoformat(), None, "", GoalStatus.ACTIVE)
            ]
            st.goal_texts.add(text)
            if live:
                gid = self.t.new_id(Goal)
                row = {
                    "id": gid, "client_id": st.client_id, "note_id": nid, "text": text,
                    "why_it_matters": why, "target_date": target, "status": GoalStatus.ACTIVE,
                    "created_at": values["contact_at"], "updated_at": values["contact_at"],
                    "version": 1,
                }  # fmt: skip
                st.goals.append(self.t.add(Goal, row))
            return
        if not active:
            values["s3_text"] = "Talked about what {they} want next; no new goal yet.".format(**ctx)
            return
        goal = active[self._below(len(active))]
        status = weighted(rng, GOAL_STATUSES, (0.82, 0.1, 0.05, 0.03))
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
        kind = self._pick(tuple(StrengthKind))
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
        if risk != RiskLevel.NONE:
            bank = T.INDICATORS_BY_RISK[risk]
            indicators = rng.sample(bank, min(len(bank), self._int(1, 2)))
        first = indicators[0] if indicators else ""
        values["risk_indicators"] = indicators
        values["risk_level"] = risk
        values["s5_text"] = self._pick(T.S5_TEXT[risk]).format(
            **ctx, indicator=first, Indicator=T.cap(first)
        )
        if risk == RiskLevel.LOW:
            values["act_safety_plan_reviewed"] = rng.random() < 0.2
        elif risk == RiskLevel.MODERATE:
            values["act_safety_plan_reviewed"] = rng.random() < 0.8
            values["act_support_system_told"] = (
                not values["act_safety_plan_reviewed"] or rng.random() < 0.3
            )
        elif risk == RiskLevel.HIGH:
            values["act_safety_plan_reviewed"] = True
            values["act_crisis_protocol"] = True
            values["act_support_system_told"] = rng.random() < 0.7
        elif risk == RiskLevel.IMMINENT:
            values["act_crisis_protocol"] = True
            values["act_emergency_services"] = True
            values["act_support_system_told"] = rng.random() < 0.8

    def _referral(self, st, values, ctx, nid, live, contact_at) -> None:  # type: ignore[no-untyped-def]
        rng = self.rng
        service, reason = T.SERVICES[self._below(len(T.SERVICES))]
        values["s7_text"] = self._pick(T.S7_TEXT).format(**ctx, service=service, reason=reason)
        if rng.random() >= 0.5:
            return
        made = rng.random() < 0.5
        first = ReferralStatus.MADE if made else ReferralStatus.SUGGESTED
        values["referral_items"] = [{"to_whom": service, "reason": reason, "status": first}]
        if not live:
            return
        age = (self.today - contact_at.date()).days
        if age > 60:
            status = weighted(rng, OLD_REFERRAL_OUTCOMES, (4, 2.5, 2, 1.5))
        elif age > 14:
            status = weighted(rng, RECENT_REFERRAL_OUTCOMES, (4, 3.5, 1, 1.5))
        else:
            status = first
        # The dated steps the referrals tab shows: made first if it was only suggested,
        # accepted before completed, then where it stands now.
        path = [first]
        if status not in AWAITING_REFERRALS and first == ReferralStatus.SUGGESTED:
            path.append(ReferralStatus.MADE)
        if status == ReferralStatus.COMPLETED:
            path.append(ReferralStatus.ACCEPTED)
        if status != path[-1]:
            path.append(status)
        moved = min(contact_at + dt.timedelta(days=self._int(0, max(0, age - 1))), self.latest)
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
