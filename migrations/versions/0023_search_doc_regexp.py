"""PostgreSQL's search documents turn punctuation into spaces with one regular expression.

Since 0012 each note's (and addendum's) ``search_doc`` is
``to_tsvector('simple', translate(pswdesk_unaccent(text), ASCII punctuation,
spaces))``. ``translate`` looks every character of the text up in its 32-character
list one by one: at about 700 characters a note, it cost 0.19 ms of the server's
time per note written, more than the unaccent and the parser together (measured on
20,000 demo notes: 3.8 s for ``translate``, 0.5 s for the expression below, 1.3 s for
the rest). Every note saved pays it, and a million-note demo paid it a million times.

``regexp_replace(text, '[\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]', ' ', 'g')``
gives the same text: the four ranges are exactly the 32 marks of 0012's list, by
code point (the class is written in escapes, so no collation or quoting decides
it), each replaced by one space; nothing else is touched (no flag makes it
case-blind, and a newline is an ordinary character to it). ``tests/test_note_search.py``
checks the two agree on hostile text.

The columns are dropped and added again with the new expression (one table rewrite
each, which fires no row triggers: the lock and append-only triggers are not
involved) and their GIN indexes made again. SQLite is not changed. The expressions
are written out here, not imported, so this revision stays as it is.

Revision ID: 0023
Revises: 0022
"""

from collections.abc import Callable, Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTE_COLUMNS = (
    "summary", "s1_expressed", "s1_validation", "s2_questions", "s2_insights",
    "s3_text", "s4_text", "s5_text", "s6_text", "s6_care_team", "s7_text",
)  # fmt: skip
ADDENDUM_COLUMNS = ("reason", "text")
TABLES = (("notes", NOTE_COLUMNS), ("addenda", ADDENDUM_COLUMNS))

#: Every ASCII punctuation mark (0x21-0x2F, 0x3A-0x40, 0x5B-0x60, 0x7B-0x7E).
PUNCTUATION_CLASS = r"[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]"
#: As migration 0012 wrote it, for the downgrade.
PUNCTUATION_0012 = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _regexp(text: str) -> str:
    """SQL of ``text`` with each ASCII punctuation mark a space, as this revision makes it."""
    return f"regexp_replace({text}, {_sql_literal(PUNCTUATION_CLASS)}, ' ', 'g')"


def _translate_0012(text: str) -> str:
    """The same, as migration 0012 made it (for the downgrade)."""
    spaces = " " * len(PUNCTUATION_0012)
    return f"translate({text}, {_sql_literal(PUNCTUATION_0012)}, {_sql_literal(spaces)})"


def _document(columns: Sequence[str], unpunctuate: Callable[[str], str] = _regexp) -> str:
    joined = " || ' ' || ".join(columns)
    return f"to_tsvector('simple'::regconfig, {unpunctuate(f'pswdesk_unaccent({joined})')})"


def _remake(unpunctuate: Callable[[str], str]) -> None:
    for table, columns in TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_doc")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_doc")
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search_doc tsvector "
            f"GENERATED ALWAYS AS ({_document(columns, unpunctuate)}) STORED"
        )
        op.execute(f"CREATE INDEX ix_{table}_search_doc ON {table} USING gin (search_doc)")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _remake(_regexp)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _remake(_translate_0012)
