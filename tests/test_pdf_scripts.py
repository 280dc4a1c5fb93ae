"""Every script on paper: fallback fonts, shaping, right-to-left order, hostile and huge text.

The PDFs are read back with pypdf: which embedded font draws each string, what
text a reader extracts, and where on the line each word sits.
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

import pytest
from bidi import get_display
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from test_handover_pdf import NOW, sample

from pswdesk.reports import text_runs
from pswdesk.reports.fonts import FONT, covers, face_for
from pswdesk.reports.handover_data import ContactInfo, HandoverData
from pswdesk.reports.handover_pdf import render_handover

NAMES = {
    "arabic": ("سارة حداد", "PswdeskArabic", "NotoSansArabic"),
    "hebrew": ("שרה כהן", "PswdeskHebrew", "NotoSansHebrew"),
    "chinese": ("王小明", "PswdeskCJK", "WenQuanYiMicroHei"),
    "korean": ("김민준", "PswdeskCJK", "WenQuanYiMicroHei"),
    "cherokee": ("ᏣᎳᎩ ᎠᏂᏴᏫ", "PswdeskCherokee", "NotoSansCherokee"),
    "devanagari": ("अनिल कुमार", "PswdeskDevanagari", "NotoSansDevanagari"),
    "latin": ("Zoë Ñúñez-Øster", FONT, "DejaVuSans"),
}


FAMILY_OF_FILE = {
    "DejaVuSans": FONT,
    "NotoSansArabic": "PswdeskArabic",
    "NotoSansHebrew": "PswdeskHebrew",
    "NotoSansCherokee": "PswdeskCherokee",
    "NotoSansDevanagari": "PswdeskDevanagari",
    "WenQuanYiMicroHei": "PswdeskCJK",
}


def pdf(data: HandoverData) -> PdfReader:
    out = io.BytesIO()
    render_handover(data, out)
    return PdfReader(io.BytesIO(out.getvalue()))


def runs(page: Any) -> list[tuple[str, str, float, float]]:
    """(font, text, x, y) of every string a page shows, in drawing order."""
    found: list[tuple[str, str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip() and font is not None:
            name = str(font.get("/BaseFont", "")).split("+")[-1]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((name, text, x, y))

    page.extract_text(visitor_text=visit)
    return found


def embedded_glyphs(reader: PdfReader) -> dict[str, set[str]]:
    """Per embedded font (subset tag dropped), the characters its glyphs stand for, read
    from the font's ToUnicode map: a character drawn in a font is a glyph of that font."""
    out: dict[str, set[str]] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            if "/ToUnicode" not in font:
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            chars = out.setdefault(name, set())
            for hexes in re.findall(r"<[0-9A-Fa-f]+> <([0-9A-Fa-f]+)>", cmap):
                text = bytes.fromhex(hexes).decode("utf-16-be", "replace")
                if text != "\x00":
                    chars.add(text)
    return out


def nfkc(text: str) -> str:
    """Joining forms (presentation forms in the PDF's text) folded back to letters."""
    return unicodedata.normalize("NFKC", text)


# -- fonts by coverage -------------------------------------------------------------------------


@pytest.mark.parametrize("script", sorted(NAMES))
def test_each_script_is_set_in_a_font_that_has_it(script: str) -> None:
    name, family, embedded = NAMES[script]
    for ch in name.replace(" ", "").replace("-", ""):
        assert face_for(ord(ch)) == family
        assert covers(family, ord(ch))
    reader = pdf(sample("plain", name))
    glyphs = embedded_glyphs(reader)
    assert any(f.startswith(embedded) for f in glyphs)  # the fallback is embedded
    # Every letter drawn is a glyph of a font that has it: no box anywhere (ASCII is left
    # out: reportlab keeps it in every subset's map, drawn or not). The letters
    # of the name are in its fallback (a word with punctuation the fallback lacks, such
    # as "כהן,", may be set whole in DejaVu, which has both).
    for font, chars in glyphs.items():
        family = FAMILY_OF_FILE[font.removesuffix("-Bold").removesuffix("-Regular")]
        for ch in chars:
            for c in ch:
                if c.isalpha() and ord(c) > 0x7F and not 0xE000 <= ord(c) <= 0xF8FF:
                    assert covers(family, ord(c)), (font, c)
    letters = {c for c in nfkc(name) if c.isalpha()}
    fallback = {c for f, chars in glyphs.items() if f.startswith(embedded) for ch in chars
                for c in nfkc(ch)}  # fmt: skip
    assert letters - {"ि"} <= fallback  # (Devanagari's i is a private-use glyph)


def test_a_word_of_two_scripts_no_font_has_is_split_into_runs() -> None:
    assert text_runs.word_runs("ᏣᎳᎩ李") == (("PswdeskCherokee", "ᏣᎳᎩ"), ("PswdeskCJK", "李"))
    # One font with every letter keeps the word whole (reportlab shapes a word in one font).
    assert text_runs.word_runs("(سارة)") == ((FONT, "(سارة)"),)
    assert text_runs.word_runs("Zoë") == ((FONT, "Zoë"),)


def test_every_name_extracts_from_the_pdf() -> None:
    everyone = " ".join(n for n, _, _ in NAMES.values() if "अ" not in n)
    texts = [nfkc(p.extract_text()) for p in pdf(sample("plain", everyone)).pages]
    for script, (name, _, _) in NAMES.items():
        if script == "devanagari":
            continue  # conjuncts are private-use glyphs in the PDF's text: see below
        for word in name.split():
            assert word in texts[0], script


def test_devanagari_letters_extract_though_not_every_vowel_sign() -> None:
    # reportlab gives a glyph that no character maps to (a conjunct, the vowel sign i drawn
    # before its consonant) a private-use code, so those do not extract; the letters do.
    text = nfkc("".join(p.extract_text() for p in pdf(sample("plain", "अनिल कुमार")).pages))
    assert set("अनलकुमार") <= set(text)


# -- right to left -----------------------------------------------------------------------------


_SHOW = re.compile(r"(/F[\d+]+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) Tj|\[([^\]]*)\] TJ|(T\*|ET)")
_STRING = re.compile(r"\(((?:\\.|[^\\)])*)\)")


def _unescape_pdf(raw: str) -> str:
    return re.sub(r"\\(\d{1,3}|.)", lambda m: chr(int(m[1], 8)) if m[1].isdigit() else m[1], raw)


def drawn_lines(page: Any) -> list[str]:
    """The characters of each line in the order the page draws them (left to right, as
    reportlab sets a line), decoded through each font's ToUnicode map."""
    fonts = {k: v.get_object() for k, v in page["/Resources"]["/Font"].items()}
    maps: dict[str, dict[int, str]] = {}
    for key, font in fonts.items():
        if "/ToUnicode" in font:
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            maps[key] = {
                int(a, 16): bytes.fromhex(b).decode("utf-16-be", "replace")
                for a, b in re.findall(r"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>", cmap)
            }
    out, line, current = [], "", ""
    for m in _SHOW.finditer(page.get_contents().get_data().decode("latin-1")):
        font, tj, tjs, end = m.groups()
        if font:
            current = font
        elif end:
            if line.strip():
                out.append(line)
            line = ""
        else:
            raw = tj if tj is not None else "".join(_STRING.findall(tjs))
            cmap = maps.get(current, {})
            line += "".join(cmap.get(ord(c), c) for c in _unescape_pdf(raw))
    return [nfkc(x) for x in out]


@pytest.mark.parametrize("name", ["سارة حداد", "שרה כהן"])
def test_right_to_left_lines_are_in_display_order_and_extract_in_logical_order(
    name: str,
) -> None:
    page = pdf(sample("plain", name)).pages[0]
    # The name alone in a cell: drawn in display order, the Unicode bidi algorithm's.
    assert nfkc(get_display(name)) in [x.strip() for x in drawn_lines(page)]
    # Not as reportlab alone draws it: each word's letters right to left (uharfbuzz), but
    # the words left to right in typing order.
    words_in_typing_order = " ".join(word[::-1] for word in name.split())
    assert nfkc(words_in_typing_order) not in [x.strip() for x in drawn_lines(page)]
    # pypdf reads a right-to-left run back to front: the text comes out in logical order.
    assert name in nfkc(page.extract_text())


def test_a_right_to_left_name_inside_an_english_line() -> None:
    order = text_runs.visual_order(["L", "R", "R", "L"], rtl=False)
    assert order == [0, 2, 1, 3]  # "met سارة حداد today": the Arabic pair swaps
    assert text_runs.visual_order(["R", "R", "EN"], rtl=True) == [2, 1, 0]
    assert text_runs.visual_order(["R", "L", "L", "R"], rtl=True) == [3, 1, 2, 0]


def test_arabic_is_joined_not_isolated() -> None:
    # Shaped: the letters of سارة come out as joining forms (or stay unjoinable), never as
    # the isolated forms an unshaped line would use for every letter.
    page = pdf(sample("plain", "سارة حداد")).pages[0]
    drawn = "".join(t for _, t, _, _ in runs(page))
    assert "\ufeb3" in drawn  # SEEN initial form
    assert "\ufeb1" not in drawn  # SEEN isolated form


# -- hostile and huge text ---------------------------------------------------------------------

SCRIPTS = st.sampled_from(
    [
        *"<>&\"'/;#b",
        "<b>",
        "&amp;",
        "\x00",
        "\x07",
        "\u200f",
        "\u202e",
        "\u200d",
        *"سارة",
        *"שרה",
        *"王小明",
        *"김민준",
        *"ᏣᎳᎩ",
        *"अनिल",
        *"Zoë",
        " ",
        "\n",
        "\u0301",
        "🙂",
    ]
)
HOSTILE = st.lists(SCRIPTS, max_size=80).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE, name=HOSTILE)
def test_hostile_text_in_every_script_never_breaks_the_pdf(text: str, name: str) -> None:
    reader = pdf(sample(text, name))
    assert reader.pages
    assert "1" in reader.pages[0].extract_text()  # the page footer was drawn


@settings(max_examples=30, deadline=None)
@given(text=st.text(max_size=200))
def test_markup_for_any_text_parses(text: str) -> None:
    from reportlab.lib.styles import ParagraphStyle

    from pswdesk.reports.layout import para_text

    style = ParagraphStyle("t", fontName=FONT, fontSize=9, leading=12)
    para = text_runs.Para(para_text(text), style)
    para.wrap(200, 1000)


def test_a_huge_unbroken_word_is_cut_into_bounded_paragraphs() -> None:
    from pswdesk.reports.layout import PIECE_CHARS, lines

    word = "x" * 100_000 + "END"
    pieces = lines(word)
    # Counting work, not time: no paragraph handed to reportlab is longer than a piece,
    # and nothing is lost.
    assert len(pieces) == 51
    assert max(len(p) for p in pieces) <= PIECE_CHARS
    assert "".join(pieces) == word
    text = "word " * 200_000  # a 1 MB paste: cut at spaces
    pieces = lines(text)
    assert max(len(p) for p in pieces) <= PIECE_CHARS
    assert " ".join(pieces) == text.strip()


def test_a_handover_with_a_100k_word_keeps_all_of_it() -> None:
    word = "ab" * 50_000 + "END"
    data = sample("short", contacts=(ContactInfo(NOW, "Phone", 30, "W", True, word, "", ()),))
    reader = pdf(data)
    flat = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert flat.count("ab") >= 50_000 and "END" in flat
    # About 5,000 characters of the word per page: pages grow with the text, not faster.
    assert 15 <= len(reader.pages) <= 40


# -- reports -----------------------------------------------------------------------------------


def _report_pdf(names: list[str], kind: Any = None) -> PdfReader:
    from pswdesk.reports.report_data import Chart, ChartKind, Column, ColumnKind, Section
    from pswdesk.reports.report_pdf import render_report_pdf
    from tests.reports.report_samples import report_of

    columns = (Column("who", "Worker", ColumnKind.TEXT), Column("n", "Notes", ColumnKind.COUNT))
    rows = tuple((name, i + 1) for i, name in enumerate(names))
    chart = Chart(kind or ChartKind.BAR, "who", ("n",), "Notes per worker")
    section = Section("Notes per worker", columns, rows, None, chart, (), "")
    return PdfReader(io.BytesIO(render_report_pdf(report_of(section, generated_by=names[0]))))


def test_a_report_sets_workers_names_in_every_script() -> None:
    names = [n for n, _, _ in NAMES.values()]
    reader = _report_pdf(names)
    glyphs = embedded_glyphs(reader)
    for _, _, embedded in NAMES.values():
        assert any(f.startswith(embedded) for f in glyphs), embedded
    for font, chars in glyphs.items():
        family = FAMILY_OF_FILE[font.removesuffix("-Bold").removesuffix("-Regular")]
        for ch in chars:
            for c in ch:
                if c.isalpha() and ord(c) > 0x7F and not 0xE000 <= ord(c) <= 0xF8FF:
                    assert covers(family, ord(c)), (font, c)
    text = nfkc("".join(p.extract_text() for p in reader.pages))
    for word in ("王小明", "김민준", "ᏣᎳᎩ", "Zoë", "שרה", "سارة"):
        assert word in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(HOSTILE.filter(str.strip), min_size=1, max_size=6))
def test_hostile_names_in_every_script_never_break_a_report(names: list[str]) -> None:
    assert _report_pdf(names).pages


def test_a_long_paragraph_is_broken_into_lines_once_not_once_per_page() -> None:
    from reportlab.lib.styles import ParagraphStyle

    class Counting(text_runs.Para):
        breaks = 0

        def breakLines(self, width: Any) -> Any:
            Counting.breaks += 1
            return super().breakLines(width)

    words = [f"w{i:05d}" for i in range(20_000)]  # one field printed whole, ~25 pages
    style = ParagraphStyle("t", fontName=FONT, fontSize=9, leading=12)
    part: Any = Counting(" ".join(words), style)
    part.wrap(480, 700)
    pages = 0
    while True:
        parts = part.split(480, 700)
        pages += 1
        if len(parts) < 2:
            break
        part = parts[1]
        part.wrap(480, 700)
    assert pages > 20
    assert Counting.breaks == 1  # each page's rest keeps the lines already broken
    drawn = [w for line in part.blPara.lines for w in line[1]]
    assert drawn[-1] == words[-1]


def test_a_huge_goal_prints_every_word_in_order() -> None:
    from pswdesk.reports.handover_data import GoalInfo

    words = [f"g{i:05d}" for i in range(6_000)]
    data = sample("short", goals=(GoalInfo(" ".join(words), "why", "active", NOW.date()),))
    flat = "".join(p.extract_text() for p in pdf(data).pages)
    at = [flat.find(w) for w in words]
    assert all(x >= 0 for x in at) and at == sorted(at)
