"""A report as a PDF for a funder, a board or a team meeting (reportlab platypus).

It reads like a funder report: the agency and the report's title, the period
(its name and dates), whose work it counts, when and by whom it was made; then
each section under its heading, with its chart as vector graphics
(``report_chart``), its table and the footnotes that say how it was counted.
Every page ends with the time it was made and "Page X of Y".

Only a ``Report`` comes in, so it can print nothing the report does not hold
(counts and staff names, never a client's). Tables always fit the page: every
cell is a wrapping paragraph, and a table too wide for it is printed in column
groups that each repeat its first column, the header repeating on every page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pswdesk.reports.handover_pdf import PAPER, fmt_time
from pswdesk.reports.layout import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    Paragraph,
    RuledHeading,
    draw_page_footer,
    draw_running_head,
    fit,
    lines,
    numbered_canvas,
    one_line,
    para_text,
    register_fonts,
)
from pswdesk.reports.report_chart import cell_text, chart_data, chart_drawing
from pswdesk.reports.report_data import Column, Report, Section

MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
DASH = "—"
#: Said on the first page: what a report never holds (docs/ARCHITECTURE.md, Reports).
COUNTS_ONLY = (
    "This report holds counts and the names of staff only: no client's name, "
    "record number or note text."
)
CONTINUED = "continued"
PAD = 4.0  # a cell's left and right padding

CELL_SIZE = 8.0
WIDE_CELL_SIZE = 7.0  # for tables of many columns
HEAD_SIZE = 7.0
#: The most characters of a column's label a table's header prints.
MAX_LABEL = 60


class Styles:
    """Paragraph styles, built after the fonts are registered."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12.5, textColor=INK)
        self.title = ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=10.5, leading=14, textColor=INK)
        self.agency = ParagraphStyle(
            "agency", base, fontName=FONT_BOLD, fontSize=10.5, leading=14, alignment=TA_RIGHT
        )
        self.agency_line = ParagraphStyle(
            "agency_line", base, fontSize=8.5, leading=11.5, textColor=MUTED, alignment=TA_RIGHT
        )
        self.label = ParagraphStyle(
            "label", base, fontName=FONT_BOLD, fontSize=8, leading=11, textColor=MUTED
        )
        self.value = ParagraphStyle("value", base, fontSize=9, leading=12)
        self.h2 = ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=12, leading=15.5, textColor=ACCENT,
            spaceBefore=18, spaceAfter=9,
        )  # fmt: skip
        self.continued = ParagraphStyle(
            "continued", base, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=8,
            spaceAfter=3,
        )  # fmt: skip
        self.note = ParagraphStyle(
            "note", base, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=2
        )
        self.empty = ParagraphStyle("empty", base, fontSize=9, leading=12, textColor=MUTED)
        self.privacy = ParagraphStyle(
            "privacy", base, fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=6
        )

    def cells(self, size: float) -> dict[str, ParagraphStyle]:
        """Cell styles at ``size``: text, number (right), head, head over a number, totals."""
        cell = ParagraphStyle(
            f"cell{size}", fontName=FONT, fontSize=size, leading=size + 3, textColor=INK
        )
        head = ParagraphStyle(
            f"head{size}", cell, fontName=FONT_BOLD, fontSize=HEAD_SIZE, leading=HEAD_SIZE + 2.5,
            textColor=MUTED,
        )  # fmt: skip
        return {
            "text": cell,
            "number": ParagraphStyle(f"num{size}", cell, alignment=TA_RIGHT),
            "head": head,
            "head_number": ParagraphStyle(f"headnum{size}", head, alignment=TA_RIGHT),
            "total_text": ParagraphStyle(f"total{size}", cell, fontName=FONT_BOLD),
            "total_number": ParagraphStyle(
                f"totalnum{size}", cell, fontName=FONT_BOLD, alignment=TA_RIGHT
            ),
        }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(para_text(text), style)


def _short(text: str, most: int = MAX_LABEL) -> str:
    text = one_line(text)
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


# -- column widths ---------------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(one_line(text), font, size)


def _longest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in one_line(text).split()), default=0.0)


def column_needs(
    section: Section, size: float
) -> tuple[list[float], list[float]]:  # fmt: skip
    """Each column's least width (its longest word) and natural width (its longest line)."""
    least: list[float] = []
    natural: list[float] = []
    bodies = [*section.rows, *([section.totals] if section.totals else [])]
    for i, col in enumerate(section.columns):
        texts = [cell_text(col, row[i]) for row in bodies if i < len(row)]
        head_least = _longest_word(col.label, FONT_BOLD, HEAD_SIZE)
        head_full = _width(col.label, FONT_BOLD, HEAD_SIZE)
        cell_least = max((_longest_word(t, FONT_BOLD, size) for t in texts), default=0.0)
        cell_full = max((_width(t, FONT_BOLD, size) for t in texts), default=0.0)
        if col.numeric:
            lo = max(head_least, cell_least, 6 * mm)
            hi = max(lo, min(head_full, 34 * mm), cell_full)
            lo, hi = min(lo, 40 * mm), min(hi, 40 * mm)
        else:
            lo = min(max(head_least, cell_least, 16 * mm), 34 * mm)
            hi = min(max(lo, head_full, cell_full), 75 * mm)
        least.append(lo + 2 * PAD)
        natural.append(hi + 2 * PAD)
    return least, natural


def share_width(
    columns: Sequence[Column], least: list[float], natural: list[float], avail: float
) -> list[float]:
    """Widths adding up to ``avail``: natural ones when they fit (the spare space to the
    first text column, up to 45 % of the table, then to the number columns), else text
    columns squeezed towards their least width."""
    n = len(columns)
    total = sum(natural)
    if total <= avail:
        widths = list(natural)
        spare = avail - total
        text = [i for i, c in enumerate(columns) if not c.numeric]
        if text:
            first = text[0]
            give = max(0.0, min(spare, avail * 0.45 - widths[first]))
            widths[first] += give
            spare -= give
        numbers = [i for i, c in enumerate(columns) if c.numeric] or list(range(n))
        for i in numbers:
            widths[i] += spare / len(numbers)
        return widths
    slack = [natural[i] - least[i] for i in range(n)]
    over = total - avail
    room = sum(slack)
    if room <= 0:
        return [w * avail / total for w in natural]
    cut = min(1.0, over / room)
    widths = [natural[i] - slack[i] * cut for i in range(n)]
    # Still too wide (the least widths do not fit): scale everything down to fit.
    got = sum(widths)
    return [w * avail / got for w in widths] if got > avail else widths


def column_groups(section: Section, least: list[float], avail: float) -> list[list[int]]:
    """The columns of each printed part of a table too wide for the page.

    Each part repeats the first column when it names the rows (a worker, a month).
    """
    n = len(section.columns)
    if sum(least) <= avail or n <= 1:
        return [list(range(n))]
    lead = [0] if not section.columns[0].numeric else []
    rest = list(range(len(lead), n))
    # Greedy first, to learn how many parts are needed; then as many columns in each.
    parts, width = 1, sum(least[i] for i in lead)
    for i in rest:
        if width + least[i] > avail and width > sum(least[j] for j in lead):
            parts, width = parts + 1, sum(least[j] for j in lead)
        width += least[i]
    while True:
        per = math.ceil(len(rest) / parts)
        groups = [lead + rest[k : k + per] for k in range(0, len(rest), per)]
        if parts >= len(rest) or all(sum(least[i] for i in g) <= avail for g in groups):
            return groups
        parts += 1


# -- the document ---------------------------------------------------------------------------


class ReportDocument:
    def __init__(self, report: Report, paper: str = "A4", address: str = "") -> None:
        register_fonts()
        if paper not in PAPER:
            raise ValueError(f"unknown paper size {paper!r}")
        self.report = report
        self.address = address
        self.page_size = PAPER[paper]
        self.width = self.page_size[0] - 2 * MARGIN_X
        self.st = Styles()

    # -- page furniture ---------------------------------------------------------------------

    def draw_page(self, c: Canvas, page: int, total: int) -> None:
        r = self.report
        w, h = self.page_size
        left, right = MARGIN_X, w - MARGIN_X
        c.saveState()
        if page > 1:
            mark = fit(f"{one_line(r.title)} · {one_line(r.period.label)}", FONT_BOLD, 8,
                       (right - left) * 0.6)  # fmt: skip
            draw_running_head(c, left, right, h - 12 * mm, one_line(r.agency), mark)
        made = f"Generated {fmt_time(r.generated_at)} by {one_line(r.generated_by)}"
        draw_page_footer(c, left, right, page, total, made)
        c.restoreState()

    # -- build ------------------------------------------------------------------------------

    def build(self) -> bytes:
        r = self.report
        out = io.BytesIO()
        doc = BaseDocTemplate(
            out,
            pagesize=self.page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{one_line(r.title)} {DASH} {one_line(r.period.label)}",
            author=one_line(r.agency),
            subject=f"{one_line(r.title)}, {r.period.span_text}, {one_line(r.scope)}",
            creator="pswdesk",
        )
        # No frame padding: tables, charts and text then share one left edge.
        frame = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(self.story(), canvasmaker=numbered_canvas(self.draw_page))
        return out.getvalue()

    def story(self) -> list[Flowable]:
        out: list[Flowable] = [*self._masthead()]
        for section in self.report.sections:
            out.extend(self._section(section))
        return out

    # -- the first page ---------------------------------------------------------------------

    def _masthead(self) -> list[Flowable]:
        r, st = self.report, self.st
        period = r.period
        agency: list[Flowable] = [_p(r.agency, st.agency)]
        agency += [Paragraph(ln, st.agency_line) for ln in lines(self.address)]
        title: list[Flowable] = [_p(r.title, st.title), _p(period.label, st.subtitle)]
        head = Table(
            [[title, agency]], colWidths=[self.width * 0.55, self.width * 0.45], splitInRow=1
        )
        head.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                    ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ]
            )
        )
        span, label = period.span_text, one_line(period.label)
        days = f"{period.days} day{'s' if period.days != 1 else ''}"
        facts = [
            ("Period", f"{span} ({days})" if label == span else f"{label} ({span}, {days})"),
            ("Covers", r.scope),
            ("Prepared", f"{fmt_time(r.generated_at)} by {one_line(r.generated_by)}"),
        ]
        rows = [[_p(k, st.label), _p(v, st.value)] for k, v in facts]
        kv = Table(rows, colWidths=[26 * mm, self.width - 26 * mm], hAlign="LEFT", splitInRow=1)
        kv.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ]
            )
        )
        return [head, Spacer(1, 8), kv, Paragraph(COUNTS_ONLY, st.privacy)]

    # -- sections ---------------------------------------------------------------------------

    def _section(self, section: Section) -> list[Flowable]:
        st = self.st
        data = chart_data(section)
        drawing = chart_drawing(data, self.width) if data is not None else None
        # Keep the heading with its chart (or the table's first rows): a page break
        # only when they would not fit below it.
        keep = (drawing.height if drawing is not None else 0) + 34 * mm
        out: list[Flowable] = [
            CondPageBreak(min(keep, self.page_size[1] / 2)),
            RuledHeading(para_text(section.title) or DASH, st.h2),
        ]
        if not section.rows:
            out.append(_p(section.empty_text or "Nothing to count in this period.", st.empty))
        else:
            if drawing is not None:
                out += [drawing, Spacer(1, 8)]
            out.extend(self._tables(section))
        notes = [*section.notes, *(data.caveats if data is not None else ())]
        if notes:
            out.append(Spacer(1, 4))
            out.extend(_p(n, st.note) for n in notes if one_line(n))
        return out

    def _tables(self, section: Section) -> list[Flowable]:
        if not section.columns:
            return []
        size = CELL_SIZE if len(section.columns) <= 8 else WIDE_CELL_SIZE
        least, natural = column_needs(section, size)
        groups = column_groups(section, least, self.width)
        out: list[Flowable] = []
        for n, group in enumerate(groups):
            if len(groups) > 1:
                words = f"Columns {n + 1} of {len(groups)} parts"
                if n:
                    words += f" ({CONTINUED})"
                out.append(_p(f"{section.title} {DASH} {words}", self.st.continued))
            out.append(self._table(section, group, least, natural, size))
        return out

    def _table(
        self,
        section: Section,
        group: list[int],
        least: list[float],
        natural: list[float],
        size: float,
    ) -> Table:
        styles = self.st.cells(size)
        columns = [section.columns[i] for i in group]
        widths = share_width(
            columns, [least[i] for i in group], [natural[i] for i in group], self.width
        )

        def row_cells(row: Sequence[Any], total: bool) -> list[Paragraph]:
            cells = []
            for i, col in zip(group, columns, strict=True):
                value = row[i] if i < len(row) else None
                kind = ("total_" if total else "") + ("number" if col.numeric else "text")
                cells.append(_p(cell_text(col, value), styles[kind]))
            return cells

        # A header row cannot split across pages: a label is shortened to fit a few lines.
        header = [
            _p(_short(c.label), styles["head_number" if c.numeric else "head"]) for c in columns
        ]
        data: list[list[Paragraph]] = [header]
        data += [row_cells(row, False) for row in section.rows]
        if section.totals is not None:
            data.append(row_cells(section.totals, True))
        t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
        last = len(data) - 1
        # Rules between body rows; the totals row (shaded, a firmer rule above) needs none.
        ruled_to = last - 1 if section.totals is not None else last
        if ruled_to > 1:
            commands.append(("LINEBELOW", (0, 1), (-1, ruled_to - 1), 0.4, RULE))
        if section.totals is not None:
            commands += [
                ("BACKGROUND", (0, last), (-1, last), SHADE),
                ("LINEABOVE", (0, last), (-1, last), 0.8, INK),
            ]
        t.setStyle(TableStyle(commands))
        return t


def render_report_pdf(report: Report, *, paper: str = "A4", address: str = "") -> bytes:
    """The report as a PDF; ``address`` (the agency's, from its settings) goes under its name."""
    return ReportDocument(report, paper, address).build()
