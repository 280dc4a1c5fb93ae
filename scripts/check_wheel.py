"""Build the wheel, install it in a fresh venv, and prove the installed app works.

    python scripts/check_wheel.py

An editable install hides what a wheel lacks (a subpackage, a migration, a font):
this installs the real wheel (not editable) into a new virtual environment, then,
from a folder outside the checkout, imports every module of the installed
package, finds the fonts and migrations, creates an agency with ``pswdesk init``
and opens the login window offscreen. ``scripts/test.sh`` (and so CI) runs it.
Prints one line per stage; exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the fresh venv, from a folder outside the checkout.
INSIDE = r"""
import importlib, os, pkgutil, sys
from pathlib import Path

checkout = Path(sys.argv[1])
import pswdesk
where = Path(pswdesk.__file__).resolve()
assert checkout not in where.parents, f"pswdesk imported from the checkout: {where}"
# pswdesk.__main__ runs the command line when imported, and the migrations are Alembic
# scripts (``pswdesk init`` has just run them all), so those are only checked to exist.
names = [m.name for m in pkgutil.walk_packages(pswdesk.__path__, "pswdesk.")
         if m.name != "pswdesk.__main__" and not m.name.startswith("pswdesk.migrations.")]
assert (where.parent / "__main__.py").is_file()
for name in names:
    importlib.import_module(name)
print(f"imported {len(names)} modules of pswdesk {pswdesk.__version__} from {where.parent}")

from pswdesk.resource_paths import resource_path
for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
    resource_path("fonts/" + font)
resource_path("translations/pswdesk_fr_CA.qm")  # the French catalogue (gui/i18n.py)
guide = resource_path("guide/user-guide.md")  # Help > User guide, with its screenshots
assert (guide.parent / "screenshots" / "guide-window.png").is_file(), "the guide ships no images"
from pswdesk.gui.forms import pswdesk_rc  # noqa: F401  (icons and stylesheet)
print("fonts, the user guide and compiled resources found")

# The installed sqlcipher3 encrypted the file init made (no SQLite header), with FTS5.
assert Path(sys.argv[2]).read_bytes()[:16] != b"SQLite format 3\x00", "the database is plain"
import sqlcipher3
sqlcipher3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
print("the database init made is encrypted, and SQLCipher has FTS5")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

app = QApplication([])
seen = []

def look():
    shown = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    if shown:
        seen.append(type(shown[0]).__name__)
        app.quit()

timer = QTimer()
timer.timeout.connect(look)
timer.start(50)
QTimer.singleShot(60_000, app.quit)
from pswdesk.gui.app import run_app
run_app(sys.argv[2])
assert seen and "Login" in seen[0], f"no login window appeared (saw {seen})"
print(f"the login window opened offscreen ({seen[0]})")
"""


def run(cmd: list[str], **kw: object) -> None:
    result = subprocess.run(cmd, **kw)  # type: ignore[call-overload]
    if result.returncode != 0:
        shown = " ".join(str(c) if len(str(c)) < 80 else "<script>" for c in cmd)
        raise SystemExit(f"check_wheel: failed: {shown}")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pswdesk-wheel-") as tmp:
        work = Path(tmp)
        dist = work / "dist"
        run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), "."],
            cwd=ROOT,
        )
        wheel = next(dist.glob("pswdesk-*.whl"))
        print(f"check_wheel: built {wheel.name}")
        env_dir = work / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
        run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                str(wheel),
            ],
            cwd=work,
        )
        print("check_wheel: installed it (not editable) in a fresh venv")
        home = work / "home"
        home.mkdir()
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "PSWDESK_PASSWORD": "wheel-check-password-1",
            # CI has no keyring: the key comes from the environment, as for automation.
            "PSWDESK_DB_KEY": "c4" * 32,
            "PYTHONPATH": "",
        }
        env.pop("PSWDESK_DB", None)
        db_file = work / "agency.db"
        pswdesk = env_dir / ("Scripts" if os.name == "nt" else "bin") / "pswdesk"
        run(
            [
                str(pswdesk),
                "--db",
                str(db_file),
                "init",
                "--agency",
                "Wheel Check",
                "--admin",
                "admin",
            ],
            cwd=work,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        print("check_wheel: pswdesk init made an agency with the installed command")
        run([str(python), "-c", INSIDE, str(ROOT), str(db_file)], cwd=work, env=env)
    print("check_wheel: the wheel is complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
