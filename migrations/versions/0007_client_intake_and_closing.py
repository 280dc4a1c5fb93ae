"""Intake details, closing and reopening a file, merging duplicate records.

Clients gain the intake details a worker asks at first contact (may a message be
left on the phone or by email, preferred language, how they came to the agency,
whether their contact details are safety-sensitive) and what a closing records (the
date, a reason from ``vocabulary.CloseReason``, its text, and the record a merged
duplicate now lives on as). The agency settings gain the three switches of intake
and discharge. ``client_merges`` remembers each merge and is append-only like the
other history tables.

Every column is a plain ADD COLUMN with a server default, so SQLite never rebuilds
``clients`` (a rebuild would drop the triggers of the tables that point to it).
SQLite accepts a CHECK on an added column, so the close reason is checked on both
backends.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported from the vocabulary): a migration states the schema of its day.
CLOSE_REASONS = (
    "goals_met", "moved", "chose_to_end", "no_contact", "transferred_out", "deceased",
    "merged", "other",
)  # fmt: skip
CLOSE_CHECK = "close_reason IS NULL OR close_reason IN ({})".format(
    ",".join(f"'{r}'" for r in CLOSE_REASONS)
)

CLIENT_COLUMNS = (
    ("phone_ok_message", sa.Boolean(), sa.false()),
    ("email_ok_message", sa.Boolean(), sa.false()),
    ("preferred_language", sa.String(60), ""),
    ("referral_source", sa.String(200), ""),
    ("safety_sensitive", sa.Boolean(), sa.false()),
    ("close_reason_text", sa.Text(), ""),
)
SETTINGS_COLUMNS = (
    ("workers_may_register_clients", sa.Boolean(), sa.true()),
    ("workers_may_close_clients", sa.Boolean(), sa.false()),
    ("no_contact_days", sa.Integer(), "90"),
)


def _add(table: str, name: str, type_: sa.types.TypeEngine[object], default: object) -> None:
    server_default = default if isinstance(default, sa.sql.elements.ClauseElement) else str(default)
    op.add_column(
        table,
        sa.Column(name, type_, nullable=False, server_default=server_default),  # type: ignore[arg-type]
    )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, type_, default in CLIENT_COLUMNS:
        _add("clients", name, type_, default)
    for name, type_, default in SETTINGS_COLUMNS:
        _add("agency_settings", name, type_, default)
    op.add_column("clients", sa.Column("closed_on", sa.Date(), nullable=True))
    op.add_column("clients", sa.Column("merged_into_id", sa.Integer(), nullable=True))
    if sqlite:
        # A downgrade leaves close_reason behind on SQLite (see downgrade): reuse it.
        existing = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("clients")}
        if "close_reason" not in existing:
            op.execute(
                "ALTER TABLE clients ADD COLUMN close_reason VARCHAR(20) "
                f"CONSTRAINT ck_clients_close_reason CHECK ({CLOSE_CHECK})"
            )
    else:
        op.add_column("clients", sa.Column("close_reason", sa.String(20), nullable=True))
        op.create_check_constraint("ck_clients_close_reason", "clients", CLOSE_CHECK)
    _merges_table(sqlite)


def _merges_table(sqlite: bool) -> None:
    op.create_table(
        "client_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["clients.id"], name=op.f("fk_client_merges_merged_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["clients.id"], name=op.f("fk_client_merges_kept_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["merged_by_id"], ["users.id"], name=op.f("fk_client_merges_merged_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_merges")),
        sa.UniqueConstraint("merged_id", name=op.f("uq_client_merges_merged_id")),
    )
    op.create_index(op.f("ix_client_merges_kept_id"), "client_merges", ["kept_id"])
    if sqlite:
        for action in ("update", "delete"):
            op.execute(
                f"""CREATE TRIGGER client_merges_append_only_{action}
                BEFORE {action.upper()} ON client_merges
                BEGIN SELECT RAISE(ABORT, 'pswdesk: client_merges is append-only'); END"""
            )
    else:
        # pswdesk_append_only() comes from migration 0002.
        op.execute(
            """CREATE TRIGGER client_merges_append_only BEFORE UPDATE OR DELETE ON client_merges
            FOR EACH ROW EXECUTE FUNCTION pswdesk_append_only()"""
        )
        op.execute(
            """CREATE TRIGGER client_merges_no_truncate BEFORE TRUNCATE ON client_merges
            FOR EACH STATEMENT EXECUTE FUNCTION pswdesk_append_only()"""
        )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS client_merges_append_only_{action}")
    op.drop_index("ix_client_merges_kept_id", "client_merges")
    op.drop_table("client_merges")
    if not sqlite:
        op.drop_constraint("ck_clients_close_reason", "clients", type_="check")
    # SQLite (3.35+) drops a plain column in place; one with a CHECK it refuses to drop,
    # so close_reason stays behind on a downgraded SQLite file (harmless: nothing reads it).
    for name in ("close_reason", "merged_into_id", "closed_on"):
        if sqlite and name == "close_reason":
            continue
        op.drop_column("clients", name)
    for name, _type, _default in reversed(CLIENT_COLUMNS):
        op.drop_column("clients", name)
    for name, _type, _default in reversed(SETTINGS_COLUMNS):
        op.drop_column("agency_settings", name)
