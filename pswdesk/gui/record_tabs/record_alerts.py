"""The client header's warnings, under the name: an open risk alert (with Clear for a
supervisor who may), the safety plan in force whenever risk is moderate or higher,
consents about to expire or lapsed, and overdue follow-ups. Each links to its tab."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.forms.ui_record_alerts import Ui_RecordAlerts
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
                f"Risk alert: {alert.level.label.lower()} risk recorded on "
                f"{short_date(alert.raised_at)} by {html.escape(alert.raised_by_name)} "
                f"({_link('note', f'note #{alert.note_id}', ON_ALERT)}). It stays here until a "
                "supervisor clears it."
            )
            ui.clear_button.setVisible(self.actor.has(Role.SUPERVISOR))
            ui.clear_button.setEnabled(alert.can_clear)
            ui.clear_button.setToolTip(alert.why_not or "Clear the alert, with a reason")
        ui.plan_label.setVisible(h.plan_needed)
        if h.plan_needed:
            if h.plan is not None:
                ui.plan_label.setProperty("role", "info")
                ui.plan_label.setText(
                    f"Risk is {h.risk.label.lower()}. Safety plan in force: "
                    + _link(
                        "safety_plan",
                        f"version {h.plan.version_no} of {short_date(h.plan.created_at)}",
                        ON_INFO,
                    )
                )
            else:
                ui.plan_label.setProperty("role", "notice")
                ui.plan_label.setText(
                    f"Risk is {h.risk.label.lower()} and there is no safety plan on record. "
                    + _link("safety_plan", "Write one with the client", ON_NOTICE)
                )
            ui.plan_label.style().unpolish(ui.plan_label)
            ui.plan_label.style().polish(ui.plan_label)
        flags = h.consent_flags
        ui.consent_label.setVisible(bool(flags))
        if flags:
            parts = []
            for c in flags[:3]:
                when = short_date(c.expires_on)
                verb = "expires" if c.state is ConsentState.EXPIRING else "expired"
                parts.append(f"{html.escape(c.recipient)} {verb} {when}")
            more = f" and {len(flags) - 3} more" if len(flags) > 3 else ""
            noun = "Consent" if len(flags) == 1 else "Consents"
            ui.consent_label.setText(
                f"{noun} to check: {'; '.join(parts)}{more}. "
                + _link("consents", "Review consents", ON_NOTICE)
            )
        ui.follow_up_label.setVisible(h.overdue_follow_ups > 0)
        if h.overdue_follow_ups:
            n = h.overdue_follow_ups
            ui.follow_up_label.setText(
                f"{n} follow-up{'s are' if n != 1 else ' is'} overdue. "
                + _link("overview", "See follow-ups", ON_NOTICE)
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
            "Clear risk alert",
            f"Clear the {h.alert.level.label.lower()}-risk alert raised by "
            f"{html.escape(h.alert.raised_by_name)} on {short_date(h.alert.raised_at)}? "
            "Say what was done and why it can close. The reason is kept on record.",
            lambda reason: risk_alerts.clear_risk_alert(db, actor, cid, reason),
            "Clear alert",
            self,
        )
        dialog.announce(Change.CLIENT, Change.RECORD, client_id=cid)
        dialog.saved.connect(lambda _r: self.alert_cleared.emit())
        self.dialog = dialog
        dialog.open()
