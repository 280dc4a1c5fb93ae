"""A merge may move signed notes and history rows to the record kept, and nothing else.

Merging two records of one person (``services/merging.py``) moves every row of
the merged client to the kept one, signed notes, safety-plan versions and
disclosures included. The triggers of migrations 0002 and 0005 refuse every
UPDATE of those rows; this migration replaces them so that they still refuse
every UPDATE and DELETE except one: an UPDATE whose only change is ``client_id``
moving from a merged client to the client it was merged into, as
``client_merges`` records it (``NEW.client_id`` is the ``kept_id`` of the row
whose ``merged_id`` is ``OLD.client_id``). The merge inserts that row first;
without it (an arbitrary client id, a client never merged) the move is refused
as before. ``client_merges`` itself stays append-only (migration 0007), so the
permission cannot be widened afterwards by editing it.

Safety-plan versions may also be renumbered in that same move: ``version_no`` is
unique per client, and the merged client's versions are numbered after the kept
client's (a plan carries no signature, and its content stays as it was).

The protected tables with a ``client_id`` are ``notes`` (approved rows),
``safety_plans`` and ``disclosures``; the other protected tables (note_self_care,
note_reviews, addenda, goal_progress, referral_status_changes, audit_log,
client_merges) have none, hang off a row that moves, and keep their triggers.

Inventory of what this migration defines (the definitions are the module-level
``SQLITE_TRIGGERS``, ``POSTGRES_FUNCTIONS`` and ``POSTGRES_TRIGGERS`` below, name
to SQL; a later ``verify`` can compare the database's definitions with them):

* SQLite: ``notes_locked_update``, ``safety_plans_append_only_update`` and
  ``disclosures_append_only_update``, same names as before. Their WHEN clause
  compares every column of the table (``NEW.c IS OLD.c``, never NULL, so a
  missing merge row cannot turn the WHEN into NULL and let a change through);
  the column lists are frozen here as the tables stand at 0007. The DELETE
  triggers are unchanged.
* PostgreSQL: ``pswdesk_merge_move(old, new, also)``, true when the row moved
  per ``client_merges`` and its ``to_jsonb`` is otherwise equal (every column,
  whatever is added later, except the keys in ``also`` and the generated
  ``search_doc``, which a BEFORE trigger does not see yet); ``pswdesk_note_locked()``
  (replaced in place; trigger ``notes_locked`` unchanged) and
  ``pswdesk_append_only_but_merge()`` with the triggers ``safety_plans_append_only``
  (argument ``version_no``) and ``disclosures_append_only``. TRUNCATE stays
  refused by the 0005 triggers.

Full-text search (0004) is untouched: ``notes_fts_update`` fires only on the
searched columns and the FTS rows are keyed by the note id, which a move keeps.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: every column but client_id of each table as it stands at 0007.
NOTE_COLUMNS = (
    "id", "author_id", "status", "contact_at", "duration_minutes", "contact_type", "location",
    "summary", "s1_expressed", "s1_validation", "s2_questions", "s2_insights", "s3_text",
    "s4_text", "s5_text", "s6_text", "s6_care_team", "s7_text", "not_addressed", "feelings",
    "risk_indicators", "risk_level", "act_safety_plan_reviewed", "act_support_system_told",
    "act_crisis_protocol", "act_emergency_services", "follow_up_date", "goal_items",
    "strength_items", "referral_items", "late_entry", "created_at", "updated_at",
    "submitted_at", "signed_by_id", "signed_at", "content_hash", "version",
)  # fmt: skip
# version_no is left out on purpose: a merge renumbers the merged client's versions.
SAFETY_PLAN_COLUMNS = (
    "id", "note_id", "created_by_id", "created_at", "warning_signs", "coping_strategies",
    "distractions", "people_to_ask", "professionals", "safe_environment", "reasons_for_living",
)  # fmt: skip
DISCLOSURE_COLUMNS = (
    "id", "user_id", "consent_id", "recipient", "sections", "date_from", "date_to",
    "emergency_reason", "created_at",
)  # fmt: skip

LOCKED = "pswdesk: approved note is locked; add an addendum"

# The one change allowed: client_id moves to the record it was merged into.
MOVED_BY_MERGE = (
    "NEW.client_id IS (SELECT kept_id FROM client_merges WHERE merged_id = OLD.client_id)"
)


def _only_moved(columns: tuple[str, ...]) -> str:
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)
    return f"({MOVED_BY_MERGE} AND {same})"


SQLITE_TRIGGERS: dict[str, str] = {
    "notes_locked_update": f"""CREATE TRIGGER notes_locked_update BEFORE UPDATE ON notes
       WHEN OLD.status = 'approved' AND NOT {_only_moved(NOTE_COLUMNS)}
       BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END""",
    **{
        f"{table}_append_only_update": f"""CREATE TRIGGER {table}_append_only_update
       BEFORE UPDATE ON {table}
       WHEN NOT {_only_moved(columns)}
       BEGIN SELECT RAISE(ABORT, 'pswdesk: {table} is append-only'); END"""
        for table, columns in (
            ("safety_plans", SAFETY_PLAN_COLUMNS),
            ("disclosures", DISCLOSURE_COLUMNS),
        )
    },
}

# As migrations 0002 and 0005 made them, for the downgrade.
SQLITE_BEFORE: dict[str, str] = {
    "notes_locked_update": f"""CREATE TRIGGER notes_locked_update BEFORE UPDATE ON notes
       WHEN OLD.status = 'approved'
       BEGIN SELECT RAISE(ABORT, '{LOCKED}'); END""",
    **{
        f"{table}_append_only_update": f"""CREATE TRIGGER {table}_append_only_update
                    BEFORE UPDATE ON {table}
                    BEGIN SELECT RAISE(ABORT, 'pswdesk: {table} is append-only'); END"""
        for table in ("safety_plans", "disclosures")
    },
}

POSTGRES_FUNCTIONS: dict[str, str] = {
    "pswdesk_merge_move": """CREATE FUNCTION pswdesk_merge_move(old_row jsonb, new_row jsonb,
           also text[]) RETURNS boolean AS $$
         SELECT coalesce(
           (new_row ->> 'client_id')::integer = (
             SELECT kept_id FROM client_merges
             WHERE merged_id = (old_row ->> 'client_id')::integer)
           AND (new_row - also - 'client_id' - 'search_doc')
             = (old_row - also - 'client_id' - 'search_doc'),
           false)
       $$ LANGUAGE sql STABLE""",
    "pswdesk_note_locked": f"""CREATE OR REPLACE FUNCTION pswdesk_note_locked()
       RETURNS trigger AS $$
       BEGIN
         IF OLD.status = 'approved' THEN
           IF TG_OP = 'UPDATE'
              AND pswdesk_merge_move(to_jsonb(OLD), to_jsonb(NEW), '{{}}'::text[]) THEN
             RETURN NEW;
           END IF;
           RAISE EXCEPTION '{LOCKED}'
             USING ERRCODE = 'integrity_constraint_violation';
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    "pswdesk_append_only_but_merge": """CREATE FUNCTION pswdesk_append_only_but_merge()
       RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'UPDATE' AND pswdesk_merge_move(
              to_jsonb(OLD), to_jsonb(NEW), coalesce(TG_ARGV, '{}'::text[])) THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'pswdesk: % is append-only', TG_TABLE_NAME
           USING ERRCODE = 'integrity_constraint_violation';
       END $$ LANGUAGE plpgsql""",
}

POSTGRES_TRIGGERS: dict[str, str] = {
    "safety_plans_append_only": """CREATE TRIGGER safety_plans_append_only
       BEFORE UPDATE OR DELETE ON safety_plans FOR EACH ROW
       EXECUTE FUNCTION pswdesk_append_only_but_merge('version_no')""",
    "disclosures_append_only": """CREATE TRIGGER disclosures_append_only
       BEFORE UPDATE OR DELETE ON disclosures FOR EACH ROW
       EXECUTE FUNCTION pswdesk_append_only_but_merge()""",
}

# As migrations 0002 and 0005 made them, for the downgrade.
POSTGRES_NOTE_LOCKED_BEFORE = f"""CREATE OR REPLACE FUNCTION pswdesk_note_locked()
       RETURNS trigger AS $$
       BEGIN
         IF OLD.status = 'approved' THEN
           RAISE EXCEPTION '{LOCKED}'
             USING ERRCODE = 'integrity_constraint_violation';
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql"""
POSTGRES_TRIGGERS_BEFORE: dict[str, str] = {
    name: f"""CREATE TRIGGER {name} BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION pswdesk_append_only()"""
    for name, table in (
        ("safety_plans_append_only", "safety_plans"),
        ("disclosures_append_only", "disclosures"),
    )
}


def _table(trigger: str) -> str:
    return trigger.removesuffix("_append_only")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, sql in SQLITE_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(sql)
        return
    for sql in POSTGRES_FUNCTIONS.values():
        op.execute(sql)
    for name, sql in POSTGRES_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {_table(name)}")
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, sql in SQLITE_BEFORE.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(sql)
        return
    for name, sql in POSTGRES_TRIGGERS_BEFORE.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {_table(name)}")
        op.execute(sql)
    op.execute(POSTGRES_NOTE_LOCKED_BEFORE)
    op.execute("DROP FUNCTION IF EXISTS pswdesk_append_only_but_merge()")
    op.execute("DROP FUNCTION IF EXISTS pswdesk_merge_move(jsonb, jsonb, text[])")
