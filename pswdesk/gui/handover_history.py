"""The handover dialog's history: the client's accounting of disclosures, newest first.

Seeing what left the agency before (to whom, under which consent, which sections)
is part of deciding what to send now; emergency disclosures stand out in red. A
handover generated but never saved, printed or written out did not leave: it is
listed greyed, as "prepared, not released", and not counted as sent.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from pswdesk.db import Database
from pswdesk.gui.forms.ui_handover_history import Ui_HandoverHistory
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import local_time, short_date
from pswdesk.gui.theme import set_own_sheet
from pswdesk.gui.vocabulary_text import translated, vocab_label
from pswdesk.services import handover
from pswdesk.services.access import Actor
from pswdesk.services.handover import DisclosureRow
from pswdesk.vocabulary import DocumentLanguage

HISTORY_COLUMNS = (
    str(QT_TRANSLATE_NOOP("HandoverHistory", "Sent")),
    str(QT_TRANSLATE_NOOP("HandoverHistory", "By")),
    str(QT_TRANSLATE_NOOP("HandoverHistory", "Recipient")),
    str(QT_TRANSLATE_NOOP("HandoverHistory", "Basis")),
)
BASIS_COLUMN = 3
EMERGENCY_RED = "#b91c1c"
PREPARED_GREY = "#9aa5b1"
NOT_RELEASED = str(QT_TRANSLATE_NOOP("HandoverHistory", "Prepared, not released"))
STYLE = """
#history_details {
    background: #ffffff;
    border: 1px solid #cfd8e0;
    border-radius: 4px;
    padding: 8px;
}
"""


class HandoverHistory(QWidget):
    """The client's past handovers in a table, the selected one in full below it."""

    #: How many handovers left (None while loading): the dialog puts it in the tab.
    count_changed = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id = db, actor, client_id
        self.disclosures: list[DisclosureRow] = []
        self.ui = Ui_HandoverHistory()
        self.ui.setupUi(self)
        set_own_sheet(self, STYLE)
        table = self.ui.history_table
        table.setColumnCount(len(HISTORY_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(title) for title in HISTORY_COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, width in enumerate((155, 120, 240)):
            table.setColumnWidth(i, width)
        table.verticalHeader().setDefaultSectionSize(30)
        table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self.ui.history_details.setVisible(False)
        self.show_rows([], loading=True)

    def load(self) -> None:
        """Read the client's handovers again (after one more was made, say)."""
        db, actor, cid = self.db, self.actor, self.client_id
        Op(self, lambda: handover.client_disclosures(db, actor, cid)).success(
            self.show_rows
        ).failure(lambda e: self.ui.history_label.setText(error_text(e))).run()

    def show_rows(self, rows: list[DisclosureRow], loading: bool = False) -> None:
        ui = self.ui
        self.disclosures = rows
        table = ui.history_table
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            if row.emergency:
                basis = self.tr("Emergency")
            else:
                basis = self.tr("Consent {id}").format(id=row.consent_id)
            sent = local_time(row.released_at) if row.released else self.tr(NOT_RELEASED)
            cells = (sent, row.user_name, row.recipient, basis)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                never_left = self.tr("{text} (prepared, never left)").format(text=text)
                item.setToolTip(text if row.released else never_left)
                if not row.released:
                    item.setForeground(QColor(PREPARED_GREY))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                elif row.emergency and c == BASIS_COLUMN:
                    item.setForeground(QColor(EMERGENCY_RED))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        n = sum(1 for row in rows if row.released)
        self.count_changed.emit(None if loading else n)
        if loading:
            ui.history_label.setText(self.tr("Loading…"))
        elif not rows:
            ui.history_label.setText(self.tr("No handover has been made for this client yet."))
        else:
            ui.history_label.setText(
                self.tr(
                    "What left the agency about this client, newest first; each is also in the "
                    "audit log, and emergency disclosures were flagged to supervisors. Greyed: "
                    "prepared but never saved, printed or written out, so it did not leave."
                )
            )
        if rows:
            table.setCurrentCell(0, 0)
            self._show_details(0)
        else:
            ui.history_details.setVisible(False)

    def _show_details(self, index: int) -> None:
        """The selected handover in full: the table has room for who and when only."""
        label = self.ui.history_details
        if not 0 <= index < len(self.disclosures):
            label.setVisible(False)
            return
        row = self.disclosures[index]
        if row.emergency:
            basis = self.tr("as an emergency disclosure. Reason: {reason}").format(
                reason=row.emergency_reason
            )
        else:
            basis = self.tr("under consent {id}.").format(id=row.consent_id)
        if row.released:
            hows = ", ".join(vocab_label(h) for h in row.released_how)
            lines = [
                self.tr("Sent {when} ({how}) by {user} to {recipient}, {basis}").format(
                    when=local_time(row.released_at),
                    how=hows,
                    user=row.user_name,
                    recipient=row.recipient,
                    basis=basis,
                ),
                self.tr("Prepared {when}.").format(when=local_time(row.created_at)),
            ]
        else:
            lines = [
                self.tr("Prepared {when} by {user} for {recipient}, {basis}").format(
                    when=local_time(row.created_at),
                    user=row.user_name,
                    recipient=row.recipient,
                    basis=basis,
                ),
                self.tr(
                    "Not released: it was never saved, printed or written out, so it did not "
                    "leave the agency."
                ),
            ]
        if row.date_from and row.date_to:
            lines.append(
                self.tr("Contacts from {start} to {end}.").format(
                    start=short_date(row.date_from), end=short_date(row.date_to)
                )
            )
        sections = ", ".join(translated(label) for label in row.section_labels)
        lines.append(self.tr("Sections: {sections}.").format(sections=sections or self.tr("none")))
        lines.append(
            self.tr("Written in {language}.").format(language=DocumentLanguage(row.language).label)
        )
        label.setText("\n".join(lines))
        label.setVisible(True)
