"""GUI test helpers: private QSettings, drained operations, short waits on real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from pswdesk.gui.app import setup_application
from pswdesk.gui.operations import pending, wait_for_operations


@pytest.fixture(scope="session", autouse=True)
def _styled_app(qapp: QApplication) -> QApplication:
    """Every GUI test runs the app as users get it: Fusion style and our stylesheet."""
    setup_application(qapp)
    return qapp


@pytest.fixture
def gui_settings(tmp_path: Path) -> QSettings:
    """QSettings in the test's own folder: no test reads or writes the real user settings."""
    return QSettings(str(tmp_path / "pswdesk-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _drain_background(qapp: QApplication) -> Iterator[None]:
    """No operation may outlive its test (and touch the next test's database)."""
    yield
    for _ in range(50):
        wait_for_operations()
        QApplication.processEvents()
        if not pending():
            break
