"""One seeded demo agency per backend, shared by every report test (they only read it).

Seeding takes seconds, so it happens once per session and backend; a report test
that needs to write (a closure on the last day of a month, say) makes its own
database from the ``db`` fixture instead. The demo is seeded with a fixed
``TODAY`` so the data, and so every count, is the same on every run.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pswdesk.db import Database
from tests.conftest import new_pg_database
from tests.reports.report_support import DemoAgency, seed


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def report_demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DemoAgency]:
    """The seeded demo agency on each backend (read-only: do not change it in a test)."""
    drop = None
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path_factory.mktemp("report-demo") / "demo.db"
        shutil.copy(template, path)
        url = f"sqlite:///{path}"
    else:
        url, drop = new_pg_database(request.getfixturevalue("pg_template"))
    db = Database(url)
    yield seed(db, request.param)
    db.dispose()
    if drop is not None:
        drop()


def _office_clock(monkeypatch: pytest.MonkeyPatch, zone: str) -> Iterator[None]:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def toronto_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in Toronto (behind UTC, with summer time) for one test."""
    yield from _office_clock(monkeypatch, "America/Toronto")


@pytest.fixture
def newfoundland(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in St. John's (UTC-3:30, with summer time) for one test."""
    yield from _office_clock(monkeypatch, "America/St_Johns")
