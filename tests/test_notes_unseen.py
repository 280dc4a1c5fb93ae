"""A client, note, follow-up or debrief request someone may not see is reported exactly
like one that does not exist: same error type, same words. Otherwise trying ids would
tell a worker which clients the agency has. On both backends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest

from pswdesk.errors import PswdeskError
from pswdesk.services import (
    clients,
    followups,
    notes,
    record_header,
    review,
    risk_alerts,
    risk_history,
)
from pswdesk.services.access import Actor
from pswdesk.services.notes import NoteContent
from tests.conftest import Agency
from tests.notes_support import full_content, new_client, submitted_note

MISSING = 987_654


def _refusal(call: Callable[[], object], record_id: int) -> tuple[type, str]:
    """The error a call raises, its id written as ``#`` so two ids can be compared."""
    with pytest.raises(PswdeskError) as caught:
        call()
    message = str(caught.value)
    assert str(record_id) in message  # so the replacement below really compares
    return type(caught.value), message.replace(str(record_id), "#")


def _same_as_missing(call: Callable[[int], object], unseen: int) -> None:
    assert _refusal(lambda: call(unseen), unseen) == _refusal(lambda: call(MISSING), MISSING)


def _client_calls(agency: Agency, who: Actor) -> list[Callable[[int], object]]:
    db, today = agency.db, dt.date.today()
    return [
        lambda cid: clients.get_client(db, who, cid),
        lambda cid: notes.client_notes(db, who, cid),
        lambda cid: notes.count_client_notes(db, who, cid),
        lambda cid: notes.create_draft(db, who, cid),
        lambda cid: notes.start_from_last(db, who, cid),
        lambda cid: followups.client_follow_ups(db, who, cid),
        lambda cid: followups.add_follow_up(db, who, cid, today, "Call"),
        lambda cid: record_header.record_header(db, who, cid),
        lambda cid: risk_history.risk_history(db, who, cid),
    ]


@pytest.mark.parametrize("who", ["walt", "will", "sue"])
def test_an_unseen_client_looks_missing(agency: Agency, who: str) -> None:
    """Another team's worker and supervisor, and a colleague the client is not assigned to."""
    cid = new_client(agency, agency.wendy)
    submitted_note(agency, agency.wendy, cid)
    actor: Actor = getattr(agency, who)
    for call in _client_calls(agency, actor):
        _same_as_missing(call, cid)
    if who == "sue":
        _same_as_missing(lambda c: risk_alerts.clear_risk_alert(agency.db, actor, c, "ok"), cid)


def _note_calls(agency: Agency, who: Actor) -> list[Callable[[int], object]]:
    db = agency.db
    return [
        lambda nid: notes.get_note(db, who, nid),
        lambda nid: notes.save_draft(db, who, nid, NoteContent(), 1),
        lambda nid: notes.submit(db, who, nid, 1),
        lambda nid: notes.delete_draft(db, who, nid),
        lambda nid: notes.add_addendum(db, who, nid, "why", "what"),
        lambda nid: review.changes_since_last_submission(db, who, nid),
    ]


def test_a_note_of_an_unseen_client_looks_missing(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    signed = submitted_note(agency, agency.wendy, cid)
    signed = review.approve(db, agency.sam, signed.id, signed.version)
    waiting = submitted_note(agency, agency.wendy, cid)
    for note_id in (signed.id, waiting.id):
        for call in _note_calls(agency, agency.walt):
            _same_as_missing(call, note_id)
    for decide in (
        lambda nid: review.approve(db, agency.sue, nid, waiting.version),
        lambda nid: review.return_note(db, agency.sue, nid, "no", waiting.version),
    ):
        _same_as_missing(decide, waiting.id)


def test_someone_elses_draft_looks_missing(agency: Agency) -> None:
    """Even to a colleague and a supervisor who may see the client itself."""
    db = agency.db
    cid = new_client(agency, agency.wendy)
    clients.assign_worker(db, agency.sam, cid, agency.will.id)
    draft = notes.create_draft(db, agency.wendy, cid, full_content())
    for who in (agency.will, agency.sam):
        for call in _note_calls(agency, who):
            _same_as_missing(call, draft.id)
    assert notes.get_note(db, agency.wendy, draft.id).id == draft.id


def test_an_unseen_follow_up_and_debrief_request_look_missing(agency: Agency) -> None:
    db = agency.db
    cid = new_client(agency, agency.wendy)
    task = followups.add_follow_up(db, agency.wendy, cid, dt.date.today(), "Call back")
    _same_as_missing(lambda fid: followups.complete_follow_up(db, agency.walt, fid), task.id)

    content = full_content()
    assert content.self_care is not None
    content.self_care = replace(content.self_care, debrief_requested=True)
    draft = notes.create_draft(db, agency.wendy, cid, content)
    notes.submit(db, agency.wendy, draft.id, draft.version)
    (request,) = review.debrief_requests(db, agency.sam)
    _same_as_missing(lambda rid: review.mark_debrief_held(db, agency.sue, rid), request.id)
