"""The ranking's fast path for ASCII text finds exactly what the word-by-word path finds.

``find_notes`` ranks and marks up to 200 notes a search, so ASCII text (most of
it) is searched with regular expressions rather than word by word. Both must see
the same words: the same fields matched, counts, phrases and marked spans.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from pswdesk.services.notes import search

# Letters, digits, underscores, control characters and the punctuation that splits
# words, with a few repeated words so that matches, prefixes and phrases are common.
WORDS = ["and", "an", "andrew", "sleep", "sleeping", "x_y", "a1", "9", "visit", "hospital"]
TEXT = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.text(alphabet=string.printable, max_size=6),
        st.sampled_from([" ", "_", "-", "'", ".", "\t", "  ", "\x00", "\x1f", "\x7f", "\r\n"]),
    ),
    max_size=40,
).map("".join)
QUERY = st.lists(
    st.one_of(st.sampled_from([*WORDS, "hou", "AND", "Sleep"]), st.text(string.printable)),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(body=TEXT, query=QUERY)
def test_patterns_and_words_agree_on_ascii_text(body: str, query: str) -> None:
    terms = search._query_terms(query)
    flat = search._flat(body)
    assert flat.isascii()
    fast = search._field_match(flat, terms)
    assert fast == search._field_match_by_word(search._tokens(flat), terms)
    assert search._field_match(body, terms) == fast  # ``_rank`` matches ASCII unflattened
    assert search._match_spans(flat, terms) == search._match_spans_by_word(flat, terms)


def test_a_prefix_marks_the_whole_word_and_an_underscore_splits_words() -> None:
    terms = search._query_terms("slee")
    flat = "Sleeping_badly; asleep. SLEEP"
    assert search._match_spans(flat, terms) == [(0, 8), (24, 29)]
    match = search._field_match(flat, search._query_terms("badly sleep"))
    assert (match.words, match.occurrences, match.phrase) == (frozenset({0, 1}), 3, False)
    assert search._field_match("badly sleeping", search._query_terms("badly sle")).phrase
