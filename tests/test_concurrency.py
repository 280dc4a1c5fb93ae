"""Two PCs saving the same record at once, on SQLite and on PostgreSQL.

Each test opens the database twice (two ``Database`` handles, as two PCs would),
and both PCs save a record they read at the same version. The first to save wins;
the other gets the domain's ``ConflictError`` naming the winner: never a silent
overwrite, never a SQLAlchemy error (docs/ARCHITECTURE.md, "Data model").

Two ways to lose, both tested for every editable record:

- *stale*: the first save is done before the second starts, so the second is
  refused at its version check;
- *race*: the second has read the record and passed its version check, and the
  first save runs and commits from inside the second's ``before_flush`` (no
  sleeps). On PostgreSQL the second's UPDATE then matches no row: SQLAlchemy's
  ``StaleDataError`` at flush, which must reach the caller as ConflictError. On
  SQLite the second already holds the write lock (``BEGIN IMMEDIATE``), and on
  PostgreSQL some saves lock a row before their check: there the first cannot
  get in, so it runs in a thread, waits for the second's commit and then loses
  at its own version check. The test checks whichever order the backend gives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import inspect
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from pswdesk.db import Database
from pswdesk.errors import ConflictError, PswdeskError
from pswdesk.models import CareTeamMember, Referral, Strength
from pswdesk.services import (
    care_team,
    clients,
    consents,
    goals,
    notes,
    referrals,
    review,
    safety_plans,
    strengths,
    users,
)
from pswdesk.services.access import Actor
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import ClientStatus, NoteStatus, ReferralStatus, Role
from tests.conftest import PASSWORD, Agency
from tests.notes_support import full_content, new_client, submitted_note

FIRST, SECOND = "first", "second"
WAIT = 30  # seconds; only reached if a save hangs, which is a failure


@dataclass(frozen=True, slots=True)
class Ctx:
    """What both PCs read: the record, its version, and who sits at each PC."""

    first: Actor
    second: Actor
    #: Someone who may not touch the record (for the domain-errors test).
    outsider: Actor
    id: int
    version: int


Setup = Callable[[Agency], Ctx]
Save = Callable[[Database, Actor, Ctx, str], object]
Kept = Callable[[Agency, Ctx], str]


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    #: The service function under test (every editing function must have a case).
    function: Callable[..., object]
    setup: Setup
    #: One PC's save; the tag (FIRST or SECOND) makes each PC's change its own.
    save: Save
    #: Which tag the record holds afterwards, where the change shows that.
    kept: Kept | None = None
    #: The service locks a row before its version check (PostgreSQL: the first waits).
    locks_first: bool = False
    #: The save names the version read (else only the race applies).
    versioned: bool = True
    #: Raced too (some pairs only meet as stale: the winner's status change decides first).
    raced: bool = True


# -- the records --------------------------------------------------------------------------


def _client(a: Agency) -> Ctx:
    c = clients.create_client(a.db, a.wendy, clients.ClientInput("Eve"))
    return Ctx(a.wendy, a.sam, a.walt, c.id, c.version)


def _client_kept(a: Agency, ctx: Ctx) -> str:
    return clients.get_client(a.db, a.wendy, ctx.id, audit_open=False).legal_name


def _second_admin(a: Agency) -> Actor:
    row = next((u for u in users.list_users(a.db, a.admin) if u.username == "ann"), None)
    if row is None:
        row = users.add_user(a.db, a.admin, "ann", "Ann Admin", [Role.ADMIN], PASSWORD)
    return Actor(row.id, row.username, row.full_name, frozenset(row.roles))


def _will(a: Agency) -> Ctx:
    will = next(u for u in users.list_users(a.db, a.admin) if u.username == "will")
    return Ctx(a.admin, _second_admin(a), a.sam, will.id, will.version)


def _will_row(a: Agency, ctx: Ctx) -> users.UserRow:
    return next(u for u in users.list_users(a.db, a.admin) if u.id == ctx.id)


def _agency(a: Agency) -> Ctx:
    return Ctx(a.admin, _second_admin(a), a.sam, 0, users.get_agency(a.db).version)


def _goal(a: Agency) -> Ctx:
    g = goals.add_goal(a.db, a.wendy, new_client(a, a.wendy), goals.GoalInput("Walk daily"))
    return Ctx(a.wendy, a.sam, a.walt, g.id, g.version)


def _strength(a: Agency) -> Ctx:
    cid = new_client(a, a.wendy)
    item = strengths.add_strength(a.db, a.wendy, cid, "support", "Sister calls")
    return Ctx(a.wendy, a.sam, a.walt, item.id, item.version)


def _client_id(a: Agency, model: Any, row_id: int) -> int:
    with a.db.read() as s:
        row = s.get(model, row_id)
        assert row is not None
        return int(row.client_id)


def _strength_kept(a: Agency, ctx: Ctx) -> str:
    cid = _client_id(a, Strength, ctx.id)
    (row,) = strengths.list_strengths(a.db, a.wendy, cid, include_retired=True)
    return row.retired_reason


def _referral(a: Agency) -> Ctx:
    cid = new_client(a, a.wendy)
    r = referrals.add_referral(a.db, a.wendy, cid, "Housing office", status=ReferralStatus.MADE)
    return Ctx(a.wendy, a.sam, a.walt, r.id, r.version)


def _member(a: Agency) -> Ctx:
    cid = new_client(a, a.wendy)
    m = care_team.add_member(a.db, a.wendy, cid, care_team.MemberInput("Dr Amy Chen", "GP"))
    return Ctx(a.wendy, a.sam, a.walt, m.id, m.version)


def _consent(a: Agency) -> Ctx:
    cid = new_client(a, a.wendy)
    given = dt.date.today() - dt.timedelta(days=10)
    data = consents.ConsentInput("Care", ["goals"], given, recipient="Harbour Clinic")
    c = consents.record_consent(a.db, a.wendy, cid, data)
    return Ctx(a.wendy, a.sam, a.walt, c.id, c.version)


def _plan(a: Agency) -> Ctx:
    cid = new_client(a, a.wendy)
    plan = SafetyPlanContent(warning_signs="Stops answering the phone")
    v1 = safety_plans.save_new_version(a.db, a.wendy, cid, plan, None)
    return Ctx(a.wendy, a.sam, a.walt, cid, v1.version_no)


def _plan_kept(a: Agency, ctx: Ctx) -> str:
    plan = safety_plans.current_safety_plan(a.db, a.wendy, ctx.id)
    assert plan is not None and plan.version_no == ctx.version + 1
    return plan.content.coping_strategies


def _referral_kept(a: Agency, ctx: Ctx) -> str:
    (row,) = referrals.list_referrals(a.db, a.wendy, _client_id(a, Referral, ctx.id))
    return FIRST if row.status == ReferralStatus.ACCEPTED else SECOND


def _member_row(a: Agency, ctx: Ctx) -> care_team.MemberRow:
    cid = _client_id(a, CareTeamMember, ctx.id)
    (row,) = care_team.list_care_team(a.db, a.wendy, cid, include_inactive=True)
    return row


def _draft(a: Agency) -> Ctx:
    """The author's draft, open on two of her PCs."""
    note = notes.create_draft(a.db, a.wendy, new_client(a, a.wendy), full_content())
    return Ctx(a.wendy, a.wendy, a.walt, note.id, note.version)


def _draft_save(db: Database, who: Actor, c: Ctx, tag: str) -> object:
    return notes.save_draft(db, who, c.id, full_content(summary=tag), c.version)


def _submitted(a: Agency) -> Ctx:
    """A submitted note, open on two of its supervisor's PCs."""
    note = submitted_note(a, a.wendy, new_client(a, a.wendy))
    return Ctx(a.sam, a.sam, a.sue, note.id, note.version)


def _progress_kept(a: Agency, ctx: Ctx) -> str:
    (entry,) = goals.get_goal(a.db, a.wendy, ctx.id).progress
    return entry.text


CASES: tuple[Case, ...] = (
    Case(
        "client details", clients.update_client, _client,
        lambda db, who, c, tag: clients.update_client(
            db, who, c.id, c.version, clients.ClientInput("Eve", legal_name=tag)
        ),
        _client_kept,
    ),
    Case(
        "client status", clients.set_status, _client,
        lambda db, who, c, tag: clients.set_status(db, who, c.id, c.version, ClientStatus.CLOSED),
    ),
    Case(
        "user details", users.update_user, _will,
        lambda db, who, c, tag: users.update_user(
            db, who, c.id, expected_version=c.version, full_name=tag
        ),
        lambda a, c: _will_row(a, c).full_name,
    ),
    Case(
        "user roles", users.update_user, _will,
        lambda db, who, c, tag: users.update_user(
            db, who, c.id, expected_version=c.version,
            roles=[Role.WORKER, Role.SUPERVISOR if tag == FIRST else Role.ADMIN],
        ),
        lambda a, c: FIRST if Role.SUPERVISOR in _will_row(a, c).roles else SECOND,
    ),
    Case(
        "password reset against a change", users.reset_password, _will,
        lambda db, who, c, tag: users.update_user(
            db, who, c.id, expected_version=c.version, full_name=tag
        ) if tag == FIRST else users.reset_password(db, who, c.id, "a new password 7"),
        versioned=False,
    ),
    Case(
        "agency settings", users.update_agency, _agency,
        lambda db, who, c, tag: users.update_agency(db, who, c.version, name=tag),
        lambda a, c: users.get_agency(a.db).name,
    ),
    Case(
        "goal", goals.update_goal, _goal,
        lambda db, who, c, tag: goals.update_goal(db, who, c.id, c.version, goals.GoalInput(tag)),
        lambda a, c: goals.get_goal(a.db, a.wendy, c.id).text,
    ),
    Case(
        "goal progress", goals.add_progress, _goal,
        lambda db, who, c, tag: goals.add_progress(db, who, c.id, c.version, tag),
        _progress_kept,
    ),
    Case(
        "strength retired", strengths.retire_strength, _strength,
        lambda db, who, c, tag: strengths.retire_strength(
            db, who, c.id, tag, expected_version=c.version
        ),
        _strength_kept,
    ),
    Case(
        "strength retired, no version given", strengths.retire_strength, _strength,
        lambda db, who, c, tag: strengths.retire_strength(db, who, c.id, tag),
        _strength_kept,
    ),
    Case(
        "referral status", referrals.change_status, _referral,
        lambda db, who, c, tag: referrals.change_status(
            db, who, c.id, c.version,
            ReferralStatus.ACCEPTED if tag == FIRST else ReferralStatus.DECLINED,
            dt.date.today(),
        ),
        _referral_kept,
    ),
    Case(
        "care-team member", care_team.update_member, _member,
        lambda db, who, c, tag: care_team.update_member(
            db, who, c.id, c.version, care_team.MemberInput("Dr Amy Chen", "GP", tag)
        ),
        lambda a, c: _member_row(a, c).organisation,
    ),
    Case(
        "care-team member deactivated", care_team.set_active, _member,
        lambda db, who, c, tag: care_team.set_active(db, who, c.id, c.version, False),
    ),
    Case(
        "consent revoked", consents.revoke_consent, _consent,
        lambda db, who, c, tag: consents.revoke_consent(
            db, who, c.id, dt.date.today(), expected_version=c.version
        ),
    ),
    Case(
        "consent revoked, no version given", consents.revoke_consent, _consent,
        lambda db, who, c, tag: consents.revoke_consent(db, who, c.id, dt.date.today()),
    ),
    Case(
        "safety plan", safety_plans.save_new_version, _plan,
        lambda db, who, c, tag: safety_plans.save_new_version(
            db, who, c.id,
            SafetyPlanContent(warning_signs="Stops answering the phone", coping_strategies=tag),
            c.version,
        ),
        _plan_kept,
        locks_first=True,  # numbering locks the client row first
    ),
    # Notes lock their row before the check: on both backends the first waits.
    Case(
        "note draft", notes.save_draft, _draft, _draft_save,
        lambda a, c: notes.get_note(a.db, a.wendy, c.id).content.summary,
        locks_first=True,
    ),
    Case(
        "note submitted after a save elsewhere", notes.submit, _draft,
        lambda db, who, c, tag: _draft_save(db, who, c, tag)
        if tag == FIRST else notes.submit(db, who, c.id, c.version),
        raced=False,  # raced, a submitted note refuses the save as "waiting for review"
    ),
    Case(
        "note approved after a return elsewhere", review.approve, _submitted,
        lambda db, who, c, tag: review.return_note(db, who, c.id, "Say more", c.version)
        if tag == FIRST else review.approve(db, who, c.id, c.version),
        raced=False,  # raced, a signed note refuses the return as locked
    ),
    Case(
        "note returned and approved at once", review.return_note, _submitted,
        lambda db, who, c, tag: review.approve(db, who, c.id, c.version)
        if tag == FIRST else review.return_note(db, who, c.id, "Say more", c.version),
        lambda a, c: FIRST
        if notes.get_note(a.db, a.sam, c.id).status == NoteStatus.APPROVED else SECOND,
        locks_first=True, versioned=False,  # the return always wins here: see "approved after"
    ),
)  # fmt: skip


# -- two PCs ------------------------------------------------------------------------------


@contextmanager
def two_pcs(db: Database) -> Iterator[tuple[Database, Database]]:
    one, two = Database(db.url), Database(db.url)
    try:
        yield one, two
    finally:
        one.dispose()
        two.dispose()


@dataclass(slots=True)
class Outcome:
    winner: Actor
    loser: Actor
    #: What the loser's save raised (None would be a silent overwrite).
    error: BaseException | None
    #: What the winner's save raised (should be nothing).
    winner_error: BaseException | None
    #: The first PC got in between the second's check and its flush.
    at_flush: bool

    @property
    def winning_tag(self) -> str:
        """Whose change the record should hold: the first PC's when it got in between."""
        return FIRST if self.at_flush else SECOND


def _attempt(save: Callable[[], object]) -> BaseException | None:
    try:
        save()
    except Exception as exc:  # the tests look at what came out, whatever it is
        return exc
    return None


def race(agency: Agency, case: Case, ctx: Ctx) -> Outcome:
    """The second PC saves; once it has passed its check, the first PC saves too."""
    with two_pcs(agency.db) as (one, two):
        first_waits = one.is_sqlite or case.locks_first
        armed = [True]
        first_error: list[BaseException | None] = []
        waiting = threading.Event()

        def first_saves() -> None:
            first_error.append(_attempt(lambda: case.save(one, ctx.first, ctx, FIRST)))

        worker = threading.Thread(target=first_saves, daemon=True)

        def locking(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            # SQLite: BEGIN IMMEDIATE waits for the write lock; PostgreSQL: SELECT ... FOR UPDATE.
            if statement.startswith("BEGIN IMMEDIATE") or "FOR UPDATE" in statement:
                waiting.set()

        def between_check_and_flush(_session: Session, _flush: Any, _objects: Any) -> None:
            if not armed:
                return
            armed.clear()
            if not first_waits:
                first_saves()  # commits now, before this flush's UPDATE
                return
            worker.start()
            # It is now waiting for the lock this transaction holds (or about to).
            assert waiting.wait(WAIT), "the first PC's save never reached the lock"

        event.listen(one.engine, "before_cursor_execute", locking)
        event.listen(Session, "before_flush", between_check_and_flush)
        try:
            second_error = _attempt(lambda: case.save(two, ctx.second, ctx, SECOND))
        finally:
            event.remove(Session, "before_flush", between_check_and_flush)
        assert not armed, "the second PC's save never flushed"
        if first_waits:
            worker.join(WAIT)
            assert not worker.is_alive(), "the first PC's save hung"
            return Outcome(ctx.second, ctx.first, first_error[0], second_error, False)
        return Outcome(ctx.first, ctx.second, second_error, first_error[0], True)


def _assert_lost_to(error: BaseException | None, winner: Actor) -> ConflictError:
    assert isinstance(error, ConflictError), f"expected a ConflictError, got {error!r}"
    assert winner.full_name in str(error), str(error)
    return error


# -- the tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("case", [c for c in CASES if c.versioned], ids=lambda c: c.name)
def test_a_stale_version_is_refused_naming_who_saved_first(agency: Agency, case: Case) -> None:
    ctx = case.setup(agency)
    with two_pcs(agency.db) as (one, two):
        case.save(one, ctx.first, ctx, FIRST)
        with pytest.raises(ConflictError) as lost:
            case.save(two, ctx.second, ctx, SECOND)
    _assert_lost_to(lost.value, ctx.first)
    assert lost.value.__cause__ is None  # refused at the check, before any write
    if case.kept is not None:
        assert case.kept(agency, ctx) == FIRST


@pytest.mark.parametrize("case", [c for c in CASES if c.raced], ids=lambda c: c.name)
def test_two_saves_at_the_same_instant_one_wins_the_other_is_told_who(
    agency: Agency, case: Case
) -> None:
    ctx = case.setup(agency)
    outcome = race(agency, case, ctx)
    assert outcome.winner_error is None
    error = _assert_lost_to(outcome.error, outcome.winner)
    if outcome.at_flush:
        # Both passed the version check: the database refused the second UPDATE.
        assert isinstance(error.__cause__, StaleDataError)
    if case.kept is not None:
        assert case.kept(agency, ctx) == outcome.winning_tag


EDITING_MODULES: tuple[ModuleType, ...] = (
    clients, users, goals, strengths, referrals, care_team, consents, safety_plans, review,
    inspect.getmodule(notes.save_draft) or notes,  # where the notes package keeps drafts
)  # fmt: skip


def _editing_functions() -> set[Callable[..., object]]:
    """Public functions of these modules that save a record read at a version."""
    found: set[Callable[..., object]] = set()
    for module in EDITING_MODULES:
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__:
                continue
            params = inspect.signature(fn).parameters
            if {"expected_version", "based_on"} & set(params):
                found.add(fn)
    return found


def test_every_editing_service_has_a_race_case() -> None:
    missing = {f"{f.__module__}.{f.__name__}" for f in _editing_functions()} - {
        f"{c.function.__module__}.{c.function.__name__}" for c in CASES
    }
    assert not missing


def test_editing_services_raise_only_domain_errors(agency: Agency) -> None:
    """Whatever goes wrong on these paths reaches the caller as a ``PswdeskError``.

    Each case is tried as someone who may not touch the record, on a record that
    does not exist, with a version from the future, stale and in a race; nothing
    may come out but the domain's errors (a SQLAlchemy one only as their cause).
    """
    seen: list[tuple[str, BaseException]] = []
    for case in CASES:
        ctx = case.setup(agency)
        with two_pcs(agency.db) as (one, _two):
            tries = {
                "outsider": dataclasses.replace(ctx, first=ctx.outsider),
                "missing": dataclasses.replace(ctx, id=ctx.id + 10_000),
                "future version": dataclasses.replace(ctx, version=ctx.version + 5),
            }
            for what, bad in tries.items():
                error = _attempt(functools.partial(case.save, one, bad.first, bad, FIRST))
                if error is not None:
                    seen.append((f"{case.name}: {what}", error))
        if not case.raced:
            continue
        outcome = race(agency, case, case.setup(agency))
        for error in (outcome.error, outcome.winner_error):
            if error is not None:
                seen.append((f"{case.name}: race", error))
    assert seen  # the tries above do fail
    for where, error in seen:
        assert isinstance(error, PswdeskError), f"{where}: {error!r}"
        assert not isinstance(error, SQLAlchemyError), where
