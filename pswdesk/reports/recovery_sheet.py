"""The recovery sheet: one printed page holding the agency's recovery key.

The key opens the encrypted database on any computer, so the page says plainly
what it opens, where to keep it, and what happens if it is lost. The key is set
large in a monospaced face, one group of four per cell, so it can be read back
and typed without mistaking one character for another. Only plain values come
in; this module looks nothing up.
"""

from __future__ import annotations

import datetime as dt
import io
import uuid

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from pswdesk.keys import AgencySecret, checkpoint_fingerprint
from pswdesk.reports.layout import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    WARN_BG,
    WARN_INK,
    Paragraph,
    RuledHeading,
    para_text,
    register_fonts,
)

TITLE = "pswdesk recovery key"
HEADING = "Recovery key"
# A built-in PDF face: every viewer has it, and the key uses ASCII letters and digits only.
MONO = "Courier-Bold"
KEY_SIZE = 17
GROUPS_PER_ROW = 7
MARGIN = 20 * mm


def recovery_sheet_pdf(
    agency_name: str, database_id: uuid.UUID, secret: AgencySecret, made_at: dt.datetime
) -> bytes:
    """The sheet as PDF bytes, ready to print."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=TITLE,
        author="pswdesk",
        subject=f"Recovery key of {agency_name}",
    )
    s = _styles()
    when = made_at.astimezone()
    story = [
        Paragraph(HEADING, s["title"]),
        Paragraph(para_text(agency_name), s["agency"]),
        _facts(
            [
                ("Database id", str(database_id)),
                ("Printed", f"{when.day} {when:%B %Y, %H:%M}"),
                ("Checkpoint key", _grouped(checkpoint_fingerprint(secret))),
            ],
            s,
        ),
        Spacer(1, 8 * mm),
        _key_table(secret),
        Spacer(1, 3 * mm),
        Paragraph(
            "Type the groups in order, left to right; capitals or small letters, with or "
            "without spaces or dashes between them.",
            s["small"],
        ),
        Spacer(1, 6 * mm),
        _warning(s),
        RuledHeading("What this key opens", s["heading"]),
        Paragraph(
            "This key unlocks the agency's encrypted pswdesk database, including every "
            "client record, case note and staff account in it, and every backup made of "
            "it. pswdesk normally keeps it in the computer's keyring, so nobody has to "
            "type it. You need this sheet when pswdesk asks for the recovery key: on a new "
            "or repaired computer, after restoring a backup, or where the computer has no "
            "keyring.",
            s["body"],
        ),
        RuledHeading("Where to keep it", s["heading"]),
        Paragraph(
            "Keep this sheet locked away, apart from the computers and the backup media, "
            "for example in the office safe or with the agency's director. Do not keep it "
            "in a file, an e-mail or a photo on a computer or phone. Anyone who holds both "
            "this key and a copy of the database can read all of it.",
            s["body"],
        ),
        RuledHeading("If it is lost or seen by someone else", s["heading"]),
        Paragraph(
            "If this sheet is lost but pswdesk still opens, an administrator makes a new key "
            "at once ('pswdesk db rekey') and prints a new sheet; the old key then no longer "
            "opens the database (older backups still open with the old one). If the key is "
            "lost and no computer's keyring holds it any more, nobody can open the database "
            "or its backups: not the agency, not the makers of pswdesk. There is no other "
            "way in.",
            s["body"],
        ),
    ]
    doc.build(story)
    return out.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=24, textColor=ACCENT
        ),
        "agency": ParagraphStyle(
            "agency", parent=base, fontName=FONT_BOLD, fontSize=13, leading=18, spaceAfter=4
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=6,
        ),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "warn": ParagraphStyle(
            "warn", parent=base, fontName=FONT_BOLD, textColor=WARN_INK, leading=14
        ),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, textColor=MUTED),
    }


def _grouped(fingerprint: str) -> str:
    """The checkpoint key's fingerprint as a person compares it: groups of four."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def _facts(rows: list[tuple[str, str]], s: dict[str, ParagraphStyle]) -> Table:
    table = Table(
        [
            [Paragraph(label, s["label"]), Paragraph(para_text(value), s["body"])]
            for label, value in rows
        ],
        colWidths=[32 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _key_table(secret: AgencySecret) -> Table:
    """The recovery key, one group per cell, a few groups to a row."""
    groups = secret.recovery_key().split("-")
    rows = [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
    rows[-1] += [""] * (GROUPS_PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[24 * mm] * GROUPS_PER_ROW, rowHeights=12 * mm)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), MONO),
                ("FONTSIZE", (0, 0), (-1, -1), KEY_SIZE),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


def _warning(s: dict[str, ParagraphStyle]) -> Table:
    text = (
        "Keep this sheet safe. It is the only way into the database and its backups "
        "if the keyring of this computer is lost."
    )
    table = Table([[Paragraph(text, s["warn"])]], colWidths=[None])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), WARN_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table
