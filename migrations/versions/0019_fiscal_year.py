"""The month the agency's fiscal year starts in, for the reports' fiscal-year periods.

``agency_settings.fiscal_year_start_month`` (1-12, default 4: April, as most
Canadian funders' years run April to March). A plain ADD COLUMN with a server
default, so the existing row gets April on both backends; the range is checked
by the service that edits settings.

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "agency_settings",
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False, server_default="4"),
    )


def downgrade() -> None:
    op.drop_column("agency_settings", "fiscal_year_start_month")
