"""French (Canada): the pages an administrator and a supervisor open, and their dialogs.

Each window is opened with Français chosen and checked by ``assert_french`` (no text left
that is one of the catalogue's English sources, no English sentence never wrapped).
"""

from __future__ import annotations

import pytest

from pswdesk.gui.main_window import MainWindow
from tests.conftest import Agency
from tests.gui.helpers import open_window
from tests.gui.test_french import assert_french, french, settle  # noqa: F401
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

STAFF = ("Sam Supervisor", "Wendy Worker", "Will Worker", "Ada Admin", "Test Agency")


@pytest.mark.parametrize(
    "key", ["reports", "audit", "emergencies", "exchange", "backup", "users", "supervision"]
)
def test_admin_pages_in_french(qtbot, french, sqlite_agency: Agency, gui_settings, key: str) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    submitted_note(a, a.wendy, new_client(a, a.wendy, "Robin"))
    window: MainWindow = open_window(qtbot, a.db, a.admin, gui_settings)
    window.show_view(key)
    settle(qtbot, window)
    assert_french(window, key, data=STAFF)


@pytest.mark.parametrize("key", ["reports", "audit", "emergencies", "supervision"])
def test_supervisor_pages_in_french(qtbot, french, sqlite_agency: Agency, gui_settings, key: str) -> None:  # type: ignore[no-untyped-def]
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
