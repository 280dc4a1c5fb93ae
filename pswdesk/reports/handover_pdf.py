"""The handover summary as a PDF (reportlab platypus).

The one document that leaves the agency, so it reads like a clinical letter:
who it is from and for, on what basis, who it is about, then the sections the
consent covers in a fixed order, who to ask, and what was left out. Every page
carries the agency, a confidentiality mark, the client's name and record
number, the generation time and "Page X of Y"; an emergency disclosure is
marked on every page.

Only ``HandoverData`` comes in: this module cannot look anything up, so it can
only print what the service decided may be shared.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as BaseParagraph

from pswdesk.reports.handover_data import ContactInfo, HandoverData
from pswdesk.reports.handover_wording import HandoverWording
from pswdesk.reports.layout import (
    ACCENT,
    ALERT,
    ALERT_BG,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    WARN_BG,
    WARN_INK,
    Labelled,
    Paragraph,
    RuledHeading,
    draw_page_footer,
    draw_running_head,
    lines,
    numbered_canvas,
    one_line,
    para_text,
    register_fonts,
    typed_lines,
)
from pswdesk.reports.plain_lines import typed_para
from pswdesk.vocabulary import GoalStatus

PAPER = {"A4": A4, "Letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 20 * mm
DASH = "—"

#: The words are in the recipient's language (``handover_wording``); English here.
ENGLISH = HandoverWording()


# -- formatting --------------------------------------------------------------------------


def fmt_date(d: dt.date | None, w: HandoverWording = ENGLISH) -> str:
    return w.date(d)


def fmt_time(t: dt.datetime, w: HandoverWording = ENGLISH) -> str:
    """Local time of the PC producing the document."""
    return w.time(t)


def fmt_contact_time(t: dt.datetime, w: HandoverWording = ENGLISH) -> str:
    return w.contact_time(t)


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# -- styles ------------------------------------------------------------------------------


class Styles:
    """Paragraph styles, built after the fonts are registered."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11.5)
        self.muted = ParagraphStyle("muted", base, fontSize=8, leading=10.5, textColor=MUTED)
        self.title = ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=19, leading=23, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=10, leading=14, textColor=MUTED)
        self.agency = ParagraphStyle(
            "agency", base, fontName=FONT_BOLD, fontSize=10.5, leading=14, alignment=TA_RIGHT
        )
        self.agency_line = ParagraphStyle(
            "agency_line", base, fontSize=8.5, leading=11.5, textColor=MUTED, alignment=TA_RIGHT
        )
        self.h2 = ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
            spaceBefore=16, spaceAfter=8,
        )  # fmt: skip
        self.h3 = ParagraphStyle(
            "h3", base, fontName=FONT_BOLD, fontSize=9.5, leading=12.5, spaceBefore=7,
            spaceAfter=1,
        )  # fmt: skip
        self.notice = ParagraphStyle(
            "notice", base, fontSize=8, leading=11, backColor=SHADE, borderColor=RULE,
            borderWidth=0.5, borderPadding=(6, 7, 6, 7), leftIndent=7, rightIndent=7,
            spaceBefore=10, spaceAfter=6,
        )  # fmt: skip
        self.emergency = ParagraphStyle(
            "emergency", self.notice, textColor=ALERT, backColor=ALERT_BG, borderColor=ALERT,
            fontSize=8.5, leading=12, spaceAfter=18,
        )  # fmt: skip
        self.label = ParagraphStyle(
            "label", base, fontName=FONT_BOLD, fontSize=8, leading=11, textColor=MUTED
        )
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=FONT_BOLD)
        self.head_cell = ParagraphStyle(
            "head_cell", self.cell, fontName=FONT_BOLD, fontSize=7.5, textColor=MUTED
        )
        self.contact_head = ParagraphStyle(
            "contact_head", base, fontName=FONT_BOLD, fontSize=8.5, leading=11,
            backColor=SHADE, borderPadding=(2.5, 4, 2.5, 4), leftIndent=4, rightIndent=4,
            spaceBefore=9, spaceAfter=4,
        )  # fmt: skip
        self.contact_head_unreviewed = ParagraphStyle(
            "contact_head_unreviewed", self.contact_head, backColor=WARN_BG, textColor=WARN_INK
        )
        self.contact = ParagraphStyle("contact", base, fontSize=8.5, leading=11, spaceAfter=1.5)
        self.item = ParagraphStyle("item", self.small, spaceAfter=2)
        self.end = ParagraphStyle("end", self.muted, alignment=1, spaceBefore=18, textColor=MUTED)


# -- building blocks ---------------------------------------------------------------------


def _kv_table(rows: list[tuple[str, list[Flowable] | Flowable]], st: Styles, label_w: float,
              width: float) -> Table:  # fmt: skip
    """A two-column table of labels and values with light rules between rows."""
    data = [[Paragraph(para_text(k), st.label), v] for k, v in rows]
    t = Table(data, colWidths=[label_w, width - label_w], splitInRow=1, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return t


def _grid(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    st: Styles,
    group_starts: set[int] | None = None,
) -> Table:
    """A data table: muted header row repeated on each page, light rules, no boxes.

    With ``group_starts`` (row indexes, header excluded) rules are drawn only
    between groups, so a grouped list reads as blocks.
    """
    data: list[list[Any]] = [[Paragraph(h, st.head_cell) for h in header], *rows]
    t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    if group_starts is None:
        commands.append(("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE))
    else:
        commands += [("LINEABOVE", (0, i + 1), (-1, i + 1), 0.4, RULE) for i in group_starts if i]
    t.setStyle(TableStyle(commands))
    return t


def _text(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as paragraphs, one per typed line; a dash when empty. Plain text takes
    ``plain_lines`` (several times cheaper than reportlab's Paragraph), the rest ``Para``."""
    paras: list[Flowable] = [typed_para(ln, style) for ln in typed_lines(text)]
    return paras or [Paragraph(DASH, style)]


def _p(text: str, style: ParagraphStyle) -> BaseParagraph:
    """Text on one line (line breaks become spaces), plain or not: not markup."""
    return typed_para(one_line(text), style)


def _none(message: str, st: Styles) -> Paragraph:
    return Paragraph(message, st.muted)


# -- the document ------------------------------------------------------------------------


class HandoverDocument:
    def __init__(self, data: HandoverData, paper: str = "A4") -> None:
        register_fonts()
        if paper not in PAPER:
            raise ValueError(f"unknown paper size {paper!r}")
        self.data = data
        self.w = HandoverWording(data.language)
        self.page_size = PAPER[paper]
        self.width = self.page_size[0] - 2 * MARGIN_X
        self.st = Styles()
        self.pages = 0

    # -- page furniture ---------------------------------------------------------------------

    def draw_page(self, c: Canvas, page: int, total: int) -> None:
        self.pages = total
        d, t = self.data, self.w
        w, h = self.page_size
        left, right = MARGIN_X, w - MARGIN_X
        c.saveState()
        top = h - 12 * mm
        if d.emergency:
            c.setFillColor(ALERT)
            c.rect(0, h - 8 * mm, w, 8 * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(FONT_BOLD, 8.5)
            c.drawCentredString(
                w / 2, h - 5.4 * mm, t("emergency_banner", mark=t("emergency_mark"))
            )
            top = h - 14 * mm
        mark = t("running_mark", confidential=t("confidential"), title=t("title"))
        draw_running_head(c, left, right, top, one_line(d.agency.name), mark)
        who = t("footer_who", name=one_line(d.client.preferred_name), id=d.client.id)
        made = t("generated", time=t.time(d.generated_at))
        draw_page_footer(c, left, right, page, total, who, beside=made, page_words=t("page_of"))
        c.restoreState()

    # -- build ------------------------------------------------------------------------------

    def build(self, output: BinaryIO) -> int:
        d = self.data
        top = MARGIN_TOP + (6 * mm if d.emergency else 0)
        doc = BaseDocTemplate(
            output,
            pagesize=self.page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=top,
            bottomMargin=MARGIN_BOTTOM,
            title=self.w(
                "pdf_title", title=self.w("title"), name=one_line(d.client.preferred_name)
            ),
            author=one_line(d.agency.name),
            subject=self.w("pdf_subject", title=self.w("title"), recipient=one_line(d.recipient)),
            creator="pswdesk",
        )
        # No frame padding: tables and text then share one left edge.
        frame = Frame(
            doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(self.story(), canvasmaker=numbered_canvas(self.draw_page))
        return self.pages

    def story(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [*self._masthead(), *self._basis(), *self._client()]
        sections = {
            "risk": self._risk,
            "safety_plan": self._safety_plan,
            "goals": self._goals,
            "strengths": self._strengths,
            "referrals": self._referrals,
            "care_team": self._care_team,
            "contacts": self._contacts,
            "follow_ups": self._follow_ups,
        }
        for key, label in d.included:
            out.extend(self._heading(label))
            out.extend(sections[key]())
        out.extend(self._questions())
        out.extend(self._withheld())
        out.append(Paragraph(self.w("end"), self.st.end))
        return out

    def _heading(self, text: str) -> list[Flowable]:
        # A page break only when the heading would sit alone at the foot of a page;
        # keepWithNext would push a whole long table to the next page instead.
        return [CondPageBreak(32 * mm), RuledHeading(para_text(text), self.st.h2)]

    # -- opening blocks ---------------------------------------------------------------------

    def _masthead(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        agency = [_p(d.agency.name, st.agency)]
        agency += [Paragraph(ln, st.agency_line) for ln in lines(d.agency.address)]
        agency += [_p(x, st.agency_line) for x in (d.agency.phone, d.agency.email) if x.strip()]
        title = [
            Paragraph(t("title"), st.title),
            Paragraph(
                t(
                    "subtitle",
                    client=para_text(d.client.preferred_name),
                    recipient=para_text(d.recipient),
                ),
                st.subtitle,
            ),
        ]
        head = Table(
            [[title, agency]], colWidths=[self.width * 0.58, self.width * 0.42], splitInRow=1
        )
        head.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        out: list[Flowable] = [head]
        if d.emergency:
            out.append(Paragraph(t("emergency_notice", mark=t("emergency_mark")), st.emergency))
        phone = one_line(d.agency.phone)
        call = t("call", phone=para_text(phone)) if phone else ""
        out.append(
            Paragraph(
                t("confidential_notice", confidential=t("confidential"), call=call), st.notice
            )
        )
        return out

    def _basis(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        out: list[Flowable] = [*self._heading(t("h_basis"))]
        rows: list[tuple[str, list[Flowable] | Flowable]] = [
            (t("recipient"), _p(d.recipient, st.cell_bold)),
        ]
        if d.consent is not None:
            c = d.consent
            rows += [
                (t("basis"), _p(t("basis_consent", how=c.how_given, id=c.id), st.cell)),
                (t("purpose"), _text(c.purpose, st.cell)),
                (t("consent_given"), _p(t.date(c.given_on), st.cell)),
                (
                    t("consent_expires"),
                    _p(t.date(c.expires_on) if c.expires_on else t("no_expiry"), st.cell),
                ),
                (t("consent_covers"), _p(", ".join(c.scope_labels) or t("nothing"), st.cell)),
            ]
        else:
            rows += [
                (
                    t("basis"),
                    Paragraph(
                        t("basis_emergency", mark=t("emergency_mark")),
                        ParagraphStyle("e", st.cell, textColor=ALERT),
                    ),
                ),
                (t("reason_given"), _text(d.emergency_reason, st.cell)),
            ]
        period = t("period", start=t.date(d.date_from), end=t.date(d.date_to))
        notes = (
            t("notes_with_unreviewed", mark=t("unreviewed_mark"))
            if d.include_unreviewed
            else t("notes_signed_only")
        )
        rows += [
            (t("period_covered"), _p(period, st.cell)),
            (t("based_on"), _p(notes, st.cell)),
            (t("prepared_by"), _p(f"{d.generated_by}, {t.time(d.generated_at)}", st.cell)),
        ]
        out.append(_kv_table(rows, st, 34 * mm, self.width))
        return out

    def _client(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        c = d.client
        dob = DASH
        if c.date_of_birth:
            age = age_on(c.date_of_birth, d.generated_at.date())
            dob = t("born_age", date=t.date(c.date_of_birth), age=age)
        rows: list[tuple[str, list[Flowable] | Flowable]] = [
            (t("preferred_name"), _p(c.preferred_name, st.cell_bold)),
            (t("legal_name"), _p(c.legal_name or c.preferred_name, st.cell)),
            (t("pronouns"), _p(c.pronouns or DASH, st.cell)),
            (t("date_of_birth"), _p(dob, st.cell)),
            (t("agency_record"), _p(str(c.id), st.cell)),
        ]
        return [*self._heading(t("h_client")), _kv_table(rows, st, 34 * mm, self.width)]

    # -- sections ---------------------------------------------------------------------------

    def _unreviewed_note(self) -> Paragraph:
        return Paragraph(
            self.w("unreviewed_note", mark=self.w("unreviewed_mark")),
            ParagraphStyle("w", self.st.small, textColor=WARN_INK),
        )

    def _risk(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        r = d.risk
        if r is None:
            return [_none(t("no_risk"), st)]
        colour = {"imminent": ALERT, "high": ALERT, "moderate": WARN_INK}.get(r.level, INK)
        level = ParagraphStyle("lvl", st.cell_bold, fontSize=10, leading=13, textColor=colour)
        rows: list[tuple[str, list[Flowable] | Flowable]] = [
            (t("risk_level"), Paragraph(para_text(r.label), level)),
            (
                t("recorded"),
                _p(
                    t("recorded_by", time=t.contact_time(r.recorded_at), who=r.recorded_by), st.cell
                ),
            ),
            (t("risk_indicators"), _p("; ".join(r.indicators) or t("no_indicators"), st.cell)),
            (t("actions_taken"), _p("; ".join(r.actions) or t("no_actions"), st.cell)),
        ]
        out: list[Flowable] = [_kv_table(rows, st, 34 * mm, self.width)]
        if not r.reviewed:
            out.insert(0, self._unreviewed_note())
        return out

    def _safety_plan(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        p = d.safety_plan
        if p is None:
            return [_none(t("no_safety_plan"), st)]
        out: list[Flowable] = [
            _p(
                t(
                    "safety_plan_made",
                    version=p.version_no,
                    time=t.time(p.created_at),
                    who=p.created_by,
                ),
                st.muted,
            ),
            Spacer(1, 3),
        ]
        if not p.reviewed:
            out.append(self._unreviewed_note())
        rows: list[tuple[str, list[Flowable] | Flowable]] = [
            (label, _text(text, st.cell)) for label, text in p.entries
        ]
        out.append(_kv_table(rows, st, 52 * mm, self.width))
        return out

    def _goals(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        if not d.goals:
            return [_none(t("no_goals"), st)]
        out: list[Flowable] = []
        gutter = 24 * mm
        for g in d.goals:
            meta = [
                t.label_of(GoalStatus, g.status, g.status.capitalize()),
                t("goal_set", date=t.date(g.set_on)),
            ]
            if g.target_date:
                meta.append(t("goal_target", date=t.date(g.target_date)))
            block: list[Flowable] = [
                _p(g.text, st.h3),
                _p(" · ".join(meta), st.muted),
            ]
            if g.why.strip():
                block.append(Labelled(t("why_it_matters"), _p(g.why, st.item), gutter))
            for i, pr in enumerate(g.progress):
                text = pr.text.strip() or t("reviewed")
                if pr.status and pr.status != GoalStatus.ACTIVE:
                    status = t.label_of(GoalStatus, pr.status).lower() if t.french else pr.status
                    text = f"{text} ({status})"
                day = t.date(pr.recorded_at.astimezone().date())
                block.append(
                    Labelled(
                        t("progress") if i == 0 else "",
                        _p(t("dated", date=day, text=text), st.item),
                        gutter,
                    )
                )
            out.append(CondPageBreak(18 * mm))
            out.extend(block)
        return out

    def _strengths(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        if not d.strengths:
            return [_none(t("no_strengths"), st)]
        rows: list[list[Any]] = []
        starts: set[int] = set()
        for i, item in enumerate(d.strengths):
            first = i == 0 or item.kind != d.strengths[i - 1].kind
            if first:
                starts.add(i)
            kind = _p(item.kind, st.cell_bold) if first else ""
            rows.append([kind, _text(item.text, st.cell), _p(t.date(item.noted_on), st.cell)])
        widths = [38 * mm, self.width - 62 * mm, 24 * mm]
        header = [t("col_kind"), t("col_strength"), t("col_noted")]
        return [_grid(header, rows, widths, st, starts)]

    def _referrals(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        if not d.referrals:
            return [_none(t("no_referrals"), st)]
        rows = [
            [
                _p(r.to_whom, st.cell_bold),
                _text(r.reason, st.cell),
                [_p(r.status, st.cell), _p(t("since", date=t.date(r.status_on)), st.muted)],
                _p(t.date(r.made_on), st.cell),
            ]
            for r in d.referrals
        ]
        widths = [48 * mm, self.width - 102 * mm, 30 * mm, 24 * mm]
        intro = _p(t("referrals_intro", date=t.date(d.date_from)), st.muted)
        header = [t("col_to"), t("col_reason"), t("col_status"), t("col_referred")]
        return [intro, Spacer(1, 3), _grid(header, rows, widths, st)]

    def _care_team(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        if not d.care_team:
            return [_none(t("no_care_team"), st)]
        rows = [
            [
                _p(m.name, st.cell_bold),
                _p(", ".join(x for x in (m.role, m.organisation) if x.strip()) or DASH, st.cell),
                _p(m.phone or DASH, st.cell),
                _p(m.email or DASH, st.cell),
            ]
            for m in d.care_team
        ]
        return [
            _grid(
                [t("col_name"), t("col_role_org"), t("col_phone"), t("col_email")],
                rows,
                [42 * mm, self.width - 114 * mm, 28 * mm, 44 * mm],
                st,
            )
        ]

    def _contacts(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        n = len(d.contacts)
        period = t("contacts_period", start=t.date(d.date_from), end=t.date(d.date_to))
        if n == 0:
            return [_none(t("no_contacts", period=period), st)]
        unreviewed = sum(1 for c in d.contacts if not c.reviewed)
        intro = t("contacts_one" if n == 1 else "contacts_many", n=n, period=period)
        if unreviewed:
            many = "unreviewed_one" if unreviewed == 1 else "unreviewed_many"
            intro += " " + t(many, n=unreviewed, mark=t("unreviewed_mark"))
        out: list[Flowable] = [_p(intro, st.muted), Spacer(1, 2)]
        gutter = 20 * mm
        for c in d.contacts:
            out.extend(self._contact(c, gutter))
        return out

    def _contact(self, c: ContactInfo, gutter: float) -> list[Flowable]:
        st, t = self.st, self.w
        parts = [t.contact_time(c.contact_at), c.contact_type, t("minutes", n=c.duration_minutes),
                 c.worker]  # fmt: skip
        if c.risk_label:
            parts.append(t("contact_risk", level=c.risk_label.lower()))
        head = " · ".join(parts)
        style = st.contact_head
        if not c.reviewed:
            head = f"{t('unreviewed_mark')} · {head}"
            style = st.contact_head_unreviewed
        out: list[Flowable] = [CondPageBreak(20 * mm), _p(head, style)]
        if c.summary.strip():
            out += self._labelled(t("summary"), c.summary, gutter)
        for label, text in c.points:
            out += self._labelled(label, text, gutter)
        for a in c.addenda:
            out += self._labelled(
                t("addendum"),
                t(
                    "addendum_text",
                    time=t.time(a.created_at),
                    author=a.author,
                    reason=a.reason,
                    text=a.text,
                ),
                gutter,
            )
        return out

    def _labelled(self, label: str, text: str, gutter: float) -> list[Flowable]:
        return [
            Labelled(label if i == 0 else "", typed_para(ln, self.st.contact), gutter)
            for i, ln in enumerate(typed_lines(text))
        ]

    def _follow_ups(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        if not d.follow_ups:
            return [_none(t("no_follow_ups"), st)]
        overdue = ParagraphStyle("overdue", st.muted, textColor=ALERT)
        rows = [
            [
                [
                    _p(t.date(f.due_date), st.cell_bold),
                    *([_p(t("overdue"), overdue)] if f.overdue else []),
                ],
                _text(f.description, st.cell),
                _p(f.owner, st.cell),
            ]
            for f in d.follow_ups
        ]
        widths = [28 * mm, self.width - 78 * mm, 50 * mm]
        return [_grid([t("col_due"), t("col_what"), t("col_who")], rows, widths, st)]

    # -- closing blocks ---------------------------------------------------------------------

    def _questions(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        rows: list[tuple[str, list[Flowable] | Flowable]] = [
            (s.role, _p(s.name, st.cell)) for s in d.questions_to
        ]
        reach = " · ".join(x for x in (one_line(d.agency.phone), one_line(d.agency.email)) if x)
        if reach:
            rows.append((t("the_agency"), _p(reach, st.cell)))
        if not rows:  # no one named and no phone or e-mail on file: still say whom to ask
            return [*self._heading(t("h_questions")), _p(t("questions_nobody"), st.small)]
        return [
            *self._heading(t("h_questions")),
            _p(t("questions_intro"), st.small),
            Spacer(1, 3),
            KeepTogether(_kv_table(rows, st, 52 * mm, self.width)),
        ]

    def _withheld(self) -> list[Flowable]:
        d, st, t = self.data, self.st, self.w
        out: list[Flowable] = [*self._heading(t("h_withheld"))]
        not_covered = [label for _, label in d.withheld]
        not_chosen = [label for _, label in d.not_selected]
        if not_covered:
            out.append(_p(t("not_covered", sections=", ".join(not_covered)), st.small))
        if not_chosen:
            out.append(_p(t("not_chosen", sections=", ".join(not_chosen)), st.small))
        if not (not_covered or not_chosen):
            nothing = t("nothing_withheld") if d.consent is not None else t("nothing_left_out")
            out.append(_p(nothing, st.small))
        out.append(_p(t("staff_notes"), st.muted))
        return out


def render_handover(data: HandoverData, output: BinaryIO, *, paper: str = "A4") -> int:
    """Write the PDF to ``output``; returns the number of pages."""
    return HandoverDocument(data, paper).build(output)
