"""Database triggers that keep signed records unchangeable.

Approved notes (and their self-care part), supervisor decisions, addenda and the
audit log reject UPDATE and DELETE even from raw SQL, so a signed note cannot
change silently whatever tool touches the file or server.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ("note_reviews", "addenda", "audit_log")

# SQLite: one trigger per rule, RAISE(ABORT) rolls the statement back.
SQLITE = [
    """CREATE TRIGGER notes_locked_update BEFORE UPDATE ON notes
       WHEN OLD.status = 'approved'
       BEGIN SELECT RAISE(ABORT, 'pswdesk: approved note is locked; add an addendum'); END""",
    """CREATE TRIGGER notes_locked_delete BEFORE DELETE ON notes
       WHEN OLD.status = 'approved'
       BEGIN SELECT RAISE(ABORT, 'pswdesk: approved note is locked; add an addendum'); END""",
    *[
        f"""CREATE TRIGGER note_self_care_locked_{op_} BEFORE {op_.upper()} ON note_self_care
       WHEN (SELECT status FROM notes WHERE id = {ref}.note_id) = 'approved'
       BEGIN SELECT RAISE(ABORT, 'pswdesk: approved note is locked; add an addendum'); END"""
        for op_, ref in (("insert", "NEW"), ("update", "OLD"), ("delete", "OLD"))
    ],
    *[
        f"""CREATE TRIGGER {table}_append_only_{op_} BEFORE {op_.upper()} ON {table}
       BEGIN SELECT RAISE(ABORT, 'pswdesk: {table} is append-only'); END"""
        for table in APPEND_ONLY
        for op_ in ("update", "delete")
    ],
]

POSTGRES = [
    """CREATE FUNCTION pswdesk_note_locked() RETURNS trigger AS $$
       BEGIN
         IF OLD.status = 'approved' THEN
           RAISE EXCEPTION 'pswdesk: approved note is locked; add an addendum'
             USING ERRCODE = 'integrity_constraint_violation';
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER notes_locked BEFORE UPDATE OR DELETE ON notes
       FOR EACH ROW EXECUTE FUNCTION pswdesk_note_locked()""",
    """CREATE FUNCTION pswdesk_self_care_locked() RETURNS trigger AS $$
       DECLARE nid integer;
       BEGIN
         IF TG_OP = 'INSERT' THEN nid := NEW.note_id; ELSE nid := OLD.note_id; END IF;
         IF (SELECT status FROM notes WHERE id = nid) = 'approved' THEN
           RAISE EXCEPTION 'pswdesk: approved note is locked; add an addendum'
             USING ERRCODE = 'integrity_constraint_violation';
         END IF;
         IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
         RETURN NEW;
       END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER note_self_care_locked BEFORE INSERT OR UPDATE OR DELETE ON note_self_care
       FOR EACH ROW EXECUTE FUNCTION pswdesk_self_care_locked()""",
    """CREATE FUNCTION pswdesk_append_only() RETURNS trigger AS $$
       BEGIN
         RAISE EXCEPTION 'pswdesk: % is append-only', TG_TABLE_NAME
           USING ERRCODE = 'integrity_constraint_violation';
       END $$ LANGUAGE plpgsql""",
    *[
        f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
       FOR EACH ROW EXECUTE FUNCTION pswdesk_append_only()"""
        for table in APPEND_ONLY
    ],
    # TRUNCATE bypasses row triggers; forbid it on the append-only tables too.
    *[
        f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
       FOR EACH STATEMENT EXECUTE FUNCTION pswdesk_append_only()"""
        for table in APPEND_ONLY
    ],
]


def upgrade() -> None:
    statements = SQLITE if op.get_bind().dialect.name == "sqlite" else POSTGRES
    for sql in statements:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        names = ["notes_locked_update", "notes_locked_delete"]
        names += [f"note_self_care_locked_{o}" for o in ("insert", "update", "delete")]
        names += [f"{t}_append_only_{o}" for t in APPEND_ONLY for o in ("update", "delete")]
        for name in names:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    op.execute("DROP TRIGGER IF EXISTS notes_locked ON notes")
    op.execute("DROP TRIGGER IF EXISTS note_self_care_locked ON note_self_care")
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    for fn in ("pswdesk_note_locked", "pswdesk_self_care_locked", "pswdesk_append_only"):
        op.execute(f"DROP FUNCTION IF EXISTS {fn}()")
