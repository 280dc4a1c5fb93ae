"""Screenshots of the note editor, the review view and a returned note, on demo data.

Renders the real windows offscreen with the app's style sheet and saves PNGs into
``docs/screenshots/`` (or ``--out``). Run after changing the editor or its forms::

    python scripts/note_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from shot_agency import ROOT, start  # scripts/shot_agency.py, beside this one

from pswdesk.gui.note_editor import NoteEditor
from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.resources import stylesheet
from pswdesk.services import clients, notes, review
from pswdesk.services.note_content import NoteContent, SelfCareContent
from pswdesk.vocabulary import RiskLevel


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    wait_for_operations()  # the windows read and save off the GUI thread
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> int:
    shots = start(
        __doc__.splitlines()[0],
        clients=12,
        notes_per_client=4,
        style=lambda a: a.setStyleSheet(stylesheet()),
    )
    app, tmp, db, out = shots.app, shots.tmp, shots.db, shots.out
    worker, supervisor = shots.worker, shots.supervisor
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    client = clients.list_caseload(db, worker, sort="name")[0]

    # 1. A note being written: step 5 with a problem flagged, the step list beside it.
    content = NoteContent(
        contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        duration_minutes=50,
        contact_type="in_person",
        location="Drop-in centre",
        summary="Came in after a hard week; talked through the eviction letter.",
        s1_expressed="Said they felt like giving up since the letter came.",
        s1_validation="Told them that anyone would feel shaken by that.",
        feelings=("overwhelmed", "scared"),
        s2_questions="What has helped you through a bad week before?",
        risk_indicators=("thoughts of suicide",),
        risk_level=RiskLevel.MODERATE,
        s5_text="Talked about the thoughts; no plan. Went over who they can call tonight.",
    )
    draft = notes.create_draft(db, worker, client.id, content)
    editor = NoteEditor(db, worker, draft, settings=settings)
    editor.resize(1180, 760)
    editor.submit()  # refused: shows what needs attention, where
    editor.go_to_step(5)
    _save(app, editor, out / "note-editor-step.png")
    editor.ui.step_list.setCurrentRow(editor.ui.step_list.count() - 1)
    _save(app, editor, out / "note-editor-check.png")
    editor.close()

    # 2. The supervisor's review view of a resubmitted, high-risk note.
    full = replace(
        content,
        risk_level=RiskLevel.HIGH,
        risk_actions=("safety_plan_reviewed", "support_system_told"),
        follow_up_date=dt.date.today() + dt.timedelta(days=1),
        s3_text="Chose one thing for tomorrow: ring the tenancy advice line.",
        goal_items=({"text": "Keep my flat", "why": "it is the first place I felt safe"},),
        s4_text="Their sister lives nearby and has helped before.",
        s6_text="Phone check-in tomorrow at 10.",
        s6_care_team="none yet",
        s7_text="Suggested the tenancy advice service.",
        referral_items=({"to_whom": "Tenancy advice line", "reason": "eviction letter"},),
        self_care=SelfCareContent(impact="Heavy one; stayed with me on the way home."),
    )
    view = notes.save_draft(
        db, worker, draft.id, full, notes.get_note(db, worker, draft.id).version
    )
    view = notes.submit(db, worker, view.id, view.version)
    view = review.return_note(
        db,
        supervisor,
        view.id,
        "Please say who in the care team knows about the risk.",
        view.version,
    )
    returned = NoteEditor(db, worker, notes.get_note(db, worker, view.id), settings=settings)
    returned.resize(1180, 760)
    returned.go_to_step(6)
    _save(app, returned, out / "returned-note.png")
    fixed = replace(full, s6_care_team="Told their GP, with their agreement.")
    view = notes.save_draft(db, worker, view.id, fixed, returned.note.version)
    returned.close()
    notes.submit(db, worker, view.id, view.version)
    viewer = NoteViewer(db, supervisor, view.id)
    viewer.resize(1000, 820)
    _save(app, viewer, out / "review-view.png")
    viewer.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
