"""Refresh the French catalogue's sources from the code and forms, then compile it.

    python scripts/update_translations.py           # lupdate, then lrelease
    python scripts/update_translations.py --check   # exit 1 if the .ts or .qm is stale

``pyside6-lupdate`` reads every string the GUI passes to Qt's translation (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) in ``pswdesk/gui`` and the forms'
strings in ``ui/*.ui`` (the forms are read from their sources, not from the compiled
``pswdesk/gui/forms``, which hold the same strings). It keeps the translations already in
``resources/translations/pswdesk_fr_CA.ts`` and marks new strings unfinished; a translator
fills them in (Qt Linguist, or by hand: they are plain XML). ``pyside6-lrelease`` then writes
the ``.qm`` the app loads (shipped as package data; unfinished strings show in English).

lupdate cannot see the texts written below the GUI, so the script first writes two modules
that list them for it: ``pswdesk/gui/framework_text.py`` (the eight steps) and
``pswdesk/gui/domain_words.py`` (every ``words("…")`` template of the services and the
modules under them, found with ``ast``; a template that is not a string literal is refused).
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "pswdesk_fr_CA.ts"
QM = TS.with_suffix(".qm")
FRAMEWORK_TEXT = ROOT / "pswdesk" / "gui" / "framework_text.py"
DOMAIN_WORDS = ROOT / "pswdesk" / "gui" / "domain_words.py"

DOMAIN_HEADER = '''# ruff: noqa: E501
"""The services' message templates (``pswdesk.wording.words``), for lupdate.

Written by ``scripts/update_translations.py`` from every ``words("…")`` call below the GUI:
do not edit. The GUI shows those messages through ``domain_text.translated``, in the
"Domain" context of the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: tuple[object, ...] = (
'''

FRAMEWORK_HEADER = '''# ruff: noqa: E501
"""The eight-step framework's words (``pswdesk.framework``), for lupdate.

Written by ``scripts/update_translations.py`` from the framework: do not edit. The framework
is below the GUI and has no Qt; the note editor shows its titles, purposes, prompts, field
labels and hints through ``framework_tr``, in the "Framework" context of the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Framework"  # lupdate needs it spelt out in each QT_TRANSLATE_NOOP below


def framework_tr(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english)


TEXTS: tuple[object, ...] = (
'''


def _tool(name: str) -> str:
    """The Qt tool beside this interpreter (the venv), else the one on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    gui = ROOT / "pswdesk" / "gui"
    files = sorted(gui.glob("*.py")) + sorted((gui / "record_tabs").glob("*.py"))
    return files + sorted((ROOT / "ui").glob("*.ui"))


def framework_texts() -> list[str]:
    """Every framework string the note editor shows, once each, in the framework's order."""
    sys.path.insert(0, str(ROOT))
    from pswdesk.framework import RISK_ACTION_LABELS, STEPS

    texts: list[str] = []
    for step in STEPS:
        texts += [step.title, step.purpose, *step.prompts]
        for spec in step.fields:
            texts += [spec.label, spec.hint] if spec.hint else [spec.label]
    texts += list(RISK_ACTION_LABELS.values())
    return list(dict.fromkeys(t for t in texts if t))


def framework_module() -> str:
    lines = "".join(
        f'    QT_TRANSLATE_NOOP("Framework", {json.dumps(t, ensure_ascii=False)}),\n'
        for t in framework_texts()
    )
    return FRAMEWORK_HEADER + lines + ")  # fmt: skip\n"


class NotALiteral(Exception):
    """A ``words()`` call whose template lupdate could not be given."""


def domain_templates() -> list[str]:
    """Every ``words("…")`` template under ``pswdesk/`` outside the GUI, once each, by file."""
    package = ROOT / "pswdesk"
    templates: list[str] = []
    refused: list[str] = []
    for path in sorted(package.rglob("*.py")):
        if (package / "gui") in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "words"
        ]
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates.append(first.value)
            else:
                where = path.relative_to(ROOT).as_posix()
                refused.append(f"{where}:{call.lineno}: words() needs a string literal template")
    if refused:
        raise NotALiteral("\n".join(refused))
    return list(dict.fromkeys(templates))


def domain_module() -> str:
    lines = "".join(
        f'    QT_TRANSLATE_NOOP("Domain", {json.dumps(t, ensure_ascii=False)}),\n'
        for t in domain_templates()
    )
    return DOMAIN_HEADER + lines + ")  # fmt: skip\n"


def generated() -> dict[Path, str]:
    """The modules this script writes for lupdate, and what each must hold."""
    return {FRAMEWORK_TEXT: framework_module(), DOMAIN_WORDS: domain_module()}


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *(str(p.relative_to(ROOT)) for p in sources()),
            "-no-obsolete",
            "-locations",
            "none",  # no line numbers: the file changes only when strings do
            "-source-language",
            "en_CA",
            "-target-language",
            "fr_CA",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
    )


def check() -> int:
    """Run both steps on copies; the committed files must come out the same."""
    for path, text in generated().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"stale: {path.name}; run python scripts/update_translations.py")
            return 1
    with tempfile.TemporaryDirectory() as tmp:
        ts, qm = Path(tmp) / TS.name, Path(tmp) / QM.name
        shutil.copyfile(TS, ts)
        lupdate(ts)
        lrelease(ts, qm)
        stale = [p.name for p, fresh in ((TS, ts), (QM, qm)) if not filecmp.cmp(p, fresh, False)]
    if stale:
        print(f"stale: {', '.join(stale)}; run python scripts/update_translations.py")
        return 1
    print("translations are up to date")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether files are stale")
    args = parser.parse_args()
    try:
        if args.check:
            return check()
        modules = generated()
    except NotALiteral as refused:
        print(refused, file=sys.stderr)
        return 2
    TS.parent.mkdir(parents=True, exist_ok=True)
    for path, text in modules.items():
        path.write_text(text, encoding="utf-8")
    lupdate(TS)
    lrelease(TS, QM)
    print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
