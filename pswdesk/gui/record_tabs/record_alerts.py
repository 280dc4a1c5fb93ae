"""The client header's warnings, under the name: an open risk alert (with Clear for a
supervisor who may), the safety plan in force whenever risk is moderate or higher,
consents about to expire or lapsed, and overdue follow-ups. Each links to its tab."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.domain_text import translated
from pswdesk.gui.forms.ui_record_alerts import Ui_RecordAlerts
from pswdesk.gui.record_tabs.common import risk_word, sentence
from pswdesk.gui.record_tabs.reason_dialog import ReasonDialog
from pswdesk.gui.table_model import short_date
from pswdesk.services import risk_alerts
from pswdesk.services.access import Actor
from pswdesk.services.consent_rules import ConsentState
from pswdesk.services.record_header import RecordHeader
from pswdesk.vocabulary import Role

#: Link colours that read on each warning's background (see resources/style.qss).
ON_ALERT, ON_INFO, ON_NOTICE = "#ffffff", "#0b5f58", "#78350f"


def _link(key: str, text: str, colour: str) -> str:
    return f"<a href='{key}' style='color:{colour}; font-weight:bold'>{html.escape(text)}</a>"


class RecordAlerts(QWidget):
    #: A link was followed: "goals", "safety_plan", "consents", "overview", "risk" ...
    link_activated = Signal(str)
    #: The alert was cleared (the record re-reads its header).
    alert_cleared = Signal()

    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.ui = Ui_RecordAlerts()
        self.ui.setupUi(self)
        self.header: RecordHeader | None = None
        self.dialog: ReasonDialog | None = None
        for label in (
            self.ui.alert_label,
            self.ui.plan_label,
            self.ui.consent_label,
            self.ui.follow_up_label,
        ):
            label.linkActivated.connect(self.link_activated.emit)
        self.ui.clear_button.clicked.connect(self.clear_alert)
        self.setVisible(False)

    def show_header(self, h: RecordHeader) -> None:
        self.header = h
        ui = self.ui
        alert = h.alert
        ui.alert_frame.setVisible(alert is not None)
        if alert is not None:
            ui.alert_label.setText(
                self.tr(
                    "Risk alert: {level} risk recorded on {date} by {name} ({note}). "
                    "It stays here until a supervisor clears it."
                ).format(
                    level=risk_word(alert.level),
                    date=short_date(alert.raised_at),
                    name=html.escape(alert.raised_by_name),
                    note=_link("note", self.tr("note #{id}").format(id=alert.note_id), ON_ALERT),
                )
            )
            ui.clear_button.setVisible(self.actor.has(Role.SUPERVISOR))
            ui.clear_button.setEnabled(alert.can_clear)
            ui.clear_button.setToolTip(
                f"{sentence(translated(alert.why_not))}."
                if alert.why_not
                else self.tr("Clear the alert, with a reason")
            )
        ui.plan_label.setVisible(h.plan_needed)
        if h.plan_needed:
            if h.plan is not None:
                ui.plan_label.setProperty("role", "info")
                ui.plan_label.setText(
                    self.tr("Risk is {level}. Safety plan in force: ").format(
                        level=risk_word(h.risk)
                    )
                    + _link(
                        "safety_plan",
                        self.tr("version {n} of {date}").format(
                            n=h.plan.version_no, date=short_date(h.plan.created_at)
                        ),
                        ON_INFO,
                    )
                )
            else:
                ui.plan_label.setProperty("role", "notice")
                ui.plan_label.setText(
                    self.tr("Risk is {level} and there is no safety plan on record. ").format(
                        level=risk_word(h.risk)
                    )
                    + _link("safety_plan", self.tr("Write one with the client"), ON_NOTICE)
                )
            ui.plan_label.style().unpolish(ui.plan_label)
            ui.plan_label.style().polish(ui.plan_label)
        flags = h.consent_flags
        ui.consent_label.setVisible(bool(flags))
        if flags:
            parts = []
            for c in flags[:3]:
                when = short_date(c.expires_on)
                if c.state is ConsentState.EXPIRING:
                    part = self.tr("{recipient} expires {date}")
                else:
                    part = self.tr("{recipient} expired {date}")
                parts.append(part.format(recipient=html.escape(c.recipient), date=when))
            more = self.tr(" and {n} more").format(n=len(flags) - 3) if len(flags) > 3 else ""
            if len(flags) == 1:
                check = self.tr("Consent to check: {which}{more}. ")
            else:
                check = self.tr("Consents to check: {which}{more}. ")
            ui.consent_label.setText(
                check.format(which="; ".join(parts), more=more)
                + _link("consents", self.tr("Review consents"), ON_NOTICE)
            )
        ui.follow_up_label.setVisible(h.overdue_follow_ups > 0)
        if h.overdue_follow_ups:
            n = h.overdue_follow_ups
            ui.follow_up_label.setText(
                (
                    self.tr("1 follow-up is overdue. ")
                    if n == 1
                    else self.tr("{n} follow-ups are overdue. ").format(n=n)
                )
                + _link("overview", self.tr("See follow-ups"), ON_NOTICE)
            )
        self.setVisible(
            any(not w.isHidden() for w in (ui.alert_frame, ui.plan_label, ui.consent_label,
                                           ui.follow_up_label))
        )  # fmt: skip

    def clear_alert(self) -> None:
        h = self.header
        if h is None or h.alert is None or not h.alert.can_clear:
            return
        db, actor, cid = self.db, self.actor, self.client_id
        dialog = ReasonDialog(
            self.tr("Clear risk alert"),
            self.tr(
                "Clear the {level}-risk alert raised by {name} on {date}? "
                "Say what was done and why it can close. The reason is kept on record."
            ).format(
                level=risk_word(h.alert.level),
                name=html.escape(h.alert.raised_by_name),
                date=short_date(h.alert.raised_at),
            ),
            lambda reason: risk_alerts.clear_risk_alert(db, actor, cid, reason),
            self.tr("Clear alert"),
            self,
        )
        dialog.announce(Change.CLIENT, Change.RECORD, client_id=cid)
        dialog.saved.connect(lambda _r: self.alert_cleared.emit())
        self.dialog = dialog
        dialog.open()
