"""The client record's small charts hold exactly what the services gave their tabs.

The risk chart: one marker per signed rating at its time and level, on a step line
that holds each level until the next rating. The goal timeline: one row per goal in
the list's order, a "set" square per goal and one marker per progress entry in the
series of the status that entry gave.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QCategoryAxis, QDateTimeAxis, QXYSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from pswdesk.gui.client_record import ClientRecord
from pswdesk.gui.record_charts import (
    GOAL_MAX_HEIGHT,
    ChartStrip,
    GoalTimeline,
    RiskChart,
    day_ms,
    goal_label,
    instant_ms,
    step_path,
)
from pswdesk.gui.record_tabs.common import RecordTab
from pswdesk.gui.record_tabs.goals_tab import GoalsTab
from pswdesk.gui.record_tabs.risk_history_tab import RiskHistoryTab
from pswdesk.services import goals, review, risk_history
from pswdesk.services.goals import GoalInput
from pswdesk.services.risk_history import RiskEntry
from pswdesk.vocabulary import GoalStatus, RiskLevel
from tests.conftest import Agency
from tests.gui.helpers import main_window
from tests.notes_support import new_client, submitted_note

pytestmark = pytest.mark.gui

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
PLAN = dict(risk_indicators=("self-harm",), risk_actions=("crisis_protocol",))


def points(series: QXYSeries) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in series.points()]


def _tab(qtbot, record: ClientRecord, key: str) -> RecordTab:  # type: ignore[no-untyped-def]
    tab = record.show_tab(key)
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded and not tab.loading, timeout=10_000)
    return tab


def _signed(a: Agency, cid: int, level: RiskLevel, hours_ago: int) -> None:
    extra = PLAN if level.needs_plan else {}
    note = submitted_note(
        a, a.wendy, cid, risk_level=level, contact_at=NOW - dt.timedelta(hours=hours_ago), **extra
    )
    review.approve(a.db, a.sam, note.id, note.version)


def test_the_risk_chart_draws_each_signed_rating_as_a_step(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Iris")
    for level, hours in ((RiskLevel.LOW, 70), (RiskLevel.HIGH, 50), (RiskLevel.MODERATE, 26),
                         (RiskLevel.MODERATE, 3)):  # fmt: skip
        _signed(a, cid, level, hours)
    submitted_note(a, a.wendy, cid, risk_level=RiskLevel.NONE)  # not signed: not in the history
    entries = risk_history.risk_history(a.db, a.sam, cid)
    assert len(entries) == 4

    record = main_window(qtbot, a.db, "sam", gui_settings).open_client(cid)
    tab = _tab(qtbot, record, "risk")
    assert isinstance(tab, RiskHistoryTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=10_000)
    chart = tab.chart
    assert chart.isVisible()
    oldest_first = sorted(entries, key=lambda e: e.contact_at)
    want = [(instant_ms(e.contact_at), float(e.level.rank)) for e in oldest_first]
    drawn = sorted(pt for level in RiskLevel for pt in points(chart.markers[level]))
    assert drawn == want
    for level in RiskLevel:  # each marker sits in its own level's series
        assert {y for _x, y in points(chart.markers[level])} <= {float(level.rank)}
    assert points(chart.markers[RiskLevel.MODERATE]) == want[2:]
    # The path holds each level until the next rating's time, then moves.
    assert points(chart.path) == step_path([(x, int(y)) for x, y in want])
    assert points(chart.path)[1] == (want[1][0], want[0][1])
    y_axis = next(ax for ax in chart.chart().axes() if isinstance(ax, QCategoryAxis))
    assert y_axis.categoriesLabels() == ["None", "Low", "Moderate", "High", "Imminent"]


def test_no_rating_no_chart(qtbot, sqlite_agency: Agency, gui_settings) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Juno")
    record = main_window(qtbot, a.db, "wendy", gui_settings).open_client(cid)
    tab = _tab(qtbot, record, "risk")
    assert isinstance(tab, RiskHistoryTab)
    assert tab.chart.isHidden()
    assert tab.ui.empty_label.isVisible()


def test_the_goal_timeline_has_a_row_per_goal_and_a_marker_per_entry_by_status(
    qtbot, sqlite_agency: Agency, gui_settings
) -> None:  # type: ignore[no-untyped-def]
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Kit")
    lunch = goals.add_goal(a.db, a.wendy, cid, GoalInput("Take a lunch break three days a week"))
    lunch = goals.add_progress(a.db, a.wendy, lunch.id, lunch.version, "Twice this week")
    lunch = goals.add_progress(a.db, a.wendy, lunch.id, lunch.version, "Resting", "paused")
    bus = goals.add_goal(a.db, a.wendy, cid, GoalInput("Get a bus pass"))
    goals.add_progress(a.db, a.wendy, bus.id, bus.version, "Got it!", GoalStatus.ACHIEVED)
    goals.add_goal(a.db, a.wendy, cid, GoalInput("Call my brother"))
    rows = goals.list_goals(a.db, a.wendy, cid)

    record = main_window(qtbot, a.db, "wendy", gui_settings).open_client(cid)
    tab = _tab(qtbot, record, "goals")
    assert isinstance(tab, GoalsTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10_000)
    timeline = tab.timeline
    assert timeline.isVisible()
    n = len(rows)
    row_of = {r.id: n - 1 - i for i, r in enumerate(rows)}  # the list's first goal at the top
    want: dict[str, list[tuple[float, float]]] = {s: [] for s in GoalStatus}
    for r in rows:
        for p in r.progress:
            want[p.status].append((day_ms(p.on), float(row_of[r.id])))
    for status in GoalStatus:
        assert sorted(points(timeline.status_markers[status])) == sorted(want[status]), status
    assert len(points(timeline.status_markers[GoalStatus.PAUSED])) == 1
    assert len(points(timeline.status_markers[GoalStatus.ACHIEVED])) == 1
    assert sorted(points(timeline.set_markers)) == sorted(
        (day_ms(r.set_on), float(row_of[r.id])) for r in rows
    )
    assert [{y for _x, y in points(s)} for s in timeline.spans] == [{float(n - 1 - i)}
                                                                    for i in range(n)]  # fmt: skip
    y_axis = next(ax for ax in timeline.chart().axes() if isinstance(ax, QCategoryAxis))
    assert (
        y_axis.categoriesLabels() == [goal_label(i + 1, r.text) for i, r in enumerate(rows)][::-1]
    )
    # The status is named in the legend beside its shape, not told by colour alone.
    legend = {m.label() for m in timeline.chart().legend().markers() if m.isVisible()}
    assert legend == {"Goal set", "Active", "Paused", "Achieved"}


def test_many_goals_scroll_rather_than_squeeze(qtbot, sqlite_agency: Agency) -> None:  # type: ignore[no-untyped-def]
    """Squeezed rows would lose their labels to "..."; the strip scrolls instead."""
    a = sqlite_agency
    cid = new_client(a, a.wendy, "Lee")
    for i in range(9):
        goals.add_goal(a.db, a.wendy, cid, GoalInput(f"Goal number {i + 1}"))
    rows = goals.list_goals(a.db, a.wendy, cid)
    timeline = GoalTimeline()
    strip = ChartStrip(timeline, GOAL_MAX_HEIGHT)
    qtbot.addWidget(strip)
    timeline.show_goals(rows[:1])
    assert strip.height() == timeline.height() < GOAL_MAX_HEIGHT
    timeline.show_goals(rows)
    assert strip.height() == GOAL_MAX_HEIGHT < timeline.height()
    # Neither is a Tab stop (the list beside holds the same for the keyboard).
    assert strip.focusPolicy() == timeline.focusPolicy() == Qt.FocusPolicy.NoFocus
    risk = RiskChart()
    qtbot.addWidget(risk)
    assert risk.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert len(timeline.spans) == 9


def test_the_charts_take_an_empty_or_single_day_history(qtbot) -> None:  # type: ignore[no-untyped-def]
    risk, timeline = RiskChart(), GoalTimeline()
    qtbot.addWidget(risk)
    qtbot.addWidget(timeline)
    risk.show_entries([])
    timeline.show_goals([])
    assert not points(risk.path)
    assert not any(points(s) for s in timeline.status_markers.values())
    # One rating: a week either side of it, and its marker names its date and level.
    one = RiskEntry(1, dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC), RiskLevel.HIGH, "", None,
                    "", (), ())  # fmt: skip
    risk.show()
    risk.show_entries([one])
    (marker,) = risk.markers[RiskLevel.HIGH].points()
    assert (marker.x(), marker.y()) == (instant_ms(one.contact_at), float(RiskLevel.HIGH.rank))
    axis = next(ax for ax in risk.chart().axes() if isinstance(ax, QDateTimeAxis))
    assert axis.min().toMSecsSinceEpoch() < marker.x() - 6 * 86_400_000
    risk._hovered(marker, True)
    assert "Mar 2026: High" in QToolTip.text()


def test_step_path_and_labels() -> None:
    assert step_path([]) == []
    assert step_path([(1.0, 2)]) == [(1.0, 2.0)]
    assert step_path([(1.0, 1), (5.0, 3), (9.0, 0)]) == [
        (1.0, 1.0), (5.0, 1.0), (5.0, 3.0), (9.0, 3.0), (9.0, 0.0),
    ]  # fmt: skip
    assert goal_label(2, "Take  a lunch\nbreak three days a week, every week") == (
        "2. Take a lunch break three…"
    )
    assert goal_label(1, "Call my brother") == "1. Call my brother"
