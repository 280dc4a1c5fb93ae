"""Which client ids a record has absorbed, for checking signatures made before a merge.

A signed note's hash covers the client id it was signed under. Merging moves the
note to the record kept (``services/merging.py``), so its stored hash then matches
one of the ids merged into its current client, directly or through a chain
(A into B, later B into C: a note first signed under A now sits on C). The
``client_merges`` table, append-only in the database, says which.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.models import ClientMerge, Note, NoteSelfCare
from pswdesk.services.signing import NOTE_CONTENT_FIELDS, content_hash

#: Where a session keeps the merges it read once (``Session.info``).
_CACHE = "pswdesk.merge_history.absorbed"


def absorbed_ids(merges: Mapping[int, int], client_id: int) -> frozenset[int]:
    """Every id merged into ``client_id``, directly or transitively (``merged -> kept``)."""
    into: dict[int, list[int]] = {}
    for merged, kept in merges.items():
        into.setdefault(kept, []).append(merged)
    found: set[int] = set()
    todo = list(into.get(client_id, ()))
    while todo:
        cid = todo.pop()
        if cid not in found:
            found.add(cid)
            todo.extend(into.get(cid, ()))
    return frozenset(found)


def _merges(s: Session) -> dict[int, int]:
    cached = s.info.get(_CACHE)
    if cached is None:
        rows = s.execute(select(ClientMerge.merged_id, ClientMerge.kept_id))
        cached = {merged: kept for merged, kept in rows}
        s.info[_CACHE] = cached
    return cast(dict[int, int], cached)


def signed_before_merge(s: Session, stored: str | None, note: Any, self_care: Any) -> bool:
    """Whether ``stored`` is the note's hash under a client id merged into its current one.

    ``note`` and ``self_care`` carry the content columns (a ``Note`` or the plain
    namespaces ``integrity`` builds); only ``client_id`` is swapped, so any other
    change still fails. The merges are read once per session, and only once a
    hash has failed to match as it stands.
    """
    if not stored:
        return False
    columns = {f: getattr(note, f) for f in (*NOTE_CONTENT_FIELDS, "author_id")}
    for earlier in absorbed_ids(_merges(s), note.client_id):
        as_signed = SimpleNamespace(**columns, client_id=earlier)
        if content_hash(cast(Note, as_signed), cast(NoteSelfCare | None, self_care)) == stored:
            return True
    return False
