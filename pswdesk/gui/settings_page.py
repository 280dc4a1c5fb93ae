"""Agency settings (administrators): name and contact details, idle lock, review rules,
who may register and close clients, when a file counts as out of touch, and after how
many days a client at imminent or high risk "needs contact", and the month the fiscal
year starts in (for reports).

Read and saved off the GUI thread; a save announces SETTINGS on the change notice, and
a save made elsewhere is shown here unless this page has unsaved changes. On a PostgreSQL
server the page also keeps the server's password in the keyring (``database_settings``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.gui.changes import Change, Changes, change_notice
from pswdesk.gui.database_settings import DatabaseSettings
from pswdesk.gui.domain_text import problems_text
from pswdesk.gui.forms.ui_settings_page import Ui_SettingsPage
from pswdesk.gui.language_choice import LanguageChoice
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import users
from pswdesk.services.access import Actor
from pswdesk.services.users import AgencyRow
from pswdesk.vocabulary import RiskLevel


def _month_name(month: int) -> str:
    """The month's name: as before in English, in the windows' language otherwise."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return dt.date(2000, month, 1).strftime("%B")
    return locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)


class SettingsPage(QWidget):
    agency_changed = Signal(object)  # AgencyRow

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.setAccessibleName(self.tr("Agency settings"))
        self.agency: AgencyRow | None = None
        self.saving = False
        self.ui.save_button.clicked.connect(self.save)
        self.ui.revert_button.clicked.connect(self.refresh)
        self._add_needs_contact_fields()
        self._add_fiscal_year_field()
        self.database_settings = DatabaseSettings(db, self)  # hidden for an SQLite file
        layout = self.ui.main_layout
        layout.insertWidget(layout.indexOf(self.ui.bottom_spacer), self.database_settings)
        # This computer's language (QSettings), not the agency's: saved when chosen.
        self.language = LanguageChoice(settings if settings is not None else QSettings(), self)
        layout.insertWidget(layout.indexOf(self.ui.bottom_spacer), self.language)
        change_notice().subscribe(self, (Change.SETTINGS,), self._on_change)
        self.refresh()

    def _add_needs_contact_fields(self) -> None:
        """Days an imminent- or high-risk client may go unreached (built here, not in the
        form: the limits are the service's, ``users.NEEDS_CONTACT_DAYS``)."""
        self.needs_contact_spins: dict[str, QSpinBox] = {}
        for key, risk, low, high in users.NEEDS_CONTACT_DAYS:
            spin = QSpinBox(self.ui.rules_group)
            spin.setObjectName(f"{key}_spin")
            spin.setRange(low, high)
            spin.setSuffix(self.tr(" days"))
            risk_text = vocab_label(RiskLevel(risk)).lower()
            spin.setAccessibleName(
                self.tr("Days a client at {risk} risk may go without contact").format(
                    risk=risk_text
                )
            )
            spin.setToolTip(
                self.tr(
                    "A client at {risk} risk with no contact and no follow-up planned within "
                    "this many days is listed as needing contact, for supervisors and on the "
                    "caseload"
                ).format(risk=risk_text)
            )
            text = self.tr("Needs contact, {risk} risk, after").format(risk=risk_text)
            label = QLabel(text, self.ui.rules_group)
            label.setBuddy(spin)
            self.ui.rules_layout.addRow(label, spin)
            self.needs_contact_spins[key] = spin

    def _add_fiscal_year_field(self) -> None:
        """The month the agency's fiscal year starts in, for the reports' fiscal year."""
        combo = QComboBox(self.ui.rules_group)
        combo.setObjectName("fiscal_year_combo")
        for month in range(1, 13):
            combo.addItem(_month_name(month), month)
        combo.setAccessibleName(self.tr("Month the fiscal year starts in"))
        combo.setToolTip(
            self.tr(
                'Reports\' "This fiscal year" and "Last fiscal year" start on the first day '
                "of this month (April for most funders)"
            )
        )
        label = QLabel(self.tr("Fiscal year starts in"), self.ui.rules_group)
        label.setBuddy(combo)
        self.ui.rules_layout.addRow(label, combo)
        self.fiscal_year_combo = combo

    def refresh(self) -> None:
        db = self.db
        Op(self, lambda: users.get_agency(db)).success(self.show_agency).failure(
            lambda e: self._error(error_text(e))
        ).run()

    def _on_change(self, changes: Changes) -> None:
        if changes.origin is self or self.saving:
            return
        if self.agency is None or not self.unsaved():
            self.refresh()

    def unsaved(self) -> dict[str, object]:
        """The settings changed on the page and not saved yet."""
        if self.agency is None:
            return {}
        return {k: v for k, v in self.values().items() if getattr(self.agency, k) != v}

    def focus_search(self) -> bool:
        self.ui.name_edit.setFocus()
        return False

    def show_agency(self, a: AgencyRow) -> None:
        self.agency = a
        ui = self.ui
        ui.name_edit.setText(a.name)
        ui.phone_edit.setText(a.phone)
        ui.email_edit.setText(a.email)
        ui.address_edit.setPlainText(a.address)
        ui.idle_spin.setValue(a.idle_lock_minutes)
        ui.late_spin.setValue(a.late_entry_hours)
        ui.referral_spin.setValue(a.referral_stale_days)
        ui.failed_spin.setValue(a.max_failed_logins)
        ui.self_approval_check.setChecked(a.allow_self_approval)
        ui.see_all_check.setChecked(a.supervisors_see_all_clients)
        ui.no_contact_spin.setValue(a.no_contact_days)
        ui.workers_register_check.setChecked(a.workers_may_register_clients)
        ui.workers_close_check.setChecked(a.workers_may_close_clients)
        for key, spin in self.needs_contact_spins.items():
            spin.setValue(getattr(a, key))
        self.fiscal_year_combo.setCurrentIndex(a.fiscal_year_start_month - 1)
        ui.error_label.setVisible(False)

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "name": ui.name_edit.text().strip(),
            "phone": ui.phone_edit.text().strip(),
            "email": ui.email_edit.text().strip(),
            "address": ui.address_edit.toPlainText().strip(),
            "idle_lock_minutes": ui.idle_spin.value(),
            "late_entry_hours": ui.late_spin.value(),
            "referral_stale_days": ui.referral_spin.value(),
            "max_failed_logins": ui.failed_spin.value(),
            "allow_self_approval": ui.self_approval_check.isChecked(),
            "supervisors_see_all_clients": ui.see_all_check.isChecked(),
            "no_contact_days": ui.no_contact_spin.value(),
            "workers_may_register_clients": ui.workers_register_check.isChecked(),
            "workers_may_close_clients": ui.workers_close_check.isChecked(),
            **{key: spin.value() for key, spin in self.needs_contact_spins.items()},
            "fiscal_year_start_month": int(self.fiscal_year_combo.currentData()),
        }

    def save(self) -> None:
        if self.agency is None or self.saving:
            return
        changed = self.unsaved()
        if not changed:
            self.ui.status_label.setText(self.tr("Nothing to save: no setting was changed."))
            return
        db, actor, version = self.db, self.actor, self.agency.version
        self._set_saving(True)
        Op(self, lambda: users.update_agency(db, actor, version, **changed)).success(
            self._saved
        ).failure(self._refused).changes(Change.SETTINGS).busy(self).run()

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.ui.save_button.setEnabled(not saving)
        self.ui.revert_button.setEnabled(not saving)

    def _saved(self, saved: AgencyRow) -> None:
        self._set_saving(False)
        self.show_agency(saved)
        self.ui.status_label.setText(
            self.tr("Saved at {time}.").format(time=f"{dt.datetime.now():%H:%M}")
        )
        self.agency_changed.emit(saved)

    def _refused(self, error: Exception) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationError):
            shown = problems_text(error.problems).values()
            self._error("\n".join(m[:1].upper() + m[1:] for m in shown))
            return
        self._error(error_text(error))

    def _error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)
