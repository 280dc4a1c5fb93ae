"""Brief contacts on both backends: logging, who sees them, the risk rule, becoming a
full note, counting as a contact, correcting and the counts for reports."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from pswdesk.errors import ConflictError, LockedError, NotFound, PermissionDenied, ValidationError
from pswdesk.models import BriefContact, Client
from pswdesk.services import audit, brief_contacts, clients, merging, notes
from pswdesk.services.brief_contacts import (
    FULL_NOTE_NEEDED,
    MAX_TEXT,
    BriefContactInput,
    clean_text,
    needs_full_note,
)
from pswdesk.vocabulary import BriefContactType, ContactType, NoteStatus, RiskLevel
from tests.conftest import Agency
from tests.notes_support import new_client, submitted_note


def entry(**overrides: object) -> BriefContactInput:
    values: dict[str, object] = {
        "contact_at": dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        "contact_type": BriefContactType.PHONE.value,
        "minutes": 10,
        "text": "Called to confirm Thursday; sounded well.",
        "risk_level": None,
    }
    values.update(overrides)
    return BriefContactInput(**values)  # type: ignore[arg-type]


def caseload_last_contact(agency: Agency, client_id: int) -> dt.datetime | None:
    rows = clients.list_caseload(agency.db, agency.wendy, limit=500)
    return next(r.last_contact for r in rows if r.id == client_id)


def test_a_logged_contact_is_listed_newest_first_and_audited_without_its_text(
    agency: Agency,
) -> None:
    cid = new_client(agency, agency.wendy)
    now = dt.datetime.now(dt.UTC)
    older = brief_contacts.log_contact(
        agency.db, agency.wendy, cid, entry(contact_at=now - dt.timedelta(days=2), text="Old")
    )
    newer = brief_contacts.log_contact(
        agency.db,
        agency.wendy,
        cid,
        entry(contact_type="drop_in", minutes=5, text="Dropped in\x00 for\x07 a coffee"),
    )
    rows = brief_contacts.client_brief_contacts(agency.db, agency.wendy, cid)
    assert [r.id for r in rows] == [newer.id, older.id]
    assert rows[0].text == "Dropped in for a coffee"
    assert rows[0].contact_type is BriefContactType.DROP_IN
    assert rows[0].author_name == "Wendy Worker"
    assert rows[0].editable
    assert brief_contacts.count_client_brief_contacts(agency.db, agency.wendy, cid) == 2
    logged = audit.list_entries(agency.db, agency.admin, action="brief_contact.logged")
    assert {e.entity_id for e in logged} == {older.id, newer.id}
    for e in logged:
        assert "coffee" not in repr(e.details) and "Old" not in repr(e.details)
        assert e.details["client_id"] == cid


def test_text_is_cleaned_capped_and_required(agency: Agency) -> None:
    assert clean_text("one\r\ntwo\tparts\n\n\nthree\nfour") == "one\ntwo parts\nthree four"
    assert clean_text("\x00\x1b[31m") == "[31m"
    cid = new_client(agency, agency.wendy)
    with pytest.raises(ValidationError) as err:
        brief_contacts.log_contact(agency.db, agency.wendy, cid, entry(text=" \x00 "))
    assert "text" in err.value.problems
    with pytest.raises(ValidationError) as err:
        brief_contacts.log_contact(agency.db, agency.wendy, cid, entry(text="x" * (MAX_TEXT + 1)))
    assert "text" in err.value.problems
    with pytest.raises(ValidationError) as err:
        brief_contacts.log_contact(
            agency.db, agency.wendy, cid, entry(contact_type="video", minutes=-1)
        )
    assert set(err.value.problems) == {"contact_type", "minutes"}
    future = dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)
    with pytest.raises(ValidationError) as err:
        brief_contacts.log_contact(agency.db, agency.wendy, cid, entry(contact_at=future))
    assert "contact_at" in err.value.problems
    # A 60 kB paste is refused in words, never by the database.
    with pytest.raises(ValidationError):
        brief_contacts.log_contact(agency.db, agency.wendy, cid, entry(text="é" * 60_000))
    assert brief_contacts.client_brief_contacts(agency.db, agency.wendy, cid) == []


def test_who_may_read_and_log(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    brief_contacts.log_contact(agency.db, agency.wendy, cid, entry())
    # Her supervisor reads them; another team's worker and supervisor do not, nor the admin.
    assert len(brief_contacts.client_brief_contacts(agency.db, agency.sam, cid)) == 1
    for outsider in (agency.walt, agency.sue, agency.will):
        with pytest.raises(NotFound):
            brief_contacts.client_brief_contacts(agency.db, outsider, cid)
        with pytest.raises(NotFound):
            brief_contacts.log_contact(agency.db, outsider, cid, entry())
    with pytest.raises(PermissionDenied):
        brief_contacts.client_brief_contacts(agency.db, agency.admin, cid)
    with pytest.raises(PermissionDenied):
        brief_contacts.log_contact(agency.db, agency.admin, cid, entry())


@pytest.mark.parametrize("risk", [RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT])
def test_moderate_or_higher_risk_is_refused_as_brief(agency: Agency, risk: RiskLevel) -> None:
    cid = new_client(agency, agency.wendy)
    with pytest.raises(ValidationError) as err:
        brief_contacts.log_contact(agency.db, agency.wendy, cid, entry(risk_level=risk.value))
    assert err.value.problems == {"risk_level": FULL_NOTE_NEEDED}
    assert needs_full_note(err.value)
    assert "Write a full note instead" in str(err.value)
    assert brief_contacts.client_brief_contacts(agency.db, agency.wendy, cid) == []


def test_low_risk_is_kept_and_does_not_rate_the_clients_risk(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    submitted_note(
        agency, agency.wendy, cid, risk_indicators=("self-harm",), risk_level=RiskLevel.HIGH,
        risk_actions=("crisis_protocol",),
    )  # fmt: skip
    row = brief_contacts.log_contact(agency.db, agency.wendy, cid, entry(risk_level="low"))
    assert row.risk_level is RiskLevel.LOW
    # Only a full note rates risk: the high rating stands.
    assert clients.get_client(agency.db, agency.wendy, cid).risk is RiskLevel.HIGH


def test_a_serious_contact_becomes_a_prefilled_draft(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    at = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30)).replace(microsecond=0)
    typed = entry(
        contact_at=at, contact_type="text", minutes=15, text="Said things are bad again",
        risk_level=RiskLevel.HIGH.value,
    )  # fmt: skip
    started = brief_contacts.write_full_note_instead(agency.db, agency.wendy, cid, typed)
    note = notes.get_note(agency.db, agency.wendy, started.note_id)
    assert note.status == NoteStatus.DRAFT
    assert note.content.summary == "Said things are bad again"
    assert note.content.contact_type == ContactType.TEXT
    assert note.content.duration_minutes == 15
    assert note.content.contact_at == at
    assert note.content.risk_level == RiskLevel.HIGH
    (row,) = brief_contacts.client_brief_contacts(agency.db, agency.wendy, cid)
    assert row.id == started.brief_contact_id
    assert row.became_note_id == started.note_id
    assert not row.editable
    with pytest.raises(LockedError):
        brief_contacts.edit_contact(agency.db, agency.wendy, row.id, entry(), row.version)
    assert audit.list_entries(agency.db, agency.admin, action="brief_contact.became_note")
    # The other rules still hold for what goes into the note.
    with pytest.raises(ValidationError) as err:
        brief_contacts.write_full_note_instead(
            agency.db, agency.wendy, cid, entry(text="", risk_level="high")
        )
    assert set(err.value.problems) == {"text"}


def test_a_brief_contact_counts_as_the_last_contact(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    assert caseload_last_contact(agency, cid) is None
    week_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=7)).replace(microsecond=0)
    submitted_note(agency, agency.wendy, cid, contact_at=week_ago)
    assert caseload_last_contact(agency, cid) == week_ago
    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).replace(microsecond=0)
    row = brief_contacts.log_contact(agency.db, agency.wendy, cid, entry(contact_at=yesterday))
    assert caseload_last_contact(agency, cid) == yesterday
    # An older brief contact does not move it back.
    brief_contacts.log_contact(
        agency.db, agency.wendy, cid, entry(contact_at=week_ago - dt.timedelta(days=1))
    )
    assert caseload_last_contact(agency, cid) == yesterday
    # Corrected to an earlier time: the newest remaining contact is the note.
    moved = brief_contacts.edit_contact(
        agency.db, agency.wendy, row.id,
        entry(contact_at=week_ago - dt.timedelta(days=2)), row.version,
    )  # fmt: skip
    assert moved.version == row.version + 1
    assert caseload_last_contact(agency, cid) == week_ago


def test_corrections_by_the_author_on_the_day_only(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    row = brief_contacts.log_contact(agency.db, agency.wendy, cid, entry())
    with pytest.raises(PermissionDenied):
        brief_contacts.edit_contact(agency.db, agency.sam, row.id, entry(), row.version)
    with pytest.raises(ValidationError) as err:
        brief_contacts.edit_contact(
            agency.db, agency.wendy, row.id, entry(risk_level="moderate"), row.version
        )
    assert needs_full_note(err.value)
    fixed = brief_contacts.edit_contact(
        agency.db, agency.wendy, row.id,
        entry(contact_at=row.contact_at, minutes=25, text="Typo fixed"), row.version,
    )  # fmt: skip
    assert (fixed.minutes, fixed.text) == (25, "Typo fixed")
    (changed,) = audit.list_entries(agency.db, agency.admin, action="brief_contact.changed")
    assert sorted(changed.details["fields"]) == ["minutes", "text"]
    assert "Typo" not in repr(changed.details)
    # The version read is checked.
    with pytest.raises(ConflictError):
        brief_contacts.edit_contact(agency.db, agency.wendy, row.id, entry(), row.version)
    # Logged yesterday: fixed for good.
    with agency.db.write() as s:
        s.execute(
            update(BriefContact)
            .where(BriefContact.id == row.id)
            .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=1, hours=1))
        )
    (old,) = brief_contacts.client_brief_contacts(agency.db, agency.wendy, cid)
    assert not old.editable
    with pytest.raises(LockedError):
        brief_contacts.edit_contact(agency.db, agency.wendy, row.id, entry(), old.version)


def test_counts_per_worker_for_reports(agency: Agency) -> None:
    mine = new_client(agency, agency.wendy)
    theirs = new_client(agency, agency.walt, "Jo")
    now = dt.datetime.now(dt.UTC)
    for minutes in (5, 10):
        brief_contacts.log_contact(agency.db, agency.wendy, mine, entry(minutes=minutes))
    brief_contacts.write_full_note_instead(
        agency.db, agency.wendy, mine, entry(risk_level="high", minutes=40)
    )
    brief_contacts.log_contact(agency.db, agency.walt, theirs, entry(minutes=3))
    long_ago = now - dt.timedelta(days=60)
    brief_contacts.log_contact(agency.db, agency.walt, theirs, entry(contact_at=long_ago))
    today = dt.date.today()
    start = today - dt.timedelta(days=7)

    def counts(actor: object) -> list[tuple[str, int, int, int]]:
        got = brief_contacts.count_by_worker(agency.db, actor, start, today)  # type: ignore[arg-type]
        return [(c.worker_name, c.brief_contacts, c.minutes, c.became_notes) for c in got]

    assert counts(agency.admin) == [("Walt Worker", 1, 3, 0), ("Wendy Worker", 2, 15, 1)]
    assert counts(agency.sam) == [("Wendy Worker", 2, 15, 1)]
    assert counts(agency.walt) == [("Walt Worker", 1, 3, 0)]
    assert counts(agency.sue) == [("Walt Worker", 1, 3, 0)]
    with pytest.raises(ValidationError):
        brief_contacts.count_by_worker(agency.db, agency.admin, today, start)


def test_a_closed_file_takes_no_brief_contact(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    detail = clients.get_client(agency.db, agency.sam, cid)
    clients.set_status(agency.db, agency.sam, cid, detail.version, "closed")
    with pytest.raises(LockedError):
        brief_contacts.log_contact(agency.db, agency.wendy, cid, entry())


def test_a_merge_moves_the_brief_contacts_to_the_kept_record(agency: Agency) -> None:
    keep = new_client(agency, agency.wendy, "Robin Ames")
    other = new_client(agency, agency.will, "Robin A.")
    moved = brief_contacts.log_contact(agency.db, agency.will, other, entry(text="Moved along"))
    versions = [clients.get_client(agency.db, agency.sam, c).version for c in (keep, other)]
    result = merging.merge_clients(
        agency.db, agency.sam, keep, other, keep_version=versions[0], other_version=versions[1]
    )
    assert result.moved["brief_contacts"] == 1
    (row,) = brief_contacts.client_brief_contacts(agency.db, agency.sam, keep)
    assert (row.id, row.text) == (moved.id, "Moved along")


def test_the_demo_agency_has_brief_contacts(sqlite_url: str) -> None:
    from tests.test_seed import TODAY, _seeded

    db = _seeded(sqlite_url)
    try:
        with db.read() as s:
            rows = list(s.scalars(select(BriefContact)))
            assert rows
            assert {r.risk_level for r in rows} <= {None, "none", "low"}
            assert all(r.contact_at.date() < TODAY for r in rows)
            for r in rows:
                last = s.get_one(Client, r.client_id).last_contact_at
                assert last is not None and last >= r.contact_at
    finally:
        db.dispose()
