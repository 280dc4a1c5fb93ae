"""Client record parts: who added goals, strengths and referrals by hand; retired
strengths; manual goal progress; referral status history; versions for care-team
members and referrals (optimistic locking).

Columns are added with plain ALTER TABLE ... ADD COLUMN (foreign keys inline), so
SQLite never rebuilds a table that others reference (goals, referrals, care_team)
and existing rows keep their ids.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column, referenced table or None, nullable, server default)
COLUMNS: tuple[tuple[str, str, sa.types.TypeEngine, str | None, bool, str | None], ...] = (
    ("goals", "created_by_id", sa.Integer(), "users", True, None),
    ("goal_progress", "recorded_by_id", sa.Integer(), "users", True, None),
    ("strengths", "created_by_id", sa.Integer(), "users", True, None),
    ("strengths", "retired_at", sa.DateTime(timezone=True), None, True, None),
    ("strengths", "retired_by_id", sa.Integer(), "users", True, None),
    ("strengths", "retired_reason", sa.Text(), None, False, ""),
    ("referrals", "created_by_id", sa.Integer(), "users", True, None),
    ("referrals", "version", sa.Integer(), None, False, "1"),
    ("care_team", "version", sa.Integer(), None, False, "1"),
)


def _fk_name(table: str, column: str, target: str) -> str:
    return f"fk_{table}_{column}_{target}"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, type_, target, nullable, default in COLUMNS:
        if target and sqlite:
            # Alembic would add the foreign key as a separate ALTER, which SQLite lacks.
            name = _fk_name(table, column, target)
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
                f"CONSTRAINT {name} REFERENCES {target} (id)"
            )
            continue
        op.add_column(table, sa.Column(column, type_, nullable=nullable, server_default=default))
        if target:
            op.create_foreign_key(_fk_name(table, column, target), table, target, [column], ["id"])

    op.create_table(
        "referral_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=10), nullable=False),
        sa.Column("to_status", sa.String(length=10), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_referral_status_changes_recorded_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_status_changes_referral_id_referrals"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_status_changes")),
    )
    op.create_index(
        op.f("ix_referral_status_changes_referral_id"),
        "referral_status_changes",
        ["referral_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_referral_status_changes_referral_id"), table_name="referral_status_changes"
    )
    op.drop_table("referral_status_changes")
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, _type, target, _nullable, _default in reversed(COLUMNS):
        if target and not sqlite:
            op.drop_constraint(_fk_name(table, column, target), table, type_="foreignkey")
        # SQLite (3.35+) drops a column in place, but not one with a REFERENCES clause:
        # that needs a table rebuild, done with foreign keys checked off.
        if target and sqlite:
            with op.batch_alter_table(table, recreate="always") as batch:
                batch.drop_column(column)
        else:
            op.drop_column(table, column)
