"""The search boxes not covered by note search's own tests, given hostile text.

The merge dialog's "find the other record" box runs the caseload's name search and
repeats the words typed when nothing matches: markup stays text, a 60 kB paste is
not echoed whole, and nothing raises. Both backends.
"""

from __future__ import annotations

import pytest

from pswdesk.gui.merge_dialog import MergeDialog
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import clients
from tests.conftest import Agency
from tests.gui.test_note_search_gui import HOSTILE
from tests.notes_support import new_client

pytestmark = pytest.mark.gui


def test_hostile_text_in_the_merge_dialogs_search(qtbot, agency: Agency) -> None:  # type: ignore[no-untyped-def]
    a = agency
    keep = new_client(a, a.wendy, "Ana Smith")
    new_client(a, a.will, "Anna Smith")
    dialog = MergeDialog(a.db, a.sam, clients.get_client(a.db, a.sam, keep, audit_open=False))
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.ui.results_label
    for text in HOSTILE:
        dialog.ui.search_edit.setText(text)
        dialog.search()
        qtbot.waitUntil(lambda: not dialog.model.loading, timeout=10_000)
        wait_for_operations()
        shown = label.text()
        if shown.startswith("No other client matches"):
            assert len(shown) < 120, len(shown)
        assert dialog.width() < 1280
        assert (
            not dialog.ui.general_error.isVisible() if hasattr(dialog.ui, "general_error") else True
        )
    label.setText('No other client matches "<img src=x>".')  # as the dialog would say it
    assert label.textFormat().name == "PlainText"
