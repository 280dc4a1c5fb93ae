"""Brief contacts: a phone call, text or drop-in logged without a full eight-step note.

Reserved in the chain for issue 13; its schema change is filled in with the feature.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
