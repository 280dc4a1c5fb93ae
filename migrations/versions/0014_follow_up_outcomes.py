"""Follow-ups are done with an outcome, or rescheduled.

``follow_ups`` gains how a follow-up ended (``outcome``, one of FollowUpOutcome;
NULL while open and on follow-ups done before this revision), a short comment
(``outcome_note``), who closed it (``done_by_id``, which the undo checks) and, on
a follow-up made by a reschedule, the one it replaced (``rescheduled_from_id``).

Columns are added with plain ALTER TABLE ... ADD COLUMN (the foreign keys and the
outcome's CHECK inline on SQLite, which has no ALTER for constraints), so the table
is never rebuilt and existing rows keep their ids.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "follow_ups"
#: (column, referenced table) of the two foreign keys added.
REFERENCES: tuple[tuple[str, str], ...] = (
    ("done_by_id", "users"),
    ("rescheduled_from_id", "follow_ups"),
)


CHECK_NAME = "ck_follow_ups_outcome"
#: What the model's CHECK says (vocabulary.check_in over FollowUpOutcome, spelt out
#: so that this revision stays as it is when the vocabulary grows).
OUTCOME_CHECK = "outcome IS NULL OR outcome IN ('reached','no_answer','message','rescheduled')"


def _fk_name(column: str, target: str) -> str:
    return f"fk_{TABLE}_{column}_{target}"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN outcome VARCHAR(12) "
            f"CONSTRAINT {CHECK_NAME} CHECK ({OUTCOME_CHECK})"
        )
    else:
        op.add_column(TABLE, sa.Column("outcome", sa.String(length=12), nullable=True))
        op.create_check_constraint(op.f(CHECK_NAME), TABLE, OUTCOME_CHECK)
    op.add_column(TABLE, sa.Column("outcome_note", sa.Text(), nullable=False, server_default=""))
    for column, target in REFERENCES:
        if sqlite:
            op.execute(
                f"ALTER TABLE {TABLE} ADD COLUMN {column} INTEGER "
                f"CONSTRAINT {_fk_name(column, target)} REFERENCES {target} (id)"
            )
        else:
            op.add_column(TABLE, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(_fk_name(column, target), TABLE, target, [column], ["id"])


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # SQLite drops a column in place, but not one with a REFERENCES clause or a
        # CHECK: that needs a rebuild (follow_ups has no triggers to lose).
        with op.batch_alter_table(TABLE, recreate="always") as batch:
            for column, _target in reversed(REFERENCES):
                batch.drop_column(column)
            batch.drop_constraint(op.f(CHECK_NAME), type_="check")
            batch.drop_column("outcome_note")
            batch.drop_column("outcome")
        return
    for column, target in reversed(REFERENCES):
        op.drop_constraint(_fk_name(column, target), TABLE, type_="foreignkey")
        op.drop_column(TABLE, column)
    op.drop_constraint(op.f(CHECK_NAME), TABLE, type_="check")
    op.drop_column(TABLE, "outcome_note")
    op.drop_column(TABLE, "outcome")
