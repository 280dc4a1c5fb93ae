"""Screenshot of the confirmation before signing a high-risk note, on demo data.

Renders the real review view offscreen with the app's style sheet, asks it to approve a
high-risk note whose client has a safety plan, and saves the confirmation it shows as
``docs/screenshots/sign-confirmation.png`` (or into ``--out``)::

    python scripts/review_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from shot_agency import ROOT, start  # scripts/shot_agency.py, beside this one

from pswdesk.gui.note_viewer import NoteViewer
from pswdesk.gui.operations import wait_for_operations
from pswdesk.gui.resources import stylesheet
from pswdesk.services import clients, notes, safety_plans
from pswdesk.services.note_content import NoteContent, SelfCareContent
from pswdesk.services.safety_plans import SafetyPlanContent
from pswdesk.vocabulary import RiskLevel

PLAN = SafetyPlanContent(
    warning_signs="Stops answering texts; stays in bed past noon; gives things away.",
    coping_strategies="Walk to the river and back; the breathing app; a cold shower.",
    people_to_ask="Sister Jo, 555 0101 (evenings). Neighbour Sam, 555 0144.",
    professionals="GP Dr Okafor, 555 0190 (weekdays). Crisis line 0800 543 354, any time.",
    safe_environment="Jo keeps the spare medication at her place.",
    reasons_for_living="My cat Miso. Seeing my nephew start school in September.",
)


def _content() -> NoteContent:
    return NoteContent(
        contact_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=3),
        duration_minutes=55,
        contact_type="in_person",
        location="Drop-in centre",
        summary="Came in after the eviction letter; spoke of ending their life. Plan reviewed.",
        s1_expressed="Said they had been thinking of ending it since the letter came.",
        s1_validation="Said that this sounds frightening and that I was glad they told me.",
        feelings=("hopeless", "scared"),
        s2_questions="What has kept you going through bad weeks before?",
        s2_insights="Losing the flat feels like losing the one safe place.",
        s3_text="One step for tomorrow: ring the tenancy advice line together.",
        s4_text="Their sister lives nearby and has helped before.",
        risk_indicators=("thoughts of suicide", "recent loss"),
        risk_level=RiskLevel.HIGH,
        risk_actions=("safety_plan_reviewed", "crisis_protocol"),
        s5_text="Went through the safety plan together; moved the medication to Jo's.",
        follow_up_date=dt.date.today() + dt.timedelta(days=1),
        s6_text="Phone check-in tomorrow at 10.",
        s6_care_team="none yet",
        s7_text="Suggested the tenancy advice service.",
        self_care=SelfCareContent(impact="A heavy one; talked it over with a colleague."),
    )


def main() -> int:
    shots = start(
        __doc__.splitlines()[0],
        clients=8,
        notes_per_client=2,
        style=lambda a: a.setStyleSheet(stylesheet()),
    )
    app, db, out = shots.app, shots.db, shots.out
    worker, supervisor = shots.worker, shots.supervisor
    client = clients.list_caseload(db, worker, sort="name")[0]
    current = safety_plans.current_safety_plan(db, worker, client.id)
    based_on = current.version_no if current is not None else None
    safety_plans.save_new_version(db, worker, client.id, PLAN, based_on)
    draft = notes.create_draft(db, worker, client.id, _content())
    sent = notes.submit(db, worker, draft.id, draft.version)

    viewer = NoteViewer(db, supervisor, sent.id)
    viewer.resize(1000, 700)
    viewer.show()
    wait_for_operations()
    app.processEvents()
    viewer.approve()
    wait_for_operations()
    for _ in range(5):
        app.processEvents()
    dialog = viewer.sign_dialog
    assert dialog is not None, viewer.message
    path = out / "sign-confirmation.png"
    dialog.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, dialog.size().toTuple())
    dialog.reject()
    viewer.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
