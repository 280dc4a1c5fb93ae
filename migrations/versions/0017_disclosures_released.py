"""A handover is prepared when generated, a disclosure once it leaves; emergencies are acknowledged.

``disclosure_releases`` holds one row each time a prepared handover left: saved
as PDF or printed from the dialog, or written by the command line's ``-o``. A
``disclosures`` row with no release was prepared and never left.
``emergency_acknowledgements`` holds a supervisor's acknowledgement of an
emergency disclosure, at most one per disclosure.

Both are append-only history. They get no triggers (``pswdesk verify``
fingerprints every trigger): the services only insert, ``pswdesk db grant`` gives
the PCs' login SELECT and INSERT only on them (``server_grants.APPEND_ONLY``), and
verify checks that every release and acknowledgement the audit recorded is
still there.

Every handover made before this revision left as it was made (that was the rule
then), so each gets a release row with ``how = 'before-0017'``, at its creation
time, by its author. Downgrading drops both tables: the prepared handovers that
never left then count as disclosures again, as they did before.

New tables only, so nothing is rebuilt and no trigger is dropped.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RELEASE_HOWS = ("saved", "printed", "cli-output", "before-0017")


def upgrade() -> None:
    listed = ",".join(f"'{v}'" for v in RELEASE_HOWS)
    op.create_table(
        "disclosure_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("how", sa.String(20), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"how IN ({listed})", name=op.f("ck_disclosure_releases_how")),
        sa.ForeignKeyConstraint(
            ["disclosure_id"],
            ["disclosures.id"],
            name=op.f("fk_disclosure_releases_disclosure_id_disclosures"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_disclosure_releases_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_releases")),
    )
    op.create_index(
        op.f("ix_disclosure_releases_disclosure_id"), "disclosure_releases", ["disclosure_id"]
    )
    op.create_table(
        "emergency_acknowledgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["disclosure_id"],
            ["disclosures.id"],
            name=op.f("fk_emergency_acknowledgements_disclosure_id_disclosures"),
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["users.id"],
            name=op.f("fk_emergency_acknowledgements_supervisor_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_acknowledgements")),
        sa.UniqueConstraint(
            "disclosure_id", name=op.f("uq_emergency_acknowledgements_disclosure_id")
        ),
    )
    # What was made before this revision left when it was made.
    op.execute(
        "INSERT INTO disclosure_releases (disclosure_id, user_id, how, released_at) "
        "SELECT id, user_id, 'before-0017', created_at FROM disclosures ORDER BY id"
    )


def downgrade() -> None:
    op.drop_table("emergency_acknowledgements")
    op.drop_index("ix_disclosure_releases_disclosure_id", "disclosure_releases")
    op.drop_table("disclosure_releases")
