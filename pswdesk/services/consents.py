"""Consents to share information: with whom, for what, which kinds of information, how
given, from when and until when, and whether revoked.

A consent is a record of what the client agreed to on a day, so it is not
edited: when the client changes their mind it is revoked (with the date), and a
new one is recorded if they agree to something else. Whether one is in force
today is decided by ``consent_rules`` — the same rules the handover uses, so the
record and the handover never disagree. Revoking uses optimistic locking
(``versioning``), as two PCs may have the record open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import NotFound, ValidationError
from pswdesk.models import CareTeamMember, Consent, utcnow
from pswdesk.services import audit
from pswdesk.services.access import Actor, client_for
from pswdesk.services.consent_rules import (
    SECTION_KEYS,
    ConsentState,
    consent_state,
    normal_scope,
    scope_text,
)
from pswdesk.services.record_support import (
    SHORT_TEXT,
    check,
    client_of,
    names,
    staff,
    text_problem,
    today_local,
)
from pswdesk.services.versioning import Lock, saving
from pswdesk.vocabulary import ConsentForm
from pswdesk.wording import words

HOW_GIVEN: dict[str, str] = {f.value: f.label for f in ConsentForm}
CONSENT_LOCK: Lock[Consent] = Lock(Consent, "consent", lambda _c: "this consent")
#: Order of the list: what may be shared today first.
STATE_ORDER = (
    ConsentState.EXPIRING,
    ConsentState.ACTIVE,
    ConsentState.FUTURE,
    ConsentState.EXPIRED,
    ConsentState.REVOKED,
)
#: An expired consent is flagged on the header for this long, unless renewed.
EXPIRED_FLAG_DAYS = 90


@dataclass(slots=True)
class ConsentInput:
    """What is typed when recording a consent. Give a care-team member or a recipient name."""

    purpose: str
    scope: Sequence[str]
    given_on: dt.date
    how_given: str = ConsentForm.WRITTEN
    expires_on: dt.date | None = None
    care_team_member_id: int | None = None
    recipient: str = ""

    def validate(self, today: dt.date) -> None:
        unknown = set(self.scope) - set(SECTION_KEYS)
        check(
            {
                "recipient": ""
                if self.care_team_member_id is not None
                else text_problem(
                    self.recipient, words("recipient"), required=True, limit=SHORT_TEXT
                ),
                "purpose": text_problem(self.purpose, words("purpose"), required=True),
                "scope": words("tick at least one kind of information")
                if not normal_scope(self.scope)
                else (words("unknown kinds of information: {unknown}",
                            unknown=", ".join(sorted(unknown)))
                      if unknown else ""),
                "how_given": ""
                if self.how_given in HOW_GIVEN else words("say how consent was given"),
                "given_on": words("the date given cannot be in the future")
                if self.given_on > today else "",
                "expires_on": words("the expiry date must be after the date given")
                if self.expires_on is not None and self.expires_on <= self.given_on else "",
            }
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ConsentRow:
    id: int
    client_id: int
    recipient: str
    care_team_member_id: int | None
    purpose: str
    scope: tuple[str, ...]
    how_given: str
    given_on: dt.date
    expires_on: dt.date | None
    revoked_on: dt.date | None
    state: ConsentState
    recorded_by_name: str
    created_at: dt.datetime
    version: int = 1

    @property
    def in_force(self) -> bool:
        return self.state.in_force

    @property
    def scope_text(self) -> str:
        return scope_text(self.scope)

    @property
    def how_given_label(self) -> str:
        return HOW_GIVEN.get(self.how_given, self.how_given)


def build_rows(s: Session, consents: list[Consent], today: dt.date) -> list[ConsentRow]:
    people = names(s, [c.recorded_by_id for c in consents])
    rows = [
        ConsentRow(
            c.id,
            c.client_id,
            c.recipient,
            c.care_team_member_id,
            c.purpose,
            normal_scope(c.scope or ()),
            c.how_given,
            c.given_on,
            c.expires_on,
            c.revoked_on,
            consent_state(c.given_on, c.expires_on, c.revoked_on, today),
            people.get(c.recorded_by_id, ""),
            c.created_at,
            c.version,
        )
        for c in consents
    ]
    rows.sort(key=lambda r: (STATE_ORDER.index(r.state), -r.given_on.toordinal(), -r.id))
    return rows


def list_consents(
    db: Database, actor: Actor, client_id: int, *, today: dt.date | None = None
) -> list[ConsentRow]:
    """Every consent: in force first (expiring ones on top), then future, expired, revoked."""
    today = today_local(today)
    with db.read() as s:
        _me, client = client_of(s, actor, client_id)
        found = list(s.scalars(select(Consent).where(Consent.client_id == client.id)))
        return build_rows(s, found, today)


def record_consent(
    db: Database, actor: Actor, client_id: int, data: ConsentInput, *, today: dt.date | None = None
) -> ConsentRow:
    today = today_local(today)
    data.validate(today)
    with db.write() as s:
        me, client = client_of(s, actor, client_id, for_write=True)
        recipient = data.recipient.strip()
        if data.care_team_member_id is not None:
            member = s.get(CareTeamMember, data.care_team_member_id)
            if member is None or member.client_id != client.id:
                raise ValidationError(
                    {"recipient": words("choose someone on this client's care team")}
                )
            if not member.active:
                raise ValidationError(
                    {
                        "recipient": words(
                            "{member} is no longer on the care team", member=member.name
                        )
                    }
                )
            extra = ", ".join(p for p in (member.role, member.organisation) if p)
            recipient = f"{member.name} ({extra})" if extra else member.name
        c = Consent(
            client_id=client.id, care_team_member_id=data.care_team_member_id,
            recipient=recipient, purpose=data.purpose.strip(), scope=list(normal_scope(data.scope)),
            how_given=data.how_given, given_on=data.given_on, expires_on=data.expires_on,
            recorded_by_id=me.id, created_at=utcnow(),
        )  # fmt: skip
        s.add(c)
        s.flush()
        audit.record(
            s, me, "consent.recorded", "consent", c.id,
            client_id=client.id, care_team_member_id=c.care_team_member_id,
            fields=sorted(k for k in ("recipient", "purpose", "scope") if getattr(c, k)),
            how_given=c.how_given, given_on=c.given_on, expires_on=c.expires_on,
        )  # fmt: skip
        return build_rows(s, [c], today)[0]


def revoke_consent(
    db: Database,
    actor: Actor,
    consent_id: int,
    revoked_on: dt.date,
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> ConsentRow:
    """The client withdrew this consent on ``revoked_on``; from that day nothing is shared.

    ``expected_version`` is the version the caller read; without it, only a consent
    already revoked is refused (revoking is the one change a consent takes).
    """
    today = today_local(today)
    with saving(db) as s:
        me = staff(s, actor)
        c = s.get(Consent, consent_id)
        if c is None:
            raise NotFound(words("no consent {consent_id}", consent_id=consent_id))
        # Revoking stays possible on a closed file: it only narrows what may be shared.
        client_for(s, me, c.client_id)
        CONSENT_LOCK.check(s, c, c.version if expected_version is None else expected_version)
        if c.revoked_on is not None:
            raise CONSENT_LOCK.already(
                s, c, f"revoked on {c.revoked_on:%d %b %Y}", ("consent.revoked",)
            )
        if revoked_on > today:
            raise ValidationError(
                {"revoked_on": words("the date of revocation cannot be in the future")}
            )
        if revoked_on < c.given_on:
            raise ValidationError(
                {
                    "revoked_on": words(
                        "the consent was only given on {given_on:%d %b %Y}", given_on=c.given_on
                    )
                }
            )
        c.revoked_on = revoked_on
        s.flush()
        audit.record(
            s, me, "consent.revoked", "consent", c.id,
            client_id=c.client_id,
            changes=audit.changes({"revoked_on": None}, {"revoked_on": revoked_on}),
        )  # fmt: skip
        return build_rows(s, [c], today)[0]


def flags(rows: list[ConsentRow], today: dt.date) -> list[ConsentRow]:
    """Consents the header should point out: expiring within the warning window, or
    expired in the last ``EXPIRED_FLAG_DAYS`` without a consent in force for the
    same recipient (a renewed consent puts the old one to rest)."""
    in_force = {(r.care_team_member_id, r.recipient) for r in rows if r.in_force}
    out = []
    for r in rows:
        key = (r.care_team_member_id, r.recipient)
        if r.state is ConsentState.EXPIRING or (
            r.state is ConsentState.EXPIRED
            and r.expires_on is not None
            and (today - r.expires_on).days <= EXPIRED_FLAG_DAYS
            and key not in in_force
        ):
            out.append(r)
    return out
