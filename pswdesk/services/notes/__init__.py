"""Case notes: writing them (``drafts``), reading and listing them (``queries``),
searching them (``search``) and correcting signed ones (``addenda``).

The review decisions (approve, return) live in ``pswdesk.services.review``; the
risk alert a note raises in ``pswdesk.services.risk_alerts``. Callers use this
package's names (``notes.save_draft``), not its modules.
"""

from __future__ import annotations

from pswdesk.services.note_content import NoteContent, SelfCareContent
from pswdesk.services.note_rules import validate_for_submit
from pswdesk.services.notes.addenda import add_addendum
from pswdesk.services.notes.drafts import (
    create_draft,
    delete_draft,
    save_draft,
    start_from_last,
    submit,
)
from pswdesk.services.notes.queries import (
    AddendumRow,
    NoteRow,
    NoteView,
    ReviewRow,
    client_notes,
    count_client_notes,
    get_note,
    my_drafts,
    prepare_client_reads,
    returned_to_me,
)
from pswdesk.services.notes.search import NoteHit, find_notes, search_notes

__all__ = [
    "AddendumRow",
    "NoteContent",
    "NoteHit",
    "NoteRow",
    "NoteView",
    "ReviewRow",
    "SelfCareContent",
    "add_addendum",
    "client_notes",
    "count_client_notes",
    "create_draft",
    "delete_draft",
    "find_notes",
    "get_note",
    "my_drafts",
    "prepare_client_reads",
    "returned_to_me",
    "save_draft",
    "search_notes",
    "start_from_last",
    "submit",
    "validate_for_submit",
]
