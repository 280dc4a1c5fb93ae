"""The handover renderer on hostile and extreme text, without a database.

The service decides what may be shared; these tests feed the renderer directly
so that hypothesis can try many strings quickly. Each PDF is read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from pswdesk.reports.handover_data import (
    AddendumInfo,
    AgencyInfo,
    CareTeamInfo,
    ClientInfo,
    ConsentInfo,
    ContactInfo,
    FollowUpInfo,
    GoalInfo,
    GoalProgressInfo,
    HandoverData,
    ReferralInfo,
    RiskInfo,
    SafetyPlanInfo,
    StaffContact,
    StrengthInfo,
)
from pswdesk.reports.handover_pdf import render_handover
from pswdesk.services.consent_rules import SECTIONS

NOW = dt.datetime(2025, 3, 14, 15, 30, tzinfo=dt.UTC)
ALL = tuple(SECTIONS.items())


def sample(text: str = "plain", name: str = "Robin", **overrides: object) -> HandoverData:
    """A handover with ``text`` in every free-text place and ``name`` wherever a name goes."""
    day = NOW.date()
    data = HandoverData(
        agency=AgencyInfo(f"Agency {name}", f"1 {text} Street\nTown", "555-0100", "a@example.org"),
        client=ClientInfo(7, name, f"{name} Legal", "they/them", dt.date(1990, 2, 28)),
        recipient=f"Dr {name}",
        generated_at=NOW,
        generated_by=f"Worker {name}",
        date_from=day - dt.timedelta(days=90),
        date_to=day,
        included=ALL,
        withheld=(),
        consent=ConsentInfo(3, f"Dr {name}", text, ("Goals and progress",), "written", day, None),
        risk=RiskInfo("high", "High", NOW, f"Worker {name}", (text,), (text,)),
        safety_plan=SafetyPlanInfo(2, NOW, name, (("Warning signs", text), ("Reasons", ""))),
        goals=(GoalInfo(text, text, "active", day, day, (GoalProgressInfo(NOW, text, "paused"),)),),
        strengths=(StrengthInfo("Support", text, day), StrengthInfo("Support", text, day)),
        referrals=(ReferralInfo(name, text, "Made", day, day),),
        care_team=(CareTeamInfo(name, text, text, text, text),),
        contacts=(
            ContactInfo(
                NOW,
                "Phone",
                30,
                f"Worker {name}",
                True,
                text,
                "Low",
                (("Listening", text),),
                (AddendumInfo(NOW, name, text, text),),
            ),
            ContactInfo(NOW, "Video call", 10, name, False, text),
        ),
        follow_ups=(FollowUpInfo(day, text, name, True),),
        questions_to=(StaffContact(f"Worker {name}", "Peer support worker"),),
    )
    return data if not overrides else _replace(data, **overrides)


def _replace(data: HandoverData, **changes: object) -> HandoverData:
    from dataclasses import replace

    return replace(data, **changes)  # type: ignore[arg-type]


def render(data: HandoverData, paper: str = "A4") -> tuple[int, list[str]]:
    out = io.BytesIO()
    pages = render_handover(data, out, paper=paper)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == pages
    return pages, [p.extract_text() or "" for p in reader.pages]


def squash(text: str) -> str:
    return "".join(text.split())


# -- hostile text -------------------------------------------------------------------------------

MARKUP = st.text(
    alphabet=st.sampled_from(list("<>&\"'/=;#!?[]{}()bifontaspmlqu ABC019éЖᐊ")), min_size=1,
    max_size=60,
).filter(lambda s: s.strip())  # fmt: skip
ANYTHING = st.text(min_size=0, max_size=300)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MARKUP, name=MARKUP)
def test_markup_like_text_prints_literally(text: str, name: str) -> None:
    _, pages = render(sample(text, name))
    flat = squash("".join(pages))
    assert squash(text) in flat
    assert squash(name) in flat


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANYTHING, name=ANYTHING)
def test_any_text_renders(text: str, name: str) -> None:
    pages, texts = render(sample(text, name))
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in page


def test_surrogates_and_control_characters_do_not_break_it() -> None:
    nasty = "a\ud800b\x00c\x07d\x1be\u2028f\r\ng\x85h\tz"
    _, pages = render(sample(nasty, nasty))
    # The lone surrogate becomes "?", controls vanish, line separators split lines.
    assert "a?bcdefghz" in squash("".join(pages))
    assert "Page 1 of" in pages[0]


# -- extreme sizes ------------------------------------------------------------------------------


def test_huge_text_in_tables_and_notes_is_kept() -> None:
    words = [f"r{i:05d}" for i in range(3000)]
    big = " ".join(words)
    data = sample(
        "short",
        referrals=(ReferralInfo("Housing", big, "Made", NOW.date(), NOW.date()),),
        contacts=(ContactInfo(NOW, "Phone", 30, "W", True, "s", "", (("Exploring", big),)),),
    )
    pages, texts = render(data)
    assert pages >= 4
    flat = squash("".join(texts))
    positions = [flat.find(w) for w in words]
    assert all(p >= 0 for p in positions)  # each word twice: the table, then the note
    assert flat.count("r02999") == 2


def test_a_word_longer_than_the_line_is_broken_not_lost() -> None:
    word = "x" * 3000 + "END"
    _, texts = render(sample(word, "Robin"))
    flat = squash("".join(texts))
    assert "x" * 200 in flat and "END" in flat


# -- scripts and paper --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Zoë Ñúñez", "Анна Петрова", "ᐊᓂᔭ", "Ελένη", "Nguyễn Thị"])
def test_scripts_are_embedded_and_extracted(name: str) -> None:
    _, texts = render(sample("plain", name))
    assert all(name in page for page in texts)  # the footer names the client on every page


@pytest.mark.parametrize("name", ["سارة", "שרה"])
def test_right_to_left_letters_are_present_though_not_ordered(name: str) -> None:
    # Shaped Arabic is set in its joining forms, which the PDF's text gives as Unicode
    # presentation forms: NFKC folds them back. Order and fonts: tests/test_pdf_scripts.py.
    _, texts = render(sample("plain", name))
    assert set(name) <= set(unicodedata.normalize("NFKC", "".join(texts)))


def test_letter_paper_and_the_emergency_mark() -> None:
    data = sample("plain", consent=None, emergency_reason="Overdose; ED asked for history")
    _pages, texts = render(data, paper="Letter")
    assert all("EMERGENCY DISCLOSURE" in t for t in texts)
    assert "Overdose; ED asked for history" in "".join(texts)
    out = io.BytesIO()
    render_handover(data, out, paper="Letter")
    box = PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    with pytest.raises(ValueError, match="paper"):
        render_handover(data, io.BytesIO(), paper="A7")


def test_withheld_and_unchosen_sections_are_listed() -> None:
    data = sample(
        "plain",
        included=(("goals", "Goals and progress"),),
        withheld=(("risk", "Current risk level"),),
        not_selected=(("referrals", "Referrals"),),
    )
    _, texts = render(data)
    text = "".join(texts)
    tail = text[text.index("Not included in this summary") :]
    assert "Current risk level" in tail and "Not chosen by the sender: Referrals" in tail
    assert "Safety plan" not in text and "Goals and progress" in text


def test_with_no_one_named_and_no_agency_phone_or_email_it_still_says_whom_to_ask() -> None:
    agency = AgencyInfo("Agency Robin", "1 plain Street\nTown", "", "")
    _, texts = render(sample(agency=agency, questions_to=()))
    text = "".join(texts)
    tail = text[text.index("Questions about this summary") :]
    assert "Please contact the agency that wrote this summary." in tail
