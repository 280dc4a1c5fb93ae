"""After an administrator's reset the next login must change the password.

``users.must_change_password`` is set by an administrator's reset and cleared when
the person chooses their own password (``services/auth.py``). A plain ADD COLUMN
with a server default, so existing accounts are unaffected on both backends.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (users has no triggers to lose either way).
    op.drop_column("users", "must_change_password")
