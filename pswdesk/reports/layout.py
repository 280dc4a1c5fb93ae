"""Shared pieces for pswdesk's reportlab documents: fonts, safe text, page furniture.

* The embedded fonts are in ``resources/fonts``: DejaVu Sans, and fallbacks for
  the scripts it lacks or sets poorly (``fonts.py``). ``Paragraph`` here is
  ``text_runs.Para``: each word in a font that has its letters, shaped with
  uharfbuzz where the script needs it, right-to-left lines in display order.
  ``draw_text`` does the same for the one-line heads and feet of a page.
* ``para_text`` is the only way user text enters Paragraph markup: escaped, so a
  client called ``<b>Ann & Co</b>`` prints exactly that. ``lines`` also cuts a
  typed line of more than ``PIECE_CHARS`` characters into several paragraphs,
  so that a 1 MB paste costs time in proportion to its length.
* ``numbered_canvas`` keeps every page until the end so that each can say
  "Page X of Y" in one layout pass (a second pass would double the cost).
* ``Labelled`` sets a paragraph beside a short label in a gutter. Bulk text is
  kept as single-style paragraphs: plain typed lines (``typed_lines``) are set by
  ``plain_lines.PlainLines``, several times cheaper than reportlab's Paragraph,
  and the rest by ``Para``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as BaseParagraph

from pswdesk.reports.fonts import FONT, FONT_BOLD, register_fonts
from pswdesk.reports.text_runs import PIECE_CHARS, Para, draw_text, pieces, text_width

Paragraph = Para
__all__ = ["FONT", "FONT_BOLD", "PIECE_CHARS", "Paragraph", "draw_text", "register_fonts"]

# A restrained palette: near-black text, one dark blue accent, grey rules.
INK = colors.HexColor("#1f2630")
MUTED = colors.HexColor("#5b6573")
ACCENT = colors.HexColor("#1e3f66")
RULE = colors.HexColor("#c9d0d8")
SHADE = colors.HexColor("#eef2f6")
WARN_BG = colors.HexColor("#fdf3dc")
WARN_INK = colors.HexColor("#7a4f00")
ALERT = colors.HexColor("#a3201d")
ALERT_BG = colors.HexColor("#fbe9e8")

# -- text --------------------------------------------------------------------------------

# C0/C1 control characters other than tab and line breaks: invisible, and some
# of them upset PDF viewers' text extraction.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: str | None) -> str:
    """Printable text: no lone surrogates (they cannot be encoded), no control characters."""
    if not text:
        return ""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub("", text).replace("\t", " ")


def para_text(text: str | None) -> str:
    """User text made safe for Paragraph markup; line breaks become spaces."""
    return escape(" ".join(clean(text).split()))


def typed_lines(text: str | None) -> list[str]:
    """The non-blank lines someone typed, cleaned, one space between words: plain text."""
    return [
        piece
        for ln in clean(text).splitlines()
        if ln.strip()
        for piece in pieces(" ".join(ln.split()))
    ]


def lines(text: str | None) -> list[str]:
    """The non-blank lines someone typed, each escaped for Paragraph markup."""
    return [escape(piece) for piece in typed_lines(text)]


def one_line(text: str | None) -> str:
    """Plain text for canvas.drawString (no markup there): one line, cleaned."""
    return " ".join(clean(text).split())


@lru_cache(maxsize=1024)
def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so that it fits ``width`` (for page headers and labels,
    which repeat: remembered)."""
    if text_width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits, found by halving
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


# -- flowables ---------------------------------------------------------------------------


class Labelled(Flowable):
    """A paragraph with a short label hanging in a left gutter, like a definition list.

    Splits across pages with the paragraph; only the first part shows the label.
    """

    def __init__(
        self,
        label: str,
        para: BaseParagraph,
        gutter: float,
        *,
        label_font: str = FONT_BOLD,
        label_size: float = 7.5,
        label_color: Any = MUTED,
    ) -> None:
        super().__init__()
        self.label = label
        self.para = para
        self.gutter = gutter
        self.label_font = label_font
        self.label_size = label_size
        self.label_color = label_color

    def _with(self, label: str, para: BaseParagraph) -> Labelled:
        return Labelled(
            label,
            para,
            self.gutter,
            label_font=self.label_font,
            label_size=self.label_size,
            label_color=self.label_color,
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, h = self.para.wrap(avail_width - self.gutter, avail_height)
        self.width, self.height = avail_width, h
        return avail_width, h

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = self.para.split(avail_width - self.gutter, avail_height)
        return [self._with(self.label if i == 0 else "", p) for i, p in enumerate(parts)]

    def getSpaceBefore(self) -> float:
        return self.para.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.para.getSpaceAfter()

    def draw(self) -> None:
        self.para.drawOn(self.canv, self.gutter, 0)
        if self.label:
            c = self.canv
            c.saveState()
            c.setFillColor(self.label_color)
            size = self.para.style.fontSize
            label = fit(self.label, self.label_font, self.label_size, self.gutter - 4)
            draw_text(c, 0, self.height - size, label, self.label_font, self.label_size)
            c.restoreState()


class RuledHeading(Para):
    """A section heading with a thin rule under it."""

    rule_color = RULE

    def draw(self) -> None:
        super().draw()
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.rule_color)
        c.setLineWidth(0.6)
        c.line(0, -3, self.width, -3)
        c.restoreState()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w, h = super().wrap(avail_width, avail_height)
        self.width = avail_width
        return w, h


# -- page furniture ----------------------------------------------------------------------

PageDrawer = Callable[[Canvas, int, int], None]


def numbered_canvas(draw_page: PageDrawer) -> type[Canvas]:
    """A canvas class that draws ``draw_page(canvas, page, total)`` once the total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_page(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_running_head(
    c: Canvas, left: float, right: float, top: float, text: str, mark: str
) -> None:
    """The line at the top of a page: ``text`` (the agency) at the left, ``mark`` in bold at
    the right, a thin rule under both; ``text`` is cut to the room ``mark`` leaves."""
    c.setFillColor(INK)
    mark_w = text_width(mark, FONT_BOLD, 8)
    draw_text(c, right, top, mark, FONT_BOLD, 8, anchor="end")
    c.setFillColor(MUTED)
    draw_text(c, left, top, fit(text, FONT, 8, right - left - mark_w - 12), FONT, 8)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(left, top - 2.5 * mm, right, top - 2.5 * mm)


def draw_page_footer(
    c: Canvas,
    left: float,
    right: float,
    page: int,
    total: int,
    text: str,
    beside: str = "",
    page_words: str = "Page {page} of {total}",
) -> None:
    """The foot of a page under a thin rule: "Page X of Y" (``page_words``, in the document's
    language) in bold at the right, ``beside`` just left of it when given, and ``text`` at the
    left, cut to the room that is left."""
    bottom = 11 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
    c.setFillColor(INK)
    page_text = page_words.format(page=page, total=total)
    page_w = text_width(page_text, FONT_BOLD, 8)
    draw_text(c, right, bottom, page_text, FONT_BOLD, 8, anchor="end")
    c.setFillColor(MUTED)
    room = right - left - page_w - 12
    if beside:
        beside_w = text_width(beside, FONT, 7.5)
        draw_text(c, right - page_w - beside_w - 10 * mm, bottom, beside, FONT, 7.5)
        room = right - left - page_w - beside_w - 14 * mm
    draw_text(c, left, bottom, fit(text, FONT, 7.5, room), FONT, 7.5)
