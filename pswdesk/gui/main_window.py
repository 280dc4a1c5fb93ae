"""The main window: a navigation list for the user's roles, the chosen view, client records as tabs.

Which views each role sees is in ``navigation``; which page can open a client or a
note is declared by the page (``page_protocols``); the open note windows are kept
by ``NoteWindows``. The window remembers its geometry and each user's last view (QSettings), locks
itself after the agency's idle minutes, and keeps open work intact while locked. While it is
open it makes the daily backup when one is due and warns administrators of an old one
(``backup_schedule``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.gui.about_dialog import AboutDialog
from pswdesk.gui.audit_page import AuditPage
from pswdesk.gui.backup_page import BackupPage
from pswdesk.gui.backup_schedule import (
    BackupSchedule,
    OverdueBanner,
    checkpoint_at_close,
    failed_status,
    scheduled_status,
)
from pswdesk.gui.brief_contact_dialog import BriefContactDialog
from pswdesk.gui.caseload_page import CaseloadPage
from pswdesk.gui.change_password_dialog import ChangePasswordDialog
from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.document_dialog import DocumentDialog
from pswdesk.gui.emergency_disclosures_page import EmergencyDisclosuresPage
from pswdesk.gui.exchange_page import ExchangePage
from pswdesk.gui.forms.ui_main_window import Ui_MainWindow
from pswdesk.gui.idle_lock import IdleWatcher
from pswdesk.gui.import_wizard import ImportWizard
from pswdesk.gui.intake_dialog import IntakeDialog
from pswdesk.gui.language_choice import add_language_menu
from pswdesk.gui.list_pages import (
    DebriefsPage,
    DraftsPage,
    FollowUpsPage,
    ReturnedPage,
    ReviewQueuePage,
)
from pswdesk.gui.login_dialog import LoginDialog
from pswdesk.gui.navigation import (
    default_view,
    nav_description,
    nav_items_for,
    nav_title,
    shortcuts_table,
    window_title,
)
from pswdesk.gui.no_contact_page import NoContactPage
from pswdesk.gui.note_editor import forget_recovery, recoverable_draft, recovery_note_id
from pswdesk.gui.note_search_page import NoteSearchPage
from pswdesk.gui.note_windows import NoteWindows
from pswdesk.gui.operations import Op, error_text, wait_for_operations
from pswdesk.gui.page_protocols import (
    ClientOpener,
    ClientTabOpener,
    NoteOpener,
    Refreshable,
    Searchable,
)
from pswdesk.gui.paged_list import PagedListPage
from pswdesk.gui.printing import PrintAction, list_document, visible_tables
from pswdesk.gui.reassign_dialog import ReassignDialog
from pswdesk.gui.record_print import record_document
from pswdesk.gui.reports_page import ReportsPage
from pswdesk.gui.resources import icon
from pswdesk.gui.screen_fit import follow_current_page
from pswdesk.gui.settings_page import SettingsPage
from pswdesk.gui.stale_referrals_page import StaleReferralsPage
from pswdesk.gui.supervision_page import SupervisionPage
from pswdesk.gui.theme import add_theme_menu
from pswdesk.gui.user_guide import UserGuideAction
from pswdesk.gui.users_page import UsersPage
from pswdesk.gui.vocabulary_text import number, roles_label
from pswdesk.services import users
from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, Actor
from pswdesk.services.clients import ClientDetail
from pswdesk.services.notes import NoteView, prepare_client_reads
from pswdesk.services.users import AgencyRow

VIEW_TAB = 0
#: The daily backup's first check waits this long after login (see BackupSchedule).
BACKUP_CHECK_AFTER_MS = 3000
# A spare client record is built this long after login, and after each record opens:
# after the first view's rows (or the record's first page) have painted.
SPARE_RECORD_AFTER_MS = 600
MINIMUM_SIZE = QSize(1024, 640)  # a 1280×720 laptop with a task bar (docs/ARCHITECTURE.md, GUI)


class MainWindow(QMainWindow):
    logged_out = Signal()
    closed = Signal()  # closed for good: the app quits
    restore_requested = Signal(object)  # closed so the app can restore this backup (a Path)

    actor: Actor  # set by ``start``
    agency: AgencyRow

    def __init__(
        self,
        db: Database,
        actor: Actor | None,
        agency: AgencyRow | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With ``actor`` None, only the window's frame: the app builds it while the
        password is checked, and ``start`` fills it for whoever logged in (what is left
        after the check is the person's own views; docs/ARCHITECTURE.md, Start-up)."""
        super().__init__(parent)
        self.db = db
        self.settings = settings or QSettings()
        self.started = False
        self._closing = False
        self._logging_out = False
        self._restore_from: object = None  # the backup to restore once closed
        self.locked = False
        self.unlock_dialog: LoginDialog | None = None
        self._hidden_while_locked: list[QWidget] = []
        self.pages: dict[str, QWidget] = {}
        self.records: dict[int, ClientRecord] = {}
        self.current_view = ""
        self.nav_actions: list[QAction] = []
        self.intake: IntakeDialog | None = None  # the New client form, while open
        self.dialog: QWidget | None = None  # the Client menu's other dialog, while open

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        follow_current_page(self.ui.view_stack)  # a small page fits a small window
        self.setMinimumSize(MINIMUM_SIZE)
        self._wire_actions()
        self._add_brief_contact_action()
        self._add_note_search_action()
        self._add_file_actions()
        # The views' own actions go above this line (``_build_navigation``).
        self._views_end = self.ui.view_menu.addSeparator()
        self.appearance_menu = add_theme_menu(self.ui.view_menu, self.settings)  # light/dark
        self.language_menu = add_language_menu(
            self.ui.view_menu,
            self.settings,
            lambda text: self.statusBar().showMessage(text, 10_000),
        )
        tabs = self.ui.content_tabs
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            tabs.tabBar().setTabButton(VIEW_TAB, side, None)  # the view tab cannot be closed
        tabs.tabCloseRequested.connect(self.close_tab)
        tabs.currentChanged.connect(lambda _i: self._update_actions())
        if actor is not None:
            self.start(db, actor, agency)

    def start(self, db: Database, actor: Actor, agency: AgencyRow | None = None) -> None:
        """Fill the frame for ``actor``: their first view (its query sent first), the
        navigation their roles give, the actions they may take."""
        self.db, self.actor = db, actor
        # The app passes the agency it read at login; the fallback (tests, scripts) is one
        # small read before the window exists.
        self.agency = agency or users.get_agency(db)
        self.notes = NoteWindows(db, actor, self, self.settings, self.show_status)
        self.nav_items = nav_items_for(actor)
        # The first view is made (and its query sent to the thread pool) before the rest
        # of the window, so the query runs while the navigation and actions are set.
        if first := self._first_view():
            self._page(first)
        self.ui.demo_banner.setVisible(self.agency.is_demo)
        self.ui.sidebar_user.setText(f"{actor.full_name}\n{roles_label(actor.roles)}")
        self.idle = IdleWatcher(self.agency.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._build_navigation()
        supervisor = actor.has(SUPERVISOR)
        for action in (self.ui.action_import_clients, self.ui.action_reassign_caseload):
            action.setVisible(supervisor)
        self.action_find_notes.setVisible(actor.has(WORKER) or supervisor)
        self.user_guide = UserGuideAction(self, actor)  # Help > User guide (Shift+F1)
        self.ui.help_menu.insertAction(self.ui.action_shortcuts, self.user_guide.action)
        self.started = True
        self.apply_agency(self.agency)

        self._restore_settings()
        self._update_actions()
        QTimer.singleShot(0, self.offer_recovery)
        self.backup_warning = OverdueBanner(db, actor, self.ui.backup_banner, self)
        self.ui.backup_banner.linkActivated.connect(lambda _link: self.show_view("backup"))
        self.backup_warning.refresh()
        self.backup_schedule = BackupSchedule(db, self)
        self.backup_schedule.made.connect(self._scheduled_backup_made)
        self.backup_schedule.failed.connect(self._scheduled_backup_failed)
        # Not beside the first view's query, which the person is waiting for.
        self.backup_schedule.start(BACKUP_CHECK_AFTER_MS)
        # A record's widgets, built ahead for the first client opened (and again after each).
        self._spare_record: ClientRecord | None = None
        self._reads_prepared = False
        self._spare_timer = QTimer(self, singleShot=True, interval=SPARE_RECORD_AFTER_MS)
        self._spare_timer.timeout.connect(self._make_spare_record)
        if actor.has(WORKER) or supervisor:
            self._spare_timer.start()

    # -- navigation -------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        nav = self.ui.nav_list
        keys = [*(f"Ctrl+{n}" for n in range(1, 10)), "Ctrl+0"]
        for i, item in enumerate(self.nav_items):
            shortcut = keys[i] if i < len(keys) else ""
            title, description = nav_title(item), nav_description(item)
            row = QListWidgetItem(icon(item.icon), title)
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            row.setToolTip(f"{description}   ({shortcut})" if shortcut else description)
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            nav.addItem(row)
            action = QAction(icon(item.icon), title, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, key=item.key: self.show_view(key))
            self.ui.view_menu.insertAction(self._views_end, action)
            self.nav_actions.append(action)
        nav.currentRowChanged.connect(self.on_nav_row_changed)

    def nav_titles(self) -> list[str]:
        """The navigation as the user sees it (used by tests and the shortcuts help)."""
        return [nav_title(item) for item in self.nav_items]

    def on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.nav_items):
            self.show_view(self.nav_items[row].key)

    def show_view(self, key: str) -> QWidget | None:
        """Show a view from the navigation (created on first use) in the view tab."""
        index = next((i for i, item in enumerate(self.nav_items) if item.key == key), None)
        if index is None:
            return None
        item = self.nav_items[index]
        page = self._page(key)
        self.ui.view_stack.setCurrentWidget(page)
        self.ui.content_tabs.setTabText(VIEW_TAB, nav_title(item))
        self.ui.content_tabs.setCurrentIndex(VIEW_TAB)
        nav = self.ui.nav_list
        if nav.currentRow() != index:
            nav.blockSignals(True)
            nav.setCurrentRow(index)
            nav.blockSignals(False)
        self.current_view = key
        self._update_actions()
        return page

    def _page(self, key: str) -> QWidget:
        """The view under ``key``, made (in the view stack) the first time it is asked for."""
        page = self.pages.get(key)
        if page is None:
            page = self._create_page(key)
            self.pages[key] = page
            self.ui.view_stack.addWidget(page)
        return page

    def _create_page(self, key: str) -> QWidget:
        # Each page is made inside the stack that shows it: made elsewhere and moved in,
        # every one of its widgets would be styled again (the application's stylesheet).
        db, actor, stack = self.db, self.actor, self.ui.view_stack
        factories: dict[str, Callable[[], QWidget]] = {
            "caseload": lambda: CaseloadPage(db, actor, "mine", self.tr("My caseload"), stack),
            "team": lambda: CaseloadPage(db, actor, "team", self.tr("Team caseload"), stack),
            "drafts": lambda: DraftsPage(db, actor, stack),
            "returned": lambda: ReturnedPage(db, actor, stack),
            "review": lambda: ReviewQueuePage(db, actor, stack),
            "followups": lambda: FollowUpsPage(db, actor, stack),
            "debriefs": lambda: DebriefsPage(db, actor, stack),
            "stale_referrals": lambda: StaleReferralsPage(db, actor, stack),
            "no_contact": lambda: NoContactPage(db, actor, stack),
            "supervision": lambda: SupervisionPage(db, actor, stack),
            "reports": lambda: ReportsPage(db, actor, stack),
            "exchange": lambda: ExchangePage(db, actor, stack),
            "users": lambda: UsersPage(db, actor, stack),
            "settings": lambda: SettingsPage(db, actor, stack, settings=self.settings),
            "audit": lambda: AuditPage(db, actor, stack),
            "emergencies": lambda: EmergencyDisclosuresPage(db, actor, stack),
            "backup": lambda: BackupPage(db, actor, stack),
        }
        page = factories[key]()
        page.setObjectName(f"{key}_page")
        if isinstance(page, ClientOpener):
            page.open_client.connect(self.open_client)
        if isinstance(page, ClientTabOpener):
            page.open_client_tab.connect(self.show_client_tab)
        if isinstance(page, NoteOpener):
            page.open_note.connect(self.open_note_editor)
        if isinstance(page, SettingsPage):
            page.agency_changed.connect(self.apply_agency)
        if isinstance(page, CaseloadPage):
            page.register_requested.connect(self.new_client)
            page.set_may_register(self.may_register())
        if isinstance(page, DraftsPage):
            page.drafts.note_open = self.note_is_open
        if isinstance(page, NoContactPage):
            page.set_days(self.agency.no_contact_days)
        if isinstance(page, BackupPage):
            page.backup_made.connect(lambda _row: self.backup_warning.refresh())
            page.restore_requested.connect(self.close_for_restore)
        return page

    # -- backups ----------------------------------------------------------------------------

    def _scheduled_backup_made(self, row: object) -> None:
        self.backup_warning.refresh()
        page = self.pages.get("backup")
        if isinstance(page, BackupPage):
            page.refresh()
        if self.actor.has(ADMIN):
            self.show_status(scheduled_status(row))  # type: ignore[arg-type]

    def _scheduled_backup_failed(self, text: str) -> None:
        if self.actor.has(ADMIN):  # others cannot act on it; it is in the log
            self.show_status(failed_status(text))

    def close_for_restore(self, backup: object) -> None:
        """Close (saving open work) so the app can restore ``backup`` and ask for a login."""
        self._restore_from = backup
        self.close()

    def current_page(self) -> QWidget | None:
        """The client record in front, or else the current view."""
        widget = self.ui.content_tabs.currentWidget()
        if isinstance(widget, (ClientRecord, NoteSearchPage)):
            return widget
        return self.ui.view_stack.currentWidget()

    # -- client records ---------------------------------------------------------------------

    def open_client(self, client_id: int) -> ClientRecord:
        """Bring the client's record to the front, opening it if needed.

        A new record shows at once and reads the client (the audited open) off the GUI
        thread; if this user may not open the client, the tab closes again and the status
        line says why."""
        record = self.records.get(client_id)
        if record is None:
            record = self._spare_record or self._new_record()
            self._spare_record = None
            record.workers_may_close = self.agency.workers_may_close_clients
            record.show_client(client_id)
            self._spare_timer.start()  # the next spare, once this one is on screen
            record.setObjectName(f"client_{client_id}")
            record.open_client.connect(self.open_client)
            record.notes_page.drafts.note_open = self.note_is_open
            record.new_note_requested.connect(self.open_note_editor)
            record.open_note.connect(self.open_note_editor)
            record.opened.connect(lambda detail, r=record: self._record_opened(r, detail))
            record.open_failed.connect(lambda message, r=record: self._record_failed(r, message))
            self.records[client_id] = record
            self.ui.content_tabs.addTab(record, self.tr("Opening…"))
        self.ui.content_tabs.setCurrentWidget(record)
        return record

    def _new_record(self) -> ClientRecord:
        """A record with no client yet, made inside the tabs' stack that will show it."""
        stack = self.ui.content_tabs.findChild(QStackedWidget, "qt_tabwidget_stackedwidget")
        return ClientRecord(self.db, self.actor, None, stack, agency=self.agency)

    def _make_spare_record(self) -> None:
        """Build the next record's widgets while the person is reading: opening a client
        then only reads it (docs/ARCHITECTURE.md, Opening a record)."""
        if not self._reads_prepared and not self._closing:
            # Beside the widgets: the first record's statements, made by the first read.
            self._reads_prepared = True
            db, actor = self.db, self.actor
            # Nothing to show either way: a failure is the first open's to report.
            Op(self, lambda: prepare_client_reads(db, actor)).failure(lambda _e: None).run()
        if self._spare_record is None and not self._closing:
            spare = self._spare_record = self._new_record()
            spare.setObjectName("spare_record")
            # Styled and laid out now too, so that showing it has little left to do.
            stack = spare.parentWidget()
            if stack is not None:
                spare.resize(stack.size())
            spare.ensurePolished()
            if (layout := spare.layout()) is not None:
                layout.activate()

    def _record_opened(self, record: ClientRecord, detail: ClientDetail) -> None:
        tabs = self.ui.content_tabs
        index = tabs.indexOf(record)
        if index >= 0:
            tabs.setTabText(index, detail.preferred_name)
            tip = self.tr("{name} — Ctrl+W closes").format(name=detail.preferred_name)
            tabs.setTabToolTip(index, tip)

    def _record_failed(self, record: ClientRecord, message: str) -> None:
        self.close_tab(self.ui.content_tabs.indexOf(record))
        self.show_status(message)

    def show_client_tab(self, client_id: int, key: str) -> None:
        """Show one part ("referrals", "safety_plan" ...) of an open client's record."""
        record = self.records.get(client_id)
        if record is not None:
            record.show_tab(key)

    def current_record(self) -> ClientRecord | None:
        widget = self.ui.content_tabs.currentWidget()
        return widget if isinstance(widget, ClientRecord) else None

    def close_tab(self, index: int) -> None:
        widget = self.ui.content_tabs.widget(index)
        if isinstance(widget, ClientRecord):
            self.ui.content_tabs.removeTab(index)
            self.records.pop(widget.client_id, None)
            widget.deleteLater()
        elif isinstance(widget, NoteSearchPage):
            self.ui.content_tabs.removeTab(index)  # kept, with its words, for Ctrl+Shift+F

    def close_current_record(self) -> None:
        record = self.current_record()
        if record is not None:
            self.close_tab(self.ui.content_tabs.indexOf(record))

    def new_note(self) -> None:
        """Ctrl+N: a note for the record in front, else for the client selected in a caseload."""
        record = self.current_record()
        page = self.ui.view_stack.currentWidget()
        if record is None and isinstance(page, CaseloadPage):
            row = page.selected_row()
            if row is not None:
                self.open_note_editor(row.id)
                return
        if record is None:
            self.show_status(
                self.tr(
                    "Open a client's record first, or select a client in your caseload, "
                    "then press Ctrl+N."
                )
            )
            return
        self.open_note_editor(record.client_id)

    def note_is_open(self, note_id: int) -> bool:
        """Whether the note has a window open (a draft there is not deleted from a list)."""
        return note_id in self.notes.windows

    # -- registering clients ------------------------------------------------------------------

    def may_register(self) -> bool:
        return self.actor.has(SUPERVISOR) or (
            self.actor.has(WORKER) and self.agency.workers_may_register_clients
        )

    def new_client(self) -> IntakeDialog | None:
        """The New client form (one at a time); the new record opens when it is saved."""
        if not self.may_register():
            self.show_status(
                self.tr("Only supervisors register clients at this agency; ask your supervisor.")
                if self.actor.has(WORKER)
                else self.tr(
                    "Administrators have no access to clients; a supervisor or worker "
                    "registers them."
                )
            )
            return None
        if self.intake is not None and self.intake.isVisible():
            self.intake.raise_()
            self.intake.activateWindow()
            return self.intake
        dialog = IntakeDialog(self.db, self.actor, parent=self)
        dialog.setObjectName("intake_dialog")
        dialog.open_client.connect(self.open_client)
        dialog.saved.connect(self._registered)
        self.intake = dialog
        dialog.show()
        return dialog

    def _registered(self, detail: ClientDetail) -> None:
        self.open_client(detail.id)
        self.show_status(self.tr("{name} is registered.").format(name=detail.preferred_name))

    def _show_dialog(self, dialog: QWidget) -> None:
        """The Client menu's wizard or dialog (one at a time)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.close()
        self.dialog = dialog
        dialog.show()

    def import_clients(self) -> ImportWizard:
        wizard = ImportWizard(self.db, self.actor, self)
        wizard.setObjectName("import_wizard")
        wizard.imported.connect(
            lambda r: self.show_status(
                self.tr("{n} clients imported.").format(n=number(len(r.client_ids)))
            )
        )
        self._show_dialog(wizard)
        return wizard

    def reassign_caseload(self) -> ReassignDialog:
        dialog = ReassignDialog(self.db, self.actor, self)
        dialog.setObjectName("reassign_dialog")
        dialog.saved.connect(
            lambda n: self.show_status(self.tr("{n} clients moved.").format(n=number(n)))
        )
        self._show_dialog(dialog)
        return dialog

    @property
    def note_windows(self) -> dict[int, QWidget]:
        """The open note editors and views by note id (kept by ``NoteWindows``)."""
        return self.notes.windows

    def open_note_editor(
        self, client_id: int, note_id: int | None = None, *, from_last: bool = False
    ) -> QWidget | None:
        """Open a note in the editor or the read-only view (see ``NoteWindows.open``)."""
        return self.notes.open(client_id, note_id, from_last=from_last)

    def new_note_from_last(self) -> None:
        record = self.current_record()
        if record is None:
            self.new_note()
            return
        self.open_note_editor(record.client_id, from_last=True)

    def handover_summary(self) -> None:
        record = self.current_record()
        if record is None:
            self.show_status(
                self.tr(
                    "Open a client's record first, then press Ctrl+Shift+H for their "
                    "handover summary."
                )
            )
            return
        record.open_handover()

    def offer_recovery(self) -> None:
        """After a crash or power cut, offer back the draft that was open."""
        note_id = recovery_note_id(self.settings)
        if note_id is None:
            return
        db, actor = self.db, self.actor
        Op(self, lambda: recoverable_draft(db, actor, note_id)).success(self._ask_recovery).failure(
            lambda e: self.show_status(error_text(e))
        ).run()

    def _ask_recovery(self, view: NoteView | None) -> None:
        if view is None:  # gone, or no longer a draft its author may change
            forget_recovery(self.settings)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unfinished note"),
            self.tr(
                "pswdesk closed while your note for {name} was open. "
                "Everything up to the last few seconds was saved. Open it again now?"
            ).format(name=view.client_name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("recovery_box")
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_button = box.addButton(self.tr("Open the note"), QMessageBox.ButtonRole.AcceptRole)
        open_button.setObjectName("recovery_open")
        later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("recovery_later")
        box.setDefaultButton(open_button)

        def answered(button: QAbstractButton) -> None:
            if button is open_button:
                self.open_note_editor(view.client_id, view.id)
            else:
                # It stays in My drafts; no need to ask again at every login.
                forget_recovery(self.settings)

        box.buttonClicked.connect(answered)
        box.open()

    # -- actions ----------------------------------------------------------------------------

    def _wire_actions(self) -> None:
        ui = self.ui
        ui.action_lock.setIcon(icon("lock"))
        ui.action_logout.setIcon(icon("logout"))
        ui.action_refresh.setIcon(icon("refresh"))
        ui.action_find.setIcon(icon("search"))
        ui.action_new_note.setIcon(icon("note-new"))
        ui.action_new_client.triggered.connect(self.new_client)
        ui.action_import_clients.triggered.connect(self.import_clients)
        ui.action_reassign_caseload.triggered.connect(self.reassign_caseload)
        ui.action_lock.triggered.connect(self.lock)
        ui.action_logout.triggered.connect(self.logout)
        ui.action_quit.triggered.connect(self.close)
        ui.action_find.triggered.connect(self.focus_search)
        ui.action_refresh.triggered.connect(self.refresh_current)
        ui.action_new_note.triggered.connect(self.new_note)
        ui.action_new_note_from_last.triggered.connect(self.new_note_from_last)
        ui.action_handover.triggered.connect(self.handover_summary)
        ui.action_close_tab.triggered.connect(self.close_current_record)
        ui.action_next_tab.triggered.connect(lambda: self._step_tab(1))
        ui.action_previous_tab.triggered.connect(lambda: self._step_tab(-1))
        ui.action_shortcuts.triggered.connect(self.show_shortcuts)
        ui.action_about.triggered.connect(self.show_about)
        ui.lock_button.clicked.connect(self.lock)
        ui.logout_button.clicked.connect(self.logout)
        ui.unlock_button.clicked.connect(self.ask_unlock)

    def _add_brief_contact_action(self) -> None:
        """Client > Log brief contact (Ctrl+Shift+B), after the notes' actions; made here,
        not in the form."""
        action = self.action_brief_contact = QAction(self.tr("Log &brief contact…"), self)
        action.setObjectName("action_brief_contact")
        action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        action.setToolTip(
            self.tr("A phone call, text or drop-in, for the client in front or selected")
        )
        action.triggered.connect(self.log_brief_contact)
        _insert_after(self.ui.client_menu, self.ui.action_new_note_from_last, action)

    def log_brief_contact(self) -> BriefContactDialog | None:
        """The quick log for the record in front, else for the caseload's selected client."""
        record = self.current_record()
        if record is not None:
            return record.log_brief_contact()
        page = self.ui.view_stack.currentWidget()
        row = page.selected_row() if isinstance(page, CaseloadPage) else None
        if row is None:
            self.show_status(
                self.tr(
                    "Select a client in your caseload, or open their record, then press "
                    "Ctrl+Shift+B."
                )
            )
            return None
        dialog = BriefContactDialog(self.db, self.actor, row.id, row.preferred_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.note_started.connect(self.open_note_editor)
        name = row.preferred_name
        logged = self.tr("Brief contact with {name} logged.").format(name=name)
        dialog.saved.connect(lambda _r: self.show_status(logged))
        dialog.open()
        return dialog

    def _add_file_actions(self) -> None:
        """File > Change password and File > Print (Ctrl+P): made here, not in the form."""
        menu, first = self.ui.file_menu, self.ui.action_lock
        self.action_change_password = QAction(self.tr("C&hange password…"), self)
        self.action_change_password.setObjectName("action_change_password")
        self.action_change_password.setToolTip(
            self.tr("Choose a new password for your own account")
        )
        self.action_change_password.triggered.connect(self.change_password)
        self.printing = PrintAction(self, self.print_document, self.show_status)
        menu.insertAction(first, self.printing.action)
        menu.insertAction(first, self.action_change_password)
        menu.insertSeparator(first)

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.db, self.actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._password_changed)
        dialog.open()
        return dialog

    def _password_changed(self, actor: Actor) -> None:
        self.actor = actor
        self.show_status(self.tr("Your password is changed. Use the new one from now on."))

    def print_document(self) -> QTextDocument | None:
        """What Ctrl+P prints: the record in front, else the view's list as a table."""
        record = self.current_record()
        if record is not None:
            return record_document(record)
        page = self.ui.view_stack.currentWidget()
        title = self.ui.content_tabs.tabText(VIEW_TAB)
        if isinstance(page, ReportsPage):
            return page.print_document()
        if isinstance(page, PagedListPage):
            return list_document(title, page.model, page.count_label.text())
        tables = visible_tables(page) if page is not None else []
        return list_document(title, tables[0].model()) if tables else None

    def _all_actions(self) -> list[QAction]:
        ui = self.ui
        return [
            self.printing.action, self.action_change_password,
            ui.action_lock, ui.action_logout, ui.action_quit, ui.action_find, ui.action_refresh,
            ui.action_new_client, ui.action_import_clients, ui.action_reassign_caseload,
            ui.action_new_note, ui.action_new_note_from_last, ui.action_handover,
            ui.action_close_tab,
            ui.action_next_tab, ui.action_previous_tab, ui.action_shortcuts, ui.action_about,
            self.action_brief_contact, self.action_find_notes, self.user_guide.action,
            *self.nav_actions,
        ]  # fmt: skip

    def _update_actions(self) -> None:
        if not self.started:
            return  # a frame still waiting for its person: nothing is shown yet
        if self.locked:
            for action in self._all_actions():
                action.setEnabled(action in (self.ui.action_quit, self.ui.action_logout))
            return
        for action in self._all_actions():
            action.setEnabled(True)
        record = self.current_record()
        self.ui.action_close_tab.setEnabled(record is not None)
        writes = self.actor.has(WORKER) or self.actor.has(SUPERVISOR)
        self.ui.action_new_note.setEnabled(writes)
        self.ui.action_new_note_from_last.setEnabled(writes)
        self.ui.action_handover.setEnabled(writes)
        self.action_brief_contact.setEnabled(self.actor.has(WORKER))
        self.ui.action_new_client.setEnabled(self.may_register())
        supervisor = self.actor.has(SUPERVISOR)
        self.ui.action_import_clients.setEnabled(supervisor)
        self.ui.action_reassign_caseload.setEnabled(supervisor)

    def _step_tab(self, step: int) -> None:
        tabs = self.ui.content_tabs
        if tabs.count() > 1:
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def focus_search(self) -> None:
        page = self.current_page()
        if isinstance(page, Searchable):
            page.focus_search()

    def _add_note_search_action(self) -> None:
        """View > Find notes (Ctrl+Shift+F), after Find; made here, not in the form."""
        action = self.action_find_notes = QAction(self.tr("Find &notes…"), self)
        action.setObjectName("action_find_notes")
        action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(self.tr("Search the words of every note you may see"))
        action.setIcon(icon("search"))
        action.triggered.connect(self.open_note_search)
        self.note_search: NoteSearchPage | None = None
        _insert_after(self.ui.view_menu, self.ui.action_find, action)

    def open_note_search(self) -> NoteSearchPage | None:
        """The Find notes tab, in front with the keyboard in its box (made on first use)."""
        if not (self.actor.has(WORKER) or self.actor.has(SUPERVISOR)):
            return None
        page = self.note_search
        if page is None:
            page = self.note_search = NoteSearchPage(self.db, self.actor, self)
            page.setObjectName("note_search_page")
            page.open_note.connect(self.open_note_editor)
        tabs = self.ui.content_tabs
        if tabs.indexOf(page) < 0:
            tabs.insertTab(VIEW_TAB + 1, page, icon("search"), self.tr("Find notes"))
            tabs.setTabToolTip(VIEW_TAB + 1, self.tr("Search every note you may see"))
        tabs.setCurrentWidget(page)
        page.focus_search()
        return page

    def refresh_current(self) -> None:
        page = self.current_page()
        if isinstance(page, Refreshable):
            page.refresh()
            self.show_status(self.tr("Refreshed."))

    def show_status(self, text: str) -> None:
        self.ui.status_bar.showMessage(text, 8000)

    def show_message(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("message_box")
        box.open()

    def show_shortcuts(self) -> None:
        body = shortcuts_table(self._all_actions())
        DocumentDialog(self.tr("Keyboard shortcuts"), "", body, self).show()

    def show_about(self) -> AboutDialog:
        """Help > About: the version, the database and how it is protected, the last backup."""
        dialog = AboutDialog(self.db, self)
        dialog.setObjectName("about_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def apply_agency(self, agency: AgencyRow) -> None:
        self.agency = agency
        self.setWindowTitle(window_title(agency, self.actor))
        self.ui.sidebar_title.setText(agency.name)
        self.ui.demo_banner.setVisible(agency.is_demo)
        self.idle.set_minutes(agency.idle_lock_minutes)
        for page in self.pages.values():
            if isinstance(page, CaseloadPage):
                page.set_may_register(self.may_register())
            if isinstance(page, NoContactPage):
                page.set_days(agency.no_contact_days)
        for record in self.records.values():
            record.workers_may_close = agency.workers_may_close_clients
        self._update_actions()

    # -- locking and logging out ------------------------------------------------------------

    def lock(self) -> None:
        """Hide every client record until the same person logs in again; keep all open work."""
        if self.locked:
            return
        self.locked = True
        self.idle.paused = True
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.hide()
                self._hidden_while_locked.append(widget)
        self.ui.root_stack.setCurrentWidget(self.ui.lock_page)
        self.ui.sidebar.setVisible(False)
        self._update_actions()
        self.setWindowTitle(self.tr("Locked — {agency} — pswdesk").format(agency=self.agency.name))
        self.ask_unlock()

    def ask_unlock(self) -> None:
        if not self.locked:
            return
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        dialog = LoginDialog(self.db, self.agency.name, unlock_for=self.actor, parent=self)
        dialog.setObjectName("unlock_dialog")
        dialog.logged_in.connect(lambda _actor: self.unlock())
        dialog.logout_requested.connect(self.logout)
        self.unlock_dialog = dialog
        dialog.open()

    def unlock(self) -> None:
        self.locked = False
        self.unlock_dialog = None
        self.ui.root_stack.setCurrentWidget(self.ui.work_page)
        self.ui.sidebar.setVisible(True)
        for widget in self._hidden_while_locked:
            widget.show()
        self._hidden_while_locked.clear()
        self.idle.poke()
        self.idle.paused = False
        self.apply_agency(self.agency)
        self._update_actions()

    def logout(self) -> None:
        self._logging_out = True
        self.close()

    # -- settings ---------------------------------------------------------------------------

    def _user_key(self, name: str) -> str:
        return f"users/{self.actor.username}/{name}"

    def _restore_settings(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        start = self._first_view()
        if start:
            self.show_view(start)

    def _first_view(self) -> str:
        """The view the window opens on: this user's last one, else their role's."""
        last = self.settings.value(self._user_key("last_view"), "", type=str)
        keys = [item.key for item in self.nav_items]
        start = last if last in keys else default_view(self.actor)
        if start not in keys and keys:
            start = keys[0]
        return start

    def save_settings(self) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        if self.current_view:
            self.settings.setValue(self._user_key("last_view"), self.current_view)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.started:  # a frame no one logged in to: nothing to save or close
            super().closeEvent(event)
            return
        self.save_settings()
        self._closing = True
        self.idle.stop()
        self.backup_schedule.stop()
        self.notes.close_all()  # editors save what they hold as they close
        for widget in self._hidden_while_locked:
            widget.close()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and _descends_from(widget, self):
                widget.close()  # a record's dialogs too, not only this window's own
        wait_for_operations(10_000)
        checkpoint_at_close(self.db)  # after the editors' last saves, so it covers them
        super().closeEvent(event)
        if self._restore_from is not None:
            self.restore_requested.emit(self._restore_from)
        elif self._logging_out:
            self.logged_out.emit()
        else:
            self.closed.emit()


def _insert_after(menu: QMenu, after: QAction, action: QAction) -> None:
    """Put ``action`` right below ``after`` in ``menu`` (the .ui file's menus are shared)."""
    actions = menu.actions()
    at = actions.index(after) + 1
    if at < len(actions):
        menu.insertAction(actions[at], action)
    else:
        menu.addAction(action)


def _descends_from(widget: QWidget, ancestor: QWidget) -> bool:
    """Whether ``ancestor`` is ``widget``'s parent at any depth, across windows (Qt's
    ``isAncestorOf`` stops at a window's edge)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentWidget()
    return False
