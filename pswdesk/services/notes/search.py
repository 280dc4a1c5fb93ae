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

import contextlib
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
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
from pswdesk.services.id_lists import ids_in
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


@dataclass(frozen=True, slots=True)
class _Scope:
    """The notes the actor may see (and of that client), as SQL and as what it is made of."""

    #: A WHERE clause on notes alone.
    where: ColumnElement[bool]
    #: The actor's own unfinished notes (of that client), one arm of ``where``.
    own: ColumnElement[bool]
    #: The ids of the clients whose notes the actor sees, or None for every client.
    clients: list[int] | None
    client_id: int | None


def _scope(db: Database, s: Session, actor: Actor, client_id: int | None) -> _Scope:
    """The notes the actor may see: submitted, returned and signed notes of visible
    clients, and their own unfinished ones."""
    me = load_user(s, actor, WORKER, SUPERVISOR)
    if client_id is not None:
        client_for(s, me, client_id)  # an unseen client is refused as a missing one
    visible = visible_client_filter(s, me)
    ids: list[int] | None = None
    if not sees_every_client(s, me):
        # The visible clients as a list of ids, not a correlated EXISTS: PostgreSQL
        # can then estimate how few notes they hold and combine the client index
        # with the word index, instead of walking every note newest first. On SQLite
        # "+ 0" keeps the client index from driving a lookup of hits by id.
        ids = list(s.scalars(select(Client.id).where(visible)))
        client = Note.client_id + literal_column("0") if db.is_sqlite else Note.client_id
        visible = ids_in(client, ids)
    own = and_(Note.author_id == me.id, Note.status.in_(EDITABLE_STATUSES))
    shared = _shared(visible)
    if client_id is not None:
        own, shared = (
            and_(own, Note.client_id == client_id),
            and_(shared, Note.client_id == client_id),
        )
    return _Scope(or_(own, shared), own, ids, client_id)


def _shared(visible: ColumnElement[bool]) -> ColumnElement[bool]:
    """The notes of the visible clients that anyone who sees those clients may see."""
    return and_(Note.status != NoteStatus.DRAFT, visible)


def _newest_matching(
    db: Database, s: Session, actor: Actor, query: str, client_id: int | None, want: int
) -> list[NoteRow]:
    """The newest ``want`` notes matching ``query`` that the actor may see, newest first."""
    if db.is_sqlite:
        match = fulltext.sqlite_match(query)
        if match is None:
            return []
        scope = _scope(db, s, actor, client_id)
        keys = _sqlite_text_hits(s, scope, match, want)
        return _newest_of_keys(s, keys | _sqlite_addenda_hits(s, scope, match, want), want)
    clauses = _pg_match(query)
    if clauses is None:
        return []
    in_text, in_addenda = clauses
    scope = _scope(db, s, actor, client_id)
    newest_first = (Note.contact_at.desc(), Note.id.desc())
    hits = select(Note.id, Note.contact_at).where(scope.where).order_by(*newest_first)
    # Addenda are few: their own index drives, over all time.
    found: dict[int, Any] = {r[0]: r[1] for r in s.execute(hits.where(in_addenda).limit(want))}
    found.update(_pg_text_hits(s, hits.where(in_text), want))
    return _in_contact_order(s, sorted(found, key=lambda i: (found[i], i), reverse=True)[:want])


#: PostgreSQL's first look for a search's text hits covers this much of the newest
#: contacts; each later one reaches back as far as the hits so far say holds the rest.
PG_FIRST_WINDOW = dt.timedelta(days=30)
#: A window reaching back further than this is made the whole past.
PG_LONGEST_WINDOW = dt.timedelta(days=20 * 366)


def _pg_text_hits(s: Session, hits: Select[*tuple[Any, ...]], want: int) -> list[tuple[int, Any]]:
    """The newest ``want`` (id, contact time) of ``hits``, read a window of contact
    times at a time, newest first.

    The word index answers a common word (or the prefix of many) with a list of a
    tenth of the agency's notes, some 150 ms at a million, however few the visible
    clients. Within a window of recent contacts the planner sees that the scope's
    notes there are fewer, and checks those instead; a rare word, few hits in the
    first window, widens the next to the whole past, where the word index is cheap.
    """
    now = dt.datetime.now(dt.UTC)
    found: list[tuple[int, Any]] = []
    newer_than: dt.datetime | None = None
    reach: dt.timedelta | None = PG_FIRST_WINDOW
    while True:
        since = now - reach if reach is not None else None
        window = hits
        if newer_than is not None:
            window = window.where(Note.contact_at < newer_than)
        if since is not None:
            window = window.where(Note.contact_at >= since)
        found += [(r[0], r[1]) for r in s.execute(window.limit(want - len(found)))]
        if len(found) >= want or reach is None:
            return found
        # Reach back far enough to hold the rest, if hits keep coming as they did
        # (in seconds: a far page's reach would not fit a timedelta).
        wider = reach.total_seconds() * 1.5 * want / len(found) if found else None
        longest = PG_LONGEST_WINDOW.total_seconds()
        newer_than = since
        reach = dt.timedelta(seconds=wider) if wider is not None and wider < longest else None


def _in_contact_order(s: Session, ids: list[int]) -> list[NoteRow]:
    """The rows of these notes, newest contact first."""
    found = rows(s, row_query().where(ids_in(Note.id, ids)))
    found.sort(key=lambda r: (r.contact_at, r.id), reverse=True)
    return found


# -- SQLite: the index's hits in contact order (migration 0022) -----------------------------

#: Reading a scope's notes whole as index keys (from a covering index, as whole
#: numbers) costs about this many times less per note than looking up one of the
#: word's hits by id. Measured on the benchmark's sets: a team of 13 % of the
#: clients of 100,000 notes searched in 63 ms read whole, 138 ms by lookups.
SQLITE_KEY_READ_SAVING = 20
#: The word's hits are fetched from the index this many at a time.
SQLITE_HIT_BATCH = 2000

#: A note's index key, as a column of a query on notes.
_SEARCH_KEY: ColumnElement[int] = literal_column(fulltext.sqlite_key(Note.__tablename__))

_NEWEST_KEYS = (
    f"SELECT rowid FROM {fulltext.SQLITE_TABLE} WHERE {fulltext.SQLITE_TABLE} MATCH ?"
    " ORDER BY rowid DESC"
)


def _small_scope(s: Session, scope: _Scope, want: int) -> set[int] | None:
    """The index keys of every note of a small scope; None for a large one.

    Read from indexes alone (the client's notes by contact time, the author's by
    status), and only as whole numbers, so a worker's few thousand notes cost
    milliseconds. A scope holding a share of the agency's clients holds about that
    share of its notes, and a read by lookups finds ``want`` of them among about
    ``want / share`` hits: the scope is small when reading it whole is the cheaper.
    """
    if scope.client_id is None:
        if scope.clients is None:
            return None
        every = s.scalar(select(func.count()).select_from(Client)) or 1
        share = len(scope.clients) / every
        notes = s.scalar(select(func.max(Note.id))) or 0  # about how many, from the key
        if share * notes > SQLITE_KEY_READ_SAVING * want / max(share, 1 / every):
            return None
    clients = [scope.client_id] if scope.client_id is not None else scope.clients or []
    # The client ids as they are, so that the client index drives this read.
    shared = _shared(Note.client_id.in_(clients))
    return _keys_of(s, select(_SEARCH_KEY).where(shared)) | _keys_of(
        s, select(_SEARCH_KEY).where(scope.own)
    )


@contextlib.contextmanager
def _driver_cursor(s: Session) -> Iterator[Any]:
    """A cursor of the session's own connection, for reading index keys in bulk.

    Thousands of keys cost more through SQLAlchemy's result objects than in SQLite;
    they are plain integers, which need no conversion.
    """
    cursor = s.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        yield cursor
    finally:
        cursor.close()


def _keys_of(s: Session, stmt: Select[Any]) -> set[int]:
    """The first column of a query's rows (its values are ids and statuses, never typed)."""
    sql = str(stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
    with _driver_cursor(s) as cursor:
        return {row[0] for row in cursor.execute(sql)}


def _newest_of_keys(s: Session, keys: set[int], want: int) -> list[NoteRow]:
    """The rows of the newest ``want`` notes of these index keys, newest contact first.

    Keys order notes by contact second, then id; the rows' own contact times order
    the notes of the last second taken (microseconds), so only those are read beyond
    ``want``.
    """
    ordered = sorted(keys, reverse=True)
    if len(ordered) > want:
        last_second = fulltext.key_second(ordered[want - 1])
        ordered = [k for k in ordered if k >= last_second]
    return _in_contact_order(s, [fulltext.note_id_of(k) for k in ordered])[:want]


def _sqlite_text_hits(s: Session, scope: _Scope, match: str, want: int) -> set[int]:
    """The index keys of at least the newest ``want`` notes in scope whose text matches.

    One read of the index, newest contact first (one statement: a prefix's list of
    hits is merged once), a batch of hits at a time. Each batch is matched against
    a small scope's keys, or else against the scope in SQL by id (a large scope
    holds most hits). The read stops once the page is full and a whole contact
    second past it has been read (the order within a second is the microsecond's),
    or past the oldest note of a small scope.
    """
    small = _small_scope(s, scope, want)
    if small is not None and not small:
        return set()
    oldest = min(small) if small else None
    in_scope = select(_SEARCH_KEY).where(scope.where)
    found: set[int] = set()
    stop_below: int | None = None
    with _driver_cursor(s) as cursor:
        cursor.execute(_NEWEST_KEYS, (match,))
        batch = min(max(2 * want, 16), SQLITE_HIT_BATCH) if small is None else SQLITE_HIT_BATCH
        while read := [k for (k,) in cursor.fetchmany(batch)]:
            keys = read if stop_below is None else [k for k in read if k >= stop_below]
            if small is not None:
                found.update(small.intersection(keys))
            elif keys:
                ids = [fulltext.note_id_of(k) for k in keys]
                found.update(s.scalars(in_scope.where(ids_in(Note.id, ids))))
                batch = min(2 * batch, SQLITE_HIT_BATCH)
            if stop_below is None and len(found) >= want:
                stop_below = fulltext.key_second(read[-1])
            if stop_below is not None and read[-1] <= stop_below:
                break  # every hit of the page's last contact second is read
            if oldest is not None and read[-1] <= oldest:
                break  # past the small scope's oldest note
    return found


def _sqlite_addenda_hits(s: Session, scope: _Scope, match: str, want: int) -> set[int]:
    """The index keys of the newest ``want`` notes in scope one of whose addenda
    matches: addenda are few, so their hits drive."""
    extra = table(fulltext.SQLITE_ADDENDA_TABLE, column("rowid"))
    extra_hits = select(extra.c.rowid).where(
        literal_column(fulltext.SQLITE_ADDENDA_TABLE).op("MATCH")(match)
    )
    q = (
        select(_SEARCH_KEY)
        .where(
            scope.where,
            Note.id.in_(select(Addendum.note_id).where(Addendum.id.in_(extra_hits))),
        )
        .order_by(Note.contact_at.desc(), Note.id.desc())
        .limit(want)
    )
    return set(s.scalars(q))


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
    ranked = []
    for order, row in enumerate(found):
        fields = texts.get(row.id, [])
        scored = _rank(fields, terms)
        if scored is None:
            continue  # matched only through a fold SQLite does not make (see below)
        rank, best_field = scored
        ranked.append((-rank, order, row, fields, best_field))
    ranked.sort(key=lambda h: (h[0], h[1]))  # found is newest first already
    # Only the page shown needs snippets (the search page shows 50 of the 200 ranked).
    return [
        NoteHit(row, -neg_rank, *_snippet(fields, best_field, terms))
        for neg_rank, _order, row, fields, best_field in ranked[offset : offset + limit]
    ]


def _texts(s: Session, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Each note's searched text as (label, text) pairs: summary, steps 1-7, addenda."""
    out: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
    if not ids:
        return out
    cols = [getattr(Note, c) for c in fulltext.SEARCHED_COLUMNS]
    for row in s.execute(select(Note.id, *cols).where(ids_in(Note.id, ids))):
        out[row[0]] = [
            (FIELD_LABELS[c], value or "")
            for c, value in zip(fulltext.SEARCHED_COLUMNS, row[1:], strict=True)
        ]
    added = select(Addendum.note_id, Addendum.reason, Addendum.text).where(
        ids_in(Addendum.note_id, ids)
    )
    for note_id, reason, body in s.execute(added.order_by(Addendum.id)):
        out[note_id].append((ADDENDUM_LABEL, f"{reason} {body}"))
    return out


# -- ranking and snippets (the same on both backends) --------------------------------------

_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """A word as SQLite's index compares it: without accents, in lower case.

    PostgreSQL's ``unaccent`` also unfolds ``ß``, ``æ``, ``ł``, ``ø`` and Greek and
    Cyrillic accents, which SQLite keeps; a note it found only that way has no
    word matching here and is left out, so both backends show the same notes.
    (``lower``, not ``casefold``, which would make ``ß`` into ``ss`` too.)
    """
    if word.isascii():
        return word.lower()  # NFKD and NFC leave ASCII as it is, and it has no accents
    decomposed = unicodedata.normalize("NFKD", word)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ).lower()


@dataclass(frozen=True, slots=True)
class _Terms:
    words: tuple[str, ...]  # folded, in the order typed
    prefix: bool  # the last word is still being typed
    #: For ASCII text, found by the regular-expression engine rather than word by word
    #: (the same matches: a whole word, the last one's prefix reaching to its word's end):
    #: each word, any of them, and all of them in order as a phrase.
    each: tuple[re.Pattern[str], ...]
    any: re.Pattern[str]
    phrase: re.Pattern[str] | None


# Word edges: the text is searched with its underscores made spaces (``_lowered``),
# so that ``\b`` falls where ``_WORD`` splits.
_START, _END, _GAP = r"\b", r"\b", r"\W+"


def _query_terms(query: str) -> _Terms:
    pieces, prefix = fulltext.query_pieces(query)
    words = [
        _fold(w)
        for p in pieces
        for w in _WORD.findall(unicodedata.normalize("NFC", p.translate(fulltext.UNPUNCTUATE)))
    ]
    last = len(words) - 1
    bodies = [
        re.escape(w) + (r"\w*" if prefix and i == last else _END) for i, w in enumerate(words)
    ]
    return _Terms(
        tuple(words),
        prefix,
        tuple(re.compile(_START + b) for b in bodies),
        re.compile(_START + "(?:" + "|".join(bodies or ["(?!)"]) + ")"),
        re.compile(_START + _GAP.join(bodies)) if len(words) > 1 else None,
    )


def _matches(token: str, word: str, prefix: bool) -> bool:
    return token == word or (prefix and token.startswith(word))


@dataclass(frozen=True, slots=True)
class _FieldMatch:
    """How one field of a note matched: which typed words, how often, and as a phrase."""

    words: frozenset[int]  # indexes in ``_Terms.words``
    occurrences: int
    phrase: bool


def _field_match(flat: str, terms: _Terms) -> _FieldMatch:
    """The typed words in one field: by pattern for ASCII text, else word by word."""
    if flat.isascii():
        lowered = _lowered(flat)
        counts = [len(p.findall(lowered)) for p in terms.each]
        phrase = terms.phrase is not None and any(counts) and bool(terms.phrase.search(lowered))
        return _FieldMatch(frozenset(i for i, n in enumerate(counts) if n), sum(counts), phrase)
    return _field_match_by_word(_tokens(flat), terms)


def _field_match_by_word(tokens: list[str], terms: _Terms) -> _FieldMatch:
    last = len(terms.words) - 1
    exact = set(terms.words)
    typing = terms.words[last] if terms.prefix and terms.words else None
    seen: set[int] = set()
    occurrences = 0
    for t in tokens:
        if t not in exact and (typing is None or not t.startswith(typing)):
            continue  # most words of a note are none of those typed
        for i, w in enumerate(terms.words):
            if _matches(t, w, terms.prefix and i == last):
                seen.add(i)
                occurrences += 1
    phrase = bool(seen) and len(terms.words) > 1 and _has_phrase(tokens, terms)
    return _FieldMatch(frozenset(seen), occurrences, phrase)


def _rank(fields: list[tuple[str, str]], terms: _Terms) -> tuple[int, int | None] | None:
    """(rank, the field its snippet comes from) of one note's text against the typed words.

    None when some typed word occurs nowhere in it as SQLite reads words. The field
    is the one with the phrase, else with most of the words, else the first such;
    None when no field has any (no words were typed).
    """
    best: tuple[int, int, int] | None = None  # (phrase, distinct words, -field order)
    best_field: int | None = None
    occurrences = 0
    in_summary = False
    phrase_anywhere = False
    found_words: set[int] = set()
    for index, (_label, body) in enumerate(fields):
        if not body:
            continue
        # ASCII text is matched as it is: its control characters and runs of spaces
        # part words just as in its flat form, which only the snippet needs.
        match = _field_match(body if body.isascii() else _flat(body), terms)
        occurrences += match.occurrences
        if not match.words:
            continue
        found_words |= match.words
        phrase_anywhere = phrase_anywhere or match.phrase
        in_summary = in_summary or index == 0
        key = (int(match.phrase), len(match.words), -index)
        if best is None or key > best:
            best, best_field = key, index
    if terms.words and len(found_words) < len(terms.words):
        return None
    return 10 * int(phrase_anywhere) + 3 * int(in_summary) + min(occurrences, 5), best_field


def _snippet(
    fields: list[tuple[str, str]], best_field: int | None, terms: _Terms
) -> tuple[str, str]:
    """(snippet, label) of a ranked note: its best field marked, else its summary plain."""
    if best_field is None:
        label, body = fields[0] if fields else ("Summary", "")
        return _plain_snippet(body), label
    label, body = fields[best_field]
    return _marked_snippet(_flat(body), terms), label


def _lowered(flat: str) -> str:
    """ASCII text as the ``_Terms`` patterns search it: folded (ASCII folds a letter at
    a time), underscores as spaces; each character where it was."""
    return flat.lower().replace("_", " ")


def _tokens(flat: str) -> list[str]:
    """The words of a text, each folded as ``_fold`` folds it."""
    if flat.isascii():
        return _WORD.findall(flat.lower())  # ASCII folds a letter at a time
    return [_fold(w) for w in _WORD.findall(flat)]


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
    safe = fulltext.clean_query(body, len(body))
    return " ".join((safe if safe.isascii() else unicodedata.normalize("NFC", safe)).split())


def _plain_snippet(body: str) -> str:
    flat = _flat(body)
    return flat if len(flat) <= SNIPPET_CHARS else flat[:SNIPPET_CHARS].rstrip() + " …"


def _match_spans(flat: str, terms: _Terms) -> list[tuple[int, int]]:
    """Where the typed words are in the text: by pattern for ASCII text, else word by word."""
    if flat.isascii():
        return [m.span() for m in terms.any.finditer(_lowered(flat))]
    return _match_spans_by_word(flat, terms)


def _match_spans_by_word(flat: str, terms: _Terms) -> list[tuple[int, int]]:
    last = len(terms.words) - 1
    return [
        m.span()
        for m in _WORD.finditer(flat)
        if any(
            _matches(_fold(m.group()), w, terms.prefix and i == last)
            for i, w in enumerate(terms.words)
        )
    ]


def _marked_snippet(flat: str, terms: _Terms) -> str:
    """About SNIPPET_CHARS characters around the first match, each match marked."""
    spans = _match_spans(flat, terms)
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
