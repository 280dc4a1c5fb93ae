"""French (Canada): with Français chosen, no window shows a string left in English.

The rule: every text a person can see or hear (labels, buttons, group boxes, tabs, menus
and their actions, table headers, list items, combo items, placeholders, tooltips,
window titles, accessible names) is compared with the English sources of the catalogue;
a text that *is* one of those sources, whose French differs, was missed. Names and data
(a client's name, pronouns typed in) are not in the catalogue, so they never count.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pswdesk.framework import (
    FEELING_SUGGESTIONS,
    RISK_ACTION_LABELS,
    RISK_INDICATOR_SUGGESTIONS,
    STEPS,
)
from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.i18n import (
    CATALOGUE,
    FRENCH_CANADA,
    LANGUAGE_NAMES,
    Language,
    Translations,
    chosen_language,
    install_language,
    install_translations,
    locale_for,
    save_language,
)
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.gui.vocabulary_text import COLUMN_TITLES, LABELS, vocab_label
from pswdesk.resource_paths import resource_path
from pswdesk.services import notes
from pswdesk.vocabulary import ContactType, RiskLevel
from tests.conftest import Agency
from tests.gui.helpers import open_window
from tests.notes_support import SUMMARY, new_client, submitted_note

pytestmark = pytest.mark.gui

TS = resource_path(CATALOGUE).with_suffix(".ts")


def _plain(text: str) -> str:
    """A text as compared: mnemonics and surrounding spaces removed."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_sources() -> dict[str, str]:
    """English source -> its French, for every message whose French differs."""
    found: dict[str, str] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        french = _plain(forms[0] if forms else translation.text or "")
        if source and french != source:
            found[source] = french
    return found


ENGLISH = english_sources()
SOURCES = {_plain(m.findtext("source") or "") for m in ET.parse(TS).getroot().iter("message")}
#: Words French never uses: a text holding one was written in English and never wrapped.
ENGLISH_WORDS = re.compile(
    r"\b(the|your|you|and|of|is|are|for|to|this|that|not|with|has|have|been|was|will|"
    r"from|by|no|yet|here|there|what|which|who|when)\b",
    re.IGNORECASE,
)


def visible_texts(root: QWidget) -> set[str]:
    """Every string a person can see or hear in ``root`` and its children."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        popup = isinstance(w, QMenu) and w.menuAction().isVisible()  # a menu opens on demand
        if w is not root and not popup and not w.isVisibleTo(root):
            continue  # a hidden part (another page, an SQLite file's server box) is not seen
        texts += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
            if isinstance(w, QTextEdit) and w.isReadOnly():  # a details pane, a note's view
                texts += w.toPlainText().splitlines()
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                texts += [w.tabText(i), w.tabToolTip(i)]
        elif isinstance(w, QMenu):
            texts.append(w.title())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                texts += [item.text(), item.toolTip()]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for col in range(model.columnCount()):
                texts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
                for row in range(min(model.rowCount(), 20)):  # the cells as shown
                    texts.append(str(model.index(row, col).data() or ""))
        for action in w.actions():
            texts += [action.text(), action.toolTip(), action.iconText()]
    return {_plain(t) for t in texts if t and _plain(t)}


# A language picker names each language in that language, so a person who cannot read
# the other one still finds theirs: "English" stays English in the French View menu.
OWN_NAMES = {name for language, name in LANGUAGE_NAMES if language is not Language.SYSTEM}


def english_left(root: QWidget, data: Collection[str] = ()) -> dict[str, str]:
    """The texts in ``root`` left in English: an English source of the catalogue (-> its
    French), or a sentence with English words that never went through the catalogue
    (-> "not wrapped"). ``data`` are the names and texts the test itself typed in."""
    left: dict[str, str] = {}
    for text in sorted(visible_texts(root)):
        if text in data or text in OWN_NAMES:
            continue
        if text in ENGLISH:
            left[text] = ENGLISH[text]
        elif (
            text not in SOURCES
            and not any(d in text for d in data if d)
            and ENGLISH_WORDS.search(re.sub(r"<[^>]+>", " ", text))
        ):
            left[text] = "not wrapped"
    return left


def assert_french(root: QWidget, where: str = "", data: Collection[str] = ()) -> None:
    left = english_left(root, data)
    assert not left, f"{where}: " + "\n".join(f"{k!r} -> {v}" for k, v in left.items())


def settle(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Let the window's reads off the GUI thread arrive and fill it."""
    for _ in range(3):
        wait_for_operations()
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[Translations]:
    """The French translators for one test, and English again after it."""
    translations = install_language(FRENCH_CANADA)
    yield translations
    translations.remove()


# -- the rule works --------------------------------------------------------------------------


def test_catalogue_is_complete_and_compiled() -> None:
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not unfinished, f"translate these in {TS.name}: {unfinished}"
    assert len(ENGLISH) > 900  # the .ui forms' strings and the wrapped Python strings
    assert resource_path(CATALOGUE).stat().st_mtime >= 0  # shipped beside the .ts
    for label in (*LABELS, *COLUMN_TITLES):
        assert str(label) in SOURCES


def test_every_vocabulary_label_and_framework_text_is_in_the_catalogue() -> None:
    from pswdesk import vocabulary

    listed = {str(x) for x in LABELS}
    for name in dir(vocabulary):
        kind = getattr(vocabulary, name)
        if (
            isinstance(kind, type)
            and issubclass(kind, vocabulary.StrEnum)
            and hasattr(kind, "label")
        ):
            for member in kind:
                assert member.label in listed, f"{name}.{member.name}: add it to vocabulary_text"
    sources = SOURCES
    for step in STEPS:
        for text in (step.title, step.purpose, *step.prompts, *(f.label for f in step.fields)):
            assert text in sources, f"run scripts/update_translations.py: {text!r}"
    assert set(RISK_ACTION_LABELS.values()) <= sources


def test_the_rule_finds_an_english_string(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    """A widget built with a literal English text (not through tr) is caught."""
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Save draft", widget)
    QLabel("Robin", widget)  # a name: not in the catalogue, no English words
    QLabel("Robin has no notes yet", widget)  # never wrapped
    assert english_left(widget) == {
        "Save draft": "Enregistrer le brouillon",
        "Robin has no notes yet": "not wrapped",
    }


# -- choosing the language --------------------------------------------------------------------


def test_language_follows_the_system_unless_chosen(gui_settings: QSettings) -> None:
    french_canada = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    english_us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert chosen_language(gui_settings) is Language.SYSTEM
    assert locale_for(Language.SYSTEM, french_canada).language() == QLocale.Language.French
    assert locale_for(Language.SYSTEM, english_us) == english_us
    assert locale_for(Language.FRENCH, english_us).language() == QLocale.Language.French
    assert locale_for(Language.ENGLISH, french_canada).language() == QLocale.Language.English
    save_language(gui_settings, Language.FRENCH)
    assert chosen_language(gui_settings) is Language.FRENCH
    gui_settings.setValue("ui/language", "klingon")
    assert chosen_language(gui_settings) is Language.SYSTEM


def test_french_chosen_in_settings_is_installed_at_start_up(gui_settings: QSettings) -> None:
    save_language(gui_settings, Language.FRENCH)
    translations = install_translations(gui_settings)
    try:
        assert translations.french
        assert len(translations.translators) == 2  # pswdesk's and Qt's own (qtbase)
        assert vocab_label(RiskLevel.HIGH) == "Élevé"
        assert QLocale().language() == QLocale.Language.French
        # Qt's own buttons are French too.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    finally:
        translations.remove()
    assert vocab_label(RiskLevel.HIGH) == "High"
    assert QLocale().language() != QLocale.Language.French or QLocale.system().language() == (
        QLocale.Language.French
    )


def test_settings_page_offers_the_language(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(sqlite_agency.db, sqlite_agency.admin, settings=gui_settings)
    qtbot.addWidget(page)
    combo = page.language.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System (as the computer is set)", "English", "Français",
    ]  # fmt: skip
    assert "next time pswdesk starts" in page.language.note.text()
    combo.setCurrentIndex(combo.findData(Language.FRENCH.value))
    assert chosen_language(gui_settings) is Language.FRENCH


def test_every_user_chooses_the_language_from_the_view_menu(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """A worker never sees the Settings page, so the choice is in View → Language too."""
    a = sqlite_agency
    window = open_window(qtbot, a.db, a.wendy, gui_settings)
    menu = window.language_menu
    names = [act.text() for act in menu.actions()]
    assert names == ["As the &system is set", "English", "Français"]
    assert [act.isChecked() for act in menu.actions()] == [True, False, False]
    french = next(act for act in menu.actions() if act.text() == "Français")
    french.trigger()
    assert chosen_language(gui_settings) is Language.FRENCH
    assert "next time pswdesk starts" in window.statusBar().currentMessage()


# -- no English left in the windows ----------------------------------------------------------


def test_worker_main_window_in_french(qtbot, french, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    new_client(a, a.wendy, "Robin")
    window = open_window(qtbot, a.db, a.wendy, gui_settings)
    assert window.nav_titles()[:2] == ["Ma charge de cas", "Mes brouillons"]
    assert window.windowTitle() == "Test Agency — Wendy Worker (Intervenant·e) — pswdesk"
    window.show_view("caseload")
    settle(qtbot, window)
    page = window.current_page()
    assert isinstance(page, CaseloadPage)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Risque"
    for key in ("caseload", "drafts", "returned", "followups", "supervision"):
        window.show_view(key)
        settle(qtbot, window)
        assert_french(window, key)


def test_supervisor_main_window_in_french(  # type: ignore[no-untyped-def]
    qtbot, french, sqlite_agency: Agency, gui_settings
) -> None:
    a = sqlite_agency
    submitted_note(a, a.wendy, new_client(a, a.wendy, "Robin"))
    window = open_window(qtbot, a.db, a.sam, gui_settings)
    for key in ("review", "team", "debriefs"):
        window.show_view(key)
        settle(qtbot, window)
        assert_french(window, key, data=("Robin", "Wendy Worker", SUMMARY))


def test_login_dialog_in_french(qtbot, french, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(sqlite_agency.db, "Test Agency")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Connexion — pswdesk"
    assert_french(dialog)
    unlock = LoginDialog(sqlite_agency.db, "Test Agency", unlock_for=sqlite_agency.wendy)
    qtbot.addWidget(unlock)
    assert_french(unlock)


def test_note_editor_in_french(qtbot, french, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    draft = notes.create_draft(a.db, a.wendy, new_client(a, a.wendy, "Robin"))
    editor = NoteEditor(
        a.db, a.wendy, notes.get_note(a.db, a.wendy, draft.id), settings=gui_settings
    )
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot, editor)
    assert editor.ui.step_list.item(1).text().endswith("1. Écoute et validation")
    combo = editor.ui.contact_type_combo
    assert combo.itemText(combo.findData(ContactType.PHONE.value)) == "Téléphone"
    # The tags offered for feelings and risk indicators are data (they are stored in the
    # notes as written), so the examples in their placeholders stay as they are.
    tags = (*FEELING_SUGGESTIONS, *RISK_INDICATOR_SUGGESTIONS)
    for step in range(1, editor.ui.step_list.count()):
        editor.ui.step_list.setCurrentRow(step)
        assert_french(editor, editor.ui.step_list.item(step).text(), data=tags)
    editor.submit()  # refused: the check page lists what is missing, in French
    settle(qtbot, editor)
    assert "Avant de soumettre" in editor.summary_text
    assert_french(editor, "check and submit", data=tags)


def test_admin_settings_in_french(qtbot, french, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = open_window(qtbot, sqlite_agency.db, sqlite_agency.admin, gui_settings)
    window.show_view("settings")
    settle(qtbot, window)
    # Each language is named in its own language in the Settings combo box.
    assert_french(window, "settings", data=("English",))


def test_client_record_in_french(qtbot, french, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    client_id = new_client(a, a.wendy, "Robin")
    submitted_note(a, a.wendy, client_id)
    window = open_window(qtbot, a.db, a.wendy, gui_settings)
    record = window.open_client(client_id)
    assert record is not None
    settle(qtbot, window)
    tabs = record.ui.record_tabs  # Overview, Notes, then each part of the record
    assert tabs.tabText(2) == "&Objectifs"
    left: dict[str, str] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot, window)
        left |= english_left(window, data=("Robin", SUMMARY))
    assert not left, "\n".join(f"{k!r} -> {v}" for k, v in left.items())


def test_new_client_dialog_in_french(qtbot, french, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.sam, gui_settings)
    dialog = window.new_client()
    assert dialog is not None
    settle(qtbot, dialog)
    assert dialog.windowTitle() == "Nouveau·elle client·e"
    assert_french(dialog, "new client", data=("Sam Supervisor", "Wendy Worker", "Will Worker"))


def test_catalogue_sources_are_fresh() -> None:
    """Every string the code and forms pass to translation is in the .ts, and the .qm is
    compiled from it (``python scripts/update_translations.py`` refreshes both)."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_note_view_in_french(qtbot, french, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    """The supervisor's review of a submitted note: the note itself and the review box."""
    a = sqlite_agency
    note = submitted_note(a, a.wendy, new_client(a, a.wendy, "Robin"))
    viewer = NoteViewer(a.db, a.sam, note.id)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.view is not None, timeout=10_000)
    settle(qtbot, viewer)
    body = viewer.ui.note_browser.toPlainText()
    assert "Résumé" in body and "1. Écoute et validation" in body
    content = note.content  # what the worker wrote: data, in whatever language they wrote it
    typed = [
        value
        for f in dataclasses.fields(content)
        if isinstance(value := getattr(content, f.name), str) and value
    ]
    assert_french(viewer, "note view", data=("Robin", "Wendy Worker", *typed))
    for line in body.splitlines():
        if line.strip() and not any(t and t in line for t in typed):
            assert not ENGLISH_WORDS.search(line) or line in SOURCES, line


def test_the_menu_and_the_settings_box_show_one_choice(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    """Chosen in View → Language, the Settings box shows it at once, and the other way."""
    from pswdesk.gui.language_choice import LanguageChoice

    a = sqlite_agency
    window = open_window(qtbot, a.db, a.admin, gui_settings)
    box = LanguageChoice(gui_settings)
    qtbot.addWidget(box)
    menu = window.language_menu
    next(act for act in menu.actions() if act.text() == "Français").trigger()
    assert box.combo.currentData() == Language.FRENCH.value
    box.combo.setCurrentIndex(box.combo.findData(Language.ENGLISH.value))
    assert [act.isChecked() for act in menu.actions()] == [False, True, False]
    assert chosen_language(gui_settings) is Language.ENGLISH
