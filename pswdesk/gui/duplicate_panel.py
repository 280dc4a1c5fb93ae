"""The intake dialog's duplicate panel: clients who may already be this person.

Why: registering someone twice splits their notes and plan over two records, and a
worker cannot see other teams' clients to notice. The panel shows what
``duplicates.likely_duplicates`` found for the details typed so far: the clients
the user may see, with their date of birth, status and why they match, each with
an Open button; for clients they may not see, only the sentence telling them to
ask their supervisor. When anything is shown, registering anyway needs the
"This is a different person" tick.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pswdesk.gui.forms.ui_intake_dialog import Ui_IntakeDialog
from pswdesk.gui.resources import restyle
from pswdesk.gui.table_model import short_date
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services.duplicates import DuplicateMatch, DuplicateReport
from pswdesk.vocabulary import ClientStatus

WAITING = (
    "Clients with a close name and the same date of birth, or the same phone or email, "
    "show here as you type."
)
NONE_FOUND = "No client with these details is registered."
ONE_FOUND = "This may be a client who is already registered:"
SOME_FOUND = "These may be clients who are already registered:"
ONLY_HIDDEN = ""  # the hidden-match sentence says it all
TICK_NEEDED = (
    "Open the record that is already there, or tick “This is a different person” "
    "to register them anyway."
)


_TRANSLATABLE: tuple[object, ...] = (  # the sentences above, for pyside6-lupdate
    QT_TRANSLATE_NOOP(
        "DuplicatePanel",
        "Clients with a close name and the same date of birth, or the same phone or email, "
        "show here as you type.",
    ),
    QT_TRANSLATE_NOOP("DuplicatePanel", "No client with these details is registered."),
    QT_TRANSLATE_NOOP("DuplicatePanel", "This may be a client who is already registered:"),
    QT_TRANSLATE_NOOP("DuplicatePanel", "These may be clients who are already registered:"),
    QT_TRANSLATE_NOOP(
        "DuplicatePanel",
        "Open the record that is already there, or tick “This is a different person” "
        "to register them anyway.",
    ),
)


def match_text(match: DuplicateMatch) -> str:
    """One match as rich text: the name in bold, then born, status and why."""
    name = f"<b>{html.escape(match.preferred_name)}</b>"
    if match.legal_name and match.legal_name != match.preferred_name:
        name += f" ({html.escape(match.legal_name)})"
    if match.date_of_birth:
        born = QCoreApplication.translate("DuplicatePanel", "born {date}")
        facts = [born.format(date=short_date(match.date_of_birth))]
    else:
        facts = [QCoreApplication.translate("DuplicatePanel", "no birth date")]
    try:
        facts.append(vocab_label(ClientStatus(match.status)))
    except ValueError:
        facts.append(match.status)
    why = "; ".join(match.reasons)
    return f"{name}<br/>{html.escape(' · '.join(facts))}<br/><i>{html.escape(why)}</i>"


class DuplicatePanel(QObject):
    """Keeps the panel's widgets (in the intake form) in step with the last report."""

    open_client = Signal(int)

    def __init__(self, ui: Ui_IntakeDialog, parent: QWidget, *, confirm: bool = True) -> None:
        """``confirm`` False (editing a record): the panel informs, no tick is asked for."""
        super().__init__(parent)
        self.ui = ui
        self.confirm = confirm
        self.report = DuplicateReport()
        self.rows: list[QFrame] = []
        ui.different_check.toggled.connect(lambda _on: ui.duplicates_error.setVisible(False))
        ui.duplicate_scroll.viewport().setAutoFillBackground(False)
        self.clear()

    # -- what the dialog asks ---------------------------------------------------------------

    @property
    def shown_ids(self) -> tuple[int, ...]:
        return self.report.ids

    @property
    def needs_tick(self) -> bool:
        """Something is shown, and the person has not said it is someone else."""
        return self.confirm and self.report.found and not self.ui.different_check.isChecked()

    @property
    def declared_different(self) -> bool:
        return self.confirm and self.report.found and self.ui.different_check.isChecked()

    def ask_for_tick(self) -> None:
        ui = self.ui
        ui.duplicates_error.setText(QCoreApplication.translate("DuplicatePanel", TICK_NEEDED))
        ui.duplicates_error.setVisible(True)
        ui.different_check.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing a report -------------------------------------------------------------------

    def clear(self) -> None:
        """Nothing checked yet (too little typed to tell anyone apart)."""
        self._show(DuplicateReport(), WAITING)

    def show_report(self, report: DuplicateReport) -> None:
        if not report.found:
            self._show(report, NONE_FOUND)
        elif report.matches:
            self._show(report, ONE_FOUND if len(report.matches) == 1 else SOME_FOUND)
        else:
            self._show(report, ONLY_HIDDEN)

    def _show(self, report: DuplicateReport, status: str) -> None:
        ui = self.ui
        # A different set of matches is a new question: the earlier tick does not carry over.
        if set(report.ids) != set(self.report.ids) or report.hidden != self.report.hidden:
            ui.different_check.setChecked(False)
        self.report = report
        ui.duplicate_status.setText(
            QCoreApplication.translate("DuplicatePanel", status) if status else ""
        )
        ui.duplicate_status.setVisible(bool(status))
        ui.duplicate_panel.setProperty("found", report.found)
        restyle(ui.duplicate_panel)
        for row in self.rows:
            row.deleteLater()
        self.rows = [self._row(match) for match in report.matches]
        layout = ui.duplicate_rows_layout
        for i, row in enumerate(self.rows):
            layout.insertWidget(i, row)
        ui.duplicate_scroll.setVisible(bool(report.matches))
        ui.hidden_label.setVisible(report.hidden > 0)
        ui.different_check.setVisible(self.confirm and report.found)
        if not report.found:
            ui.duplicates_error.setVisible(False)

    def _row(self, match: DuplicateMatch) -> QFrame:
        row = QFrame(self.ui.duplicate_rows)
        row.setObjectName("duplicate_row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 6, 8, 6)
        label = QLabel(match_text(match), row)
        label.setObjectName("duplicate_text")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAccessibleName(f"{match.preferred_name}: {'; '.join(match.reasons)}")
        layout.addWidget(label, 1)
        button = QPushButton("Open", row)
        button.setObjectName("duplicate_open")
        button.setAccessibleName(f"Open {match.preferred_name}'s record")
        button.setToolTip(f"Open {match.preferred_name}'s record (the form stays open)")
        button.clicked.connect(lambda _c=False, cid=match.client_id: self.open_client.emit(cid))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row
