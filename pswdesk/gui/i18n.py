"""The language of the app's windows: English, or French (Canada).

Every user-visible string goes through Qt's translation (``self.tr`` in widgets,
``QCoreApplication.translate`` elsewhere, ``retranslateUi`` in the compiled forms). This
module chooses the language and installs the translators before the first window opens:
pswdesk's own catalogue (``resources/translations/pswdesk_fr_CA.qm``, compiled from the
``.ts`` sources by ``scripts/update_translations.py``) and Qt's ``qtbase`` catalogue, which
translates Qt's own texts (the standard buttons of a dialog: Cancel, Yes, No…).

The language follows the system locale unless the person chose one in Settings (kept in
QSettings on this computer, read at start-up: a new choice applies the next time pswdesk
starts). ``QLocale.setDefault`` makes dates and numbers read the way that language writes
them (``table_model.local_time``, ``date_fields``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from pswdesk.errors import PswdeskError
from pswdesk.resource_paths import resource_path

LANGUAGE_KEY = "ui/language"
CATALOGUE = "translations/pswdesk_fr_CA.qm"


class Language(StrEnum):
    """A choice in Settings; SYSTEM follows the computer's locale."""

    SYSTEM = "system"
    ENGLISH = "en"
    FRENCH = "fr"


# What each choice is called in the Settings combo box; each in its own language, as
# language pickers usually do, so a person who cannot read the other one still finds theirs.
LANGUAGE_NAMES: tuple[tuple[Language, str], ...] = (
    (Language.SYSTEM, "System"),  # translated where shown
    (Language.ENGLISH, "English"),
    (Language.FRENCH, "Français"),
)

ENGLISH_CANADA = QLocale(QLocale.Language.English, QLocale.Country.Canada)
FRENCH_CANADA = QLocale(QLocale.Language.French, QLocale.Country.Canada)


def chosen_language(settings: QSettings) -> Language:
    """The choice saved in Settings (System when none was made, or the value is unknown)."""
    value = settings.value(LANGUAGE_KEY, Language.SYSTEM.value, type=str)
    try:
        return Language(str(value))
    except ValueError:
        return Language.SYSTEM


def save_language(settings: QSettings, language: Language) -> None:
    settings.setValue(LANGUAGE_KEY, language.value)


def locale_for(language: Language, system: QLocale | None = None) -> QLocale:
    """The locale the windows use: French (Canada, or the system's French country) when
    French is chosen or the system speaks French; otherwise the system's own locale, or
    English (Canada) when English is chosen on a system that speaks another language."""
    system = system if system is not None else QLocale.system()
    system_french = system.language() == QLocale.Language.French
    if language is Language.FRENCH:
        return system if system_french else FRENCH_CANADA
    if language is Language.ENGLISH:
        return system if system.language() == QLocale.Language.English else ENGLISH_CANADA
    return system


def is_french(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.French


@dataclass
class Translations:
    """The translators installed for one language; ``remove`` undoes ``install_language``."""

    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    previous_default: QLocale = field(default_factory=QLocale)

    @property
    def french(self) -> bool:
        return is_french(self.locale)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_default)


def install_language(locale: QLocale) -> Translations:
    """Install the translators for ``locale`` (none for English) and make it the default
    locale for dates and numbers. Raises PswdeskError when French is asked for and the
    installation lacks pswdesk's catalogue."""
    result = Translations(locale=locale, previous_default=QLocale())
    QLocale.setDefault(locale)
    if not is_french(locale):
        return result
    ours = QTranslator()
    path = resource_path(CATALOGUE)
    if not ours.load(str(path)):
        raise PswdeskError(f"pswdesk could not read its French catalogue {path}")
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's catalogue is optional: without it the standard buttons stay in English.
    for translator, loaded in (
        (ours, True),
        (qt_own, qt_own.load(locale, "qtbase", "_", qt_folder)),
    ):
        if loaded:
            QCoreApplication.installTranslator(translator)
            result.translators.append(translator)
    return result


def install_translations(settings: QSettings | None = None) -> Translations:
    """At start-up: the language chosen in Settings (or the system's), installed."""
    language = chosen_language(settings if settings is not None else QSettings())
    return install_language(locale_for(language))
