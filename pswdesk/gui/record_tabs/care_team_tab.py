"""Care team tab: the client's other providers and supports; add, edit, and mark someone
as a former member (never deleted, since consents and handovers name them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.forms.ui_care_team_dialog import Ui_CareTeamDialog
from pswdesk.gui.forms.ui_care_team_tab import Ui_CareTeamTab
from pswdesk.gui.record_tabs.common import (
    GREY,
    EnterFilter,
    RecordDialog,
    RecordTab,
    select_row,
    selected,
    setup_table,
)
from pswdesk.gui.table_model import Column, RowTableModel
from pswdesk.services import care_team
from pswdesk.services.access import Actor
from pswdesk.services.care_team import MemberInput, MemberRow

translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls


def _grey(r: MemberRow) -> str | None:
    return None if r.active else GREY


COLUMNS: list[Column[MemberRow]] = [
    Column("Name", lambda r: r.name, foreground=_grey, bold=lambda r: r.active, width=190),
    Column("Role", lambda r: r.role, foreground=_grey, width=150),
    Column("Organisation", lambda r: r.organisation, foreground=_grey, width=200),
    Column("Phone", lambda r: r.phone, foreground=_grey, width=120),
    Column("Email", lambda r: r.email, foreground=_grey, width=200),
    Column(
        "",
        lambda r: "" if r.active else translate("CareTeamTab", "Former member"),
        foreground=_grey,
    ),
]


class CareTeamTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_CareTeamTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[MemberRow] = RowTableModel(COLUMNS, self)
        table = self.ui.members_table
        setup_table(table, self.model, [c.width for c in COLUMNS])
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        table.doubleClicked.connect(lambda _i: self.edit_member())
        EnterFilter(table, self.edit_member)
        self.ui.add_button.clicked.connect(self.add_member)
        self.ui.edit_button.clicked.connect(self.edit_member)
        self.ui.active_button.clicked.connect(self.toggle_active)
        self.ui.show_former_check.toggled.connect(lambda _on: self.refresh())
        self._update_buttons()

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        former = self.ui.show_former_check.isChecked()
        return lambda: care_team.list_care_team(db, actor, cid, include_inactive=former)

    def show_result(self, rows: list[MemberRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self.set_empty(not rows, self.ui.members_table)
        active = sum(r.active for r in rows)
        self.ui.summary_label.setText(
            translate("CareTeamTab", "{n} current").format(n=active) if rows else ""
        )
        select_row(self.ui.members_table, self.model, current.id if current else None)
        self._update_buttons()

    def current(self) -> MemberRow | None:
        return selected(self.ui.members_table)

    def _update_buttons(self) -> None:
        row = self.current()
        self.ui.edit_button.setEnabled(row is not None)
        self.ui.active_button.setEnabled(row is not None)
        former = row is not None and not row.active
        self.ui.active_button.setText(
            translate("CareTeamTab", "Mark as current member")
            if former
            else translate("CareTeamTab", "Mark as former member")
        )

    def add_member(self) -> None:
        dialog = CareTeamDialog(self.db, self.actor, self.client_id, None, self)
        self.open_dialog(
            dialog,
            lambda r: translate("CareTeamTab", "{name} added to the care team.").format(
                name=r.name
            ),
        )

    def edit_member(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = CareTeamDialog(self.db, self.actor, self.client_id, row, self)
        self.open_dialog(
            dialog,
            lambda r: translate("CareTeamTab", "{name}'s details saved.").format(name=r.name),
        )

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        db, actor = self.db, self.actor
        self.run(
            lambda: care_team.set_active(db, actor, row.id, row.version, not row.active),
            lambda r: (
                translate("CareTeamTab", "{name} is a current member now.")
                if r.active
                else translate("CareTeamTab", "{name} is a former member now.")
            ).format(name=r.name),
        )


class CareTeamDialog(RecordDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int,
        member: MemberRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id, self.member = db, actor, client_id, member
        self.setup(Ui_CareTeamDialog())
        ui = self.ui
        self.setWindowTitle(
            translate("CareTeamTab", "Add to the care team")
            if member is None
            else translate("CareTeamTab", "Edit {name}").format(name=member.name)
        )
        if member is not None:
            for f in care_team.FIELDS:
                getattr(ui, f"{f}_edit").setText(getattr(member, f))
        ui.name_edit.setFocus()

    def data(self) -> MemberInput:
        return MemberInput(**{f: getattr(self.ui, f"{f}_edit").text() for f in care_team.FIELDS})

    def submit(self) -> Callable[[], MemberRow]:
        db, actor, cid, member, data = self.db, self.actor, self.client_id, self.member, self.data()
        if member is None:
            return lambda: care_team.add_member(db, actor, cid, data)
        return lambda: care_team.update_member(db, actor, member.id, member.version, data)
