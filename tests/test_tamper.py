"""Tamper cases, each done as an attacker would with raw SQL, each named by verify.

The attacker modelled holds the database and a raw connection to it: on SQLite
the file and its raw SQLCipher key (what ``pswdesk db key`` shows), on PostgreSQL
the login every PC uses, which owns the tables and so may drop their triggers.
He does not hold the agency secret, so he cannot make the audit MAC or sign a
checkpoint: derived keys are independent, and the raw database key does not
give the audit key. He can recompute every SHA-256, and does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from sqlalchemy import Connection, create_engine, text

from pswdesk.db import Database, sqlite_path
from pswdesk.models import AuditEntry
from pswdesk.services import audit, integrity, review, safety_plans, signing
from pswdesk.services.notes import add_addendum
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.services.tamper_checks import live_definitions
from pswdesk.services.trigger_definitions import POSTGRESQL, SQLITE
from pswdesk.sqlite_files import connect
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note


def problems(db: Database, digests: list[Path] | None = None) -> list[str]:
    """What ``pswdesk verify`` finds, through its own read-only opening."""
    ro = Database(db.url, upgrade=False, read_only=True)
    try:
        return integrity.check(ro, verifying=True, digest_files=digests or []).problems
    finally:
        ro.dispose()


@contextmanager
def attacker(db: Database) -> Iterator[Connection]:
    """A raw connection as the attacker has it, outside pswdesk's services; committed."""
    path = sqlite_path(db.url)
    if path is not None:
        assert db.secret is not None
        engine = create_engine("sqlite://", creator=lambda: connect(path, db.secret))
    else:
        engine = create_engine(db.engine.url)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def drop_protection(conn: Connection, table: str) -> None:
    """What the attacker does first: drop the triggers that guard ``table``."""
    if conn.dialect.name == "sqlite":
        names = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name=:t"),
            {"t": table},
        ).scalars()
        for name in list(names):
            conn.execute(text(f"DROP TRIGGER {name}"))
    else:
        conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))


def signed_note(agency: Agency) -> int:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid)
    return review.approve(agency.db, agency.sam, note.id, note.version).id


def rewrite_chain_from(conn: Connection, first_id: int) -> None:
    """Recompute every SHA-256 hash from ``first_id`` on, as a careful attacker does."""
    rows = conn.execute(text("SELECT * FROM audit_log ORDER BY id")).mappings().all()
    prev = audit.GENESIS
    for row in rows:
        entry = SimpleNamespace(**row)
        if isinstance(entry.details, str):
            entry.details = json.loads(entry.details)
        if isinstance(entry.at, str):
            entry.at = dt.datetime.fromisoformat(entry.at)
        if entry.at.tzinfo is None:
            entry.at = entry.at.replace(tzinfo=dt.UTC)
        if row["id"] >= first_id:
            entry.prev_hash = prev
            entry.hash = audit.entry_hash(cast(AuditEntry, entry))
            conn.execute(
                text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :i"),
                {"p": entry.prev_hash, "h": entry.hash, "i": row["id"]},
            )
        prev = entry.hash


def last_audit_id(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(text("SELECT max(id) FROM audit_log")) or 0)


# -- a database left alone -----------------------------------------------------------------


def test_an_untouched_database_has_no_findings(agency: Agency) -> None:
    signed_note(agency)
    assert problems(agency.db) == []


def test_trigger_fingerprints_match_the_migrations(db: Database) -> None:
    # A freshly migrated database is the definition: regenerate trigger_definitions.py
    # (scripts/trigger_definitions.py) when a migration changes a trigger.
    with db.read() as s:
        live = live_definitions(s)
    assert live == (SQLITE if db.is_sqlite else POSTGRESQL)


# -- the audit chain -----------------------------------------------------------------------


def test_an_edited_entry_with_the_chain_recomputed_is_named(agency: Agency) -> None:
    target = 3
    with attacker(agency.db) as conn:
        drop_protection(conn, "audit_log")
        conn.execute(
            text("UPDATE audit_log SET actor_name = 'nobody' WHERE id = :i"), {"i": target}
        )
        rewrite_chain_from(conn, target)
    found = problems(agency.db)
    mac = [p for p in found if "MAC does not match" in p]
    # The first named is the edited one; each after it had its hash rewritten, so is named too.
    assert mac[0] == (
        f"audit entry {target}: its MAC does not match: the entry was edited or inserted, "
        "or the one before it removed"
    )
    assert len(mac) == last_audit_id(agency.db) - target + 1
    assert not any("content altered" in p or "previous entry" in p for p in found)


def test_an_appended_entry_with_a_correct_hash_but_no_mac_is_named(agency: Agency) -> None:
    last = last_audit_id(agency.db)
    with agency.db.read() as s:
        prev = s.scalar(text("SELECT hash FROM audit_log WHERE id = :i"), {"i": last})
    entry = SimpleNamespace(
        id=last + 1, at=dt.datetime.now(dt.UTC), actor_id=None, actor_name="admin",
        action="user.deleted", entity="user", entity_id=2, details={}, prev_hash=prev,
    )  # fmt: skip
    entry.hash = audit.entry_hash(cast(AuditEntry, entry))
    values = {**vars(entry), "details": "{}"}
    with attacker(agency.db) as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity, entity_id, "
                "details, prev_hash, hash) VALUES (:id, :at, :actor_id, :actor_name, :action, "
                ":entity, :entity_id, :details, :prev_hash, :hash)"
            ),
            values,
        )
    found = problems(agency.db)
    assert any(
        f"1 audit entry after the first keyed one carries no MAC (first: entry {last + 1})" in p
        for p in found
    ), found
    assert not any("content altered" in p for p in found)


def test_a_deleted_entry_in_the_middle_is_named(agency: Agency) -> None:
    with attacker(agency.db) as conn:
        drop_protection(conn, "audit_log")
        conn.execute(text("DELETE FROM audit_log WHERE id = 4"))
        rewrite_chain_from(conn, 5)
    found = problems(agency.db)
    assert "audit entry 4 missing: deleted from the log" in found
    assert any(p.startswith("audit entry 5: its MAC does not match") for p in found)


# -- signed records ------------------------------------------------------------------------


def test_an_unsigned_note_is_named(agency: Agency) -> None:
    nid = signed_note(agency)
    with attacker(agency.db) as conn:
        drop_protection(conn, "notes")
        conn.execute(
            text("UPDATE notes SET status = 'draft', content_hash = NULL WHERE id = :i"),
            {"i": nid},
        )
    assert any(
        f"note {nid}, signed in audit entry" in p and "is no longer signed (draft)" in p
        for p in problems(agency.db)
    )


def test_an_edited_and_rehashed_note_is_named(agency: Agency) -> None:
    nid = signed_note(agency)
    db = agency.db
    with db.read() as s:
        from pswdesk.models import Note

        note = s.get(Note, nid)
        assert note is not None
        care = note.self_care
        s.expunge_all()  # edited below as the attacker would, never written by this session
    note.summary = "Nothing of note happened."
    rehashed = signing.content_hash(note, care)
    with attacker(db) as conn:
        drop_protection(conn, "notes")
        conn.execute(
            text("UPDATE notes SET summary = :t, content_hash = :h WHERE id = :i"),
            {"t": "Nothing of note happened.", "h": rehashed, "i": nid},
        )
    found = problems(db)
    assert any(
        f"note {nid} no longer has the content hash it was signed with" in p for p in found
    ), found
    # The note's own hash now agrees with its text: only the audit catches it.
    assert not any(f"note {nid}: content changed" in p for p in found)


def test_a_deleted_signed_note_is_named(agency: Agency) -> None:
    nid = signed_note(agency)
    with attacker(agency.db) as conn:
        # Every row pointing at the note goes too, so no foreign key gives it away.
        tables = (
            ["note_self_care", "note_reviews", "note_submissions", "follow_ups"]
            if agency.db.is_sqlite
            else conn.execute(
                text(
                    "SELECT table_name FROM information_schema.columns "
                    "WHERE column_name = 'note_id' AND table_schema = current_schema()"
                )
            )
            .scalars()
            .all()
        )
        for table in [*tables, "notes"]:
            drop_protection(conn, table)
        for table in tables:
            conn.execute(text(f"DELETE FROM {table} WHERE note_id = :i"), {"i": nid})
        conn.execute(text("DELETE FROM notes WHERE id = :i"), {"i": nid})
    assert any(
        f"note {nid}, signed in audit entry" in p and "was deleted" in p
        for p in problems(agency.db)
    )


def test_a_deleted_addendum_is_named(agency: Agency) -> None:
    nid = signed_note(agency)
    row = add_addendum(agency.db, agency.wendy, nid, "wrong date", "It was on Tuesday.")
    with attacker(agency.db) as conn:
        drop_protection(conn, "addenda")
        conn.execute(text("DELETE FROM addenda WHERE id = :i"), {"i": row.id})
    assert any(
        f"addendum {row.id} on note {nid}" in p and "was deleted" in p for p in problems(agency.db)
    )


def test_a_deleted_old_safety_plan_version_is_named(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    content = SafetyPlanContent(warning_signs="Stops answering", reasons_for_living="Pepper")
    v1 = safety_plans.save_new_version(agency.db, agency.wendy, cid, content, None)
    changed = SafetyPlanContent(warning_signs="Stops eating", reasons_for_living="Pepper")
    safety_plans.save_new_version(agency.db, agency.wendy, cid, changed, 1)
    with agency.db.read() as s:
        plan_id = s.scalar(
            text("SELECT id FROM safety_plans WHERE client_id = :c AND version_no = 1"),
            {"c": cid},
        )
    assert v1.version_no == 1
    with attacker(agency.db) as conn:
        drop_protection(conn, "safety_plans")
        conn.execute(text("DELETE FROM safety_plans WHERE id = :i"), {"i": plan_id})
    assert any(
        f"safety plan version {plan_id}" in p and "was deleted" in p for p in problems(agency.db)
    )


# -- the triggers themselves ---------------------------------------------------------------


def test_a_dropped_trigger_is_named(agency: Agency) -> None:
    with attacker(agency.db) as conn:
        if agency.db.is_sqlite:
            conn.execute(text("DROP TRIGGER notes_locked_update"))
            name = "notes_locked_update"
        else:
            conn.execute(text("DROP TRIGGER notes_locked ON notes"))
            name = "notes_locked"
    assert f"trigger {name} is missing: it was dropped" in problems(agency.db)


def test_a_disabled_or_replaced_trigger_is_named(agency: Agency) -> None:
    with attacker(agency.db) as conn:
        if agency.db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_log_append_only_delete"))
            conn.execute(
                text(
                    "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
                    "WHEN 0 BEGIN SELECT RAISE(ABORT, 'pswdesk: audit_log is append-only'); END"
                )
            )
            expected = "trigger audit_log_append_only_delete is not as the migrations made it"
        else:
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
            expected = "trigger audit_log_append_only is not as the migrations made it"
    assert any(p.startswith(expected) for p in problems(agency.db))


def test_an_added_trigger_is_named(agency: Agency) -> None:
    with attacker(agency.db) as conn:
        if agency.db.is_sqlite:
            conn.execute(
                text(
                    "CREATE TRIGGER sneaky AFTER INSERT ON notes BEGIN "
                    "UPDATE notes SET summary = '' WHERE id = NEW.id; END"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE TRIGGER sneaky AFTER INSERT ON notes FOR EACH ROW "
                    "EXECUTE FUNCTION pswdesk_append_only()"
                )
            )
    assert "trigger sneaky was added outside pswdesk's migrations" in problems(agency.db)


def test_after_a_rekey_the_new_key_seals_the_old_entries(sqlite_agency: Agency) -> None:
    from pswdesk.keys import AgencySecret
    from pswdesk.services.audit_chain import NEW_KEY
    from pswdesk.services.key_admin import rekey

    db = sqlite_agency.db
    path = sqlite_path(db.url)
    assert path is not None and db.secret is not None
    db.dispose()
    new = AgencySecret.generate()
    rekey(path, db.secret, new)
    again = Database(db.url, secret=new)
    try:
        assert problems(again) == []
        with again.read() as s:
            marker = s.scalar(
                text("SELECT max(id) FROM audit_log WHERE action = :a"), {"a": NEW_KEY}
            )
        # An entry under the old key, edited with every hash after it recomputed:
        with attacker(again) as conn:
            drop_protection(conn, "audit_log")
            conn.execute(text("UPDATE audit_log SET actor_name = 'nobody' WHERE id = 2"))
            rewrite_chain_from(conn, 2)
        assert any(
            p.startswith(f"audit entry {marker}: its MAC does not match") for p in problems(again)
        )
    finally:
        again.dispose()
