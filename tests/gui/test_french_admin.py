"""French (Canada): the pages an administrator and a supervisor open, and their dialogs.

Each window is opened with Français chosen and checked by ``assert_french`` (no text left
that is one of the catalogue's English sources, no English sentence never wrapped).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from pswdesk.gui.import_wizard import ImportWizard
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.supervision_page import SessionDialog, SupervisionPage
from pswdesk.gui.user_dialog import PasswordDialog, UserDialog
from pswdesk.services import users
from tests.conftest import Agency
from tests.gui.helpers import open_window
from tests.gui.test_french import assert_french, french, settle  # noqa: F401
from tests.notes_support import new_client, submitted_note

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("french")]

STAFF = ("Sam Supervisor", "Wendy Worker", "Will Worker", "Ada Admin", "Test Agency")


@pytest.mark.parametrize(
    "key", ["reports", "audit", "emergencies", "exchange", "backup", "users", "supervision"]
)
def test_admin_pages_in_french(qtbot, sqlite_agency: Agency, gui_settings, key: str) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    submitted_note(a, a.wendy, new_client(a, a.wendy, "Robin"))
    window: MainWindow = open_window(qtbot, a.db, a.admin, gui_settings)
    window.show_view(key)
    settle(qtbot, window)
    assert_french(window, key, data=STAFF)


@pytest.mark.parametrize("key", ["reports", "audit", "emergencies", "supervision"])
def test_supervisor_pages_in_french(qtbot, sqlite_agency: Agency, gui_settings, key: str) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    submitted_note(a, a.wendy, new_client(a, a.wendy, "Robin"))
    window: MainWindow = open_window(qtbot, a.db, a.sam, gui_settings)
    window.show_view(key)
    settle(qtbot, window)
    assert_french(window, key, data=STAFF)


def test_every_audit_action_is_listed_for_translation() -> None:
    from pswdesk.gui.audit_text import LABELS
    from pswdesk.services.audit_actions import ACTION_LABELS

    assert set(ACTION_LABELS.values()) <= {str(label) for label in LABELS}


def _shown(qtbot, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    return dialog


def test_user_dialogs_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    everyone = users.list_users(a.db, a.admin)
    wendy = next(u for u in everyone if u.username == "wendy")
    new = _shown(qtbot, UserDialog(a.db, a.admin, everyone))
    assert new.windowTitle() == "Nouvel utilisateur"
    assert_french(new, "new user", data=STAFF)
    edit = _shown(qtbot, UserDialog(a.db, a.admin, everyone, wendy))
    assert_french(edit, "edit user", data=STAFF)
    reset = _shown(qtbot, PasswordDialog(a.db, a.admin, wendy))
    assert_french(reset, "reset password", data=STAFF)


def test_supervision_session_dialog_in_french(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    page = _shown(qtbot, SupervisionPage(a.db, a.sam))
    assert isinstance(page, SupervisionPage)
    dialog = _shown(qtbot, SessionDialog(a.db, a.sam, [(a.wendy.id, "Wendy Worker")], None, page))
    assert_french(dialog, "session", data=STAFF)


def test_import_wizard_in_french(qtbot, sqlite_agency: Agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    wizard = _shown(qtbot, ImportWizard(a.db, a.sam))
    assert isinstance(wizard, ImportWizard)
    assert_french(wizard, "import: the file")
    file = tmp_path / "clients.csv"
    file.write_text("preferred_name,worker\nAna,wendy\nBen,nobody\n", encoding="utf-8")
    wizard.ui.file_edit.setText(str(file))
    wizard.next()
    settle(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.preview_page, timeout=10_000)
    assert "2 client·es dans le fichier" in wizard.ui.summary_label.text()
    assert_french(wizard, "import: the preview", data=("Ana", "Ben"))
