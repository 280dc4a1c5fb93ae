"""The audit log, newest first, filtered by person, client, action and period, paged off
the GUI thread (it grows without bound), with a CSV export of the filtered list.

Administrators see every entry, supervisors their team's (``services.audit_view``).
Each line is in plain words: the acting person's name, "Note signed", the record
("Client 12 – Sam" only for someone who may see that client) and which fields
changed, never what they hold. Every write is audited, so any change notice makes
the page read its first page again: at once when on screen, else when next shown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QStandardPaths, Qt
from PySide6.QtGui import QIntValidator, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from pswdesk.db import Database
from pswdesk.gui.audit_text import action_tr, record_tr
from pswdesk.gui.changes import Change, Changes, change_notice
from pswdesk.gui.date_fields import date_fields_one_tab_stop
from pswdesk.gui.forms.ui_audit_page import Ui_AuditPage
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import Column, PagedTableModel, local_time
from pswdesk.services import audit_view
from pswdesk.services.access import Actor
from pswdesk.services.audit_actions import ACTION_LABELS
from pswdesk.services.audit_view import AuditFilter, AuditLine, Person

EVERYONE = QT_TRANSLATE_NOOP("AuditPage", "Everyone")
ALL = QT_TRANSLATE_NOOP("AuditPage", "All actions")
CUSTOM = -1
#: The period choices: label and how many days back (None: any time; CUSTOM: the dates).
PERIODS: tuple[tuple[object, int | None], ...] = (
    (QT_TRANSLATE_NOOP("AuditPage", "Any time"), None),
    (QT_TRANSLATE_NOOP("AuditPage", "Today"), 0),
    (QT_TRANSLATE_NOOP("AuditPage", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("AuditPage", "Last 30 days"), 29),
    (QT_TRANSLATE_NOOP("AuditPage", "Last 12 months"), 364),
    (QT_TRANSLATE_NOOP("AuditPage", "From – to"), CUSTOM),
)
WARNING_ACTIONS = frozenset(
    {"login.failed", "login.locked", "backup.failed", "disclosure.emergency",
     "database.key_change_failed"}
)  # fmt: skip

AUDIT_COLUMNS: list[Column[AuditLine]] = [
    Column("When", lambda r: local_time(r.at), width=140),
    Column("Who", lambda r: r.who, width=150),
    Column(
        "Action",
        lambda r: action_tr(r.action_label),
        foreground=lambda r: "#b91c1c" if r.action in WARNING_ACTIONS else None,
        tooltip=lambda r: r.action,
        width=220,
    ),
    Column("Record", lambda r: record_tr(r.record), width=190),
    Column("Client", lambda r: r.client, width=170),
    Column("Details", lambda r: r.details, tooltip=lambda r: r.details),
]


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class AuditPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        date_fields_one_tab_stop(self)  # the period's dates: one Tab each
        self.setAccessibleName(self.tr("Audit log"))
        self.ui.description_label.setText(
            self.tr(
                "Every change, sign-off, sign-in and opening of a client record, newest first: "
                "who did what, to which record, and which fields changed (never what they say). "
                "Entries are chained so that any edit or deletion is detected."
            )
        )
        self.ui.empty_label.setText(self.tr("No entries match these filters."))
        self.ui.hint_label.setText(self.tr("Scroll down to load older entries."))
        self._filling = True
        self._fill_filters()
        self.model: PagedTableModel[AuditLine] = PagedTableModel(AUDIT_COLUMNS, self, page_size=200)
        view = self.ui.table_view
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Audit log entries"))
        view.verticalHeader().setDefaultSectionSize(28)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(AUDIT_COLUMNS):
            if col.width:
                view.setColumnWidth(i, col.width)
        self.ui.busy_bar.setVisible(False)
        self.model.loading_changed.connect(self._loading)
        self.model.page_loaded.connect(lambda _n: self._update_labels())
        self.model.count_changed.connect(lambda _n: self._update_labels())
        self.model.failed.connect(self._failed)
        self.ui.export_button.clicked.connect(lambda: self.export_csv())
        self.ui.clear_button.clicked.connect(self.clear_filters)
        self._stale = False
        self._filling = False
        change_notice().subscribe(self, (), self._on_change)
        self._load_people()
        self.refresh()

    # -- filters --------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.person_combo.addItem(self.tr(str(EVERYONE)), None)
        ui.action_combo.addItem(self.tr(str(ALL)), None)
        labels = {action: action_tr(label) for action, label in ACTION_LABELS.items()}
        for action, label in sorted(labels.items(), key=lambda kv: kv[1].lower()):
            ui.action_combo.addItem(label, action)
        ui.action_combo.setMaxVisibleItems(20)
        for period, days in PERIODS:
            ui.period_combo.addItem(self.tr(str(period)), days)
        today = QDate.currentDate()
        for edit in (ui.from_date, ui.to_date):
            edit.setDate(today)
            edit.setMaximumDate(today)
            edit.dateChanged.connect(lambda _d: self.refresh())
        ui.from_date.setDate(today.addDays(-29))
        ui.client_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        ui.client_edit.textChanged.connect(lambda _t: self.refresh())
        ui.person_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.action_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.period_combo.currentIndexChanged.connect(lambda _i: self._period_changed())
        self._show_dates(False)

    def _load_people(self) -> None:
        db, actor = self.db, self.actor
        Op(self, lambda: audit_view.people(db, actor)).success(self._got_people).failure(
            lambda e: self._failed(error_text(e))
        ).run()

    def _got_people(self, people: list[Person]) -> None:
        combo = self.ui.person_combo
        chosen = combo.currentData()
        self._filling = True
        combo.clear()
        combo.addItem(self.tr(str(EVERYONE)), None)
        for p in people:
            combo.addItem(p.name, p.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self._filling = False

    def _period_changed(self) -> None:
        self._show_dates(self.ui.period_combo.currentData() == CUSTOM)
        self.refresh()

    def _show_dates(self, shown: bool) -> None:
        for w in (self.ui.from_date, self.ui.to_label, self.ui.to_date):
            w.setVisible(shown)

    def clear_filters(self) -> None:
        self._filling = True
        ui = self.ui
        ui.person_combo.setCurrentIndex(0)
        ui.client_edit.clear()
        ui.action_combo.setCurrentIndex(0)
        ui.period_combo.setCurrentIndex(0)
        self._show_dates(False)
        self._filling = False
        self.refresh()

    def current_filter(self) -> AuditFilter:
        """The filters as chosen on the page."""
        ui = self.ui
        text = ui.client_edit.text().strip()
        days = ui.period_combo.currentData()
        date_from: dt.date | None = None
        date_to: dt.date | None = None
        if days == CUSTOM:
            date_from, date_to = _day(ui.from_date.date()), _day(ui.to_date.date())
            if date_from > date_to:
                date_from, date_to = date_to, date_from
        elif days is not None:
            date_to = dt.date.today()
            date_from = date_to - dt.timedelta(days=days)
        return AuditFilter(
            person_id=ui.person_combo.currentData(),
            client_id=int(text) if text.isdigit() else None,
            action=ui.action_combo.currentData(),
            date_from=date_from,
            date_to=date_to,
        )

    # -- loading --------------------------------------------------------------------------

    def _on_change(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if self._filling:
            return
        self._stale = False
        self.ui.error_label.setVisible(False)
        db, actor, filt = self.db, self.actor, self.current_filter()
        self.model.set_source(
            lambda offset, limit: audit_view.list_lines(
                db, actor, filt, offset=offset, limit=limit
            ),
            count=lambda: audit_view.count_lines(db, actor, filt),
        )

    def focus_search(self) -> bool:
        self.ui.person_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _loading(self, loading: bool) -> None:
        self.ui.busy_bar.setVisible(loading)
        self._update_labels()

    def _update_labels(self) -> None:
        n = self.model.rowCount()
        total = self.model.total
        if total is not None and not self.model.loading:
            self.ui.count_label.setText(self._entries(total))
        else:
            self.ui.count_label.setText(
                self.tr("%1 entries loaded").replace("%1", f"{n:,}") if n else ""
            )
        self.ui.empty_label.setVisible(not self.model.loading and n == 0)
        self.ui.export_button.setEnabled(n > 0)

    def _failed(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(True)

    # -- export ---------------------------------------------------------------------------

    def export_csv(self, path: str | Path | None = None) -> None:
        """Save the filtered entries (every page) as CSV, asking where unless ``path`` is given."""
        if path is None:
            start = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = f"audit-log-{dt.date.today():%Y-%m-%d}.csv"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit log"),
                str(Path(start) / name),
                self.tr("CSV files (*.csv)"),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        db, actor, filt = self.db, self.actor, self.current_filter()
        self.ui.export_button.setEnabled(False)
        self.ui.hint_label.setText(self.tr("Exporting to %1…").replace("%1", target.name))
        Op(self, lambda: audit_view.export_csv(db, actor, filt, target)).success(
            lambda n: self._exported(target, n)
        ).failure(self._export_failed).changes(Change.AUDIT).busy(self).run()

    def _exported(self, target: Path, rows: int) -> None:
        self.ui.export_button.setEnabled(True)
        self.ui.hint_label.setText(
            self.tr("Saved %1 to %2. The export is in the log.")
            .replace("%1", self._entries(rows))
            .replace("%2", str(target))
        )

    def _entries(self, n: int) -> str:
        """ "1 entry", "1,234 entries"."""
        return self.tr("1 entry") if n == 1 else self.tr("%1 entries").replace("%1", f"{n:,}")

    def _export_failed(self, error: Exception) -> None:
        self.ui.export_button.setEnabled(True)
        self.ui.hint_label.setText(self.tr("Scroll down to load older entries."))
        self._failed(error_text(error))
