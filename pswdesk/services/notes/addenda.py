"""Addenda: dated, signed corrections under a signed note, which itself never changes."""

from __future__ import annotations

from pswdesk.db import Database
from pswdesk.errors import ConflictError, PermissionDenied, ValidationError
from pswdesk.models import Addendum, Client, utcnow
from pswdesk.services import audit, signing
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, load_user, refuse_closed, supervises
from pswdesk.services.notes.common import load_note
from pswdesk.services.notes.queries import AddendumRow
from pswdesk.vocabulary import NoteStatus
from pswdesk.wording import words


def add_addendum(db: Database, actor: Actor, note_id: int, reason: str, text: str) -> AddendumRow:
    """A correction by the note's author or their supervisor, hashed with the note's own hash."""
    problems: dict[str, str] = {}
    empty = {
        "reason": words("say why the addendum adds or corrects"),
        "text": words("say what the addendum adds or corrects"),
    }
    for key, value in (("reason", reason), ("text", text)):
        if "\x00" in value:
            problems[key] = words(
                "the {key} contains a NUL character (\\0), which cannot be stored",
                key=words("reason") if key == "reason" else words("text"),
            )
        elif not value.strip():
            problems[key] = empty[key]
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        note = load_note(s, me, note_id)
        refuse_closed(s.get_one(Client, note.client_id))
        if note.status != NoteStatus.APPROVED:
            raise ConflictError(
                words("addenda are for signed notes; while a note is unsigned, its author edits it")
            )
        if note.author_id != me.id and not supervises(s, me, note.author_id):
            raise PermissionDenied(
                words("only the note's author or their supervisor can add an addendum")
            )
        at = utcnow()
        digest = signing.addendum_hash(note.content_hash or "", me.id, at, reason, text)
        row = Addendum(
            note_id=note.id, author_id=me.id, created_at=at, reason=reason, text=text,
            content_hash=digest,
        )  # fmt: skip
        s.add(row)
        s.flush()
        audit.record(
            s, me, "note.addendum", "note", note.id,
            addendum_id=row.id, client_id=note.client_id, hash=digest,
        )  # fmt: skip
        return AddendumRow(row.id, me.full_name, at, reason, text, digest)
