"""Finding a note for a person, and the checks every note change makes; also used by ``review``.

Who may read a note: its author while it is a draft or returned (even if the
client has since left their caseload, because the contact happened and must be
written up); anyone who may see the client once it has been submitted. Drafts
are private to their author. A note someone may not read is reported exactly
as a missing one (``access.not_found``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from pswdesk.errors import ConflictError, LockedError, PermissionDenied
from pswdesk.models import Note, User
from pswdesk.services import signing
from pswdesk.services.access import SUPERVISOR, may_see_client, not_found, settings, supervises
from pswdesk.services.versioning import Lock
from pswdesk.vocabulary import EDITABLE_STATUSES, NoteStatus
from pswdesk.wording import words


def may_read(s: Session, me: User, note: Note) -> bool:
    """The rule of the module docstring (step 8 has its own: ``access.may_read_self_care``)."""
    if note.author_id == me.id and note.status in EDITABLE_STATUSES:
        return True
    if note.status == NoteStatus.DRAFT:
        return False
    return may_see_client(s, me, note.client_id)


def may_review(s: Session, me: User, note: Note) -> bool:
    """The author's supervisor; the author themselves only where self-approval is allowed."""
    if SUPERVISOR not in me.role_names:
        return False
    if note.author_id == me.id:
        return bool(settings(s).allow_self_approval)
    return supervises(s, me, note.author_id)


def load_note(s: Session, me: User, note_id: int, *, for_update: bool = False) -> Note:
    """The note, if ``me`` may read it; otherwise the same NotFound as for a missing id."""
    note = s.get(Note, note_id, with_for_update=for_update)
    if note is None or not may_read(s, me, note):
        raise not_found("note", note_id)
    return note


def own_editable(s: Session, me: User, note_id: int) -> Note:
    """The author's own draft or returned note, locked for the change about to be made."""
    note = s.get(Note, note_id, with_for_update=True)
    if note is None or (note.author_id != me.id and not may_read(s, me, note)):
        raise not_found("note", note_id)
    if note.author_id != me.id:
        raise PermissionDenied(words("only the note's author can change it"))
    if note.status == NoteStatus.APPROVED:
        raise LockedError(words("this note is signed and cannot change; add an addendum instead"))
    if note.status == NoteStatus.SUBMITTED:
        raise ConflictError(words("this note is waiting for review and cannot be edited now"))
    return note


NOTE_LOCK: Lock[Note] = Lock(
    Note, "note", lambda _n: "this note",
    advice="reload it to see their changes before saving again",
)  # fmt: skip


def check_version(s: Session, note: Note, expected: int) -> None:
    """Optimistic locking (``versioning``): say who changed the note since it was read, and when."""
    NOTE_LOCK.check(s, note, expected)


def content_columns(note: Note) -> dict[str, Any]:
    """The note's signed content columns, as the audit log compares them."""
    return {f: getattr(note, f) for f in signing.NOTE_CONTENT_FIELDS}
