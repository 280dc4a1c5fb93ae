"""Tables of notes (``notes.NoteRow``): a client's notes, drafts, returned notes, the review queue.

Each kind of list shows the columns its reader needs; all share the status words
and the urgent marking (high or imminent risk not yet reviewed).
"""

from __future__ import annotations

from pswdesk.gui.resources import icon
from pswdesk.gui.table_model import Column, local_time
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services.notes import NoteRow
from pswdesk.vocabulary import ContactType

STATUS_LABELS = {
    "draft": "Draft",
    "submitted": "Awaiting review",
    "returned": "Returned",
    "approved": "Approved",
}
#: An approved note no supervisor signed (its review level did not select it).
FILED_LABEL = "Filed without review"
STATUS_COLOURS = {"draft": "#52606d", "returned": "#9a3412", "approved": "#15803d"}
URGENT_TIP = "High or imminent risk: review this note first"


def contact_type_label(value: str) -> str:
    try:
        return vocab_label(ContactType(value))
    except ValueError:
        return value


def _flags(row: NoteRow) -> str:
    flags = []
    if row.urgent:
        flags.append("Urgent")
    if row.late_entry:
        flags.append("Late entry")
    return ", ".join(flags)


def _summary(row: NoteRow) -> str:
    return " ".join(row.summary.split()) or "(no summary yet)"


RISK = Column[NoteRow](
    "Risk",
    lambda r: "",
    risk=lambda r: r.risk_level,
    tooltip=lambda r: URGENT_TIP if r.urgent else "",
    foreground=lambda r: "#52606d" if r.risk_level is None else None,
    width=110,
)
CLIENT = Column[NoteRow](
    "Client",
    lambda r: r.client_name,
    bold=lambda r: r.urgent,
    icon=lambda r: icon("alert") if r.urgent else None,
    tooltip=lambda r: URGENT_TIP if r.urgent else "",
    width=190,
)
CONTACT = Column[NoteRow]("Contact", lambda r: local_time(r.contact_at), width=145)
TYPE = Column[NoteRow]("Type", lambda r: contact_type_label(r.contact_type), width=100)
WORKER = Column[NoteRow]("Worker", lambda r: r.author_name, width=150)
SUBMITTED = Column[NoteRow]("Submitted", lambda r: local_time(r.submitted_at), width=145)
STATUS = Column[NoteRow](
    "Status",
    lambda r: FILED_LABEL if r.filed_without_review else STATUS_LABELS.get(r.status, r.status),
    foreground=lambda r: STATUS_COLOURS.get(r.status),
    bold=lambda r: r.status == "returned",
    width=130,
)
FLAGS = Column[NoteRow](
    "Flags",
    _flags,
    foreground=lambda r: "#b91c1c" if r.urgent else ("#9a3412" if r.late_entry else None),
    bold=lambda r: r.urgent,
    width=110,
)
SUMMARY = Column[NoteRow]("Summary", _summary, tooltip=lambda r: r.summary)
COMMENT = Column[NoteRow](
    "Supervisor's comment",
    lambda r: " ".join(r.last_return_comment.split()),
    tooltip=lambda r: r.last_return_comment,
    width=280,
)

NOTE_COLUMNS: dict[str, list[Column[NoteRow]]] = {
    "client": [CONTACT, TYPE, WORKER, STATUS, RISK, FLAGS, SUMMARY],
    "drafts": [CLIENT, CONTACT, TYPE, RISK, SUMMARY],
    "returned": [CLIENT, CONTACT, RISK, COMMENT, SUMMARY],
    "review": [RISK, CLIENT, WORKER, CONTACT, SUBMITTED, FLAGS, SUMMARY],
}
