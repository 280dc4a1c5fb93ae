"""The caseload table: clients page by page from ``clients.list_caseload``.

Search, sort and "include closed" are applied by the service (in SQL), so the
model never holds more than the pages the user has scrolled through; the total
for the count line comes from ``clients.count_caseload`` with the same filters.
A client who needs contact (``services.needs_contact``) says so in the Contact
column and, in the default risk order, comes first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from pswdesk.db import Database
from pswdesk.gui.resources import icon
from pswdesk.gui.table_model import Column, PagedTableModel, local_time
from pswdesk.gui.vocabulary_text import translated, vocab_label
from pswdesk.services import clients
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientRow
from pswdesk.vocabulary import ClientStatus

SORTS = ("risk", "name", "last_contact")  # in the order of the page's sort combo
ALERT_TIP = "High-risk alert not yet cleared by a supervisor"
QT_TRANSLATE_NOOP("CaseloadModel", "High-risk alert not yet cleared by a supervisor")
NEEDS_CONTACT = "Needs contact"
NEEDS_CONTACT_TIP = (
    "Imminent or high risk, and no contact or follow-up within the agency's days "
    "(Agency settings); a note, a brief contact or a follow-up clears it"
)
QT_TRANSLATE_NOOP(
    "CaseloadModel",
    "Imminent or high risk, and no contact or follow-up within the agency's days "
    "(Agency settings); a note, a brief contact or a follow-up clears it",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseloadModel", text)


def _drafts_tip(n: int) -> str:
    return QCoreApplication.translate("CaseloadModel", "%n unfinished note(s) by you", "", n)


def _name(row: ClientRow) -> str:
    if row.legal_name and row.legal_name != row.preferred_name:
        return f"{row.preferred_name}  ({row.legal_name})"
    return row.preferred_name


CASELOAD_COLUMNS: list[Column[ClientRow]] = [
    Column(
        "Risk",
        lambda r: r.risk.label,
        risk=lambda r: r.risk,
        tooltip=lambda r: _tr(ALERT_TIP) if r.risk_alert else "",
        width=110,
    ),
    Column(
        "Client",
        _name,
        bold=lambda r: r.risk_alert,
        icon=lambda r: icon("alert") if r.risk_alert else None,
        tooltip=lambda r: _tr(ALERT_TIP) if r.risk_alert else "",
        width=260,
    ),
    Column(
        "Contact",
        lambda r: translated(NEEDS_CONTACT) if r.needs_contact else "",
        foreground=lambda r: "#b3261e" if r.needs_contact else None,
        bold=lambda r: r.needs_contact,
        tooltip=lambda r: _tr(NEEDS_CONTACT_TIP) if r.needs_contact else "",
        width=120,
    ),
    Column("Pronouns", lambda r: r.pronouns, width=100),
    Column("Assigned to", lambda r: r.workers, width=180),
    Column(
        "Last contact",
        lambda r: local_time(r.last_contact) or translated("No contact yet"),
        width=150,
    ),
    Column(
        "My drafts",
        lambda r: str(r.open_drafts) if r.open_drafts else "",
        tooltip=lambda r: _drafts_tip(r.open_drafts) if r.open_drafts else "",
        width=90,
    ),
    Column(
        "Status",
        lambda r: vocab_label(ClientStatus(r.status)),
        foreground=lambda r: "#52606d" if r.status != ClientStatus.ACTIVE else None,
        width=80,
    ),
]


class CaseloadModel(PagedTableModel[ClientRow]):
    def __init__(self, db: Database, actor: Actor, scope: str, parent: QObject | None = None):
        super().__init__(CASELOAD_COLUMNS, parent)
        self.db, self.actor, self.scope = db, actor, scope
        self.search = ""
        self.order = "risk"
        self.include_closed = False

    def query(self, search: str = "", sort: str = "risk", include_closed: bool = False) -> None:
        """Start again from the first page with these filters (and count what matches)."""
        self.search, self.order, self.include_closed = search.strip(), sort, include_closed
        db, actor, scope = self.db, self.actor, self.scope

        def fetch(offset: int, limit: int) -> list[ClientRow]:
            return clients.list_caseload(
                db, actor, scope=scope, search=search, include_closed=include_closed,
                sort=sort, offset=offset, limit=limit,
            )  # fmt: skip

        def count() -> int:
            return clients.count_caseload(
                db, actor, scope=scope, search=search, include_closed=include_closed
            )

        self.set_source(fetch, count)
