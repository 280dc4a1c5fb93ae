"""Supervision: the session log, hours per worker for a period, and review levels.

A supervisor logs and corrects their workers' sessions and sets how many of each
worker's notes they review; a worker sees their own sessions, total and review
level, read-only; an administrator sees hours and review levels, never topics
(``services.supervision``, ``services.review_levels``). Built in code: one page,
three small tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pswdesk.db import Database
from pswdesk.gui.changes import Change
from pswdesk.gui.date_fields import one_tab_stop
from pswdesk.gui.operations import Op, error_text
from pswdesk.gui.table_model import short_date
from pswdesk.gui.vocabulary_text import translated, vocab_label
from pswdesk.services import review_levels, supervision
from pswdesk.services.access import ADMIN, SUPERVISOR, Actor
from pswdesk.services.review_levels import WorkerLevel
from pswdesk.services.supervision import SessionInput, SessionRow, WorkerTotal, hours_text
from pswdesk.vocabulary import ReviewLevel


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


translate = QCoreApplication.translate  # pyside6-lupdate reads its literal calls


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)


class SessionDialog(QDialog):
    """Add or correct one session; the worker is chosen only when adding."""

    saved = Signal(object)  # SessionRow

    def __init__(
        self,
        db: Database,
        actor: Actor,
        workers: list[tuple[int, str]],
        row: SessionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.row = db, actor, row
        self.setWindowTitle(
            translate("SupervisionPage", "Correct supervision session")
            if row
            else translate("SupervisionPage", "Add supervision session")
        )
        form = QFormLayout()
        self.worker_combo = QComboBox()
        self.worker_combo.setAccessibleName(translate("SupervisionPage", "Worker"))
        for uid, name in workers:
            self.worker_combo.addItem(name, uid)
        if row is not None:
            self.worker_combo.addItem(row.worker_name, row.worker_id)
            self.worker_combo.setCurrentIndex(self.worker_combo.count() - 1)
            self.worker_combo.setEnabled(False)
        self.date_edit = QDateEdit(_qdate(row.held_on if row else dt.date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd MMM yyyy")
        self.date_edit.setMaximumDate(_qdate(dt.date.today()))
        self.date_edit.setAccessibleName(translate("SupervisionPage", "Date of the session"))
        one_tab_stop(self.date_edit)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, supervision.MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(translate("SupervisionPage", " min"))
        self.minutes_spin.setValue(row.minutes if row else 60)
        self.minutes_spin.setAccessibleName(translate("SupervisionPage", "Minutes"))
        self.topics_edit = QPlainTextEdit(row.topics if row else "")
        self.topics_edit.setPlaceholderText(
            translate("SupervisionPage", "A line or two: what you talked about")
        )
        self.topics_edit.setTabChangesFocus(True)
        self.topics_edit.setMaximumHeight(90)
        self.topics_edit.setAccessibleName(translate("SupervisionPage", "Topics"))
        form.addRow(translate("SupervisionPage", "&Worker:"), self.worker_combo)
        form.addRow(translate("SupervisionPage", "&Date:"), self.date_edit)
        form.addRow(translate("SupervisionPage", "&Minutes:"), self.minutes_spin)
        form.addRow(translate("SupervisionPage", "&Topics:"), self.topics_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, 300)

    def save(self) -> None:
        data = SessionInput(
            _pydate(self.date_edit.date()),
            self.minutes_spin.value(),
            self.topics_edit.toPlainText(),
        )
        db, actor, row = self.db, self.actor, self.row
        call: Callable[[], SessionRow]
        if row is None:
            worker_id = int(self.worker_combo.currentData())
            call = lambda: supervision.record_session(db, actor, worker_id, data)  # noqa: E731
        else:
            call = lambda: supervision.update_session(  # noqa: E731
                db, actor, row.id, data, expected_version=row.version
            )
        Op(self, call).success(self._saved).failure(self._refused).changes(Change.USER).busy(
            self
        ).run()

    def _saved(self, row: SessionRow) -> None:
        self.saved.emit(row)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.setVisible(True)


class ReviewLevelDialog(QDialog):
    """Every note, a sample of N %, or none: for one worker."""

    saved = Signal(object)  # WorkerLevel

    def __init__(
        self, db: Database, actor: Actor, level: WorkerLevel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.level = db, actor, level
        self.setWindowTitle(
            translate("SupervisionPage", "Review level — {name}").format(name=level.full_name)
        )
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(translate("SupervisionPage", "Review level"))
        for choice in ReviewLevel:
            self.level_combo.addItem(vocab_label(choice), str(choice))
        self.level_combo.setCurrentIndex(list(ReviewLevel).index(level.level))
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(*review_levels.SAMPLE_RANGE)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.setValue(level.sample_percent or 20)
        self.percent_spin.setAccessibleName(translate("SupervisionPage", "Sample percentage"))
        self.level_combo.currentIndexChanged.connect(self._sync)
        form = QFormLayout()
        form.addRow(translate("SupervisionPage", "&Review:"), self.level_combo)
        form.addRow(translate("SupervisionPage", "&Sample:"), self.percent_spin)
        rule = QLabel(
            translate(
                "SupervisionPage",
                "High and imminent risk notes are always reviewed. A note not drawn for review "
                "is filed without review: locked and hashed, marked as such, never as signed.",
            )
        )
        rule.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._sync()
        self.resize(440, 220)

    def _sync(self) -> None:
        self.percent_spin.setEnabled(self.level_combo.currentData() == ReviewLevel.SAMPLE)

    def save(self) -> None:
        db, actor, level = self.db, self.actor, self.level
        chosen = str(self.level_combo.currentData())
        percent = self.percent_spin.value() if chosen == ReviewLevel.SAMPLE else None
        Op(
            self,
            lambda: review_levels.set_review_level(
                db, actor, level.user_id, chosen, percent, expected_version=level.version
            ),
        ).success(self._saved).failure(self._refused).changes(Change.USER).busy(self).run()

    def _saved(self, row: WorkerLevel) -> None:
        self.saved.emit(row)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.setVisible(True)


class SupervisionPage(QWidget):
    """The page of the main window ("Supervision" in the navigation)."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.supervisor = actor.has(SUPERVISOR)
        self.admin = actor.has(ADMIN)
        self.sessions: list[SessionRow] = []
        self.totals: list[WorkerTotal] = []
        self.levels: list[WorkerLevel] = []
        self.workers: list[tuple[int, str]] = []
        self.dialog: QDialog | None = None
        self.pending_message = ""  # said once the list is read again after a change
        self.setAccessibleName(translate("SupervisionPage", "Supervision"))

        title = QLabel(translate("SupervisionPage", "Supervision"))
        title.setObjectName("title_label")
        title.setProperty("role", "heading")
        if self.supervisor:
            about = translate(
                "SupervisionPage",
                "Log your workers' supervision sessions and see their hours for a period; "
                "set how many of each worker's notes you review.",
            )
        elif self.admin:
            about = translate(
                "SupervisionPage",
                "Hours of supervision per worker for a period, and each worker's review level. "
                "Topics stay with the worker and their supervisor.",
            )
        else:
            about = translate(
                "SupervisionPage",
                "Your supervision sessions and your hours for a period (for certification).",
            )
        description = QLabel(about)
        description.setWordWrap(True)

        today = dt.date.today()
        self.from_edit = QDateEdit(_qdate(today.replace(month=1, day=1)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit, name in (
            (self.from_edit, translate("SupervisionPage", "Period from")),
            (self.to_edit, translate("SupervisionPage", "Period to")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
            edit.setAccessibleName(name)
            one_tab_stop(edit)
            edit.dateChanged.connect(self.refresh)
        period = QHBoxLayout()
        from_label = QLabel(translate("SupervisionPage", "&Period from"))
        from_label.setBuddy(self.from_edit)
        period.addWidget(from_label)
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(translate("SupervisionPage", "to")))
        period.addWidget(self.to_edit)
        period.addStretch(1)

        self.totals_table = _table(
            [
                translate("SupervisionPage", "Worker"),
                translate("SupervisionPage", "Sessions"),
                translate("SupervisionPage", "Hours"),
            ],
            "totals_table",
        )
        self.totals_table.setAccessibleName(
            translate("SupervisionPage", "Hours of supervision per worker")
        )
        header = self.totals_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals_table.setColumnWidth(1, 90)
        self.totals_table.setColumnWidth(2, 100)
        self.totals_table.setMaximumHeight(190)  # the sessions below get the room
        totals_box = QGroupBox(
            translate("SupervisionPage", "Hours per worker")
            if self.supervisor or self.admin
            else translate("SupervisionPage", "Your hours")
        )
        QVBoxLayout(totals_box).addWidget(self.totals_table)

        self.levels_table = _table(
            [
                translate("SupervisionPage", "Worker"),
                translate("SupervisionPage", "Notes reviewed"),
            ],
            "levels_table",
        )
        self.levels_table.setAccessibleName(translate("SupervisionPage", "Review level per worker"))
        self.levels_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.levels_table.setColumnWidth(1, 170)
        self.levels_table.setMaximumHeight(150)
        self.levels_table.doubleClicked.connect(lambda _i: self.change_level())
        self.level_button = QPushButton(translate("SupervisionPage", "Change &review level…"))
        self.level_button.setObjectName("level_button")
        self.level_button.clicked.connect(self.change_level)
        self.my_level_label = QLabel()
        self.my_level_label.setObjectName("my_level_label")
        self.my_level_label.setWordWrap(True)
        levels_box = QGroupBox(
            translate("SupervisionPage", "Review levels")
            if self.supervisor or self.admin
            else translate("SupervisionPage", "Review")
        )
        levels_layout = QVBoxLayout(levels_box)
        if self.supervisor or self.admin:
            levels_layout.addWidget(self.levels_table)
            levels_layout.addWidget(self.level_button, 0, Qt.AlignmentFlag.AlignLeft)
        levels_layout.addWidget(self.my_level_label)

        headers = [
            translate("SupervisionPage", "Date"),
            translate("SupervisionPage", "Worker"),
            translate("SupervisionPage", "Minutes"),
            translate("SupervisionPage", "Recorded by"),
            translate("SupervisionPage", "Topics"),
        ]
        self.sessions_table = _table(headers, "sessions_table")
        self.sessions_table.setAccessibleName(translate("SupervisionPage", "Supervision sessions"))
        widths = (110, 170, 80, 170)
        for col, width in enumerate(widths):
            self.sessions_table.setColumnWidth(col, width)
        self.sessions_table.horizontalHeader().setStretchLastSection(True)
        self.sessions_table.setColumnHidden(4, self.admin and not self.supervisor)
        self.sessions_table.setColumnHidden(1, not (self.supervisor or self.admin))
        self.sessions_table.doubleClicked.connect(lambda _i: self.edit_session())
        self.sessions_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(translate("SupervisionPage", "&Add session…"))
        self.add_button.setObjectName("add_button")
        self.add_button.clicked.connect(self.add_session)
        self.edit_button = QPushButton(translate("SupervisionPage", "&Edit…"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button = QPushButton(translate("SupervisionPage", "&Delete"))
        self.delete_button.setObjectName("delete_button")
        self.delete_button.clicked.connect(self.delete_session)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setVisible(self.supervisor)
            buttons.addWidget(b)
        buttons.addStretch(1)
        sessions_box = QGroupBox(
            translate("SupervisionPage", "Sessions")
            if self.supervisor or self.admin
            else translate("SupervisionPage", "Your sessions")
        )
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.sessions_table)
        sessions_layout.addLayout(buttons)

        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(totals_box, 3)
        top.addWidget(levels_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(description)
        layout.addLayout(period)
        layout.addLayout(top, 1)
        layout.addWidget(sessions_box, 2)
        layout.addWidget(self.message_label)
        self._update_buttons()
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def refresh(self) -> None:
        db, actor = self.db, self.actor
        start, end = self.period()
        manager = self.supervisor or self.admin

        def load() -> dict[str, Any]:
            return {
                "sessions": supervision.sessions(db, actor, date_from=start, date_to=end),
                "totals": supervision.totals(db, actor, date_from=start, date_to=end),
                "levels": review_levels.worker_levels(db, actor) if manager else [],
                "mine": None if manager else review_levels.my_level(db, actor),
                "workers": supervision.supervisees(db, actor) if self.supervisor else [],
            }

        Op(self, load).success(self._show).failure(self._failed).busy(self).run()

    def _show(self, found: dict[str, Any]) -> None:
        self.sessions, self.totals = found["sessions"], found["totals"]
        self.levels, self.workers = found["levels"], found["workers"]
        _fill(
            self.sessions_table,
            [
                [
                    short_date(r.held_on),
                    r.worker_name,
                    str(r.minutes),
                    r.supervisor_name,
                    " ".join(r.topics.split()),
                ]
                for r in self.sessions
            ],
        )
        _fill(
            self.totals_table,
            [[t.worker_name, str(t.sessions), hours_text(t.minutes)] for t in self.totals],
        )
        _fill(self.levels_table, [[lv.full_name, translated(lv.label)] for lv in self.levels])
        mine: WorkerLevel | None = found["mine"]
        if mine is not None:
            self.my_level_label.setText(
                translate(
                    "SupervisionPage",
                    "Notes of yours your supervisor reviews: {level}. High and imminent "
                    "risk notes are always reviewed.",
                ).format(level=translated(mine.label))
            )
        else:
            self.my_level_label.setText(
                translate(
                    "SupervisionPage",
                    "High and imminent risk notes are always reviewed, whatever the level.",
                )
            )
        start, end = self.period()
        total = sum(t.minutes for t in self.totals)
        count = len(self.sessions)
        summary = (
            translate("SupervisionPage", "{n} session from {start} to {end}; {total} in all.")
            if count == 1
            else translate("SupervisionPage", "{n} sessions from {start} to {end}; {total} in all.")
        ).format(n=count, start=short_date(start), end=short_date(end), total=hours_text(total))
        self.show_message(f"{self.pending_message} {summary}".strip())
        self.pending_message = ""
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.show_message(error_text(error))

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def selected_session(self) -> SessionRow | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.sessions):
            return None
        return self.sessions[rows[0].row()]

    def _update_buttons(self) -> None:
        row = self.selected_session()
        editable = row is not None and row.can_edit
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.add_button.setEnabled(bool(self.workers))
        self.level_button.setEnabled(bool(self.levels))

    # -- writing ------------------------------------------------------------------------------

    def add_session(self) -> None:
        if not self.supervisor or not self.workers:
            return
        self._open(SessionDialog(self.db, self.actor, self.workers, None, self))

    def edit_session(self) -> None:
        row = self.selected_session()
        if row is None or not row.can_edit:
            return
        self._open(SessionDialog(self.db, self.actor, [], row, self))

    def _open(self, dialog: SessionDialog) -> None:
        dialog.setObjectName("session_dialog")
        dialog.saved.connect(
            lambda r: self._changed(
                translate("SupervisionPage", "Session of {name} saved.").format(name=r.worker_name)
            )
        )
        self.dialog = dialog
        dialog.show()

    def delete_session(self) -> None:
        row = self.selected_session()
        if row is None or not row.can_edit:
            return
        db, actor = self.db, self.actor
        Op(
            self,
            lambda: supervision.delete_session(db, actor, row.id, expected_version=row.version),
        ).success(
            lambda _r: self._changed(translate("SupervisionPage", "Session deleted."))
        ).failure(self._failed).changes(Change.USER).busy(self).run()

    def change_level(self) -> None:
        rows = self.levels_table.selectionModel().selectedRows()
        if not self.levels:
            return
        level = self.levels[rows[0].row() if rows else 0]
        dialog = ReviewLevelDialog(self.db, self.actor, level, self)
        dialog.setObjectName("level_dialog")
        dialog.saved.connect(
            lambda lv: self._changed(
                translate("SupervisionPage", "{name}'s notes reviewed: {level}.").format(
                    name=lv.full_name, level=translated(lv.label)
                )
            )
        )
        self.dialog = dialog
        dialog.show()

    def _changed(self, text: str) -> None:
        self.pending_message = text
        self.refresh()
