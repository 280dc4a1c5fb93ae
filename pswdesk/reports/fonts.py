"""The fonts of pswdesk's PDFs and which one sets each character.

reportlab has no font fallback: a character its font lacks prints as a box. So
the text is cut into runs, each set in a font that has its glyphs:

* DejaVu Sans (``FONT``) sets Latin, Greek, Cyrillic and Canadian syllabics,
  and is the face of last resort.
* Arabic and Hebrew letters go to Noto Sans Arabic and Noto Sans Hebrew first
  (drawn for those scripts, with full joining and marks); Devanagari and
  Cherokee, which DejaVu lacks, to Noto Sans Devanagari and Cherokee; Chinese,
  Japanese and Korean to WenQuanYi Micro Hei, which has no bold face.

Every file in ``resources/fonts`` is TrueType (reportlab cannot embed CFF
outlines), registered ``shapable`` for uharfbuzz, and only when a document first
needs one of its characters: the CJK face alone is 4.6 MB to parse. Coverage is
read from each font's own character map and remembered per code point.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from pswdesk.resource_paths import resource_path

FONT = "PswdeskSans"
FONT_BOLD = "PswdeskSans-Bold"


@dataclass(frozen=True, slots=True)
class Face:
    """A font family of the PDFs: its regular and bold files and the code points it is for."""

    name: str
    regular: str
    bold: str | None
    # Inclusive code point ranges this family is the first choice for.
    ranges: tuple[tuple[int, int], ...] = ()

    @property
    def bold_name(self) -> str:
        return f"{self.name}-Bold" if self.bold else self.name


BASE = Face(FONT, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACKS: tuple[Face, ...] = (
    Face(
        "PswdeskArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
         (0xFE70, 0xFEFF)),
    ),
    Face(
        "PswdeskHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
        ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
    ),
    Face(
        "PswdeskDevanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
    ),
    Face(
        "PswdeskCherokee", "NotoSansCherokee-Regular.ttf", "NotoSansCherokee-Bold.ttf",
        ((0x13A0, 0x13FF), (0xAB70, 0xABBF)),
    ),
    Face(
        "PswdeskCJK", "WenQuanYiMicroHei.ttf", None,
        ((0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x30FF),
         (0x3100, 0x318F), (0x31A0, 0x31FF), (0x3200, 0x9FFF), (0xA960, 0xA97F),
         (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
         (0x20000, 0x2FA1F)),
    ),
)  # fmt: skip
FACES: dict[str, Face] = {f.name: f for f in (BASE, *FALLBACKS)}

_registered: set[str] = set()


def _register(face: Face) -> None:
    """Load one family (regular and bold) and map <b> inside it to its bold face."""
    if face.name in _registered:
        return
    regular = str(resource_path(f"fonts/{face.regular}"))
    pdfmetrics.registerFont(TTFont(face.name, regular, shapable=True))
    if face.bold:
        path = str(resource_path(f"fonts/{face.bold}"))
        pdfmetrics.registerFont(TTFont(face.bold_name, path, shapable=True))
    # No italic faces are shipped: italic requests fall back to the upright ones. The
    # plain face is mapped last, so that reportlab reads <font face=NAME> as not bold.
    for italic in (1, 0):
        for bold in (1, 0):
            addMapping(face.name, bold, italic, face.bold_name if bold else face.name)
    _registered.add(face.name)


def register_fonts() -> None:
    """The base family, once per process; fallbacks come when first needed."""
    _register(BASE)
    _use_our_shaping()


# Kerning and standard ligatures. reportlab also asks uharfbuzz for discretionary ones
# (``dlig``), meant for display type: with them Noto Sans Arabic sets محمد as the vowelled
# ligature ﷴ, adding marks nobody typed, and the PDF's text then reads U+FDF4, not the name.
FEATURES = {"kern": True, "liga": True}
_reportlab_shape = ttfonts.shapeFragWord


def shape_frag_word(w: Any, features: Any = None, force: bool = False) -> Any:
    """reportlab's ``shapeFragWord``, one font at a time.

    reportlab shapes a whole word with the font of its first fragment, so a word
    whose letters come from two fonts (``ᏣᎳᎩ李``) got glyph numbers of the wrong
    font: boxes or wrong letters. Each same-font stretch is shaped on its own here.
    """
    if isinstance(w, ttfonts.ShapedFragWord):
        return w
    parts = list(w[1:])
    if len({f.fontName for f, _ in parts}) <= 1:
        if any(isinstance(t, ttfonts.ShapedStr) for _, t in parts):
            return w  # shaped already, then cut or joined again by the line breaker
        return _reportlab_shape(w, FEATURES, force)
    width = 0.0
    pairs: list[Any] = []
    group: list[Any] = []

    def flush() -> None:
        nonlocal width
        if not group:
            return
        w0 = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)
        if any(isinstance(t, ttfonts.ShapedStr) for _, t in group):
            shaped = [w0, *group]
        else:
            shaped = _reportlab_shape([w0, *group], FEATURES, force)
        width += shaped[0]
        pairs.extend(shaped[1:])
        group.clear()

    for f, t in parts:
        if group and group[-1][0].fontName != f.fontName:
            flush()
        group.append((f, t))
    flush()
    return ttfonts.makeShapedFragWord(w)([width, *pairs])


def shape_run(text: str, font_name: str, size: float) -> Any:
    """One run of text in one face, shaped (a ``ShapedStr``, or ``text`` if shaping changes
    nothing)."""
    frag = ABag(fontName=font_name, fontSize=size)
    width = pdfmetrics.stringWidth(text, font_name, size)
    return _reportlab_shape([width, (frag, text)], FEATURES)[1][1]


def _use_our_shaping() -> None:
    if paragraph.shapeFragWord is not shape_frag_word:
        paragraph.shapeFragWord = shape_frag_word


def _covers(face: Face, cp: int) -> bool:
    _register(face)
    font = pdfmetrics.getFont(face.name)
    return cp in font.face.charToGlyph


@cache
def face_for(cp: int) -> str:
    """The family that sets code point ``cp``: the one it is drawn for if that family has it,
    else DejaVu if it has it, else any fallback that has it, else DejaVu (a box)."""
    for face in FALLBACKS:
        if any(lo <= cp <= hi for lo, hi in face.ranges) and _covers(face, cp):
            return face.name
    if _covers(BASE, cp):
        return FONT
    for face in FALLBACKS:
        if _covers(face, cp):
            return face.name
    return FONT


def covers(name: str, cp: int) -> bool:
    """Whether family ``name`` has a glyph for ``cp`` (loading it if needed)."""
    return _covers(FACES[name], cp)


def bold_of(name: str) -> str:
    """The bold face of a family, or the family itself where none is shipped."""
    return FACES[name].bold_name


def family_of(font_name: str) -> tuple[str, bool]:
    """(family, bold) for a registered face name such as ``PswdeskSans-Bold``."""
    for face in FACES.values():
        if font_name == face.name:
            return face.name, False
        if face.bold and font_name == face.bold_name:
            return face.name, True
    return FONT, False
