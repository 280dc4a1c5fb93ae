"""The services' messages in French: what a service refuses or reports, below the GUI and
in English there, reads in French in a French window (``pswdesk.wording``,
``gui/domain_text``), and every template the services write has its French."""

from __future__ import annotations

import datetime as dt
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from pswdesk.errors import NotFound, PermissionDenied, ValidationError
from pswdesk.gui.domain_text import translated
from pswdesk.gui.domain_words import TEMPLATES
from pswdesk.gui.i18n import CATALOGUE, FRENCH_CANADA, Translations, install_language
from pswdesk.gui.import_wizard import ImportWizard
from pswdesk.gui.operations import Op, error_text, wait_for_operations
from pswdesk.resource_paths import resource_path
from pswdesk.services import clients, consents
from pswdesk.wording import Words, joined, words
from tests.conftest import Agency
from tests.gui.helpers import main_window, open_window
from tests.gui.test_backup_page import _back_up, _page

pytestmark = pytest.mark.gui

TS = resource_path(CATALOGUE).with_suffix(".ts")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[Translations]:
    translations = install_language(FRENCH_CANADA)
    yield translations
    translations.remove()


def _fields(text: str) -> set[str]:
    """The names a template fills in ({name}, {name!r}, {name:,} all count as "name")."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _domain_translations() -> dict[str, str | None]:
    """The catalogue's "Domain" entries: English -> French (None when unfinished)."""
    found: dict[str, str | None] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "Domain":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") != "unfinished" and bool(translation.text)
            found[message.findtext("source") or ""] = translation.text if done else None
    return found


def _message_box_text() -> str:
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "operation_message"]
    assert boxes, "no message was shown"
    text = boxes[-1].text()
    for box in boxes:
        box.close()
    return text


# -- real refusals, shown in real widgets --------------------------------------------------


def test_a_worker_refused_a_supervisor_action_reads_french(
    qtbot, french, sqlite_agency: Agency
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    Op(parent, lambda: clients.list_caseload(a.db, a.wendy, scope="team")).run()
    assert wait_for_operations()
    assert _message_box_text() == "Seul·es les superviseur·es voient la charge de cas d’une équipe"
    # The same refusal keeps its English below the GUI (the command line and the log).
    with pytest.raises(PermissionDenied) as refused:
        clients.list_caseload(a.db, a.wendy, scope="team")
    assert str(refused.value) == "only supervisors see a team caseload"


def test_a_missing_record_reads_french(qtbot, french, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    with pytest.raises(NotFound) as missing:
        consents.revoke_consent(a.db, a.sam, 999_999, dt.date.today())
    assert str(missing.value) == "no consent 999999"
    assert error_text(missing.value) == "Aucun consentement 999999"


def test_a_validation_failure_of_a_real_service_reads_french_on_the_page(
    qtbot, french, sqlite_agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, sqlite_agency.db, sqlite_agency.admin, gui_settings)
    page = _page(qtbot, window)
    missing = tmp_path / "not-there"
    page.ui.folder_edit.setText(str(missing))
    page.ui.folder_edit.setModified(True)
    _back_up(qtbot, page)
    assert page.ui.settings_error.isVisible()
    assert page.ui.settings_error.text() == f"{missing} n’est pas un dossier existant."


def test_a_csv_import_with_bad_lines_lists_them_in_french(
    qtbot, french, sqlite_agency: Agency, gui_settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "clients.csv"
    bad.write_text(
        "preferred_name,legal_name,pronouns,date_of_birth,phone,email,worker\n"
        "Ana,,,,,,wendy\n"
        "Cy,,,,,,nobody\n"
        "Di,,,,nodigits,,wendy\n",
        encoding="utf-8",
    )
    window = main_window(qtbot, sqlite_agency.db, "sam", gui_settings)
    window.ui.action_import_clients.trigger()
    wizard = window.dialog
    assert isinstance(wizard, ImportWizard)
    wizard.ui.file_edit.setText(str(bad))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wait_for_operations()
    qtbot.waitUntil(lambda: not wizard.working)
    assert wizard.currentPage() is wizard.ui.preview_page
    lines = {r.line: r.check for r in wizard.model.rows}
    assert lines[2] == "OK"
    assert lines[3] == "aucun·e utilisateur·rice 'nobody'"
    assert lines[4] == "le numéro de téléphone n’a aucun chiffre"


# -- the catalogue -------------------------------------------------------------------------


def test_every_template_has_its_french_with_the_same_placeholders(qapp) -> None:  # type: ignore[no-untyped-def]
    entries = _domain_translations()
    translator = QTranslator()
    assert translator.load(str(resource_path(CATALOGUE)))
    assert len(TEMPLATES) > 300
    for template in TEMPLATES:
        assert isinstance(template, str)
        french = entries.get(template)
        assert french, f"no French for {template!r}: add it to the catalogue"
        assert _fields(french) == _fields(template), (template, french)
        assert translator.translate("Domain", template) == french  # compiled into the .qm


def test_english_stays_exactly_as_the_services_write_it(qapp) -> None:  # type: ignore[no-untyped-def]
    message = words("no user {user_id}", user_id=7)
    assert translated(message) == str(message) == "no user 7"
    problems = ValidationError({"a": words("the disk is full"), "b": "plain text"})
    assert str(problems) == "the disk is full; plain text"
    assert error_text(problems) == "The disk is full; plain text"


def test_values_that_are_words_are_translated_too(french) -> None:  # type: ignore[no-untyped-def]
    inner = words("the disk is full")
    outer = words(
        "the backup could not be written to {folder}: {why}; nothing was kept",
        folder="/x",
        why=inner,
    )
    assert translated(outer) == (
        "la sauvegarde n’a pas pu être écrite dans /x\u00a0: le disque est plein; "
        "rien n’a été gardé"
    )
    assert translated(joined([inner, "x"])) == "le disque est plein; x"


# -- never a crash, whatever the values or a translation -----------------------------------


class _Hostile(QTranslator):
    """A catalogue whose every "Domain" entry is ``text``: a translator's worst typo."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return self.text if context == "Domain" else ""


values = st.recursive(
    st.one_of(
        st.text(),
        st.integers(),
        st.none(),
        st.sampled_from(["<b>x</b>", "{", "}", "{0}", "{x!r}", "\x00", "x" * 100_000]),
    ),
    lambda inner: st.builds(lambda v: words("the disk refused ({exc})", exc=v), inner),
    max_leaves=4,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    template=st.sampled_from([t for t in TEMPLATES if isinstance(t, str)]),
    value=values,
    bad=st.one_of(
        st.text(),
        st.sampled_from(["{", "}", "{missing}", "{0}", "{exc:,}", "{exc!z}", "{exc.__class__}"]),
    ),
)
def test_translated_never_raises(qapp, template: str, value: object, bad: str) -> None:  # type: ignore[no-untyped-def]
    try:
        message = Words(template, dict.fromkeys(_fields(template), value))
    except (ValueError, TypeError):  # a value the English template itself cannot take
        assume(False)
    hostile = _Hostile(bad)
    QCoreApplication.installTranslator(hostile)
    try:
        shown = translated(message)
    finally:
        QCoreApplication.removeTranslator(hostile)
    assert isinstance(shown, str)


def test_the_script_refuses_a_template_that_is_not_a_literal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """lupdate could not list it, so the window would show it in English."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "pswdesk" / "gui").mkdir(parents=True)
    (tmp_path / "pswdesk" / "ok.py").write_text('words("the disk is full")\n')
    (tmp_path / "pswdesk" / "gui" / "shown.py").write_text("words(anything)\n")  # GUI: not read
    monkeypatch.setattr(module, "ROOT", tmp_path)
    assert module.domain_templates() == ["the disk is full"]
    (tmp_path / "pswdesk" / "bad.py").write_text('\n\nwords(f"no user {x}", x=1)\n')
    with pytest.raises(module.NotALiteral, match=r"pswdesk/bad\.py:3: "):
        module.domain_templates()
