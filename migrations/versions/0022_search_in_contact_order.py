"""SQLite's note index is keyed in contact order, so a search reads its newest hits first.

A search lists notes newest contact first and stops at a page. Until now the
FTS5 index ``notes_fts`` (0004) was keyed by note id, which does not follow
contact time (a note is often written days after the contact, and imported or
seeded notes come client by client). So a search had to walk notes newest first
and test each against the whole list of the word's hits: at a million notes,
building that list for a word in most notes cost about 200 ms, and a word in a
few notes walked every note.

Now each note's index row is keyed by ``search_key``: its contact time in whole
seconds times 2^31, plus its id (ids stay below 2^31, two thousand million
notes). The key orders notes as the search lists them, so the index hands back
a word's newest hits first (``ORDER BY rowid DESC``) and the id is the key's low
31 bits. The index is still external content: it reads the text through the view
``notes_fts_source`` (notes with their key), which is what its ``rebuild`` and
``integrity-check`` commands read. The triggers now also re-key a note whose
contact time is edited (only drafts can be; the lock triggers of 0002 abort any
other change before these AFTER triggers run).

Prefix queries, the word still being typed, are indexed for two, three and four
letters (was two): a search by the newest hits evaluates the query once, but a
three-letter prefix otherwise merges the lists of every word it begins.

PostgreSQL is not changed. The expressions are written out here, not imported,
so this revision stays as it is.

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    "summary", "s1_expressed", "s1_validation", "s2_questions", "s2_insights",
    "s3_text", "s4_text", "s5_text", "s6_text", "s6_care_team", "s7_text",
)  # fmt: skip
_COLS = ", ".join(COLUMNS)
TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"


def _values(ref: str) -> str:
    return ", ".join(f"{ref}.{c}" for c in COLUMNS)


def _key(ref: str) -> str:
    """A note's ``search_key`` in SQL (the docstring says why)."""
    return f"CAST(strftime('%s', {ref}.contact_at) AS INTEGER) * 2147483648 + {ref}.id"


TRIGGERS = ("notes_fts_insert", "notes_fts_delete", "notes_fts_update")

SQLITE_UP = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS),
    "DROP TABLE IF EXISTS notes_fts",
    f"""CREATE VIEW notes_fts_source AS
        SELECT notes.id AS note_id, {_key("notes")} AS search_key, {_COLS} FROM notes""",
    f"""CREATE VIRTUAL TABLE notes_fts USING fts5(
        {_COLS}, content='notes_fts_source', content_rowid='search_key',
        {TOKENIZE}, prefix='2 3 4')""",
    "INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')",
    f"""CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, {_COLS}) VALUES ({_key("NEW")}, {_values("NEW")});
       END""",
    f"""CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, {_COLS})
          VALUES ('delete', {_key("OLD")}, {_values("OLD")});
       END""",
    f"""CREATE TRIGGER notes_fts_update AFTER UPDATE OF contact_at, {_COLS} ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, {_COLS})
          VALUES ('delete', {_key("OLD")}, {_values("OLD")});
        INSERT INTO notes_fts(rowid, {_COLS}) VALUES ({_key("NEW")}, {_values("NEW")});
       END""",
]

# As migration 0004 made them, for the downgrade.
SQLITE_DOWN = [
    *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS),
    "DROP TABLE IF EXISTS notes_fts",
    "DROP VIEW IF EXISTS notes_fts_source",
    f"""CREATE VIRTUAL TABLE notes_fts USING fts5(
        {_COLS}, content='notes', content_rowid='id',
        {TOKENIZE}, prefix='2')""",
    "INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')",
    f"""CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, {_COLS}) VALUES (NEW.id, {_values("NEW")});
       END""",
    f"""CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, {_COLS})
          VALUES ('delete', OLD.id, {_values("OLD")});
       END""",
    f"""CREATE TRIGGER notes_fts_update AFTER UPDATE OF {_COLS} ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, {_COLS})
          VALUES ('delete', OLD.id, {_values("OLD")});
        INSERT INTO notes_fts(rowid, {_COLS}) VALUES (NEW.id, {_values("NEW")});
       END""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE_UP:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE_DOWN:
            op.execute(sql)
