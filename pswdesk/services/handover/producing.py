"""Making a handover: plan what it would hold, then produce the PDF and record it.

A handover goes to one recipient under one of the client's consents, and holds
only the sections that consent covers (docs/ARCHITECTURE.md, Handover). Without
an active consent it is refused, unless the user declares an emergency and types
why: then it is produced, marked as an emergency on every page, and flagged to
supervisors.

Everything is gathered in one read session into plain data, rendered to bytes
outside any session, and then the disclosure row, the audit entry and the file
are written in one transaction: a handover that is not on record does not
leave the building, and a failed write leaves neither a record nor a file.

The summary is written in the recipient's language (``language``: English or
French, whatever the language of the screen; ``reports/handover_wording.py``),
recorded on the disclosure. The plan suggests the language of the last handover
made for this client to the same recipient, English the first time.

Written to a stream (the dialog's memory buffer), the handover is only
*prepared*: the dialog releases it when the user saves or prints it. Written to
a file (the command line's ``-o``), it has left: the release is recorded in the
same transaction (``ReleaseHow.CLI_OUTPUT``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied, PswdeskError, ValidationError
from pswdesk.models import Disclosure, utcnow
from pswdesk.reports.handover_pdf import render_handover
from pswdesk.reports.handover_wording import document_language
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, load_user
from pswdesk.services.consent_rules import SECTION_KEYS, SECTIONS, normal_scope
from pswdesk.services.handover.contacts import count_contacts
from pswdesk.services.handover.disclosures import (
    DisclosureRecord,
    record_disclosure,
    record_release,
)
from pswdesk.services.handover.gathering import Request, gather
from pswdesk.services.handover.recipients import (
    NoActiveConsent,
    RecipientOption,
    active_option,
    client_consent,
    handover_client,
)
from pswdesk.vocabulary import DocumentLanguage, ReleaseHow
from pswdesk.wording import words

MAX_RECIPIENT = 300
MAX_REASON = 5000


@dataclass(frozen=True, slots=True)
class HandoverPlan:
    """What a handover would hold, before it is made (for the dialog's ticks)."""

    client_id: int
    client_name: str
    recipient: str
    consent: RecipientOption | None
    date_from: dt.date
    date_to: dt.date
    allowed: tuple[str, ...]
    withheld: tuple[str, ...]
    approved_contacts: int
    unreviewed_contacts: int
    #: The language suggested: that of the last handover to this recipient about this client.
    language: DocumentLanguage = DocumentLanguage.ENGLISH

    @property
    def emergency(self) -> bool:
        return self.consent is None


@dataclass(frozen=True, slots=True)
class HandoverResult:
    disclosure_id: int
    pages: int
    sections: tuple[str, ...]
    withheld: tuple[str, ...]
    contacts: int
    emergency: bool
    size_bytes: int
    sha256: str
    path: Path | None
    language: DocumentLanguage = DocumentLanguage.ENGLISH


def _check_range(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ValidationError({"date_from": words("the start date is after the end date")})


def _language(value: str | None) -> DocumentLanguage:
    try:
        return document_language(value)
    except ValueError:
        known = ", ".join(v.value for v in DocumentLanguage)
        raise ValidationError(
            {"language": words("a handover is written in {known}", known=known)}
        ) from None


def last_language(s: Session, client_id: int, recipient: str) -> DocumentLanguage:
    """The language of the newest handover about this client to ``recipient`` (else English)."""
    found = s.scalar(
        select(Disclosure.language)
        .where(Disclosure.client_id == client_id, Disclosure.recipient == recipient)
        .order_by(Disclosure.created_at.desc(), Disclosure.id.desc())
        .limit(1)
    )
    return DocumentLanguage(found) if found else DocumentLanguage.ENGLISH


def plan_handover(
    db: Database,
    actor: Actor,
    client_id: int,
    consent_id: int | None,
    date_from: dt.date,
    date_to: dt.date,
) -> HandoverPlan:
    """What a handover under this consent would share and withhold.

    ``consent_id=None`` plans an emergency disclosure (every section allowed).
    Refuses with ``NoActiveConsent`` when the consent is not in force.
    """
    _check_range(date_from, date_to)
    with db.read() as s:
        _, client = handover_client(s, actor, client_id)
        option = None if consent_id is None else active_option(s, client_id, consent_id)
        allowed = SECTION_KEYS if option is None else option.scope
        approved, unreviewed = count_contacts(s, client_id, date_from, date_to)
        recipient = option.recipient if option else ""
        language = last_language(s, client_id, recipient) if recipient else DocumentLanguage.ENGLISH
        return HandoverPlan(
            client.id, client.preferred_name, recipient, option, date_from, date_to, allowed,
            tuple(k for k in SECTION_KEYS if k not in allowed), approved, unreviewed, language,
        )  # fmt: skip


def _chosen(allowed: tuple[str, ...], sections: Iterable[str] | None) -> tuple[str, ...]:
    if sections is None:
        return allowed
    wanted = list(sections)
    unknown = sorted(set(wanted) - set(SECTION_KEYS))
    if unknown:
        raise ValidationError(
            {"sections": words("unknown section(s): {unknown}", unknown=", ".join(unknown))}
        )
    outside = [k for k in normal_scope(wanted) if k not in allowed]
    if outside:
        raise PermissionDenied(
            words(
                "the consent does not cover {sections}",
                sections=", ".join(SECTIONS[k] for k in outside),
            )
        )
    chosen = normal_scope(wanted)
    if not chosen:
        raise ValidationError({"sections": words("choose at least one section to share")})
    return chosen


def produce_handover(
    db: Database,
    actor: Actor,
    client_id: int,
    *,
    consent_id: int | None = None,
    emergency_reason: str | None = None,
    recipient_name: str | None = None,
    date_from: dt.date,
    date_to: dt.date,
    sections: Iterable[str] | None = None,
    include_unreviewed: bool = False,
    output: Path | BinaryIO,
    paper: str = "A4",
    language: str = DocumentLanguage.ENGLISH,
) -> HandoverResult:
    """Make the PDF, write it to ``output`` and record the handover, or refuse.

    A file ``output`` is released as it is written; a stream is only prepared
    (``release_disclosure`` when it leaves).

    With a consent: the consent must be in force, ``sections`` (default: all it
    covers) must lie within its scope, and the recipient is the one it names.
    With ``emergency_reason``: no consent is needed; every section may be shared;
    ``recipient_name`` (or the consent's recipient, if one is given) says to whom.
    ``language`` ("en" or "fr") is the summary's, recorded with it.
    """
    _check_range(date_from, date_to)
    wording = _language(language)
    reason = (emergency_reason or "").strip()
    name = " ".join((recipient_name or "").split())
    if len(reason) > MAX_REASON:
        raise ValidationError(
            {
                "emergency_reason": words(
                    "keep the reason under {max_reason} characters", max_reason=MAX_REASON
                )
            }
        )
    if len(name) > MAX_RECIPIENT:
        raise ValidationError(
            {
                "recipient_name": words(
                    "a recipient is at most {max_recipient} characters", max_recipient=MAX_RECIPIENT
                )
            }
        )
    now = utcnow()

    with db.read() as s:
        me, client = handover_client(s, actor, client_id)
        option: RecipientOption | None = None
        if reason:
            if consent_id is not None:
                name = name or client_consent(s, client_id, consent_id).recipient
            if not name:
                raise ValidationError(
                    {"recipient_name": words("say who receives this emergency disclosure")}
                )
            allowed = SECTION_KEYS
        else:
            if consent_id is None:
                raise NoActiveConsent(
                    words(
                        "no active consent chosen: a handover needs the client's consent to share "
                        "with the recipient, or an emergency disclosure with a reason"
                    )
                )
            option = active_option(s, client_id, consent_id)
            if name and name != option.recipient:
                raise ValidationError(
                    {
                        "recipient_name": words(
                            "a handover under a consent goes to the recipient it names"
                        )
                    }
                )
            name = option.recipient
            allowed = option.scope
        chosen = _chosen(allowed, sections)
        data = gather(
            s, me, client,
            Request(
                recipient=name, option=option, reason=reason, date_from=date_from,
                date_to=date_to, chosen=chosen, allowed=allowed,
                include_unreviewed=include_unreviewed, now=now, language=wording,
            ),
        )  # fmt: skip

    buffer = io.BytesIO()
    pages = render_handover(data, buffer, paper=paper)
    pdf = buffer.getvalue()
    digest = hashlib.sha256(pdf).hexdigest()
    withheld = tuple(k for k, _ in data.withheld)

    written: Path | None = None
    try:
        with db.write() as s:
            me = load_user(s, actor, WORKER, SUPERVISOR)
            if option is not None:
                active_option(s, client_id, option.consent_id)  # not revoked meanwhile
            disclosure_id = record_disclosure(
                s, me,
                DisclosureRecord(
                    client_id=client_id, recipient=name,
                    consent_id=option.consent_id if option else None, sections=chosen,
                    withheld=withheld, date_from=date_from, date_to=date_to,
                    emergency_reason=reason, include_unreviewed=include_unreviewed,
                    contacts=len(data.contacts), pages=pages, sha256=digest, created_at=now,
                    language=wording,
                ),
            )  # fmt: skip
            if isinstance(output, str | Path):
                made = s.get(Disclosure, disclosure_id)
                assert made is not None
                record_release(s, me, made, ReleaseHow.CLI_OUTPUT)
            written = _write(output, pdf)
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return HandoverResult(
        disclosure_id, pages, chosen, withheld, len(data.contacts), bool(reason), len(pdf),
        digest, written, wording,
    )  # fmt: skip


def _write(output: Path | BinaryIO, pdf: bytes) -> Path | None:
    if isinstance(output, str | Path):
        path = Path(output)
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            raise PswdeskError(
                words("cannot write {path}: {reason}", path=path, reason=exc.strerror or exc)
            ) from exc
        return path
    output.write(pdf)
    return None
