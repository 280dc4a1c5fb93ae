"""Reporting periods: every preset on every day, the fiscal year on every start month."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from pswdesk.models import Note
from pswdesk.reports.periods import (
    MAX_DAYS,
    Period,
    PeriodError,
    Preset,
    custom_period,
    fiscal_year_start,
    month_label,
    preset_period,
    utc_bounds,
)
from pswdesk.services.reporting.scope import report_context
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note

DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))
MONTHS = st.integers(min_value=1, max_value=12)
PAIRS = (
    (Preset.THIS_MONTH, Preset.LAST_MONTH),
    (Preset.THIS_QUARTER, Preset.LAST_QUARTER),
    (Preset.THIS_FISCAL_YEAR, Preset.LAST_FISCAL_YEAR),
)


def test_the_presets_on_a_known_day() -> None:
    today = dt.date(2026, 11, 15)
    got = {p: preset_period(p, today) for p in Preset if p is not Preset.CUSTOM}
    assert (got[Preset.THIS_MONTH].start, got[Preset.THIS_MONTH].end) == (
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
    )
    assert got[Preset.THIS_MONTH].label == "November 2026"
    assert got[Preset.LAST_MONTH].label == "October 2026"
    assert got[Preset.THIS_QUARTER].label == "Q4 2026"
    assert got[Preset.LAST_QUARTER].start == dt.date(2026, 7, 1)
    assert got[Preset.LAST_QUARTER].end == dt.date(2026, 9, 30)
    fiscal = got[Preset.THIS_FISCAL_YEAR]
    assert (fiscal.start, fiscal.end, fiscal.label) == (
        dt.date(2026, 4, 1),
        dt.date(2027, 3, 31),
        "Fiscal year 2026–27",
    )
    assert got[Preset.LAST_FISCAL_YEAR].label == "Fiscal year 2025–26"
    assert len(fiscal.months()) == 12
    assert fiscal.span_text == "1 April 2026 – 31 March 2027"


def test_january_and_the_turn_of_the_year() -> None:
    jan = dt.date(2027, 1, 3)
    assert preset_period(Preset.LAST_MONTH, jan).label == "December 2026"
    assert preset_period(Preset.LAST_QUARTER, jan).label == "Q4 2026"
    calendar = preset_period(Preset.THIS_FISCAL_YEAR, jan, fiscal_start_month=1)
    assert calendar.label == "Fiscal year 2027"
    assert preset_period(Preset.THIS_FISCAL_YEAR, jan).start == dt.date(2026, 4, 1)


@given(DAYS, MONTHS)
def test_every_preset_is_whole_months_and_the_last_one_ends_where_this_one_starts(
    today: dt.date, start_month: int
) -> None:
    for this, last in PAIRS:
        now = preset_period(this, today, fiscal_start_month=start_month)
        before = preset_period(last, today, fiscal_start_month=start_month)
        assert now.start <= today <= now.end
        assert before.end + dt.timedelta(days=1) == now.start
        for p in (now, before):
            assert p.start.day == 1
            assert (p.end + dt.timedelta(days=1)).day == 1
            assert len(p.months()) == {Preset.THIS_MONTH: 1, Preset.THIS_QUARTER: 3}.get(this, 12)
    assert fiscal_year_start(today, start_month).month == start_month


@given(DAYS, DAYS)
def test_a_custom_period_is_refused_only_when_backwards_or_too_long(a: dt.date, b: dt.date) -> None:
    if b < a:
        with pytest.raises(PeriodError, match="ends before it starts"):
            custom_period(a, b)
    elif (b - a).days + 1 > MAX_DAYS:
        with pytest.raises(PeriodError, match="ten years"):
            custom_period(a, b)
    else:
        p = custom_period(a, b)
        assert (p.start, p.end, p.days) == (a, b, (b - a).days + 1)
        assert p.months()[0] == (a.year, a.month) and p.months()[-1] == (b.year, b.month)


def test_custom_has_no_preset_and_a_bad_fiscal_month_is_refused() -> None:
    with pytest.raises(PeriodError, match="custom"):
        preset_period(Preset.CUSTOM, dt.date(2026, 1, 1))
    with pytest.raises(PeriodError, match="month from 1 to 12"):
        preset_period(Preset.THIS_FISCAL_YEAR, dt.date(2026, 1, 1), fiscal_start_month=13)


def test_the_bounds_are_local_midnights_and_a_month_is_labelled_short() -> None:
    p = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "March 2026")
    lo, hi = utc_bounds(p)
    assert lo.tzinfo is not None and hi.tzinfo is not None
    assert lo.astimezone().replace(tzinfo=None) == dt.datetime(2026, 3, 1)
    assert hi.astimezone().replace(tzinfo=None) == dt.datetime(2026, 4, 1)
    assert month_label(2026, 3) == "Mar 2026"


def test_the_bounds_follow_this_computers_time_zone(newfoundland: None) -> None:
    p = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "March 2026")
    lo, hi = utc_bounds(p)
    assert lo == dt.datetime(2026, 3, 1, 3, 30, tzinfo=dt.UTC)
    # Summer time began on 8 March: the month ends at 02:30 UTC, not 03:30.
    assert hi == dt.datetime(2026, 4, 1, 2, 30, tzinfo=dt.UTC)


def test_a_late_evening_contact_counts_in_its_local_month_on_both_backends(
    agency: Agency, newfoundland: None
) -> None:
    """23:30 on 31 March in St. John's is 02:00 UTC on 1 April: it is March's."""
    client = new_client(agency, agency.wendy)
    at = {
        "march": dt.datetime(2026, 4, 1, 2, 0, tzinfo=dt.UTC),
        "april": dt.datetime(2026, 4, 1, 3, 0, tzinfo=dt.UTC),
    }
    ids = {k: submitted_note(agency, agency.wendy, client, contact_at=v).id for k, v in at.items()}
    period = custom_period(dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    with agency.db.read() as s:
        ctx = report_context(s, agency.sam, period)
        got = dict(s.execute(select(Note.id, ctx.month_index(Note.contact_at))).all())
    assert (got[ids["march"]], got[ids["april"]]) == (0, 1)
