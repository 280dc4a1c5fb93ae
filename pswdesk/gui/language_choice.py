"""The language of the windows on this computer: System, English or Français.

Offered twice: View → Language, which every user has, and the Settings page an
administrator sees (both read and write the same saved choice).

A choice is saved in QSettings at once (it is this computer's, not the agency's, so the
page's Save button is not needed) and applies the next time pswdesk starts: ``i18n``
installs the translators before the first window, and a window already open keeps the
texts it was built with. A choice made in one place shows at once in the other (both
follow ``language_notice``), so the menu's tick and the page's box never disagree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QMenu, QWidget

from pswdesk.gui.i18n import LANGUAGE_NAMES, Language, chosen_language, save_language


class _LanguageNotice(QObject):
    saved = Signal(str)  # the Language value just saved, from either place


_notice: _LanguageNotice | None = None


def language_notice() -> _LanguageNotice:
    """The one notice both places send and follow (made on first use, on the GUI thread)."""
    global _notice
    if _notice is None:
        _notice = _LanguageNotice()
    return _notice


def _save(settings: QSettings, language: Language) -> None:
    save_language(settings, language)
    language_notice().saved.emit(language.value)


class LanguageChoice(QGroupBox):
    changed = Signal(str)  # the Language value saved

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language on this computer"), parent)
        self.setObjectName("language_group")
        self.settings = settings
        layout = QFormLayout(self)
        combo = self.combo = QComboBox(self)
        combo.setObjectName("language_combo")
        for language, name in LANGUAGE_NAMES:
            shown = (
                self.tr("System (as the computer is set)") if language is Language.SYSTEM else name
            )
            combo.addItem(shown, language.value)
        combo.setCurrentIndex(combo.findData(chosen_language(settings).value))
        combo.setAccessibleName(self.tr("Language of the windows"))
        combo.setToolTip(
            self.tr("English or French for pswdesk's windows, or as the computer is set")
        )
        label = QLabel(self.tr("&Language"), self)
        label.setBuddy(combo)
        layout.addRow(label, combo)
        self.note = QLabel(self.tr("A new choice applies the next time pswdesk starts."), self)
        self.note.setObjectName("language_note")
        self.note.setWordWrap(True)
        layout.addRow(self.note)
        combo.currentIndexChanged.connect(self._chosen)
        language_notice().saved.connect(self._saved_elsewhere)

    def _chosen(self, _index: int) -> None:
        language = Language(str(self.combo.currentData()))
        _save(self.settings, language)
        self.changed.emit(language.value)

    def _saved_elsewhere(self, value: str) -> None:
        index = self.combo.findData(value)
        if index != self.combo.currentIndex():
            self.combo.blockSignals(True)  # shown, not saved again
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)


def add_language_menu(menu: QMenu, settings: QSettings, told: Callable[[str], None]) -> QMenu:
    """View → Language for every user; ``told`` shows that it applies at the next start."""
    translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Ctx", "…")
    sub = menu.addMenu(translate("LanguageMenu", "&Language"))
    sub.setObjectName("language_menu")
    group = QActionGroup(sub)
    current = chosen_language(settings)
    for language, name in LANGUAGE_NAMES:
        shown = (
            translate("LanguageMenu", "As the &system is set")
            if language is Language.SYSTEM
            else name
        )
        action = sub.addAction(shown)
        action.setObjectName(f"language_{language.value}_action")
        action.setCheckable(True)
        action.setChecked(language is current)
        group.addAction(action)

        def chosen(_checked: bool = False, language: Language = language) -> None:
            _save(settings, language)
            told(
                translate("LanguageMenu", "The new language applies the next time pswdesk starts.")
            )

        action.triggered.connect(chosen)

    language_notice().saved.connect(_MenuTicks(group).follow)
    return sub


class _MenuTicks(QObject):
    """Ticks the menu's language saved elsewhere; a child of the menu's group, so the
    connection goes with the menu."""

    def __init__(self, group: QActionGroup) -> None:
        super().__init__(group)
        self.group = group

    def follow(self, value: str) -> None:
        for action in self.group.actions():
            action.setChecked(action.objectName() == f"language_{value}_action")
