"""What a consent to share information covers, and whether it is in force today.

Pure rules, no database: the handover decides with them what may leave the
agency, and the consents screen shows the same states, so both always agree.

A consent's ``scope`` is a list of the section keys below. Dates are whole
days: a consent is in force from ``given_on`` through ``expires_on`` (the expiry
date is the last day it still holds) and stops on the day it is revoked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from pswdesk.vocabulary import HandoverSection

#: Handover sections, in the order the summary prints them, with their labels.
SECTIONS: dict[str, str] = {s.value: s.label for s in HandoverSection}
SECTION_KEYS: tuple[str, ...] = tuple(SECTIONS)

#: An active consent that ends within this many days is flagged as expiring.
EXPIRING_WITHIN_DAYS = 30


class ConsentState(StrEnum):
    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    REVOKED = "revoked"
    FUTURE = "future"

    @property
    def label(self) -> str:
        return {
            "active": "Active",
            "expiring": "Active, expiring soon",
            "expired": "Expired",
            "revoked": "Revoked",
            "future": "Not yet in force",
        }[self.value]

    @property
    def in_force(self) -> bool:
        """Whether information may be shared under it today."""
        return self in (ConsentState.ACTIVE, ConsentState.EXPIRING)


def consent_state(
    given_on: dt.date,
    expires_on: dt.date | None,
    revoked_on: dt.date | None,
    today: dt.date,
) -> ConsentState:
    """The consent's state on ``today``. Revocation wins over everything else."""
    if revoked_on is not None and revoked_on <= today:
        return ConsentState.REVOKED
    if expires_on is not None and expires_on < today:
        return ConsentState.EXPIRED
    if given_on > today:
        return ConsentState.FUTURE
    if expires_on is not None and (expires_on - today).days <= EXPIRING_WITHIN_DAYS:
        return ConsentState.EXPIRING
    return ConsentState.ACTIVE


def is_active(
    given_on: dt.date,
    expires_on: dt.date | None,
    revoked_on: dt.date | None,
    today: dt.date,
) -> bool:
    """True when information may be shared under this consent today (expiring counts)."""
    return consent_state(given_on, expires_on, revoked_on, today).in_force


def normal_scope(scope: Iterable[str]) -> tuple[str, ...]:
    """Known section keys only, each once, in print order (unknown keys are dropped)."""
    wanted = set(scope)
    return tuple(k for k in SECTION_KEYS if k in wanted)


def section_labels(keys: Iterable[str]) -> tuple[str, ...]:
    return tuple(SECTIONS[k] for k in normal_scope(keys))


def scope_text(scope: Iterable[str]) -> str:
    """ "Goals and progress, Referrals" or "nothing" — for lists and the PDF."""
    labels = section_labels(scope)
    return ", ".join(labels) if labels else "nothing"
