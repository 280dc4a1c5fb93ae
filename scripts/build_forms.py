"""Regenerate every compiled form and the resource module from their sources.

``ui/<name>.ui`` (Qt Designer, the source of truth for layouts) becomes
``pswdesk/gui/forms/ui_<name>.py``; ``resources/pswdesk.qrc`` (icons and the
stylesheet) becomes ``pswdesk/gui/forms/pswdesk_rc.py``. The outputs are committed
so the wheel and the PyInstaller bundle need neither ``.ui`` files nor the Qt
tools; ``tests/gui/test_forms.py`` fails when a committed output is stale.

Run it after editing any ``.ui``, icon or ``style.qss``::

    python scripts/build_forms.py
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
QRC = ROOT / "resources" / "pswdesk.qrc"
FORMS_DIR = ROOT / "pswdesk" / "gui" / "forms"
STAMP = "# generated from {source} by scripts/build_forms.py — do not edit\n"


def _tool(name: str) -> str:
    """The PySide6 tool next to this Python (a venv's bin/), else from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def _run(args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def compile_form(ui_file: Path) -> str:
    # -a: no connectSlotsByName; every signal is connected explicitly in the widget's code.
    # --from-imports: icon references resolve to the resource module next to the forms.
    code = _run([_tool("pyside6-uic"), "-a", "--from-imports", str(ui_file)])
    return STAMP.format(source=f"ui/{ui_file.name}") + code


def compile_resources(qrc: Path) -> str:
    # Format version 1 stores no file timestamps, so the output depends only on the
    # content and a fresh checkout does not look stale.
    code = _run([_tool("pyside6-rcc"), "--format-version", "1", "-g", "python", str(qrc)])
    return STAMP.format(source=f"resources/{qrc.name}") + code


def build(out_dir: Path = FORMS_DIR) -> list[Path]:
    """Write every generated module into ``out_dir``; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui_file.stem}.py"
        target.write_text(compile_form(ui_file), encoding="utf-8", newline="\n")
        written.append(target)
    target = out_dir / "pswdesk_rc.py"
    target.write_text(compile_resources(QRC), encoding="utf-8", newline="\n")
    written.append(target)
    init = out_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Compiled Qt Designer forms and resources (generated)."""\n')
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FORMS_DIR, help="output folder")
    args = parser.parse_args()
    for path in build(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
