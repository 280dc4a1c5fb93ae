"""Full-text search over note text: the database objects and the query language.

The index covers a note's summary and its step 1-7 narratives, never step 8
(self-care lives in another table and is not indexed), so a search hit cannot
reveal it. Migration 0004 creates the objects; they live outside the ORM models
like the lock triggers (the column exists on PostgreSQL only, and the ORM never
reads or writes it), so the models/migrations comparison skips them by name
(``is_search_object``).

* SQLite: an external-content FTS5 table ``notes_fts`` over the note columns,
  kept in step by triggers on ``notes``. Case and accents are ignored
  (``unicode61 remove_diacritics 2``), so "jose" finds "José". Since migration
  0022 its rows are keyed in contact order (``sqlite_key``), so a search reads a
  word's newest hits first.
* PostgreSQL: a stored generated column ``notes.search_doc`` holding
  ``to_tsvector('simple', ...)`` of the same columns, with a GIN index. The
  ``simple`` configuration lower-cases and splits words but does not stem or
  drop stop words, so names and words in any language match as typed. Since
  migration 0012 the text goes through ``pswdesk_unaccent`` (the ``unaccent``
  extension) and has its ASCII punctuation turned into spaces first, so accents
  are ignored and words inside markup (``<b>word</b>``), addresses and paths are
  found as on SQLite, whose tokenizer splits at every punctuation mark. Since
  0023 one ``regexp_replace`` does that instead of ``translate``, which cost the
  server more than the rest of the document together.
* Addenda (reason and text) are indexed the same way since 0012: the FTS5 table
  ``notes_fts_addenda`` and ``addenda.search_doc``.

Where the two still differ: ``unaccent`` also unfolds letters SQLite keeps
(``ß`` as ``ss``, ``æ`` as ``ae``, ``ł`` as ``l``, ``ø`` as ``o``, Greek and
Cyrillic accents), so typing the unfolded form finds more on PostgreSQL; and
SQLite splits words at combining vowel signs (Devanagari and others), which can
only make it find a little more for a partial word.

What the user types is never handed to either query parser as syntax: each
space-separated piece becomes one quoted phrase (FTS5 ``"..."``, tsquery
``'...'``) and the pieces are ANDed, so quotes, operators, parentheses,
column filters and the like are just text. The last piece matches as a prefix
while the user is still typing it (no trailing space), from two letters on.
"""

from __future__ import annotations

import re
from typing import Any

#: The note columns searched, in one place for the migration's DDL and the query.
SEARCHED_COLUMNS = (
    "summary", "s1_expressed", "s1_validation", "s2_questions", "s2_insights",
    "s3_text", "s4_text", "s5_text", "s6_text", "s6_care_team", "s7_text",
)  # fmt: skip

SQLITE_TABLE = "notes_fts"
#: The view the index reads its text through: notes with their ``search_key`` (0022).
SQLITE_SOURCE = "notes_fts_source"
#: A note's index key is its contact time in whole seconds shifted left this many bits,
#: plus its id (migration 0022): the key sorts as a search lists notes, newest contact
#: first, and the id is the low bits.
KEY_ID_BITS = 31
PG_COLUMN = "search_doc"
PG_INDEX = "ix_notes_search_doc"
SQLITE_ADDENDA_TABLE = "notes_fts_addenda"
PG_ADDENDA_INDEX = "ix_addenda_search_doc"
#: Every ASCII punctuation mark: PostgreSQL's document turns each into a space
#: (migrations 0012 and 0023), and so does its query.
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
UNPUNCTUATE = str.maketrans(PUNCTUATION, " " * len(PUNCTUATION))

#: Longer queries are cut: nobody types this much, and a pasted page must not
#: turn into a thousand-term query.
MAX_QUERY_CHARS = 500
MAX_TERMS = 12
#: A last piece shorter than this is matched as a whole word, not as a prefix:
#: "a*" would match most of the index while the user has typed one letter.
MIN_PREFIX_CHARS = 2


#: ``clean_query``'s table: the control characters as spaces (Unicode's category Cc,
#: which its stability policy fixes as C0, DEL and C1), the surrogates left out. One
#: ``str.translate``: a search's snippets run it over every candidate note's text.
_SAFE: dict[int, str | None] = {
    **dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)], " "),
    **dict.fromkeys(range(0xD800, 0xE000)),
}
#: Any character of ``_SAFE``: most text has none, and searching is faster than mapping.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def is_search_object(name: str | None) -> bool:
    """Search tables, columns and indexes (FTS5 and its shadow tables; the column and its index)."""
    return bool(name) and (
        name in (PG_COLUMN, PG_INDEX, PG_ADDENDA_INDEX) or str(name).startswith(SQLITE_TABLE)
    )


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """Alembic ``include_object`` hook: leave the search objects out of autogenerate."""
    return not is_search_object(name)


def clean_query(query: str, limit: int = MAX_QUERY_CHARS) -> str:
    """What a person typed, made safe to hand to either database as a value.

    Cut to ``limit`` characters (a pasted page is not a query); control characters
    (NUL, which PostgreSQL refuses in text, tabs, line breaks) become spaces; lone
    UTF-16 surrogates, which neither driver can encode, are dropped.
    """
    cut = query[:limit]
    return cut if _UNSAFE.search(cut) is None else cut.translate(_SAFE)


def _terms(query: str) -> tuple[list[str], bool]:
    """The space-separated pieces worth searching, and whether the last one is a prefix."""
    query = clean_query(query)
    pieces = [p for p in query.split() if any(ch.isalnum() for ch in p)][:MAX_TERMS]
    if not pieces:
        return [], False
    still_typing = not query[-1].isspace()
    last_letters = sum(ch.isalnum() for ch in pieces[-1])
    return pieces, still_typing and last_letters >= MIN_PREFIX_CHARS


def query_pieces(query: str) -> tuple[list[str], bool]:
    """The pieces of ``query`` that are searched, and whether the last is a prefix."""
    return _terms(query)


def sqlite_match(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None when nothing is searchable."""
    pieces, prefix = _terms(query)
    if not pieces:
        return None
    quoted = ['"' + p.replace('"', '""') + '"' for p in pieces]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def pg_tsquery(query: str, *, unpunctuate: bool = False) -> str | None:
    """Text for ``to_tsquery('simple', ...)``, or None when nothing is searchable.

    ``unpunctuate``: ASCII punctuation inside each piece becomes spaces, as in the
    documents of migration 0012 (``a.b`` is then the phrase ``a <-> b``, as FTS5
    reads ``"a.b"``); the search folds accents on the server (``pswdesk_unaccent``).
    """
    pieces, prefix = _terms(query)
    if unpunctuate:
        pieces = [p.translate(UNPUNCTUATE).strip() for p in pieces]
        pieces = [p for p in pieces if any(ch.isalnum() for ch in p)]
    if not pieces:
        return None
    quoted = ["'" + p.replace("\\", "\\\\").replace("'", "''") + "'" for p in pieces]
    if prefix:
        quoted[-1] += ":*"
    return " & ".join(quoted)


def sqlite_key(ref: str) -> str:
    """The SQL of the index key of the note ``ref`` names, as migration 0022 computes it."""
    return f"CAST(strftime('%s', {ref}.contact_at) AS INTEGER) * {1 << KEY_ID_BITS} + {ref}.id"


def note_id_of(key: int) -> int:
    """The note id in an index key (its low bits; ``&`` keeps them for keys before 1970 too)."""
    return key & ((1 << KEY_ID_BITS) - 1)


def key_second(key: int) -> int:
    """The smallest key of the same contact second as ``key``."""
    return (key >> KEY_ID_BITS) << KEY_ID_BITS


# -- bulk loading (the demo generator) -----------------------------------------------------

#: The trigger that indexes each new note on SQLite (migration 0004).
SQLITE_INSERT_TRIGGER = "notes_fts_insert"


def sqlite_pause_note_trigger(cursor: Any) -> str | None:
    """Drop the per-note index trigger for a bulk load; returns its SQL to put it back.

    Indexing many notes with one ``INSERT ... SELECT`` (``sqlite_index_notes``) costs a
    quarter of what the trigger costs note by note. Call inside the load's transaction,
    so that a failure rolls the trigger back in with everything else.
    """
    row = cursor.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (SQLITE_INSERT_TRIGGER,),
    ).fetchone()
    if row is None:
        return None
    cursor.execute(f"DROP TRIGGER {SQLITE_INSERT_TRIGGER}")
    return str(row[0])


def sqlite_index_notes(cursor: Any, first_id: int, last_id: int) -> None:
    """Index the notes with ids in ``first_id..last_id`` as the paused trigger would."""
    cols = ", ".join(SEARCHED_COLUMNS)
    cursor.execute(
        f"INSERT INTO {SQLITE_TABLE}(rowid, {cols}) SELECT search_key, {cols}"
        f" FROM {SQLITE_SOURCE} WHERE note_id BETWEEN ? AND ? ORDER BY search_key",
        (first_id, last_id),
    )


def sqlite_resume_note_trigger(cursor: Any, sql: str | None) -> None:
    """Put back the trigger ``sqlite_pause_note_trigger`` dropped, word for word."""
    if sql is not None:
        cursor.execute(sql)
