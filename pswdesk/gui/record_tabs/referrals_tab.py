"""Referrals tab: open referrals first, each one's dated steps beside the list; add a
referral, or move one on (made, accepted ...) as of a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.forms.ui_referral_dialog import Ui_ReferralDialog
from pswdesk.gui.forms.ui_referral_status_dialog import Ui_ReferralStatusDialog
from pswdesk.gui.forms.ui_referrals_tab import Ui_ReferralsTab
from pswdesk.gui.record_tabs.common import (
    GREY,
    RED,
    EnterFilter,
    RecordDialog,
    RecordTab,
    esc,
    from_qdate,
    one_line,
    origin,
    select_row,
    selected,
    setup_table,
    to_qdate,
)
from pswdesk.gui.table_model import Column, RowTableModel, short_date
from pswdesk.gui.vocabulary_text import translated
from pswdesk.services import referrals
from pswdesk.services.access import Actor
from pswdesk.services.referrals import STATUSES, ReferralRow


def _waiting(r: ReferralRow) -> str:
    if not r.open:
        return ""
    if r.status not in referrals.AWAITING:
        return QCoreApplication.translate("ReferralsTab", "Answered")
    if r.days_waiting == 1:
        days = QCoreApplication.translate("ReferralsTab", "1 day")
    else:
        days = QCoreApplication.translate("ReferralsTab", "{n} days").format(n=r.days_waiting)
    return (
        QCoreApplication.translate("ReferralsTab", "{days}, no answer").format(days=days)
        if r.stale
        else days
    )


def _status(label: str) -> str:
    return translated(label)


def _source(r: ReferralRow) -> str:
    """``r.source`` in the language of the windows."""
    where, by, day = origin(r.created_on, r.note_id, r.created_by_name)
    return QCoreApplication.translate("ReferralsTab", "Recorded {where}{by}, {date}").format(
        where=where, by=by, date=day
    )


COLUMNS: list[Column[ReferralRow]] = [
    Column(
        "Referred to",
        lambda r: r.to_whom,
        foreground=lambda r: None if r.open else GREY,
        width=200,
    ),
    Column("Status", lambda r: _status(r.status_label), bold=lambda r: r.open, width=95),
    Column("Since", lambda r: short_date(r.status_since), width=105),
    Column(
        "Waiting",
        _waiting,
        foreground=lambda r: RED if r.stale else None,
        bold=lambda r: r.stale,
        width=125,
    ),
    Column("Reason", lambda r: one_line(r.reason), tooltip=lambda r: r.reason),
]


def referral_html(r: ReferralRow) -> str:
    parts = [f"<h3 style='margin-bottom:4px'>{esc(r.to_whom)}</h3>"]
    if r.reason:
        reason = QCoreApplication.translate("ReferralsTab", "<b>Reason:</b> {reason}").format(
            reason=esc(r.reason)
        )
        parts.append(f"<p>{reason}</p>")
    status = QCoreApplication.translate(
        "ReferralsTab", "<b>Status:</b> {status} since {date}"
    ).format(status=_status(r.status_label), date=short_date(r.status_since))
    parts.append(f"<p>{status}</p>")
    if r.stale:
        stale = QCoreApplication.translate(
            "ReferralsTab", "<b>No answer for {n} days.</b> Worth a call to the service."
        ).format(n=r.days_waiting)
        parts.append(f"<p style='color:{RED}'>{stale}</p>")
    steps = QCoreApplication.translate("ReferralsTab", "Steps")
    parts.append(f"<h4 style='margin-bottom:2px'>{steps}</h4><table cellspacing='0'>")
    for step in r.history:
        who = f", {esc(step.by_name)}" if step.by_name else ""
        comment = f"<br/>{esc(step.comment)}" if step.comment else ""
        parts.append(
            f"<tr><td style='padding:3px 12px 3px 0; white-space:nowrap'>{short_date(step.on)}</td>"
            f"<td style='padding:3px 0'><b>{_status(step.status_label)}</b>"
            f"<span style='color:{GREY}'>{who}</span>{comment}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<p style='color:{GREY}'>{esc(_source(r))}</p>")
    return "".join(parts)


class ReferralsTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_ReferralsTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[ReferralRow] = RowTableModel(COLUMNS, self)
        table = self.ui.referrals_table
        setup_table(table, self.model, [c.width for c in COLUMNS])
        self.ui.splitter.setSizes([620, 380])
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_selected())
        table.doubleClicked.connect(lambda _i: self.change_status())
        EnterFilter(table, self.change_status)
        self.ui.add_button.clicked.connect(self.add_referral)
        self.ui.status_button.clicked.connect(self.change_status)
        self.ui.show_closed_check.toggled.connect(lambda _on: self.refresh())
        self.ui.status_button.setEnabled(False)

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        open_only = not self.ui.show_closed_check.isChecked()
        return lambda: referrals.list_referrals(db, actor, cid, open_only=open_only)

    def show_result(self, rows: list[ReferralRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self.set_empty(not rows, self.ui.splitter)
        n_open = sum(r.open for r in rows)
        stale = sum(r.stale for r in rows)
        summary = self.tr("{n} open").format(n=n_open)
        if stale:
            summary += self.tr(" · {n} waiting too long").format(n=stale)
        self.ui.summary_label.setText(summary if rows else "")
        select_row(self.ui.referrals_table, self.model, current.id if current else None)
        self.show_selected()

    def current(self) -> ReferralRow | None:
        return selected(self.ui.referrals_table)

    def show_selected(self) -> None:
        row = self.current()
        self.ui.referral_browser.setHtml(referral_html(row) if row else "")
        self.ui.status_button.setEnabled(row is not None)

    def add_referral(self) -> None:
        dialog = ReferralDialog(self.db, self.actor, self.client_id, self)
        self.open_dialog(
            dialog, lambda r: self.tr("Referral to {name} added.").format(name=r.to_whom)
        )

    def change_status(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = ReferralStatusDialog(self.db, self.actor, row, self)
        self.open_dialog(
            dialog,
            lambda r: self.tr("Referral to {name}: {status}.").format(
                name=r.to_whom, status=_status(r.status_label).lower()
            ),
        )


class ReferralDialog(RecordDialog):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.setup(Ui_ReferralDialog())
        for key, label in STATUSES.items():
            self.ui.status_combo.addItem(translated(label), key)
        today = to_qdate(dt.date.today())
        self.ui.on_edit.setDate(today)
        self.ui.on_edit.setMaximumDate(today)
        self.ui.to_whom_edit.setFocus()

    def submit(self) -> Callable[[], ReferralRow]:
        ui, db, actor, cid = self.ui, self.db, self.actor, self.client_id
        to_whom, reason = ui.to_whom_edit.text(), ui.reason_edit.toPlainText()
        status, on = ui.status_combo.currentData(), from_qdate(ui.on_edit)
        return lambda: referrals.add_referral(db, actor, cid, to_whom, reason, status, on=on)


class ReferralStatusDialog(RecordDialog):
    def __init__(
        self, db: Database, actor: Actor, referral: ReferralRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.referral = db, actor, referral
        self.setup(Ui_ReferralStatusDialog())
        ui = self.ui
        self.setWindowTitle(self.tr("Referral to {name}").format(name=referral.to_whom))
        ui.intro_label.setText(
            f"<b>{esc(referral.to_whom)}</b><br/>"
            + self.tr("Now {status}, since {date}.").format(
                status=_status(referral.status_label).lower(),
                date=short_date(referral.status_since),
            )
        )
        order = list(STATUSES)
        following = order[order.index(referral.status) + 1 :] if referral.status in order else []
        for key, label in STATUSES.items():
            if key != referral.status:
                ui.status_combo.addItem(translated(label), key)
        if following:
            ui.status_combo.setCurrentIndex(ui.status_combo.findData(following[0]))
        today = to_qdate(dt.date.today())
        ui.on_edit.setDate(today)
        ui.on_edit.setMaximumDate(today)
        ui.status_combo.setFocus()

    def submit(self) -> Callable[[], ReferralRow]:
        ui, db, actor, r = self.ui, self.db, self.actor, self.referral
        status, on, comment = (
            ui.status_combo.currentData(),
            from_qdate(ui.on_edit),
            ui.comment_edit.text(),
        )
        return lambda: referrals.change_status(db, actor, r.id, r.version, status, on, comment)
