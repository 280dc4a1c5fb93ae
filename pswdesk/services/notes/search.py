"""Full-text search over notes, through the database's own index (``pswdesk.fulltext``).

``search_notes`` lists the notes that match, newest contact first (a page at a
time, cheap however many match). ``find_notes`` is what a person searching
sees: the matching notes ranked (``NoteHit.rank``), newest first among equals,
each with a short snippet whose matching words are marked. Both cover the
summary, steps 1-7 and the note's addenda, never step 8, of every note the
actor may see: submitted, returned and approved notes of visible clients and the
actor's own drafts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from pswdesk import fulltext
from pswdesk.db import Database
from pswdesk.models import Addendum, Client, Note
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    sees_every_client,
    visible_client_filter,
)
from pswdesk.services.notes.queries import NoteRow, row_query, rows
from pswdesk.vocabulary import EDITABLE_STATUSES, NoteStatus

#: The snippet's matching words stand between these two (control characters,
#: which ``fulltext.clean_query`` removes from the text, so they never occur in it).
MARK_START, MARK_END = "\x02", "\x03"
#: ``find_notes`` ranks this many of the newest matches: enough for anything a
#: person reads through, and a common word cannot make it read every note.
MAX_CANDIDATES = 200
SNIPPET_CHARS = 160
_CONTEXT_BEFORE = 50

#: Where a snippet came from, as the reader knows the parts of a note.
FIELD_LABELS: dict[str, str] = {
    "summary": "Summary",
    "s1_expressed": "Step 1",
    "s1_validation": "Step 1",
    "s2_questions": "Step 2",
    "s2_insights": "Step 2",
    "s3_text": "Step 3",
    "s4_text": "Step 4",
    "s5_text": "Step 5",
    "s6_text": "Step 6",
    "s6_care_team": "Step 6",
    "s7_text": "Step 7",
}
ADDENDUM_LABEL = "Addendum"


@dataclass(frozen=True, slots=True)
class NoteHit:
    """One search result: the note's row, its rank, and where and how it matched."""

    note: NoteRow
    rank: int
    snippet: str  # plain text; matching words between MARK_START and MARK_END
    found_in: str  # "Summary", "Step 3", "Addendum" ...


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as (text, is_a_match) pieces, for a GUI or a terminal to show."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts


# -- the database's part: which notes match ------------------------------------------------


def _text_match(s: Session, query: str) -> list[ColumnElement[bool]] | None:
    """WHERE clauses for notes whose text or one of whose addenda matches (see
    ``fulltext``): a note matches when any of them holds, each run as a query of its own."""
    if s.get_bind().dialect.name == "sqlite":
        match = fulltext.sqlite_match(query)
        if match is None:
            return None
        fts = table(fulltext.SQLITE_TABLE, column("rowid"))
        hits = select(fts.c.rowid).where(literal_column(fulltext.SQLITE_TABLE).op("MATCH")(match))
        extra = table(fulltext.SQLITE_ADDENDA_TABLE, column("rowid"))
        extra_hits = select(extra.c.rowid).where(
            literal_column(fulltext.SQLITE_ADDENDA_TABLE).op("MATCH")(match)
        )
        # "+ 0" keeps SQLite from driving the query by the hits (fetch every matching
        # note, then sort them all); it walks notes newest first instead, checks each
        # id against the hits and stops at the page. Common words would otherwise cost
        # a read of every note they occur in.
        walked = Note.id + literal_column("0")
        return [
            or_(
                walked.in_(hits),
                walked.in_(select(Addendum.note_id).where(Addendum.id.in_(extra_hits))),
            )
        ]
    text = fulltext.pg_tsquery(query, unpunctuate=True)
    if text is None:
        return None
    # Accents are folded on the server, as in the documents (migration 0012).
    tsquery = func.to_tsquery(
        literal_column("'simple'::regconfig"),
        func.pswdesk_unaccent(bindparam("note_search_query", text)),
    )
    document: ColumnElement[Any] = literal_column(f"{Note.__tablename__}.{fulltext.PG_COLUMN}")
    in_addenda: ColumnElement[Any] = literal_column(
        f"{Addendum.__tablename__}.{fulltext.PG_COLUMN}"
    )
    # Two queries, not one OR: the planner cannot use the word index for "this note's
    # text OR one of its addenda", so a rare word walked every note newest first. Apart,
    # the note's own text is the plain predicate whose selectivity the planner knows
    # (the index for a rare word, the newest-first walk for a common one).
    return [
        document.op("@@")(tsquery),
        Note.id.in_(select(Addendum.note_id).where(in_addenda.op("@@")(tsquery))),
    ]


def _matching(
    db: Database, s: Session, actor: Actor, query: str, client_id: int | None
) -> list[Any] | None:
    """``row_query``s of the matching notes the actor may see, newest first (``_newest``
    merges them); None for none."""
    me = load_user(s, actor, WORKER, SUPERVISOR)
    if client_id is not None:
        client_for(s, me, client_id)  # an unseen client is refused as a missing one
    match = _text_match(s, query)
    if match is None:
        return None
    visible = visible_client_filter(s, me)
    if not sees_every_client(s, me):
        # The visible clients as a list of ids, not a correlated EXISTS: PostgreSQL
        # can then estimate how few notes they hold and combine the client index
        # with the word index, instead of walking every note newest first. SQLite
        # keeps walking newest first ("+ 0", as in _text_match): sorting all of a
        # caseload's notes would cost more than it saves.
        ids = list(s.scalars(select(Client.id).where(visible)))
        client = Note.client_id + literal_column("0") if db.is_sqlite else Note.client_id
        visible = client.in_(ids)
    q = row_query().where(
        or_(
            and_(Note.author_id == me.id, Note.status.in_(EDITABLE_STATUSES)),
            and_(Note.status != NoteStatus.DRAFT, visible),
        )
    )
    if client_id is not None:
        q = q.where(Note.client_id == client_id)
    return [q.where(m).order_by(Note.contact_at.desc(), Note.id.desc()) for m in match]


def _newest(s: Session, queries: list[Any], offset: int, limit: int) -> list[NoteRow]:
    """The page of ``queries``' notes taken together, newest contact first."""
    if len(queries) == 1:
        return rows(s, queries[0].offset(offset).limit(limit))
    found: dict[int, NoteRow] = {}
    for q in queries:
        found.update((r.id, r) for r in rows(s, q.limit(offset + limit)))
    ordered = sorted(found.values(), key=lambda r: (r.contact_at, r.id), reverse=True)
    return ordered[offset : offset + limit]


def search_notes(
    db: Database,
    actor: Actor,
    query: str,
    offset: int = 0,
    limit: int = 50,
    client_id: int | None = None,
) -> list[NoteRow]:
    """Notes whose summary, step 1-7 text or addenda have the words typed, newest contact first.

    Word search through the database's full-text index (``pswdesk.fulltext``):
    every word must occur, in any order; the word still being typed matches as a
    prefix. Step 8 is not indexed, so a match cannot reveal it. Whatever is typed
    is searched as text, never run as query syntax. ``client_id``: that client's
    notes only.
    """
    with db.read() as s:
        queries = _matching(db, s, actor, query, client_id)
        if queries is None:
            return []
        return _newest(s, queries, offset, limit)


def find_notes(
    db: Database,
    actor: Actor,
    query: str,
    client_id: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[NoteHit]:
    """The notes matching ``query``, ranked, each with a marked snippet.

    Rank: the words found in the order typed (as a phrase) first, then a match in
    the summary, then how often the words occur (counted up to five); newest
    contact first among equals. The newest ``MAX_CANDIDATES`` matches are ranked.
    The same ranking and snippet on SQLite and PostgreSQL: both are worked out
    here from the note's text, not by either database.
    """
    with db.read() as s:
        queries = _matching(db, s, actor, query, client_id)
        if queries is None:
            return []
        found = _newest(s, queries, 0, MAX_CANDIDATES)
        texts = _texts(s, [r.id for r in found])
    terms = _query_terms(query)
    hits = []
    for order, row in enumerate(found):
        scored = _score(texts.get(row.id, []), terms)
        if scored is None:
            continue  # matched only through a fold SQLite does not make (see below)
        rank, snippet, where = scored
        hits.append((-rank, order, NoteHit(row, rank, snippet, where)))
    hits.sort(key=lambda h: (h[0], h[1]))  # found is newest first already
    return [h[2] for h in hits[offset : offset + limit]]


def _texts(s: Session, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Each note's searched text as (label, text) pairs: summary, steps 1-7, addenda."""
    out: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    if not ids:
        return out
    cols = [getattr(Note, c) for c in fulltext.SEARCHED_COLUMNS]
    for row in s.execute(select(Note.id, *cols).where(Note.id.in_(ids))):
        out[row[0]] = [
            (FIELD_LABELS[c], value or "")
            for c, value in zip(fulltext.SEARCHED_COLUMNS, row[1:], strict=True)
        ]
    added = select(Addendum.note_id, Addendum.reason, Addendum.text).where(
        Addendum.note_id.in_(ids)
    )
    for note_id, reason, body in s.execute(added.order_by(Addendum.id)):
        out[note_id].append((ADDENDUM_LABEL, f"{reason} {body}"))
    return out


# -- ranking and snippets (the same on both backends) --------------------------------------

_WORD = re.compile(r"[^\W_]+")


def _fold(word: str) -> str:
    """A word as SQLite's index compares it: without accents, in lower case.

    PostgreSQL's ``unaccent`` also unfolds ``ß``, ``æ``, ``ł``, ``ø`` and Greek and
    Cyrillic accents, which SQLite keeps; a note it found only that way has no
    word matching here and is left out, so both backends show the same notes.
    (``lower``, not ``casefold``, which would make ``ß`` into ``ss`` too.)
    """
    decomposed = unicodedata.normalize("NFKD", word)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ).lower()


@dataclass(frozen=True, slots=True)
class _Terms:
    words: tuple[str, ...]  # folded, in the order typed
    prefix: bool  # the last word is still being typed


def _query_terms(query: str) -> _Terms:
    pieces, prefix = fulltext.query_pieces(query)
    words = [
        _fold(w)
        for p in pieces
        for w in _WORD.findall(unicodedata.normalize("NFC", p.translate(fulltext.UNPUNCTUATE)))
    ]
    return _Terms(tuple(words), prefix)


def _matches(token: str, word: str, prefix: bool) -> bool:
    return token == word or (prefix and token.startswith(word))


def _score(fields: list[tuple[str, str]], terms: _Terms) -> tuple[int, str, str] | None:
    """(rank, snippet, label) of one note's text against the typed words.

    None when some typed word occurs nowhere in it as SQLite reads words.
    """
    best: tuple[int, int, int] | None = None  # (phrase, distinct words, -field order)
    best_field = 0
    occurrences = 0
    in_summary = False
    phrase_anywhere = False
    last = len(terms.words) - 1
    found_words: set[int] = set()
    for index, (_label, body) in enumerate(fields):
        tokens = [_fold(m.group()) for m in _WORD.finditer(_flat(body))]
        seen: set[int] = set()
        for t in tokens:
            for i, w in enumerate(terms.words):
                if _matches(t, w, terms.prefix and i == last):
                    seen.add(i)
                    occurrences += 1
        if not seen:
            continue
        found_words |= seen
        phrase = len(terms.words) > 1 and _has_phrase(tokens, terms)
        phrase_anywhere = phrase_anywhere or phrase
        in_summary = in_summary or index == 0
        key = (int(phrase), len(seen), -index)
        if best is None or key > best:
            best, best_field = key, index
    if terms.words and len(found_words) < len(terms.words):
        return None
    rank = 10 * int(phrase_anywhere) + 3 * int(in_summary) + min(occurrences, 5)
    if best is None or not fields:
        label, body = fields[0] if fields else ("Summary", "")
        return rank, _plain_snippet(body), label
    label, body = fields[best_field]
    return rank, _marked_snippet(_flat(body), terms), label


def _has_phrase(tokens: list[str], terms: _Terms) -> bool:
    n, last = len(terms.words), len(terms.words) - 1
    for start in range(len(tokens) - n + 1):
        if all(
            _matches(tokens[start + i], w, terms.prefix and i == last)
            for i, w in enumerate(terms.words)
        ):
            return True
    return False


def _flat(body: str) -> str:
    """One line of plain text: control characters gone, runs of spaces as one."""
    return " ".join(unicodedata.normalize("NFC", fulltext.clean_query(body, len(body))).split())


def _plain_snippet(body: str) -> str:
    flat = _flat(body)
    return flat if len(flat) <= SNIPPET_CHARS else flat[:SNIPPET_CHARS].rstrip() + " …"


def _marked_snippet(flat: str, terms: _Terms) -> str:
    """About SNIPPET_CHARS characters around the first match, each match marked."""
    last = len(terms.words) - 1
    spans = [
        (m.start(), m.end())
        for m in _WORD.finditer(flat)
        if any(
            _matches(_fold(m.group()), w, terms.prefix and i == last)
            for i, w in enumerate(terms.words)
        )
    ]
    first = spans[0][0] if spans else 0
    start = max(0, first - _CONTEXT_BEFORE)
    if start > 0:
        space = flat.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and first - space < _CONTEXT_BEFORE * 2 else start
    end = min(len(flat), start + SNIPPET_CHARS)
    if end < len(flat):
        space = flat.rfind(" ", start, end)
        end = space if space > first else end
    out = ["… "] if start > 0 else []
    at = start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        out += [flat[at:a], MARK_START, flat[a:b], MARK_END]
        at = b
    out.append(flat[at:end])
    if end < len(flat):
        out.append(" …")
    return "".join(out)
