"""Search lists notes newest contact first whichever way SQLite reads the index (0022).

SQLite's index is keyed in contact order, and ``search`` reads a word's hits
newest first, a batch at a time, matching each batch against a small scope's keys
(one client, a worker's caseload) or else looking the hits up by id. Which scope
is small, and the batch size, are set here so that a few notes take every path;
each must give the same pages as the plain newest-first order, to the microsecond
within one contact second.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from pswdesk.services import notes, review
from pswdesk.services.notes import search
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note


def _made(agency: Agency) -> tuple[int, int, list[int], list[int]]:
    """Two teams' notes with "lantern", several in one contact second.

    Returns Wendy's client, the note with an addendum, and each team's note ids
    newest contact first: Sam and Wendy see team A's, Sue and Walt team B's.
    """
    mine, other = new_client(agency, agency.wendy), new_client(agency, agency.walt, "Ash")
    base = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=3)
    made = []
    for i in range(14):
        # Notes 0-5 share one second; the later ones step back an hour at a time.
        at = (
            base + dt.timedelta(microseconds=(i * 7919) % 6 * 1000)
            if i < 6
            else (base - dt.timedelta(hours=i))
        )
        author, cid = (agency.wendy, mine) if i % 3 else (agency.walt, other)
        made.append(submitted_note(agency, author, cid, summary=f"lantern {i}", contact_at=at))
    signed = review.approve(agency.db, agency.sam, made[10].id, made[10].version)
    notes.add_addendum(agency.db, agency.wendy, signed.id, "Correction", "lantern kestrel")
    order = sorted(made, key=lambda n: (n.content.contact_at, n.id), reverse=True)
    team_a = [n.id for n in order if n.client_id == mine]
    return mine, signed.id, team_a, [n.id for n in order if n.client_id == other]


def _pages(agency: Agency, actor, query: str, client_id: int | None = None) -> list[int]:  # type: ignore[no-untyped-def]
    """Every page of two, put together."""
    out: list[int] = []
    for offset in range(0, 20, 2):
        page = notes.search_notes(agency.db, actor, query, offset, 2, client_id=client_id)
        out += [r.id for r in page]
    return out


@pytest.mark.parametrize(
    ("saving", "batch"),
    [(0, 2000), (0, 1), (10**9, 2000), (10**9, 1)],
    ids=["looked up", "looked up a hit at a time", "small scope", "small scope a hit at a time"],
)
def test_every_way_of_reading_gives_newest_contact_first(
    agency: Agency, monkeypatch: pytest.MonkeyPatch, saving: int, batch: int
) -> None:
    mine, addended, team_a, team_b = _made(agency)
    monkeypatch.setattr(search, "SQLITE_KEY_READ_SAVING", saving)
    monkeypatch.setattr(search, "SQLITE_HIT_BATCH", batch)
    for actor, expected in ((agency.sam, team_a), (agency.wendy, team_a), (agency.sue, team_b)):
        assert _pages(agency, actor, "lantern") == expected
        assert _pages(agency, actor, "lant") == expected  # the word being typed
    assert _pages(agency, agency.sam, "lantern", client_id=mine) == team_a
    assert _pages(agency, agency.sam, "kestrel lantern") == [addended]  # in the addendum only
    top = [h.note.id for h in notes.find_notes(agency.db, agency.sam, "lantern")]
    assert sorted(top) == sorted(team_a)


def test_a_draft_whose_contact_time_changes_moves_in_the_index(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    now = dt.datetime.now(dt.UTC)
    old = submitted_note(
        agency, agency.wendy, cid, summary="heron", contact_at=now - dt.timedelta(days=2)
    )
    draft = notes.create_draft(
        agency.db,
        agency.wendy,
        cid,
        full_content(summary="heron", contact_at=now - dt.timedelta(days=9)),
    )
    assert [r.id for r in notes.search_notes(agency.db, agency.wendy, "heron")] == [
        old.id,
        draft.id,
    ]
    moved = notes.save_draft(
        agency.db, agency.wendy, draft.id,
        full_content(summary="heron", contact_at=now - dt.timedelta(hours=1)), draft.version,
    )  # fmt: skip
    assert [r.id for r in notes.search_notes(agency.db, agency.wendy, "heron")] == [
        moved.id,
        old.id,
    ]
    if agency.db.is_sqlite:
        raw = agency.db.engine.raw_connection()
        try:
            # Raises "database disk image is malformed" if the index and notes disagree.
            raw.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
            [(stale,)] = raw.execute(
                "SELECT count(*) FROM notes_fts_docsize WHERE id NOT IN"
                " (SELECT search_key FROM notes_fts_source)"
            ).fetchall()
        finally:
            raw.close()
        assert stale == 0
    notes.delete_draft(agency.db, agency.wendy, moved.id)
    assert [r.id for r in notes.search_notes(agency.db, agency.wendy, "heron")] == [old.id]


def test_the_key_keeps_the_id_for_contacts_before_1970(agency: Agency) -> None:
    if not agency.db.is_sqlite:
        pytest.skip("the key is SQLite's")
    with agency.db.read() as s:
        for when, note_id in (
            ("1969-07-20 20:17:40", 7),
            ("2026-12-02 09:30:00.250000", 2**31 - 1),
        ):
            one = "(SELECT :at AS contact_at, :id AS id) n"
            key = s.scalar(
                text(f"SELECT {search.fulltext.sqlite_key('n')} FROM {one}"),
                {"at": when, "id": note_id},
            )
            assert search.fulltext.note_id_of(key) == note_id
            assert search.fulltext.key_second(key) <= key < search.fulltext.key_second(key) + 2**31


@pytest.mark.parametrize("first_window_days", [1, 30])
def test_pages_come_newest_first_across_windows_of_contact_time(
    agency: Agency, monkeypatch: pytest.MonkeyPatch, first_window_days: int
) -> None:
    """PostgreSQL reads text hits a window of contact times at a time (``_pg_text_hits``):
    notes from an hour to forty years old, a common word and a rare one, the same pages
    as one newest-first list, whatever the first window."""
    monkeypatch.setattr(search, "PG_FIRST_WINDOW", dt.timedelta(days=first_window_days))
    cid = new_client(agency, agency.wendy)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    ages = [0.04, 0.5, 2, 3, 9, 40, 41, 200, 900, 3000, 14600]
    made = [
        submitted_note(
            agency,
            agency.wendy,
            cid,
            summary=f"osprey {'wren' if i in (1, 8, 10) else ''} {i}",
            contact_at=now - dt.timedelta(days=age),
        )
        for i, age in enumerate(ages)
    ]
    newest_first = [n.id for n in made]  # the ages go up
    assert _pages(agency, agency.wendy, "osprey") == newest_first
    assert _pages(agency, agency.sam, "ospr", client_id=cid) == newest_first
    assert _pages(agency, agency.wendy, "wren") == [made[1].id, made[8].id, made[10].id]
    for limit in (1, 3, 5):
        page = notes.search_notes(agency.db, agency.wendy, "osprey", 0, limit)
        assert [r.id for r in page] == newest_first[:limit]
    # A page far past the last: the next window's reach is beyond any date, not an error.
    assert notes.search_notes(agency.db, agency.wendy, "wren", 10**8, 5) == []
