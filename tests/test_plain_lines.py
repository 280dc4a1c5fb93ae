"""Plain typed text set by ``plain_lines.PlainLines`` instead of reportlab's Paragraph.

It must look and read exactly as before: the same line breaks as reportlab's own
greedy rule, the same text operators on the page, every word once and in order
across page breaks, hostile text printed literally, and anything that is not
plain (another script's font, shaping, right to left) left to ``text_runs.Para``.
The PDFs are real, read back with pypdf.
"""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate
from test_handover_pdf import NOW, sample

from pswdesk.reports import plain_lines
from pswdesk.reports.fonts import FONT, FONT_BOLD, register_fonts
from pswdesk.reports.handover_data import ContactInfo
from pswdesk.reports.handover_pdf import render_handover
from pswdesk.reports.layout import Labelled, clean, lines, typed_lines
from pswdesk.reports.plain_lines import PlainLines, break_lines, is_plain_line, typed_para
from pswdesk.reports.text_runs import Para

register_fonts()
BODY = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11, textColor=colors.blue)
BOLD = ParagraphStyle("bold", BODY, fontName=FONT_BOLD, fontSize=9.5, leading=12.5)
SPACED = ParagraphStyle("spaced", BODY, spaceBefore=7, spaceAfter=3, leftIndent=6, rightIndent=9)

# Words as people type them: French and other European letters, punctuation, markup-like
# characters, digits; now and then a word longer than any line.
LETTERS = "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôùûüÿœæÀÉÇÖßøñ"
WORD = st.text(alphabet=LETTERS + LETTERS.upper() + "0123456789,.;:!?'\"()-/<>&«»–—…", min_size=1,
               max_size=14)  # fmt: skip
LONG_WORD = st.text(alphabet="abcxyzWM.é", min_size=60, max_size=400)
TEXT = st.lists(st.one_of(WORD, WORD, WORD, WORD, WORD, WORD, WORD, LONG_WORD), min_size=1,
                max_size=120).map(" ".join)  # fmt: skip


def reportlab_lines(text: str, style: ParagraphStyle, width: float) -> tuple[list[str], float]:
    """The lines (and height) reportlab's own Paragraph breaks ``text`` into at ``width``."""
    p = Paragraph(escape(text), style)
    _, height = p.wrap(width, 10_000)
    out = []
    for line in p.blPara.lines:
        if isinstance(line, tuple):  # one fragment: (room, words)
            out.append(" ".join(line[1]))
        else:  # the parser made several fragments (an entity): words are fragments
            out.append("".join(f.text for f in line.words).strip())
    return out, height


def build(story: list[Flowable], pagesize: tuple[float, float] = A4) -> PdfReader:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=pagesize).build(story)
    return PdfReader(io.BytesIO(out.getvalue()))


def extracted(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    return "".join(text.split())


# -- the same lines as reportlab -----------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=TEXT,
    width=st.floats(min_value=25, max_value=500),
    style=st.sampled_from([BODY, BOLD, SPACED]),
)
def test_lines_break_where_reportlab_breaks_them(
    text: str, width: float, style: ParagraphStyle
) -> None:
    para = typed_para(text, style)
    assert isinstance(para, PlainLines)
    _, height = para.wrap(width, 10_000)
    theirs, their_height = reportlab_lines(text, style, width)
    assert para.lines == theirs
    assert height == their_height


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT.filter(lambda t: not re.search("[<>&]", t)), width=st.floats(25, 500))
def test_the_room_left_on_each_line_is_reportlabs(text: str, width: float) -> None:
    """reportlab lets a line overrun into 5 % of its spaces, then draws those spaces
    narrower by the overrun: the room is what decides that, so it must be the same."""
    p = Paragraph(text, BODY)
    p.wrap(width, 10_000)
    broken = break_lines(text, FONT, BODY.fontSize, width)
    assert len(broken.room) == len(p.blPara.lines)
    for ours, (theirs, _) in zip(broken.room, p.blPara.lines, strict=True):
        if theirs < -1e-8 or ours < -1e-8:
            assert ours == theirs
        else:
            assert ours == pytest.approx(theirs, abs=1e-6)


def test_ordinary_paragraphs_break_as_reportlab_at_the_handovers_widths() -> None:
    text = (
        "Renée called about not being able to get out of bed most mornings. She sounded worn "
        'out and told me "I\'m scared of going back to how it was." Ça va mieux depuis la '
        "dernière fois ; elle dort mieux, dit-elle, et « l'été » s'est bien passé."
    )
    for width in (481.89 - 20 * 2.8346, 140.0, 96.5, 300.25):
        para = typed_para(text, BODY)
        para.wrap(width, 1000)
        assert para.lines == reportlab_lines(text, BODY, width)[0]
        assert len(para.lines) > 1


# -- the same page ---------------------------------------------------------------------------------


def _text_ops(reader: PdfReader) -> list[tuple[str, list[Any]]]:
    """Every text-showing and text-state operator of every page, in order (positions are
    compared separately: a Paragraph draws in a translated state, PlainLines directly)."""
    out = []
    for page in reader.pages:
        stream = ContentStream(page.get_contents(), reader)
        for operands, op in stream.operations:
            name = op.decode()
            if name in ("Tj", "TJ", "T*", "Tw", "TL", "Tf", "rg"):
                out.append((name, [str(x) for x in operands]))
    return out


def _placed(reader: PdfReader) -> list[tuple[str, float, float]]:
    found: list[tuple[str, float, float]] = []
    for page in reader.pages:

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((text, round(x, 3), round(y, 3)))

        page.extract_text(visitor_text=visit)
    return found


def test_the_page_has_the_same_text_in_the_same_places_as_with_paragraph() -> None:
    texts = [
        " ".join(f"mot{i} été" for i in range(400)),  # several pages
        "x" * 900 + " then the rest",  # a word cut over several lines
        "Ça va mieux, dit-elle ; « l'hiver » sera long. " * 12,  # narrower spaces
    ]
    texts = [" ".join(t.split()) for t in texts]
    for style in (BODY, BOLD, SPACED):
        ours = build([typed_para(t, style) for t in texts])
        theirs = build([Para(escape(t), style) for t in texts])
        assert len(ours.pages) == len(theirs.pages) > 1
        assert _text_ops(ours) == _text_ops(theirs)
        assert _placed(ours) == _placed(theirs)
        assert extracted(ours) == extracted(theirs)


def test_markup_characters_print_where_parsed_markup_put_them() -> None:
    """For ``<`` ``>`` ``&`` reportlab's parser made several fragments, each its own string
    on the page; the lines, their places and the text read back are the same."""
    text = "Ate breakfast, then <b>Sam</b> & \"Jo\" > 'Al' said a < b && c. " * 20
    text = " ".join(text.split())
    ours = build([typed_para(text, BODY)])
    theirs = build([Para(escape(text), BODY)])
    assert extracted(ours) == extracted(theirs)
    starts = {y: x for _, x, y in reversed(_placed(theirs))}  # each line's first string
    assert {y: x for _, x, y in reversed(_placed(ours))} == starts
    assert len(starts) > 5


# -- splitting ------------------------------------------------------------------------------------


def test_a_paragraph_split_over_many_pages_keeps_every_word_once_and_in_order() -> None:
    words = [f"w{i:05d}" for i in range(12_000)]
    reader = build([typed_para(" ".join(words), BODY)])
    assert len(reader.pages) > 10
    found = re.findall(r"w\d{5}", extracted(reader))
    assert found == words


def test_a_labelled_paragraph_splits_with_its_label_only_on_the_first_part() -> None:
    words = [f"n{i:04d}" for i in range(4_000)]
    story: list[Flowable] = [
        Labelled("Summary", typed_para(" ".join(words), BODY), 60),
        Labelled("After", typed_para("the next one", BODY), 60),
    ]
    reader = build(story)
    assert len(reader.pages) > 2
    text = extracted(reader)
    assert re.findall(r"n\d{4}", text) == words
    assert text.count("Summary") == 1 and text.count("After") == 1
    assert "Summary" in reader.pages[0].extract_text()
    assert "After" in reader.pages[-1].extract_text()


def test_a_long_cut_word_across_a_page_break_keeps_every_letter() -> None:
    word = "".join(f"{i:05d}" for i in range(6_000))  # one word of 30,000 characters
    reader = build([typed_para("start " + word + " end", BODY)])
    assert len(reader.pages) > 1
    assert squash(extracted(reader)) == "start" + word + "end"


def test_split_follows_reportlabs_orphan_and_widow_rules() -> None:
    text = " ".join(["word"] * 400)
    ours, theirs = typed_para(text, BODY), Paragraph(text, BODY)
    for height in (5.0, 11.0, 21.9, 22.0, 40.0, 250.0):
        ours.wrap(200, height)
        theirs.wrap(200, height)
        a, b = ours.split(200, height), theirs.split(200, height)
        assert len(a) == len(b)
        if len(a) == 2:
            assert a[0].wrap(200, height)[1] == b[0].wrap(200, height)[1]
    no_widows = ParagraphStyle("nw", BODY, allowWidows=0)
    for n, first in ((3, None), (5, 3)):  # room for all lines but one would leave a widow
        text = " ".join(["word"] * n)
        ours, theirs = typed_para(text, no_widows), Paragraph(text, no_widows)
        ours.wrap(30, 100)
        theirs.wrap(30, 100)
        assert len(ours.lines) == n
        a, b = ours.split(30, (n - 1) * 11), theirs.split(30, (n - 1) * 11)
        assert len(a) == len(b) == (0 if first is None else 2)
        if first is not None:
            assert len(a[0].lines) == first == len(b[0].blPara.lines)


# -- hostile and non-plain text --------------------------------------------------------------------

HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&\"';/=#\x00\x01\x07\x0b\x1b\x7f\x85\xa0\xad\u200b\u202e\ufeff")),
        st.characters(codec="utf-8"),
        st.sampled_from(list("aéœ ")),
    ),
    max_size=300,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE)
def test_hostile_typed_text_survives_or_goes_to_para(text: str) -> None:
    for typed in typed_lines(text):
        para = typed_para(typed, BODY)
        if isinstance(para, PlainLines):
            # Only what the font has, one space between words, nothing reportlab or a
            # viewer treats specially.
            chars = set(pdfmetrics.getFont(FONT).face.charToGlyph)
            assert all(ord(c) in chars for c in typed)
            assert not re.search("[\x00-\x1f\x7f-\x9f\xa0\xad\u200b]", typed)
            assert typed == " ".join(typed.split())
        else:
            assert isinstance(para, Para)
    story: list[Flowable] = [typed_para(t, BODY) for t in typed_lines(text)] or [
        Paragraph("-", BODY)
    ]
    reader = build(story)
    plain = [t for t in typed_lines(text) if is_plain_line(t, BODY)]
    got = squash(extracted(reader))
    for t in plain:  # plain text comes back exactly, in order
        assert squash(t) in got


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=LETTERS + " <>&\"'\x00\x1f\t\n" + "…«»", max_size=400))
def test_markup_like_text_in_a_handover_prints_literally(text: str) -> None:
    data = sample("x", contacts=(ContactInfo(NOW, "Phone", 30, "W", True, text, "",
                                             (("Listening", text),)),))  # fmt: skip
    out = io.BytesIO()
    render_handover(data, out)
    got = squash(extracted(PdfReader(io.BytesIO(out.getvalue()))))
    for typed in typed_lines(text):
        assert squash(typed) in got


@pytest.mark.parametrize(
    "text",
    [
        "سارة حداد",  # Arabic: another font, shaped, right to left
        "שרה כהן",  # Hebrew: another font, right to left
        "王小明",  # CJK: another font
        "ᏣᎳᎩ",  # Cherokee: another font
        "अनिल",  # Devanagari: shaped
        "Zoe\u0301 with a combining accent",  # combining mark: shaped
        "Robin met Dr سارة today",  # one word needs a fallback font
        "soft\xadhyphen",  # reportlab hyphenates there
        "no\xa0break",
        "zero\u200bwidth",
        "tab\there",
        "two  spaces",
        " leading space",
        "",
    ],
)
def test_text_needing_another_font_or_direction_goes_to_para(text: str) -> None:
    para = typed_para(text, BODY)
    assert type(para) is Para
    assert re.sub("<[^>]*>", "", para.text) == escape(text)  # font runs aside


def test_a_style_plain_lines_cannot_honour_goes_to_para() -> None:
    for style in (
        ParagraphStyle("r", BODY, alignment=TA_RIGHT),
        ParagraphStyle("bg", BODY, backColor=colors.yellow),
        ParagraphStyle("fi", BODY, firstLineIndent=10),
        ParagraphStyle("rtl", BODY, wordWrap="RTL"),
        ParagraphStyle("cjk", BODY, wordWrap="CJK"),
        ParagraphStyle("hy", BODY, hyphenationLang="en_GB"),
        ParagraphStyle("up", BODY, textTransform="uppercase"),
        ParagraphStyle("shape", BODY, shaping=1),
    ):
        assert type(typed_para("plain words", style)) is Para, style.name


def test_a_bold_style_needs_the_bold_font_to_have_every_letter() -> None:
    regular = set(pdfmetrics.getFont(FONT).face.charToGlyph)
    bold = set(pdfmetrics.getFont(FONT_BOLD).face.charToGlyph)
    only_regular = sorted(
        cp for cp in regular - bold if cp > 0x20 and plain_lines.is_plain(chr(cp))
    )
    assert isinstance(typed_para("Robin", BOLD), PlainLines)
    if only_regular:
        text = f"Robin {chr(only_regular[0])}"
        assert isinstance(typed_para(text, BODY), PlainLines)
        assert type(typed_para(text, BOLD)) is Para


def test_typed_lines_are_the_escaped_lines_unescaped() -> None:
    text = "  first <b>line</b> & more \n\n\tsecond\x00 line  \r\n" + "z" * 4_500
    assert lines(text) == [escape(t) for t in typed_lines(text)]
    assert typed_lines(text)[:2] == ["first <b>line</b> & more", "second line"]
    assert all(t == " ".join(clean(t).split()) for t in typed_lines(text))


def test_style_colour_font_size_and_spacing_are_honoured() -> None:
    para = typed_para("some words here", SPACED)
    assert isinstance(para, PlainLines)
    assert (para.getSpaceBefore(), para.getSpaceAfter()) == (7, 3)
    width, height = para.wrap(200, 100)
    assert (width, height) == (200, 11)
    # The paragraph's own fragment is the one reportlab's parser makes (for what asks).
    frag = para.frags[0]
    assert (frag.fontName, frag.fontSize, frag.textColor) == (FONT, 8.5, colors.blue)
    reader = build([para])
    ops = _text_ops(reader)
    assert ("rg", ["0", "0", "1"]) in ops
    assert any(name == "Tf" and args[1] == "8.5" for name, args in ops)
    assert ("TL", ["11"]) in ops
