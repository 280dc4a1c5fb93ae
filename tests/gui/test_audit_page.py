"""The audit log page with real widgets: plain actions, names, filters and the CSV export."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from pswdesk.gui.audit_page import AuditPage
from pswdesk.gui.navigation import nav_items_for
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import audit_view, clients, notes, review
from pswdesk.services.audit_view import AuditFilter
from tests.conftest import Agency
from tests.gui.helpers import main_window
from tests.notes_support import full_content, new_client


def _signed_note(a: Agency) -> tuple[int, int]:
    cid = new_client(a, a.wendy, "Robin")
    draft = notes.create_draft(a.db, a.wendy, cid, full_content())
    sent = notes.submit(a.db, a.wendy, draft.id, draft.version)
    signed = review.approve(a.db, a.sam, sent.id, sent.version)
    clients.get_client(a.db, a.sam, cid)
    return cid, signed.id


def _loaded(qtbot: QtBot, page: AuditPage) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total is not None)


def _cells(page: AuditPage, column: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def test_a_supervisor_has_the_audit_log_and_filters_it(
    qtbot: QtBot, sqlite_agency: Agency, gui_settings: QSettings
) -> None:
    a = sqlite_agency
    cid, note_id = _signed_note(a)
    assert "audit" in [item.key for item in nav_items_for(a.sam)]
    assert "audit" not in [item.key for item in nav_items_for(a.wendy)]
    window = main_window(qtbot, a.db, "sam", gui_settings)
    page = window.show_view("audit")
    assert isinstance(page, AuditPage)
    _loaded(qtbot, page)
    assert "Note signed" in _cells(page, 2)
    assert f"Client {cid} – Robin" in _cells(page, 3)
    assert "Ada Admin" not in _cells(page, 1)  # administration is not the team's
    assert "talked through" not in " ".join(_cells(page, 5)).lower()

    # Filter by action through the combo box, as a person would pick it.
    combo = page.ui.action_combo
    combo.setCurrentIndex(combo.findText("Note signed"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    assert _cells(page, 2) == ["Note signed"] and _cells(page, 3) == [f"Note {note_id}"]
    assert _cells(page, 1) == ["Sam Supervisor"]
    assert page.ui.count_label.text() == "1 entry"

    # ... and by person: Wendy signed nothing.
    qtbot.waitUntil(lambda: page.ui.person_combo.findText("Wendy Worker") >= 0)
    page.ui.person_combo.setCurrentIndex(page.ui.person_combo.findText("Wendy Worker"))
    qtbot.waitUntil(lambda: not page.model.loading and page.ui.empty_label.isVisible())
    combo.setCurrentIndex(0)  # all actions, by Wendy
    _loaded(qtbot, page)
    assert page.model.rowCount() > 0 and set(_cells(page, 1)) == {"Wendy Worker"}
    assert "Note submitted for review" in _cells(page, 2)

    page.ui.clear_button.click()
    _loaded(qtbot, page)
    assert page.current_filter() == AuditFilter()
    assert page.model.rowCount() == audit_view.count_lines(a.db, a.sam)


def test_the_filtered_list_exports_to_csv_and_the_export_is_logged(
    qtbot: QtBot, sqlite_agency: Agency, gui_settings: QSettings, tmp_path: Path
) -> None:
    a = sqlite_agency
    cid, _note_id = _signed_note(a)
    window = main_window(qtbot, a.db, "admin", gui_settings)
    page = window.show_view("audit")
    assert isinstance(page, AuditPage)
    _loaded(qtbot, page)
    qtbot.keyClicks(page.ui.client_edit, str(cid))
    qtbot.waitUntil(lambda: page.current_filter().client_id == cid)
    _loaded(qtbot, page)
    shown = page.model.rowCount()
    assert shown > 0
    assert all(f"Client {cid}" in (rec, client) for rec, client in zip(
        _cells(page, 3), _cells(page, 4), strict=True
    ))  # fmt: skip
    assert "Robin" not in " ".join(_cells(page, 3) + _cells(page, 4))  # not for an administrator

    target = tmp_path / "audit export"  # the page adds .csv
    page.export_csv(target)
    assert wait_for_operations()
    qtbot.waitUntil(lambda: "Saved" in page.ui.hint_label.text())
    written = tmp_path / "audit export.csv"
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["Entry", "When", "Who", "Action"]
    assert len(rows) == shown + 1 and "Note signed" in {r[3] for r in rows[1:]}
    assert f"Saved {shown:,} entries" in page.ui.hint_label.text()

    # The export is itself in the log, and the page shows it once it reads the log again.
    page.ui.client_edit.clear()
    page.ui.action_combo.setCurrentIndex(page.ui.action_combo.findText("Audit log exported"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    assert _cells(page, 1) == ["Ada Admin"]
    assert f"rows: {shown}" in _cells(page, 5)[0]
