"""Hostile text goes into a note and comes back out byte for byte.

Markup, quotes, SQL-looking text, control characters, right-to-left and CJK
scripts, Canadian syllabics and 100,000-character pastes must all round-trip
through save_draft/get_note. NUL is the one character refused (PostgreSQL cannot
store it in text), with a message that says so.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pswdesk.errors import ValidationError
from pswdesk.models import Note
from pswdesk.services import notes, review, signing
from pswdesk.services.note_content import TEXT_FIELDS
from pswdesk.services.notes import NoteContent, SelfCareContent
from tests.conftest import Agency
from tests.notes_support import full_content, new_client

NASTY = [
    "<b>Ann & Co</b><script>alert('x')</script>",
    "Robert'); DROP TABLE notes;--",
    "\"double\" 'single' `back` \\ backslash %_ wildcards",
    "\x01\x02\x07\x08\x0b\x0c\x1b[31mred\x1b[0m\x7f",
    "line one\r\nline two\rline three\n",
    "\u202eright-to-left override\u202c and \u200bzero width",
    "مرحبا بالعالم — שלום עולם",
    "漢字かなカナ한국어",
    "ᐊᐃᑦᓯᓐ ᓄᓇᕗᑦ",  # Inuktitut syllabics
    "emoji 🧭🫶🏽 and combining é",
]
HUGE = ("Ünïcödé ✓ " * 10_001)[:100_000]

# Everything except NUL (refused on purpose) and lone surrogates (not text at all).
any_text = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)))
hostile = st.one_of(
    st.sampled_from(NASTY),
    any_text,
    st.lists(st.sampled_from(NASTY), min_size=1, max_size=4).map("".join),
)
# A fragment, repeated to 100,000 characters inside the test (a 100 kB example would
# make Hypothesis print 100 kB when reporting a failure).
fragment = st.one_of(st.just(HUGE[:10]), hostile.filter(bool))


def _huge(part: str) -> str:
    return (part * (100_000 // len(part) + 1))[:100_000]


def _check_round_trip(view: notes.NoteView, sent: NoteContent) -> None:
    for name in TEXT_FIELDS:
        assert getattr(view.content, name) == getattr(sent, name), name
    assert view.content.self_care == sent.self_care
    assert [i["text"] for i in view.content.goal_items] == [i["text"] for i in sent.goal_items]
    assert [i["to_whom"] for i in view.content.referral_items] == [
        i["to_whom"] for i in sent.referral_items
    ]


@settings(
    max_examples=25,
    deadline=None,
    # The agency (argon2 logins) is made once per test; each example writes its own
    # draft into the same database, and no example depends on another's rows.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    summary=hostile,
    part=fragment,
    location=hostile.map(lambda s: s[:200]),
    tag=hostile,
    item=hostile,
    care=hostile,
)
def test_hostile_text_round_trips_on_sqlite(
    sqlite_agency: Agency, summary: str, part: str, location: str, tag: str, item: str, care: str
) -> None:
    agency = sqlite_agency
    big = _huge(part)
    cid = new_client(agency, agency.wendy)
    content = NoteContent(
        summary=summary,
        location=location,
        s1_expressed=big,
        s5_text=item,
        s7_text=care,
        feelings=(tag,),
        goal_items=({"text": item, "why": summary},),
        referral_items=({"to_whom": tag, "reason": care},),
        self_care=SelfCareContent(impact=care, boundaries=big, plan=summary),
    )
    draft = notes.create_draft(agency.db, agency.wendy, cid)
    saved = notes.save_draft(agency.db, agency.wendy, draft.id, content, draft.version)
    _check_round_trip(notes.get_note(agency.db, agency.wendy, saved.id), content)
    assert notes.get_note(agency.db, agency.wendy, saved.id).content.feelings == (
        (tag.strip(),) if tag.strip() else ()
    )
    assert isinstance(notes.search_notes(agency.db, agency.wendy, tag), list)


def _client_name(text: str) -> str:
    """The text as a client's name: one line without control characters (the clients
    service refuses those in a name, and trims it), at most 200 characters."""
    kept = "".join(ch for ch in text[:200] if unicodedata.category(ch) != "Cc")
    return kept.strip() or "Robin"


@pytest.mark.parametrize("text", [*NASTY, HUGE])
def test_hostile_text_survives_submit_and_approval(agency: Agency, text: str) -> None:
    """The fixed cases on both backends, all the way to a signed note."""
    name = _client_name(text)
    cid = new_client(agency, agency.wendy, name=name)
    content = full_content(
        s2_insights=text,
        s4_text=text,
        location=text[:200],
        self_care=SelfCareContent(impact=text),
    )
    draft = notes.create_draft(agency.db, agency.wendy, cid, content)
    sent = notes.submit(agency.db, agency.wendy, draft.id, draft.version)
    signed = review.approve(agency.db, agency.sam, sent.id, sent.version)
    view = notes.get_note(agency.db, agency.sam, signed.id)
    assert view.content.s2_insights == text and view.content.self_care.impact == text
    assert view.client_name == name
    with agency.db.read() as s:
        row = s.get(Note, signed.id)
        assert signing.content_hash(row, row.self_care) == signed.content_hash


@pytest.mark.parametrize(
    ("field", "where"),
    [("summary", "summary"), ("s3_text", "s3_text"), ("impact", "self_care.impact")],
)
def test_nul_is_refused_with_a_clear_message(agency: Agency, field: str, where: str) -> None:
    cid = new_client(agency, agency.wendy)
    draft = notes.create_draft(agency.db, agency.wendy, cid, full_content())
    content = full_content()
    if field == "impact":
        content.self_care = replace(content.self_care, impact="before\x00after")
    else:
        content = replace(content, **{field: "before\x00after"})
    with pytest.raises(ValidationError) as err:
        notes.save_draft(agency.db, agency.wendy, draft.id, content, draft.version)
    assert set(err.value.problems) == {where}
    assert "NUL" in err.value.problems[where]
    with pytest.raises(ValidationError):
        notes.create_draft(agency.db, agency.wendy, cid, content)
    kept = notes.get_note(agency.db, agency.wendy, draft.id)
    assert kept.version == draft.version and "\x00" not in kept.content.summary
    with pytest.raises(ValidationError):
        notes.add_addendum(agency.db, agency.wendy, draft.id, "reason", "a\x00b")
    assert notes.search_notes(agency.db, agency.wendy, "\x00") == []
