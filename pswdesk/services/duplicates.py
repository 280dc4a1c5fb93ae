"""Finding clients who may already be registered, before someone registers them twice.

A likely duplicate is a client with the same or a close name (accents and case
folded; close spellings and swapped first and last names caught by rapidfuzz's
token-sorted ratios) AND the same date of birth; or with the same phone number
(its digits, the last ten); or with the same email address (case-folded). Closed
and merged clients are matched too, with their status shown.

Only clients the user may see are named; the others are counted (``hidden``), and
the user is told to ask their supervisor, so nobody learns who else is a client.
The database narrows the candidates (same date of birth, or a phone or email that
can match) and ``match_reasons``, a pure function, decides.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import DuplicateFound
from pswdesk.models import Client, User
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, load_user, visible_client_filter
from pswdesk.services.client_input import ClientInput
from pswdesk.vocabulary import ClientStatus
from pswdesk.wording import joined, words

#: rapidfuzz scores (0..100) at or above which two folded names are "close".
NAME_THRESHOLD = 75
#: Fewer digits than this say too little about a phone to match on it.
MIN_PHONE_DIGITS = 7
PHONE_DIGITS = 10
#: Names longer than this are cut before matching (a name field holds 200 at most).
MAX_MATCHED = 300

SAME_NAME = "same name and date of birth"
CLOSE_NAME = "similar name and same date of birth"
SAME_PHONE = "same phone number"
SAME_EMAIL = "same email address"
ASK_SUPERVISOR = words(
    "a client with these details may already be registered — ask your supervisor"
)


@dataclass(frozen=True, slots=True)
class DuplicateProbe:
    """The details typed so far that say who a person is."""

    preferred_name: str = ""
    legal_name: str = ""
    date_of_birth: dt.date | None = None
    phone: str = ""
    email: str = ""

    @classmethod
    def of(cls, data: ClientInput) -> DuplicateProbe:
        return cls(data.preferred_name, data.legal_name, data.date_of_birth, data.phone, data.email)


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    client_id: int
    preferred_name: str
    legal_name: str
    date_of_birth: dt.date | None
    status: str
    reasons: tuple[str, ...]

    @property
    def summary(self) -> str:
        """ "12 Ana Smith (closed; same phone number)": one match, for a list or a message."""
        status = "" if self.status == ClientStatus.ACTIVE else f"{self.status}; "
        return f"{self.client_id} {self.preferred_name} ({status}{', '.join(self.reasons)})"


@dataclass(frozen=True, slots=True)
class DuplicateReport:
    """The likely duplicates the user may see, and how many more they may not."""

    matches: tuple[DuplicateMatch, ...] = ()
    hidden: int = 0

    @property
    def found(self) -> bool:
        return bool(self.matches) or self.hidden > 0

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(m.client_id for m in self.matches)

    def message(self) -> str:
        """What to tell the person: the clients they may see, or to ask their supervisor."""
        parts: list[str] = []
        if self.matches:
            listed = "; ".join(m.summary for m in self.matches)
            parts.append(words("this may be a client already registered: {listed}", listed=listed))
        if self.hidden:
            parts.append(ASK_SUPERVISOR)
        return joined(parts, "; and ") if parts else words("no likely duplicates")

    def without(self, ids: tuple[int, ...] | list[int] | set[int]) -> DuplicateReport:
        """The report less the clients the user declared to be someone else."""
        return DuplicateReport(
            tuple(m for m in self.matches if m.client_id not in ids), self.hidden
        )


# -- the pure matching ------------------------------------------------------------------


def fold(text: str) -> str:
    """A name as compared: accents dropped, case folded, punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text[: MAX_MATCHED * 4])
    kept = "".join(
        ch if ch.isalnum() else " "
        for ch in decomposed
        if not unicodedata.combining(ch)
    )  # fmt: skip
    return " ".join(kept.casefold().split())[:MAX_MATCHED]


def phone_key(text: str) -> str:
    """The phone's digits, the last ten ("" when too few to tell anyone apart)."""
    digits = "".join(ch for ch in text[:1_000] if ch in "0123456789")
    return digits[-PHONE_DIGITS:] if len(digits) >= MIN_PHONE_DIGITS else ""


def email_key(text: str) -> str:
    """The address, case-folded ("" when it is not one, or holds what cannot be stored)."""
    value = text[:1_000].strip().casefold()
    local, at, domain = value.rpartition("@")
    storable = all(unicodedata.category(ch) not in ("Cc", "Cs") for ch in value)
    return value if at and local and domain and storable else ""


def _names(p: DuplicateProbe) -> set[str]:
    return {n for n in (fold(p.preferred_name), fold(p.legal_name)) if n}


def name_score(a: str, b: str) -> float:
    """How alike two folded names are (0..100); word order does not count."""
    return max(fuzz.token_sort_ratio(a, b), fuzz.WRatio(a, b))


def match_reasons(probe: DuplicateProbe, other: DuplicateProbe) -> tuple[str, ...]:
    """Why ``other`` may be the same person as ``probe`` (empty when nothing says so)."""
    reasons: list[str] = []
    if probe.date_of_birth is not None and probe.date_of_birth == other.date_of_birth:
        mine, theirs = _names(probe), _names(other)
        if mine & theirs:
            reasons.append(SAME_NAME)
        elif any(name_score(a, b) >= NAME_THRESHOLD for a in mine for b in theirs):
            reasons.append(CLOSE_NAME)
    phone = phone_key(probe.phone)
    if phone and phone == phone_key(other.phone):
        reasons.append(SAME_PHONE)
    email = email_key(probe.email)
    if email and email == email_key(other.email):
        reasons.append(SAME_EMAIL)
    return tuple(reasons)


# -- against the database ---------------------------------------------------------------


def _candidates(s: Session, probe: DuplicateProbe, exclude_id: int | None) -> list[Client]:
    conditions = []
    if probe.date_of_birth is not None and _names(probe):
        conditions.append(Client.date_of_birth == probe.date_of_birth)
    phone = phone_key(probe.phone)
    if phone:
        # Digits in order with anything between them: "(555) 123-4567" matches "5551234567".
        conditions.append(Client.phone.like("%" + "%".join(phone[-MIN_PHONE_DIGITS:]) + "%"))
    email = email_key(probe.email)
    if email:
        conditions.append(func.lower(func.trim(Client.email)) == email.lower())
    if not conditions:
        return []
    q = select(Client).where(or_(*conditions)).order_by(Client.id)
    if exclude_id is not None:
        q = q.where(Client.id != exclude_id)
    return list(s.scalars(q))


def find_in(
    s: Session, me: User, probe: DuplicateProbe, *, exclude_id: int | None = None
) -> DuplicateReport:
    """``likely_duplicates`` inside a transaction the caller holds."""
    found: list[tuple[Client, tuple[str, ...]]] = []
    for c in _candidates(s, probe, exclude_id):
        other = DuplicateProbe(c.preferred_name, c.legal_name, c.date_of_birth, c.phone, c.email)
        reasons = match_reasons(probe, other)
        if reasons:
            found.append((c, reasons))
    if not found:
        return DuplicateReport()
    ids = [c.id for c, _ in found]
    visible = set(
        s.scalars(select(Client.id).where(Client.id.in_(ids), visible_client_filter(s, me)))
    )
    matches = tuple(
        DuplicateMatch(c.id, c.preferred_name, c.legal_name, c.date_of_birth, c.status, reasons)
        for c, reasons in found
        if c.id in visible
    )
    return DuplicateReport(matches, len(found) - len(matches))


def likely_duplicates(
    db: Database, actor: Actor, probe: DuplicateProbe, *, exclude_id: int | None = None
) -> DuplicateReport:
    """Clients who may be the person described; ``exclude_id`` is the one being edited."""
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        return find_in(s, me, probe, exclude_id=exclude_id)


__all__ = [
    "DuplicateFound",
    "DuplicateMatch",
    "DuplicateProbe",
    "DuplicateReport",
    "email_key",
    "fold",
    "likely_duplicates",
    "match_reasons",
    "phone_key",
]
