"""Whatever is typed or pasted into a search raises nothing, on SQLite and PostgreSQL.

Quotes, query operators (AND, OR, NOT, NEAR, *, ^, column filters, tsquery's & | !
<->), unbalanced brackets, markup, NUL and other control characters, a 60 kB
paste and text in every script go to the note search (``find_notes``,
``search_notes``, with and without a client), the caseload's name search and the
client lookup, and ``pswdesk search``. Each either finds notes or finds none; the
snippets hold no control characters but the match markers.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pswdesk.cli import main
from pswdesk.errors import NotFound, ValidationError
from pswdesk.services import clients, notes
from pswdesk.services.notes.search import MARK_END, MARK_START
from tests.conftest import PASSWORD, Agency
from tests.notes_support import new_client, submitted_note

HOSTILE = [
    "2147483648", "9223372036854775808",  # past the id column: no such client, no error
    '"', '""', '"""', "'", "''", "\\", "*", "**", "-", "+", "^", ":", "(", ")", "()", ")(",
    "[", "]", "{", "}", "[[", "{{}", "NOT", "AND", "OR", "NEAR", "NEAR(a b)", "NEAR(a b, 1",
    "a OR b", "a AND NOT b", "NOT a", "!", "!a", "&", "|", "<->", "<2>", "a <-> b", "a:*",
    "summary:bakery", "{summary s2_insights}: x", "- bakery", "bakery*", "*bakery", "^bakery",
    '"unclosed', "unclosed'", "x' | 'y", "'; DROP TABLE notes;--", "%", "_", "%_%",
    "<b>bakery</b>", "<script>alert(1)</script>", "&amp;", "&#0;", "<!--", "]]>",
    "\x00", "a\x00b", "\x00" * 100, "\x01\x02\x03\x1b[31m", "\x7f", "\r\n\t", "\u0085",
    "\u200b", "\u202e", "\ufeff", "\uffff", "—", "🧭", "👩🏽‍⚕️", "é", "e\u0301", "ᐃᓄᒃ*",
    "Ивана", "東京", "عربى", "עברית", "हिन्दी", "ไทย", "ᏣᎳᎩ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "a" * 60_000, "word " * 12_000, "(" * 5_000, '"' * 5_001, "\\" * 3_000 + "x",
    "\x00" * 60_000, "é" * 30_000,
]  # fmt: skip

# Every script, every category a keyboard or a paste can give (lone surrogates
# cannot reach the app from Qt or argv, but a Python caller could pass them).
any_text = st.text(st.characters(codec=None), max_size=120)
joined = st.lists(st.sampled_from([*HOSTILE[:60], "bakery", "quill", "Quillfeather"]), max_size=6)
query_text = st.one_of(st.sampled_from(HOSTILE), any_text, joined.map(" ".join))
HYPOTHESIS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _notes(agency: Agency) -> int:
    cid = new_client(agency, agency.wendy, "Quill <b>Baker</b>")
    submitted_note(
        agency, agency.wendy, cid,
        summary='Quillfeather bakery visit: "NOT today" (again) <b>bold</b> & more',
        s3_text="Café on Rue Zoë; 東京; ᐃᓄᒃᑎᑐᑦ; a:* b | c",
    )  # fmt: skip
    return cid


def _check_hits(hits: list[notes.NoteHit]) -> None:
    for hit in hits:
        stray = [ch for ch in hit.snippet if ord(ch) < 32 and ch not in (MARK_START, MARK_END)]
        assert not stray, hit.snippet
        assert hit.snippet.count(MARK_START) == hit.snippet.count(MARK_END)


def _all_searches(agency: Agency, cid: int, query: str) -> None:
    db = agency.db
    for actor in (agency.wendy, agency.sam):
        _check_hits(notes.find_notes(db, actor, query))
        assert isinstance(notes.search_notes(db, actor, query), list)
    _check_hits(notes.find_notes(db, agency.wendy, query, client_id=cid))
    assert isinstance(clients.list_caseload(db, agency.wendy, search=query), list)
    assert isinstance(clients.count_caseload(db, agency.wendy, search=query), int)
    assert isinstance(clients.list_caseload(db, agency.sam, scope="team", search=query), list)
    with contextlib.suppress(NotFound, ValidationError):  # a calm "no such client"
        clients.find_client(db, agency.wendy, query)


def test_hostile_queries_raise_nothing(agency: Agency) -> None:
    cid = _notes(agency)  # one agency for them all: making one costs five password hashes
    for query in HOSTILE:
        _all_searches(agency, cid, query)


@HYPOTHESIS
@given(query=query_text)
def test_any_text_raises_nothing(agency: Agency, query: str) -> None:
    _all_searches(agency, agency_client(agency), query)


def agency_client(agency: Agency) -> int:
    """One client with a note per test, made at the first example (hypothesis reuses the agency)."""
    found = clients.list_caseload(agency.db, agency.wendy)
    return found[0].id if found else _notes(agency)


def test_operators_and_markup_are_words(agency: Agency) -> None:
    cid = _notes(agency)
    for query in ('"NOT today"', "(again)", "<b>bold</b>", "a:* b", "& more", "zoe", "CAFE"):
        hits = notes.find_notes(agency.db, agency.wendy, query, client_id=cid)
        assert len(hits) == 1, query
    assert clients.list_caseload(agency.db, agency.wendy, search="<b>Baker")[0].id == cid
    assert clients.list_caseload(agency.db, agency.wendy, search="%") == []
    assert clients.list_caseload(agency.db, agency.wendy, search="\x00Quill")[0].id == cid


def test_pswdesk_search_takes_anything(
    agency: Agency, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _notes(agency)
    monkeypatch.setenv("PSWDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("PSWDESK_DEBUG", raising=False)
    url = agency.db.url
    for query in [*HOSTILE[::4], "a" * 60_000, "\x00", "bakery"]:
        for extra in ([], ["--client", str(cid)]):
            capsys.readouterr()
            code = main(["--db", url, "search", query, *extra, "--user", "wendy"])
            out, err = capsys.readouterr()
            assert code == 0, (query[:40], err)
            assert err == ""
            for line in out.splitlines():
                assert line.split("  ")[0].isdigit(), line
    capsys.readouterr()
    assert main(["--db", url, "search", "quillfeather", "--user", "wendy"]) == 0
    out = capsys.readouterr().out
    assert "[Quillfeather]" in out and "Quill <b>Baker</b>" in out
