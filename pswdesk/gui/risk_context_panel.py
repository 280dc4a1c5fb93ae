"""Step 5 of a note for a client with an open risk alert: the alert and the safety plan.

Why: the worker writing the next note must see, where they assess risk, that the
last urgent rating is still open and what the current safety plan says, without
leaving the editor. The panel is read-only (the plan is changed on the record's
Safety plan tab, as a new version). While the alert is open, step 5 cannot be
marked "not addressed": the box is disabled with the reason beside it, and the
service refuses it too (``note_rules.risk_alert_rule``). A draft that already had
the box ticked keeps it enabled, so the worker can untick it.

``RiskContext`` loads both off the GUI thread once the editor is open; nothing
shows for a client without an open alert, or for a note that is no longer editable.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from pswdesk.db import Database
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.risk_badge import set_badge
from pswdesk.gui.safety_plan_text import heading_text
from pswdesk.gui.theme import set_own_sheet
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import risk_alerts, safety_plans
from pswdesk.services.access import Actor
from pswdesk.services.risk_alerts import RiskAlert
from pswdesk.services.safety_plans import SafetyPlanRow

SKIP_REFUSED = str(
    QT_TRANSLATE_NOOP(
        "RiskContextPanel",
        "This client has an open risk alert, so step 5 cannot be marked not addressed: "
        "write how risk and the safety plan were checked.",
    )
)


def _day(value: dt.datetime) -> str:
    """A day as the windows' language writes it ("07 Dec 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd MMM yyyy")


STYLE = """
QFrame#risk_context_panel { background: #fff7ed; border: 1px solid #fdba74; border-radius: 6px; }
QLabel#risk_context_title { font-weight: 600; color: #7c2d12; }
QLabel#risk_context_plan { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 4px;
    padding: 6px; }
QLabel#skip_refused { color: #8a1c1c; }
"""


class SafetyStepPage(Protocol):
    """What the panel needs of the editor's step-5 page."""

    skip_box: QCheckBox
    body_layout: QVBoxLayout


def plan_html(plan: SafetyPlanRow | None) -> str:
    """The plan's written sections as escaped rich text (headings bold)."""
    if plan is None:
        return QCoreApplication.translate(
            "RiskContextPanel",
            "<i>No safety plan on record yet. Write one with the client on the record's "
            "Safety plan tab.</i>",
        )
    when = plan.created_at.astimezone()
    head = QCoreApplication.translate(
        "RiskContextPanel", "<b>Safety plan, version {n}</b> — saved {date} by {name}"
    ).format(n=plan.version_no, date=_day(when), name=html.escape(plan.created_by_name))
    parts = [head]
    for _key, english, text in plan.sections():
        heading = heading_text(english)
        if text.strip():
            body = html.escape(text.strip()).replace("\n", "<br>")
            parts.append(f"<b>{html.escape(heading)}</b><br>{body}")
    return "<br><br>".join(parts)


class RiskContextPanel(QFrame):
    """The open alert and the current safety plan, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_context_panel")
        set_own_sheet(self, STYLE)
        self.setAccessibleName(self.tr("Open risk alert and current safety plan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.badge = QLabel(self)
        self.badge.setObjectName("risk_badge")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("risk_context_title")
        self.title_label.setWordWrap(True)
        self.plan_label = QLabel(self)
        self.plan_label.setObjectName("risk_context_plan")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.RichText)  # escaped in plan_html
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_label.setAccessibleName(self.tr("Current safety plan"))
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title_label)
        layout.addWidget(self.plan_label)
        self.setVisible(False)

    def show_context(self, alert: RiskAlert, plan: SafetyPlanRow | None) -> None:
        set_badge(self.badge, alert.level, self.tr("Open risk alert: "))
        when = alert.raised_at.astimezone()
        self.title_label.setText(
            self.tr(
                "{level} risk was recorded on {date} by {name}, and no supervisor has cleared "
                "the alert yet. Check the risk again in this contact and go over the plan below."
            ).format(level=vocab_label(alert.level), date=_day(when), name=alert.raised_by_name)
        )
        self.plan_label.setText(plan_html(plan))
        self.setVisible(True)

    @property
    def text(self) -> str:
        """What the panel says, as plain text (tests, screen readers)."""
        return f"{self.badge.text()}\n{self.title_label.text()}\n{self.plan_label.text()}"


class RiskContext:
    """Loads the client's alert and plan for an editor and applies them to step 5."""

    def __init__(
        self,
        owner: QWidget,
        db: Database,
        actor: Actor,
        client_id: int,
        page: SafetyStepPage,
        on_alert: Callable[[], None] | None = None,
    ) -> None:
        self.owner, self.page = owner, page
        self.alert: RiskAlert | None = None
        self.loaded = False
        self.panel = RiskContextPanel(owner)
        layout = page.body_layout
        layout.insertWidget(layout.indexOf(page.skip_box), self.panel)
        self.refused_label = QLabel(
            QCoreApplication.translate("RiskContextPanel", SKIP_REFUSED), owner
        )
        self.refused_label.setObjectName("skip_refused")
        self.refused_label.setWordWrap(True)
        set_own_sheet(self.refused_label, STYLE)
        self.refused_label.setVisible(False)
        layout.insertWidget(layout.indexOf(page.skip_box) + 1, self.refused_label)
        self._on_alert = on_alert
        Op(owner, lambda: _load(db, actor, client_id)).success(self._loaded).failure(
            self._failed
        ).run()

    @property
    def open_alert(self) -> bool:
        return self.alert is not None

    def _loaded(self, found: tuple[RiskAlert | None, SafetyPlanRow | None]) -> None:
        self.loaded = True
        alert, plan = found
        self.alert = alert
        if alert is None:
            return
        self.panel.show_context(alert, plan)
        self.refused_label.setVisible(True)
        self.apply_to_skip_box()
        self.page.skip_box.toggled.connect(lambda _on: self.apply_to_skip_box())
        if self._on_alert is not None:
            self._on_alert()

    def apply_to_skip_box(self) -> None:
        """Disabled while unticked; a draft that had it ticked may still untick it."""
        box = self.page.skip_box
        if self.alert is None:
            return
        box.setToolTip(QCoreApplication.translate("RiskContextPanel", SKIP_REFUSED))
        if not box.isChecked():
            box.setEnabled(False)

    def _failed(self, error: Exception) -> None:
        self.loaded = True
        self.panel.title_label.setText(
            QCoreApplication.translate(
                "RiskContextPanel",
                "The client's risk alert and safety plan could not be shown: {error}",
            ).format(error=error_text(error))
        )
        self.panel.badge.setVisible(False)
        self.panel.plan_label.setVisible(False)
        self.panel.setVisible(True)


def _load(
    db: Database, actor: Actor, client_id: int
) -> tuple[RiskAlert | None, SafetyPlanRow | None]:
    """The open alert and, when there is one, the current plan (one background call)."""
    alert = risk_alerts.client_alert(db, actor, client_id)
    if alert is None:
        return None, None
    return alert, safety_plans.current_safety_plan(db, actor, client_id)
