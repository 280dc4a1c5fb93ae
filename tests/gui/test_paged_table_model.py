"""The paged table model reads the rows a person waits for first: the count is asked for
only once the first page is in, and not at all when that page holds every row."""

from __future__ import annotations

import pytest

from pswdesk.gui.table_model import Column, PagedTableModel

pytestmark = pytest.mark.gui

COLUMNS = [Column[int]("Number", str)]


def _source(n: int, asked: list[str]):  # type: ignore[no-untyped-def]
    def fetch(offset: int, limit: int) -> list[int]:
        asked.append(f"page {offset}")
        return list(range(offset, min(n, offset + limit)))

    def count() -> int:
        asked.append("count")
        return n

    return fetch, count


def test_the_count_is_asked_for_once_the_first_page_is_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    model: PagedTableModel[int] = PagedTableModel(COLUMNS, page_size=10)
    with qtbot.waitSignal(model.count_changed, timeout=10_000) as counted:
        model.set_source(*_source(25, asked))
    assert counted.args == [25]
    assert asked == ["page 0", "count"]
    assert model.rowCount() == 10 and model.total == 25


def test_a_first_page_with_every_row_is_its_own_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    model: PagedTableModel[int] = PagedTableModel(COLUMNS, page_size=10)
    with qtbot.waitSignal(model.count_changed, timeout=10_000) as counted:
        model.set_source(*_source(4, asked))
    assert counted.args == [4]
    assert asked == ["page 0"]  # no count query
    assert model.rowCount() == 4 and model.total == 4


def test_a_new_source_asks_its_own_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    model: PagedTableModel[int] = PagedTableModel(COLUMNS, page_size=10)
    with qtbot.waitSignal(model.count_changed, timeout=10_000):
        model.set_source(*_source(30, asked))
    asked.clear()
    with qtbot.waitSignal(model.count_changed, check_params_cb=lambda n: n == 12, timeout=10_000):
        model.set_source(*_source(12, asked))
    assert asked == ["page 0", "count"]
    assert model.total == 12
