"""Merging two records of one person, on SQLite and PostgreSQL.

Everything moves to the record kept and still verifies; the database lets exactly
that move through its locks (migration 0008) and nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from pswdesk.errors import ConflictError, LockedError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import (
    AuditEntry,
    CareTeamMember,
    Client,
    ClientAssignment,
    ClientMerge,
    Consent,
    Disclosure,
    FollowUp,
    Goal,
    Note,
    Referral,
    SafetyPlan,
    Strength,
)
from pswdesk.services import (
    care_team,
    clients,
    consents,
    integrity,
    merging,
    notes,
    referrals,
    review,
    safety_plans,
)
from pswdesk.services.access import Actor, not_found
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import ClientStatus, CloseReason, NoteStatus, RiskLevel
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note

KINDS: dict[str, Any] = {
    "notes": Note, "goals": Goal, "strengths": Strength, "safety_plans": SafetyPlan,
    "follow_ups": FollowUp, "referrals": Referral, "care_team": CareTeamMember,
    "consents": Consent, "disclosures": Disclosure,
}  # fmt: skip


@dataclass
class Pair:
    agency: Agency
    keep: int
    other: int
    signed: int  # an approved note of the other record, with an addendum


def _approved(agency: Agency, author: Actor, client_id: int, **overrides: object) -> int:
    note = submitted_note(agency, author, client_id, **overrides)
    return review.approve(agency.db, agency.sam, note.id, note.version).id


def _plan(agency: Agency, client_id: int, words: str, based_on: int | None) -> None:
    """A plan version, saved by the supervisor (who sees both records)."""
    content = SafetyPlanContent(warning_signs=words, reasons_for_living=f"reasons {words}")
    safety_plans.save_new_version(agency.db, agency.sam, client_id, content, based_on)


def _disclosure(agency: Agency, client_id: int, consent_id: int | None) -> None:
    with agency.db.write() as s:
        s.add(
            Disclosure(
                client_id=client_id, user_id=agency.wendy.id, consent_id=consent_id,
                recipient="Dr Rivera (GP)", sections=["goals"],
                date_from=dt.date.today() - dt.timedelta(days=30), date_to=dt.date.today(),
            )
        )  # fmt: skip


def _fill(agency: Agency, client_id: int, author: Actor, tag: str) -> int:
    """A record with something of every kind; returns its approved, amended note."""
    db = agency.db
    signed = _approved(agency, author, client_id, summary=f"Signed {tag} summary")
    notes.add_addendum(db, author, signed, "Correction", f"A later detail {tag}.")
    _approved(agency, author, client_id, contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    submitted_note(agency, author, client_id, summary=f"Waiting {tag}")
    notes.create_draft(db, author, client_id, full_content(summary=f"Draft {tag}"))
    referrals.add_referral(db, author, client_id, f"Housing office {tag}")
    member = care_team.add_member(db, author, client_id, care_team.MemberInput(f"Dr {tag}", "GP"))
    consent = consents.record_consent(
        db, author, client_id,
        consents.ConsentInput("Coordinated care", ["goals"], dt.date.today(),
                              care_team_member_id=member.id),
    )  # fmt: skip
    _disclosure(agency, client_id, consent.id)
    _plan(agency, client_id, f"plan {tag} one", None)
    _plan(agency, client_id, f"plan {tag} two", 1)
    return signed


@pytest.fixture
def pair(agency: Agency) -> Pair:
    """Two records of Robin in Sam's team: one carried by Wendy, the other by Will."""
    keep = new_client(agency, agency.wendy, "Robin Ames")
    other = new_client(agency, agency.will, "Robin A.")
    _approved(agency, agency.wendy, keep, summary="Kept record's own note")
    signed = _fill(agency, other, agency.will, "B")
    return Pair(agency, keep, other, signed)


def _counts(agency: Agency, client_id: int) -> dict[str, int]:
    with agency.db.read() as s:
        return {
            name: s.scalar(
                select(func.count()).select_from(model).where(model.client_id == client_id)
            )
            or 0
            for name, model in KINDS.items()
        }


def _version(agency: Agency, actor: Actor, client_id: int) -> int:
    return clients.get_client(agency.db, actor, client_id, audit_open=False).version


def _merge(pair: Pair, actor: Actor | None = None) -> merging.MergeResult:
    a = pair.agency
    return merging.merge_clients(
        a.db, actor or a.sam, pair.keep, pair.other,
        keep_version=_version(a, a.sam, pair.keep),
        other_version=_version(a, a.sam, pair.other),
    )  # fmt: skip


# -- everything moves, the other record closes ----------------------------------------------


def test_merge_moves_every_record_and_closes_the_other(pair: Pair) -> None:
    a = pair.agency
    keep_before, other_before = _counts(a, pair.keep), _counts(a, pair.other)
    assert all(other_before.values()), other_before  # something of every kind to move

    result = _merge(pair)

    assert (result.kept_id, result.merged_id) == (pair.keep, pair.other)
    for kind, n in other_before.items():
        assert result.moved[kind] == n, kind
    # The kept record had no plan: the other's versions keep their numbers, none re-saved.
    assert result.moved["safety_plan_resaved"] == 0
    assert _counts(a, pair.other) == dict.fromkeys(KINDS, 0)
    assert _counts(a, pair.keep) == {k: keep_before[k] + other_before[k] for k in KINDS}

    with a.db.read() as s:
        other = s.get(Client, pair.other)
        assert other is not None
        assert other.status == ClientStatus.CLOSED and other.close_reason == CloseReason.MERGED
        assert other.merged_into_id == pair.keep and other.closed_on == dt.date.today()
        kept_workers = set(
            s.scalars(
                select(ClientAssignment.user_id).where(ClientAssignment.client_id == pair.keep)
            )
        )
        merge = s.scalars(select(ClientMerge)).one()
        assert (merge.merged_id, merge.kept_id, merge.merged_by_id) == (
            pair.other, pair.keep, a.sam.id,
        )  # fmt: skip
    assert kept_workers == {a.wendy.id, a.will.id}  # the union, one row each
    assert result.moved["assignments"] == 1

    # The other record leaves Will's caseload; the kept one is on it now.
    mine = {r.id for r in clients.list_caseload(a.db, a.will)}
    assert mine == {pair.keep}
    closed = {r.id for r in clients.list_caseload(a.db, a.will, include_closed=True)}
    assert closed == {pair.keep, pair.other}
    # A file merged away refuses new records and says where it lives on.
    with pytest.raises(LockedError, match=f"merged into client {pair.keep}"):
        care_team.add_member(a.db, a.will, pair.other, care_team.MemberInput("Dr Late"))


def test_signatures_still_verify_after_a_merge(pair: Pair) -> None:
    a = pair.agency
    assert integrity.verify(a.db) == []
    _merge(pair)
    report = integrity.check(a.db)
    assert report.problems == []
    assert report.approved_notes == 3 and report.addenda == 1
    # The moved note reads as the kept record's, for the people of the kept record.
    view = notes.get_note(a.db, a.wendy, pair.signed)
    assert view.status == NoteStatus.APPROVED and len(view.addenda) == 1
    listed = {r.id for r in notes.client_notes(a.db, a.wendy, pair.keep)}
    assert pair.signed in listed
    found = notes.search_notes(a.db, a.wendy, "Signed B summary")
    assert [(r.id, r.client_id) for r in found] == [(pair.signed, pair.keep)]
    # A correction added after the merge is signed and verifies too, and so does a note
    # that was waiting for review when it moved, approved now under the kept record.
    notes.add_addendum(a.db, a.will, pair.signed, "Correction", "Added after the merge.")
    (waiting,) = review.review_queue(a.db, a.sam)
    assert waiting.client_id == pair.keep
    review.approve(a.db, a.sam, waiting.id, notes.get_note(a.db, a.sam, waiting.id).version)
    assert integrity.check(a.db).approved_notes == 4
    assert integrity.verify(a.db) == []


def test_a_chain_of_merges_still_verifies(pair: Pair) -> None:
    a = pair.agency
    _merge(pair)
    third = new_client(a, a.wendy, "Robin Ames-Smith")
    _approved(a, a.wendy, third, summary="Third record's note")
    merging.merge_clients(
        a.db, a.sam, third, pair.keep,
        keep_version=_version(a, a.sam, third), other_version=_version(a, a.sam, pair.keep),
    )  # fmt: skip
    with a.db.read() as s:
        assert s.scalar(select(Note.client_id).where(Note.id == pair.signed)) == third
    assert integrity.verify(a.db) == []


def test_a_note_changed_after_the_merge_is_still_reported(pair: Pair) -> None:
    a = pair.agency
    _merge(pair)
    # Someone with the database drops the lock and edits the moved note.
    with a.db.engine.begin() as conn:
        if a.db.is_sqlite:
            conn.execute(text("DROP TRIGGER notes_locked_update"))
        else:
            conn.execute(text("ALTER TABLE notes DISABLE TRIGGER notes_locked"))
        conn.execute(
            text("UPDATE notes SET summary = 'rewritten' WHERE id = :id"), {"id": pair.signed}
        )
    found = integrity.verify(a.db)
    assert f"note {pair.signed}: content changed after it was signed" in found
    assert len(found) == 2 and found[0].startswith("trigger notes_locked")  # the lock taken away


def test_the_newer_plan_stays_current(agency: Agency) -> None:
    keep = new_client(agency, agency.wendy, "Sam Lee")
    other = new_client(agency, agency.will, "Sammy Lee")
    _plan(agency, other, "other one", None)
    _plan(agency, other, "other two", 1)
    _plan(agency, keep, "kept one", None)  # saved last
    result = merging.merge_clients(
        agency.db, agency.sam, keep, other,
        keep_version=_version(agency, agency.sam, keep),
        other_version=_version(agency, agency.sam, other),
    )  # fmt: skip
    assert result.moved["safety_plans"] == 2 and result.moved["safety_plan_resaved"] == 1
    versions = safety_plans.safety_plan_versions(agency.db, agency.wendy, keep)
    assert [v.version_no for v in versions] == [4, 3, 2, 1]
    assert versions[0].created_by_name == "Sam Supervisor"
    read = [
        safety_plans.get_safety_plan(agency.db, agency.wendy, keep, n).content.warning_signs
        for n in (1, 2, 3, 4)
    ]
    assert read == ["kept one", "other one", "other two", "kept one"]
    assert integrity.verify(agency.db) == []


def test_header_takes_the_newer_contact_risk_and_the_open_alert(agency: Agency) -> None:
    keep = new_client(agency, agency.wendy, "Ari")
    other = new_client(agency, agency.will, "Ari K")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=9)
    submitted_note(agency, agency.wendy, keep, contact_at=old)
    urgent = submitted_note(
        agency, agency.will, other, risk_indicators=("self-harm",), risk_level=RiskLevel.HIGH,
        risk_actions=("crisis_protocol",),
    )  # fmt: skip
    result = merging.merge_clients(
        agency.db, agency.sam, keep, other,
        keep_version=_version(agency, agency.sam, keep),
        other_version=_version(agency, agency.sam, other),
    )  # fmt: skip
    assert result.moved["risk_alert"] == 1
    header = clients.get_client(agency.db, agency.wendy, keep, audit_open=False)
    assert header.risk == RiskLevel.HIGH and header.risk_alert_note_id == urgent.id
    rows = {r.id: r for r in clients.list_caseload(agency.db, agency.wendy)}
    assert rows[keep].last_contact == urgent.content.contact_at


# -- who may, and when ----------------------------------------------------------------------


def test_only_a_supervisor_who_sees_both_records_merges(pair: Pair) -> None:
    a = pair.agency
    with pytest.raises(PermissionDenied):
        _merge(pair, a.wendy)
    with pytest.raises(NotFound) as hidden:
        _merge(pair, a.sue)  # another team's supervisor
    assert str(hidden.value) == str(not_found("client", pair.keep))
    with pytest.raises(NotFound) as missing:
        merging.merge_clients(a.db, a.sam, pair.keep, 999_999, keep_version=1, other_version=1)
    assert str(missing.value) == str(not_found("client", 999_999))
    with pytest.raises(ValidationError, match="two different records"):
        merging.merge_clients(a.db, a.sam, pair.keep, pair.keep, keep_version=1, other_version=1)
    assert _counts(a, pair.keep)["notes"] == 1  # nothing moved


def test_a_record_is_merged_only_once(pair: Pair) -> None:
    a = pair.agency
    _merge(pair)
    third = new_client(a, a.wendy, "Robin Third")
    for keep, other in ((pair.keep, pair.other), (third, pair.other), (pair.other, third)):
        with pytest.raises(ConflictError, match=f"already merged into client {pair.keep}"):
            merging.merge_clients(
                a.db, a.sam, keep, other,
                keep_version=_version(a, a.sam, keep), other_version=_version(a, a.sam, other),
            )  # fmt: skip
    with a.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ClientMerge)) == 1


def test_a_stale_version_is_a_conflict_and_nothing_moves(pair: Pair) -> None:
    a = pair.agency
    keep_version = _version(a, a.sam, pair.keep)
    other_version = _version(a, a.sam, pair.other)
    detail = clients.get_client(a.db, a.will, pair.other, audit_open=False)
    clients.update_client(
        a.db, a.will, pair.other, detail.version, clients.ClientInput("Robin A.", pronouns="they")
    )
    before = _counts(a, pair.other)
    with pytest.raises(ConflictError, match="Will Worker"):
        merging.merge_clients(
            a.db, a.sam, pair.keep, pair.other,
            keep_version=keep_version, other_version=other_version,
        )  # fmt: skip
    assert _counts(a, pair.other) == before
    with a.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ClientMerge)) == 0


def test_the_merge_is_audited_with_ids_and_counts_only(pair: Pair) -> None:
    result = _merge(pair)
    with pair.agency.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "client.merged")).one()
    assert (entry.entity, entry.entity_id, entry.actor_id) == (
        "client",
        pair.other,
        pair.agency.sam.id,
    )
    assert entry.details == {"kept_id": pair.keep, "merged_id": pair.other, "moved": result.moved}


# -- the database lets the merge's move through, and nothing else ----------------------------


def _refused(agency: Agency, statement: Any) -> None:
    with pytest.raises(DBAPIError) as err, agency.db.engine.begin() as conn:
        conn.execute(statement)
    assert "pswdesk:" in str(err.value)  # our trigger, not some other failure


def test_a_signed_note_cannot_move_to_a_client_it_was_not_merged_into(pair: Pair) -> None:
    a = pair.agency
    third = new_client(a, a.wendy, "Someone Else")
    move = text("UPDATE notes SET client_id = :to WHERE id = :id")
    _refused(a, move.bindparams(to=third, id=pair.signed))
    _merge(pair)
    _refused(a, move.bindparams(to=pair.other, id=pair.signed))  # back again
    _refused(a, move.bindparams(to=third, id=pair.signed))
    for table in ("safety_plans", "disclosures"):
        _refused(a, text(f"UPDATE {table} SET client_id = :to").bindparams(to=third))
    assert integrity.verify(a.db) == []


def _changed(value: Any, column: Any) -> Any:
    """A different value of the same type (same length for strings: varchar limits)."""
    if value is None:
        kind = column.type.python_type
        samples = {int: 1, str: "x", bool: True, dt.date: dt.date.today(), list: ["x"]}
        return dt.datetime.now(dt.UTC) if kind is dt.datetime else samples.get(kind, ["x"])
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value[:-1] + ("y" if value.endswith("x") else "x") if value else "x"
    if isinstance(value, dt.datetime):
        return value + dt.timedelta(seconds=1)
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, list):
        return [*value, "x"]
    return {**value, "x": 1}


@pytest.mark.parametrize("model", [Note, SafetyPlan, Disclosure], ids=lambda m: m.__tablename__)
def test_a_move_that_changes_anything_else_is_refused(pair: Pair, model: Any) -> None:
    a = pair.agency
    table: Table = model.__table__
    with a.db.engine.begin() as conn:  # the merge's first step, by hand
        conn.execute(
            insert(ClientMerge.__table__).values(
                merged_id=pair.other, kept_id=pair.keep, merged_by_id=a.sam.id,
                merged_at=dt.datetime.now(dt.UTC),
            )
        )  # fmt: skip
        where = table.c.client_id == pair.other
        if model is Note:
            where = where & (table.c.id == pair.signed)
        row = conn.execute(select(table).where(where).limit(1)).mappings().one()
    allowed = {"client_id", "version_no"} if model is SafetyPlan else {"client_id"}
    for column in table.columns:
        if column.name in allowed:
            continue
        moved_and_changed = (
            update(table)
            .where(table.c.id == row["id"])
            .values({"client_id": pair.keep, column.name: _changed(row[column.name], column)})
        )
        _refused(a, moved_and_changed)
        # ... and the column alone, without the move, as before.
        alone = update(table).where(table.c.id == row["id"])
        _refused(a, alone.values({column.name: _changed(row[column.name], column)}))
    if model is SafetyPlan:  # renumbered only while moving
        _refused(a, update(table).where(table.c.id == row["id"]).values(version_no=99))
    # The control: the move alone goes through.
    with a.db.engine.begin() as conn:
        done = conn.execute(
            update(table).where(table.c.id == row["id"]).values(client_id=pair.keep)
        )
    assert done.rowcount == 1
