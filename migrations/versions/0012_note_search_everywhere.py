"""Note search on PostgreSQL finds words inside markup-like text and folds accents, as on SQLite.

Reserved in the chain for issue 13; its schema change is filled in with the feature.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
