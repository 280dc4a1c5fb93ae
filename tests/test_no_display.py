"""Started where there is no desktop, the app says so in one line and exits 1: no Qt abort.

Each start is a real subprocess (Qt aborting would take pytest down with it) with the
display variables unset, and an empty runtime folder so no Wayland socket is found.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pswdesk.display_check import NO_DISPLAY, display_missing

LINE = f"pswdesk: {NO_DISPLAY}"
DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    runtime = tmp_path / "runtime"
    runtime.mkdir(exist_ok=True, mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env.update(extra)
    return env


def _start(
    tmp_path: Path, args: list[str], env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _says_one_line(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr)  # not -6 (SIGABRT)
    assert result.stderr.strip() == LINE, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "platform"),
    [
        pytest.param(["-m", "pswdesk", "--db", "agency.db"], None, id="pswdesk"),
        pytest.param(["-m", "pswdesk", "--db", "agency.db"], "xcb", id="pswdesk-xcb"),
        pytest.param(["-m", "pswdesk", "--db", "agency.db"], "wayland;xcb", id="pswdesk-both"),
        pytest.param(["-m", "pswdesk", "demo"], None, id="pswdesk-demo"),
        pytest.param(["-m", "pswdesk", "demo"], "xcb", id="pswdesk-demo-xcb"),
    ],
)
def test_no_display_is_one_line_and_exit_1(
    tmp_path: Path, args: list[str], platform: str | None
) -> None:
    env = _env(tmp_path) if platform is None else _env(tmp_path, QT_QPA_PLATFORM=platform)
    result = _start(tmp_path, args, env)
    _says_one_line(result)
    assert not (tmp_path / "agency.db").exists()  # nothing was opened or created first
    assert not (tmp_path / "xdg-data" / "pswdesk" / "demo").exists()  # no demo built


def test_the_gui_module_alone_also_says_one_line(tmp_path: Path) -> None:
    """``python -m pswdesk.gui.app`` skips the command line: the GUI checks too."""
    _says_one_line(_start(tmp_path, ["-m", "pswdesk.gui.app"], _env(tmp_path)))


def test_a_display_nobody_answers_is_one_line_too(tmp_path: Path) -> None:
    """DISPLAY names an X server that is not there: only Qt can find out, and it would
    abort; the app exits with the same line instead, and Qt's words go to the log."""
    env = _env(tmp_path, DISPLAY=":987", QT_QPA_PLATFORM="xcb")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    result = _start(tmp_path, ["-m", "pswdesk", "--db", "agency.db"], env)
    _says_one_line(result)
    log = (tmp_path / "state" / "pswdesk" / "log" / "pswdesk.log").read_text("utf-8")
    assert "could not connect to display :987" in log


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-1"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal"}, False),
        ({"QT_QPA_PLATFORM": "vnc:size=1280x720"}, False),
        ({"QT_QPA_PLATFORM": "xcb;offscreen"}, False),
    ],
)
def test_which_environments_have_a_display(environ: dict[str, str], missing: bool) -> None:
    assert display_missing(environ, platform="linux") is missing


def test_windows_and_macos_have_their_own_window_system() -> None:
    assert not display_missing({}, platform="win32")
    assert not display_missing({}, platform="darwin")
