"""One client's record, shown as a tab of the main window.

The header keeps who the client is and how at risk they are in view whatever tab
is open, with its warnings (``record_tabs.record_alerts``): an open risk alert,
the safety plan in force when risk is moderate or higher, consents to check,
overdue follow-ups. The Notes tab (``ClientNotes``) pages through the client's notes off
the GUI thread.
The parts of the record the framework builds (goals, strengths, safety plan, risk
history, referrals, care team, consents) are tabs of their own, each loaded the
first time it is shown; the Overview also lists the client's follow-ups.
The header's "File actions" edit the details and act on the file (assign or
transfer, merge, close, reopen); a closed file shows why and when, and its
editing actions are disabled.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QVBoxLayout, QWidget

from pswdesk.db import Database
from pswdesk.gui.assign_dialog import AssignDialog
from pswdesk.gui.auto_refresh import AutoRefresh
from pswdesk.gui.changes import Change
from pswdesk.gui.client_notes import ClientNotes
from pswdesk.gui.close_dialog import CloseDialog, close_banner, reopen_dialog
from pswdesk.gui.forms.ui_client_record import Ui_ClientRecord
from pswdesk.gui.intake_dialog import IntakeDialog
from pswdesk.gui.merge_dialog import MergeDialog
from pswdesk.gui.operations import Op
from pswdesk.gui.record_tabs.brief_contacts_panel import BriefContactsPanel
from pswdesk.gui.record_tabs.care_team_tab import CareTeamTab
from pswdesk.gui.record_tabs.common import RecordDialog, RecordTab
from pswdesk.gui.record_tabs.consents_tab import ConsentsTab
from pswdesk.gui.record_tabs.follow_ups_panel import FollowUpsPanel
from pswdesk.gui.record_tabs.goals_tab import GoalsTab
from pswdesk.gui.record_tabs.record_alerts import RecordAlerts
from pswdesk.gui.record_tabs.referrals_tab import ReferralsTab
from pswdesk.gui.record_tabs.risk_history_tab import RiskHistoryTab
from pswdesk.gui.record_tabs.safety_plan_tab import SafetyPlanTab
from pswdesk.gui.record_tabs.strengths_tab import StrengthsTab
from pswdesk.gui.risk_badge import set_badge
from pswdesk.gui.table_model import PagedTableModel, error_text, local_time, short_date
from pswdesk.gui.vocabulary_text import vocab_label
from pswdesk.services import clients, record_header
from pswdesk.services.access import SUPERVISOR, WORKER, Actor
from pswdesk.services.clients import ClientDetail
from pswdesk.services.notes import NoteRow
from pswdesk.services.users import AgencyRow
from pswdesk.vocabulary import ClientStatus

if TYPE_CHECKING:
    from pswdesk.gui.brief_contact_dialog import BriefContactDialog
    from pswdesk.gui.handover_dialog import HandoverDialog

NOTES_TAB = 1
SECONDARY_DELAY_MS = 400
DETAIL_DELAY_MS = 150
#: (key, tab title, widget class), after Overview and Notes. Mnemonics avoid the
#: header's (N, D) and the menus' (F, V, C, H).
_TAB_TITLES: tuple[object, ...] = (  # the titles below, for pyside6-lupdate
    QT_TRANSLATE_NOOP("ClientRecord", "&Goals"),
    QT_TRANSLATE_NOOP("ClientRecord", "&Strengths"),
    QT_TRANSLATE_NOOP("ClientRecord", "Safety &plan"),
    QT_TRANSLATE_NOOP("ClientRecord", "R&isk history"),
    QT_TRANSLATE_NOOP("ClientRecord", "&Referrals"),
    QT_TRANSLATE_NOOP("ClientRecord", "Care &team"),
    QT_TRANSLATE_NOOP("ClientRecord", "Cons&ents"),
)
RECORD_TABS: tuple[tuple[str, str, type[RecordTab]], ...] = (
    ("goals", "&Goals", GoalsTab),
    ("strengths", "&Strengths", StrengthsTab),
    ("safety_plan", "Safety &plan", SafetyPlanTab),
    ("risk", "R&isk history", RiskHistoryTab),
    ("referrals", "&Referrals", ReferralsTab),
    ("care_team", "Care &team", CareTeamTab),
    ("consents", "Cons&ents", ConsentsTab),
)


@dataclass(frozen=True, slots=True)
class _SecondaryParts:
    """The parts of the record built after its first page of notes."""

    brief_contacts: BriefContactsPanel
    follow_ups: FollowUpsPanel
    alerts: RecordAlerts


class ClientRecord(QWidget):
    new_note_requested = Signal(int)  # client id
    open_note = Signal(int, int)  # client id, note id
    opened = Signal(object)  # ClientDetail: the client's details are in (the tab's title)
    open_failed = Signal(str)  # the client cannot be opened by this user: why
    open_client = Signal(int)  # another record: a possible duplicate, the record merged into

    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int | None,
        parent: QWidget | None = None,
        *,
        agency: AgencyRow | None = None,
    ) -> None:
        """``client_id`` None builds a spare: the widgets only, shown for a client later
        by ``show_client`` (the main window keeps one ready; docs/ARCHITECTURE.md)."""
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.client_id = 0  # no client yet: ``show_client`` sets it
        self.detail: ClientDetail | None = None
        #: Workers close files only where the agency allows it (supervisors always may).
        self.workers_may_close = bool(agency and agency.workers_may_close_clients)
        self.dialog: RecordDialog | None = None  # the header's dialog open now, if any
        self.ui = Ui_ClientRecord()
        self.ui.setupUi(self)
        self._build_file_actions()
        self.ui.new_note_button.clicked.connect(
            lambda: self.new_note_requested.emit(self.client_id)
        )
        self.ui.handover_button.clicked.connect(self.open_handover)
        self.ui.handover_button.setEnabled(False)  # until the client's details are in

        self.notes_page = ClientNotes(db, actor, None, self.ui.notes_tab)
        self.notes_page.setObjectName("client_notes")
        self.notes_page.open_note.connect(self.open_note)
        self.notes_model.count_changed.connect(self._on_note_count)
        self.ui.notes_layout.addWidget(self.notes_page)
        # The header's quick log of a brief contact (phone, text, drop-in); the list of
        # them is under the notes, one of the parts built after the first page (below).
        self.brief_button = QPushButton(self.tr("Log brief contact"), self)
        self.brief_button.setObjectName("brief_contact_button")
        self.brief_button.setToolTip(
            self.tr("A phone call, text or drop-in, without a full note (Ctrl+Shift+B)")
        )
        self.brief_button.setVisible(actor.has(WORKER))
        self.brief_button.setEnabled(False)  # until the client's details are in
        self.brief_button.clicked.connect(self.log_brief_contact)
        header = self.ui.header_layout
        header.insertWidget(header.indexOf(self.ui.new_note_button), self.brief_button)
        QWidget.setTabOrder(self.ui.handover_button, self.brief_button)
        QWidget.setTabOrder(self.brief_button, self.ui.new_note_button)

        # Each part's widgets are built the first time its tab is shown, inside an empty
        # page added now: a record opens in the time it takes to build the header,
        # Overview and Notes, not nine tabs.
        self.tabs: dict[str, RecordTab] = {}
        self._pages: dict[str, QWidget] = {}
        for key, title, _cls in RECORD_TABS:
            page = QWidget(self)
            page.setObjectName(f"{key}_page")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self.ui.record_tabs.addTab(page, QCoreApplication.translate("ClientRecord", title))
            self._pages[key] = page
        self.ui.record_tabs.currentChanged.connect(self._on_tab_changed)
        # The header's warnings, the Overview's follow-ups and the Notes tab's brief
        # contacts are built, and then read, once the first page of notes is in (or a
        # short moment later at most): the notes a person opened the record for are
        # neither queued behind their queries nor painted after their widgets.
        self._secondary: _SecondaryParts | None = None
        self._closed_file = False  # as last shown, for the brief contacts' log button
        self._secondary_started = False
        # Right after the page's rows have painted (at once if the Notes tab is out of
        # sight), or a short moment after opening at most.
        self._secondary_timer = QTimer(self, singleShot=True, interval=SECONDARY_DELAY_MS)
        self._secondary_timer.timeout.connect(self._start_secondary_loads)
        self._awaiting_paint = False
        self.notes_model.page_loaded.connect(lambda _n: self._after_first_page())
        self.notes_model.failed.connect(lambda _m: self._secondary_timer.start(0))
        self._detail_asked = False
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._read_opening_detail)
        self.notes_model.page_loaded.connect(lambda _n: self._detail_timer.start(0))
        self.notes_model.failed.connect(lambda _m: self._detail_timer.start(0))
        if client_id is not None:
            self.show_client(client_id)

    def show_client(self, client_id: int) -> None:
        """Read and show ``client_id``: the first page of notes and the audited opening.

        Once per record: a record shows one client for its whole life."""
        if self.client_id:
            raise RuntimeError("this record already shows a client")
        self.client_id = client_id
        self.notes_page.show_client(client_id)
        self._secondary_timer.start()
        # The audited read of who the client is follows the first page of notes (at
        # most DETAIL_DELAY_MS later): beside it, the two queries would share the GIL.
        self._detail_timer.start()
        # A note written, submitted or signed, or the client changed elsewhere: read the
        # header and the parts again (the Notes tab refreshes itself).
        self.auto_refresh = AutoRefresh(
            self, (Change.CLIENT, Change.NOTE, Change.REVIEW), self.refresh_details,
            client_id=client_id,
        )  # fmt: skip

    @property
    def title(self) -> str:
        return self.detail.preferred_name if self.detail else ""

    @property
    def notes_model(self) -> PagedTableModel[NoteRow]:
        """The Notes tab's table model (the benchmarks watch it paint)."""
        return self.notes_page.notes_model

    @property
    def brief_contacts(self) -> BriefContactsPanel:
        """The Notes tab's brief contacts (built now if the first page is not in yet)."""
        return self._secondary_parts().brief_contacts

    @property
    def follow_ups(self) -> FollowUpsPanel:
        """The Overview's follow-ups (built now if the first page is not in yet)."""
        return self._secondary_parts().follow_ups

    @property
    def alerts(self) -> RecordAlerts:
        """The header's warnings (built now if the first page is not in yet)."""
        return self._secondary_parts().alerts

    def _secondary_parts(self) -> _SecondaryParts:
        if self._secondary is None:
            self._secondary = self._build_secondary()
        return self._secondary

    def _build_secondary(self) -> _SecondaryParts:
        db, actor, cid, ui = self.db, self.actor, self.client_id, self.ui
        brief = BriefContactsPanel(db, actor, cid, ui.notes_tab)
        brief.setObjectName("brief_contacts_panel")
        brief.open_note.connect(self.open_note)
        brief.ui.log_button.clicked.connect(self.log_brief_contact)
        brief.set_writable(not self._closed_file)
        if self.detail is not None:
            brief.client_name = self.detail.preferred_name
        ui.notes_layout.addWidget(brief)
        # Each made inside the widget whose layout holds it: moved there afterwards, its
        # widgets would be styled twice.
        follow_ups = FollowUpsPanel(db, actor, cid, ui.overview_outer_layout.parentWidget())
        follow_ups.setObjectName("follow_ups_panel")
        follow_ups.held = not self._secondary_started  # until the first page of notes is in
        follow_ups.changed.connect(self.refresh_header)
        ui.overview_outer_layout.addWidget(follow_ups, 1)
        alerts = RecordAlerts(db, actor, cid, ui.alert_layout.parentWidget())
        alerts.link_activated.connect(self.follow_link)
        alerts.alert_cleared.connect(self.refresh_header)
        ui.alert_layout.addWidget(alerts)
        return _SecondaryParts(brief, follow_ups, alerts)

    def _after_first_page(self) -> None:
        if self._secondary_started or self._awaiting_paint:
            return
        view = self.notes_page.table_view
        if view.isVisible():
            self._awaiting_paint = True
            view.viewport().installEventFilter(self)
        else:
            self._secondary_timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        viewport = self.notes_page.table_view.viewport()
        if self._awaiting_paint and watched is viewport and event.type() == QEvent.Type.Paint:
            self._awaiting_paint = False
            viewport.removeEventFilter(self)
            self._secondary_timer.start(0)  # once this paint is done
        return super().eventFilter(watched, event)

    def _start_secondary_loads(self) -> None:
        if self._secondary_started:
            return
        self._secondary_started = True
        self._secondary_timer.stop()
        parts = self._secondary_parts()
        self.refresh_header()
        parts.follow_ups.release()

    # -- header and overview ----------------------------------------------------------------

    def show_detail(self, d: ClientDetail) -> None:
        self.detail = d
        ui = self.ui
        self._show_file_state(d)
        ui.name_label.setText(d.preferred_name)
        ui.pronouns_label.setText(f"({d.pronouns})" if d.pronouns else "")
        ui.pronouns_label.setVisible(bool(d.pronouns))
        set_badge(ui.risk_badge, d.risk)
        workers = ", ".join(w.full_name for w in d.workers) or "nobody yet"
        ui.workers_label.setText(self.tr("Assigned to {workers}").format(workers=workers))
        ui.legal_name_value.setText(d.legal_name or "—")
        if d.date_of_birth:
            ui.birth_value.setText(f"{short_date(d.date_of_birth)} (age {d.age})")
        else:
            ui.birth_value.setText("—")
        ui.phone_value.setText(d.phone or "—")
        ui.email_value.setText(d.email or "—")
        ui.address_value.setText(d.address or "—")
        ui.emergency_value.setText(d.emergency_contact or "—")
        ui.status_value.setText(vocab_label(ClientStatus(d.status)))
        ui.since_value.setText(short_date(d.created_at))
        since = self.tr(" since {when}").format(when=local_time(d.risk_at)) if d.risk_at else ""
        ui.risk_value.setText(f"{vocab_label(d.risk)}{since}")
        self.setAccessibleName(self.tr("Client record: {name}").format(name=d.preferred_name))
        ui.name_label.setToolTip(html.escape(d.legal_name) if d.legal_name else "")

    def _read_opening_detail(self) -> None:
        if not self._detail_asked and self.client_id:
            self._detail_asked = True
            self._read_detail(audit_open=True)

    def _read_detail(self, *, audit_open: bool) -> None:
        """Read who the client is; the first read is the audited opening of the record."""
        db, actor, cid = self.db, self.actor, self.client_id
        Op(self, lambda: clients.get_client(db, actor, cid, audit_open=audit_open)).success(
            self._detail_read
        ).failure(lambda e: self._detail_failed(e, first=audit_open)).run()

    def _detail_read(self, detail: ClientDetail) -> None:
        first = self.detail is None
        self.show_detail(detail)
        self.ui.handover_button.setEnabled(True)
        if self._secondary is not None:
            self._secondary.brief_contacts.client_name = detail.preferred_name
        if first:
            self.opened.emit(detail)

    def _detail_failed(self, error: Exception, *, first: bool) -> None:
        if first:
            self.open_failed.emit(error_text(error))
        else:
            self._show_error(error_text(error))

    def refresh(self) -> None:
        """Re-read everything shown (View > Refresh): the header (not audited again: the
        record is already open), the notes and the parts already opened."""
        self.refresh_details()
        self.load_notes()
        for tab in self.tabs.values():
            if tab.loaded:
                tab.refresh()

    def refresh_details(self) -> None:
        """Re-read who the client is, the header's warnings and the follow-ups (the parts
        follow the change notice themselves)."""
        self._read_detail(audit_open=False)
        if self._secondary is None:
            return  # the parts read themselves once built
        self.refresh_header()
        self.follow_ups.refresh()

    def refresh_header(self) -> None:
        """Re-read the header's warnings (alert, safety plan, consents, follow-ups)."""
        db, actor, cid = self.db, self.actor, self.client_id
        alerts = self.alerts
        Op(self, lambda: record_header.record_header(db, actor, cid)).success(
            alerts.show_header
        ).failure(lambda e: self._show_error(error_text(e))).run()

    # -- the file: details, workers, closing ------------------------------------------------

    def _build_file_actions(self) -> None:
        ui = self.ui
        menu = QMenu(ui.actions_button)
        menu.setObjectName("file_actions_menu")
        self.edit_action = menu.addAction(self.tr("Edit detai&ls…"))
        self.edit_action.setToolTip(self.tr("Names, contact details, language, how they came"))
        menu.addSeparator()
        self.assign_action = menu.addAction(self.tr("&Assign or transfer…"))
        self.merge_action = menu.addAction(self.tr("&Merge with another record…"))
        menu.addSeparator()
        self.close_action = menu.addAction(self.tr("&Close the file…"))
        self.reopen_action = menu.addAction(self.tr("&Reopen the file…"))
        ui.actions_button.setMenu(menu)
        self.assign_action.triggered.connect(self.open_assign)
        self.merge_action.triggered.connect(self.open_merge)
        self.close_action.triggered.connect(self.open_close)
        self.reopen_action.triggered.connect(self.open_reopen)
        self.edit_action.triggered.connect(self.open_edit)
        ui.closed_button.clicked.connect(self._closed_button_clicked)
        ui.actions_button.setEnabled(False)  # until the client's details are in
        supervisor = self.actor.has(SUPERVISOR)
        self.assign_action.setVisible(supervisor)
        self.merge_action.setVisible(supervisor)

    def may_close(self) -> bool:
        return self.actor.has(SUPERVISOR) or (self.actor.has(WORKER) and self.workers_may_close)

    def _show_file_state(self, d: ClientDetail) -> None:
        """The banner of a closed file, and which buttons still do something."""
        ui = self.ui
        closed, merged = d.closed, d.merged_into_id is not None
        ui.closed_frame.setVisible(closed)
        ui.closed_label.setText(close_banner(d))
        ui.closed_button.setText(
            self.tr("Open client {n}").format(n=d.merged_into_id)
            if merged
            else self.tr("Reopen the file…")
        )
        ui.closed_button.setVisible(merged or (closed and self.may_close()))
        ui.new_note_button.setEnabled(not closed)
        self.brief_button.setEnabled(not closed)
        self._closed_file = closed
        if self._secondary is not None:
            self._secondary.brief_contacts.set_writable(not closed)
        self.edit_action.setEnabled(not closed)
        self.assign_action.setEnabled(not closed)
        self.merge_action.setEnabled(not closed)
        self.close_action.setVisible(not closed and self.may_close())
        self.reopen_action.setVisible(closed and not merged and self.may_close())
        ui.actions_button.setEnabled(
            any(a.isVisible() and a.isEnabled() for a in ui.actions_button.menu().actions())
        )

    def _closed_button_clicked(self) -> None:
        if self.detail is None:
            return
        if self.detail.merged_into_id is not None:
            self.open_client.emit(self.detail.merged_into_id)
        else:
            self.open_reopen()

    def _show_dialog(self, dialog: RecordDialog) -> None:
        """One header dialog at a time; a saved change is shown at once (the record
        does not hear its own change notice)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.close()
        self.dialog = dialog
        dialog.saved.connect(self._file_changed)
        # Closed without saving (after a conflict, say): read the record as it is now, so
        # the next dialog starts from the version someone else saved.
        dialog.rejected.connect(lambda: self._read_detail(audit_open=False))
        dialog.show()

    def _file_changed(self, result: object) -> None:
        if isinstance(result, ClientDetail) and result.id == self.client_id:
            self.show_detail(result)
        else:
            self._read_detail(audit_open=False)
        self.refresh_header()

    def open_edit(self) -> IntakeDialog | None:
        if self.detail is None:
            return None
        dialog = IntakeDialog(self.db, self.actor, self.detail, self)
        dialog.setObjectName("edit_client_dialog")
        dialog.open_client.connect(self.open_client)
        self._show_dialog(dialog)
        return dialog

    def open_close(self) -> CloseDialog | None:
        if self.detail is None:
            return None
        dialog = CloseDialog(self.db, self.actor, self.detail, self)
        dialog.setObjectName("close_dialog")
        dialog.open_note.connect(self.open_note)
        self._show_dialog(dialog)
        return dialog

    def open_reopen(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        dialog = reopen_dialog(self.db, self.actor, self.detail, self)
        self._show_dialog(dialog)
        return dialog

    def open_assign(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        dialog = AssignDialog(self.db, self.actor, self.detail, self)
        dialog.setObjectName("assign_dialog")
        dialog.transferred_away.connect(self.open_failed)
        self._show_dialog(dialog)
        return dialog

    def open_merge(self) -> RecordDialog | None:
        if self.detail is None:
            return None
        dialog = MergeDialog(self.db, self.actor, self.detail, self)
        dialog.setObjectName("merge_dialog")
        dialog.open_client.connect(self.open_client)
        self._show_dialog(dialog)
        return dialog

    # -- the record's tabs ------------------------------------------------------------------

    def tab(self, key: str) -> RecordTab | None:
        """The part of the record under ``key`` ("goals" ...), built if not yet shown."""
        tab = self.tabs.get(key)
        if tab is not None or key not in self._pages:
            return tab
        cls = next(c for k, _t, c in RECORD_TABS if k == key)
        tab = cls(self.db, self.actor, self.client_id, self._pages[key])
        tab.setObjectName(f"{key}_tab")
        tab.changed.connect(self.refresh_header)
        tab.open_note.connect(self.open_note)
        layout = self._pages[key].layout()
        assert layout is not None  # each page was made with its layout above
        layout.addWidget(tab)
        self.tabs[key] = tab
        return tab

    def _on_tab_changed(self, index: int) -> None:
        page = self.ui.record_tabs.widget(index)
        key = next((k for k, p in self._pages.items() if p is page), None)
        if key is not None:
            self.tab(key)

    def show_tab(self, key: str) -> RecordTab | None:
        """Bring a part of the record to the front ("overview", "notes", "goals" ...)."""
        if key == "overview":
            self.ui.record_tabs.setCurrentIndex(0)
            return None
        if key == "notes":
            self.show_notes()
            return None
        tab = self.tab(key)
        if tab is not None:
            self.ui.record_tabs.setCurrentWidget(self._pages[key])
        return tab

    def follow_link(self, key: str) -> None:
        header = self.alerts.header
        alert = header.alert if header else None
        if key == "note" and alert is not None:
            self.open_note.emit(self.client_id, alert.note_id)
            return
        self.show_tab(key)

    def focus_search(self) -> bool:
        """Ctrl+F on the Notes tab goes to its note search; the other tabs have none."""
        if self.ui.record_tabs.currentIndex() == NOTES_TAB:
            return self.notes_page.focus_search()
        return False

    # -- notes ------------------------------------------------------------------------------

    def load_notes(self) -> None:
        self.notes_page.refresh()

    def _on_note_count(self, count: int | None) -> None:
        if count is not None:
            self.ui.record_tabs.setTabText(NOTES_TAB, f"N&otes ({count:,})")
            self.ui.note_count_value.setText(f"{count:,}")

    def _show_error(self, message: str) -> None:
        self.notes_page.on_failed(message)

    def show_notes(self) -> None:
        self.ui.record_tabs.setCurrentIndex(NOTES_TAB)

    def log_brief_contact(self) -> BriefContactDialog | None:
        """The quick log for this client (shown with the Notes tab, where it is listed)."""
        if self.detail is None or self.detail.closed or not self.actor.has(WORKER):
            return None
        self.show_notes()
        return self.brief_contacts.log_contact()

    def open_handover(self) -> HandoverDialog | None:
        """The handover dialog for this client (one at a time; it closes with the record).

        None while the client's details are still being read."""
        if self.detail is None:
            return None
        # Imported on first use: the dialog brings reportlab and Qt PDF, about 0.2 s of
        # start-up that the login window should not wait for.
        from pswdesk.gui.handover_dialog import show_handover_dialog

        return show_handover_dialog(
            self.db, self.actor, self.client_id, self.detail.preferred_name, self
        )
