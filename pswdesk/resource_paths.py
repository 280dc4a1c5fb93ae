"""Where the files under ``resources/`` are, without Qt.

The GUI compiles its icons and stylesheet into a Qt resource module, but the PDF
reports need real font files that reportlab can open, and they run without Qt.
The same relative name is looked up in three places, first match wins:

* a frozen bundle (PyInstaller unpacks data next to ``sys._MEIPASS``),
* the installed package (the wheel maps ``resources/`` to ``pswdesk/resources``),
* the source checkout (``resources/`` beside the ``pswdesk`` folder).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pswdesk.errors import PswdeskError
from pswdesk.wording import words

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_roots() -> tuple[Path, ...]:
    """The folders searched, in order."""
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "resources")
    roots.append(_PACKAGE_DIR / "resources")
    roots.append(_PACKAGE_DIR.parent / "resources")
    return tuple(roots)


def resource_path(relative: str) -> Path:
    """The file ``resources/<relative>``; a clear error when the installation lacks it."""
    for root in resource_roots():
        candidate = root / relative
        if candidate.is_file():
            return candidate
    raise PswdeskError(
        words(
            "pswdesk is installed without its resource file {relative!r}; reinstall pswdesk",
            relative=relative,
        )
    )
