"""`pswdesk search TEXT [--client CLIENT] --user NAME`: find notes by their words.

One line per note, best match first: id, contact date, client, snippet (the
matching words in [brackets]), two spaces apart. Nothing found prints nothing
and exits 0, so scripts can test the output. The search is the app's
(``notes.find_notes``): the same notes, ranking and rules of who sees what.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pswdesk.cli.common import acting_user, as_user, client_id, say
from pswdesk.services import notes
from pswdesk.services.notes.search import snippet_parts

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers

#: As many as one search ranks (``search.MAX_CANDIDATES``).
LIMIT = 200


def terminal_snippet(snippet: str) -> str:
    """The snippet for a terminal: matching words in [brackets]."""
    return "".join(f"[{text}]" if marked else text for text, marked in snippet_parts(snippet))


def cmd_search(args: argparse.Namespace) -> int:
    with as_user(args) as (db, actor):
        cid = client_id(db, actor, args.client) if args.client else None
        hits = notes.find_notes(db, actor, args.text, client_id=cid, limit=LIMIT)
    for hit in hits:
        row = hit.note
        date = row.contact_at.date().isoformat()
        say(f"{row.id}  {date}  {row.client_name}  {terminal_snippet(hit.snippet)}")
    return 0


def register(sub: Subparsers) -> None:
    p = sub.add_parser(
        "search",
        help="find notes by their words (summary, steps 1-7, addenda)",
        description=(
            "Prints id, contact date, client and a snippet per matching note, best match "
            "first; nothing when nothing matches. Every word must occur; the last may be "
            "the start of a word."
        ),
    )
    p.add_argument("text", metavar="TEXT", help="the words to look for")
    p.add_argument("--client", metavar="CLIENT", help="only this client's notes (id or name)")
    acting_user(p)
    p.set_defaults(handler=cmd_search)
