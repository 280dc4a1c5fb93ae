"""The handover dialog's "Language of the document": French chosen with the keyboard, the
summary generated in French (read back with pypdf), recorded as French, and suggested
again for that recipient next time.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from pswdesk.models import Disclosure
from pswdesk.vocabulary import DocumentLanguage
from tests.conftest import Agency
from tests.gui.test_handover_dialog import _client, _generate, _open_dialog

pytestmark = pytest.mark.gui


def _languages(agency: Agency) -> list[str]:
    with agency.db.read() as s:
        return [d.language for d in s.query(Disclosure).order_by(Disclosure.id)]


def test_french_chosen_in_the_dialog_makes_a_french_summary(  # type: ignore[no-untyped-def]
    qtbot, sqlite_agency: Agency, gui_settings: QSettings
) -> None:
    a = sqlite_agency
    cid, _consents = _client(a, active=True)
    dialog = _open_dialog(qtbot, a, cid, gui_settings)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Français"]
    assert combo.currentData() == "en"  # nothing was sent to this recipient yet
    assert combo.isVisibleTo(dialog) and combo.accessibleName() == "Language of the document"

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # as a person picks it, without the mouse
    assert dialog.language is DocumentLanguage.FRENCH
    _generate(qtbot, dialog)
    made = dialog.generated
    assert made is not None and made.result.language is DocumentLanguage.FRENCH
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(made.pdf)).pages
    )
    assert "Sommaire de transfert" in text and "Page 1 de" in text
    assert "Handover summary" not in text and "Recipient and basis" not in text
    assert "· Français ·" in dialog.preview.ui.preview_info_label.text()
    assert _languages(a) == ["fr"]
    qtbot.waitUntil(lambda: "Written in Français." in dialog.history.ui.history_details.text())

    # A change of period plans again: the user's choice stays.
    later = dialog.ui.from_date_edit.date().addDays(1)
    dialog.ui.from_date_edit.setDate(later)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.plan.date_from == later.toPython())
    assert dialog.language is DocumentLanguage.FRENCH
    dialog.close()

    # Next time, for the same recipient, French is suggested.
    again = _open_dialog(qtbot, a, cid, gui_settings)
    qtbot.waitUntil(lambda: again.language is DocumentLanguage.FRENCH)
    again.set_language(DocumentLanguage.ENGLISH)
    _generate(qtbot, again)
    assert _languages(a) == ["fr", "en"]
