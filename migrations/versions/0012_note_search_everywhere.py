"""Note search on PostgreSQL finds words inside markup-like text and folds accents, as on SQLite.

PostgreSQL: the ``simple`` text-search parser reads ``<b>word</b>`` or
``<span class="x">`` as tags and drops them, ``user@example.com`` as one email
token and ``example.com/path`` as a host and a path, where SQLite's FTS5 tokenizer
(migration 0004) sees plain words split at every punctuation mark; and SQLite
ignores accents (``remove_diacritics 2``) where PostgreSQL kept them. So the
document becomes ``to_tsvector('simple', translate(pswdesk_unaccent(text), ASCII
punctuation, spaces))``: ``pswdesk_unaccent`` is an IMMUTABLE wrapper around the
``unaccent`` extension (trusted since PostgreSQL 13: the database's owner may
create it; the plain ``unaccent(text)`` is only STABLE, which a generated column
refuses). ``notes.search_doc`` is dropped and added again with that expression
(a table rewrite, which fires no row triggers, so the lock triggers are not
involved; the merge check of 0008 already ignores ``search_doc``).

Both: addenda are searched too. SQLite gets an external-content FTS5 table
``notes_fts_addenda`` over ``addenda(reason, text)`` (the same tokenizer), filled
from the existing rows and kept by an AFTER INSERT trigger (addenda are
append-only, 0002: an UPDATE or DELETE is aborted before any AFTER trigger);
PostgreSQL a generated ``addenda.search_doc`` with its GIN index.

The expressions are copied here, not imported, so the migration stays as it was.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTE_COLUMNS = (
    "summary", "s1_expressed", "s1_validation", "s2_questions", "s2_insights",
    "s3_text", "s4_text", "s5_text", "s6_text", "s6_care_team", "s7_text",
)  # fmt: skip
ADDENDUM_COLUMNS = ("reason", "text")

#: Every ASCII punctuation mark, each turned into a space before the parser sees it.
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _document(columns: Sequence[str]) -> str:
    joined = " || ' ' || ".join(columns)
    spaces = " " * len(PUNCTUATION)
    return (
        f"to_tsvector('simple'::regconfig, translate(pswdesk_unaccent({joined}), "
        f"{_sql_literal(PUNCTUATION)}, {_sql_literal(spaces)}))"
    )


SQLITE_UP = [
    f"""CREATE VIRTUAL TABLE notes_fts_addenda USING fts5(
        {", ".join(ADDENDUM_COLUMNS)}, content='addenda', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2')""",
    "INSERT INTO notes_fts_addenda(notes_fts_addenda) VALUES ('rebuild')",
    """CREATE TRIGGER notes_fts_addenda_insert AFTER INSERT ON addenda BEGIN
        INSERT INTO notes_fts_addenda(rowid, reason, text) VALUES (NEW.id, NEW.reason, NEW.text);
       END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS notes_fts_addenda_insert",
    "DROP TABLE IF EXISTS notes_fts_addenda",
]

# As migration 0004 made it, for the downgrade.
PG_DOCUMENT_0004 = "to_tsvector('simple'::regconfig, {})".format(" || ' ' || ".join(NOTE_COLUMNS))


def _unaccent_function(schema: str) -> str:
    quoted = '"' + schema.replace('"', '""') + '"'
    dictionary = _sql_literal(f"{quoted}.unaccent")
    return f"""CREATE FUNCTION pswdesk_unaccent(body text) RETURNS text AS $$
         SELECT {quoted}.unaccent({dictionary}::regdictionary, body)
       $$ LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE"""


def _postgres_up() -> None:
    bind = op.get_bind()
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema = bind.scalar(
        text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'")
    )
    op.execute(_unaccent_function(str(schema).strip('"')))
    op.execute("DROP INDEX IF EXISTS ix_notes_search_doc")
    op.execute("ALTER TABLE notes DROP COLUMN IF EXISTS search_doc")
    op.execute(
        "ALTER TABLE notes ADD COLUMN search_doc tsvector "
        f"GENERATED ALWAYS AS ({_document(NOTE_COLUMNS)}) STORED"
    )
    op.execute("CREATE INDEX ix_notes_search_doc ON notes USING gin (search_doc)")
    op.execute(
        "ALTER TABLE addenda ADD COLUMN search_doc tsvector "
        f"GENERATED ALWAYS AS ({_document(ADDENDUM_COLUMNS)}) STORED"
    )
    op.execute("CREATE INDEX ix_addenda_search_doc ON addenda USING gin (search_doc)")


def _postgres_down() -> None:
    op.execute("DROP INDEX IF EXISTS ix_addenda_search_doc")
    op.execute("ALTER TABLE addenda DROP COLUMN IF EXISTS search_doc")
    op.execute("DROP INDEX IF EXISTS ix_notes_search_doc")
    op.execute("ALTER TABLE notes DROP COLUMN IF EXISTS search_doc")
    op.execute(
        "ALTER TABLE notes ADD COLUMN search_doc tsvector "
        f"GENERATED ALWAYS AS ({PG_DOCUMENT_0004}) STORED"
    )
    op.execute("CREATE INDEX ix_notes_search_doc ON notes USING gin (search_doc)")
    op.execute("DROP FUNCTION IF EXISTS pswdesk_unaccent(text)")
    # The extension stays: other objects of the database may use it by now.


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE_UP:
            op.execute(sql)
        return
    _postgres_up()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE_DOWN:
            op.execute(sql)
        return
    _postgres_down()
