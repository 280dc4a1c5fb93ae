"""The query planner's statistics on an agency's file: closing the main window runs
SQLite's ``PRAGMA optimize``, so a file that grew gets them without anyone running ANALYZE."""

from __future__ import annotations

from pswdesk.db import Database
from pswdesk.gui.backup_schedule import checkpoint_at_close
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note


def _stat_tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
            return {row[0] for row in conn.exec_driver_sql("SELECT tbl FROM sqlite_stat1")}
    return set()


def test_closing_the_window_gives_a_grown_file_planner_statistics(sqlite_agency: Agency) -> None:
    a = sqlite_agency
    for name in ("Robin", "Ari", "Sam"):
        submitted_note(a, a.wendy, new_client(a, a.wendy, name))
    a.db.dispose()  # only closing the window measures: a plain close writes nothing
    assert "notes" not in _stat_tables(a.db)
    checkpoint_at_close(a.db)
    assert {"notes", "clients", "audit_log"} <= _stat_tables(a.db)
    a.db.refresh_statistics()  # again: nothing new to measure, nothing breaks


def test_it_is_safe_on_every_backend(agency: Agency) -> None:
    """A PostgreSQL server keeps its own statistics: there it does nothing, never fails."""
    agency.db.refresh_statistics()
    agency.db.refresh_statistics()
