"""Strengths and resources (step 4): the client's strengths, past successes, supports and
community resources, each dated and attributed to the note that found it.

Items come from step 4 of approved notes (``review.approve``) or are typed on the
record, both through ``new_strength``. Nothing is deleted: an item that no longer
holds (a support moved away, a resource closed) is *retired* with a reason, and
leaves the lists and the handover but stays on record next to the note that found
it. Retiring uses optimistic locking (``versioning``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound
from pswdesk.models import Client, Note, Strength, User, utcnow
from pswdesk.services import audit
from pswdesk.services.access import Actor, client_for
from pswdesk.services.record_support import (
    check,
    client_of,
    local_date,
    names,
    staff,
    text_problem,
)
from pswdesk.services.versioning import Lock, saving
from pswdesk.vocabulary import StrengthKind
from pswdesk.wording import words

#: Kind -> (one item, the group's heading), in the order the record lists them.
KINDS: dict[str, tuple[str, str]] = {k.value: (k.label, k.heading) for k in StrengthKind}
MAX_TEXT = 1_000
STRENGTH_LOCK: Lock[Strength] = Lock(Strength, "strength", lambda _i: "this item")


@dataclass(slots=True)
class StrengthInput:
    """What a person types about a strength or resource."""

    kind: str
    text: str

    def validate(self) -> None:
        check(
            {
                "kind": "" if self.kind in KINDS else words("choose what kind of item this is"),
                "text": text_problem(
                    self.text, words("description"), required=True, limit=MAX_TEXT
                ),
            }
        )


@dataclass(frozen=True, slots=True)
class StrengthRow:
    id: int
    client_id: int
    kind: str
    text: str
    found_on: dt.date
    note_id: int | None
    found_by_name: str
    retired_at: dt.datetime | None
    retired_by_name: str
    retired_reason: str
    version: int = 1

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, (self.kind, self.kind))[0]

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    @property
    def source(self) -> str:
        by = f" by {self.found_by_name}" if self.found_by_name else ""
        where = f"note #{self.note_id}" if self.note_id else "added on the record"
        return f"{self.found_on:%d %b %Y}, {where}{by}"


def group_by_kind(rows: list[StrengthRow]) -> list[tuple[str, str, list[StrengthRow]]]:
    """(kind, heading, rows) for each kind that has rows, in ``KINDS`` order."""
    ordered = sorted(rows, key=lambda r: list(KINDS).index(r.kind) if r.kind in KINDS else 99)
    return [
        (kind, KINDS.get(kind, (kind, kind))[1], list(items))
        for kind, items in groupby(ordered, key=lambda r: r.kind)
    ]


def _rows(s: Session, items: list[Strength]) -> list[StrengthRow]:
    if not items:
        return []
    note_ids = {i.note_id for i in items if i.note_id}
    notes = (
        {
            n.id: (n.contact_at, n.author_id)
            for n in s.execute(
                select(Note.id, Note.contact_at, Note.author_id).where(Note.id.in_(note_ids))
            )
        }
        if note_ids
        else {}
    )
    people = names(
        s,
        [
            *(a for _at, a in notes.values()),
            *(i.created_by_id for i in items),
            *(i.retired_by_id for i in items),
        ],
    )
    out = []
    for i in items:
        at, author = notes.get(i.note_id or 0, (i.created_at, i.created_by_id))
        out.append(
            StrengthRow(
                i.id,
                i.client_id,
                i.kind,
                i.text,
                local_date(at),
                i.note_id,
                people.get(author or 0, ""),
                i.retired_at,
                people.get(i.retired_by_id or 0, ""),
                i.retired_reason,
                i.version,
            )
        )
    return out


def list_strengths(
    db: Database, actor: Actor, client_id: int, *, include_retired: bool = False
) -> list[StrengthRow]:
    """Grouped by kind (strengths, successes, supports, community resources), newest first."""
    order = case({k: i for i, k in enumerate(KINDS)}, value=Strength.kind, else_=len(KINDS))
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        q = select(Strength).where(Strength.client_id == client.id)
        if not include_retired:
            q = q.where(Strength.retired_at.is_(None))
        q = q.order_by(order, Strength.created_at.desc(), Strength.id.desc())
        return _rows(s, list(s.scalars(q)))


def new_strength(
    s: Session,
    by: User,
    client: Client,
    data: StrengthInput,
    *,
    note: Note | None = None,
    at: dt.datetime | None = None,
) -> Strength:
    """A new item on the client's record, typed by ``by`` on the record or in ``note``.

    The one way an item is made, for the strengths tab and for an approved note alike.
    """
    data.validate()
    item = Strength(
        client_id=client.id, note_id=note.id if note is not None else None, kind=data.kind,
        text=data.text.strip(), created_by_id=by.id, created_at=at or utcnow(),
    )  # fmt: skip
    s.add(item)
    s.flush()
    return item


def add_strength(db: Database, actor: Actor, client_id: int, kind: str, text: str) -> StrengthRow:
    data = StrengthInput(kind, text)
    data.validate()
    with db.write() as s:
        me, client = client_of(s, actor, client_id, for_write=True)
        item = new_strength(s, me, client, data)
        audit.record(
            s, me, "strength.created", "strength", item.id,
            client_id=client.id, kind=item.kind,
        )  # fmt: skip
        return _rows(s, [item])[0]


def retire_strength(
    db: Database,
    actor: Actor,
    strength_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> StrengthRow:
    """Take an item off the current lists, with a reason; it stays on record.

    ``expected_version`` is the version the caller read; without it, only an item
    already retired is refused (one someone changed is not, as only retiring changes one).
    """
    check({"reason": text_problem(reason, words("reason"), required=True)})
    with saving(db) as s:
        me = staff(s, actor)
        item = s.get(Strength, strength_id)
        if item is None:
            raise NotFound(words("no strength or resource {strength_id}", strength_id=strength_id))
        client_for(s, me, item.client_id, for_write=True)
        STRENGTH_LOCK.check(s, item, item.version if expected_version is None else expected_version)
        if item.retired_at is not None:
            raise STRENGTH_LOCK.already(s, item, "retired", ("strength.retired",))
        item.retired_at = utcnow()
        item.retired_by_id = me.id
        item.retired_reason = reason.strip()
        s.flush()
        audit.record(
            s, me, "strength.retired", "strength", item.id,
            client_id=item.client_id, reason_given=bool(item.retired_reason),
            changes=audit.changes({"retired_at": None}, {"retired_at": item.retired_at}),
        )  # fmt: skip
        return _rows(s, [item])[0]
