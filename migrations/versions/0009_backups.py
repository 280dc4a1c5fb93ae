"""Backups: where the agency's daily backup goes, how many are kept, and a log of each.

The agency settings gain the backup folder (empty: the per-user default folder),
how many scheduled backups to keep, and the agency's own id (``agency_uid``, a
uuid4 given once): a restore compares it, so a backup of another agency is never
put in place of this one. ``backups`` records every backup made, good or failed.

Every settings column is a plain ADD COLUMN with a server default, so SQLite
never rebuilds ``agency_settings``; no history table is touched, so none of their
triggers is dropped. The existing agency row gets its id here.

Revision ID: 0009
Revises: 0008
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SETTINGS_COLUMNS = (
    ("backup_folder", sa.String(1000), ""),
    ("backup_keep", sa.Integer(), "14"),
    ("agency_uid", sa.String(36), ""),
)


def upgrade() -> None:
    for name, type_, default in SETTINGS_COLUMNS:
        op.add_column(
            "agency_settings",
            sa.Column(name, type_, nullable=False, server_default=default),
        )
    settings = sa.table("agency_settings", sa.column("id", sa.Integer), sa.column("agency_uid"))
    bind = op.get_bind()
    for (row_id,) in bind.execute(sa.select(settings.c.id)).all():
        bind.execute(
            settings.update().where(settings.c.id == row_id).values(agency_uid=str(uuid.uuid4()))
        )
    op.create_table(
        "backups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("path", sa.String(1000), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("scheduled", sa.Boolean(), nullable=False),
        sa.Column("made_by_id", sa.Integer(), nullable=True),
        sa.Column("made_by", sa.String(80), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["made_by_id"], ["users.id"], name=op.f("fk_backups_made_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backups")),
    )
    op.create_index(op.f("ix_backups_made_at"), "backups", ["made_at"])


def downgrade() -> None:
    op.drop_index("ix_backups_made_at", "backups")
    op.drop_table("backups")
    for name, _type, _default in reversed(SETTINGS_COLUMNS):
        op.drop_column("agency_settings", name)
