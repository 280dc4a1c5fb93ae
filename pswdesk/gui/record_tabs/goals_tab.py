"""Goals tab: the client's goals (active first) beside the selected goal's progress history,
a timeline of every goal's progress under them, and dialogs to add or edit a goal and to
add a progress entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pswdesk.db import Database
from pswdesk.gui.forms.ui_goal_dialog import Ui_GoalDialog
from pswdesk.gui.forms.ui_goal_progress_dialog import Ui_GoalProgressDialog
from pswdesk.gui.forms.ui_goals_tab import Ui_GoalsTab
from pswdesk.gui.record_charts import GOAL_MAX_HEIGHT, ChartStrip, GoalTimeline
from pswdesk.gui.record_tabs.common import (
    GREY,
    RED,
    EnterFilter,
    RecordDialog,
    RecordTab,
    esc,
    from_qdate,
    one_line,
    origin,
    select_row,
    selected,
    setup_table,
    to_qdate,
)
from pswdesk.gui.table_model import Column, RowTableModel, short_date
from pswdesk.gui.vocabulary_text import translated
from pswdesk.services import goals
from pswdesk.services.access import Actor
from pswdesk.services.goals import STATUSES, GoalInput, GoalProgressRow, GoalRow


def _target(row: GoalRow) -> str:
    if row.target_date is None:
        return "—"
    late = (
        QCoreApplication.translate("GoalsTab", " (passed)")
        if row.target_passed(dt.date.today())
        else ""
    )
    return f"{short_date(row.target_date)}{late}"


def _status(row: GoalRow | GoalProgressRow) -> str:
    return translated(row.status_label)


def _progress_source(p: GoalProgressRow) -> str:
    """``p.source`` in the language of the windows."""
    if p.note_id:
        return QCoreApplication.translate("GoalsTab", "note #{id}").format(id=p.note_id)
    return QCoreApplication.translate("GoalsTab", "added on the record")


def _goal_source(row: GoalRow) -> str:
    """``row.source`` in the language of the windows."""
    where, by, day = origin(row.set_on, row.note_id, row.set_by_name)
    return QCoreApplication.translate("GoalsTab", "Set {where}{by}, {date}").format(
        where=where, by=by, date=day
    )


def _last(row: GoalRow) -> str:
    last = row.last_progress
    if last is None:
        return QCoreApplication.translate("GoalsTab", "None yet")
    n = len(row.progress)
    if n == 1:
        entries = QCoreApplication.translate("GoalsTab", "1 entry")
    else:
        entries = QCoreApplication.translate("GoalsTab", "{n} entries").format(n=n)
    return f"{short_date(last.on)}  ({entries})"


COLUMNS: list[Column[GoalRow]] = [
    Column(
        "Goal",
        lambda r: one_line(r.text),
        tooltip=lambda r: r.text,
        foreground=lambda r: None if r.active else GREY,
        width=250,
    ),
    Column("Status", _status, bold=lambda r: r.active, width=80),
    Column(
        "Target",
        _target,
        foreground=lambda r: RED if r.target_passed(dt.date.today()) else None,
        width=165,
    ),
    Column("Latest progress", _last),
]


def goal_html(row: GoalRow) -> str:
    parts = [f"<h3 style='margin-bottom:4px'>{esc(row.text)}</h3>"]
    if row.why_it_matters:
        why = QCoreApplication.translate("GoalsTab", "<b>Why it matters:</b> {why}")
        parts.append(f"<p>{why.format(why=esc(row.why_it_matters))}</p>")
    if row.target_date:
        target = " &nbsp;·&nbsp; " + QCoreApplication.translate(
            "GoalsTab", "<b>Target:</b> {date}"
        ).format(date=_target(row))
    else:
        target = ""
    status = QCoreApplication.translate("GoalsTab", "<b>Status:</b> {status}").format(
        status=_status(row)
    )
    parts.append(f"<p>{status}{target}</p>")
    parts.append(f"<p style='color:{GREY}'>{esc(_goal_source(row))}</p>")
    newest = QCoreApplication.translate("GoalsTab", "Progress, newest first")
    parts.append(f"<h4 style='margin-bottom:2px'>{newest}</h4>")
    if not row.progress:
        nothing = QCoreApplication.translate("GoalsTab", "No progress recorded yet.")
        parts.append(f"<p style='color:{GREY}'>{nothing}</p>")
    else:
        cells = []
        status_only = QCoreApplication.translate("GoalsTab", "<i>status only</i>")
        for p in row.progress:
            who = f"{esc(p.author_name)}, " if p.author_name else ""
            cells.append(
                "<tr>"
                f"<td style='padding:4px 10px 4px 0; white-space:nowrap'><b>{short_date(p.on)}</b>"
                f"<br/><span style='color:{GREY}'>{_status(p)}</span></td>"
                f"<td style='padding:4px 0'>{esc(p.text) or status_only}"
                f"<br/><span style='color:{GREY}'>{who}{esc(_progress_source(p))}</span></td>"
                "</tr>"
            )
        parts.append("<table cellspacing='0'>" + "".join(cells) + "</table>")
    return "".join(parts)


class GoalsTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, actor, client_id, parent)
        self.ui = Ui_GoalsTab()
        self.ui.setupUi(self)
        self.model: RowTableModel[GoalRow] = RowTableModel(COLUMNS, self)
        setup_table(self.ui.goals_table, self.model, [c.width for c in COLUMNS])
        self.ui.splitter.setSizes([620, 380])
        self.timeline = GoalTimeline()  # progress over time, one row per goal, under the list
        self.timeline_strip = ChartStrip(self.timeline, GOAL_MAX_HEIGHT, self)
        layout = self.ui.main_layout
        layout.insertWidget(layout.indexOf(self.ui.splitter) + 1, self.timeline_strip)
        self.ui.goals_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self.show_selected()
        )
        self.ui.goals_table.doubleClicked.connect(lambda _i: self.edit_goal())
        EnterFilter(self.ui.goals_table, self.edit_goal)
        self.ui.add_button.clicked.connect(self.add_goal)
        self.ui.edit_button.clicked.connect(self.edit_goal)
        self.ui.progress_button.clicked.connect(self.add_progress)
        self.ui.show_closed_check.toggled.connect(lambda _on: self.refresh())
        self._update_buttons()

    def fetch(self) -> Callable[[], Any]:
        db, actor, cid = self.db, self.actor, self.client_id
        closed = self.ui.show_closed_check.isChecked()
        return lambda: goals.list_goals(db, actor, cid, include_closed=closed)

    def show_result(self, rows: list[GoalRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self.set_empty(not rows, self.ui.splitter)
        self.timeline_strip.setVisible(bool(rows))
        self.timeline.show_goals(rows)
        active = sum(r.active for r in rows)
        counts = [self.tr("{n} active").format(n=active)] + [
            f"{n} {translated(label).lower()}"
            for key, label in STATUSES.items()
            if key != "active" and (n := sum(r.status == key for r in rows))
        ]
        self.ui.summary_label.setText(" · ".join(counts) if rows else "")
        select_row(self.ui.goals_table, self.model, current.id if current else None)
        self.show_selected()

    def current(self) -> GoalRow | None:
        return selected(self.ui.goals_table)

    def show_selected(self) -> None:
        row = self.current()
        self.ui.goal_browser.setHtml(goal_html(row) if row else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.ui.edit_button.setEnabled(has)
        self.ui.progress_button.setEnabled(has)

    # -- actions --------------------------------------------------------------------------

    def add_goal(self) -> None:
        dialog = GoalDialog(self.db, self.actor, self.client_id, None, self)
        self.open_dialog(
            dialog, lambda r: self.tr("Goal added: {text}").format(text=one_line(r.text)[:60])
        )

    def edit_goal(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = GoalDialog(self.db, self.actor, self.client_id, row, self)
        self.open_dialog(
            dialog, lambda r: self.tr("Goal saved: {text}").format(text=one_line(r.text)[:60])
        )

    def add_progress(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = GoalProgressDialog(self.db, self.actor, row, self)
        self.open_dialog(
            dialog,
            lambda r: self.tr("Progress added to: {text}").format(text=one_line(r.text)[:60]),
        )


class GoalDialog(RecordDialog):
    """A new goal (``goal`` None) or changes to one."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        client_id: int,
        goal: GoalRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.client_id, self.goal = db, actor, client_id, goal
        self.setup(Ui_GoalDialog())
        ui = self.ui
        for key, label in STATUSES.items():
            ui.status_combo.addItem(translated(label), key)
        ui.target_date_edit.setDate(to_qdate(dt.date.today() + dt.timedelta(days=60)))
        ui.target_check.toggled.connect(ui.target_date_edit.setEnabled)
        if goal is None:
            self.setWindowTitle(self.tr("New goal"))
            ui.target_check.setChecked(False)
            ui.target_date_edit.setEnabled(False)
        else:
            self.setWindowTitle(self.tr("Edit goal"))
            ui.text_edit.setPlainText(goal.text)
            ui.why_edit.setPlainText(goal.why_it_matters)
            ui.status_combo.setCurrentIndex(max(ui.status_combo.findData(goal.status), 0))
            ui.target_check.setChecked(goal.target_date is not None)
            ui.target_date_edit.setEnabled(goal.target_date is not None)
            if goal.target_date is not None:
                ui.target_date_edit.setDate(to_qdate(goal.target_date))
        ui.text_edit.setFocus()

    def data(self) -> GoalInput:
        ui = self.ui
        return GoalInput(
            ui.text_edit.toPlainText(),
            ui.why_edit.toPlainText(),
            from_qdate(ui.target_date_edit) if ui.target_check.isChecked() else None,
            ui.status_combo.currentData(),
        )

    def submit(self) -> Callable[[], GoalRow]:
        db, actor, cid, goal, data = self.db, self.actor, self.client_id, self.goal, self.data()
        if goal is None:
            return lambda: goals.add_goal(db, actor, cid, data)
        return lambda: goals.update_goal(db, actor, goal.id, goal.version, data)


class GoalProgressDialog(RecordDialog):
    def __init__(
        self, db: Database, actor: Actor, goal: GoalRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.goal = db, actor, goal
        self.setup(Ui_GoalProgressDialog())
        ui = self.ui
        self.setWindowTitle(self.tr("Add progress"))
        ui.intro_label.setText(f"<b>{esc(goal.text)}</b>")
        for key, label in STATUSES.items():
            ui.status_combo.addItem(translated(label), key)
        ui.status_combo.setCurrentIndex(max(ui.status_combo.findData(goal.status), 0))
        ui.progress_edit.setFocus()

    def submit(self) -> Callable[[], GoalRow]:
        db, actor, goal = self.db, self.actor, self.goal
        text, status = self.ui.progress_edit.toPlainText(), self.ui.status_combo.currentData()
        return lambda: goals.add_progress(db, actor, goal.id, goal.version, text, status)
