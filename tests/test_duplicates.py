"""Likely duplicates: the pure matching rules, hostile input, and who may see which match."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pswdesk.errors import PermissionDenied
from pswdesk.services import closing, intake
from pswdesk.services.client_input import ClientInput
from pswdesk.services.duplicates import (
    CLOSE_NAME,
    SAME_EMAIL,
    SAME_NAME,
    SAME_PHONE,
    DuplicateProbe,
    email_key,
    fold,
    likely_duplicates,
    match_reasons,
    phone_key,
)
from pswdesk.vocabulary import CloseReason
from tests.conftest import Agency

DOB = dt.date(1987, 4, 12)


def probe(name: str = "", legal: str = "", dob: dt.date | None = DOB, **kw: str) -> DuplicateProbe:
    return DuplicateProbe(name, legal, dob, kw.get("phone", ""), kw.get("email", ""))


# -- the pure function ------------------------------------------------------------------


def test_folding_drops_accents_case_and_punctuation() -> None:
    assert fold("  María-José  GARCÍA ") == "maria jose garcia"
    assert fold("Zoë O'Neill") == "zoe o neill"
    assert fold("ＡＮＡ") == "ana"  # full-width letters fold too
    assert fold("<b>\x00") == "b"


@pytest.mark.parametrize(
    ("typed", "stored", "reason"),
    [
        ("Maria Garcia", "María García", SAME_NAME),
        ("jon smith", "John Smith", CLOSE_NAME),
        ("Smith, John", "John Smith", CLOSE_NAME),  # swapped first and last
        ("Catherine Lee", "Katherine Lee", CLOSE_NAME),
        ("Muhammad Ali", "Mohammed Ali", CLOSE_NAME),
        ("Nour", "Noor", CLOSE_NAME),
    ],
)
def test_same_or_close_name_with_the_same_birthday(typed: str, stored: str, reason: str) -> None:
    assert match_reasons(probe(typed), probe(stored)) == (reason,)
    # The same names with another birthday (or none) say nothing.
    assert match_reasons(probe(typed), probe(stored, dob=dt.date(1987, 4, 13))) == ()
    assert match_reasons(probe(typed, dob=None), probe(stored, dob=None)) == ()


def test_legal_and_preferred_names_are_compared_across() -> None:
    assert match_reasons(probe("Sam Okafor"), probe("Sammy", legal="Sam Okafor")) == (SAME_NAME,)
    assert match_reasons(probe("Bo", legal="Rob Jones"), probe("Robert Jones")) == (CLOSE_NAME,)


def test_different_people_born_the_same_day_are_not_matched() -> None:
    assert match_reasons(probe("Alex Brown"), probe("Alex Green")) == ()
    assert match_reasons(probe("Tom Hughes"), probe("Tim Hayes")) == ()
    assert match_reasons(probe("Ana"), probe("Ben")) == ()


def test_phone_digits_and_email_case_match_on_their_own() -> None:
    a = probe("Ana", dob=None, phone="+1 (555) 123-4567")
    b = probe("Someone Else", dob=None, phone="555.123.4567")
    assert match_reasons(a, b) == (SAME_PHONE,)
    c = probe("Ana", dob=None, email=" Ana.B@Example.ORG ")
    d = probe("Bee", dob=None, email="ana.b@example.org")
    assert match_reasons(c, d) == (SAME_EMAIL,)
    both = probe("Ana", phone="5551234567", email="a@b.c")
    assert match_reasons(both, both) == (SAME_NAME, SAME_PHONE, SAME_EMAIL)


def test_too_little_to_tell_people_apart_is_no_match() -> None:
    assert phone_key("ext. 12") == ""
    assert phone_key("123-4567") == "1234567"
    assert phone_key("+44 20 7946 0958 0000") == "4609580000"  # the last ten digits
    assert email_key("not an email") == ""
    assert match_reasons(probe("", dob=DOB), probe("", dob=DOB)) == ()
    assert match_reasons(probe("Ana", phone="12"), probe("Bo", phone="12")) == ()


hostile_text = st.one_of(
    st.text(),  # every script, control characters, lone surrogates, NUL
    st.text(alphabet=st.sampled_from("<>&\"'`\\\x00\x1b\u202e\ufeff %_;")),
    st.just("<script>alert('x')</script>"),
    st.just("Robert'); DROP TABLE clients;--"),
    st.text(min_size=1, max_size=40).map(lambda t: t * 500),  # huge text
    st.just("\ufdfa" * 3_000),  # one character that decomposes into eighteen
)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1)))


@settings(max_examples=200, deadline=None)
@given(hostile_text, hostile_text, hostile_text, hostile_text, dates, dates)
def test_matching_never_raises(a: str, b: str, c: str, d: str, x: object, y: object) -> None:
    p = DuplicateProbe(a, b, x, c, d)  # type: ignore[arg-type]
    q = DuplicateProbe(d, c, y, b, a)  # type: ignore[arg-type]
    reasons = match_reasons(p, q)
    assert isinstance(reasons, tuple)
    assert set(reasons) <= {SAME_NAME, CLOSE_NAME, SAME_PHONE, SAME_EMAIL}
    assert len(fold(a)) <= 300
    assert match_reasons(p, p) == match_reasons(p, p)  # deterministic


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1), dates)
def test_a_record_matches_itself_whenever_it_has_a_name_and_birthday(
    name: str, dob: object
) -> None:
    p = DuplicateProbe(name, "", dob)  # type: ignore[arg-type]
    reasons = match_reasons(p, p)
    assert (SAME_NAME in reasons) == bool(fold(name) and dob is not None)


# -- against the database ---------------------------------------------------------------


def _register(agency: Agency, actor, data: ClientInput, **kw):  # type: ignore[no-untyped-def]
    return intake.register_client(agency.db, actor, data, allow_duplicate=True, **kw)


def test_only_clients_the_user_may_see_are_named(agency: Agency) -> None:
    mine = _register(agency, agency.wendy, ClientInput("María López", date_of_birth=DOB))
    theirs = _register(agency, agency.walt, ClientInput("Maria Lopez", date_of_birth=DOB))
    report = likely_duplicates(agency.db, agency.wendy, probe("maria lopez"))
    assert [m.client_id for m in report.matches] == [mine.id]
    assert report.matches[0].reasons == (SAME_NAME,)
    assert report.hidden == 1  # Walt's client, counted but not named
    assert "ask your supervisor" in report.message()
    # Walt's supervisor sees theirs and not Wendy's; the agency-wide view sees both.
    sue = likely_duplicates(agency.db, agency.sue, probe("Maria Lopez"))
    assert ([m.client_id for m in sue.matches], sue.hidden) == ([theirs.id], 1)
    # The client being edited is not its own duplicate.
    alone = likely_duplicates(agency.db, agency.wendy, probe("maria lopez"), exclude_id=mine.id)
    assert (alone.matches, alone.hidden) == ((), 1)


def test_phone_email_and_closed_clients_are_found(agency: Agency) -> None:
    a = _register(agency, agency.wendy, ClientInput("Ana", phone="(555) 010-2345"))
    b = _register(agency, agency.wendy, ClientInput("Bea", email="Bea@Example.org"))
    closing.close_client(agency.db, agency.sam, b.id, b.version, CloseReason.MOVED, dt.date.today())
    by_phone = likely_duplicates(agency.db, agency.wendy, probe("X", phone="555 010 2345"))
    assert [(m.client_id, m.reasons) for m in by_phone.matches] == [(a.id, (SAME_PHONE,))]
    by_email = likely_duplicates(agency.db, agency.wendy, probe("Y", email="bea@example.ORG"))
    assert [(m.client_id, m.status) for m in by_email.matches] == [(b.id, "closed")]
    assert "closed" in by_email.message()
    nothing = likely_duplicates(agency.db, agency.wendy, probe("Ana", phone="555 010 2346"))
    assert not nothing.found


def test_administrators_cannot_probe_for_clients(agency: Agency) -> None:
    with pytest.raises(PermissionDenied):
        likely_duplicates(agency.db, agency.admin, probe("Ana"))


def test_names_are_compared_only_among_the_same_birthday(agency: Agency) -> None:
    for i in range(80):
        _register(
            agency,
            agency.wendy,
            ClientInput(f"Client {i}", date_of_birth=DOB + dt.timedelta(days=i % 40)),
        )
    report = likely_duplicates(
        agency.db, agency.wendy, probe("Client 7", dob=DOB + dt.timedelta(7))
    )
    # Client 7 and 47 share a birthday (and nearly a name); Client 17 does not share it.
    assert sorted(m.preferred_name for m in report.matches) == ["Client 47", "Client 7"]
    assert report.hidden == 0


# One agency for every example: probing writes nothing, so the examples do not interfere.
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(hostile_text, hostile_text, hostile_text, dates)
def test_hostile_probes_reach_the_database_safely(
    agency: Agency, name: str, phone: str, email: str, dob: object
) -> None:
    p = DuplicateProbe(name, name, dob, phone, email + "@x.org")  # type: ignore[arg-type]
    report = likely_duplicates(agency.db, agency.wendy, p)
    assert report.matches == () and report.hidden == 0
