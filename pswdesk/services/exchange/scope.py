"""Which rows a supervisor's or worker's export holds: the records they may see in the app.

The same rules as the screens (``services.access``, ``services.notes.common``):
the clients they may see and those clients' records; notes that are not
someone else's draft; step 8 (self-care, debrief requests, and the self-care in
a submission's content) only of their own notes and of the workers they
supervise; staff accounts only as far as the exported rows name them. A kind
without a rule here exports nothing for them (an administrator's export is
the whole agency and uses none of this).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, false, or_, select, true, union
from sqlalchemy.orm import Session

from pswdesk.models import (
    Client,
    Disclosure,
    Goal,
    Note,
    Referral,
    User,
)
from pswdesk.services.access import SUPERVISOR, visible_client_filter
from pswdesk.services.exchange import schema
from pswdesk.vocabulary import NoteStatus


class UserScope:
    """WHERE clauses for one person's export, built once per export."""

    def __init__(self, session: Session, me: User) -> None:
        self.me = me
        self.clients: Select[Any] = select(Client.id).where(visible_client_filter(session, me))
        self.notes: Select[Any] = select(Note.id).where(
            Note.client_id.in_(self.clients),
            or_(Note.status != NoteStatus.DRAFT, Note.author_id == me.id),
        )
        authors = [Note.author_id == me.id]
        if SUPERVISOR in me.role_names:
            authors.append(Note.author_id.in_(select(User.id).where(User.supervisor_id == me.id)))
        self.self_care_notes: Select[Any] = select(Note.id).where(
            Note.id.in_(self.notes), or_(*authors)
        )
        self._rules: dict[str, Callable[[Table], ColumnElement[bool]]] = {
            "agency_settings": lambda _t: true(),
            "users": self._users,
            "user_roles": lambda t: t.c.user_id.in_(
                select(User.id).where(self._users(cast(Table, User.__table__)))
            ),
            "clients": lambda t: t.c.id.in_(self.clients),
            "client_merges": lambda t: t.c.kept_id.in_(self.clients),
            "notes": lambda t: t.c.id.in_(self.notes),
            "note_self_care": lambda t: t.c.note_id.in_(self.self_care_notes),
            "debrief_requests": lambda t: t.c.note_id.in_(self.self_care_notes),
            "goal_progress": lambda t: t.c.goal_id.in_(
                select(Goal.id).where(Goal.client_id.in_(self.clients))
            ),
            "referral_status_changes": lambda t: t.c.referral_id.in_(
                select(Referral.id).where(Referral.client_id.in_(self.clients))
            ),
            "disclosure_releases": self._of_disclosures,
            "emergency_acknowledgements": self._of_disclosures,
        }

    def where(self, kind: str, table: Table) -> ColumnElement[bool]:
        """The rows of ``kind`` this person may see."""
        rule = self._rules.get(kind)
        if rule is not None:
            return rule(table)
        if "client_id" in table.c:
            return table.c.client_id.in_(self.clients)
        if "note_id" in table.c:
            return table.c.note_id.in_(self.notes)
        return false()

    def _of_disclosures(self, t: Table) -> ColumnElement[bool]:
        """Releases and acknowledgements of the disclosures about clients they may see."""
        return t.c.disclosure_id.in_(
            select(Disclosure.id).where(Disclosure.client_id.in_(self.clients))
        )

    def _users(self, users: Table) -> ColumnElement[bool]:
        """Themselves, their supervisor, and everyone an exported row names."""
        named = self._named_users()
        ids = [users.c.id == self.me.id]
        if self.me.supervisor_id is not None:
            ids.append(users.c.id == self.me.supervisor_id)
        if named is not None:
            ids.append(users.c.id.in_(named))
        return or_(*ids)

    def _named_users(self) -> Any:
        """Every user id an exported row points to, from the models' foreign keys to users."""
        picks = []
        for kind in schema.present_kinds():
            if kind.name in ("users", "user_roles"):
                continue
            t = schema.table(kind.name)
            assert t is not None
            for col in t.columns:
                if any(fk.column.table.name == "users" for fk in col.foreign_keys):
                    picks.append(select(col).where(self.where(kind.name, t), col.is_not(None)))
        return union(*picks) if picks else None

    def hidden_self_care(self, session: Session) -> set[int]:
        """Exported notes whose step 8 this person may not read (their submissions lose it)."""
        return set(
            session.scalars(
                select(Note.id).where(Note.id.in_(self.notes)).except_(self.self_care_notes)
            )
        )
