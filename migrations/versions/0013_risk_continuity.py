"""How many days an imminent- or high-risk client may go without contact or an open follow-up.

Two whole numbers on ``agency_settings``: after this many days with no contact and no
open follow-up coming up, a client at that risk is listed as "needs contact" at the top
of the supervisor's queue and on the worker's caseload (pswdesk/services/needs_contact.py).
Plain ADD COLUMN with a server default on both backends (no table rebuild).

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (column, default days) in the order they are added.
COLUMNS = (
    ("needs_contact_imminent_days", "2"),
    ("needs_contact_high_days", "7"),
)


def upgrade() -> None:
    for name, default in COLUMNS:
        op.add_column(
            "agency_settings",
            sa.Column(name, sa.Integer(), nullable=False, server_default=default),
        )


def downgrade() -> None:
    for name, _default in reversed(COLUMNS):
        op.drop_column("agency_settings", name)
