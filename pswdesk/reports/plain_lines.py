"""Plain typed text set as lines, without reportlab's Paragraph machinery.

Most of a handover is what people typed: left-aligned, left-to-right text whose
every letter the style's own font has, with no markup. For that text reportlab's
``Paragraph`` (fragments, per-word width calls, a text object and two saved
graphics states per paragraph) was most of the document's time; bare reportlab
setting the same paragraphs cost nearly as much as the whole handover.
``PlainLines`` sets such a paragraph itself:

* the same greedy rule as reportlab's single-style ``Paragraph`` (its 5 % space
  shrinkage, a word wider than the line cut by characters, the first piece on
  the line it starts), with each word's width remembered per font and size, so
  the lines break where reportlab breaks them;
* split across pages by whole lines, reportlab's widow and orphan rules included;
  the rest keeps the lines already broken, so a 1 MB paste is broken once;
* drawn as one text object per paragraph: the same operators ``Paragraph`` writes
  (font, leading, one string per line), so the page and its extracted text are the
  same.

Anything else (markup, another script's font, shaping, right to left, a style
with a background, indent or alignment) goes to ``text_runs.Para`` unchanged:
``typed_para`` decides, cheaply, from the font's own character map.

It is a ``Paragraph`` subclass only so that what walks a story for paragraphs
(``benchmarks/handover.py``'s floor, tables) still finds its text; none of the
parent's layout code runs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from pswdesk.reports.fonts import FONT
from pswdesk.reports.text_runs import Para, is_plain, plain_frags

_FUZZ = rl_config._FUZZ
# What reportlab treats specially inside a word or at its ends even when the text is one
# style: soft hyphens (hyphenation points), the zero-width space (stripped at the ends),
# the no-break space (not a break), control characters (no glyph, and they upset viewers).
_SPECIAL = re.compile("[\x00-\x1f\x7f-\x9f\xa0\xad\u200b]")
# Widths remembered per (font, size); a cache this large is cleared rather than grown.
_WIDTH_CACHE_MAX = 200_000
_widths: dict[tuple[str, float], dict[str, float]] = {}
_style_ok: WeakKeyDictionary[ParagraphStyle, bool] = WeakKeyDictionary()


@cache
def _charset(font_name: str) -> frozenset[str] | None:
    """The characters a registered TrueType face has a glyph for (None if not TrueType)."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        return None
    return frozenset(chr(cp) for cp in font.face.charToGlyph)


def simple_style(style: ParagraphStyle) -> bool:
    """Whether reportlab would set a one-fragment paragraph of ``style`` by its plain path:
    left-aligned, no first-line indent, no background or border, no bidi, CJK or shaping,
    no hyphenation, no underline or strike, fixed leading."""
    ok = _style_ok.get(style)
    if ok is None:
        g = style.__dict__.get
        ok = _style_ok[style] = bool(
            getattr(style, "alignment", TA_LEFT) == TA_LEFT
            and not getattr(style, "firstLineIndent", 0)
            and not getattr(style, "backColor", None)
            and not (getattr(style, "borderWidth", 0) and getattr(style, "borderColor", None))
            and not getattr(style, "wordWrap", None)
            and not getattr(style, "shaping", 0)
            and not getattr(style, "textTransform", None)
            and not getattr(style, "endDots", None)
            and getattr(style, "splitLongWords", 1)
            and not getattr(style, "hyphenationLang", "")
            and not getattr(style, "uriWasteReduce", 0)
            and not getattr(style, "embeddedHyphenation", 0)
            and getattr(style, "autoLeading", "") in ("", "off", None)
            and not (g("underline") or g("strike") or g("link"))
            and _charset(style.fontName) is not None
        )
    return ok


def is_plain_line(text: str, style: ParagraphStyle) -> bool:
    """Whether ``PlainLines`` sets ``text`` in ``style`` exactly as ``Para`` would: words
    separated by single spaces, nothing reportlab treats specially, every character one the
    base font sets alone without shaping (``text_runs.is_plain``) and that the style's own
    font has."""
    if not text or not simple_style(style) or _SPECIAL.search(text):
        return False
    if text != " ".join(text.split()) or not is_plain(text):
        return False
    if style.fontName == FONT:
        return True  # is_plain checked the base font's own character map
    chars = _charset(style.fontName)
    return chars is not None and chars.issuperset(text)


def typed_para(text: str, style: ParagraphStyle) -> Paragraph:
    """One typed line (plain text, not markup) as a paragraph: ``PlainLines`` when it can
    set it, else ``Para`` of the escaped text."""
    if is_plain_line(text, style):
        return PlainLines(text, style)
    return Para(escape(text), style)


# -- breaking lines ----------------------------------------------------------------------


def _width_table(font: str, size: float) -> dict[str, float]:
    table = _widths.get((font, size))
    if table is None or len(table) > _WIDTH_CACHE_MAX:
        table = _widths[(font, size)] = {}
    return table


class Broken(NamedTuple):
    """Lines of a paragraph; for each, the room left on it (negative when it overruns into
    the space shrinkage, drawn with narrower spaces as reportlab does) and whether it ends
    inside a word that was cut because the word is wider than the line."""

    lines: list[str]
    room: list[float]
    cuts: list[bool]


def break_lines(
    text: str, font: str, size: float, width: float, shrinkage: float | None = None
) -> Broken:
    """``text`` (words separated by single spaces) broken into lines at most ``width`` wide
    by reportlab's greedy rule for a single-style paragraph.

    As reportlab does: a line may overrun by ``shrinkage`` (a fraction of a space) per word
    on it; a word wider than the line is cut by characters, its first piece filling the rest
    of the line it starts on, each following piece on a line of its own, the last one
    continuing with the next words.
    """
    stringWidth = pdfmetrics.stringWidth
    whole = stringWidth(text, font, size)
    if whole <= width - 1e-6:
        # It all fits (each word then fits after the last, and none is wider than the line):
        # one line, measured in one call. The room differs from the word-by-word sum by
        # rounding at most, and is only drawn when negative.
        return Broken([text], [width - whole], [False])
    widths = _width_table(font, size)
    space = stringWidth(" ", font, size)
    if shrinkage is None:
        shrinkage = rl_config.spaceShrinkage
    d_shrink = shrinkage * space
    lines: list[str] = []
    room: list[float] = []
    cuts: list[bool] = []
    line: list[str] = []
    line_cut = False  # whether the last word on ``line`` is a cut piece
    current = -space
    # Pending words, last first; a piece of a cut word is (text, is_last_piece).
    stack: list[Any] = text.split(" ")[::-1]
    forced = False
    while stack:
        item = stack.pop()
        piece = isinstance(item, tuple)
        if piece:
            word, last_piece = item
            if not word:
                forced = True
        else:
            word, last_piece = item, True
        w = widths.get(word)
        if w is None:
            w = widths[word] = stringWidth(word, font, size)
        new = current + space + w
        limit = width + d_shrink * len(line)
        if new > limit and not forced and not piece and w > width:
            stack.extend(reversed(_cut_word(word, current + space, width, font, size)))
            forced = True
            continue
        if new <= limit or not line or forced:
            if word:
                line.append(word)
                line_cut = not last_piece
            if forced:
                forced = False
                lines.append(" ".join(line))
                room.append(width - new)
                cuts.append(line_cut)
                line, line_cut = [], False
                current = -space
            else:
                current = new
        else:
            lines.append(" ".join(line))
            room.append(width - current)
            cuts.append(line_cut)
            line, line_cut = [word], not last_piece
            current = w
    if line:
        lines.append(" ".join(line))
        room.append(width - current)
        cuts.append(line_cut)
    return Broken(lines, room, cuts)


def _cut_word(word: str, line_width: float, width: float, font: str,
              size: float) -> list[tuple[str, bool]]:  # fmt: skip
    """reportlab's ``_splitWord`` for one line width: the pieces of a word too wide for a
    line, as (text, is_last_piece); an empty first piece ends the line the word started on."""
    stringWidth = pdfmetrics.stringWidth
    widths = _width_table(font, size)
    out: list[tuple[str, bool]] = []
    start = 0
    for i, ch in enumerate(word):
        cw = widths.get(ch)
        if cw is None:
            cw = widths[ch] = stringWidth(ch, font, size)
        new = line_width + cw
        if new > width and (i > start or cw <= width):
            out.append((word[start:i], False))
            start = i
            new = cw
        line_width = new
    out.append((word[start:], True))
    return out


def join_lines(lines: list[str], cuts: list[bool]) -> str:
    """The text of broken lines again: a space between them unless a word was cut there."""
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i and not cuts[i - 1]:
            out.append(" ")
        out.append(ln)
    return "".join(out)


# -- the flowable ------------------------------------------------------------------------


class PlainLines(Paragraph):
    """A paragraph of plain typed text in one style (see the module's docstring): build it
    with ``typed_para``, which checks that the text and style allow it."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        Flowable.__init__(self)
        self.plain = text
        self.style = style
        self.bulletText = None
        self.debug = 0
        self.caseSensitive = 1
        self.encoding = "utf8"
        self.width = 0.0
        self.height = 0.0
        self._lines: list[str] | None = None
        self._room: list[float] = []
        self._cuts: list[bool] = []
        self._lines_width = -1.0

    # What reportlab's Paragraph has, made only when something asks.
    @property
    def text(self) -> str:
        return escape(self.plain)

    @property
    def frags(self) -> list[Any]:
        return plain_frags(self.plain, self.style)

    @property
    def lines(self) -> list[str]:
        """The lines as broken by the last ``wrap``."""
        return list(self._lines or [])

    def __repr__(self) -> str:
        return f"PlainLines({self.plain[:40]!r}…)"

    def _break(self, width: float) -> list[str]:
        if self._lines is None or abs(width - self._lines_width) > 1e-6:
            st = self.style
            self._lines, self._room, self._cuts = break_lines(
                self.plain, st.fontName, st.fontSize, width, st.spaceShrinkage
            )
            self._lines_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth < _FUZZ:
            return 0, 0x7FFFFFFF
        st = self.style
        self.width = availWidth
        lines = self._break(availWidth - st.leftIndent - st.rightIndent)
        self.height = len(lines) * st.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        st = self.style
        # As reportlab's Paragraph: split the lines of the last wrap, whatever the width now
        # (a table splitting a row passes its column's width, padding included).
        lines = self._lines
        if lines is None:
            lines = self._break(availWidth - st.leftIndent - st.rightIndent)
        fit = int(availHeight / float(st.leading))
        allow_orphans = getattr(st, "allowOrphans", 0)
        if (not allow_orphans and fit <= 1) or fit == 0:
            return []  # an orphan, or no room at all
        n = len(lines)
        if n <= fit:
            return [self]
        if not getattr(st, "allowWidows", 1) and n == fit + 1:
            if (allow_orphans and n == 3) or n > 3:
                fit -= 1  # give the widow some company
            else:
                return []
        return [self._part(0, fit), self._part(fit, n)]

    def _part(self, start: int, stop: int) -> PlainLines:
        lines, cuts = self._lines or [], self._cuts
        part = PlainLines(join_lines(lines[start:stop], cuts[start:stop]), self.style)
        part._lines, part._cuts = lines[start:stop], cuts[start:stop]
        part._room = self._room[start:stop]
        part._lines_width = self._lines_width
        return part

    def minWidth(self) -> float:
        st = self.style
        return max(
            (pdfmetrics.stringWidth(w, st.fontName, st.fontSize) for w in self.plain.split(" ")),
            default=0.0,
        )

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """All the lines in one text object: what ``Paragraph.drawPara`` writes for one
        left-aligned fragment, placed directly rather than in a translated state of its own."""
        lines = self._lines
        if not lines:
            return
        x = self._hAlignAdjust(x, _sW)
        st = self.style
        if rl_config.paraFontSizeHeightOffset:
            first = self.height - st.fontSize
        else:
            first = self.height - pdfmetrics.getAscentDescent(st.fontName, st.fontSize)[0]
        canvas.saveState()
        canvas.setFillColor(st.textColor)
        tx = canvas.beginText(x + st.leftIndent, y + first)
        tx.setFont(st.fontName, st.fontSize, st.leading)
        out = tx._textOut
        for ln, room in zip(lines, self._room, strict=True):
            spaces = ln.count(" ") if room < -1e-8 else 0
            if spaces:  # the line uses the space shrinkage: narrower spaces, as reportlab
                tx.setWordSpace(room / float(spaces))
                out(ln, 1)
                tx.setWordSpace(0)
            else:
                out(ln, 1)
        canvas.drawText(tx)
        canvas.restoreState()

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)
