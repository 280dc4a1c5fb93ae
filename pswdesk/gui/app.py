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

Start-up (docs/ARCHITECTURE.md, Start-up): ``run_app`` shows the login window before
the database stack is imported. This module and what it imports at the top are Qt,
the theme and the translations only; SQLAlchemy, the services and the other windows
are imported where they are used, the database is opened and checked on the thread
pool, and the main window's code loads there too while the person logs in.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from pswdesk.display_check import NoDisplay, require_display
from pswdesk.errors import DatabaseDamaged, KeyRequired
from pswdesk.gui.i18n import install_translations
from pswdesk.gui.login_dialog import DemoAccountLike, LoginDialog
from pswdesk.gui.operations import Op, error_text, wait_for_operations
from pswdesk.gui.qt_platform import create_application
from pswdesk.gui.resources import icon
from pswdesk.gui.screen_fit import ScreenFit
from pswdesk.gui.theme import ThemeChoice, ThemeFollower, apply_theme, saved_choice

if TYPE_CHECKING:
    from pswdesk.db import Database
    from pswdesk.gui.change_password_dialog import ChangePasswordDialog
    from pswdesk.gui.crash_dialog import CrashHandler
    from pswdesk.gui.main_window import MainWindow
    from pswdesk.gui.setup_wizard import SetupWizard
    from pswdesk.keys import AgencySecret
    from pswdesk.services import restore
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
    """Owns the open database and the window currently in front.

    ``login`` is the login window ``run_app`` showed while the database opened; the
    controller makes it ready (``LoginDialog.database_ready``) instead of opening another.
    """

    def __init__(
        self,
        db: Database,
        *,
        settings: QSettings | None = None,
        demo_accounts: Sequence[DemoAccountLike] = (),
        quit_app: Any = None,
        login: LoginDialog | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings()
        self.demo_accounts = list(demo_accounts)
        self._quit = quit_app or QApplication.quit
        self.wizard: SetupWizard | None = None
        self.login: LoginDialog | None = login
        self.password_dialog: ChangePasswordDialog | None = None  # forced after a reset
        self.window: MainWindow | None = None
        self.frame: MainWindow | None = None  # the next main window, built during a login
        self.agency: AgencyRow | None = None  # as last read
        self.progress: QProgressDialog | None = None
        self.demo_db: Database | None = None
        self.notice: QMessageBox | None = None  # what a restore did, over the login window
        self._code: Op[None] | None = None  # the main window's modules, loading in the background
        self._code_loaded = False  # and they have

    def start(self) -> None:
        db = self.db
        Op(self, lambda: _is_initialised(db)).success(
            lambda initialised: self.show_login() if initialised else self.show_wizard()
        ).failure(self._cannot_go_on).busy().run()

    def _cannot_go_on(self, error: Exception) -> None:
        """The database stopped answering between windows: say so, then quit."""
        _fatal("pswdesk cannot reach the database", error_text(error))
        self._quit()

    # -- first run --------------------------------------------------------------------------

    def show_wizard(self) -> None:
        from pswdesk.gui.setup_wizard import SetupWizard

        self._drop_login()  # the one shown while the database opened: there is no agency
        wizard = SetupWizard(self.db)
        wizard.agency_created.connect(self.show_main)
        wizard.demo_requested.connect(self.open_demo)
        wizard.rejected.connect(self._quit)  # cancelled; "demo" finishes with its own code
        self.wizard = wizard
        wizard.show()

    def open_demo(self) -> None:
        """Build a fresh demo database (off the GUI thread) and log in to it instead."""
        from pswdesk.demo import create_demo_database, demo_database_path

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
        from pswdesk.db import Database

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
        Op(self, lambda: _agency(db)).success(self._open_login).failure(
            self._cannot_go_on
        ).busy().run()

    def _open_login(self, agency: AgencyRow) -> None:
        self.agency = agency
        accounts = self.demo_accounts if agency.is_demo else []
        dialog = self.login
        if dialog is not None and dialog.opening:  # shown by run_app, already taking typing
            # Connected first: a login typed while the database opened is checked at once.
            self._follow_login(dialog)
            dialog.database_ready(self.db, agency.name, accounts, demo=agency.is_demo)
        else:
            dialog = LoginDialog(self.db, agency.name, accounts, demo=agency.is_demo)
            dialog.quit_requested.connect(self._quit)
            self._follow_login(dialog)
        self.login = dialog
        _bring_up(dialog)
        # The database is open and checked: the bundle smoke test waits for this line.
        log.info("login window shown")
        self._load_main_window_code()

    def _follow_login(self, dialog: LoginDialog) -> None:
        dialog.logged_in.connect(self._logged_in)
        dialog.check_started.connect(self._prepare_main)

    def _drop_login(self) -> None:
        """Hide and delete the login window (hidden, it does not ask to quit)."""
        dialog, self.login = self.login, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def _load_main_window_code(self) -> None:
        """Import the main window's modules on the thread pool while the person logs in."""
        if self._code is None:
            self._code = (
                Op(self, _import_main_window)
                .success(self._main_window_code_loaded)
                .failure(_load_failed)
            )
            self._code.run()

    def _main_window_code(self) -> None:
        """Wait for that import, so the GUI thread never imports beside it."""
        if self._code is not None:
            self._code.wait()

    def _prepare_main(self) -> None:
        """The main window's frame, built on the GUI thread while the password check
        runs on the thread pool (argon2 leaves the GIL to it); kept for the next try if
        the password was wrong. Only once the main window's code has loaded: the GUI
        thread never imports beside the thread pool (a check started while the code
        still loads gets its frame when it has, if the check is still on)."""
        if self.frame is not None or not self._code_loaded:
            return
        from pswdesk.gui.main_window import MainWindow

        self.frame = MainWindow(self.db, None, settings=self.settings)

    def _main_window_code_loaded(self, _none: None) -> None:
        self._code_loaded = True
        # While the name and password are typed: the first caseload's statements.
        # Nothing to show either way: a failure is the caseload's own to report.
        db = self.db
        Op(self, lambda: _prepare_caseload(db)).failure(lambda _e: None).run()
        if self.login is not None and self.login.checking and self.login.unlock_for is None:
            self._prepare_main()

    def _logged_in(self, actor: Actor) -> None:
        """The main window, unless an administrator's reset asks for a new password first."""
        if not actor.must_change_password:
            self.show_main(actor)
            return
        self._main_window_code()
        from pswdesk.gui.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.db, actor, forced=True)
        dialog.changed.connect(self.show_main)
        dialog.quit_requested.connect(self._quit)
        self.password_dialog = dialog
        self.login = None
        _bring_up(dialog)

    def show_main(self, actor: Actor) -> None:
        """The main window at once with the agency as the login window read it; read
        again beside the first view, in case an administrator changed it since."""
        db = self.db
        if self.agency is not None:
            self._open_main(actor, self.agency)
            # The window already has the login's read; a failure here changes nothing.
            Op(self, lambda: _agency(db)).success(self._agency_read).failure(
                lambda e: log.info("the agency was not read again after login: %s", e)
            ).run()
            return
        Op(self, lambda: _agency(db)).success(
            lambda agency: self._open_main(actor, agency)
        ).failure(self._cannot_go_on).busy().run()

    def _agency_read(self, agency: AgencyRow) -> None:
        self.agency = agency
        if self.window is not None and agency != self.window.agency:
            self.window.apply_agency(agency)

    def _open_main(self, actor: Actor, agency: AgencyRow) -> None:
        self._main_window_code()
        from pswdesk.gui.main_window import MainWindow

        window, self.frame = self.frame, None
        if window is None:
            window = MainWindow(self.db, None, settings=self.settings)
        window.start(self.db, actor, agency)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.logged_out.connect(self.show_login)
        window.closed.connect(self._quit)
        window.restore_requested.connect(lambda path: self.restore_backup(path, actor.username))
        self.window = window
        self.login = None
        self.wizard = None
        self.password_dialog = None
        _bring_up(window)

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
        from pswdesk.db import Database

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
        frame, self.frame = self.frame, None
        if frame is not None and shiboken6.isValid(frame):
            shiboken6.delete(frame)  # built for a login that never came: never shown
        self.db.dispose()


def _restore_and_open(
    url: str, backup: Path, secret: AgencySecret | None, actor_name: str | None
) -> tuple[Database, restore.RestoreResult]:
    from pswdesk.db import Database
    from pswdesk.services import restore

    result = restore.restore(url, backup, secret, actor_name=actor_name)
    return Database(url, secret=secret), result


# On the thread pool: the services are imported there, never on the way to the first paint.


def _is_initialised(db: Database) -> bool:
    from pswdesk.services import users

    return users.is_initialised(db)


def _agency(db: Database) -> AgencyRow:
    from pswdesk.services import users

    return users.get_agency(db)


def _import_main_window() -> None:
    import pswdesk.gui.change_password_dialog
    import pswdesk.gui.main_window  # noqa: F401  (loaded for the GUI thread to use)


def _prepare_caseload(db: Database) -> None:
    from pswdesk.services import clients

    clients.prepare_caseload_reads(db)


def _load_failed(error: Exception) -> None:
    """Logged by the operation; the import is tried again, and reported, where it is used."""


#: How long the start waits for the login window's first paint before it goes on anyway
#: (a window that is never painted, minimised by the desktop, must still open the database).
FIRST_PAINT_WAIT_MS = 300


class _FirstPaint(QObject):
    """Calls ``then`` once, just after ``window`` first paints (or after FIRST_PAINT_WAIT_MS).

    Until then the GUI thread has the interpreter to itself: the database stack imported
    on the thread pool would otherwise hold the GIL between the events of that first frame.
    """

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._go)  # after this paint has reached the screen
        return False

    def cancel(self) -> None:
        self._then = None

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            window = self.parent()
            if window is not None:
                window.removeEventFilter(self)
            then()


def _bring_up(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()


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
    app = QApplication.instance() or create_application(sys.argv)
    assert isinstance(app, QApplication)
    setup_application(app)
    use_saved_theme(app, QSettings())  # Settings may force light or dark
    translations = install_translations()  # before any window: English or French (i18n)
    app.setQuitOnLastWindowClosed(False)
    given = list(demo_accounts or [])
    # Up before the database stack is imported; what is typed meanwhile is kept.
    login = LoginDialog(None)
    login.quit_requested.connect(app.quit)
    _bring_up(login)
    handlers: list[CrashHandler] = []

    def open_database() -> tuple[Database, list[DemoAccountLike]]:  # on the thread pool
        from pswdesk.db import Database

        url, accounts = db_url, given
        if demo and (url is None or not _initialised(url)):
            from pswdesk.demo import create_demo_database, demo_database_path

            info = create_demo_database(
                url or demo_database_path(),
                clients=DEMO_CLIENTS,
                notes_per_client=DEMO_NOTES_PER_CLIENT,
            )
            url, accounts = info.url, list(info.accounts)
        db = Database(url)
        # While the person types: a login that comes at once then waits for nothing.
        try:
            _import_main_window()
        except Exception:  # tried again, and reported, where the main window opens
            log.exception("the main window's code did not load in the background")
        return db, accounts

    started: list[AppController] = []

    def opened(result: tuple[Database, list[DemoAccountLike]]) -> None:
        db, accounts = result
        controller = AppController(db, demo_accounts=accounts, quit_app=app.quit, login=login)
        started.append(controller)
        controller.start()

    asking: list[QDialog] = []  # the key prompt or the damaged-file dialog, while open

    def failed(error: Exception) -> None:
        login.hide()  # shown again, as it was, once a key or a backup opens the database
        if isinstance(error, KeyRequired | DatabaseDamaged):
            from pswdesk.gui.damaged_database import DamagedDatabaseDialog
            from pswdesk.gui.key_prompt import KeyPromptDialog

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

    def behind_the_window() -> None:
        """Once the login window has painted: the log, the crash handler, then the database.

        (Qt failing to start logs itself: ``qt_platform`` starts the log for its words.)
        """
        from pswdesk.app_logging import start_logging
        from pswdesk.gui.crash_dialog import CrashHandler

        start_logging()
        log.info("login window up; opening the database")
        handlers.append(CrashHandler().install())  # unexpected errors: log, save drafts, say so
        Op(opener, open_database).success(opened).failure(failed).busy(login).run()

    first_paint = _FirstPaint(login, behind_the_window)
    try:
        return app.exec()
    finally:
        first_paint.cancel()  # quit before the first paint: nothing is left to start later
        if started:
            started[0].shutdown()
        else:
            wait_for_operations()
        for handler in handlers:
            handler.uninstall()
        if shiboken6.isValid(login):  # now, not whenever the garbage collector meets it
            shiboken6.delete(login)
        translations.remove()
        from pswdesk.app_logging import stop_logging

        stop_logging()


def _initialised(db_url: str) -> bool:
    from pswdesk.db import Database
    from pswdesk.services import users

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
