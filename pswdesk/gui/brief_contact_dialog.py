"""The quick log of a brief contact: when, how, how long, a line or two, risk if any.

Opened from a client's record ("Log brief contact") or from the main window
(Ctrl+Shift+B) for the caseload's selected client. Fields go in reading order, one
Tab each. A refused save keeps everything typed. A contact at moderate or higher
risk cannot be saved as brief (``services.brief_contacts``): the dialog says so
as soon as such a risk is chosen, and "Write a full note instead" starts a draft
holding what was typed, which opens in the note editor.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.gui.changes import Change
from pswdesk.gui.operations import Op
from pswdesk.gui.record_tabs.common import RED, RecordDialog
from pswdesk.gui.resources import restyle
from pswdesk.gui.vocabulary_text import translated, vocab_label
from pswdesk.services import brief_contacts
from pswdesk.services.access import Actor
from pswdesk.services.brief_contacts import (
    BRIEF_RISKS,
    MAX_MINUTES,
    MAX_TEXT,
    BriefContactInput,
    BriefContactRow,
    FullNoteStarted,
)
from pswdesk.vocabulary import BriefContactType, RiskLevel

#: The risk choices, "None noted" first (stored as no risk level at all).
RISK_CHOICES: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("BriefContactDialog", "None noted")), None),
    *((r.label, r.value) for r in RiskLevel),
)


class _Form:
    """The dialog's widgets, built in code (RecordDialog expects a ``setupUi``)."""

    def setupUi(self, dialog: QDialog) -> None:
        dialog.setObjectName("brief_contact_dialog")
        outer = QVBoxLayout(dialog)
        self.intro_label = QLabel(dialog)
        self.intro_label.setWordWrap(True)
        outer.addWidget(self.intro_label)
        form = QFormLayout()
        self.when_edit = QDateTimeEdit(dialog)
        self.when_edit.setObjectName("when_edit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd MMM yyyy  HH:mm")
        self.when_edit.setAccessibleName(
            QCoreApplication.translate("BriefContactDialog", "Date and time of the contact")
        )
        self.type_combo = QComboBox(dialog)
        self.type_combo.setObjectName("type_combo")
        self.type_combo.setAccessibleName(
            QCoreApplication.translate("BriefContactDialog", "Type of contact")
        )
        for kind in BriefContactType:
            self.type_combo.addItem(vocab_label(kind), kind.value)
        self.minutes_spin = QSpinBox(dialog)
        self.minutes_spin.setObjectName("minutes_spin")
        self.minutes_spin.setRange(0, MAX_MINUTES)
        self.minutes_spin.setSuffix(QCoreApplication.translate("BriefContactDialog", " min"))
        self.minutes_spin.setAccessibleName(
            QCoreApplication.translate("BriefContactDialog", "Minutes")
        )
        self.text_edit = QPlainTextEdit(dialog)
        self.text_edit.setObjectName("text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            QCoreApplication.translate(
                "BriefContactDialog", "One or two lines: what it was about, how they were"
            )
        )
        self.text_edit.setAccessibleName(
            QCoreApplication.translate("BriefContactDialog", "What happened")
        )
        self.text_edit.setFixedHeight(74)
        self.count_label = QLabel(dialog)
        self.count_label.setObjectName("count_label")
        self.risk_combo = QComboBox(dialog)
        self.risk_combo.setObjectName("risk_combo")
        self.risk_combo.setAccessibleName(
            QCoreApplication.translate("BriefContactDialog", "Risk noted")
        )
        for i, (label, value) in enumerate(RISK_CHOICES):
            shown = QCoreApplication.translate("BriefContactDialog", label) if i == 0 else None
            self.risk_combo.addItem(shown or translated(label), value)
        labels = (
            QCoreApplication.translate("BriefContactDialog", "&When"),
            QCoreApplication.translate("BriefContactDialog", "T&ype"),
            QCoreApplication.translate("BriefContactDialog", "&Minutes"),
            QCoreApplication.translate("BriefContactDialog", "What &happened"),
            QCoreApplication.translate("BriefContactDialog", "&Risk"),
        )
        fields: tuple[QWidget, ...] = (
            self.when_edit, self.type_combo, self.minutes_spin, self.text_edit, self.risk_combo,
        )  # fmt: skip
        for name, (title, widget) in zip(
            ("contact_at", "contact_type", "minutes", "text", "risk_level"),
            zip(labels, fields, strict=True),
            strict=True,
        ):
            caption = QLabel(title, dialog)
            caption.setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            if name == "text":
                column.addWidget(self.count_label)
            error = QLabel(dialog)
            error.setObjectName(f"{name}_error")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {RED};")
            error.setVisible(False)
            column.addWidget(error)
            form.addRow(caption, column)
        outer.addLayout(form)
        outer.addStretch(1)  # any height to spare goes below the fields, not into them
        self.error_label = QLabel(dialog)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {RED};")
        self.error_label.setVisible(False)
        outer.addWidget(self.error_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        self.full_note_button = QPushButton(
            QCoreApplication.translate("BriefContactDialog", "Write a &full note instead"), dialog
        )
        self.full_note_button.setObjectName("full_note_button")
        self.full_note_button.setToolTip(
            QCoreApplication.translate(
                "BriefContactDialog",
                "Start a full eight-step note with this date, type, minutes and text",
            )
        )
        self.button_box.addButton(self.full_note_button, QDialogButtonBox.ButtonRole.ActionRole)
        outer.addWidget(self.button_box)


class BriefContactDialog(RecordDialog):
    """Log a brief contact for one client, or correct one (``row``) on the day it was logged."""

    #: A draft was started instead: client id, note id (the window opens it in the editor).
    note_started = Signal(int, int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int,
        client_name: str,
        parent: QWidget | None = None,
        *,
        row: BriefContactRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id, self.row = db, actor, client_id, row
        self.form = _Form()
        self.setup(self.form)
        ui = self.form
        title = self.tr("Correct brief contact") if row else self.tr("Log brief contact")
        self.setWindowTitle(f"{title} — {client_name}")
        ui.intro_label.setText(
            self.tr(
                "A phone call, text or drop-in with <b>{name}</b> that needs no "
                "full note. Moderate or higher risk always needs a full note."
            ).format(name=html.escape(client_name))
        )
        now = QDateTime.currentDateTime()
        ui.when_edit.setMaximumDateTime(now.addSecs(600))
        if row is None:
            ui.when_edit.setDateTime(now)
            ui.minutes_spin.setValue(10)
        else:
            local = row.contact_at.astimezone()
            ui.when_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(local.timestamp())))
            ui.type_combo.setCurrentIndex(max(ui.type_combo.findData(row.contact_type.value), 0))
            ui.minutes_spin.setValue(row.minutes)
            ui.text_edit.setPlainText(row.text)
            value = row.risk_level.value if row.risk_level else None
            ui.risk_combo.setCurrentIndex(max(ui.risk_combo.findData(value), 0))
        # One Tab per field, in reading order; then the buttons.
        order = [ui.when_edit, ui.type_combo, ui.minutes_spin, ui.text_edit, ui.risk_combo]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        ui.text_edit.textChanged.connect(self._update_count)
        ui.risk_combo.currentIndexChanged.connect(lambda _i: self._update_risk())
        ui.full_note_button.clicked.connect(self.write_full_note)
        ui.full_note_button.setVisible(row is None)
        self.announce(Change.CLIENT, Change.NOTE, client_id=client_id)
        self._update_count()
        self._update_risk()
        self._fit()
        (ui.text_edit if row else ui.when_edit).setFocus()

    # -- reading what was typed ---------------------------------------------------------------

    def entry(self) -> BriefContactInput:
        ui = self.form
        when = ui.when_edit.dateTime().toPython()
        assert isinstance(when, dt.datetime)
        return BriefContactInput(
            contact_at=when.replace(second=0, microsecond=0).astimezone(dt.UTC),
            contact_type=str(ui.type_combo.currentData()),
            minutes=ui.minutes_spin.value(),
            text=ui.text_edit.toPlainText(),
            risk_level=ui.risk_combo.currentData(),
        )

    def needs_full_note(self) -> bool:
        value = self.form.risk_combo.currentData()
        return value is not None and RiskLevel(value) not in BRIEF_RISKS

    def _update_count(self) -> None:
        n = len(self.form.text_edit.toPlainText().strip())
        label = self.form.count_label
        label.setText(self.tr("{n} / {max} characters").format(n=n, max=MAX_TEXT))
        label.setStyleSheet(f"color: {RED};" if n > MAX_TEXT else "color: #6b7785;")

    def _update_risk(self) -> None:
        """At moderate or higher: say so at once, and put the full note forward."""
        ui = self.form
        serious = self.needs_full_note()
        error = self._errors["risk_level"]
        error.setText(self._full_note_needed() if serious else "")
        error.setVisible(serious)
        # Save stays pressable (the service's refusal says the same); Enter starts the note.
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        ui.full_note_button.setDefault(serious)
        save.setDefault(not serious)
        for button, primary in ((save, not serious), (ui.full_note_button, serious)):
            button.setProperty("primary", primary)
            restyle(button)
        self._fit()

    def _full_note_needed(self) -> str:
        """``FULL_NOTE_NEEDED`` (the service's refusal) as a sentence, in the windows' language."""
        return self.tr(
            "A contact at moderate or higher risk needs a full note (risk, actions and a "
            'follow-up), not a brief one: choose "Write a full note instead" and what you '
            "typed goes into it."
        )

    def _fit(self) -> None:
        """As tall as the messages shown need (they come and go), 560 px wide at least."""
        self.resize(max(self.width(), 560), self.sizeHint().height())

    # -- saving -------------------------------------------------------------------------------

    def submit(self) -> Callable[[], Any]:
        db, actor, cid, entry = self.db, self.actor, self.client_id, self.entry()
        if self.row is None:
            return lambda: brief_contacts.log_contact(db, actor, cid, entry)
        rid, version = self.row.id, self.row.version
        return lambda: brief_contacts.edit_contact(db, actor, rid, entry, version)

    def _refused(self, error: Exception) -> None:
        super()._refused(error)
        self._fit()
        if isinstance(error, ValidationError) and brief_contacts.needs_full_note(error):
            self.form.full_note_button.setVisible(self.row is None)
            self.form.full_note_button.setFocus()

    def write_full_note(self) -> None:
        if self.saving:
            return
        self.clear_errors()
        db, actor, cid, entry = self.db, self.actor, self.client_id, self.entry()
        self._set_saving(True)
        self.form.full_note_button.setEnabled(False)
        Op(self, lambda: brief_contacts.write_full_note_instead(db, actor, cid, entry)).success(
            self._note_started
        ).failure(self._full_note_refused).changes(Change.CLIENT, Change.NOTE, client_id=cid).busy(
            self
        ).run()

    def _note_started(self, started: FullNoteStarted) -> None:
        self._set_saving(False)
        self.result_row = started
        self.note_started.emit(started.client_id, started.note_id)
        self.saved.emit(started)
        self.accept()

    def _full_note_refused(self, error: Exception) -> None:
        self.form.full_note_button.setEnabled(True)
        self._refused(error)
        self._update_risk()
