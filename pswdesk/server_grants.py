"""The PCs' login's rights on a PostgreSQL database, as ``pswdesk db grant`` sets them.

The role that ran the migrations owns the tables, and an owner may ALTER, DROP or
TRUNCATE them and disable their triggers, which would undo what the triggers
protect. So the PCs log in as another role, which gets exactly what the app does:

- reading every table; adding, changing and removing rows of the working tables;
- on the history tables only adding rows, and on the two a merge moves
  (``MOVED_BY_MERGE``) changing only the columns that move (the triggers still
  refuse any other change);
- no INSERT on ``audit_log``: entries go in through ``pswdesk_audit_append``
  (migration 0011), a ``SECURITY DEFINER`` function that adds an entry only where
  the chain ends, handed to ``AUDIT_WRITER``, a role that cannot log in;
- no TRUNCATE, TRIGGER or REFERENCES, no CREATE in the schema or the database;
  ALTER, DROP and disabling triggers need ownership, and the login owns nothing.

``services/server_roles.py`` checks who asks and audits the grant; this module is
below the services because ``Database.upgrade`` applies the same rights again after
migrations (``regrant``), so a table a migration adds is open to the logins granted
before, with the rights its kind gets. docs/ARCHITECTURE.md, Security model.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from pswdesk.errors import ValidationError
from pswdesk.wording import words

#: Owns the audit-append function; may not log in.
AUDIT_WRITER = "pswdesk_audit_writer"
APPEND_FUNCTION = (
    "pswdesk_audit_append(integer, timestamptz, integer, text, text, text, integer, json, "
    "text, text, text)"
)
#: History: only ever added to (their triggers refuse the rest as well).
APPEND_ONLY = frozenset(
    {
        "addenda",
        "client_merges",
        "disclosure_releases",  # no triggers (migration 0017): the grants and verify guard it
        "emergency_acknowledgements",  # the same
        "goal_progress",
        "note_filings",
        "note_reviews",
        "referral_status_changes",
    }
)
#: History a merge moves to the record kept: UPDATE of these columns only.
MOVED_BY_MERGE: dict[str, tuple[str, ...]] = {
    "safety_plans": ("client_id", "version_no"),
    "disclosures": ("client_id",),
}
#: Read only: the log (written through the function) and the schema's revision.
READ_ONLY = frozenset({"audit_log", "alembic_version"})

_OWNER = (
    "(SELECT tableowner FROM pg_tables "
    "WHERE tablename = 'alembic_version' AND schemaname = current_schema())"
)


def table_owner(conn: Connection) -> str | None:
    """Who owns the pswdesk tables (None: no tables yet)."""
    return conn.scalar(text(f"SELECT {_OWNER}"))


def rights_for(table: str) -> str:
    if table in READ_ONLY:
        return "SELECT"
    if table in APPEND_ONLY:
        return "SELECT, INSERT"
    if table in MOVED_BY_MERGE:
        return f"SELECT, INSERT, UPDATE ({', '.join(MOVED_BY_MERGE[table])})"
    return "SELECT, INSERT, UPDATE, DELETE"


def apply(conn: Connection, role: str) -> int:
    """Give ``role`` (checked by the caller) the app's rights; returns the number of tables."""
    quoted = conn.dialect.identifier_preparer.quote(role)
    # Before PostgreSQL 15 every role could create objects in public; never here.
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}"))
    conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {quoted}"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA public FROM {quoted}"))
    database = conn.dialect.identifier_preparer.quote(
        str(conn.scalar(text("SELECT current_database()")))
    )
    conn.execute(text(f"REVOKE CREATE ON DATABASE {database} FROM {quoted}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
    tables = list(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    for table in tables:
        conn.execute(text(f'GRANT {rights_for(table)} ON TABLE "{table}" TO {quoted}'))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}"))
    _hand_over_audit_function(conn, quoted)
    return len(tables)


def granted_logins(conn: Connection) -> list[str]:
    """The roles ``apply`` was run for: granted SELECT on ``alembic_version`` by name.

    That grant, not EXECUTE on the function, because a migration may make the
    function again; superusers and the owner's own roles are never counted.
    """
    rows = conn.execute(
        text(
            "SELECT r.rolname FROM pg_class c, aclexplode(c.relacl) a "
            "JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE c.oid = to_regclass('alembic_version') AND a.privilege_type = 'SELECT' "
            f"AND NOT r.rolsuper AND NOT pg_has_role(r.oid, {_OWNER}, 'USAGE') "
            "AND r.rolname <> :writer ORDER BY r.rolname"
        ),
        {"writer": AUDIT_WRITER},
    ).scalars()
    return list(rows)


def regrant(conn: Connection) -> list[str]:
    """After migrations, by the owner: the same rights again for every login granted before."""
    if conn.dialect.name != "postgresql":
        return []
    if conn.scalar(text("SELECT to_regprocedure(:fn)"), {"fn": APPEND_FUNCTION}) is None:
        return []  # an older schema: there is nothing to hand the log to yet
    logins = granted_logins(conn)
    for login in logins:
        apply(conn, login)
    return logins


def after_restore(conn: Connection, logins: list[str]) -> None:
    """Put back what ``pg_restore --no-privileges --no-owner`` leaves out.

    The restore makes the restoring owner the function's owner and drops every
    grant, PUBLIC's revoke on the function included; ``logins`` are the ones granted
    before the restore (``granted_logins``, read first).
    """
    if conn.scalar(text("SELECT to_regprocedure(:fn)"), {"fn": APPEND_FUNCTION}) is None:
        return
    conn.execute(text(f"REVOKE ALL ON FUNCTION {APPEND_FUNCTION} FROM PUBLIC"))
    for login in logins:
        apply(conn, login)


def _hand_over_audit_function(conn: Connection, role: str) -> None:
    writer = conn.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :w"), {"w": AUDIT_WRITER}
    ).first()
    if writer is None:
        conn.execute(text(f"CREATE ROLE {AUDIT_WRITER} NOLOGIN"))
    elif writer.rolcanlogin:
        raise ValidationError(
            words(
                "the role {audit_writer} can log in, so it cannot be trusted with the audit log: "
                "ALTER ROLE {audit_writer} NOLOGIN",
                audit_writer=AUDIT_WRITER,
            )
        )
    member = "SELECT pg_has_role(current_user, :w, 'MEMBER')"
    if not conn.scalar(text(member), {"w": AUDIT_WRITER}):
        conn.execute(text(f"GRANT {AUDIT_WRITER} TO current_user"))  # to hand it the function
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {AUDIT_WRITER}"))
    conn.execute(text(f"GRANT SELECT, INSERT ON TABLE audit_log TO {AUDIT_WRITER}"))
    # A new owner must have CREATE in the function's schema at the moment of the hand-over
    # only; the writer keeps the function and loses CREATE again.
    conn.execute(text(f"GRANT CREATE ON SCHEMA public TO {AUDIT_WRITER}"))
    conn.execute(text(f"ALTER FUNCTION {APPEND_FUNCTION} OWNER TO {AUDIT_WRITER}"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA public FROM {AUDIT_WRITER}"))
    conn.execute(text(f"REVOKE ALL ON FUNCTION {APPEND_FUNCTION} FROM PUBLIC"))
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION {APPEND_FUNCTION} TO {role}"))
