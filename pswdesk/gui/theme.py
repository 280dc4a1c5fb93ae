"""Light and dark looks: the system's colour scheme, or the one chosen in Settings.

``resources/style.qss`` is the only stylesheet written by hand. The dark one is made
from it here, declaration by declaration: a background, text or border colour of the
light sheet is swapped for its dark counterpart (``DARK_BACKGROUNDS``, ``DARK_TEXT``,
``DARK_BORDERS``), so a rule added to the light sheet is dark at once. Rules that
already draw light text on a strong colour (the navy sidebar, the risk badges, the
red alert, primary buttons) are the same in both looks. Fusion's palette is set to
match, for what the sheet does not style. Colours set in code for table text (an
overdue date in red, a closed client in grey) go through ``text_colour`` so they stay
readable on a dark table. tests/gui/test_dark_mode.py checks the contrast of every
text/background pair the dark sheet sets.
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from pswdesk.gui.resources import stylesheet

SETTING = "appearance/theme"


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


#: Light surface → dark surface.
DARK_BACKGROUNDS = {
    "#ffffff": "#1e2630",
    "#f4f6f8": "#151b22",
    "#f5f8fa": "#232c37",
    "#eef1f4": "#2a3440",
    "#dfe7ee": "#364352",
    "#e9eef2": "#26303c",
    "#e4e9ee": "#2a3440",
    "#f0f4f7": "#313c49",
    "#eef4f8": "#2c3744",
    "#cde9e5": "#115e59",
    "#fef3c7": "#3d2f08",
    "#fffbeb": "#33290c",
    "#e6f2f1": "#12332f",
    "#e4e7eb": "#2b323b",
}
#: Dark text on light → light text on dark.
DARK_TEXT = {
    "#12283a": "#e6edf3",
    "#1d3b53": "#dbe6ef",
    "#1b2733": "#dbe3ea",
    "#3e4c59": "#c3ccd6",
    "#52606d": "#a9b4c0",
    "#9aa5b1": "#76828f",
    "#b91c1c": "#fca5a5",
    "#b3261e": "#fca5a5",
    "#9a3412": "#fdba74",
    "#78350f": "#fde68a",
    "#15803d": "#86efac",
}
#: Borders and rules: quieter on dark; focus rings and warnings lighter.
DARK_BORDERS = {
    "#cfd8e0": "#3a4654",
    "#9aa5b1": "#5b6775",
    "#cbd2d9": "#465260",
    "#7b8794": "#6b7785",
    "#e4e9ee": "#3a4654",
    "#2563eb": "#60a5fa",
    "#b91c1c": "#f87171",
    "#0f766e": "#2dd4bf",
    "#f59e0b": "#b7791f",
    "#d97706": "#d97706",
    "#52606d": "#8b97a5",
}
#: Rules drawn the same in both looks (light text on a strong colour of their own).
SAME_IN_BOTH = re.compile(
    r"#sidebar|#nav_list|#lock_page|QToolTip|QLabel\[risk|#alert_frame|primary=\"true\""
)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DECLARATION = re.compile(r"([\w-]+)(\s*:\s*)([^;]+);")
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def _dark_background(colour: str) -> str:
    """A light surface not in the tables: the same hue, dark and muted."""
    c = QColor(colour)
    if c.lightness() < 150:
        return colour  # already a strong or dark colour: kept, with its own text
    return QColor.fromHslF(max(c.hslHueF(), 0.0), min(c.hslSaturationF(), 0.45), 0.17).name()


def _light_text(colour: str) -> str:
    """A dark text colour not in the tables: the same hue, light."""
    c = QColor(colour)
    if c.lightness() > 150:
        return colour
    return QColor.fromHslF(max(c.hslHueF(), 0.0), min(c.hslSaturationF(), 0.7), 0.8).name()


def _dark_border(colour: str) -> str:
    c = QColor(colour)
    if c.lightness() < 170:
        return colour
    return QColor.fromHslF(max(c.hslHueF(), 0.0), min(c.hslSaturationF(), 0.4), 0.33).name()


def _swap(prop: str, colour: str) -> str:
    key = colour.lower()
    if "background" in prop:
        return DARK_BACKGROUNDS.get(key) or _dark_background(key)
    if prop in ("color", "selection-color"):
        return DARK_TEXT.get(key) or _light_text(key)
    return DARK_BORDERS.get(key) or _dark_border(key)


def _declarations(body: str) -> str:
    def declaration(d: re.Match[str]) -> str:
        prop = d.group(1)
        value = _HEX.sub(lambda h: _swap(prop, h.group(0)), d.group(3))
        return f"{prop}{d.group(2)}{value};"

    return _DECLARATION.sub(declaration, body)


def _darken(source: str) -> str:
    # Comments may hold braces-free prose with colons; strip them before rewriting.
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    if "{" not in source:  # one widget's own declarations, no selector
        return _declarations(source if source.rstrip().endswith(";") else source + ";")

    def rule(match: re.Match[str]) -> str:
        selector, body = match.group(1), match.group(2)
        if SAME_IN_BOTH.search(selector):
            return match.group(0)
        return selector + "{" + _declarations(body) + "}"

    return _RULE.sub(rule, source)


def dark_stylesheet(light: str | None = None) -> str:
    """The dark sheet: ``light`` (the app's light sheet by default) with colours swapped."""
    dark = _darken(stylesheet() if light is None else light)
    for icon in ("chevron-down", "chevron-up", "close"):  # dark strokes → light ones
        dark = dark.replace(f":/icons/{icon}.svg", f":/icons/{icon}-dark.svg")
    return dark + DARK_ONLY


def themed(sheet: str) -> str:
    """A window's own stylesheet, for the look in use (dark colours when dark)."""
    return _darken(sheet) if _dark else sheet


#: The dynamic property that keeps a widget's own light sheet, to re-theme it.
_OWN_SHEET = "pswdesk_own_sheet"


def set_own_sheet(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` its own stylesheet (written for the light look) in the look in use,
    and again whenever the look changes while it is open (``apply_theme``)."""
    widget.setProperty(_OWN_SHEET, sheet)
    widget.setStyleSheet(themed(sheet))


#: What only the dark look needs: Fusion outlines check boxes in a shade of the window
#: colour, which all but vanishes on a dark window.
DARK_ONLY = """
QCheckBox::indicator, QGroupBox::indicator {
    width: 13px;
    height: 13px;
    border: 1px solid #8b97a5;
    border-radius: 2px;
    background: #1e2630;
}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {
    border: 1px solid #2dd4bf;
    image: url(:/icons/check-dark.svg);
}
QCheckBox::indicator:focus {
    border: 1px solid #60a5fa;
}
QCheckBox::indicator:disabled {
    border: 1px solid #465260;
}
"""


def dark_palette() -> QPalette:
    """Fusion's colours for a dark look (what the stylesheet does not set)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#151b22"),
        (roles.WindowText, "#e6edf3"),
        (roles.Base, "#1e2630"),
        (roles.AlternateBase, "#232c37"),
        (roles.Text, "#e6edf3"),
        (roles.Button, "#2a3440"),
        (roles.ButtonText, "#e6edf3"),
        (roles.BrightText, "#ffffff"),
        (roles.ToolTipBase, "#1d3b53"),
        (roles.ToolTipText, "#ffffff"),
        (roles.Highlight, "#0f766e"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#7dd3fc"),
        (roles.LinkVisited, "#c4b5fd"),
        (roles.PlaceholderText, "#8b97a5"),
        (roles.Light, "#3a4654"),
        (roles.Midlight, "#313c49"),
        (roles.Mid, "#2a3440"),
        (roles.Dark, "#0f141a"),
        (roles.Shadow, "#000000"),
    ):
        p.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#76828f"))
    return p


def system_is_dark() -> bool:
    """The desktop's colour scheme (Qt 6.5+); light where the desktop does not say."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


_dark = False


def is_dark() -> bool:
    """Whether the dark look is the one applied."""
    return _dark


def apply_theme(app: QApplication, choice: ThemeChoice = ThemeChoice.SYSTEM) -> bool:
    """Apply the light or dark look for ``choice``; returns whether it is dark."""
    global _dark
    dark = system_is_dark() if choice is ThemeChoice.SYSTEM else choice is ThemeChoice.DARK
    _dark = dark
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(dark_stylesheet() if dark else stylesheet())
    for widget in app.allWidgets():  # windows already open keep up (the desktop switched)
        own = widget.property(_OWN_SHEET)
        if isinstance(own, str):
            widget.setStyleSheet(themed(own))
    return dark


def saved_choice(settings: QSettings) -> ThemeChoice:
    value = str(settings.value(SETTING, ThemeChoice.SYSTEM.value))
    return ThemeChoice(value) if value in ThemeChoice._value2member_map_ else ThemeChoice.SYSTEM


class ThemeFollower(QObject):
    """Re-applies the look when the desktop switches scheme and the choice is System."""

    def __init__(self, app: QApplication, choice: ThemeChoice = ThemeChoice.SYSTEM) -> None:
        super().__init__(app)
        self.app, self.choice = app, choice
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def set_choice(self, choice: ThemeChoice) -> bool:
        self.choice = choice
        return apply_theme(self.app, choice)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice is ThemeChoice.SYSTEM:
            apply_theme(self.app, self.choice)


def follower() -> ThemeFollower | None:
    """The application's follower (``app.setup_application`` makes it), if any."""
    app = QApplication.instance()
    theme = app.property("pswdesk_theme") if app is not None else None
    return theme if isinstance(theme, ThemeFollower) else None


def add_theme_menu(menu: QMenu, settings: QSettings) -> QMenu:
    """View → Appearance: System, Light or Dark, applied at once and saved for next time."""
    translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Ctx", "…")
    sub = menu.addMenu(translate("Theme", "&Appearance"))
    sub.setObjectName("appearance_menu")
    group = QActionGroup(sub)
    current = saved_choice(settings)
    names = {
        ThemeChoice.SYSTEM: translate("Theme", "As the &system is set"),
        ThemeChoice.LIGHT: translate("Theme", "&Light"),
        ThemeChoice.DARK: translate("Theme", "&Dark"),
    }
    for choice, name in names.items():
        action = sub.addAction(name)
        action.setObjectName(f"theme_{choice.value}_action")
        action.setCheckable(True)
        action.setChecked(choice is current)
        group.addAction(action)

        def chosen(_checked: bool = False, choice: ThemeChoice = choice) -> None:
            settings.setValue(SETTING, choice.value)
            theme = follower()
            if theme is not None:
                theme.set_choice(choice)

        action.triggered.connect(chosen)
    return sub


def text_colour(colour: str) -> QColor:
    """A table text colour set in code, made readable on the dark table when dark."""
    if not _dark:
        return QColor(colour)
    return QColor(DARK_TEXT.get(colour.lower()) or _light_text(colour))


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor | str) -> float:
        q = QColor(c)
        channels = []
        for v in (q.redF(), q.greenF(), q.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, bl = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
