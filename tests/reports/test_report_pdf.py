"""The report PDF read back with pypdf: heading, every cell as formatted, charts as vectors.

Hand-built reports (tests/reports/report_samples.py) exercise every column and chart
kind, a table wider than the page and hostile text; the real reports of the seeded demo
agency are rendered too, for a supervisor and the administrator.
"""

from __future__ import annotations

import dataclasses
import io

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from pswdesk.reports.handover_pdf import fmt_time
from pswdesk.reports.periods import Preset, preset_period
from pswdesk.reports.report_chart import MAX_CATEGORIES, MAX_SERIES, chart_data, nice_scale
from pswdesk.reports.report_data import (
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    Report,
    Section,
    format_cell,
)
from pswdesk.reports.report_pdf import COUNTS_ONLY, render_report_pdf
from pswdesk.services.reporting.registry import REPORT_NAMES, run_report
from tests.reports.report_samples import (
    by_service,
    custom_report,
    empty,
    per_month,
    per_worker,
    report_of,
    sample_report,
    wide,
)
from tests.reports.report_support import DemoAgency, assert_no_client_identifiers


def read(pdf: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, [p.extract_text() or "" for p in reader.pages]


def squash(text: str) -> str:
    return "".join(text.split())


def cell_texts(section: Section) -> list[str]:
    rows = [*section.rows, *([section.totals] if section.totals else [])]
    return [format_cell(c, v) for row in rows for c, v in zip(section.columns, row, strict=True)]


def assert_shows(report: Report, texts: list[str]) -> None:
    """Title, period, scope, every section's title, header labels, cells and footnotes."""
    flat = squash("".join(texts))
    for words in (report.title, report.period.label, report.period.span_text, report.scope,
                  report.agency, report.generated_by):  # fmt: skip
        assert squash(words) in flat, words
    for sec in report.sections:
        assert squash(sec.title) in flat, sec.title
        for note in sec.notes:
            assert squash(note) in flat, note
        if not sec.rows:
            assert squash(sec.empty_text) in flat
            continue
        for col in sec.columns:
            assert squash(col.label) in flat, col.label
        for text in cell_texts(sec):
            assert squash(text) in flat, text


def images(reader: PdfReader) -> list[str]:
    """Every image XObject on every page (a chart drawn as vectors adds none)."""
    found = []
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for name, ref in xobjects.items():
            if ref.get_object().get("/Subtype") == "/Image":
                found.append(name)
    return found


# -- the hand-built sample --------------------------------------------------------------------


def test_every_heading_cell_and_footnote_is_printed() -> None:
    report = sample_report()
    reader, texts = read(render_report_pdf(report, address="12 River Road\nSpringfield ON"))
    assert_shows(report, texts)
    flat = squash("".join(texts))
    assert squash(COUNTS_ONLY) in flat
    assert "12RiverRoad" in flat and "SpringfieldON" in flat
    assert squash(fmt_time(report.generated_at)) in flat
    # formatted as people read them, not raw: minutes as hours, hours and days to one place
    assert "30h00" in flat and "3.0" in flat and "2.2" in flat and "50%" in flat
    assert reader.metadata is not None and reader.metadata.title.startswith(report.title)


def test_page_x_of_y_on_every_page() -> None:
    reader, texts = read(render_report_pdf(sample_report()))
    total = len(reader.pages)
    assert total >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
    # the running head from page two on: the report and its period
    assert all("Contacts per worker · Fiscal year 2026–27" in t for t in texts[1:])


def test_letter_paper() -> None:
    reader, texts = read(render_report_pdf(sample_report(), paper="Letter"))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert_shows(sample_report(), texts)


def test_charts_are_vectors_with_their_labels() -> None:
    bar = report_of(per_worker())
    reader, texts = read(render_report_pdf(bar))
    assert images(reader) == []
    content = reader.pages[0].get_contents()
    assert content is not None
    ops = content.get_data()
    assert b" re" in ops  # bars are rectangles drawn in the page's own content
    flat = squash(texts[0])
    # the legend names the series; each worker's name appears in the axis and the table
    assert "Fullnotes" in flat and "Supervision" in flat
    assert flat.count("ChenWei") == 2
    line = report_of(per_month())
    reader, texts = read(render_report_pdf(line))
    assert images(reader) == []
    assert squash(texts[0]).count("Apr2026") == 2  # the x axis, then the table


def test_a_custom_period_says_its_dates_once_and_counts_days() -> None:
    report = custom_report()
    _, texts = read(render_report_pdf(report))
    flat = squash("".join(texts))
    assert squash("3 March 2026 – 9 May 2026 (68 days)") in flat


def test_a_table_wider_than_the_page_is_printed_in_parts_repeating_the_worker() -> None:
    report = report_of(wide())
    _, texts = read(render_report_pdf(report))
    assert_shows(report, texts)
    flat = squash("".join(texts))
    assert "Columns1of2parts" in flat and "Columns2of2parts(continued)" in flat
    assert flat.count("DanaÓSúilleabháin") == 2  # once in each part


def test_many_rows_repeat_the_header_on_every_page() -> None:
    rows = tuple((f"Worker {i:03d}", i) for i in range(200))
    sec = Section("Many", (Column("w", "Staff member", ColumnKind.TEXT), Column("n", "Contacts")),
                  rows, ("Total", sum(range(200))))  # fmt: skip
    reader, texts = read(render_report_pdf(report_of(sec)))
    assert len(reader.pages) >= 4
    assert all("Staff member" in t and "Contacts" in t for t in texts[:-1])
    flat = squash("".join(texts))
    assert all(f"Worker{i:03d}" in flat for i in range(200))
    assert "19,900" in flat


def test_an_empty_section_shows_its_text_and_no_chart() -> None:
    _, texts = read(render_report_pdf(report_of(empty())))
    flat = squash(texts[0])
    assert squash(empty().empty_text) in flat
    assert squash(empty().notes[0]) in flat
    # neither the table's header ("Reason", "Closures") nor a chart's legend
    assert "Reason" not in flat and "Closures" not in flat.replace("Closuresbyreason", "")
    assert chart_data(empty()) is None


def test_a_report_without_sections_still_has_its_heading() -> None:
    report = report_of()
    reader, texts = read(render_report_pdf(report))
    assert len(reader.pages) == 1
    assert_shows(report, texts)


# -- the chart's limits -------------------------------------------------------------------------


def test_a_crowded_bar_chart_shows_the_first_rows_and_says_so() -> None:
    sec = by_service()
    data = chart_data(sec)
    assert data is not None
    assert len(data.categories) == MAX_CATEGORIES
    _, texts = read(render_report_pdf(report_of(sec)))
    flat = squash("".join(texts))
    assert squash(f"The chart shows the first {MAX_CATEGORIES} of 40 rows") in flat
    assert all(squash(f"Service {i} for housing and income support") in flat for i in range(40))


def test_series_are_capped_and_minutes_drawn_as_hours() -> None:
    columns = (Column("m", "Month", ColumnKind.TEXT),
               *(Column(f"s{i}", f"Series {i}", ColumnKind.MINUTES) for i in range(9)))  # fmt: skip
    sec = Section("Wide chart", columns, (("Jan", *range(60, 600, 60)),),
                  chart=Chart(ChartKind.BAR, "m", tuple(f"s{i}" for i in range(9))))  # fmt: skip
    data = chart_data(sec)
    assert data is not None and len(data.series) == MAX_SERIES
    assert data.unit == "Hours" and data.series[0][1] == (1.0,)
    assert data.caveats == (f"The chart shows the first {MAX_SERIES} of 9 columns.",)
    _, texts = read(render_report_pdf(report_of(sec)))
    assert squash(data.caveats[0]) in squash(texts[0])


def test_a_chart_naming_a_missing_column_is_left_out_not_an_error() -> None:
    sec = dataclasses.replace(per_worker(), chart=Chart(ChartKind.BAR, "nobody", ("notes",)))
    assert chart_data(sec) is None
    sec = dataclasses.replace(per_worker(), chart=Chart(ChartKind.BAR, "worker", ("typo",)))
    assert chart_data(sec) is None
    _, texts = read(render_report_pdf(report_of(sec)))
    assert_shows(report_of(sec), texts)


def test_a_chart_of_nothing_but_zeros_is_left_out() -> None:
    sec = dataclasses.replace(
        empty(), rows=(("Goals met", 0), ("Moved away", 0)), totals=("Total", 0)
    )
    assert chart_data(sec) is None
    reader, texts = read(render_report_pdf(report_of(sec)))
    assert images(reader) == []
    assert squash(texts[0]).count("Goalsmet") == 1  # the table only, no axis label


@pytest.mark.parametrize(
    ("lo", "hi", "whole", "expected"),
    [
        (0, 92, True, (0, 100, 20)),
        (0, 3, True, (0, 3, 1)),
        (0, 0, True, (0, 1, 1)),
        (0, 0.7, False, (0, 0.8, 0.2)),
        (-4, 10, True, (-5, 10, 5)),
        (0, 12_345, True, (0, 15_000, 5_000)),
        (0, 0.3, False, (0, 0.3, 0.1)),
        (0, 2.2e-313, False, (0, 0.1, 0.1)),  # a denormal once gave reportlab a NaN axis
    ],
)
def test_value_axis_steps_are_round(
    lo: float, hi: float, whole: bool, expected: tuple[float, float, float]
) -> None:
    assert nice_scale(lo, hi, whole) == pytest.approx(expected)


# -- hostile text ---------------------------------------------------------------------------

MARKUP = st.text(
    alphabet=st.sampled_from(list("<>&\"'/=;#!?[]{}()bifontaspmlqu ABC019éЖᐊ+-@")), min_size=1,
    max_size=40,
).filter(lambda s: s.strip())  # fmt: skip
ANYTHING = st.text(min_size=0, max_size=200)
NUMBERS = st.one_of(
    st.none(),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
)


def hostile(text: str, name: str, values: list[object], kind: ChartKind) -> Report:
    columns = (
        Column("who", name, ColumnKind.TEXT),
        Column("a", text, ColumnKind.COUNT),
        Column("b", name, ColumnKind.MINUTES),
        Column("c", text, ColumnKind.PERCENT),
    )
    rows = tuple((f"{name} {i}", *values[i * 3 : i * 3 + 3]) for i in range(len(values) // 3))
    sec = Section(text, columns, rows, (name, *values[:3]) if len(values) >= 3 else None,  # type: ignore[arg-type]
                  Chart(kind, "who", ("a", "b", "c"), text), (text, name), text)  # fmt: skip
    return report_of(sec, title=text, agency=name, scope=text, generated_by=name)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MARKUP, name=MARKUP, kind=st.sampled_from(list(ChartKind)))
def test_markup_like_text_prints_literally(text: str, name: str, kind: ChartKind) -> None:
    _, texts = read(render_report_pdf(hostile(text, name, [1, 2, 3, 4, 5, 6], kind)))
    flat = squash("".join(texts))
    assert squash(text) in flat
    assert squash(name) in flat


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=ANYTHING,
    name=ANYTHING,
    values=st.lists(NUMBERS, max_size=30),
    kind=st.sampled_from(list(ChartKind)),
)
@example(text="", name="", values=[None, None, 2.2e-313], kind=ChartKind.BAR)
def test_any_text_and_any_values_render(
    text: str, name: str, values: list[object], kind: ChartKind
) -> None:
    reader, texts = read(render_report_pdf(hostile(text, name, values, kind)))
    assert images(reader) == []
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in page


def test_control_characters_surrogates_and_huge_names() -> None:
    nasty = "a\ud800b\x00c\x07d\x1be\u2028f\r\ng\x85h\tz"
    huge = "x" * 3000 + "END"
    words = " ".join(f"w{i:04d}" for i in range(1500))
    report = hostile(nasty, huge, [1, 2, 3, words, 5, 6], ChartKind.BAR)
    reader, texts = read(render_report_pdf(report))
    flat = squash("".join(texts))
    assert "a?bcdefghz" in flat
    assert "x" * 200 in flat and "END" in flat
    assert all(f"w{i:04d}" in flat for i in range(1500))
    assert len(reader.pages) >= 2


def test_infinite_and_not_a_number_values_print_as_dashes() -> None:
    columns = (Column("w", "Who", ColumnKind.TEXT), Column("m", "Time", ColumnKind.MINUTES),
               Column("h", "Hours", ColumnKind.HOURS))  # fmt: skip
    rows = (("Ann", float("inf"), float("nan")), ("Bo", 90, 1.5))
    sec = Section("Odd numbers", columns, rows, chart=Chart(ChartKind.BAR, "w", ("m",)))
    _, texts = read(render_report_pdf(report_of(sec)))
    flat = squash(texts[0])
    assert "Ann––" in flat and "Bo1h301.5" in flat


def test_short_rows_and_a_section_without_columns() -> None:
    short = dataclasses.replace(per_worker(), rows=(("Chen Wei", 4), ("Ann",)), totals=("T",))
    bare = Section("No columns at all", (), ((),), notes=("Said anyway.",))
    reader, texts = read(render_report_pdf(report_of(short, bare)))
    flat = squash("".join(texts))
    assert "ChenWei" in flat and "Ann" in flat and "Nocolumnsatall" in flat
    assert "Saidanyway." in flat and images(reader) == []


@pytest.mark.parametrize("name", ["Zoë Ñúñez", "Анна Петрова", "ᐊᓂᔭ", "Ελένη", "Nguyễn Thị"])
def test_scripts_are_embedded_and_extracted(name: str) -> None:
    report = report_of(per_worker(), agency=name, generated_by=name)
    _, texts = read(render_report_pdf(report))
    assert all(name in page for page in texts)  # the footer names who made it on every page


# -- the real reports ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_the_demo_agency_reports_print_every_number(report_demo: DemoAgency, name: str) -> None:
    sup = next(iter(report_demo.supervisors.values()))
    for actor in (sup, report_demo.admin):
        period = preset_period(Preset.THIS_FISCAL_YEAR, report_demo.today)
        report = run_report(report_demo.db, actor, name, period, today=report_demo.today)
        reader, texts = read(render_report_pdf(report))
        assert images(reader) == []
        assert_shows(report, texts)
        assert_no_client_identifiers(report, report_demo.db)
