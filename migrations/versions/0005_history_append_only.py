"""History rows are append-only in the database too.

Safety-plan versions, goal progress entries, referral status steps and
disclosures are history: the services only ever add them. These triggers make
the database refuse UPDATE and DELETE on them as well, like the audit log
(migration 0002), so an old safety plan or a record of what left the agency
cannot be rewritten by any tool.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("safety_plans", "goal_progress", "referral_status_changes", "disclosures")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            for action in ("update", "delete"):
                op.execute(
                    f"""CREATE TRIGGER {table}_append_only_{action}
                    BEFORE {action.upper()} ON {table}
                    BEGIN SELECT RAISE(ABORT, 'pswdesk: {table} is append-only'); END"""
                )
        return
    # pswdesk_append_only() comes from migration 0002.
    for table in TABLES:
        op.execute(
            f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION pswdesk_append_only()"""
        )
        op.execute(
            f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION pswdesk_append_only()"""
        )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        if sqlite:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only_{action}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
