"""A draft survives ``kill -9`` of the app: a real child process is killed mid-typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pswdesk.gui.note_editor import NoteEditor, pending_recovery
from pswdesk.services import clients, notes
from pswdesk.services.clients import ClientInput
from tests.conftest import PASSWORD, Agency

pytestmark = pytest.mark.gui
CHILD = Path(__file__).with_name("draft_child.py")


def _read_line(proc: subprocess.Popen[str], wanted: str) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == wanted:
            return
    raise AssertionError(
        f"child ended before {wanted!r}: {proc.stderr.read() if proc.stderr else ''}"
    )


def test_killed_editor_loses_at_most_the_last_seconds(
    qtbot,
    sqlite_agency: Agency,
    sqlite_url: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    a = sqlite_agency
    client = clients.create_client(a.db, a.wendy, ClientInput("Bo Client"))
    draft = notes.create_draft(a.db, a.wendy, client.id)
    ini = tmp_path / "settings.ini"
    env = {**os.environ, "PSWDESK_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), a.db.url, str(ini), str(draft.id), "wendy"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        _read_line(proc, "SAVED")
        _read_line(proc, "TAIL")
        proc.send_signal(signal.SIGKILL)  # no close event, no goodbye: a power cut
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()

    # The next start finds the draft that was open and offers it back ...
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert pending_recovery(a.db, a.wendy, settings) == draft.id
    view = notes.get_note(a.db, a.wendy, draft.id)
    editor = NoteEditor(a.db, a.wendy, view, settings=settings)
    qtbot.addWidget(editor)
    # ... with everything typed before the last autosave, only the last moment missing.
    assert editor.ui.summary_edit.toPlainText() == "Met at the library; talked about housing."
    assert editor.bindings["s1_expressed"].get() == "Worried about the eviction letter."
    # Closing the recovered editor cleanly clears the marker.
    editor.close()
    assert pending_recovery(a.db, a.wendy, settings) is None
