"""Is there a desktop to open a window on? Answered from the environment, without Qt.

Qt aborts the whole process (a core dump, not an exception) when its platform plugin
cannot reach a display, so ``pswdesk`` and ``pswdesk demo`` ask here first and say so
in one line. Platforms that draw nowhere or somewhere of their own (``offscreen``,
``minimal``, ``vnc``, ``linuxfb``, ``eglfs``…) need no display. What the environment
cannot tell (a ``DISPLAY`` whose server has gone, a missing library) is caught when
the application is created (``pswdesk.gui.app``), still as one line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from pswdesk.errors import PswdeskError

NO_DISPLAY = "pswdesk needs a desktop session; no display was found"

#: Qt platform plugins that talk to an X server or a Wayland compositor.
X11_PLATFORMS = frozenset({"xcb"})
WAYLAND_PLATFORMS = frozenset({"wayland", "wayland-egl", "wayland-brcm"})


class NoDisplay(PswdeskError):
    """There is no desktop session to show the app in (the command line prints it)."""

    def __init__(self, message: str = NO_DISPLAY) -> None:
        super().__init__(message)


def display_missing(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt would find no display: every platform it would try needs one, and
    none of them has it. Windows and macOS always have their own window system."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    if system.startswith(("win", "cygwin", "darwin")):
        return False
    # QT_QPA_PLATFORM is a ';'-separated list tried in order; options follow a ':'.
    wanted = [p.split(":", 1)[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    names = [p for p in wanted if p] or sorted(X11_PLATFORMS | {"wayland"})  # Qt's defaults
    return not any(_has_display(name, env) for name in names)


def require_display(environ: Mapping[str, str] | None = None) -> None:
    """Raise :class:`NoDisplay` before anything starts Qt on a machine with no desktop."""
    if display_missing(environ):
        raise NoDisplay()


def _has_display(platform: str, env: Mapping[str, str]) -> bool:
    if platform in X11_PLATFORMS:
        return bool(env.get("DISPLAY"))
    if platform in WAYLAND_PLATFORMS:
        if env.get("WAYLAND_DISPLAY") or env.get("WAYLAND_SOCKET"):
            return True
        # With WAYLAND_DISPLAY unset, a Wayland client connects to "wayland-0".
        runtime = env.get("XDG_RUNTIME_DIR")
        return runtime is not None and runtime != "" and (Path(runtime) / "wayland-0").exists()
    return True  # offscreen, minimal, vnc, linuxfb, eglfs, …: no display needed
