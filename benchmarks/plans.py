"""Print the query plans behind the speed budgets (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE).

    python benchmarks/plans.py            # the cached SQLite data set (see common.py)
    PSWDESK_BENCH_DB=postgresql://... python benchmarks/plans.py

Runs the same service calls as ``run_all.py`` once each, captures every SQL
statement they send, and prints each statement's plan, so a sequential scan or a
sort of a whole table shows up next to the call that caused it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from common import PASSWORD, facts, open_dataset
from sqlalchemy import event

from pswdesk.services import auth, clients, notes, review


def main() -> int:
    db = open_dataset()
    f = facts(db)
    worker = auth.login(db, f.worker, PASSWORD)
    supervisor = auth.login(db, f.supervisor, PASSWORD)
    big = auth.login(db, f.big_client_worker, PASSWORD)
    calls: list[tuple[str, Callable[[], object]]] = [
        ("caseload (worker)", lambda: clients.list_caseload(db, worker)),
        ("caseload (team)", lambda: clients.list_caseload(db, supervisor, scope="team")),
        ("client notes", lambda: notes.client_notes(db, big, f.big_client_id)),
        ("count client notes", lambda: notes.count_client_notes(db, big, f.big_client_id)),
        ("review queue", lambda: review.review_queue(db, supervisor)),
        ("count review queue", lambda: review.count_review_queue(db, supervisor)),
        ("search common word", lambda: notes.search_notes(db, supervisor, "and")),
        ("search rare words", lambda: notes.search_notes(db, supervisor, "hospital visit")),
    ]
    captured: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    for label, call in calls:
        event.listen(db.engine, "before_cursor_execute", capture)
        try:
            call()
        finally:
            event.remove(db.engine, "before_cursor_execute", capture)
        print(f"=== {label}")
        for statement, params in captured:
            print("\n".join("    " + line for line in statement.strip().splitlines()))
            print(f"    -- {params}")
            prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN (ANALYZE, COSTS OFF) "
            with db.engine.connect() as conn:
                for row in conn.exec_driver_sql(prefix + statement, params):
                    print("      " + (" ".join(map(str, row[1:])) if db.is_sqlite else row[0]))
        captured.clear()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
