"""The audit chain's tail is taken as a transaction commits, not when its first entry is
recorded: on PostgreSQL the writers' lock (``pg_advisory_xact_lock``) is then held only
for the append and the commit, and the other PCs' writes go on meanwhile. On both
backends the chain stays one unbroken line in commit order, and a transaction rolled
back leaves no entry behind."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from pswdesk.db import Database
from pswdesk.models import AuditEntry
from pswdesk.services import audit
from tests.conftest import Agency


def _entries(db: Database) -> list[tuple[int, str, int | None]]:
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.id, AuditEntry.action, AuditEntry.entity_id).order_by(AuditEntry.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _intact(db: Database) -> list[str]:
    with db.read() as s:
        return audit.verify_chain(s)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_long_transaction_does_not_hold_the_chain_until_it_commits(
    agency: Agency, db_url: str
) -> None:
    a = agency
    other_pc = Database(db_url)
    done = threading.Event()
    try:
        with a.db.write() as s:
            audit.record(s, a.wendy, "test.slow", "client", 1)
            # Another PC writes while this transaction is still open, and is not kept waiting.
            thread = threading.Thread(target=lambda: _quick_write(other_pc, a, done))
            thread.start()
            assert done.wait(20), "the other PC's audited write waited for this transaction"
            thread.join()
            audit.record(s, a.wendy, "test.slow", "client", 2)
    finally:
        other_pc.dispose()
    tail = _entries(a.db)[-3:]
    # Commit order: the quick write first, then both entries of the slow one, in a row.
    assert [(action, entity_id) for _id, action, entity_id in tail] == [
        ("test.quick", 3), ("test.slow", 1), ("test.slow", 2),
    ]  # fmt: skip
    ids = [i for i, _a, _e in _entries(a.db)]
    assert ids == list(range(1, len(ids) + 1))
    assert _intact(a.db) == []


def _quick_write(db: Database, a: Agency, done: threading.Event) -> None:
    with db.write() as s:
        audit.record(s, a.wendy, "test.quick", "client", 3)
    done.set()


def test_a_rolled_back_transaction_leaves_no_entry(agency: Agency) -> None:
    a = agency
    before = _entries(a.db)

    class Undone(Exception):
        pass

    with pytest.raises(Undone), a.db.write() as s:
        audit.record(s, a.wendy, "test.undone", "client", 1)
        raise Undone
    with a.db.write() as s:
        audit.record(s, a.wendy, "test.kept", "client", 2)
    after = _entries(a.db)
    assert [e[1] for e in after[len(before) :]] == ["test.kept"]
    with a.db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "test.undone")) == 0
    assert _intact(a.db) == []
