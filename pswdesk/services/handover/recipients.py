"""Who may receive a handover: the client's consents, and their care team as recipients.

Only the client's own workers and their supervisor may share a client's
information (docs/ARCHITECTURE.md, Roles). A client the user may not see is
reported exactly as a missing one, so a refusal never tells anyone that the
client exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound, PermissionDenied, PswdeskError
from pswdesk.models import CareTeamMember, Client, ClientAssignment, Consent, User
from pswdesk.services.access import (
    SUPERVISOR,
    WORKER,
    Actor,
    client_for,
    load_user,
    team_ids,
)
from pswdesk.services.consent_rules import (
    ConsentState,
    consent_state,
    normal_scope,
    section_labels,
)
from pswdesk.wording import words


class NoActiveConsent(PswdeskError):
    """The handover is refused: no consent in force covers it (an emergency may still)."""


@dataclass(frozen=True, slots=True)
class RecipientOption:
    """One of the client's consents, as a choice of recipient."""

    consent_id: int
    recipient: str
    care_team_member_id: int | None
    care_team_member: str
    purpose: str
    scope: tuple[str, ...]
    how_given: str
    given_on: dt.date
    expires_on: dt.date | None
    revoked_on: dt.date | None
    state: ConsentState

    @property
    def active(self) -> bool:
        return self.state.in_force

    @property
    def scope_labels(self) -> tuple[str, ...]:
        return section_labels(self.scope)


@dataclass(frozen=True, slots=True)
class CareTeamRecipient:
    """A care-team member as recipient, and the consent to share with them under.

    ``consent_id`` is None only for an emergency disclosure to a member who has
    no consent in force.
    """

    member_id: int
    name: str
    consent_id: int | None


def today() -> dt.date:
    # Consent dates are the dates on a form, on the agency's own calendar: local.
    return dt.date.today()


def handover_client(s: Session, actor: Actor, client_id: int) -> tuple[User, Client]:
    """A worker may share their own clients' information, a supervisor their team's."""
    me = load_user(s, actor, WORKER, SUPERVISOR)
    client = client_for(s, me, client_id)  # an unseen client: NotFound, as a missing one
    carers = set(
        s.scalars(select(ClientAssignment.user_id).where(ClientAssignment.client_id == client_id))
    )
    mine = {me.id} if WORKER in me.role_names else set()
    if SUPERVISOR in me.role_names:
        mine |= set(team_ids(s, me))
    if not carers & mine:
        raise PermissionDenied(
            words(
                "only the client's own workers and their supervisor can share this client's "
                "information"
            )
        )
    return me, client


def client_consent(s: Session, client_id: int, consent_id: int) -> Consent:
    consent = s.get(Consent, consent_id)
    if consent is None or consent.client_id != client_id:
        raise NotFound(words("no consent {consent_id} for this client", consent_id=consent_id))
    return consent


def _member_name(member: CareTeamMember) -> str:
    """ "Dr Rivera (GP, Eastside Practice)", or the bare name when nothing else is known."""
    extra = ", ".join(x for x in (member.role, member.organisation) if x)
    return f"{member.name} ({extra})" if extra else member.name


def _option(consent: Consent, member: CareTeamMember | None, on: dt.date) -> RecipientOption:
    return RecipientOption(
        consent.id, consent.recipient, consent.care_team_member_id,
        _member_name(member) if member is not None else "", consent.purpose,
        normal_scope(consent.scope or ()), consent.how_given, consent.given_on,
        consent.expires_on, consent.revoked_on,
        consent_state(consent.given_on, consent.expires_on, consent.revoked_on, on),
    )  # fmt: skip


def _refusal(option: RecipientOption) -> NoActiveConsent:
    when = {
        ConsentState.REVOKED: words("was revoked on {on}", on=option.revoked_on),
        ConsentState.EXPIRED: words("expired on {on}", on=option.expires_on),
        ConsentState.FUTURE: words("only starts on {on}", on=option.given_on),
    }.get(option.state, words("is not in force"))
    return NoActiveConsent(
        words(
            "no active consent to share with {recipient}: the client's consent {when}; record a "
            "new consent, or make an emergency disclosure with a reason",
            recipient=option.recipient,
            when=when,
        )
    )


def active_option(s: Session, client_id: int, consent_id: int) -> RecipientOption:
    """The consent as a recipient, or ``NoActiveConsent`` when it is not in force or empty."""
    consent = client_consent(s, client_id, consent_id)
    member = (
        s.get(CareTeamMember, consent.care_team_member_id) if consent.care_team_member_id else None
    )
    option = _option(consent, member, today())
    if not option.active:
        raise _refusal(option)
    if not option.scope:
        raise NoActiveConsent(
            words(
                "no active consent to share with {recipient}: the consent covers no section of a "
                "handover",
                recipient=option.recipient,
            )
        )
    return option


def _options(s: Session, client_id: int) -> list[RecipientOption]:
    """Every consent of the client: those in force first, newest first within."""
    on = today()
    members = {
        m.id: m
        for m in s.scalars(select(CareTeamMember).where(CareTeamMember.client_id == client_id))
    }
    options = [
        _option(c, members.get(c.care_team_member_id or -1), on)
        for c in s.scalars(select(Consent).where(Consent.client_id == client_id))
    ]
    options.sort(key=lambda o: (not o.active, -o.given_on.toordinal(), -o.consent_id))
    return options


def _member(s: Session, client_id: int, member_id: int) -> CareTeamMember:
    member = s.get(CareTeamMember, member_id)
    if member is None or member.client_id != client_id:
        raise NotFound(
            words("no care-team member {member_id} for this client", member_id=member_id)
        )
    return member


def recipients(db: Database, actor: Actor, client_id: int) -> list[RecipientOption]:
    """The client's consents as recipients: those in force first, newest first within."""
    with db.read() as s:
        handover_client(s, actor, client_id)
        return _options(s, client_id)


def care_team_recipient(db: Database, actor: Actor, client_id: int, member_id: int) -> str:
    """A care-team member named as recipient ("Dr Rivera (GP, Eastside Practice)")."""
    with db.read() as s:
        handover_client(s, actor, client_id)
        return _member_name(_member(s, client_id, member_id))


def care_team_consent(
    db: Database, actor: Actor, client_id: int, member_id: int, *, emergency: bool = False
) -> CareTeamRecipient:
    """The consent to share with this care-team member under: their newest one in force.

    Without one in force: none for an emergency disclosure (it names the member
    as recipient), else their newest consent, so that making the handover says
    why it is not in force. A member with no consent at all is refused with
    ``NoActiveConsent`` unless it is an emergency.
    """
    with db.read() as s:
        handover_client(s, actor, client_id)
        name = _member_name(_member(s, client_id, member_id))
        theirs = [o for o in _options(s, client_id) if o.care_team_member_id == member_id]
    in_force = [o for o in theirs if o.active]
    if in_force:
        return CareTeamRecipient(member_id, name, in_force[0].consent_id)
    if emergency:
        return CareTeamRecipient(member_id, name, None)
    if theirs:
        return CareTeamRecipient(member_id, name, theirs[0].consent_id)
    raise NoActiveConsent(
        words(
            "no consent on record to share with {name}: record the client's consent, or make an "
            "emergency disclosure with a reason",
            name=name,
        )
    )
