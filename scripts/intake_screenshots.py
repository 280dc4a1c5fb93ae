"""Screenshots of the intake dialog warning of a duplicate, and of the close dialog, on demo data.

Logs in as a supervisor on a fresh demo database. For the intake dialog it types a
close spelling of a team client's name with that client's date of birth, waits for
the duplicate panel to show the match, and saves the dialog over the main window;
for the close dialog it opens a client with an open follow-up or note to resolve
first. Each picture is the main window at ``--size`` (1280x720 by default, a small
laptop) with the dialog centred on it, as a person would see it; run it again with
``--size 1920x1080`` to look at a large screen. Saved into ``docs/screenshots/``
(or ``--out``)::

    python scripts/intake_screenshots.py [--size 1920x1080] [--out DIR]

Without a display it uses Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from pswdesk.db import Database
from pswdesk.demo import create_demo_database
from pswdesk.gui.app import setup_application
from pswdesk.gui.close_dialog import CloseDialog
from pswdesk.gui.intake_dialog import IntakeDialog
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import auth, clients, closing
from pswdesk.services.access import Actor
from pswdesk.services.clients import ClientRow
from pswdesk.vocabulary import CloseReason

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "demo-screens-1"


def _settle(app: QApplication) -> None:
    for _ in range(40):
        wait_for_operations()
        app.processEvents()


def _misspelt(name: str) -> str:
    """A close spelling a person might type: one letter of the first name doubled."""
    first, _, rest = name.partition(" ")
    i = min(2, len(first) - 1)
    typed = first[: i + 1] + first[i] + first[i + 1 :]
    return f"{typed} {rest}".strip()


def _composite(window: QWidget, dialog: QWidget, path: Path) -> None:
    """The main window, dimmed a little, with the dialog and a plain title bar centred on it
    (offscreen windows have no frame of their own)."""
    shot = window.grab()
    body = dialog.grab()
    bar = 30
    framed = QPixmap(body.width(), body.height() + bar)
    framed.fill(QColor("#dfe4ea"))
    painter = QPainter(framed)
    painter.drawPixmap(0, bar, body)
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#12283a"))
    painter.drawText(
        QRect(12, 0, body.width() - 48, bar), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle()
    )
    painter.drawText(QRect(body.width() - 30, 0, 20, bar), Qt.AlignmentFlag.AlignCenter, "✕")
    painter.end()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(18, 40, 58, 70))
    at = QPoint(
        (shot.width() - framed.width()) // 2, max(0, (shot.height() - framed.height()) // 2)
    )
    painter.fillRect(framed.rect().translated(at + QPoint(4, 6)), QColor(0, 0, 0, 60))
    painter.drawPixmap(at, framed)
    painter.setPen(QColor("#7b8794"))
    painter.drawRect(framed.rect().translated(at).adjusted(0, 0, -1, -1))
    painter.end()
    _save(shot, path)


def _save(shot: QPixmap, path: Path) -> None:
    shot.save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _with_dob(db: Database, actor: Actor) -> ClientRow:
    team = clients.list_caseload(db, actor, scope="team", sort="name", limit=200)
    for row in team:
        if (
            " " in row.preferred_name
            and clients.get_client(db, actor, row.id, audit_open=False).date_of_birth
        ):
            return row
    raise SystemExit("no demo client with a date of birth")


def _to_close(db: Database, actor: Actor) -> ClientRow:
    """A client with something to resolve first (the dialog's list is then in the picture)."""
    team = clients.list_caseload(db, actor, scope="team", sort="name", limit=200)
    best = max(
        team,
        key=lambda r: (
            bool(closing.close_blockers(db, actor, r.id).open_follow_ups),
            -len(closing.close_blockers(db, actor, r.id).submitted),
            -r.id,
        ),
    )
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x720", help="the screen, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    suffix = "" if (width, height) == (1280, 720) else f"-{width}x{height}"
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    setup_application(app)
    tmp = Path(tempfile.mkdtemp(prefix="pswdesk-intake-shots-"))
    info = create_demo_database(tmp / "demo.db", password=PASSWORD)
    db = Database(info.url)
    supervisor = auth.login(db, "supervisor1", PASSWORD)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, supervisor, settings=settings)
    window.resize(width, height)
    window.show()
    window.show_view("team")
    _settle(app)

    # The intake dialog, a close spelling of a registered client typed in.
    twin = clients.get_client(db, supervisor, _with_dob(db, supervisor).id, audit_open=False)
    intake = window.new_client()
    assert isinstance(intake, IntakeDialog)
    _settle(app)
    assert twin.date_of_birth is not None
    intake.ui.preferred_name_edit.setText(_misspelt(twin.preferred_name))
    intake.ui.pronouns_edit.setText(twin.pronouns)
    intake.ui.date_of_birth_edit.setText(twin.date_of_birth.isoformat())
    intake.ui.referral_source_edit.setText("Walk-in")
    intake.ui.preferred_language_edit.setText("English")
    intake.check_duplicates()
    _settle(app)
    if not intake.panel.report.found:
        raise SystemExit("the duplicate panel found nothing to show")
    intake.ui.preferred_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
    _settle(app)
    _composite(window, intake, args.out / f"intake-duplicate-warning{suffix}.png")
    intake.reject()

    # The close dialog for a client with something still open.
    target = _to_close(db, supervisor)
    record = window.open_client(target.id)
    _settle(app)
    dialog = record.open_close()
    assert isinstance(dialog, CloseDialog)
    _settle(app)
    dialog.set_reason(CloseReason.GOALS_MET)
    dialog.ui.text_edit.setPlainText("Has a job and a flat; wants to keep in touch with the group.")
    _settle(app)
    _composite(window, dialog, args.out / f"close-dialog{suffix}.png")
    dialog.reject()

    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
