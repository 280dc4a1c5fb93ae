"""The consent rules the handover and the consents screen share: pure, so tested directly."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pswdesk.services.consent_rules import (
    EXPIRING_WITHIN_DAYS,
    SECTION_KEYS,
    SECTIONS,
    ConsentState,
    consent_state,
    is_active,
    normal_scope,
    scope_text,
)

TODAY = dt.date(2025, 6, 15)
DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("given_on", "expires_on", "revoked_on", "state"),
    [
        (TODAY - 100 * DAY, None, None, ConsentState.ACTIVE),
        (TODAY, None, None, ConsentState.ACTIVE),  # in force from the day it is given
        (TODAY + DAY, None, None, ConsentState.FUTURE),
        (TODAY - 100 * DAY, TODAY, None, ConsentState.EXPIRING),  # the expiry day still holds
        (TODAY - 100 * DAY, TODAY - DAY, None, ConsentState.EXPIRED),
        (TODAY - 100 * DAY, TODAY + EXPIRING_WITHIN_DAYS * DAY, None, ConsentState.EXPIRING),
        (TODAY - 100 * DAY, TODAY + (EXPIRING_WITHIN_DAYS + 1) * DAY, None, ConsentState.ACTIVE),
        (TODAY - 100 * DAY, None, TODAY, ConsentState.REVOKED),  # stops on the day revoked
        (TODAY - 100 * DAY, None, TODAY + DAY, ConsentState.ACTIVE),  # revocation dated ahead
        (TODAY - 100 * DAY, TODAY - DAY, TODAY - 5 * DAY, ConsentState.REVOKED),
        (TODAY + DAY, TODAY - DAY, None, ConsentState.EXPIRED),
    ],
)
def test_states(
    given_on: dt.date, expires_on: dt.date | None, revoked_on: dt.date | None, state: ConsentState
) -> None:
    assert consent_state(given_on, expires_on, revoked_on, TODAY) is state
    assert is_active(given_on, expires_on, revoked_on, TODAY) == (
        state in (ConsentState.ACTIVE, ConsentState.EXPIRING)
    )
    assert state.label


dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2050, 1, 1))


@given(given_on=dates, expires_on=st.none() | dates, revoked_on=st.none() | dates, today=dates)
def test_revoked_or_expired_is_never_active(
    given_on: dt.date, expires_on: dt.date | None, revoked_on: dt.date | None, today: dt.date
) -> None:
    active = is_active(given_on, expires_on, revoked_on, today)
    if revoked_on is not None and revoked_on <= today:
        assert not active
    if expires_on is not None and expires_on < today:
        assert not active
    if given_on > today:
        assert not active


def test_scope_is_normalised_to_print_order() -> None:
    assert normal_scope(["contacts", "goals", "nonsense", "goals"]) == ("goals", "contacts")
    assert scope_text(["referrals", "risk"]) == "Current risk level, Referrals"
    assert scope_text([]) == "nothing"
    assert tuple(SECTIONS) == SECTION_KEYS
    # The keys the demo data and the consents screen use are all known sections.
    for key in ("goals", "safety_plan", "risk", "referrals", "contacts", "care_team", "strengths"):
        assert key in SECTIONS
