"""French (Canada): the dialogs a worker opens from a client's record show no English.

Each dialog is opened with the French translators installed, filled the way a person
would see it, and checked with ``assert_french`` (tests/gui/test_french.py): a text that
is an English source of the catalogue, or an English sentence never wrapped, fails.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pswdesk.framework import RiskAction
from pswdesk.gui.brief_contact_dialog import BriefContactDialog
from pswdesk.gui.handover_dialog import HandoverDialog
from pswdesk.gui.sign_confirmation import SignConfirmation
from pswdesk.services import safety_plans
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.services.sign_check import sign_check
from pswdesk.vocabulary import RiskLevel
from tests.conftest import Agency
from tests.gui.test_french import assert_french, french, settle  # noqa: F401
from tests.notes_support import new_client, submitted_note
from tests.test_handover import approved, consent

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("french")]


def test_handover_dialog_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin Marker")
    approved(a, cid, "A1", days_ago=10)
    consent(a, cid, ["goals", "contacts"], recipient="Eastside Clinic")
    dialog = HandoverDialog(a.db, a.wendy, cid, "Robin Marker")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.recipient_combo.isEnabled() and dialog.plan is not None)
    settle(qtbot, dialog)
    assert dialog.windowTitle() == "Sommaire de transfert — Robin Marker"
    data = ("Robin Marker", "Eastside Clinic", "English", "Français")
    assert_french(dialog, "handover settings", data=data)
    assert "Couvre\u00a0:" in dialog.ui.consent_label.text()
    assert "contact approuvé" in dialog.ui.contacts_label.text()

    qtbot.mouseClick(dialog.ui.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.generated is not None
    settle(qtbot, dialog)
    assert dialog.ui.generate_status.text().startswith("Terminé\u00a0: ")
    assert_french(dialog, "handover preview", data=data)
    dialog.ui.right_tabs.setCurrentWidget(dialog.ui.history_tab)
    settle(qtbot, dialog)
    assert_french(dialog, "handover history", data=data)

    dialog.ui.emergency_check.setChecked(True)
    dialog.generate()  # refused: no reason typed
    assert_french(dialog, "emergency disclosure", data=data)


def test_brief_contact_dialog_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Robin")
    dialog = BriefContactDialog(a.db, a.wendy, cid, "Robin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Inscrire un bref contact — Robin"
    assert_french(dialog, "brief contact", data=("Robin",))
    combo = dialog.form.risk_combo
    combo.setCurrentIndex(combo.findData(RiskLevel.HIGH.value))  # a full note is needed
    assert "note complète" in dialog._errors["risk_level"].text()
    assert_french(dialog, "brief contact at high risk", data=("Robin",))


def test_sign_confirmation_of_an_urgent_note_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Ari")
    safety_plans.save_new_version(
        a.db, a.wendy, cid, SafetyPlanContent(warning_signs="Stops answering texts"), None
    )
    note = submitted_note(
        a, a.wendy, cid,
        risk_level=RiskLevel.HIGH,
        risk_indicators=("thoughts of suicide",),
        risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED.value,),
    )  # fmt: skip
    dialog = SignConfirmation(sign_check(a.db, a.sam, note.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Signer une note à risque élevé — Ari"
    text = dialog.text  # the plain text of a document writes a no-break space as a space
    assert "Niveau de risque : Élevé" in text
    assert "Plan de sécurité revu : oui" in text
    assert "Signes avant-coureurs" in text and "Stops answering texts" in text
    assert "Risk" not in text and "Not filled in" not in text
    assert_french(dialog, "sign confirmation", data=("Ari",))
