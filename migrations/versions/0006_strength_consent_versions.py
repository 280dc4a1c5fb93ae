"""Versions for strengths and consents (optimistic locking).

Retiring a strength and revoking a consent are edits two PCs may make at once;
with a ``version`` column they are locked like every other editable record
(``services/versioning.py``): the second save is refused with who made the first.

Plain ALTER TABLE ... ADD COLUMN with a default, so SQLite never rebuilds either
table and existing rows start at version 1. Neither table has triggers; the
protected ones (notes, audit log, history tables) are not touched.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("strengths", "consents")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # SQLite (3.35+) drops a plain column in place, without rebuilding the table.
    for table in reversed(TABLES):
        op.drop_column(table, "version")
