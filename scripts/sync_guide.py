"""Copy the user guide and the screenshots it shows into resources/guide/, where the app reads it.

``docs/user-guide.md`` is where the guide is written (and read on the repository's
pages); the wheel and the bundle carry ``resources/``, so the app's Help > User
guide reads the copy there. tests/gui/test_help.py fails when the copy is stale::

    python scripts/sync_guide.py
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "user-guide.md"
SHIPPED = ROOT / "resources" / "guide"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


def guide_images(markdown: str) -> list[str]:
    """The relative paths of the images the guide shows, in order, once each."""
    return list(dict.fromkeys(IMAGE.findall(markdown)))


def sync_guide(missing_ok: bool = False) -> None:
    """Replace resources/guide/ by the guide and its images (``missing_ok``: skip images not
    yet taken, as guide_screenshots.py does before it photographs the guide itself)."""
    text = SOURCE.read_text(encoding="utf-8")
    images = guide_images(text)
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    (SHIPPED / "screenshots").mkdir(parents=True)
    (SHIPPED / "user-guide.md").write_text(text, encoding="utf-8")
    for relative in images:
        if missing_ok and not (SOURCE.parent / relative).is_file():
            continue
        target = SHIPPED / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE.parent / relative, target)
    print(f"resources/guide: the guide and {len(images)} screenshots")


if __name__ == "__main__":
    sync_guide()
