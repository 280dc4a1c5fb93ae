"""Text in every script, ready for reportlab: font runs, shaping, right-to-left lines.

reportlab sets a paragraph in one font, shapes it only when asked, and without
its optional bidi package draws right-to-left words left to right. Here:

* ``Para`` (a ``Paragraph``) puts each word that its style's font cannot set in
  a ``<font face=…>`` run of a font that can (``fonts.face_for``, per code
  point). A whole word stays in one font where one font has every letter of it,
  because reportlab shapes a word with a single font.
* It turns shaping (uharfbuzz) on only for paragraphs that need it: Arabic and
  Hebrew, Indic scripts, combining marks. Latin-only text keeps reportlab's
  single-font fast path, several times quicker to wrap (plain typed lines, most
  of a 500-note handover's text, skip Paragraph altogether: ``plain_lines``).
* A paragraph with right-to-left letters is wrapped in logical order, then each
  wrapped line is put in visual order with the Unicode bidi algorithm (python-
  bidi) just before it is drawn: word by word, as uharfbuzz has already laid
  out the letters of each right-to-left word from right to left. The PDF keeps
  one text string per word, so text extraction that reads right-to-left runs
  back to front (pypdf does) gets the logical order again.
* A Latin-only paragraph with no markup at all is handed to reportlab as the one
  fragment its markup parser would make of it (``plain_frags``): the parser, pure
  Python, cost a sixth of a 500-note handover.
* ``draw_text`` and ``text_width`` do the same for one line on a canvas (page
  heads and feet).
* ``pieces`` cuts a very long typed line into paragraphs of at most
  ``PIECE_CHARS`` characters: reportlab wraps the rest of a paragraph again on
  every page it spans, so one 1 MB line cost time by the square of its length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape, unescape

from bidi import algorithm as uba  # type: ignore[import-untyped]
from bidi import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paragraph import strip as rl_strip
from reportlab.platypus.paraparser import ParaParser

from pswdesk.reports.fonts import (
    FONT,
    bold_of,
    covers,
    face_for,
    family_of,
    register_fonts,
    shape_run,
)

# Longest paragraph handed to reportlab, in characters (a good third of a page of notes).
PIECE_CHARS = 2_000
# A paragraph continued on the next page with more lines than this keeps its lines.
REUSE_LINES = 40

_TAG = re.compile(r"(<[^>]*>)")
# What makes reportlab's parser do more than copy the text into one fragment.
_MARKUP = re.compile("[<>&\xa0]")
_SPACES = re.compile(r"(\s+)")
_BOLD_OPEN = re.compile(r"<(b|strong)(\s[^>]*)?>", re.I)
_BOLD_CLOSE = re.compile(r"</(b|strong)\s*>", re.I)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067]")
# Scripts whose letters change shape or position with their neighbours.
_COMPLEX = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff"
    "\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d"
    "\u20d0-\u20ff\ua8e0-\ua8ff\ufb1d-\ufdff\ufe20-\ufe2f\ufe70-\ufefe]"
)


@cache
def _plain() -> re.Pattern[str]:
    """Text that DejaVu sets alone and that needs no shaping: most European text."""
    register_fonts()
    cmap = pdfmetrics.getFont(FONT).face.charToGlyph
    ok = [
        cp
        for cp in sorted(cmap)
        if (cp < 0x0590 or 0x1E00 <= cp <= 0x2BFF or 0x1400 <= cp <= 0x167F)
        and not unicodedata.combining(chr(cp))
        and not _COMPLEX.match(chr(cp))
        and face_for(cp) == FONT
    ]
    ranges: list[list[int]] = []
    for cp in ok:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    cls = "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in ranges
    )
    return re.compile(f"[\t\n\r {cls}]*")


def is_plain(text: str) -> bool:
    """Whether DejaVu sets all of ``text`` without shaping (the fast path)."""
    return _plain().fullmatch(text) is not None


def needs_shaping(text: str) -> bool:
    return _COMPLEX.search(text) is not None


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


# -- font runs ---------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def word_runs(word: str, base: str = FONT) -> tuple[tuple[str, str], ...]:
    """(family, text) runs for one word; one run when a single family has all of it."""
    faces = [face_for(ord(c)) for c in word]
    first = faces[0]
    if all(f == first for f in faces):
        return ((first, word),)
    # Prefer the family most of the word asks for, then the base, then the others.
    order = sorted(set(faces), key=lambda f: (-faces.count(f), f != base))
    for family in order:
        if all(covers(family, ord(c)) for c in word):
            return ((family, word),)
    runs: list[list[str]] = []
    for ch, family in zip(word, faces, strict=True):
        # A neutral (punctuation, digit) stays in the run before it when that font has it.
        if runs and family != runs[-1][0] and _neutral(ch) and covers(runs[-1][0], ord(ch)):
            family = runs[-1][0]
        if runs and runs[-1][0] == family:
            runs[-1][1] += ch
        else:
            runs.append([family, ch])
    return tuple((f, t) for f, t in runs)


def _neutral(ch: str) -> bool:
    return unicodedata.bidirectional(ch) not in ("L", "R", "AL")


def with_font_runs(markup: str, base_font: str) -> str:
    """Paragraph markup with every word its font lacks wrapped in ``<font face=…>``."""
    family, bold = family_of(base_font)
    out: list[str] = []
    depth = 0
    for part in _TAG.split(markup):
        if not part:
            continue
        if part.startswith("<"):
            if _BOLD_OPEN.fullmatch(part):
                depth += 1
            elif _BOLD_CLOSE.fullmatch(part):
                depth = max(0, depth - 1)
            out.append(part)
            continue
        text = unescape(part, {"&quot;": '"', "&apos;": "'", "&#39;": "'"})
        if is_plain(text):
            out.append(part)
            continue
        for chunk in _SPACES.split(text):
            if not chunk or chunk.isspace():
                out.append(chunk)
                continue
            for face, run in word_runs(chunk, family):
                if face == family:
                    out.append(escape(run))
                else:
                    name = bold_of(face) if (bold or depth) else face
                    out.append(f'<font face="{name}">{escape(run)}</font>')
    return "".join(out)


def pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at a space where there is
    one in the second half of the piece, else (one unbroken word) anywhere."""
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit + 1)
        if cut <= 0:
            yield text[:limit]
            text = text[limit:]
        else:
            yield text[:cut]
            text = text[cut + 1 :]
    if text:
        yield text


# -- right-to-left -----------------------------------------------------------------------

_PROXY = {"L": "a", "R": "\u05d0", "AL": "\u0627", "EN": "1", "AN": "\u0661"}


def _strong(text: str) -> str:
    """The bidi class that places a word: its first strong letter's, else a number's, else ON."""
    number = ""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind
        if kind in ("EN", "AN") and not number:
            number = kind
    return number or "ON"


def base_is_rtl(text: str) -> bool:
    """Whether a paragraph runs right to left: only when it has right-to-left letters and no
    left-to-right ones. The documents are in English or French, so a line that mixes both
    (``سارة حداد — for Dr Lee``, a page footer) keeps the document's direction, with the
    Arabic or Hebrew run reversed inside it; a note written wholly in Arabic or Hebrew
    (digits and punctuation aside) runs right to left (Unicode bidi rules P2, P3)."""
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    return "L" not in kinds and bool(kinds & {"R", "AL"})


def visual_order(classes: list[str], rtl: bool) -> list[int]:
    """Indexes of words (given their bidi classes) in left-to-right display order."""
    if not classes:
        return []
    proxy = " ".join(_PROXY.get(k, "!") for k in classes)
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(proxy, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [storage["chars"][2 * i]["level"] for i in range(len(classes))]
    order = list(range(len(classes)))
    # Rule L2: from the highest level down to the lowest odd one, reverse every run at
    # that level or above.
    top = max(levels)
    low = min(lv for lv in levels if lv % 2) if any(lv % 2 for lv in levels) else top + 1
    for level in range(top, low - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _line_words(frags: list[Any]) -> list[list[tuple[Any, str]]]:
    """A wrapped line's words, each as its (fragment, text) pieces: a word whose letters
    come from two fonts spans two fragments. Shaped strings stay shaped (sliced)."""
    words: list[list[tuple[Any, str]]] = []
    open_word = False
    for f in frags:
        text = f.text
        start = 0
        for i, ch in enumerate(text):
            if ch == " ":
                if i > start:
                    if not open_word:
                        words.append([])
                    words[-1].append((f, text[start:i]))
                open_word = False
                start = i + 1
        if start < len(text):
            if not open_word:
                words.append([])
            words[-1].append((f, text[start:]))
            open_word = True
    return words


def _concat(a: str, b: str) -> str:
    """``a + b``, keeping glyph positions when either is shaped."""
    if isinstance(b, ShapedStr) and not isinstance(a, ShapedStr):
        return b.__radd__(a)
    return a + b


def visual_line(frags: list[Any], rtl: bool) -> list[Any]:
    """A wrapped line's fragments with their words in display order."""
    text_frags = [f for f in frags if isinstance(getattr(f, "text", None), str)
                  and not hasattr(f, "cbDefn")]  # fmt: skip
    if len(text_frags) != len(frags):
        return frags  # images or breaks inline: not made by pswdesk, left as they are
    words = _line_words(frags)
    if not any(has_rtl(t) for word in words for _, t in word):
        return frags
    classes = [_strong("".join(t for _, t in word)) for word in words]
    out: list[list[Any]] = []  # [frag, text] in display order
    for n, i in enumerate(visual_order(classes, rtl)):
        pieces = words[i][::-1] if classes[i] in ("R", "AL") else words[i]
        if n:
            out[-1][1] = _concat(out[-1][1], " ")
        for frag, text in pieces:
            if out and out[-1][0] is frag:
                out[-1][1] = _concat(out[-1][1], text)
            else:
                out.append([frag, text])
    return [frag.clone(text=text) for frag, text in out]


# -- paragraphs --------------------------------------------------------------------------


# What is made once per style. Kept beside the style, not in it: a style made from another
# copies every attribute of its parent, and would take the parent's along.
_SHAPED: WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = WeakKeyDictionary()
_FRAG: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with uharfbuzz shaping on (made once per style)."""
    if style.shaping:
        return style
    made = _SHAPED.get(style)
    if made is None:
        made = _SHAPED[style] = ParagraphStyle(f"{style.name}+shaped", style, shaping=1)
    return made


def plain_frags(text: str, style: ParagraphStyle) -> list[Any]:
    """What reportlab's paragraph parser makes of ``text`` when it holds no markup, no
    entity and no no-break space: one fragment of the style's font, size and colour.

    The parser (an HTML parser in pure Python) was a sixth of a long handover's time;
    here it runs once per style, on one letter, and each paragraph copies its fragment.
    """
    made = _FRAG.get(style)
    if made is None:
        made = _FRAG[style] = ParaParser().parse("x", style)[1][0]
    # Text from ``layout.lines`` or ``para_text`` is already what reportlab's cleaning
    # makes of it (one space between words, none at the ends); only a zero-width space,
    # which reportlab strips from the ends and Python does not count as a space, differs.
    clean = text == " ".join(text.split()) and "\u200b" not in text
    frags = [made.clone(text=text if clean else cleanBlockQuotedText(text))]
    textTransformFrags(frags, style)
    return frags


class Para(Paragraph):
    """A Paragraph that sets every script: font runs, shaping where needed, right-to-left
    lines in display order. The same markup as reportlab's (user text escaped first)."""

    _rtl_base: bool | None = None

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        rtl: bool | None = None
        if isinstance(text, str) and style is not None:
            if not is_plain(text):
                register_fonts()
                plain = unescape(_TAG.sub("", text))
                if needs_shaping(plain):
                    style = shaped_style(style)
                if has_rtl(plain):
                    rtl = base_is_rtl(plain)
                text = with_font_runs(text, style.fontName)
            # (reportlab's strip: a paragraph of nothing but zero-width spaces has no fragment)
            elif not (args or "frags" in kwargs or _MARKUP.search(text)) and rl_strip(text):
                kwargs["frags"] = plain_frags(text, style)
        super().__init__(text, style, *args, **kwargs)
        if rtl is not None:
            self._rtl_base = rtl

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        for p in parts:
            if p is not self and self._rtl_base is not None:
                p._rtl_base = self._rtl_base
        if len(parts) == 2 and parts[0] is not self:
            self._hand_on_lines(parts[0], parts[1])
        return parts

    def _hand_on_lines(self, first: Paragraph, rest: Paragraph) -> None:
        """Give the part after a page break the lines already broken for it.

        reportlab breaks the rest of a paragraph into lines again on every page it
        spans: the square of its length for one long paragraph (a field printed whole,
        such as a goal of 100,000 characters). The rest keeps the lines, and uses them
        when it is wrapped at the same width. Only for long remainders, so that short
        paragraphs take reportlab's own path exactly as before.
        """
        logical: Any = getattr(self, "blPara", None)
        done = len(getattr(first, "blPara", logical).lines) if logical is not None else 0
        if logical is None or len(logical.lines) - done < REUSE_LINES:
            return
        lines = logical.lines[done:]
        if logical.kind == 1:
            base = getattr(lines[0], "sFW", 0)
            lines = [ln.clone(sFW=ln.sFW - base) if hasattr(ln, "sFW") else ln for ln in lines]
            kept = ParaLines(kind=1, lines=lines)
        else:
            kept = logical.clone(lines=lines)
        rest.__dict__["_pswdesk_lines"] = (self._wrapWidths[-1], kept)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        kept = self.__dict__.get("_pswdesk_lines")
        style = self.style
        if kept is not None and getattr(style, "autoLeading", "") in ("", "off", None):
            width, lines = kept
            if abs(availWidth - style.leftIndent - style.rightIndent - width) < 1e-6:
                self.width = availWidth
                self._wrapWidths = [width, width]
                self.blPara = lines
                self.height = len(lines.lines) * style.leading
                return self.width, self.height
        return super().wrap(availWidth, availHeight)

    def drawPara(self, debug: int = 0) -> None:
        logical: Any = getattr(self, "blPara", None)
        if self._rtl_base is None or getattr(logical, "kind", 0) != 1:
            super().drawPara(debug)
            return
        lines = []
        for line in logical.lines:
            copy = line.clone() if hasattr(line, "clone") else line
            copy.words = visual_line(line.words, self._rtl_base)
            lines.append(copy)
        self.blPara = logical.clone(lines=lines)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


# -- one line on a canvas ----------------------------------------------------------------


def _line_runs(text: str, font: str, size: float) -> list[tuple[str, str, float]]:
    """(face, text, width) runs of one line in display order, shaped where needed."""
    register_fonts()
    family, bold = family_of(font)
    plain = is_plain(text)
    tokens: list[list[tuple[str, str]]] = []
    for chunk in text.split(" "):
        if chunk:
            runs = ((family, chunk),) if plain else word_runs(chunk, family)
            tokens.append([(bold_of(f) if bold else f, r) for f, r in runs])
    if not plain and has_rtl(text):
        order = visual_order([_strong("".join(r for _, r in t)) for t in tokens],
                             base_is_rtl(text))  # fmt: skip
        tokens = [tokens[i] for i in order]
    out: list[tuple[str, str, float]] = []
    space = pdfmetrics.stringWidth(" ", font, size)
    for n, token in enumerate(tokens):
        if n:
            out.append((font, " ", space))
        for face, run in token:
            if not plain and needs_shaping(run):
                shaped = shape_run(run, face, size)
                if isinstance(shaped, ShapedStr):
                    w = sum(sd.x_advance for sd in shaped.__shapeData__) * size / 1000
                    out.append((face, shaped, w))
                    continue
            out.append((face, run, pdfmetrics.stringWidth(run, face, size)))
    return out


def text_width(text: str, font: str, size: float) -> float:
    """The width of one line as ``draw_text`` sets it."""
    if is_plain(text):
        return float(pdfmetrics.stringWidth(text, font, size))
    return sum(w for _, _, w in _line_runs(text, font, size))


def draw_text(
    c: Canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "start"
) -> None:
    """One line of text at (x, y) in every script; ``anchor`` is start, end or middle."""
    if is_plain(text):
        c.setFont(font, size)
        if anchor == "end":
            c.drawRightString(x, y, text)
        elif anchor == "middle":
            c.drawCentredString(x, y, text)
        else:
            c.drawString(x, y, text)
        return
    runs = _line_runs(text, font, size)
    total = sum(w for _, _, w in runs)
    if anchor == "end":
        x -= total
    elif anchor == "middle":
        x -= total / 2
    for face, run, w in runs:
        c.setFont(face, size)
        c.drawString(x, y, run)
        x += w
    c.setFont(font, size)


# -- chart labels ------------------------------------------------------------------------


def single_face(text: str, font: str) -> str:
    """The one face for a label that must be drawn in one font (reportlab's chart strings):
    the face most of its letters need, or ``font`` when it has them all."""
    if is_plain(text):
        return font
    family, bold = family_of(font)
    faces = [face_for(ord(c)) for c in text if not _neutral(c)]
    if not faces or all(covers(family, ord(c)) for c in text):
        return font
    best = max(set(faces), key=faces.count)
    return bold_of(best) if bold else best


def display_order(text: str) -> str:
    """A one-line label in display order (python-bidi), for strings drawn as they are:
    Hebrew reads right; Arabic letters stay unjoined there (charts are not shaped)."""
    return str(get_display(text)) if has_rtl(text) else text
