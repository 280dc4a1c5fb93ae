"""Demo data: deterministic, complete (every status, risk level and step) and verifiable."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from pswdesk import demo
from pswdesk.db import Database
from pswdesk.errors import ConflictError
from pswdesk.framework import STEP_KEYS
from pswdesk.models import (
    Addendum,
    AgencySettings,
    AuditEntry,
    BriefContact,
    CareTeamMember,
    Client,
    Consent,
    DebriefRequest,
    FollowUp,
    Goal,
    GoalProgress,
    Note,
    NoteReview,
    NoteSelfCare,
    Referral,
    SafetyPlan,
    Strength,
    SupervisionSession,
)
from pswdesk.services import auth, integrity, users
from tests.conftest import PASSWORD

TODAY = dt.date(2026, 3, 15)


def _seeded(url: str, *, clients: int = 12, notes: int = 15, seed_value: int = 7) -> Database:
    db = Database(url)
    users.initialise(db, "Seed Test Agency", "boss", "Bo Boss", PASSWORD)
    demo.seed_demo(
        db,
        clients=clients,
        notes_per_client=notes,
        seed=seed_value,
        password=PASSWORD,
        today=TODAY,
    )
    return db


def _content_digest(db: Database) -> str:
    """Everything a person wrote, in id order, including dates (fixed by ``today``)."""
    h = hashlib.sha256()
    with db.read() as s:
        for row in s.execute(
            select(
                Note.id, Note.client_id, Note.author_id, Note.status, Note.contact_at,
                Note.summary, Note.s1_expressed, Note.s3_text, Note.s5_text, Note.risk_level,
                Note.feelings, Note.goal_items, Note.content_hash,
            ).order_by(Note.id)
        ):  # fmt: skip
            h.update(repr(tuple(row)).encode())
        for row in s.execute(
            select(Client.preferred_name, Client.current_risk).order_by(Client.id)
        ):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_same_seed_same_content(tmp_path: Path) -> None:
    a = _seeded(f"sqlite:///{tmp_path / 'a.db'}")
    b = _seeded(f"sqlite:///{tmp_path / 'b.db'}")
    c = _seeded(f"sqlite:///{tmp_path / 'c.db'}", seed_value=8)
    try:
        assert _content_digest(a) == _content_digest(b)
        assert _content_digest(a) != _content_digest(c)
    finally:
        for db in (a, b, c):
            db.dispose()


def test_every_status_risk_level_and_step_is_present(db_url: str) -> None:
    db = _seeded(db_url)
    try:
        with db.read() as s:
            statuses = set(s.scalars(select(Note.status).distinct()))
            risks = set(s.scalars(select(Note.risk_level).distinct()))
            skipped = {k for row in s.scalars(select(Note.not_addressed)) for k in row.split(",")}
            narratives = {
                col: s.scalar(select(func.count()).where(getattr(Note, col) != ""))
                for col in ("s1_expressed", "s2_questions", "s3_text", "s4_text", "s5_text",
                            "s6_text", "s7_text")
            }  # fmt: skip
            counts = {
                m.__name__: s.scalar(select(func.count()).select_from(m))
                for m in (
                    Goal, GoalProgress, Strength, SafetyPlan, FollowUp, Referral,
                    CareTeamMember, Consent, Addendum, DebriefRequest, NoteSelfCare,
                    BriefContact, SupervisionSession,
                )
            }  # fmt: skip
            returned = s.scalar(
                select(func.count()).where(
                    NoteReview.decision == "returned", NoteReview.comment != ""
                )
            )
            consents = list(s.execute(select(Consent.expires_on, Consent.revoked_on)))
            demo = s.scalar(select(AgencySettings.is_demo))
            feelings = sum(1 for tags in s.scalars(select(Note.feelings)) if tags)
        assert statuses == {"draft", "submitted", "returned", "approved"}
        assert {"none", "low", "moderate", "high", "imminent"} <= risks
        assert skipped - {""} <= set(STEP_KEYS) and len(skipped) > 3
        assert all(n > 0 for n in narratives.values()), narratives
        assert all(n > 0 for n in counts.values()), counts
        assert returned > 0 and feelings > 0 and demo is True
        assert any(r is not None for _, r in consents), "a revoked consent"
        assert any(e is not None and e < TODAY for e, r in consents if r is None), "an expired one"
        assert any(r is None and (e is None or e > TODAY) for e, r in consents), "an active one"
    finally:
        db.dispose()


def test_seeded_database_verifies_and_accounts_log_in(db_url: str) -> None:
    db = _seeded(db_url, clients=8, notes=10)
    try:
        report = integrity.check(db)
        assert report.problems == []
        assert report.approved_notes > 0 and report.audit_entries > 0
        actor = auth.login(db, "worker1", PASSWORD)
        assert actor.roles == {"worker"}
        sup = auth.login(db, "supervisor1", PASSWORD)
        assert sup.roles == {"worker", "supervisor"}
        with db.read() as s:
            assert s.scalar(select(func.count()).where(AuditEntry.action == "seed.demo")) == 1
    finally:
        db.dispose()


def test_clients_risk_matches_their_latest_rated_note(sqlite_url: str) -> None:
    db = _seeded(sqlite_url)
    try:
        with db.read() as s:
            for client in s.scalars(select(Client)):
                latest = s.execute(
                    select(Note.risk_level, Note.contact_at)
                    .where(
                        Note.client_id == client.id,
                        Note.status != "draft",
                        Note.risk_level.is_not(None),
                    )
                    .order_by(Note.contact_at.desc(), Note.id.desc())
                    .limit(1)
                ).first()
                if latest:
                    assert client.current_risk == latest.risk_level
                    assert client.current_risk_at == latest.contact_at
                # Nothing is dated after the day the demo was made for.
                assert client.last_contact_at is None or client.last_contact_at.date() < TODAY
    finally:
        db.dispose()


def test_seed_refuses_a_database_with_clients(sqlite_url: str) -> None:
    db = _seeded(sqlite_url, clients=2, notes=2)
    try:
        with pytest.raises(ConflictError):
            demo.seed_demo(db, clients=2, notes_per_client=2, password=PASSWORD)
    finally:
        db.dispose()


def test_demo_database_is_made_anew(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "demo.db"
    first = demo.create_demo_database(path, clients=5, notes_per_client=4, password=PASSWORD)
    again = demo.create_demo_database(path, clients=5, notes_per_client=4, password=PASSWORD)
    assert again.report.clients == 5 == first.report.clients
    roles = {a.role for a in again.accounts}
    assert roles == {"Administrator", "Supervisor", "Worker"}
    assert all(a.password == PASSWORD for a in again.accounts)
    db = Database(again.url)
    try:
        assert users.get_agency(db).is_demo
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Client)) == 5
        for account in again.accounts:
            auth.login(db, account.username, account.password)
    finally:
        db.dispose()


def test_generated_password_when_none_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(demo.ENV_PASSWORD, raising=False)
    info = demo.create_demo_database(tmp_path / "d.db", clients=1, notes_per_client=1)
    assert info.password_generated
    db = Database(info.url)
    try:
        auth.login(db, "worker1", info.accounts[0].password)
        with db.engine.connect() as conn:  # the password is not stored anywhere readable
            assert info.accounts[0].password not in str(
                conn.execute(text("SELECT password_hash FROM users")).all()
            )
    finally:
        db.dispose()
