"""Per-worker review levels, notes filed without review, and the supervision-session log.

``users`` gains ``review_level`` (every / sample / none, default every: nothing
changes for anyone until a supervisor decides) and ``review_sample_percent``;
both are plain ADD COLUMNs with a server default, so SQLite never rebuilds the
table. ``note_filings`` (append-only) marks a submitted note that was locked and
hashed without a supervisor's review, and why; ``supervision_sessions`` is the log.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "users", sa.Column("review_level", sa.String(10), nullable=False, server_default="every")
    )
    op.add_column("users", sa.Column("review_sample_percent", sa.Integer(), nullable=True))
    op.create_table(
        "note_filings",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("filed_by_id", sa.Integer(), nullable=False),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("review_level", sa.String(10), nullable=False),
        sa.Column("sample_percent", sa.Integer(), nullable=True),
        sa.Column("draw", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "review_level IN ('every','sample','none')",
            name=op.f("ck_note_filings_review_level"),
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes.id"], name=op.f("fk_note_filings_note_id_notes")
        ),
        sa.ForeignKeyConstraint(
            ["filed_by_id"], ["users.id"], name=op.f("fk_note_filings_filed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("note_id", name=op.f("pk_note_filings")),
    )
    op.create_table(
        "supervision_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_supervision_sessions_minutes")),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["users.id"], name=op.f("fk_supervision_sessions_worker_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["users.id"],
            name=op.f("fk_supervision_sessions_supervisor_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_sessions")),
    )
    op.create_index(
        op.f("ix_supervision_sessions_worker_id"), "supervision_sessions", ["worker_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_supervision_sessions_worker_id"), table_name="supervision_sessions")
    op.drop_table("supervision_sessions")
    op.drop_table("note_filings")
    # Plain DROP COLUMN (SQLite 3.35+): no batch rebuild, so no trigger is lost.
    op.drop_column("users", "review_sample_percent")
    op.drop_column("users", "review_level")
