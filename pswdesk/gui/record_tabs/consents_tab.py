"""Consents tab: what the client agreed to share, with whom and until when, in force
first; record a consent, or its revocation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QWidget

from pswdesk.db import Database
from pswdesk.gui.forms.ui_consent_dialog import Ui_ConsentDialog
from pswdesk.gui.forms.ui_consents_tab import Ui_ConsentsTab
from pswdesk.gui.forms.ui_revoke_consent_dialog import Ui_RevokeConsentDialog
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import (
    AMBER,
    GREEN,
    GREY,
    RED,
    RecordDialog,
    RecordTab,
    esc,
    from_qdate,
    select_row,
    selected,
    setup_table,
    to_qdate,
)
from pswdesk.gui.table_model import Column, RowTableModel, short_date
from pswdesk.gui.vocabulary_text import translated
from pswdesk.services import care_team, consents
from pswdesk.services.access import Actor
from pswdesk.services.care_team import MemberRow
from pswdesk.services.consent_rules import SECTION_KEYS, SECTIONS, ConsentState
from pswdesk.services.consents import ConsentInput, ConsentRow

STATE_COLOURS = {
    ConsentState.ACTIVE: GREEN,
    ConsentState.EXPIRING: AMBER,
    ConsentState.FUTURE: GREY,
    ConsentState.EXPIRED: RED,
    ConsentState.REVOKED: GREY,
}


#: The consent states' labels (``ConsentState.label``), listed for lupdate.
STATE_LABELS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("ConsentsTab", "Active"),
    QT_TRANSLATE_NOOP("ConsentsTab", "Active, expiring soon"),
    QT_TRANSLATE_NOOP("ConsentsTab", "Expired"),
    QT_TRANSLATE_NOOP("ConsentsTab", "Revoked"),
    QT_TRANSLATE_NOOP("ConsentsTab", "Not yet in force"),
)


def _state(r: ConsentRow) -> str:
    if r.state is ConsentState.EXPIRING and r.expires_on is not None:
        return QCoreApplication.translate("ConsentsTab", "Expires {date}").format(
            date=short_date(r.expires_on)
        )
    if r.state is ConsentState.REVOKED and r.revoked_on is not None:
        return QCoreApplication.translate("ConsentsTab", "Revoked {date}").format(
            date=short_date(r.revoked_on)
        )
    if r.state is ConsentState.EXPIRED and r.expires_on is not None:
        return QCoreApplication.translate("ConsentsTab", "Expired {date}").format(
            date=short_date(r.expires_on)
        )
    return QCoreApplication.translate("ConsentsTab", r.state.label)


def _covers(r: ConsentRow) -> str:
    """``r.scope_text`` in the language of the windows."""
    labels = [translated(SECTIONS[k]) for k in r.scope if k in SECTIONS]
    return ", ".join(labels) if labels else QCoreApplication.translate("ConsentsTab", "nothing")


def _how(r: ConsentRow) -> str:
    return translated(r.how_given_label).lower()


COLUMNS: list[Column[ConsentRow]] = [
    Column(
        "Shared with",
        lambda r: r.recipient,
        foreground=lambda r: None if r.in_force else GREY,
        bold=lambda r: r.in_force,
        width=250,
    ),
    Column(
        "State",
        _state,
        foreground=lambda r: STATE_COLOURS[r.state],
        bold=lambda r: r.state is not ConsentState.ACTIVE,
        width=175,
    ),
    Column("Given", lambda r: f"{short_date(r.given_on)}, {_how(r)}", width=150),
    Column("Covers", _covers, tooltip=_covers),
]


def consent_html(r: ConsentRow) -> str:
    colour = STATE_COLOURS[r.state]
    covers_title = QCoreApplication.translate("ConsentsTab", "<b>Covers:</b>")
    covers = "".join(f"<li>{translated(SECTIONS[k])}</li>" for k in r.scope)
    if r.expires_on:
        expiry = QCoreApplication.translate(
            "ConsentsTab", "until {date} (the last day it holds)"
        ).format(date=short_date(r.expires_on))
    else:
        expiry = QCoreApplication.translate("ConsentsTab", "no expiry date")
    revoked = (
        "<p>"
        + QCoreApplication.translate("ConsentsTab", "<b>Revoked on</b> {date}").format(
            date=short_date(r.revoked_on)
        )
        + "</p>"
        if r.revoked_on
        else ""
    )
    if r.in_force:
        today = QCoreApplication.translate("ConsentsTab", "may be shared today")
    else:
        today = QCoreApplication.translate("ConsentsTab", "nothing may be shared under it today")
    purpose = QCoreApplication.translate("ConsentsTab", "<b>Purpose:</b> {purpose}").format(
        purpose=esc(r.purpose)
    )
    given = QCoreApplication.translate(
        "ConsentsTab", "<b>Given</b> {how} on {date}, {expiry}."
    ).format(how=_how(r), date=short_date(r.given_on), expiry=expiry)
    recorded = QCoreApplication.translate("ConsentsTab", "Recorded by {name}.").format(
        name=esc(r.recorded_by_name)
    )
    return (
        f"<h3 style='margin-bottom:4px'>{esc(r.recipient)}</h3>"
        f"<p style='color:{colour}'><b>{esc(_state(r))}</b> — {today}</p>"
        f"<p>{purpose}</p>"
        f"<p>{covers_title}</p><ul style='margin-top:0'>{covers}</ul>"
        f"<p>{given}</p>"
        f"{revoked}"
        f"<p style='color:{GREY}'>{recorded}</p>"
    )


class ConsentsTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_ConsentsTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[ConsentRow] = RowTableModel(COLUMNS, self)
        self.all_rows: list[ConsentRow] = []
        table = self.ui.consents_table
        setup_table(table, self.model, [c.width for c in COLUMNS])
        self.ui.splitter.setSizes([760, 320])
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_selected())
        self.ui.add_button.clicked.connect(self.add_consent)
        self.ui.revoke_button.clicked.connect(self.revoke)
        self.ui.hide_ended_check.toggled.connect(lambda _on: self._fill())
        self.ui.revoke_button.setEnabled(False)

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        return lambda: consents.list_consents(db, actor, cid)

    def show_result(self, rows: list[ConsentRow]) -> None:
        self.all_rows = rows
        self._fill()

    def _fill(self) -> None:
        current = self.current()
        rows = self.all_rows
        if self.ui.hide_ended_check.isChecked():
            rows = [r for r in rows if r.state not in (ConsentState.EXPIRED, ConsentState.REVOKED)]
        self.model.set_rows(rows)
        self.set_empty(not rows, self.ui.splitter)
        in_force = sum(r.in_force for r in self.all_rows)
        expiring = sum(r.state is ConsentState.EXPIRING for r in self.all_rows)
        summary = self.tr("{n} in force").format(n=in_force)
        if expiring:
            summary += self.tr(" · {n} expiring soon").format(n=expiring)
        self.ui.summary_label.setText(summary if self.all_rows else "")
        select_row(self.ui.consents_table, self.model, current.id if current else None)
        self.show_selected()

    def current(self) -> ConsentRow | None:
        return selected(self.ui.consents_table)

    def show_selected(self) -> None:
        row = self.current()
        self.ui.consent_browser.setHtml(consent_html(row) if row else "")
        self.ui.revoke_button.setEnabled(row is not None and row.revoked_on is None)

    def add_consent(self) -> None:
        """Read the care team first (off the GUI thread), then open the dialog."""
        db, actor, cid = self.db, self.actor, self.client_id
        Op(self, lambda: care_team.list_care_team(db, actor, cid)).success(
            self._open_consent_dialog
        ).failure(lambda e: self.show_error(error_text(e))).busy(self).run()

    def _open_consent_dialog(self, members: list[MemberRow]) -> None:
        dialog = ConsentDialog(self.db, self.actor, self.client_id, members, self)
        self.open_dialog(
            dialog, lambda r: self.tr("Consent recorded: {name}.").format(name=r.recipient)
        )

    def revoke(self) -> None:
        row = self.current()
        if row is None or row.revoked_on is not None:
            return
        dialog = RevokeConsentDialog(self.db, self.actor, row, self)
        self.open_dialog(
            dialog, lambda r: self.tr("Consent for {name} revoked.").format(name=r.recipient)
        )


class ConsentDialog(RecordDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int,
        members: list[MemberRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.setup(Ui_ConsentDialog())
        ui = self.ui
        # Two separate choices: who it is shared with, and how consent was given.
        self.recipient_group = QButtonGroup(self)
        self.how_group = QButtonGroup(self)
        for group, buttons in (
            (self.recipient_group, (ui.member_radio, ui.other_radio)),
            (self.how_group, (ui.written_radio, ui.verbal_radio)),
        ):
            for b in buttons:
                group.addButton(b)
        ui.member_radio.setChecked(True)
        ui.written_radio.setChecked(True)
        for m in members:
            ui.member_combo.addItem(m.label, m.id)
        has_members = bool(members)
        ui.member_radio.setEnabled(has_members)
        ui.member_combo.setEnabled(has_members)
        if not has_members:
            ui.member_combo.addItem(self.tr("(nobody on the care team yet)"), -1)
            ui.other_radio.setChecked(True)
        ui.member_radio.toggled.connect(self._recipient_mode)
        self._recipient_mode()
        today = to_qdate(dt.date.today())
        ui.given_on_edit.setDate(today)
        ui.given_on_edit.setMaximumDate(today)
        ui.expires_on_edit.setDate(to_qdate(dt.date.today() + dt.timedelta(days=365)))
        ui.expires_check.setChecked(True)
        ui.expires_check.toggled.connect(ui.expires_on_edit.setEnabled)
        ui.purpose_edit.setFocus()

    def _recipient_mode(self) -> None:
        member = self.ui.member_radio.isChecked()
        self.ui.member_combo.setEnabled(member)
        self.ui.recipient_edit.setEnabled(not member)

    def scope(self) -> list[str]:
        return [k for k in SECTION_KEYS if getattr(self.ui, f"scope_{k}_check").isChecked()]

    def data(self) -> ConsentInput:
        ui = self.ui
        member = ui.member_radio.isChecked() and ui.member_combo.currentData() not in (None, -1)
        return ConsentInput(
            purpose=ui.purpose_edit.text(),
            scope=self.scope(),
            given_on=from_qdate(ui.given_on_edit),
            how_given="written" if ui.written_radio.isChecked() else "verbal",
            expires_on=from_qdate(ui.expires_on_edit) if ui.expires_check.isChecked() else None,
            care_team_member_id=ui.member_combo.currentData() if member else None,
            recipient="" if member else ui.recipient_edit.text(),
        )

    def submit(self) -> Callable[[], ConsentRow]:
        db, actor, cid, data = self.db, self.actor, self.client_id, self.data()
        return lambda: consents.record_consent(db, actor, cid, data)


class RevokeConsentDialog(RecordDialog):
    def __init__(
        self, db: Database, actor: Actor, consent: ConsentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.consent = db, actor, consent
        self.setup(Ui_RevokeConsentDialog())
        ui = self.ui
        ui.intro_label.setText(
            self.tr(
                "The client withdrew their consent to share with <b>{name}</b> "
                "(given {date}). From the date below nothing may be "
                "shared under it. The consent stays on record."
            ).format(name=esc(consent.recipient), date=short_date(consent.given_on))
        )
        today = to_qdate(dt.date.today())
        ui.revoked_on_edit.setDate(today)
        ui.revoked_on_edit.setMaximumDate(today)
        ui.revoked_on_edit.setMinimumDate(to_qdate(consent.given_on))
        ui.revoked_on_edit.setFocus()

    def submit(self) -> Callable[[], ConsentRow]:
        db, actor, consent_id = self.db, self.actor, self.consent.id
        on = from_qdate(self.ui.revoked_on_edit)
        return lambda: consents.revoke_consent(db, actor, consent_id, on)
