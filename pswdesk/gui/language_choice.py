"""The language of the windows on this computer: System, English or Français.

Offered twice: View → Language, which every user has, and the Settings page an
administrator sees (both read and write the same saved choice).

A choice is saved in QSettings at once (it is this computer's, not the agency's, so the
page's Save button is not needed) and applies the next time pswdesk starts: ``i18n``
installs the translators before the first window, and a window already open keeps the
texts it was built with.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QMenu, QWidget

from pswdesk.gui.i18n import LANGUAGE_NAMES, Language, chosen_language, save_language


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

    def _chosen(self, _index: int) -> None:
        language = Language(str(self.combo.currentData()))
        save_language(self.settings, language)
        self.changed.emit(language.value)


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
            save_language(settings, language)
            told(
                translate("LanguageMenu", "The new language applies the next time pswdesk starts.")
            )

        action.triggered.connect(chosen)
    return sub
