"""The recovery key in the app: the start-up prompt, the first-run key page, a damaged file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWizard

from pswdesk import keys
from pswdesk.db import Database, sqlite_path
from pswdesk.errors import DatabaseDamaged, KeyRequired
from pswdesk.gui.app import run_app
from pswdesk.gui.damaged_database import DamagedDatabaseDialog
from pswdesk.gui.key_prompt import KeyPromptDialog
from pswdesk.gui.recovery_key_page import key_lines
from pswdesk.gui.recovery_key_text import group_key
from pswdesk.gui.setup_wizard import SetupWizard
from pswdesk.keys import AgencySecret, KeySource
from pswdesk.services import backups, users
from tests.conftest import PASSWORD, TEST_SECRET_HEX

pytestmark = pytest.mark.gui

SECRET = AgencySecret.parse(TEST_SECRET_HEX)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def locked_url(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """An encrypted database whose key neither the keyring nor PSWDESK_DB_KEY holds."""
    monkeypatch.delenv(keys.ENV_KEY)
    return sqlite_url


def _prompt(qtbot, url: str) -> KeyPromptDialog:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyRequired) as raised:
        Database(url)
    dialog = KeyPromptDialog.for_error(url, raised.value)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_key_text_is_grouped_in_fours_as_typed() -> None:
    assert group_key("abcdefgh", 8) == ("ABCD-EFGH", 9)
    assert group_key("ABCD-EFGHi", 10) == ("ABCD-EFGH-I", 11)
    assert group_key("ab cd\nef", 2) == ("ABCD-EF", 2)  # a pasted key with a line break
    assert group_key("ABCD", 4) == ("ABCD", 4)
    assert group_key("", 0) == ("", 0)
    # A correction in the middle keeps the cursor after the same letter.
    assert group_key("ABCD-EXFGH", 6) == ("ABCD-EXFG-H", 6)


def test_a_pasted_key_opens_the_database_and_is_remembered(qtbot, locked_url) -> None:  # type: ignore[no-untyped-def]
    dialog = _prompt(qtbot, locked_url)
    ui = dialog.ui
    assert ui.remember_check.isVisible() and ui.remember_check.isChecked()
    assert not ui.keyring_label.isVisible()
    assert str(sqlite_path(locked_url)) in ui.intro_label.text()
    assert ui.key_edit.font().fixedPitch() or "mono" in ui.key_edit.font().family().lower()

    # As copied from an e-mail or a password manager: lower case, spaces, a line break.
    typed = SECRET.recovery_key().lower().replace("-", " ")
    typed = typed[:30] + "\n" + typed[30:]
    QGuiApplication.clipboard().setText(typed)
    ui.key_edit.setFocus()
    qtbot.keyClick(ui.key_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ui.key_edit.text() == SECRET.recovery_key()  # grouped as on the sheet

    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        qtbot.mouseClick(ui.open_button, Qt.MouseButton.LeftButton)
    db = opened.args[0]
    try:
        assert isinstance(db, Database)
        assert db.encryption is not None and db.encryption.source is KeySource.TYPED
        assert keys.load_secret(db.encryption.database_id) == SECRET
    finally:
        db.dispose()
    assert not dialog.isVisible()
    # The next start finds the key in the keyring and asks nothing.
    again = Database(locked_url)
    assert again.encryption is not None and again.encryption.source is KeySource.KEYRING
    again.dispose()


def test_a_wrong_key_is_refused_in_the_dialog_and_nothing_is_written(qtbot, locked_url) -> None:  # type: ignore[no-untyped-def]
    path = sqlite_path(locked_url)
    assert path is not None
    before = _digest(path)
    dialog = _prompt(qtbot, locked_url)
    ui = dialog.ui
    other = AgencySecret.generate().recovery_key()
    qtbot.keyClicks(ui.key_edit, other.replace("-", ""))
    assert ui.key_edit.text() == other
    qtbot.mouseClick(ui.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.opening, timeout=10_000)
    assert "this key does not open the database" in dialog.error_text.lower()
    assert ui.key_edit.text() == other  # kept, to correct a group
    assert dialog.isVisible() and ui.open_button.isEnabled()
    assert _digest(path) == before
    assert keyring.get_keyring().secrets == {}  # type: ignore[attr-defined]


def test_text_that_is_not_a_recovery_key_is_explained_inline(qtbot, locked_url) -> None:  # type: ignore[no-untyped-def]
    dialog = _prompt(qtbot, locked_url)
    qtbot.keyClicks(dialog.ui.key_edit, "abcd efgh")
    qtbot.keyClick(dialog.ui.key_edit, Qt.Key.Key_Return)
    assert not dialog.opening  # nothing was tried
    assert "a recovery key has 56 letters and digits" in dialog.error_text.lower()
    assert dialog.ui.key_edit.text() == "ABCD-EFGH"
    # A typing mistake in a key of the right length: the built-in check catches it.
    dialog.ui.key_edit.clear()
    key = SECRET.recovery_key()
    wrong = key[:-1] + ("A" if key[-1] != "A" else "B")
    qtbot.keyClicks(dialog.ui.key_edit, wrong)
    qtbot.keyClick(dialog.ui.key_edit, Qt.Key.Key_Return)
    assert "typing mistake" in dialog.error_text


def test_without_a_keyring_the_prompt_says_it_will_ask_at_each_start(qtbot, locked_url) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = _prompt(qtbot, locked_url)
    ui = dialog.ui
    assert dialog.keyring_problem
    assert not ui.remember_check.isVisible()
    assert ui.keyring_label.isVisible()
    assert "no keyring" in ui.keyring_label.text()
    assert "each time it starts" in ui.keyring_label.text()
    qtbot.keyClicks(ui.key_edit, SECRET.recovery_key())
    with qtbot.waitSignal(dialog.opened, timeout=10_000) as opened:
        qtbot.keyClick(ui.key_edit, Qt.Key.Key_Return)
    opened.args[0].dispose()
    with pytest.raises(KeyRequired):  # asked again next time: nothing was kept
        Database(locked_url)


def _click_when_shown(kind: type, button_name: str, seen: list[object]) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            getattr(widget.ui, button_name).click()
            return
    QTimer.singleShot(50, lambda: _click_when_shown(kind, button_name, seen))


def test_run_app_asks_for_the_key_and_quit_leaves_cleanly(qtbot, locked_url) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    QTimer.singleShot(50, lambda: _click_when_shown(KeyPromptDialog, "quit_button", seen))
    assert run_app(locked_url) == 0
    assert seen


# -- first run: the recovery key page ------------------------------------------------------


def _to_key_page(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    ui = wizard.ui
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.agency_name_edit, "Riverside Peer Support")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.full_name_edit, "Ada Admin")
    qtbot.keyClicks(ui.username_edit, "ada")
    qtbot.keyClicks(ui.password_edit, PASSWORD)
    qtbot.keyClicks(ui.confirm_edit, PASSWORD)
    create = wizard.create_button()
    assert create.text() == "Create agency"
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is ui.key_page, timeout=10_000)


def test_the_wizard_shows_the_recovery_key_once_and_finish_waits_for_the_tick(
    qtbot, sqlite_db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert sqlite_db.encryption is not None
    keys.store_secret(sqlite_db.encryption.database_id, SECRET)
    wizard = SetupWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_key_page(qtbot, wizard)
    ui = wizard.ui
    assert users.is_initialised(sqlite_db)  # the agency exists before the key is shown
    assert ui.key_display.text() == key_lines(SECRET.recovery_key())
    assert ui.key_display.text().replace("  ", "-").replace("\n", "-") == SECRET.recovery_key()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())  # no way back: the agency exists
    qtbot.waitUntil(lambda: "Checking" not in ui.keyring_status_label.text(), timeout=10_000)
    assert "keeps the key as well" in ui.keyring_status_label.text()

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and not finish.isEnabled()

    qtbot.mouseClick(ui.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == SECRET.recovery_key()

    sheet = tmp_path / "sheet.pdf"
    wizard.key_page.save_sheet(sheet)
    qtbot.waitUntil(lambda: sheet.exists(), timeout=10_000)
    assert sheet.read_bytes().startswith(b"%PDF")
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    wizard.key_page.print_sheet(printer)
    qtbot.waitUntil(
        lambda: "Sent the recovery sheet" in ui.sheet_status_label.text(), timeout=10_000
    )
    assert printed.read_bytes().startswith(b"%PDF")

    wizard.reject()  # Escape or the close button: the key page stays
    assert wizard.isVisible() and "tick the box" in ui.sheet_status_label.text()

    tick = QPoint(8, ui.stored_check.height() // 2)  # on the box: the row is wider than its text
    qtbot.mouseClick(ui.stored_check, Qt.MouseButton.LeftButton, pos=tick)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.agency_created, timeout=5_000) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert created.args[0].username == "ada"


def test_without_a_keyring_the_key_page_says_it_is_asked_at_each_start(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(keys.ENV_KEY)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        assert db.encryption is not None and db.encryption.source is KeySource.NEW
        assert db.keyring_problem
        wizard = SetupWizard(db)
        qtbot.addWidget(wizard)
        wizard.show()
        _to_key_page(qtbot, wizard)
        label = wizard.ui.keyring_status_label
        qtbot.waitUntil(lambda: "each time it starts" in label.text(), timeout=10_000)
        assert db.secret is not None
        assert wizard.ui.key_display.text() == key_lines(db.secret.recovery_key())
    finally:
        db.dispose()


def test_a_demo_database_has_no_key_page(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(keys.ENV_KEY)
    db = Database(f"sqlite:///{tmp_path / 'demo.db'}", secret=keys.demo_secret())
    try:
        assert db.encryption is not None and db.encryption.source is KeySource.DEMO
        wizard = SetupWizard(db)
        qtbot.addWidget(wizard)
        assert wizard.ui.key_page not in [wizard.page(i) for i in wizard.pageIds()]
        assert wizard.create_button() is wizard.button(QWizard.WizardButton.FinishButton)
    finally:
        db.dispose()


# -- a damaged database at start-up -----------------------------------------------------------


def test_a_damaged_database_offers_the_newest_good_backup_and_keeps_the_file(
    qtbot, sqlite_agency, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_agency.db
    folder = tmp_path / "backups"
    folder.mkdir()
    backups.set_settings(db, sqlite_agency.admin, str(folder), 14)
    backups.make_backup(db, sqlite_agency.admin)
    assert db.encryption is not None
    keys.store_secret(db.encryption.database_id, SECRET)
    url = db.url
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    live = sqlite_path(url)
    assert live is not None
    with live.open("r+b") as f:  # the first page, after the id, overwritten: a failed disk
        f.seek(16)
        f.write(b"\x00" * 4000)
    damaged = live.read_bytes()
    with pytest.raises(DatabaseDamaged) as raised:
        Database(url)

    dialog = DamagedDatabaseDialog(url, raised.value)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert str(live) in ui.intro_label.text() and "kept exactly as it is" in ui.intro_label.text()
    qtbot.waitUntil(lambda: "passed its check" in ui.backup_label.text(), timeout=30_000)
    assert "Test Agency" in ui.backup_label.text() and str(folder) in ui.backup_label.text()
    assert live.read_bytes() == damaged  # nothing happens before the button is pressed
    qtbot.mouseClick(ui.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.restore_button.text() == "&Continue", timeout=30_000)
    kept = list(live.parent.glob(f"{live.name}.replaced-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert str(kept[0]) in ui.backup_label.text()
    with qtbot.waitSignal(dialog.opened, timeout=5_000) as opened:
        qtbot.mouseClick(ui.restore_button, Qt.MouseButton.LeftButton)
    restored = opened.args[0]
    try:
        assert users.get_agency(restored).name == "Test Agency"
    finally:
        restored.dispose()
