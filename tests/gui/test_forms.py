"""Every Designer form loads, and the committed compiled forms match their .ui sources."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QWidget

from pswdesk.gui.resources import stylesheet

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
FORMS = ROOT / "pswdesk" / "gui" / "forms"
# The tool's version line changes with every PySide6 release, not with the form.
VERSION_LINE = re.compile(
    r"^#+ Created by: (Qt User Interface Compiler|The Resource Compiler for Qt) version .*$",
    re.M,
)


def _build_module():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "build_forms.py"
    spec = importlib.util.spec_from_file_location("build_forms", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_forms() -> None:
    names = {p.stem for p in UI_FILES}
    assert {"login_dialog", "main_window", "setup_wizard", "client_record"} <= names


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_every_ui_file_loads(qapp: QApplication, ui_file: Path) -> None:
    loader = QUiLoader()
    f = QFile(str(ui_file))
    assert f.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        widget = loader.load(f)
    finally:
        f.close()
    assert widget is not None, loader.errorString()
    form_class = re.search(r"<class>(\w+)</class>", ui_file.read_text(encoding="utf-8"))
    assert form_class and widget.objectName() == form_class.group(1)
    widget.deleteLater()


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_sets_up(qapp: QApplication, ui_file: Path) -> None:
    """The committed ui_<name>.py exists and builds its widgets on a fresh window."""
    module = importlib.import_module(f"pswdesk.gui.forms.ui_{ui_file.stem}")
    form_classes = [v for k, v in vars(module).items() if k.startswith("Ui_")]
    assert len(form_classes) == 1
    text = ui_file.read_text(encoding="utf-8")
    top_class = re.search(r'<widget class="(\w+)"', text)
    assert top_class
    widget: QWidget = getattr(QtWidgets, top_class.group(1))()
    form = form_classes[0]()
    form.setupUi(widget)
    widget.deleteLater()


def test_committed_forms_are_not_stale(tmp_path: Path) -> None:
    build = _build_module()
    written = build.build(tmp_path)
    assert written
    stale = []
    for fresh in written:
        if fresh.name == "__init__.py":
            continue
        committed = FORMS / fresh.name
        if not committed.exists():
            stale.append(f"{fresh.name} is missing")
            continue
        new = VERSION_LINE.sub("", fresh.read_text(encoding="utf-8"))
        old = VERSION_LINE.sub("", committed.read_text(encoding="utf-8"))
        if new != old:
            stale.append(fresh.name)
    assert not stale, f"run 'python scripts/build_forms.py' and commit: {', '.join(stale)}"


def test_no_compiled_form_without_a_source() -> None:
    sources = {f"ui_{p.stem}.py" for p in UI_FILES}
    compiled = {p.name for p in FORMS.glob("ui_*.py")}
    assert compiled <= sources, f"orphaned forms: {sorted(compiled - sources)}"


def test_stylesheet_parses(qapp: QApplication, qtlog) -> None:  # type: ignore[no-untyped-def]
    sheet = stylesheet()
    assert "#nav_list" in sheet
    widget = QWidget()
    widget.setStyleSheet(sheet)
    widget.ensurePolished()
    assert not [r for r in qtlog.records if "stylesheet" in r.message.lower()]
