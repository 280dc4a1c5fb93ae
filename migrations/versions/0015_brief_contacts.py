"""Brief contacts: a phone call, text or drop-in logged without a full eight-step note.

``brief_contacts`` holds one row per quick log: when, how (phone, text, drop-in),
how many minutes, a line or two, and the risk noted if any (low at most: a
contact at moderate or higher risk becomes a full note, whose id is kept in
``became_note_id``). A new table only, so no existing table is rebuilt and no
trigger is dropped; plain CREATE TABLE on both backends.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTACT_TYPES = ("phone", "text", "drop_in")
RISK_LEVELS = ("none", "low", "moderate", "high", "imminent")


def _listed(values: tuple[str, ...]) -> str:
    return ",".join(f"'{v}'" for v in values)


def upgrade() -> None:
    op.create_table(
        "brief_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("contact_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("contact_type", sa.String(10), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("risk_level", sa.String(10), nullable=True),
        sa.Column("became_note_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            f"contact_type IN ({_listed(CONTACT_TYPES)})",
            name=op.f("ck_brief_contacts_contact_type"),
        ),
        sa.CheckConstraint(
            f"risk_level IS NULL OR risk_level IN ({_listed(RISK_LEVELS)})",
            name=op.f("ck_brief_contacts_risk_level"),
        ),
        sa.CheckConstraint("minutes >= 0", name=op.f("ck_brief_contacts_minutes")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_brief_contacts_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_brief_contacts_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["became_note_id"], ["notes.id"], name=op.f("fk_brief_contacts_became_note_id_notes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_contacts")),
    )
    op.create_index(
        "ix_brief_contacts_client_contact", "brief_contacts", ["client_id", "contact_at"]
    )
    op.create_index(
        "ix_brief_contacts_author_contact", "brief_contacts", ["author_id", "contact_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_brief_contacts_author_contact", "brief_contacts")
    op.drop_index("ix_brief_contacts_client_contact", "brief_contacts")
    op.drop_table("brief_contacts")
