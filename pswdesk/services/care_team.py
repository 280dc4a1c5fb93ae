"""The client's care team: the other providers and supports around them (name, role,
organisation, phone, email), used by follow-ups, consents and handovers.

Members are never deleted, only made inactive, because consents and past
handovers name them. Edits use optimistic locking (``versioning``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound, ValidationError
from pswdesk.models import CareTeamMember, User
from pswdesk.services import audit
from pswdesk.services.access import Actor, client_for
from pswdesk.services.record_support import check, client_of, staff, text_problem
from pswdesk.services.versioning import Lock, saving
from pswdesk.wording import words

FIELDS = ("name", "role", "organisation", "phone", "email")
MEMBER_LOCK: Lock[CareTeamMember] = Lock(CareTeamMember, "care_team", lambda m: f"{m.name}'s entry")


@dataclass(slots=True)
class MemberInput:
    name: str
    role: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""

    def validate(self) -> None:
        email = self.email.strip()
        check(
            {
                "name": text_problem(self.name, words("name"), required=True, limit=200),
                "role": text_problem(self.role, words("role"), limit=120),
                "organisation": text_problem(self.organisation, words("organisation"), limit=200),
                "phone": text_problem(self.phone, words("phone number"), limit=60),
                "email": text_problem(self.email, words("email address"), limit=200)
                or (words("this does not look like an email address") if email and "@" not in email
                    else ""),
            }
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    client_id: int
    name: str
    role: str
    organisation: str
    phone: str
    email: str
    active: bool
    version: int

    @property
    def label(self) -> str:
        """ "Dr Amy Chen (GP, Harbour Clinic)", as consents and handovers name them."""
        extra = ", ".join(p for p in (self.role, self.organisation) if p)
        return f"{self.name} ({extra})" if extra else self.name


def _row(m: CareTeamMember) -> MemberRow:
    return MemberRow(
        m.id, m.client_id, m.name, m.role, m.organisation, m.phone, m.email, m.active, m.version
    )


def _values(m: CareTeamMember) -> dict[str, object]:
    return {f: getattr(m, f) for f in (*FIELDS, "active")}


def list_care_team(
    db: Database, actor: Actor, client_id: int, *, include_inactive: bool = False
) -> list[MemberRow]:
    """Active members first, by name."""
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        q = select(CareTeamMember).where(CareTeamMember.client_id == client.id)
        if not include_inactive:
            q = q.where(CareTeamMember.active.is_(True))
        q = q.order_by(CareTeamMember.active.desc(), CareTeamMember.name, CareTeamMember.id)
        return [_row(m) for m in s.scalars(q)]


def add_member(db: Database, actor: Actor, client_id: int, data: MemberInput) -> MemberRow:
    data.validate()
    with db.write() as s:
        me, client = client_of(s, actor, client_id, for_write=True)
        m = CareTeamMember(client_id=client.id, **{f: getattr(data, f).strip() for f in FIELDS})
        s.add(m)
        s.flush()
        audit.record(
            s, me, "care_team.added", "care_team", m.id,
            client_id=client.id, fields=audit.filled_fields(_values(m)),
        )  # fmt: skip
        return _row(m)


def _member(s: Session, me: User, member_id: int, expected_version: int) -> CareTeamMember:
    m = s.get(CareTeamMember, member_id)
    if m is None:
        raise NotFound(words("no care-team member {member_id}", member_id=member_id))
    client_for(s, me, m.client_id, for_write=True)
    MEMBER_LOCK.check(s, m, expected_version)
    return m


def update_member(
    db: Database, actor: Actor, member_id: int, expected_version: int, data: MemberInput
) -> MemberRow:
    data.validate()
    with saving(db) as s:
        me = staff(s, actor)
        m = _member(s, me, member_id, expected_version)
        before = _values(m)
        for f in FIELDS:
            setattr(m, f, getattr(data, f).strip())
        if _values(m) == before:
            return _row(m)
        s.flush()
        audit.record(
            s, me, "care_team.changed", "care_team", m.id,
            client_id=m.client_id, fields=audit.changed_fields(before, _values(m)),
        )  # fmt: skip
        return _row(m)


def set_active(
    db: Database, actor: Actor, member_id: int, expected_version: int, active: bool
) -> MemberRow:
    """Deactivate someone who no longer works with the client (or bring them back)."""
    with saving(db) as s:
        me = staff(s, actor)
        m = _member(s, me, member_id, expected_version)
        if m.active == active:
            state = words("active") if active else words("inactive")
            raise ValidationError(
                {"active": words("{name} is already {state}", name=m.name, state=state)}
            )
        m.active = active
        s.flush()
        audit.record(
            s, me, "care_team.activated" if active else "care_team.deactivated", "care_team",
            m.id, client_id=m.client_id, changes={"active": [not active, active]},
        )  # fmt: skip
        return _row(m)
