"""The look before signing a high- or imminent-risk note: its risk, what was done, the plan.

Shown by the review view (``note_viewer.py``) when the supervisor asks to approve an
urgent note; "Approve and sign" accepts, "Go back" (the default, and Escape) leaves the
note waiting. What it shows comes from ``services/sign_check.py``; every piece of
typed text is escaped before it goes into the HTML.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pswdesk.services.safety_plans import SafetyPlanRow
from pswdesk.services.sign_check import SignCheck

YES_COLOUR = "#1b5e20"
CONCERN_COLOUR = "#8a4b00"
RISK_COLOUR = "#b3261e"
NO_PLAN = "No safety plan on record for this client."


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _concern(sentence: str) -> str:
    return f"<p style='color:{CONCERN_COLOUR}; font-weight:600'>⚠ {html.escape(sentence)}</p>"


def _plan_html(plan: SafetyPlanRow | None) -> str:
    if plan is None:
        return _concern(
            f"{NO_PLAN} A client at this level of risk should have one; consider asking "
            "the worker to make it with the client."
        )
    saved = plan.created_at.astimezone()
    who = f" by {html.escape(plan.created_by_name)}" if plan.created_by_name else ""
    out = [f"<p style='color:#52606d'>Version {plan.version_no}, saved {saved:%d %b %Y}{who}</p>"]
    empty = []
    for _key, heading, text in plan.sections():
        if text.strip():
            out.append(f"<p><b>{html.escape(heading)}</b><br>{_text(text)}</p>")
        else:
            empty.append(heading)
    if empty:
        out.append(f"<p style='color:#52606d'>Not filled in: {html.escape(', '.join(empty))}</p>")
    return "".join(out)


def confirmation_html(check: SignCheck) -> str:
    """The dialog's body: the note's risk, its risk actions, the next check-in, the plan."""
    level = check.risk_level.label if check.risk_level is not None else "Not recorded"
    indicators = ", ".join(check.indicators) if check.indicators else "none recorded"
    parts = [
        f"<p>Client: <b>{html.escape(check.client_name)}</b> · note by "
        f"{html.escape(check.author_name)}</p>",
        f"<p>Risk level: <b style='color:{RISK_COLOUR}'>{html.escape(level)}</b><br>"
        f"Indicators: {html.escape(indicators)}</p>",
        "<h3>Risk actions recorded in this note</h3>",
    ]
    lines = []
    for a in check.actions:
        answer = (
            f"<span style='color:{YES_COLOUR}'><b>yes</b></span>"
            if a.taken
            else f"<span style='color:{CONCERN_COLOUR}'>not recorded</span>"
        )
        lines.append(f"{html.escape(a.name)}: {answer}")
    parts.append(f"<p style='line-height:140%'>{'<br>'.join(lines)}</p>")
    if check.no_action_taken:
        parts.append(_concern("No risk action is recorded in this note."))
    if check.follow_up_date is not None:
        parts.append(f"<p>Next check-in: <b>{check.follow_up_date:%a %d %b %Y}</b></p>")
    else:
        parts.append(_concern("No next check-in is set."))
    parts.append("<h3>The client's current safety plan</h3>")
    parts.append(_plan_html(check.safety_plan))
    return "".join(parts)


class SignConfirmation(QDialog):
    """Confirm the signature of an urgent note after seeing how its risk was handled."""

    def __init__(self, check: SignCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        level = check.risk_level.label.lower() if check.risk_level is not None else "high"
        self.setWindowTitle(f"Sign a {level}-risk note — {check.client_name}")
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            f"This note records {level} risk. Check how it was handled before you sign it.", self
        )
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("The note's risk, its risk actions and the safety plan")
        self.browser.setHtml(confirmation_html(check))
        closing = QLabel(
            "Signing locks the note and records that you have seen this. "
            "Go back to leave it waiting, or to return it with a comment.",
            self,
        )
        closing.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.sign_button: QPushButton = self.buttons.addButton(
            "&Approve and sign", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button: QPushButton = self.buttons.addButton(
            "&Go back", QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter must not sign by accident: going back is the default.
        self.sign_button.setAutoDefault(False)
        self.back_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.heading)
        layout.addWidget(self.browser, 1)
        layout.addWidget(closing)
        layout.addWidget(self.buttons)
        self.back_button.setFocus()

    @property
    def text(self) -> str:
        """What the dialog says, as plain text (for tests and screen readers)."""
        return f"{self.heading.text()}\n{self.browser.toPlainText()}"
