"""What the client's follow-ups panel and the "Follow-ups due" list share: the due
text with days overdue, the dialog that closes a follow-up with an outcome or
reschedules it, and the one that gives it to someone else in the team.

Both dialogs are built in code (small, and used from two places); they save
through ``RecordDialog``, so a refusal shows next to its field and keeps what was
typed. The Undo the callers offer after a close is ``undo_call``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.record_tabs.common import RecordDialog, from_qdate, one_line, to_qdate
from pswdesk.gui.table_model import short_date
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import followups
from pswdesk.services.access import Actor
from pswdesk.services.followups import FollowUpRow, OwnerChoice
from pswdesk.vocabulary import FollowUpOutcome


def overdue_text(row: FollowUpRow, today: dt.date | None = None) -> str:
    """ "3 days overdue", "1 day overdue", "today" or "" (done, or not due yet)."""
    if row.done_at is not None:
        return ""
    if row.days_overdue > 0:
        n = row.days_overdue
        if n == 1:
            return QCoreApplication.translate("FollowUpActions", "1 day overdue")
        return QCoreApplication.translate("FollowUpActions", "{n} days overdue").format(n=n)
    if row.due_date == (today or dt.date.today()):
        return QCoreApplication.translate("FollowUpActions", "today")
    return ""


def due_text(row: FollowUpRow) -> str:
    """The due date, with how late it is: "28 Nov 2026  (3 days overdue)"."""
    late = overdue_text(row)
    return f"{short_date(row.due_date)}  ({late})" if late else short_date(row.due_date)


def outcome_text(row: FollowUpRow) -> str:
    """How a closed follow-up ended, for the Done column."""
    if row.done_at is None:
        return ""
    when = short_date(row.done_at)
    if row.outcome is not None:
        label = vocab_label(row.outcome)
    else:
        label = QCoreApplication.translate("FollowUpActions", "Done")
    return f"{label}, {when}"


def undo_call(db: Database, actor: Actor, follow_up_id: int) -> Callable[[], FollowUpRow]:
    return lambda: followups.undo_follow_up(db, actor, follow_up_id)


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A form label whose Alt+letter moves to its field."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


#: How ``followups`` describes the check-in a note planned; stored so, in English.
_PLANNED = re.compile(r"Check-in planned in the note of (\d{2} [A-Z][a-z]{2} \d{4})")


def follow_up_text(description: str) -> str:
    """A follow-up's description as the windows show it: typed words as typed; the one
    the app wrote for a note's planned check-in in the windows' language."""
    match = _PLANNED.fullmatch(description.strip())
    if match is None:
        return description
    try:
        day = dt.datetime.strptime(match.group(1), "%d %b %Y").date()
    except ValueError:  # another locale's month name: shown as stored
        return description
    return QCoreApplication.translate("FollowUps", "Check-in planned in the note of {date}").format(
        date=short_date(day)
    )


class _OutcomeForm:
    """The outcome dialog's widgets (what a compiled .ui form would give)."""

    def setupUi(self, dialog: QDialog) -> None:
        dialog.setWindowTitle(QCoreApplication.translate("FollowUpActions", "Follow-up done"))
        dialog.setModal(True)
        layout = QVBoxLayout(dialog)
        layout.setSpacing(10)
        self.about_label = QLabel()
        self.about_label.setWordWrap(True)
        layout.addWidget(self.about_label)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.outcome_group = QButtonGroup(dialog)
        box = QVBoxLayout()
        box.setSpacing(4)
        self.outcome_buttons: dict[FollowUpOutcome, QRadioButton] = {}
        keys = {
            "reached": QCoreApplication.translate("FollowUpActions", "&Reached"),
            "no_answer": QCoreApplication.translate("FollowUpActions", "&No answer"),
            "message": QCoreApplication.translate("FollowUpActions", "&Left a message"),
            "rescheduled": QCoreApplication.translate("FollowUpActions", "Re&scheduled to"),
        }
        for outcome in FollowUpOutcome:
            button = QRadioButton(keys[outcome.value])
            button.setAccessibleName(
                QCoreApplication.translate("FollowUpActions", "Outcome: {outcome}").format(
                    outcome=vocab_label(outcome)
                )
            )
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            box.addWidget(button)
        self.due_date_edit = QDateEdit()
        self.due_date_edit.setCalendarPopup(True)
        self.due_date_edit.setDisplayFormat("d MMM yyyy")
        self.due_date_edit.setAccessibleName(
            QCoreApplication.translate("FollowUpActions", "New due date")
        )
        box.addWidget(self.due_date_edit)
        self.due_date_error = _error_label("due_date_error")
        box.addWidget(self.due_date_error)
        self.outcome_error = _error_label("outcome_error")
        box.addWidget(self.outcome_error)
        form.addRow(QCoreApplication.translate("FollowUpActions", "Outcome"), box)
        self.comment_edit = QLineEdit()
        self.comment_edit.setMaxLength(followups.MAX_OUTCOME_NOTE)
        self.comment_edit.setPlaceholderText(
            QCoreApplication.translate("FollowUpActions", "Optional: a few words on how it went")
        )
        self.comment_edit.setAccessibleName(
            QCoreApplication.translate("FollowUpActions", "Comment on the outcome")
        )
        comment = QVBoxLayout()
        comment.addWidget(self.comment_edit)
        self.outcome_note_error = _error_label("outcome_note_error")
        comment.addWidget(self.outcome_note_error)
        form.addRow(
            buddy_label(
                QCoreApplication.translate("FollowUpActions", "&Comment"), self.comment_edit
            ),
            comment,
        )
        self.error_label, self.button_box = _finish(layout, form)


class OutcomeDialog(RecordDialog):
    """Close a follow-up: reached, no answer, left a message, or rescheduled to a date.

    ``closed_id`` is the follow-up this closes (what an Undo takes back), whichever
    was chosen; the row saved is the new follow-up after a reschedule.
    """

    def __init__(
        self, db: Database, actor: Actor, row: FollowUpRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.row = db, actor, row
        self.closed_id = row.id
        self.form = _OutcomeForm()
        self.setup(self.form)
        ui = self.form
        ui.about_label.setText(
            self.tr("{client}: {what} (due {date})").format(
                client=row.client_name,
                what=one_line(follow_up_text(row.description))[:80],
                date=short_date(row.due_date),
            )
        )
        today = to_qdate(dt.date.today())
        ui.due_date_edit.setMinimumDate(today)
        ui.due_date_edit.setDate(to_qdate(max(row.due_date, dt.date.today())).addDays(7))
        ui.outcome_buttons[FollowUpOutcome.REACHED].setChecked(True)
        ui.outcome_group.buttonToggled.connect(lambda _b, _on: self._update())
        self._update()
        self.resize(460, self.sizeHint().height())

    def choose(self, outcome: FollowUpOutcome) -> None:
        self.form.outcome_buttons[outcome].setChecked(True)

    def outcome(self) -> FollowUpOutcome:
        for outcome, button in self.form.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return FollowUpOutcome.REACHED

    def _update(self) -> None:
        self.form.due_date_edit.setEnabled(self.outcome() == FollowUpOutcome.RESCHEDULED)

    def submit(self) -> Callable[[], FollowUpRow]:
        db, actor, fid = self.db, self.actor, self.row.id
        outcome, comment = self.outcome(), self.form.comment_edit.text()
        if outcome == FollowUpOutcome.RESCHEDULED:
            due = from_qdate(self.form.due_date_edit)
            return lambda: followups.reschedule_follow_up(db, actor, fid, due, comment)
        return lambda: followups.complete_follow_up(db, actor, fid, outcome, comment)


def closed_message(dialog: OutcomeDialog, row: FollowUpRow, *, who: bool = False) -> str:
    """What the panel (or, with ``who``, the list) says after a close, beside its Undo."""
    name = f"{row.client_name}, " if who else ""
    if row.id != dialog.closed_id:  # the successor a reschedule opened
        return QCoreApplication.translate(
            "FollowUpActions", "Rescheduled: {name}now due {date}."
        ).format(name=name, date=short_date(row.due_date))
    if row.outcome is not None:
        label = vocab_label(row.outcome).lower()
    else:
        label = QCoreApplication.translate("FollowUpActions", "done")
    what = row.client_name if who else one_line(follow_up_text(row.description))[:50]
    return QCoreApplication.translate("FollowUpActions", "Done: {what} ({outcome}).").format(
        what=what, outcome=label
    )


class _OwnerForm:
    def setupUi(self, dialog: QDialog) -> None:
        dialog.setWindowTitle(
            QCoreApplication.translate("FollowUpActions", "Give the follow-up to")
        )
        dialog.setModal(True)
        layout = QVBoxLayout(dialog)
        form = QFormLayout()
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(QCoreApplication.translate("FollowUpActions", "Owner"))
        owner = QVBoxLayout()
        owner.addWidget(self.owner_combo)
        self.owner_id_error = _error_label("owner_id_error")
        owner.addWidget(self.owner_id_error)
        form.addRow(
            buddy_label(QCoreApplication.translate("FollowUpActions", "&Owner"), self.owner_combo),
            owner,
        )
        self.error_label, self.button_box = _finish(layout, form)


def _finish(layout: QVBoxLayout, form: QFormLayout) -> tuple[QLabel, QDialogButtonBox]:
    """The form, the dialog's general error line and Save / Cancel, as RecordDialog expects."""
    layout.addLayout(form)
    error = _error_label("error_label")
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    layout.addWidget(buttons)
    return error, buttons


def fill_owners(combo: QComboBox, choices: list[OwnerChoice], current: int | None, me: int) -> None:
    """The team members who may own the follow-up, the chosen one selected."""
    combo.clear()
    for c in choices:
        if c.id == me:
            who = QCoreApplication.translate("FollowUpActions", "me")
        elif c.is_supervisor:
            who = QCoreApplication.translate("FollowUpActions", "supervisor")
        else:
            who = ""
        combo.addItem(f"{c.name} ({who})" if who else c.name, c.id)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))


def load_owners(
    parent: QWidget, db: Database, actor: Actor, client_id: int, combo: QComboBox,
    current: int | None, on_error: Callable[[str], None],
) -> None:  # fmt: skip
    """Fill ``combo`` off the GUI thread with who may own this client's follow-ups."""
    Op(parent, lambda: followups.owner_choices(db, actor, client_id)).success(
        lambda choices: fill_owners(combo, choices, current, actor.id)
    ).failure(lambda e: on_error(error_text(e))).run()


class OwnerDialog(RecordDialog):
    """Give an open follow-up to anyone in the team who may open the client."""

    def __init__(
        self, db: Database, actor: Actor, row: FollowUpRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.row = db, actor, row
        self.form = _OwnerForm()
        self.setup(self.form)
        load_owners(
            self, db, actor, row.client_id, self.form.owner_combo, row.owner_id, self.show_general
        )
        self.resize(380, self.sizeHint().height())

    def submit(self) -> Callable[[], FollowUpRow]:
        db, actor, fid = self.db, self.actor, self.row.id
        chosen = self.form.owner_combo.currentData()
        owner = self.row.owner_id if chosen is None else int(chosen)  # None: still loading
        return lambda: followups.reassign_follow_up(db, actor, fid, owner)
