"""Full-text search over notes (``notes.search_notes``), on SQLite (FTS5) and PostgreSQL (GIN).

What it must find (summary and steps 1-7), what it must never find (step 8, other
people's drafts, clients the searcher cannot see), that the index follows edits
and deletions through the triggers, that those triggers leave signed notes locked,
and that nothing a user types can make the database raise.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterator
from dataclasses import replace

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from pswdesk import fulltext
from pswdesk.db import Database, alembic_config
from pswdesk.services import notes, review
from pswdesk.services.notes import SelfCareContent
from pswdesk.services.notes.search import MARK_START
from tests.conftest import Agency, new_pg_database
from tests.notes_support import full_content, new_client, submitted_note

STEP_COLUMNS = [c for c in fulltext.SEARCHED_COLUMNS if c != "summary"]


def _ids(agency: Agency, actor, query: str) -> set[int]:  # type: ignore[no-untyped-def]
    return {r.id for r in notes.search_notes(agency.db, actor, query)}


@pytest.mark.parametrize("column", fulltext.SEARCHED_COLUMNS)
def test_finds_a_word_in_the_summary_and_every_step_1_to_7_field(
    agency: Agency, column: str
) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid, **{column: "Met at the Quillfeather bakery"})
    assert _ids(agency, agency.wendy, "quillfeather") == {note.id}
    assert _ids(agency, agency.sam, "QUILLFEATHER bakery") == {note.id}  # her supervisor


def test_never_matches_self_care_text(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    care = SelfCareContent(impact="zanzibar dreams", boundaries="zanzibar", plan="zanzibar walk")
    sent = submitted_note(agency, agency.wendy, cid, self_care=care)
    notes.create_draft(agency.db, agency.wendy, cid, full_content(self_care=care))
    signed = review.approve(agency.db, agency.sam, sent.id, sent.version)
    assert signed.content.self_care.impact == "zanzibar dreams"  # stored; her supervisor reads it
    for who in (agency.wendy, agency.sam):
        assert _ids(agency, who, "zanzibar") == set()
        assert _ids(agency, who, "zanz") == set()


def test_every_word_must_occur_in_any_order_and_the_last_is_a_prefix(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    a = submitted_note(agency, agency.wendy, cid, s3_text="wants a quieter apartment by the river")
    b = submitted_note(agency, agency.wendy, cid, s4_text="quieter since the move")
    assert _ids(agency, agency.wendy, "river quieter") == {a.id}
    assert _ids(agency, agency.wendy, "quiet") == {a.id, b.id}  # still typing: a prefix
    assert _ids(agency, agency.wendy, "quiet ") == set()  # a finished word is a whole word
    assert _ids(agency, agency.wendy, "apartment rive") == {a.id}
    assert _ids(agency, agency.wendy, "apart river") == set()  # only the last is a prefix
    assert _ids(agency, agency.wendy, "river zebra") == set()


def test_names_and_words_in_other_scripts_match(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(
        agency, agency.wendy, cid,
        summary="Spoke with Ивана and Zoë Ngāti about ᐃᓄᒃᑎᑐᑦ classes and 東京",
    )  # fmt: skip
    for word in ("ивана", "ИВАНА", "Zoë", "ngāti", "ᐃᓄᒃᑎᑐᑦ", "ᐃᓄᒃ"):
        assert _ids(agency, agency.wendy, word) == {note.id}, word


def test_respects_who_may_see_what(agency: Agency) -> None:
    db = agency.db
    mine = new_client(agency, agency.wendy)
    theirs = new_client(agency, agency.walt)  # the other team
    sent = submitted_note(agency, agency.wendy, mine, summary="marmalade workshop")
    other = submitted_note(agency, agency.walt, theirs, summary="marmalade workshop")
    draft = notes.create_draft(db, agency.wendy, mine, full_content(summary="marmalade draft"))
    walt_draft = notes.create_draft(db, agency.walt, theirs, full_content(summary="marmalade"))
    assert _ids(agency, agency.wendy, "marmalade") == {sent.id, draft.id}
    assert _ids(agency, agency.will, "marmalade") == set()  # same team, not his client
    assert _ids(agency, agency.sam, "marmalade") == {sent.id}  # never someone else's draft
    assert _ids(agency, agency.sue, "marmalade") == {other.id}
    assert _ids(agency, agency.walt, "marmalade") == {other.id, walt_draft.id}
    with pytest.raises(Exception, match="only a worker or supervisor"):
        notes.search_notes(db, agency.admin, "marmalade")


def test_newest_contact_first_and_paged(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    now = dt.datetime.now(dt.UTC)
    made = []
    for days in (5, 1, 9, 3):
        at = now - dt.timedelta(days=days)
        made.append(submitted_note(agency, agency.wendy, cid, summary="lantern", contact_at=at))
    newest_first = [n.id for n in sorted(made, key=lambda n: n.content.contact_at, reverse=True)]
    found = notes.search_notes(agency.db, agency.wendy, "lantern")
    assert [r.id for r in found] == newest_first
    page = notes.search_notes(agency.db, agency.wendy, "lantern", offset=1, limit=2)
    assert [r.id for r in page] == newest_first[1:3]


def test_the_index_follows_edits_and_deletions(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(db, agency.wendy, cid, full_content(s2_insights="pelican"))
    assert _ids(agency, agency.wendy, "pelican") == {draft.id}
    saved = notes.save_draft(
        db, agency.wendy, draft.id, full_content(s2_insights="albatross"), draft.version
    )
    assert _ids(agency, agency.wendy, "pelican") == set()
    assert _ids(agency, agency.wendy, "albatross") == {draft.id}
    sent = notes.submit(db, agency.wendy, saved.id, saved.version)
    back = review.return_note(db, agency.sam, sent.id, "say more", sent.version)
    fixed = notes.save_draft(
        db, agency.wendy, back.id, full_content(s2_insights="cormorant"), back.version
    )
    assert _ids(agency, agency.sam, "albatross") == set()
    assert _ids(agency, agency.wendy, "cormorant") == {fixed.id}
    other = notes.create_draft(db, agency.wendy, cid, full_content(summary="puffin"))
    notes.delete_draft(db, agency.wendy, other.id)
    assert _ids(agency, agency.wendy, "puffin") == set()
    _assert_index_consistent(db)


def test_signed_notes_stay_locked_and_stay_found(agency: Agency) -> None:
    """The search triggers must not open a way round the lock triggers (migration 0002)."""
    db = agency.db
    cid = new_client(agency, agency.wendy)
    sent = submitted_note(agency, agency.wendy, cid, s7_text="referred to the heron clinic")
    signed = review.approve(db, agency.sam, sent.id, sent.version)
    assert signed.status == "approved"
    for sql in (
        "UPDATE notes SET s7_text = 'tampered' WHERE id = :id",
        "UPDATE notes SET summary = summary WHERE id = :id",
        "DELETE FROM notes WHERE id = :id",
    ):
        with (
            pytest.raises(DBAPIError, match="approved note is locked"),
            db.engine.begin() as conn,
        ):
            conn.execute(text(sql), {"id": signed.id})
    assert notes.get_note(db, agency.sam, signed.id).content.s7_text == (
        "referred to the heron clinic"
    )
    assert _ids(agency, agency.sam, "heron") == {signed.id}
    assert _ids(agency, agency.sam, "tampered") == set()
    _assert_index_consistent(db)


def test_notes_written_before_the_search_existed_are_found(db: Database, agency: Agency) -> None:
    """Upgrading an existing database indexes the notes already in it."""
    cid = new_client(agency, agency.wendy)
    note = submitted_note(agency, agency.wendy, cid, s5_text="kingfisher safety plan")
    for step, target in ((command.downgrade, "0003"), (command.upgrade, "head")):
        with db.engine.begin() as conn:
            cfg = alembic_config(db.url)
            cfg.attributes["connection"] = conn
            step(cfg, target)
    assert _ids(agency, agency.wendy, "kingfisher") == {note.id}
    _assert_index_consistent(db)


def _assert_index_consistent(db: Database) -> None:
    if not db.is_sqlite:
        return  # PostgreSQL keeps its own index; nothing to drift
    raw = db.engine.raw_connection()
    try:
        # Raises "database disk image is malformed" if the index and notes disagree.
        raw.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        raw.close()


# -- hostile input ------------------------------------------------------------------------

HOSTILE = [
    '"', '""', "'", "''", "\\", "\\'", "*", "**", "-", "+", "^", ":", "(", ")", "()",
    "NOT", "AND", "OR", "NEAR", "NEAR(a b)", "a OR b", "a AND NOT b", "!", "&", "|", "<->",
    "summary:bakery", "s1_expressed : x", "{summary s2_insights}: x", "bakery*", "*bakery",
    '"unclosed', "unclosed'", "a:*", "a:* & b", "x' | 'y", "'; DROP TABLE notes;--",
    "%", "_", "%_%", "\x00", "a\x00b", " ", "\t\n", "—", "🧭", "é", "\u200b", "\u202e",
    "ᐃᓄᒃ*", "a" * 10_000, "word " * 1_000, "(" * 500, '"' * 501, "\\" * 300 + "x",
]  # fmt: skip

any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
query_text = st.one_of(
    st.sampled_from(HOSTILE),
    any_text,
    st.lists(st.sampled_from([*HOSTILE[:40], "bakery", "quill"]), max_size=6).map(" ".join),
)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_searched_as_text(agency: Agency, query: str) -> None:
    cid = new_client(agency, agency.wendy)
    submitted_note(agency, agency.wendy, cid, summary="Quillfeather bakery visit")
    assert isinstance(notes.search_notes(agency.db, agency.wendy, query), list)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=query_text)
def test_no_query_makes_the_database_raise(agency: Agency, query: str) -> None:
    found = notes.search_notes(agency.db, agency.sam, query)
    assert isinstance(found, list)


def test_quotes_and_operators_in_a_note_are_found_as_words(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    note = submitted_note(
        agency, agency.wendy, cid, s1_expressed='She said "NOT today" (again) - OR maybe: never'
    )
    for query in ('"NOT today"', "not today", "(again)", "OR maybe:", "never*"):
        assert _ids(agency, agency.wendy, query) == {note.id}, query


def test_query_building_quotes_every_piece() -> None:
    assert fulltext.sqlite_match('say "hi" now') == '"say" """hi""" "now"*'
    assert fulltext.sqlite_match("x ") == '"x"'
    assert fulltext.sqlite_match("a") == '"a"'  # one letter: a whole word, not a prefix
    assert fulltext.sqlite_match(" %% ") is None
    assert fulltext.pg_tsquery("it's back\\slash") == "'it''s' & 'back\\\\slash':*"
    assert fulltext.pg_tsquery("") is None
    many = fulltext.sqlite_match("w " * 100)
    assert many is not None and many.count('"w"') == fulltext.MAX_TERMS


def test_self_care_text_is_not_in_the_index_at_all(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    content = full_content()
    content.self_care = replace(content.self_care, plan="ocelot")
    notes.create_draft(agency.db, agency.wendy, cid, content)
    with agency.db.engine.connect() as conn:
        if agency.db.is_sqlite:
            hits = conn.execute(
                text("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'ocelot'")
            ).scalar_one()
        else:
            hits = conn.execute(
                text(f"SELECT count(*) FROM notes WHERE {fulltext.PG_COLUMN} @@ 'ocelot'")
            ).scalar_one()
    assert hits == 0


def test_notes_found_by_their_text_and_by_an_addendum_come_as_one_list(agency: Agency) -> None:
    """On PostgreSQL the two are asked for apart (so a rare word uses the index); the
    pages are the same as one newest-first list, a note in both counted once."""
    cid = new_client(agency, agency.wendy)
    now = dt.datetime.now(dt.UTC)
    made = []
    for days, summary in (
        (6, "lantern"),
        (2, "quiet"),
        (4, "lantern"),
        (1, "quiet"),
        (3, "lantern"),
    ):
        at = now - dt.timedelta(days=days)
        made.append(submitted_note(agency, agency.wendy, cid, summary=summary, contact_at=at))
    for note in (made[1], made[3], made[4]):  # two by an addendum alone, one by both
        signed = review.approve(agency.db, agency.sam, note.id, note.version)
        notes.add_addendum(agency.db, agency.wendy, signed.id, "Correction", "the lantern too")
    newest_first = [n.id for n in sorted(made, key=lambda n: n.content.contact_at, reverse=True)]
    assert [r.id for r in notes.search_notes(agency.db, agency.wendy, "lantern")] == newest_first
    for offset in range(5):
        page = notes.search_notes(agency.db, agency.wendy, "lantern", offset=offset, limit=2)
        assert [r.id for r in page] == newest_first[offset : offset + 2]
    hits = notes.find_notes(agency.db, agency.wendy, "lantern")
    assert sorted(h.note.id for h in hits) == sorted(newest_first)
    for offset in range(5):  # a page of ranked hits is that part of the whole list,
        page = notes.find_notes(agency.db, agency.wendy, "lantern", offset=offset, limit=2)
        assert page == hits[offset : offset + 2]  # snippets made for it alone included
    assert all(h.snippet.count(MARK_START) >= 1 for h in hits)


# -- PostgreSQL's document (0023) -----------------------------------------------------------

_0023 = importlib.import_module("pswdesk.migrations.versions.0023_search_doc_regexp")


@pytest.fixture(scope="module")
def pg_conn(pg_template: str) -> Iterator[Connection]:
    """One connection to a migrated PostgreSQL database, for expressions only."""
    url, drop = new_pg_database(pg_template)
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            yield conn
    finally:
        db.dispose()
        drop()


def test_the_stored_document_is_0023s(pg_conn: Connection) -> None:
    """The column holds the migration's expression (a later one would say so here)."""
    stored = pg_conn.execute(
        text(
            "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a"
            " ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
            " WHERE d.adrelid = 'notes'::regclass AND a.attname = :column"
        ),
        {"column": fulltext.PG_COLUMN},
    ).scalar_one()
    assert "regexp_replace" in stored and "translate" not in stored


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.one_of(
        st.sampled_from(HOSTILE),
        st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00")),
        st.text(st.sampled_from(fulltext.PUNCTUATION + "aZé 0\n\t\\"), max_size=60),
    )
)
def test_the_regular_expression_unpunctuates_as_0012s_translate(
    pg_conn: Connection, body: str
) -> None:
    """0023 made the document quicker to compute, not different: for any text (NUL
    aside, which PostgreSQL refuses) the new expression gives 0012's text and words."""
    body = body.replace("\x00", "")
    value = "CAST(:t AS text)"
    row = pg_conn.execute(
        text(
            f"SELECT {_0023._regexp(value)}, {_0023._translate_0012(value)},"
            f" {_0023._document([value])}::text,"
            f" {_0023._document([value], _0023._translate_0012)}::text"
        ),
        {"t": body},
    ).one()
    assert row[0] == row[1] == body.translate(fulltext.UNPUNCTUATE)
    assert row[2] == row[3]
