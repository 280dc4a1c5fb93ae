"""First run: the database has no agency yet, so name it and create the first administrator.

An encrypted database then shows its recovery key once, on the last page
(``recovery_key_page``); Finish waits until the administrator ticks that it is
stored somewhere safe. A demo database, a server and an older plain file skip it.

The wizard can also hand over to a separate demo database instead ("just
looking?"), leaving this one empty for the real agency later. Creating the agency
(which hashes the password with Argon2) runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.gui.changes import Change
from pswdesk.gui.domain_text import problems_text
from pswdesk.gui.forms.ui_setup_wizard import Ui_SetupWizard
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.recovery_key_page import RecoveryKeyPage, shows_recovery_key
from pswdesk.gui.resources import icon, restyle
from pswdesk.services import users
from pswdesk.services.access import Actor

DEMO_CHOSEN = 2  # the wizard's result code when the user picked the demo data


def _describe(url: str) -> str:
    """The database for the welcome page, without any password in the URL."""
    scheme, _, rest = url.partition("://")
    if scheme.startswith("sqlite"):
        return QCoreApplication.translate("SetupWizard", "a file on this computer, %1").replace(
            "%1", rest[1:]
        )  # sqlite:///<path>
    place = rest.rpartition("@")[2]  # drop user:password@
    host, _, name = place.partition("/")
    return (
        QCoreApplication.translate("SetupWizard", "the server %1, database %2")
        .replace("%1", host or "localhost")
        .replace("%2", name.partition("?")[0])
    )


class SetupWizard(QWizard):
    agency_created = Signal(object)  # the first administrator's Actor
    demo_requested = Signal()

    def __init__(
        self, db: Database, demo_available: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.creating = False  # the agency is being created
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        ui = self.ui
        ui.database_label.setText(self.tr("Database: %1").replace("%1", _describe(db.url)))
        ui.demo_group.setVisible(demo_available)
        ui.demo_button.clicked.connect(self.on_demo_button_clicked)
        ui.agency_page.registerField("agency_name*", ui.agency_name_edit)
        ui.admin_page.registerField("full_name*", ui.full_name_edit)
        ui.admin_page.registerField("username*", ui.username_edit)
        ui.admin_page.registerField("password*", ui.password_edit)
        ui.admin_page.registerField("confirm*", ui.confirm_edit)
        for edit in (ui.username_edit, ui.password_edit, ui.confirm_edit, ui.full_name_edit):
            edit.textEdited.connect(lambda _t: ui.error_label.setVisible(False))
        self.shows_key = shows_recovery_key(db)
        self.key_page: RecoveryKeyPage | None = None
        if self.shows_key:
            # The agency is created on leaving the administrator page; no way back after.
            ui.admin_page.setCommitPage(True)
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create agency"))
            ui.key_page.registerField("key_stored*", ui.stored_check)
            self.key_page = RecoveryKeyPage(self, ui, db)
        else:
            self.removePage(self.pageIds()[-1])
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create agency"))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        ):
            self.button(which).setProperty("primary", True)
            restyle(self.button(which))

    def on_demo_button_clicked(self) -> None:
        self.demo_requested.emit()
        self.done(DEMO_CHOSEN)

    def validateCurrentPage(self) -> bool:
        """The last page creates the agency (off the GUI thread): Finish starts it and the
        wizard finishes when it is done; a refusal keeps the wizard open with the reason."""
        if self.currentPage() is not self.ui.admin_page:
            return super().validateCurrentPage()
        if self.actor is not None:
            return True
        ui = self.ui
        if self.creating:
            return False
        if ui.password_edit.text() != ui.confirm_edit.text():
            self._error(self.tr("The two passwords are not the same."))
            ui.confirm_edit.setFocus()
            return False
        db = self.db
        agency, username = ui.agency_name_edit.text(), ui.username_edit.text()
        full_name, password = ui.full_name_edit.text(), ui.password_edit.text()
        self._set_creating(True)
        Op(self, lambda: users.initialise(db, agency, username, full_name, password)).success(
            self._created
        ).failure(self._refused).changes(Change.SETTINGS, Change.USER).busy(self).run()
        return False

    def create_button(self) -> QPushButton:
        """The button that creates the agency: Commit before the key page, else Finish."""
        which = (
            QWizard.WizardButton.CommitButton
            if self.shows_key
            else QWizard.WizardButton.FinishButton
        )
        button = self.button(which)
        assert isinstance(button, QPushButton)
        return button

    def _set_creating(self, creating: bool) -> None:
        self.creating = creating
        self.button(QWizard.WizardButton.BackButton).setEnabled(not creating)
        create = self.create_button()
        create.setEnabled(not creating)
        create.setText(self.tr("Creating…") if creating else self.tr("Create agency"))

    def _created(self, actor: Actor) -> None:
        self._set_creating(False)
        self.actor = actor
        if self.key_page is not None:
            self.key_page.show_for(actor, self.ui.agency_name_edit.text().strip())
            self.setOption(QWizard.WizardOption.NoCancelButton, True)  # see reject()
            self.next()  # to the recovery key; Finish waits for the tick
            return
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_creating(False)
        if isinstance(error, ValidationError):
            shown = problems_text(error.problems).values()
            self._error("\n".join(m[:1].upper() + m[1:] for m in shown))
            return
        self._error(error_text(error))

    def _error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(True)

    def reject(self) -> None:
        if self.actor is not None and self.key_page is not None:
            # The agency exists; the key is shown only here, so the page is not skipped.
            self.key_page.ask_for_tick()
            return
        super().reject()

    def accept(self) -> None:
        super().accept()
        if self.actor is not None:
            self.agency_created.emit(self.actor)
