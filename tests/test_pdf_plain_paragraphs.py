"""Plain paragraphs skip reportlab's markup parser and must come out exactly as if parsed.

``text_runs.Para`` hands reportlab the one fragment its parser would have made for
text with no markup, no entity and no no-break space (most of a handover). These
tests compare that fragment with the parser's own, for any text, and check that a
style made from another does not inherit what was made for its parent.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pswdesk.reports import text_runs
from pswdesk.reports.fonts import FONT, FONT_BOLD, register_fonts
from pswdesk.reports.layout import para_text

register_fonts()
# Every kind of space reportlab's cleaning knows, the no-break and zero-width ones too.
SPACES = st.sampled_from(
    "\t\n\x0b\x0c\r\x1c\x1f \x85\xa0\u1680\u2000\u2009\u200a\u200b\u2028\u202f\u3000"
)
BASE = ParagraphStyle("t", fontName=FONT, fontSize=9, leading=12, textColor=colors.blue)


def _frags(p: Paragraph) -> list[dict[str, object]]:
    return [dict(f.__dict__) for f in p.frags]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.characters(max_codepoint=0x2FF) | SPACES, max_size=120))
def test_a_plain_paragraph_has_the_fragments_the_parser_makes(text: str) -> None:
    markup = para_text(text)
    ours = text_runs.Para(markup, BASE)
    parsed = Paragraph(markup, BASE)
    assert _frags(ours) == _frags(parsed)
    assert ours.wrap(200, 1000) == parsed.wrap(200, 1000)
    assert repr(ours.blPara) == repr(parsed.blPara)  # the same lines (fragments by value)


def test_typed_text_takes_the_fast_path_and_markup_does_not() -> None:
    plain = text_runs.Para("Ate breakfast, then a walk to the clinic", BASE)
    assert plain.frags[0].text == "Ate breakfast, then a walk to the clinic"
    bold = text_runs.Para("<b>Risk</b> noted", BASE)
    assert [f.fontName for f in bold.frags] == [FONT_BOLD, FONT]
    entity = text_runs.Para("Ann &amp; Co", BASE)
    assert "".join(f.text for f in entity.frags) == "Ann & Co"


def test_a_style_made_from_another_keeps_its_own_colour_and_size() -> None:
    parent = ParagraphStyle("parent", fontName=FONT, fontSize=8.5, leading=11)
    text_runs.Para("used first", parent)  # what is made for the parent
    child = ParagraphStyle("child", parent, fontName=FONT_BOLD, fontSize=10, textColor=colors.red)
    frag = text_runs.Para("then the child", child).frags[0]
    assert (frag.fontName, frag.fontSize, frag.textColor) == (FONT_BOLD, 10, colors.red)
    shaped_parent = text_runs.shaped_style(parent)
    shaped_child = text_runs.shaped_style(child)
    assert shaped_parent is not shaped_child
    assert shaped_child.fontSize == 10 and shaped_child.shaping
