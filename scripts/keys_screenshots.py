"""Screenshots of the start-up key prompt, the first-run recovery key page and the backup page.

Each is made on a throwaway database in a temporary folder, with a throwaway
in-memory keyring (the developer's own keyring is never touched), and saved as
the window a person sees at ``--size`` (1280x720 by default): the dialog or the
wizard centred on a plain backdrop of that size, the backup page in the main
window of that size. Saved into ``docs/screenshots/`` (or ``--out``)::

    python scripts/keys_screenshots.py [--size 1920x1080] [--out DIR]

Without a display it uses Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's package, whole (the editable finder splits it)

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PSWDESK_DB_KEY", None)

import keyring  # noqa: E402  (after the platform is chosen)
from keyring.backend import KeyringBackend  # noqa: E402  (after the platform is chosen)
from PySide6.QtCore import QSettings, Qt  # noqa: E402  (after the platform is chosen)
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402  (after the platform is chosen)
from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402  (after the platform is chosen)

PASSWORD = "screens-password-1"


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def _settle(app: QApplication) -> None:
    from pswdesk.gui.operations import wait_for_operations

    for _ in range(40):
        wait_for_operations()
        app.processEvents()


def _on_backdrop(widget: QWidget, size: tuple[int, int]) -> QPixmap:
    """The dialog centred on a screen-sized backdrop, as it opens over the desktop."""
    shot = widget.grab()
    canvas = QPixmap(*size)
    canvas.fill(QColor("#7b8794"))
    painter = QPainter(canvas)
    painter.drawPixmap((size[0] - shot.width()) // 2, (size[1] - shot.height()) // 2, shot)
    painter.end()
    return canvas


def key_prompt(app: QApplication, folder: Path, size: tuple[int, int]) -> QPixmap:
    from pswdesk import keys
    from pswdesk.db import Database
    from pswdesk.errors import KeyRequired
    from pswdesk.gui.key_prompt import KeyPromptDialog

    url = f"sqlite:///{folder / 'locked.db'}"
    db = Database(url)
    assert db.encryption is not None
    keys.forget_secret(db.encryption.database_id)
    db.dispose()
    try:
        Database(url)
    except KeyRequired as exc:
        dialog = KeyPromptDialog.for_error(url, exc)
    else:
        raise SystemExit("the database opened without a key")
    dialog.show()
    dialog.ui.key_edit.setText("K7QM-2WZD-PX4R-")
    dialog.ui.key_edit.setFocus()
    _settle(app)
    return _on_backdrop(dialog, size)


def recovery_key(app: QApplication, folder: Path, size: tuple[int, int]) -> QPixmap:
    from pswdesk.db import Database
    from pswdesk.gui.setup_wizard import SetupWizard

    db = Database(f"sqlite:///{folder / 'new.db'}")
    wizard = SetupWizard(db)
    wizard.show()
    ui = wizard.ui
    wizard.next()
    ui.agency_name_edit.setText("Riverside Peer Support")
    wizard.next()
    ui.full_name_edit.setText("Ada Admin")
    ui.username_edit.setText("ada")
    ui.password_edit.setText(PASSWORD)
    ui.confirm_edit.setText(PASSWORD)
    wizard.create_button().click()
    for _ in range(200):
        _settle(app)
        if wizard.currentPage() is ui.key_page and "Checking" not in ui.keyring_status_label.text():
            break
    shot = _on_backdrop(wizard, size)
    ui.stored_check.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    _settle(app)
    db.dispose()
    return shot


def backup_page(app: QApplication, folder: Path, size: tuple[int, int]) -> QPixmap:
    from pswdesk.db import Database
    from pswdesk.gui.backup_page import BackupPage
    from pswdesk.gui.main_window import MainWindow
    from pswdesk.services import backups, users

    db = Database(f"sqlite:///{folder / 'agency.db'}")
    actor = users.initialise(db, "Riverside Peer Support", "ada", "Ada Admin", PASSWORD)
    target = folder / "backups"
    target.mkdir()
    backups.set_settings(db, actor, str(target), 14)
    for _ in range(2):
        backups.make_backup(db, actor)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, actor, settings=settings)
    window.resize(*size)
    window.show()
    page = window.show_view("backup")
    _settle(app)
    assert isinstance(page, BackupPage)
    page.back_up_now()  # as after pressing Back up now: the result line shows
    for _ in range(100):
        _settle(app)
        if not page.working:
            break
    _settle(app)
    shot = window.grab()
    window.close()
    _settle(app)
    db.dispose()
    return shot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x720", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=["key-prompt", "recovery-key", "backup-page"])
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    keyring.set_keyring(_MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from pswdesk.gui.app import setup_application

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        setup_application(app)
        app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
        args.out.mkdir(parents=True, exist_ok=True)
        shots = {
            "key-prompt": key_prompt,
            "recovery-key": recovery_key,
            "backup-page": backup_page,
        }
        for name, make in shots.items():
            if args.only and name != args.only:
                continue
            folder = Path(tmp) / name
            folder.mkdir()
            path = args.out / f"{name}.png"
            make(app, folder, (width, height)).save(str(path))
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
