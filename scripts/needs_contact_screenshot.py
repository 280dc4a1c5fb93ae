"""Screenshot of the supervisor's review queue with the clients who need contact on top.

Builds a small demo agency, makes two of a team's clients "need contact" (an imminent
rating four days ago, a high one ten days ago, no follow-up planned), opens the real
main window offscreen at 1280x720 as their supervisor on the review queue, and saves
``docs/screenshots/needs-contact-queue.png`` (or into ``--out``)::

    python scripts/needs_contact_screenshot.py
"""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from shot_agency import ROOT, start  # scripts/shot_agency.py, beside this one

from pswdesk.db import Database
from pswdesk.framework import RiskAction
from pswdesk.gui.app import setup_application
from pswdesk.gui.main_window import MainWindow
from pswdesk.gui.operations import wait_for_operations
from pswdesk.services import clients, followups, needs_contact, notes
from pswdesk.services.access import Actor
from pswdesk.services.note_content import NoteContent, SelfCareContent
from pswdesk.vocabulary import RiskLevel


def _content(level: RiskLevel, days_ago: int) -> NoteContent:
    return NoteContent(
        contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago, hours=2),
        duration_minutes=40,
        contact_type="phone",
        location="by phone",
        summary="Spoke of not wanting to go on after the hearing; went over the safety plan.",
        s1_expressed="Said the hearing went badly and they cannot see a way through.",
        s1_validation="Said it made sense to feel flattened after a day like that.",
        s2_questions="Who could be with you tonight?",
        s2_insights="Being alone in the evenings is the hardest part.",
        s3_text="Tonight: stay at their brother's.",
        s4_text="Their brother answers the phone at any hour.",
        risk_indicators=("thoughts of suicide",),
        risk_level=level,
        risk_actions=(RiskAction.SAFETY_PLAN_REVIEWED, RiskAction.SUPPORT_SYSTEM_TOLD),
        s5_text="Went through the plan; brother told and on his way.",
        follow_up_date=dt.date.today() + dt.timedelta(days=30),
        s6_text="Call tomorrow morning.",
        s6_care_team="brother",
        s7_text="Crisis line number saved in their phone.",
        self_care=SelfCareContent(impact="Heavy; debriefed with a colleague."),
    )


def _at_risk(db: Database, worker: Actor, client_id: int, level: RiskLevel, days: int) -> None:
    """A rating ``days`` ago whose planned check-in was then closed: nothing is coming up."""
    draft = notes.create_draft(db, worker, client_id, _content(level, days))
    sent = notes.submit(db, worker, draft.id, draft.version)
    for f in followups.client_follow_ups(db, worker, client_id):
        if f.note_id == sent.id:
            followups.complete_follow_up(db, worker, f.id)


def main() -> int:
    shots = start(__doc__.splitlines()[0], clients=16, notes_per_client=3, style=setup_application)
    app, tmp, db, out = shots.app, shots.tmp, shots.db, shots.out
    worker, supervisor = shots.worker, shots.supervisor
    caseload = clients.list_caseload(db, worker, sort="name")
    _at_risk(db, worker, caseload[0].id, RiskLevel.IMMINENT, 4)
    _at_risk(db, worker, caseload[1].id, RiskLevel.HIGH, 10)
    listed = needs_contact.needs_contact(db, supervisor)
    print(f"{len(listed)} client(s) need contact:", ", ".join(r.client_name for r in listed))

    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, supervisor, settings=settings)
    window.resize(1280, 720)
    window.show()
    window.show_view("review")
    for _ in range(10):
        wait_for_operations()
        app.processEvents()
    path = out / "needs-contact-queue.png"
    window.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, window.size().toTuple())
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
