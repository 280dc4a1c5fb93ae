"""Starting the desktop app: open the database, then set-up wizard or login, then the main window.

``run_app`` is what ``pswdesk`` and ``pswdesk demo`` call. ``AppController`` moves
between the windows (log out returns to the login dialog; closing the main
window quits; a login after an administrator's password reset must choose a new
password before the main window opens) and is what the tests drive. Every
database step here (opening it, making demo data, reading the agency, restoring a
backup) runs off the GUI thread through ``Op``. An encrypted database whose key this
computer lacks first asks for the recovery key (``key_prompt``); a file that cannot be
read offers the newest good backup (``damaged_database``). A restore asked for on the
Backup and restore page closes the main window, replaces the database while nothing
has it open, and returns to the login window on the restored one.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from pswdesk.app_logging import start_logging, stop_logging
from pswdesk.db import Database
from pswdesk.demo import create_demo_database, demo_database_path
from pswdesk.display_check import NoDisplay, require_display
from pswdesk.errors import DatabaseDamaged, KeyRequired
from pswdesk.gui.change_password_dialog import ChangePasswordDialog
from pswdesk.gui.crash_dialog import CrashHandler
from pswdesk.gui.damaged_database import DamagedDatabaseDialog
from pswdesk.gui.i18n import install_translations
from pswdesk.gui.key_prompt import KeyPromptDialog
from pswdesk.gui.login_dialog import DemoAccountLike, LoginDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.operations import Op, error_text, wait_for_operations
from pswdesk.gui.qt_platform import create_application
from pswdesk.gui.resources import icon
from pswdesk.gui.screen_fit import ScreenFit
from pswdesk.gui.setup_wizard import SetupWizard
from pswdesk.gui.theme import ThemeChoice, ThemeFollower, apply_theme, saved_choice
from pswdesk.keys import AgencySecret
from pswdesk.services import restore, users
from pswdesk.services.access import Actor
from pswdesk.services.users import AgencyRow

log = logging.getLogger(__name__)

ORGANISATION = "pswdesk"
APPLICATION = "pswdesk"
DEMO_CLIENTS = 30
DEMO_NOTES_PER_CLIENT = 12


def setup_application(app: QApplication) -> None:
    """Names (for QSettings), the Fusion style under our stylesheet, the window icon."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("pswdesk")
    app.setStyle("Fusion")  # the same look on every platform, under the stylesheet
    if app.property("pswdesk_theme") is None:  # once per application object
        app.setProperty("pswdesk_theme", ThemeFollower(app))
        app.installEventFilter(ScreenFit(app))  # windows open fitted to their screen
    theme = app.property("pswdesk_theme")
    apply_theme(app, theme.choice if isinstance(theme, ThemeFollower) else ThemeChoice.SYSTEM)
    app.setWindowIcon(icon("app"))


def use_saved_theme(app: QApplication, settings: QSettings) -> None:
    """Apply the look chosen in Settings (System, Light or Dark)."""
    theme = app.property("pswdesk_theme")
    if isinstance(theme, ThemeFollower):
        theme.set_choice(saved_choice(settings))


class AppController(QObject):
    """Owns the open database and the window currently in front."""

    def __init__(
        self,
        db: Database,
        *,
        settings: QSettings | None = None,
        demo_accounts: Sequence[DemoAccountLike] = (),
        quit_app: Any = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings()
        self.demo_accounts = list(demo_accounts)
        self._quit = quit_app or QApplication.quit
        self.wizard: SetupWizard | None = None
        self.login: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None  # forced after a reset
        self.window: MainWindow | None = None
        self.progress: QProgressDialog | None = None
        self.demo_db: Database | None = None
        self.notice: QMessageBox | None = None  # what a restore did, over the login window

    def start(self) -> None:
        db = self.db
        Op(self, lambda: users.is_initialised(db)).success(
            lambda initialised: self.show_login() if initialised else self.show_wizard()
        ).failure(self._cannot_go_on).busy().run()

    def _cannot_go_on(self, error: Exception) -> None:
        """The database stopped answering between windows: say so, then quit."""
        _fatal("pswdesk cannot reach the database", error_text(error))
        self._quit()

    # -- first run --------------------------------------------------------------------------

    def show_wizard(self) -> None:
        wizard = SetupWizard(self.db)
        wizard.agency_created.connect(self.show_main)
        wizard.demo_requested.connect(self.open_demo)
        wizard.rejected.connect(self._quit)  # cancelled; "demo" finishes with its own code
        self.wizard = wizard
        wizard.show()

    def open_demo(self) -> None:
        """Build a fresh demo database (off the GUI thread) and log in to it instead."""
        path = demo_database_path()
        progress = QProgressDialog("Creating demo data: a fictional agency…", "", 0, 0)
        progress.setWindowTitle("pswdesk demo")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress
        Op(
            self,
            lambda: create_demo_database(
                path, clients=DEMO_CLIENTS, notes_per_client=DEMO_NOTES_PER_CLIENT
            ),
        ).success(self._demo_ready).failure(self._demo_failed).run()

    def _demo_ready(self, info: Any) -> None:
        self._close_progress()
        self.db.dispose()
        self.db = Database(info.url)
        self.demo_db = self.db
        self.demo_accounts = list(info.accounts)
        self.show_login()

    def _demo_failed(self, error: Exception) -> None:
        self._close_progress()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Demo data",
            f"The demo could not be created.\n\n{error_text(error)}",
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.show_wizard())
        box.open()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # -- login and the main window ----------------------------------------------------------

    def show_login(self) -> None:
        self.window = None  # a logged-out window deletes itself on close
        db = self.db
        Op(self, lambda: users.get_agency(db)).success(self._open_login).failure(
            self._cannot_go_on
        ).busy().run()

    def _open_login(self, agency: AgencyRow) -> None:
        accounts = self.demo_accounts if agency.is_demo else []
        dialog = LoginDialog(self.db, agency.name, accounts, demo=agency.is_demo)
        dialog.logged_in.connect(self._logged_in)
        dialog.quit_requested.connect(self._quit)
        self.login = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        log.info("login window shown")  # the bundle smoke test waits for this line

    def _logged_in(self, actor: Actor) -> None:
        """The main window, unless an administrator's reset asks for a new password first."""
        if not actor.must_change_password:
            self.show_main(actor)
            return
        dialog = ChangePasswordDialog(self.db, actor, forced=True)
        dialog.changed.connect(self.show_main)
        dialog.quit_requested.connect(self._quit)
        self.password_dialog = dialog
        self.login = None
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_main(self, actor: Actor) -> None:
        db = self.db
        Op(self, lambda: users.get_agency(db)).success(
            lambda agency: self._open_main(actor, agency)
        ).failure(self._cannot_go_on).busy().run()

    def _open_main(self, actor: Actor, agency: AgencyRow) -> None:
        window = MainWindow(self.db, actor, agency, self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.logged_out.connect(self.show_login)
        window.closed.connect(self._quit)
        window.restore_requested.connect(lambda path: self.restore_backup(path, actor.username))
        self.window = window
        self.login = None
        self.wizard = None
        self.password_dialog = None
        window.show()
        window.raise_()
        window.activateWindow()

    # -- restoring a backup -----------------------------------------------------------------

    def restore_backup(self, backup: Path, actor_name: str | None = None) -> None:
        """Close the database, restore ``backup`` over it (checked first), then ask for a login.

        Refused, the database is as it was: it is opened again and the login says why.
        """
        self.window = None
        url, secret = self.db.url, self.db.secret
        self.db.dispose()
        progress = QProgressDialog("Restoring the backup: checking it, then replacing…", "", 0, 0)
        progress.setWindowTitle("pswdesk")
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress
        Op(self, lambda: _restore_and_open(url, backup, secret, actor_name)).success(
            self._restored
        ).failure(lambda e: self._restore_failed(url, secret, e)).run()

    def _restored(self, result: tuple[Database, restore.RestoreResult]) -> None:
        self._close_progress()
        self.db, outcome = result
        kept = outcome.replaced_kept_as
        where = f" The database it replaced is kept as {kept}." if kept else ""
        self._tell("Backup restored", f"The backup was restored.{where} Log in to carry on.")
        self.show_login()

    def _restore_failed(self, url: str, secret: AgencySecret | None, error: Exception) -> None:
        def reopened(db: Database) -> None:
            self._close_progress()
            self.db = db
            self._tell("Backup not restored", f"{error_text(error)}\n\nThe database is as it was.")
            self.show_login()

        Op(self, lambda: Database(url, secret=secret)).success(reopened).failure(
            self._cannot_go_on
        ).run()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text)
        box.setObjectName("restore_notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()

    def shutdown(self) -> None:
        wait_for_operations()
        self.db.dispose()


def _restore_and_open(
    url: str, backup: Path, secret: AgencySecret | None, actor_name: str | None
) -> tuple[Database, restore.RestoreResult]:
    result = restore.restore(url, backup, secret, actor_name=actor_name)
    return Database(url, secret=secret), result


def _fatal(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.exec()


def run_app(
    db_url: str | None,
    *,
    demo: bool = False,
    demo_accounts: Sequence[DemoAccountLike] | None = None,
) -> int:
    """Run the desktop app until it is closed; returns the process exit code.

    ``demo`` opens a demo database: when it has no agency yet (or no ``db_url`` is
    given) a fresh one is created here, so the login dialog can list its accounts;
    ``demo_accounts`` passes them in when the caller created the database itself.
    """
    if QApplication.instance() is None:
        require_display()  # before Qt, which aborts the process when it finds none
    start_logging()
    app = QApplication.instance() or create_application(sys.argv)
    assert isinstance(app, QApplication)
    setup_application(app)
    use_saved_theme(app, QSettings())  # Settings may force light or dark
    translations = install_translations()  # before any window: English or French (i18n)
    crash_handler = CrashHandler().install()  # unexpected errors: log, save drafts, say so
    app.setQuitOnLastWindowClosed(False)
    given = list(demo_accounts or [])

    def open_database() -> tuple[Database, list[DemoAccountLike]]:
        url, accounts = db_url, given
        if demo and (url is None or not _initialised(url)):
            info = create_demo_database(
                url or demo_database_path(),
                clients=DEMO_CLIENTS,
                notes_per_client=DEMO_NOTES_PER_CLIENT,
            )
            url, accounts = info.url, list(info.accounts)
        return Database(url), accounts

    started: list[AppController] = []

    def opened(result: tuple[Database, list[DemoAccountLike]]) -> None:
        db, accounts = result
        controller = AppController(db, demo_accounts=accounts, quit_app=app.quit)
        started.append(controller)
        controller.start()

    asking: list[QDialog] = []  # the key prompt or the damaged-file dialog, while open

    def failed(error: Exception) -> None:
        if isinstance(error, KeyRequired | DatabaseDamaged):
            dialog: KeyPromptDialog | DamagedDatabaseDialog
            if isinstance(error, KeyRequired):
                dialog = KeyPromptDialog.for_error(db_url, error)
            else:
                dialog = DamagedDatabaseDialog(db_url, error)
            dialog.opened.connect(lambda db: opened((db, given)))
            dialog.quit_requested.connect(app.quit)
            asking.append(dialog)
            dialog.show()
            return
        # A domain error says what is wrong (not ours, too new, unreachable); anything
        # else is logged and described calmly, never with its own text.
        _fatal("pswdesk cannot open the database", error_text(error))
        app.exit(1)

    opener = QObject()
    Op(opener, open_database).success(opened).failure(failed).busy().run()
    try:
        return app.exec()
    finally:
        if started:
            started[0].shutdown()
        else:
            wait_for_operations()
        crash_handler.uninstall()
        translations.remove()
        stop_logging()


def _initialised(db_url: str) -> bool:
    db = Database(db_url)
    try:
        return users.is_initialised(db)
    finally:
        db.dispose()


def main() -> int:
    """``python -m pswdesk.gui.app``: the app on the default database (or PSWDESK_DB)."""
    try:
        return run_app(None)
    except NoDisplay as exc:
        print(f"pswdesk: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
