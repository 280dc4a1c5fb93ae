"""Audit entries carry a keyed MAC beside their SHA-256 hash.

``audit_log.mac`` is an HMAC-SHA256 with the agency's audit key (derived from the
agency secret, kept outside the database) over the entry and the previous entry's
MAC (``pswdesk/services/audit_chain.py``). Older entries keep their hash chain and
no MAC; the first keyed entry's MAC covers the last unkeyed entry's hash and so
seals them (docs/ARCHITECTURE.md, Security model).

A plain ADD COLUMN: SQLite's batch mode would rebuild the table and drop its
append-only triggers.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("mac", sa.String(64), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_log", "mac")
