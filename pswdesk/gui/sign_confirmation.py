"""The look before signing a high- or imminent-risk note: its risk, what was done, the plan.

Shown by the review view (``note_viewer.py``) when the supervisor asks to approve an
urgent note; "Approve and sign" accepts, "Go back" (the default, and Escape) leaves the
note waiting. What it shows comes from ``services/sign_check.py``; every piece of
typed text is escaped before it goes into the HTML.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pswdesk.gui.safety_plan_text import heading_text
from pswdesk.gui.vocabulary_text import translated, vocab_label
from pswdesk.services.safety_plans import SafetyPlanRow
from pswdesk.services.sign_check import SignCheck

YES_COLOUR = "#1b5e20"
CONCERN_COLOUR = "#8a4b00"
RISK_COLOUR = "#b3261e"
NO_PLAN = str(QT_TRANSLATE_NOOP("SignConfirmation", "No safety plan on record for this client."))

#: The risk levels in lower case, as the title and the heading say them.
LEVEL_WORDS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("SignConfirmation", "none"),
    QT_TRANSLATE_NOOP("SignConfirmation", "low"),
    QT_TRANSLATE_NOOP("SignConfirmation", "moderate"),
    QT_TRANSLATE_NOOP("SignConfirmation", "high"),
    QT_TRANSLATE_NOOP("SignConfirmation", "imminent"),
)

#: The risk actions' short names (``services.sign_check.ACTION_NAMES``), listed for lupdate.
ACTION_WORDS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("SignConfirmation", "Safety plan reviewed"),
    QT_TRANSLATE_NOOP("SignConfirmation", "Support people told"),
    QT_TRANSLATE_NOOP("SignConfirmation", "Crisis protocol followed"),
    QT_TRANSLATE_NOOP("SignConfirmation", "Emergency services involved"),
)


def _local_date(value: dt.date, pattern: str) -> str:
    """A date written the way the windows' language writes it ("Mon 07 Dec 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _concern(sentence: str) -> str:
    return f"<p style='color:{CONCERN_COLOUR}; font-weight:600'>⚠ {html.escape(sentence)}</p>"


def _plan_html(plan: SafetyPlanRow | None) -> str:
    if plan is None:
        return _concern(
            QCoreApplication.translate("SignConfirmation", NO_PLAN)
            + " "
            + QCoreApplication.translate(
                "SignConfirmation",
                "A client at this level of risk should have one; consider asking "
                "the worker to make it with the client.",
            )
        )
    saved = plan.created_at.astimezone()
    version = QCoreApplication.translate("SignConfirmation", "Version {n}, saved {date}").format(
        n=plan.version_no, date=_local_date(saved.date(), "dd MMM yyyy")
    )
    if plan.created_by_name:
        version += QCoreApplication.translate("SignConfirmation", " by {name}").format(
            name=html.escape(plan.created_by_name)
        )
    out = [f"<p style='color:#52606d'>{version}</p>"]
    empty = []
    for _key, english, text in plan.sections():
        heading = heading_text(english)
        if text.strip():
            out.append(f"<p><b>{html.escape(heading)}</b><br>{_text(text)}</p>")
        else:
            empty.append(heading)
    if empty:
        blank = QCoreApplication.translate("SignConfirmation", "Not filled in: {headings}")
        out.append(
            f"<p style='color:#52606d'>{blank.format(headings=html.escape(', '.join(empty)))}</p>"
        )
    return "".join(out)


def confirmation_html(check: SignCheck) -> str:
    """The dialog's body: the note's risk, its risk actions, the next check-in, the plan."""
    if check.risk_level is not None:
        level = vocab_label(check.risk_level)
    else:
        level = translated("Not recorded")
    if check.indicators:
        indicators = ", ".join(check.indicators)  # tags as the worker wrote them
    else:
        indicators = QCoreApplication.translate("SignConfirmation", "none recorded")
    client = QCoreApplication.translate(
        "SignConfirmation", "Client: <b>{client}</b> · note by {author}"
    )
    risk = QCoreApplication.translate("SignConfirmation", "Risk level: {level}")
    shown = QCoreApplication.translate("SignConfirmation", "Indicators: {indicators}")
    parts = [
        "<p>"
        + client.format(
            client=html.escape(check.client_name), author=html.escape(check.author_name)
        )
        + "</p>",
        "<p>"
        + risk.format(level=f"<b style='color:{RISK_COLOUR}'>{html.escape(level)}</b>")
        + "<br>"
        + shown.format(indicators=html.escape(indicators))
        + "</p>",
        "<h3>"
        + QCoreApplication.translate("SignConfirmation", "Risk actions recorded in this note")
        + "</h3>",
    ]
    yes = QCoreApplication.translate("SignConfirmation", "yes")
    not_recorded = QCoreApplication.translate("SignConfirmation", "not recorded")
    lines = []
    for a in check.actions:
        answer = (
            f"<span style='color:{YES_COLOUR}'><b>{yes}</b></span>"
            if a.taken
            else f"<span style='color:{CONCERN_COLOUR}'>{not_recorded}</span>"
        )
        name = QCoreApplication.translate("SignConfirmation", a.name)
        line = QCoreApplication.translate("SignConfirmation", "{action}: {answer}")
        lines.append(line.format(action=html.escape(name), answer=answer))
    parts.append(f"<p style='line-height:140%'>{'<br>'.join(lines)}</p>")
    if check.no_action_taken:
        parts.append(
            _concern(
                QCoreApplication.translate(
                    "SignConfirmation", "No risk action is recorded in this note."
                )
            )
        )
    if check.follow_up_date is not None:
        when = _local_date(check.follow_up_date, "ddd dd MMM yyyy")
        next_check = QCoreApplication.translate("SignConfirmation", "Next check-in: {date}")
        parts.append("<p>" + next_check.format(date=f"<b>{html.escape(when)}</b>") + "</p>")
    else:
        parts.append(
            _concern(QCoreApplication.translate("SignConfirmation", "No next check-in is set."))
        )
    parts.append(
        "<h3>"
        + QCoreApplication.translate("SignConfirmation", "The client's current safety plan")
        + "</h3>"
    )
    parts.append(_plan_html(check.safety_plan))
    return "".join(parts)


class SignConfirmation(QDialog):
    """Confirm the signature of an urgent note after seeing how its risk was handled."""

    def __init__(self, check: SignCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        level = check.risk_level.label.lower() if check.risk_level is not None else "high"
        title = self.tr("Sign a {level}-risk note — {client}")
        heading = self.tr(
            "This note records {level} risk. Check how it was handled before you sign it."
        )
        local = self.tr(level)  # "high", "moderate"…: the level's name in lower case
        self.setWindowTitle(title.format(level=local, client=check.client_name))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading.format(level=local), self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(
            self.tr("The note's risk, its risk actions and the safety plan")
        )
        self.browser.setHtml(confirmation_html(check))
        closing = QLabel(
            self.tr(
                "Signing locks the note and records that you have seen this. "
                "Go back to leave it waiting, or to return it with a comment."
            ),
            self,
        )
        closing.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.sign_button: QPushButton = self.buttons.addButton(
            self.tr("&Approve and sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button: QPushButton = self.buttons.addButton(
            self.tr("&Go back"), QDialogButtonBox.ButtonRole.RejectRole
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
