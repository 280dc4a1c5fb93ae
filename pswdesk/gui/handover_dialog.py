"""The handover dialog: choose a recipient under the client's consent, generate, read, save, print.

It is the one place where a client's information is prepared to leave the
agency, so it shows what the consent covers before anything is made: sections
the consent does not cover cannot be ticked, and without a consent in force the
service refuses unless the user declares an emergency and types why.

The PDF is made off the GUI thread (``produce_handover`` takes a second or
two) into memory, not a temporary file, and shown by ``HandoverPreview``; the
handovers already made are listed by ``HandoverHistory``. The service records
the handover as prepared when it generates, before the user saves or prints
anything, so the record never depends on what happens next; saving or printing
it (``HandoverPreview.left``) records its release, and only then is it a
disclosure. Closing the dialog without either leaves it prepared, not released; the
first try to close says so beside Save and Print (a second closes).

The summary is written in the recipient's language, English or French, chosen
here whatever the language of the screen ("Language of the document", added in
code beside the recipient; it starts at the language last used for that
recipient, as the plan suggests, until the user picks one).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtGui import QCloseEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.errors import PermissionDenied, ValidationError
from pswdesk.gui.changes import Change
from pswdesk.gui.date_fields import date_fields_one_tab_stop
from pswdesk.gui.domain_text import problems_text
from pswdesk.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from pswdesk.gui.handover_history import HandoverHistory
from pswdesk.gui.handover_preview import Generated, HandoverPreview
from pswdesk.gui.handover_wording import consent_state_text, consent_text
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.resources import restyle, set_role
from pswdesk.gui.theme import set_own_sheet
from pswdesk.gui.vocabulary_text import number, translated, vocab_label
from pswdesk.services import handover
from pswdesk.services.access import Actor
from pswdesk.services.consent_rules import SECTION_KEYS, SECTIONS
from pswdesk.services.handover import HandoverPlan, NoActiveConsent, RecipientOption, Release
from pswdesk.vocabulary import DocumentLanguage, ReleaseHow

DEFAULT_DAYS = 90
NOT_COVERED = str(QT_TRANSLATE_NOOP("HandoverDialog", "not covered by consent"))

#: Dialog-local styles: the emergency panel must not look like the ordinary form.
LOCAL_STYLE = """
#emergency_frame {
    background: #fff7ed;
    border: 1px solid #ea580c;
    border-radius: 6px;
}
#settings_scroll, #settings_widget { background: transparent; }
#emergency_note { color: #7c2d12; }
QCheckBox#emergency_check { font-weight: bold; color: #9a3412; }
QLabel[role="section_note"] { color: #616e7c; font-style: italic; }
QPushButton#generate_button[danger="true"] {
    background: #c2410c;
    border: 1px solid #9a3412;
}
QPushButton#generate_button[danger="true"]:hover { background: #9a3412; }
QDateEdit { padding-right: 24px; }
QDateEdit::drop-down {
    subcontrol-origin: border;
    subcontrol-position: top right;
    width: 22px;
    border-left: 1px solid #cbd2d9;
    background: #eef1f4;
    border-top-right-radius: 4px;
    border-bottom-right-radius: 4px;
}
QDateEdit::down-arrow { image: url(:/icons/chevron-down.svg); width: 10px; height: 10px; }
"""


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def default_paper() -> str:
    """US Letter where the locale measures in inches, A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


class HandoverDialog(QDialog):
    """One client's handover: settings on the left, the preview and past handovers on the right."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.client_id, self.client_name = client_id, client_name
        self._closing = False
        self.options: list[RecipientOption] = []
        self.plan: HandoverPlan | None = None
        self.busy = False
        self._plan_generation = 0

        self.setObjectName(f"handover_dialog_{client_id}")
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        date_fields_one_tab_stop(self)  # the period's two dates, one Tab each
        set_own_sheet(self, LOCAL_STYLE)  # dark colours in dark mode
        ui = self.ui
        ui.settings_scroll.viewport().setAutoFillBackground(False)
        self.setWindowTitle(self.tr("Handover summary — {name}").format(name=client_name))
        ui.title_label.setText(self.tr("Handover summary for {name}").format(name=client_name))

        self.section_checks: dict[str, QCheckBox] = {}
        self.section_notes: dict[str, QLabel] = {}
        for i, key in enumerate(SECTION_KEYS):
            check = QCheckBox(translated(SECTIONS[key]), ui.sections_group)
            check.setObjectName(f"section_{key}")
            check.setAccessibleName(translated(SECTIONS[key]))
            check.toggled.connect(self._settings_changed)
            note = QLabel(f"— {self.tr(NOT_COVERED)}", ui.sections_group)
            note.setObjectName(f"section_{key}_note")
            note.setProperty("role", "section_note")
            note.setVisible(False)
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(check)
            row.addWidget(note)
            row.addStretch(1)
            ui.sections_layout.insertLayout(i, row)
            self.section_checks[key] = check
            self.section_notes[key] = note
        previous: QWidget = ui.unreviewed_check
        for check in self.section_checks.values():
            QWidget.setTabOrder(previous, check)
            previous = check
        QWidget.setTabOrder(previous, ui.generate_button)

        self.preview = HandoverPreview(client_name, ui.preview_tab)
        self.preview.setObjectName("handover_preview")
        self.preview.left.connect(self._left)
        #: Releases recorded for the summaries made here (what the tests and the status read).
        self.releases: list[Release] = []
        self._warned_unreleased = False  # closing with a summary not yet saved or printed
        ui.preview_tab_layout.addWidget(self.preview)
        self.history = HandoverHistory(db, actor, client_id, ui.history_tab)
        self.history.setObjectName("handover_history")
        self.history.count_changed.connect(self._show_history_count)
        ui.history_layout.addWidget(self.history)

        ui.paper_combo.addItem("A4", "A4")
        ui.paper_combo.addItem(self.tr("US Letter"), "Letter")
        ui.paper_combo.setCurrentIndex(max(0, ui.paper_combo.findData(default_paper())))
        self.language_combo = self._language_choice()

        today = dt.date.today()
        for edit in (ui.from_date_edit, ui.to_date_edit):
            edit.setMaximumDate(_qdate(today))
        ui.from_date_edit.setDate(_qdate(today - dt.timedelta(days=DEFAULT_DAYS)))
        ui.to_date_edit.setDate(_qdate(today))

        ui.recipient_combo.currentIndexChanged.connect(self._recipient_changed)
        ui.emergency_check.toggled.connect(self._emergency_toggled)
        ui.from_date_edit.dateChanged.connect(self._period_changed)
        ui.to_date_edit.dateChanged.connect(self._period_changed)
        ui.unreviewed_check.toggled.connect(self._settings_changed)
        ui.recipient_name_edit.textChanged.connect(self._settings_changed)
        ui.reason_edit.textChanged.connect(self._reason_changed)
        ui.paper_combo.currentIndexChanged.connect(self._settings_changed)
        self.language_combo.activated.connect(self._language_picked)
        self.language_combo.currentIndexChanged.connect(self._settings_changed)
        ui.generate_button.clicked.connect(self.generate)
        ui.button_box.rejected.connect(self.close)

        ui.recipient_combo.setEnabled(False)
        ui.recipient_combo.addItem(self.tr("Loading the client's consents…"))
        ui.generate_button.setEnabled(False)
        self.resize(1180, 780)
        self._load()

    def _language_choice(self) -> QComboBox:
        """The summary's language, under the recipient (the .ui has no place for it)."""
        ui = self.ui
        label = QLabel(self.tr("Language of the &document"), ui.recipient_group)
        label.setObjectName("language_label")
        combo = QComboBox(ui.recipient_group)
        combo.setObjectName("language_combo")
        for language in DocumentLanguage:  # each named in itself: not translated
            combo.addItem(language.label, language.value)
        combo.setAccessibleName(self.tr("Language of the document"))
        combo.setToolTip(
            self.tr("The summary is written in the recipient's language, whatever the app's.")
        )
        label.setBuddy(combo)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(label)
        row.addWidget(combo)
        row.addStretch(1)
        layout = ui.recipient_layout
        layout.insertLayout(layout.indexOf(ui.emergency_check), row)
        QWidget.setTabOrder(ui.recipient_combo, combo)
        QWidget.setTabOrder(combo, ui.emergency_check)
        #: Set once the user picks a language: the plan's suggestion no longer applies.
        self._language_picked_by_user = False
        return combo

    def _language_picked(self, _index: int) -> None:
        self._language_picked_by_user = True

    @property
    def language(self) -> DocumentLanguage:
        """The language the next summary is written in."""
        return DocumentLanguage(self.language_combo.currentData())

    def set_language(self, language: str) -> None:
        """Choose the summary's language (as the user does with the combo box)."""
        self.language_combo.setCurrentIndex(self.language_combo.findData(str(language)))
        self._language_picked_by_user = True

    # -- loading ----------------------------------------------------------------------------

    @property
    def generated(self) -> Generated | None:
        """The last summary made in this dialog (None before the first)."""
        return self.preview.generated

    def _load(self) -> None:
        db, actor, cid = self.db, self.actor, self.client_id
        Op(self, lambda: handover.recipients(db, actor, cid)).success(
            self._show_recipients
        ).failure(lambda e: self._recipients_failed(error_text(e))).run()
        self.history.load()

    def _show_history_count(self, count: int | None) -> None:
        tabs = self.ui.right_tabs
        title = self.tr("&Handovers already sent") + (f" ({count})" if count is not None else "")
        tabs.setTabText(tabs.indexOf(self.ui.history_tab), title)

    def _recipients_failed(self, message: str) -> None:
        self.ui.recipient_combo.clear()
        self._error(self.ui.recipient_error, message)

    def _show_recipients(self, options: list[RecipientOption]) -> None:
        ui = self.ui
        self.options = options
        combo = ui.recipient_combo
        combo.blockSignals(True)
        combo.clear()
        active = [o for o in options if o.active and o.scope]
        if not active:
            combo.addItem(
                self.tr("No consent in force") if options else self.tr("No consent on record"), None
            )
        model = combo.model()
        for option in options:
            usable = option.active and bool(option.scope)
            combo.addItem(f"{option.recipient} — {consent_state_text(option)}", option.consent_id)
            index = combo.count() - 1
            tip = consent_text(option)
            combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
            if not usable and isinstance(model, QStandardItemModel):
                item = model.item(index)
                item.setEnabled(False)
                reason = self.tr("Cannot be used: the consent {state}.").format(
                    state=consent_state_text(option)
                )
                item.setToolTip(f"{reason}\n{tip}")
        combo.setCurrentIndex(0)
        combo.setEnabled(True)
        combo.blockSignals(False)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

        names = sorted({o.recipient for o in options})
        completer = QCompleter(names, ui.recipient_name_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.recipient_name_edit.setCompleter(completer)

        ui.generate_button.setEnabled(True)
        self._recipient_changed()
        if not active:
            self._error(
                ui.recipient_error,
                self.tr(
                    "No consent to share this client's information is in force. Record the "
                    "client's consent first, or make an emergency disclosure if someone's "
                    "safety cannot wait."
                ),
            )

    # -- the choices ------------------------------------------------------------------------

    def current_option(self) -> RecipientOption | None:
        consent_id = self.ui.recipient_combo.currentData()
        return next((o for o in self.options if o.consent_id == consent_id), None)

    @property
    def emergency(self) -> bool:
        return self.ui.emergency_check.isChecked()

    def _recipient_changed(self, _index: int = 0) -> None:
        self._clear_errors()
        option = self.current_option()
        ui = self.ui
        if option is None:
            ui.consent_label.setText("")
            ui.consent_label.setVisible(False)
        else:
            ui.consent_label.setText(consent_text(option))
            ui.consent_label.setVisible(True)
        if self.emergency and option is not None and not ui.recipient_name_edit.text().strip():
            ui.recipient_name_edit.setText(option.recipient)
        self._apply_sections()
        self._settings_changed()
        self._refresh_plan()

    def _emergency_toggled(self, on: bool) -> None:
        ui = self.ui
        ui.emergency_frame.setVisible(on)
        self._clear_errors()
        option = self.current_option()
        if on:
            if option is not None and not ui.recipient_name_edit.text().strip():
                ui.recipient_name_edit.setText(option.recipient)
            ui.generate_button.setText(self.tr("&Generate emergency disclosure"))
            ui.reason_edit.setFocus()
        else:
            ui.generate_button.setText(self.tr("&Generate summary"))
        ui.generate_button.setProperty("danger", on)
        restyle(ui.generate_button)
        self._apply_sections()
        self._settings_changed()
        self._refresh_plan()

    def _apply_sections(self) -> None:
        """Tick what the consent covers; what it does not cover cannot be ticked.

        In an emergency any section may be shared, and all start ticked: the
        user takes out what the emergency does not need.
        """
        option = self.current_option()
        allowed = set(SECTION_KEYS) if self.emergency else set(option.scope if option else ())
        for key, check in self.section_checks.items():
            ok = key in allowed
            check.blockSignals(True)
            check.setEnabled(ok)
            check.setChecked(ok)
            check.blockSignals(False)
            self.section_notes[key].setVisible(not ok)
            check.setToolTip("" if ok else f"{translated(SECTIONS[key])}: {self.tr(NOT_COVERED)}")

    def chosen_sections(self) -> list[str]:
        return [k for k, c in self.section_checks.items() if c.isEnabled() and c.isChecked()]

    def _period_changed(self, _date: QDate | None = None) -> None:
        self._settings_changed()
        self._refresh_plan()

    def _reason_changed(self) -> None:
        if self.ui.reason_edit.toPlainText().strip():
            self.ui.reason_error.setVisible(False)
        self._settings_changed()

    def _settings_changed(self, *_args: object) -> None:
        """After a summary was made, say that the preview no longer matches the choices."""
        if self.generated is not None and not self.busy:
            self.preview.set_output_status(
                self.tr(
                    "The preview shows the summary generated at {time}. Generate again to "
                    "apply your changes (a new handover is prepared)."
                ).format(time=f"{self.generated.made_at:%H:%M}"),
                error=False,
            )

    def _refresh_plan(self) -> None:
        """Count the contacts in the period (off the GUI thread; the newest request wins)."""
        ui = self.ui
        date_from, date_to = _pydate(ui.from_date_edit.date()), _pydate(ui.to_date_edit.date())
        ui.period_error.setVisible(False)
        if date_from > date_to:
            self._error(ui.period_error, self.tr("The first day is after the last day."))
            ui.contacts_label.setText("")
            return
        option = self.current_option()
        consent_id = option.consent_id if option and option.active and option.scope else None
        self._plan_generation += 1
        generation = self._plan_generation
        db, actor, cid = self.db, self.actor, self.client_id
        Op(
            self, lambda: handover.plan_handover(db, actor, cid, consent_id, date_from, date_to)
        ).success(lambda plan: self._show_plan(generation, plan)).failure(
            lambda e: self._plan_failed(generation, e)
        ).run()

    def _show_plan(self, generation: int, plan: HandoverPlan) -> None:
        if generation != self._plan_generation:
            return
        self.plan = plan
        if not self._language_picked_by_user:
            combo = self.language_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(plan.language.value)))
            combo.blockSignals(False)
        n, extra = plan.approved_contacts, plan.unreviewed_contacts
        if n == 1:
            text = self.tr("{n} approved contact in this period").format(n=number(n))
        else:
            text = self.tr("{n} approved contacts in this period").format(n=number(n))
        if extra:
            text += self.tr("; {n} more not yet reviewed").format(n=number(extra))
        self.ui.contacts_label.setText(text + ".")

    def _plan_failed(self, generation: int, error: Exception) -> None:
        if generation != self._plan_generation:
            return
        self.ui.contacts_label.setText("")
        if isinstance(error, ValidationError) and "date_from" in error.problems:
            self._error(self.ui.period_error, error_text(error))
        # A consent that stopped being in force shows up again when generating.

    # -- generating -------------------------------------------------------------------------

    def generate(self) -> None:
        """Check what the dialog can check itself, then make the PDF off the GUI thread."""
        if self.busy:
            return
        ui = self.ui
        self._clear_errors()
        date_from, date_to = _pydate(ui.from_date_edit.date()), _pydate(ui.to_date_edit.date())
        reason = ui.reason_edit.toPlainText().strip() if self.emergency else ""
        name = " ".join(ui.recipient_name_edit.text().split()) if self.emergency else ""
        option = self.current_option()
        if self.emergency and not reason:
            self._error(
                ui.reason_error,
                self.tr(
                    "Type the reason: an emergency disclosure is only made with one, and your "
                    "supervisors will read it."
                ),
            )
            ui.reason_edit.setFocus()
            return
        if self.emergency and not name:
            self._error(ui.reason_error, self.tr("Say who receives this emergency disclosure."))
            ui.recipient_name_edit.setFocus()
            return
        sections = self.chosen_sections()
        if not sections and (self.emergency or (option is not None and option.active)):
            self._error(ui.sections_error, self.tr("Tick at least one section to share."))
            return
        emergency = self.emergency
        consent_id = None if emergency or option is None else option.consent_id
        paper = str(ui.paper_combo.currentData())
        language = self.language.value
        include = ui.unreviewed_check.isChecked()
        recipient = name if emergency else (option.recipient if option else "")
        db, actor, cid = self.db, self.actor, self.client_id

        def job() -> Generated:
            out = io.BytesIO()
            result = handover.produce_handover(
                db, actor, cid,
                consent_id=consent_id, emergency_reason=reason or None,
                recipient_name=name or None, date_from=date_from, date_to=date_to,
                sections=sections,
                include_unreviewed=include, output=out, paper=paper, language=language,
            )  # fmt: skip
            return Generated(result, out.getvalue(), recipient, paper, dt.datetime.now())

        self._set_busy(True)
        Op(self, job).success(self._generated).failure(self._generate_failed).changes(
            Change.HANDOVER, Change.AUDIT, client_id=cid
        ).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        ui = self.ui
        ui.busy_bar.setVisible(busy)
        ui.settings_widget.setEnabled(not busy)
        ui.generate_button.setEnabled(not busy)
        ui.paper_combo.setEnabled(not busy)
        self.preview.set_actions_enabled(not busy)
        if busy:
            ui.generate_status.setText(
                self.tr("Generating the summary and recording it as prepared…")
            )
            set_role(ui.generate_status, "muted")
            if self.generated is None:
                self.preview.set_placeholder(self.tr("Generating the summary…"))

    def _generated(self, made: Generated) -> None:
        self.preview.show_summary(made)
        self._set_busy(False)
        r = made.result
        pages = self.tr("1 page") if r.pages == 1 else self.tr("{n} pages").format(n=r.pages)
        status = self.tr(
            "Done: {pages}. Read it here, then save or print it: it is a disclosure once "
            "it leaves this dialog."
        ).format(pages=pages)
        if r.emergency:
            status += " " + self.tr(
                "Your supervisors have been told about this emergency disclosure."
            )
        self.ui.generate_status.setText(status)
        set_role(self.ui.generate_status, "muted")
        self.ui.right_tabs.setCurrentWidget(self.ui.preview_tab)
        self.history.load()

    def _generate_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.ui.generate_status.setText("")
        if self.generated is None:
            self.preview.set_placeholder(
                self.tr("Nothing was generated and no disclosure was recorded.")
            )
        message = error_text(error)
        if isinstance(error, NoActiveConsent):
            self._error(self.ui.recipient_error, message)
        elif isinstance(error, ValidationError):
            fields = {
                "date_from": self.ui.period_error,
                "sections": self.ui.sections_error,
                "emergency_reason": self.ui.reason_error,
                "recipient_name": self.ui.reason_error,
            }
            for key, text in problems_text(error.problems).items():
                label = fields.get(key, self.ui.generate_status)
                self._error(label, text[:1].upper() + text[1:])
        elif isinstance(error, PermissionDenied) and "does not cover" in str(error):
            self._error(self.ui.sections_error, message)
        else:
            self._error(self.ui.generate_status, message)

    # -- releasing --------------------------------------------------------------------------

    def _left(self, how: str, path: object) -> None:
        """The summary was saved or printed: record the release (off the GUI thread)."""
        made = self.generated
        if made is None:
            return
        disclosure_id = made.result.disclosure_id
        saved = path if isinstance(path, Path) else None
        db, actor = self.db, self.actor
        Op(self, lambda: handover.release_disclosure(db, actor, disclosure_id, how)).success(
            lambda release: self._released(release, made, saved)
        ).failure(lambda e: self._release_failed(e, saved)).changes(
            Change.HANDOVER, Change.AUDIT, client_id=self.client_id
        ).run()

    def _released(self, release: Release, made: Generated, saved: Path | None) -> None:
        self.releases.append(release)
        if self._closing:
            return
        if saved is not None:
            done = self.tr("Saved to {path}").format(path=saved)
        else:
            done = self.tr("Sent to the printer")
        self.preview.set_output_status(
            self.tr("{done}. Recorded as disclosed to {recipient}.").format(
                done=done, recipient=made.recipient
            ),
            error=False,
        )
        kind = self.tr("EMERGENCY · ") if made.result.emergency else ""
        self.preview.set_info(
            kind
            + self.tr("Disclosure {id} · released ({how}) at {time}").format(
                id=release.disclosure_id,
                how=vocab_label(ReleaseHow(release.how)),
                time=f"{dt.datetime.now():%H:%M}",
            ),
            emergency=made.result.emergency,
        )
        self.history.load()

    def _release_failed(self, error: Exception, saved: Path | None) -> None:
        """A summary that left must be on record: a saved file not recorded is taken back."""
        if saved is not None:
            saved.unlink(missing_ok=True)
            text = self.tr(
                "Not saved: the disclosure could not be recorded ({error}). "
                "Nothing was kept; try again."
            ).format(error=error_text(error))
        else:
            text = self.tr(
                "Printed, but the disclosure could not be recorded ({error}): "
                "it stays on record as prepared only. Tell your supervisor what was printed."
            ).format(error=error_text(error))
        if not self._closing:
            self.preview.set_output_status(text, error=True)

    # -- messages ---------------------------------------------------------------------------

    def _error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        set_role(label, "error")
        label.setVisible(True)

    def _clear_errors(self) -> None:
        ui = self.ui
        for label in (ui.recipient_error, ui.reason_error, ui.period_error, ui.sections_error):
            label.setVisible(False)
        if ui.generate_status.property("role") == "error":
            ui.generate_status.setText("")

    def _unreleased(self) -> bool:
        """A summary was made here and is neither saved nor printed (not yet a disclosure)."""
        made = self.generated
        released = {r.disclosure_id for r in self.releases}
        return made is not None and made.result.disclosure_id not in released

    def closeEvent(self, event: QCloseEvent) -> None:
        owner = self.parentWidget()
        window_closing = owner is not None and bool(getattr(owner.window(), "_closing", False))
        if self._unreleased() and not self._warned_unreleased and not window_closing:
            # Said once, beside Save and Print, without a modal question: a second close
            # closes. The window closing (log out, quit) never waits on it.
            self._warned_unreleased = True
            event.ignore()
            self.ui.right_tabs.setCurrentWidget(self.ui.preview_tab)
            self.preview.set_output_status(
                self.tr(
                    "This summary is not saved or printed yet, so nothing has left the "
                    "agency; it stays listed as prepared. Close again to close without it."
                ),
                error=True,
            )
            return
        self._closing = True  # a summary still being made is recorded, but not shown
        self.preview.close_document()
        super().closeEvent(event)


def show_handover_dialog(
    db: Database, actor: Actor, client_id: int, client_name: str, parent: QWidget
) -> HandoverDialog:
    """Open the client's handover dialog, or bring back the one already open."""
    for child in parent.findChildren(HandoverDialog):
        if child.client_id == client_id and not child._closing:
            child.show()
            child.raise_()
            child.activateWindow()
            return child
    dialog = HandoverDialog(db, actor, client_id, client_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
