"""After an administrator's reset the next login must change the password.

Reserved in the chain for issue 13; its schema change is filled in with the feature.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
