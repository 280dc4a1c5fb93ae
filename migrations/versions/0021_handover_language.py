"""Each handover records the language it was written in.

A handover is written in the recipient's language, English or French
(``DocumentLanguage``), whatever the language of the screen; ``disclosures``
gains ``language``, 'en' or 'fr' under a CHECK, 'en' for every handover made
before this revision (they were all in English).

The column is added with a plain ALTER TABLE ... ADD COLUMN (its CHECK inline on
SQLite, which has no ALTER for constraints), so the table is never rebuilt and
keeps its append-only triggers. On PostgreSQL the update trigger compares whole
rows (``to_jsonb``, migration 0008), so it covers the new column as it is. On
SQLite ``disclosures_append_only_update`` lists the columns a merge must leave
alone, frozen at 0007: it is made again here with ``language`` among them, so a
merge's move cannot change a handover's language either.

Downgrading puts the 0008 trigger back and drops the column. SQLite drops a
column with a CHECK only by rebuilding the table, which loses its triggers: they
are read before and made again after.

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "disclosures"
CHECK_NAME = "ck_disclosures_language"
#: What the model's CHECK says (vocabulary.check_in over DocumentLanguage, spelt out so
#: that this revision stays as it is when the vocabulary grows).
LANGUAGE_CHECK = "language IN ('en','fr')"

#: Every column of disclosures but client_id as migration 0008 froze them, and after.
COLUMNS_0008 = (
    "id", "user_id", "consent_id", "recipient", "sections", "date_from", "date_to",
    "emergency_reason", "created_at",
)  # fmt: skip
COLUMNS = (*COLUMNS_0008, "language")

TRIGGER = "disclosures_append_only_update"
#: The one change allowed: client_id moves to the record it was merged into (as in 0008).
MOVED_BY_MERGE = (
    "NEW.client_id IS (SELECT kept_id FROM client_merges WHERE merged_id = OLD.client_id)"
)


def _trigger(columns: tuple[str, ...]) -> str:
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)
    return f"""CREATE TRIGGER {TRIGGER}
       BEFORE UPDATE ON {TABLE}
       WHEN NOT ({MOVED_BY_MERGE} AND {same})
       BEGIN SELECT RAISE(ABORT, 'pswdesk: {TABLE} is append-only'); END"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN language VARCHAR(2) DEFAULT 'en' NOT NULL "
            f"CONSTRAINT {CHECK_NAME} CHECK ({LANGUAGE_CHECK})"
        )
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
        op.execute(_trigger(COLUMNS))
        return
    op.add_column(
        TABLE, sa.Column("language", sa.String(length=2), nullable=False, server_default="en")
    )
    op.create_check_constraint(op.f(CHECK_NAME), TABLE, LANGUAGE_CHECK)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.drop_constraint(op.f(CHECK_NAME), TABLE, type_="check")
        op.drop_column(TABLE, "language")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    op.execute(_trigger(COLUMNS_0008))
    triggers = bind.execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": TABLE},
    ).all()
    with op.batch_alter_table(TABLE, recreate="always") as batch:
        batch.drop_constraint(op.f(CHECK_NAME), type_="check")
        batch.drop_column("language")
    for name, sql in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)
