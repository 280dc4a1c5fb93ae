"""On PostgreSQL, audit entries go in through one function, at the end of the log only.

``pswdesk_audit_append`` inserts one entry after checking that it follows the last
one (the next id, the last entry's hash as its ``prev_hash``), under the writers'
lock. It is ``SECURITY DEFINER``: ``pswdesk db grant ROLE`` hands it to a role that
cannot log in and gives the PCs' login EXECUTE on it and no INSERT on ``audit_log``,
so that login can add entries only where the chain continues and never touch one
(docs/ARCHITECTURE.md, Security model). Until then it runs as the schema owner, who
owns the table anyway. SQLite has one user per file and needs no such function.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = (
    "pswdesk_audit_append(integer, timestamptz, integer, text, text, text, integer, json, "
    "text, text, text)"
)

APPEND = """CREATE FUNCTION pswdesk_audit_append(
       p_id integer, p_at timestamptz, p_actor_id integer, p_actor_name text,
       p_action text, p_entity text, p_entity_id integer, p_details json,
       p_prev_hash text, p_hash text, p_mac text) RETURNS void
     LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
     DECLARE
       last_id integer;
       last_hash text;
     BEGIN
       PERFORM pg_advisory_xact_lock(728153);
       SELECT id, hash INTO last_id, last_hash FROM public.audit_log
         ORDER BY id DESC LIMIT 1;
       IF p_id IS DISTINCT FROM coalesce(last_id, 0) + 1
          OR p_prev_hash IS DISTINCT FROM coalesce(last_hash, repeat('0', 64)) THEN
         RAISE EXCEPTION 'pswdesk: an audit entry must follow the last one';
       END IF;
       INSERT INTO public.audit_log (id, at, actor_id, actor_name, action, entity,
           entity_id, details, prev_hash, hash, mac)
         VALUES (p_id, p_at, p_actor_id, p_actor_name, p_action, p_entity,
           p_entity_id, p_details, p_prev_hash, p_hash, p_mac);
     END
     $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(APPEND)
    # Only the logins that ``pswdesk db grant`` names may call it (and the owner).
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
