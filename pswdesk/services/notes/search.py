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
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
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


def _pg_match(query: str) -> list[ColumnElement[bool]] | None:
    """PostgreSQL's WHERE clauses for notes whose text or one of whose addenda matches
    (see ``fulltext``): a note matches when either holds, each run as a query of its own."""
    typed = fulltext.pg_tsquery(query, unpunctuate=True)
    if typed is None:
        return None
    # Accents are folded on the server, as in the documents (migration 0012).
    tsquery = func.to_tsquery(
        literal_column("'simple'::regconfig"),
        func.pswdesk_unaccent(bindparam("note_search_query", typed)),
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


def _scope(db: Database, s: Session, actor: Actor, client_id: int | None) -> ColumnElement[bool]:
    """A WHERE clause on notes alone for the notes the actor may see (and of that client)."""
    me = load_user(s, actor, WORKER, SUPERVISOR)
    if client_id is not None:
        client_for(s, me, client_id)  # an unseen client is refused as a missing one
    visible = visible_client_filter(s, me)
    if not sees_every_client(s, me):
        # The visible clients as a list of ids, not a correlated EXISTS: PostgreSQL
        # can then estimate how few notes they hold and combine the client index
        # with the word index, instead of walking every note newest first. On SQLite
        # "+ 0" keeps the client index from driving a lookup of hits by id.
        ids = list(s.scalars(select(Client.id).where(visible)))
        client = Note.client_id + literal_column("0") if db.is_sqlite else Note.client_id
        visible = client.in_(ids)
    scope = or_(
        and_(Note.author_id == me.id, Note.status.in_(EDITABLE_STATUSES)),
        and_(Note.status != NoteStatus.DRAFT, visible),
    )
    return and_(scope, Note.client_id == client_id) if client_id is not None else scope


def _newest_matching(
    db: Database, s: Session, actor: Actor, query: str, client_id: int | None, want: int
) -> list[NoteRow]:
    """The newest ``want`` notes matching ``query`` that the actor may see, newest first."""
    if db.is_sqlite:
        match = fulltext.sqlite_match(query)
        if match is None:
            return []
        scope = _scope(db, s, actor, client_id)
        found = _sqlite_text_hits(s, scope, match, want, narrow=client_id is not None)
        found.update(_sqlite_addenda_hits(s, scope, match, want))
        newest = sorted(found, key=lambda i: (found[i], i), reverse=True)[:want]
        by_id = {r.id: r for r in rows(s, row_query().where(Note.id.in_(newest)))}
        return [by_id[i] for i in newest if i in by_id]
    clauses = _pg_match(query)
    if clauses is None:
        return []
    scope = _scope(db, s, actor, client_id)
    newest_first = (Note.contact_at.desc(), Note.id.desc())
    return _newest(
        s, [row_query().where(scope, m).order_by(*newest_first) for m in clauses], 0, want
    )


def _newest(s: Session, queries: list[Any], offset: int, limit: int) -> list[NoteRow]:
    """The page of ``queries``' notes taken together, newest contact first."""
    if len(queries) == 1:
        return rows(s, queries[0].offset(offset).limit(limit))
    found: dict[int, NoteRow] = {}
    for q in queries:
        found.update((r.id, r) for r in rows(s, q.limit(offset + limit)))
    ordered = sorted(found.values(), key=lambda r: (r.contact_at, r.id), reverse=True)
    return ordered[offset : offset + limit]


# -- SQLite: the index's hits in contact order (migration 0022) -----------------------------

#: A word with at most this many hits is looked up hit by hit: each note read once.
SQLITE_FEW_HITS = 2000
#: A common word's hits are read newest first in batches growing to this size...
SQLITE_HIT_BATCH = 8000
#: ... until this many were read without filling the page (the actor sees few of the
#: agency's notes); then the actor's own notes are walked instead.
SQLITE_MAX_HITS_READ = 40000

_KEYS = text(
    f"SELECT rowid FROM {fulltext.SQLITE_TABLE} WHERE {fulltext.SQLITE_TABLE} MATCH :match"
    " AND rowid >= :low AND rowid < :high ORDER BY rowid DESC LIMIT :n"
)
_LOWEST, _BEYOND = -(1 << 62), 1 << 62  # past every key (contact seconds fit in 31 bits)


def _keys(s: Session, match: str, n: int, high: int = _BEYOND, low: int = _LOWEST) -> list[int]:
    """The index keys of the notes the words occur in, newest contact first."""
    found = s.scalars(_KEYS, {"match": match, "low": low, "high": high, "n": n})
    return list(found)


def _seen(s: Session, scope: ColumnElement[bool], keys: list[int]) -> dict[int, Any]:
    """Of the notes with these index keys, those the actor may see: id -> contact time."""
    ids = [fulltext.note_id_of(k) for k in keys]
    out: dict[int, Any] = {}
    for first in range(0, len(ids), SQLITE_HIT_BATCH):
        batch = ids[first : first + SQLITE_HIT_BATCH]
        q = select(Note.id, Note.contact_at).where(Note.id.in_(batch), scope)
        out.update((r[0], r[1]) for r in s.execute(q))
    return out


def _sqlite_text_hits(
    s: Session, scope: ColumnElement[bool], match: str, want: int, *, narrow: bool
) -> dict[int, Any]:
    """At least the newest ``want`` notes in scope whose text matches (id -> contact time).

    A rare word: every hit, looked up by id. A common one: its hits newest first,
    a batch at a time, until the page is full; every hit of the last contact second
    read is read too, so that the order within that second (to the microsecond)
    holds. A narrow scope (one client, or an actor who sees few of the notes a
    common word occurs in): the scope's notes newest first, each looked up in the
    index by its key, which costs a few microseconds a note.
    """
    if not narrow:
        keys = _keys(s, match, SQLITE_FEW_HITS + 1)
        found = _seen(s, scope, keys)
        if len(keys) <= SQLITE_FEW_HITS:
            return found
        read, batch = len(keys), SQLITE_FEW_HITS
        while len(found) < want and read < SQLITE_MAX_HITS_READ:
            batch = min(2 * batch, SQLITE_HIT_BATCH)
            more = _keys(s, match, batch, high=keys[-1])
            if not more:
                return found
            keys, read = more, read + len(more)
            found.update(_seen(s, scope, keys))
            if len(keys) < batch:
                return found  # every hit is read
        if len(found) >= want:
            last = keys[-1]
            same_second = _keys(s, match, _BEYOND, high=last, low=fulltext.key_second(last))
            found.update(_seen(s, scope, same_second))
            return found
    in_index = exists(
        select(literal_column("1"))
        .select_from(table(fulltext.SQLITE_TABLE))
        .where(
            literal_column(fulltext.SQLITE_TABLE).op("MATCH")(match),
            literal_column("rowid") == literal_column(fulltext.sqlite_key(Note.__tablename__)),
        )
    )
    walk = (
        select(Note.id, Note.contact_at)
        .where(scope, in_index)
        .order_by(Note.contact_at.desc(), Note.id.desc())
        .limit(want)
    )
    return {r[0]: r[1] for r in s.execute(walk)}


def _sqlite_addenda_hits(
    s: Session, scope: ColumnElement[bool], match: str, want: int
) -> dict[int, Any]:
    """The newest ``want`` notes in scope one of whose addenda matches: addenda are few,
    so their hits drive."""
    extra = table(fulltext.SQLITE_ADDENDA_TABLE, column("rowid"))
    extra_hits = select(extra.c.rowid).where(
        literal_column(fulltext.SQLITE_ADDENDA_TABLE).op("MATCH")(match)
    )
    q = (
        select(Note.id, Note.contact_at)
        .where(scope, Note.id.in_(select(Addendum.note_id).where(Addendum.id.in_(extra_hits))))
        .order_by(Note.contact_at.desc(), Note.id.desc())
        .limit(want)
    )
    return {r[0]: r[1] for r in s.execute(q)}


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
        return _newest_matching(db, s, actor, query, client_id, offset + limit)[offset:]


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
        found = _newest_matching(db, s, actor, query, client_id, MAX_CANDIDATES)
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
