"""SQLite and PostgreSQL find the same notes for the same data, ranked and marked alike.

The same agency, clients, notes and addenda are written into a fresh SQLite file
and a fresh PostgreSQL database; every query then gives the same hits (ids in
order, rank, snippet, where found) on both. Words inside markup, addresses and
paths, and accented words, are the cases where PostgreSQL's ``simple`` parser
once differed (migration 0012).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest

from pswdesk.db import Database
from pswdesk.services import notes, review
from pswdesk.services.notes.search import MARK_END, MARK_START
from tests.conftest import Agency, new_pg_database
from tests.notes_support import new_client, submitted_note

NOW = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)

TEXTS = [
    {"summary": 'Talked about the <b>housing</b> form and <span class="x">rent</span> arrears'},
    {"s3_text": "Wrote to advocate@example.org about http://example.org/housing/appeal"},
    {"s1_expressed": "José said the café on Rue Zoë felt safe; Ngāti whānau visiting"},
    {"summary": "Housing appeal: hearing date set", "s5_text": "No risk noted. Housing first."},
    {"s7_text": "Referred to the Łódź-born counsellor at Straße 5, 3.5 km away"},
    {"summary": "Приходила Ивана; спокойная неделя", "s2_insights": "東京 trip planned"},
    {"summary": "Quiet week", "s4_text": "Strength: cooks for the whole hostel & helps"},
    {"s6_text": "Care team: GP (Dr. O'Neill) and C++ class tutor; see [notes] {here}"},
]
ADDENDUM = ("late detail", "The arrears letter came from the <i>housing</i> trust")

QUERIES = [
    "housing", "Housing appeal", "appeal housing", "hous", "rent", "<b>housing</b>",
    "span", "advocate@example.org", "example", "example.org/housing", "jose", "José",
    "cafe", "CAFÉ", "zoe", "ngati", "whanau", "Łódź", "lodz", "3.5", "km",
    "ивана", "ИВАН", "東京", "hostel & helps", "helps", "O'Neill", "neill", "C++",
    "[notes]", "{here}", "arrears", "trust", "late detail", '"housing"', "housing -rent",
    "NOT housing", "housing OR rent", "NEAR(housing rent)", "hou*", "nothing-here",
]  # fmt: skip


def _fill(db: Database) -> Agency:
    agency = Agency(db)
    first = new_client(agency, agency.wendy, "Robin")
    second = new_client(agency, agency.wendy, "Avery")
    made = []
    for i, fields in enumerate(TEXTS):
        cid = first if i % 2 == 0 else second
        at = NOW - dt.timedelta(days=i)
        made.append(submitted_note(agency, agency.wendy, cid, contact_at=at, **fields))
    signed = review.approve(db, agency.sam, made[0].id, made[0].version)
    notes.add_addendum(db, agency.wendy, signed.id, *ADDENDUM)
    return agency


def _results(agency: Agency, query: str) -> list[tuple[int, int, str, str, str]]:
    return [
        (h.note.id, h.rank, h.note.client_name, h.found_in, h.snippet)
        for h in notes.find_notes(agency.db, agency.sam, query)
    ]


@pytest.fixture
def both(sqlite_db: Database, pg_template: str) -> Iterator[tuple[Agency, Agency]]:
    url, drop = new_pg_database(pg_template)
    pg = Database(url)
    try:
        yield _fill(sqlite_db), _fill(pg)
    finally:
        pg.dispose()
        drop()


def test_both_backends_give_the_same_results(both: tuple[Agency, Agency]) -> None:
    lite, pg = both
    for query in QUERIES:
        assert _results(lite, query) == _results(pg, query), query


def test_words_in_markup_addresses_and_accents_are_found(both: tuple[Agency, Agency]) -> None:
    for agency in both:
        for query, needle in (
            ("housing", "housing"), ("rent", "rent"), ("example", "example"),
            ("advocate", "advocate"), ("jose", "José"), ("cafe", "café"), ("zoe", "Zoë"),
            ("ngati", "Ngāti"), ("counsellor", "counsellor"), ("neill", "Neill"),
            ("trust", "trust"),
        ):  # fmt: skip
            hits = notes.find_notes(agency.db, agency.sam, query)
            assert hits, (agency.db.url, query)
            assert f"{MARK_START}{needle}" in hits[0].snippet, (query, hits[0].snippet)


def test_ranked_phrase_and_summary_first_then_newest(both: tuple[Agency, Agency]) -> None:
    for agency in both:
        hits = notes.find_notes(agency.db, agency.sam, "housing appeal")
        # The note with the words as a phrase in its summary comes first, though older.
        assert hits[0].note.summary.startswith("Housing appeal")
        assert hits[0].rank > hits[-1].rank
        same = notes.find_notes(agency.db, agency.sam, "week")
        ranks = [h.rank for h in same]
        assert ranks == sorted(ranks, reverse=True)
        for a, b in itertools.pairwise(same):
            if a.rank == b.rank:
                assert a.note.contact_at >= b.note.contact_at


def test_addenda_are_searched_and_shown_as_such(both: tuple[Agency, Agency]) -> None:
    for agency in both:
        hits = notes.find_notes(agency.db, agency.sam, "trust")
        assert [h.found_in for h in hits] == ["Addendum"]
        assert f"{MARK_START}trust{MARK_END}" in hits[0].snippet
