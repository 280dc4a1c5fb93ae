"""Indexes the reports need at 100,000 notes (docs/ARCHITECTURE.md, Speed budget).

A note row is wide (the eight steps' text), so a report that counts a year of
notes by reading their rows reads most of the table: several seconds on an
encrypted SQLite file, a sequential scan on PostgreSQL. These indexes hold every
column the reports' note queries read, so the counting is done in the index
alone (a covering index on SQLite, an index-only scan on PostgreSQL):

* ``ix_notes_report_author``: a team's notes (author, then status and contact
  time), with the columns the contacts, clients, risk and review-age reports read;
* ``ix_notes_report_period``: the whole agency's notes of some statuses in a
  period. SQLite without statistics (the app never runs ANALYZE) prefers an
  equality to a range, so it took ``ix_notes_status_risk`` for "status = ?"
  and read every approved note's row for each month (a minute for a year);
  status then contact time is both, and it counts in the index;
* ``ix_notes_report_client``: the same counts grouped by client (a client's
  highest risk level, clients with a contact);
* ``ix_notes_unsigned``: the notes not yet signed at a given moment (review age at
  a period's end): the unsigned few, not every note ever signed;
* ``ix_follow_ups_due`` and ``ix_referrals_created_at``: follow-ups due and
  referrals made in a period, instead of scanning both tables (SQLite built a
  temporary index on follow-ups at every run).

Measured with ``benchmarks/reports.py``; figures in the README.

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (name, table, columns); the same entries are in pswdesk/models.py.
INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    ("ix_notes_report_author", "notes",
     ["author_id", "status", "contact_at", "client_id", "risk_level", "duration_minutes",
      "created_at", "signed_at", "submitted_at"]),
    ("ix_notes_report_period", "notes",
     ["status", "contact_at", "author_id", "client_id", "risk_level", "duration_minutes"]),
    ("ix_notes_report_client", "notes",
     ["client_id", "contact_at", "status", "author_id", "risk_level", "duration_minutes"]),
    ("ix_notes_unsigned", "notes",
     ["signed_at", "created_at", "status", "author_id", "submitted_at"]),
    ("ix_follow_ups_due", "follow_ups", ["due_date", "owner_id", "done_at", "outcome"]),
    ("ix_referrals_created_at", "referrals", ["created_at"]),
)  # fmt: skip


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
