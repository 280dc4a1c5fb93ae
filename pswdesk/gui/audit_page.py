"""The audit log, newest first, paged off the GUI thread (it grows without bound).

Every write is audited, so any change notice makes the page read its first page again:
at once when on screen, else when next shown."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Changes, change_notice
from pswdesk.gui.forms.ui_audit_page import Ui_AuditPage
from pswdesk.gui.table_model import Column, PagedTableModel, local_time
from pswdesk.services import audit
from pswdesk.services.access import Actor
from pswdesk.services.audit import AuditRow

ALL = "All actions"
COMMON_ACTIONS = (
    "login", "login.failed", "login.locked", "client.opened", "client.created",
    "client.changed", "note.created", "note.submitted", "note.approved", "note.returned",
    "note.addendum", "debrief.requested", "debrief.held", "follow_up.completed",
    "user.created", "user.changed", "user.password_reset", "agency.changed",
)  # fmt: skip


def details_text(details: dict[str, Any]) -> str:
    """The details as one readable line: ``key: value; ...``."""
    parts = []
    for key, value in details.items():
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


AUDIT_COLUMNS: list[Column[AuditRow]] = [
    Column("When", lambda r: local_time(r.at), width=150),
    Column("Who", lambda r: r.actor_name or "(not logged in)", width=120),
    Column(
        "Action",
        lambda r: r.action,
        foreground=lambda r: "#b91c1c" if r.action.startswith("login.") else None,
        width=150,
    ),
    Column("Record", lambda r: f"{r.entity} {r.entity_id}" if r.entity_id else r.entity, width=110),
    Column(
        "Details",
        lambda r: details_text(r.details),
        tooltip=lambda r: json.dumps(r.details, ensure_ascii=False, indent=1),
    ),
]


class AuditPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.setAccessibleName("Audit log")
        self.ui.description_label.setText(
            "Every change, sign-off, login and opening of a client record, newest first. "
            "Entries are chained so that any edit or deletion is detected."
        )
        self.ui.empty_label.setText("No entries match.")
        self.ui.hint_label.setText("Scroll down to load older entries.")
        combo = self.ui.action_combo
        combo.addItem(ALL)
        combo.addItems(COMMON_ACTIONS)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model: PagedTableModel[AuditRow] = PagedTableModel(AUDIT_COLUMNS, self, page_size=200)
        view = self.ui.table_view
        view.setModel(self.model)
        view.setAccessibleName("Audit log entries")
        view.verticalHeader().setDefaultSectionSize(28)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(AUDIT_COLUMNS):
            if col.width:
                view.setColumnWidth(i, col.width)
        self.ui.busy_bar.setVisible(False)
        self.model.loading_changed.connect(self._loading)
        self.model.page_loaded.connect(lambda _n: self._update_labels())
        self.model.failed.connect(self._failed)
        self._stale = False
        change_notice().subscribe(self, (), self._on_change)
        self.refresh()

    def _on_change(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.ui.error_label.setVisible(False)
        chosen = self.ui.action_combo.currentText()
        action = None if chosen == ALL else chosen
        db, actor = self.db, self.actor
        self.model.set_source(
            lambda offset, limit: audit.list_entries(
                db, actor, offset=offset, limit=limit, action=action
            )
        )

    def focus_search(self) -> bool:
        self.ui.action_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _loading(self, loading: bool) -> None:
        self.ui.busy_bar.setVisible(loading)
        self._update_labels()

    def _update_labels(self) -> None:
        n = self.model.rowCount()
        more = "" if self.model.exhausted else " (scroll for more)"
        self.ui.count_label.setText(f"{n:,} entries loaded{more}" if n else "")
        self.ui.empty_label.setVisible(not self.model.loading and n == 0)

    def _failed(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(True)
