"""A handover is prepared when generated and a disclosure once it leaves; emergencies are
acknowledged. On SQLite and PostgreSQL.

The accounting of a client's disclosures lists what left and, as such, what was only
prepared; supervisors list their team's emergency disclosures and acknowledge each once;
``verify`` notices a release the audit recorded that is gone; the migration counts every
handover made before it as released.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, func, select

from pswdesk.db import alembic_config
from pswdesk.errors import ConflictError, NotFound, PermissionDenied, PswdeskError, ValidationError
from pswdesk.models import AuditEntry, Consent, Disclosure, DisclosureRelease
from pswdesk.services import handover, integrity
from pswdesk.services.access import Actor
from pswdesk.services.handover import HandoverResult
from pswdesk.vocabulary import ReleaseHow
from tests.conftest import Agency
from tests.notes_support import new_client
from tests.test_cli import ok, run

# Read when used, never at import: a run that crosses midnight must see the new day.
today = dt.date.today


def start() -> dt.date:
    return today() - dt.timedelta(days=30)


def _consent(agency: Agency, client_id: int) -> int:
    with agency.db.write() as s:
        row = Consent(
            client_id=client_id, recipient="Dr Rivera", purpose="care", scope=["goals"],
            how_given="written", given_on=today() - dt.timedelta(days=10),
            recorded_by_id=agency.wendy.id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def _prepared(agency: Agency, who: Actor, client_id: int, consent_id: int) -> HandoverResult:
    return handover.produce_handover(
        agency.db, who, client_id, consent_id=consent_id, date_from=start(), date_to=today(),
        output=io.BytesIO(),
    )  # fmt: skip


def _emergency(agency: Agency, who: Actor, client_id: int, reason: str) -> HandoverResult:
    return handover.produce_handover(
        agency.db, who, client_id, emergency_reason=reason, recipient_name="City ED",
        date_from=start(), date_to=today(), output=io.BytesIO(),
    )  # fmt: skip


def _entries(agency: Agency, action: str) -> list[AuditEntry]:
    with agency.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _release_problems(agency: Agency) -> list[str]:
    return [p for p in integrity.verify(agency.db) if "handover" in p or "acknowledg" in p]


def test_a_generated_handover_is_prepared_until_saved_or_printed(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy, "Robin Marker")
    made = _prepared(agency, agency.wendy, cid, _consent(agency, cid))
    (row,) = handover.client_disclosures(agency.db, agency.wendy, cid)
    assert row.id == made.disclosure_id
    assert not row.released and row.released_at is None and row.released_how == ()
    assert len(_entries(agency, "disclosure")) == 1  # recorded as it was made
    assert _entries(agency, "disclosure.released") == []

    saved = handover.release_disclosure(agency.db, agency.wendy, made.disclosure_id, "saved")
    printed = handover.release_disclosure(agency.db, agency.wendy, made.disclosure_id, "printed")
    assert saved.how is ReleaseHow.SAVED and printed.how is ReleaseHow.PRINTED
    (row,) = handover.client_disclosures(agency.db, agency.sam, cid)
    assert row.released and row.released_at == saved.released_at  # when it first left
    assert row.released_how == (ReleaseHow.SAVED, ReleaseHow.PRINTED)
    entries = _entries(agency, "disclosure.released")
    assert [(e.entity_id, e.details["how"], e.details["release_id"]) for e in entries] == [
        (made.disclosure_id, "saved", saved.id),
        (made.disclosure_id, "printed", printed.id),
    ]
    assert all(e.details["client_id"] == cid for e in entries)
    assert _release_problems(agency) == []


def test_the_accounting_shows_released_and_prepared_apart(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    consent_id = _consent(agency, cid)
    first = _prepared(agency, agency.wendy, cid, consent_id)
    second = _prepared(agency, agency.wendy, cid, consent_id)
    handover.release_disclosure(agency.db, agency.wendy, second.disclosure_id, "printed")
    rows = handover.client_disclosures(agency.db, agency.wendy, cid)
    assert [(r.id, r.released) for r in rows] == [
        (second.disclosure_id, True),
        (first.disclosure_id, False),
    ]
    with pytest.raises(NotFound):
        handover.client_disclosures(agency.db, agency.walt, cid)


def test_the_command_lines_file_is_released_as_it_is_written(
    agency: Agency, tmp_path: Path
) -> None:
    cid = new_client(agency, agency.wendy)
    consent_id = _consent(agency, cid)
    made = handover.produce_handover(
        agency.db, agency.wendy, cid, consent_id=consent_id, date_from=start(), date_to=today(),
        output=tmp_path / "out.pdf",
    )  # fmt: skip
    (row,) = handover.client_disclosures(agency.db, agency.wendy, cid)
    assert row.id == made.disclosure_id and row.released_how == (ReleaseHow.CLI_OUTPUT,)
    (entry,) = _entries(agency, "disclosure.released")
    assert entry.details["how"] == "cli-output"
    # A file that cannot be written leaves neither the handover nor a release.
    with pytest.raises(PswdeskError, match="cannot write"):
        handover.produce_handover(
            agency.db, agency.wendy, cid, consent_id=consent_id, date_from=start(), date_to=today(),
            output=tmp_path / "missing" / "out.pdf",
        )  # fmt: skip
    with agency.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Disclosure)) == 1
        assert s.scalar(select(func.count()).select_from(DisclosureRelease)) == 1


def test_pswdesk_handover_o_is_a_release(agency: Agency, db_url: str, tmp_path: Path) -> None:
    cid = new_client(agency, agency.wendy)
    consent_id = _consent(agency, cid)
    out = tmp_path / "handover.pdf"
    line = ok(
        run(
            "handover", str(cid), "--recipient", str(consent_id), "--from", start().isoformat(),
            "--to", today().isoformat(), "-o", str(out), "--user", "wendy", db=db_url,
        )
    )  # fmt: skip
    (row,) = handover.client_disclosures(agency.db, agency.wendy, cid)
    assert f"disclosure {row.id} recorded" in line and out.exists()
    assert row.released and row.released_how == (ReleaseHow.CLI_OUTPUT,)


def test_only_the_author_releases_and_only_by_saving_or_printing(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    made = _prepared(agency, agency.wendy, cid, _consent(agency, cid))
    with pytest.raises(NotFound, match=f"no handover {made.disclosure_id}"):
        handover.release_disclosure(agency.db, agency.sam, made.disclosure_id, "saved")
    with pytest.raises(NotFound):
        handover.release_disclosure(agency.db, agency.wendy, made.disclosure_id + 99, "saved")
    for how in ("before-0017", "emailed", ""):
        with pytest.raises(ValidationError):
            handover.release_disclosure(agency.db, agency.wendy, made.disclosure_id, how)
    with pytest.raises(PermissionDenied):
        handover.release_disclosure(agency.db, agency.admin, made.disclosure_id, "saved")
    (row,) = handover.client_disclosures(agency.db, agency.wendy, cid)
    assert not row.released


def test_emergency_lists_by_team_and_for_administrators(agency: Agency) -> None:
    a = agency
    robin = new_client(a, a.wendy, "Robin Marker")
    kim = new_client(a, a.walt, "Kim Other")
    ours = _emergency(a, a.wendy, robin, "Found unconscious; ED needs the plan")
    theirs = _emergency(a, a.walt, kim, "Threatened a neighbour")
    handover.release_disclosure(a.db, a.wendy, ours.disclosure_id, "printed")

    (seen,) = handover.emergency_disclosures(a.db, a.sam)
    assert (seen.id, seen.client_name, seen.recipient) == (
        ours.disclosure_id,
        "Robin Marker",
        "City ED",
    )
    assert (
        seen.reason == "Found unconscious; ED needs the plan" and seen.user_name == "Wendy Worker"
    )
    assert seen.released and seen.released_how == (ReleaseHow.PRINTED,)
    assert seen.may_acknowledge and not seen.acknowledged
    (other,) = handover.emergency_disclosures(a.db, a.sue)
    assert other.id == theirs.disclosure_id and not other.released and other.reason

    # Administrators: every one, for the accounting, without the client's name or the reason.
    listed = handover.emergency_disclosures(a.db, a.admin)
    assert {r.id for r in listed} == {ours.disclosure_id, theirs.disclosure_id}
    assert all(r.client_name is None and r.reason is None for r in listed)
    assert not any(r.may_acknowledge for r in listed)
    assert {r.client_id for r in listed} == {robin, kim}
    for worker in (a.wendy, a.walt):
        with pytest.raises(PermissionDenied):
            handover.emergency_disclosures(a.db, worker)
    # A handover under consent is not an emergency.
    _prepared(a, a.wendy, robin, _consent(a, robin))
    assert len(handover.emergency_disclosures(a.db, a.sam)) == 1


def test_an_emergency_is_acknowledged_once_and_audited(agency: Agency) -> None:
    a = agency
    cid = new_client(a, a.wendy, "Robin Marker")
    older = _emergency(a, a.wendy, cid, "Overdose; ED asked for history")
    newer = _emergency(a, a.wendy, cid, "Missing; police asked")
    with pytest.raises(NotFound, match=f"no emergency disclosure {newer.disclosure_id}"):
        handover.acknowledge_emergency(a.db, a.sue, newer.disclosure_id)  # not her team's
    with pytest.raises(PermissionDenied):
        handover.acknowledge_emergency(a.db, a.admin, newer.disclosure_id)
    with pytest.raises(PermissionDenied):
        handover.acknowledge_emergency(a.db, a.wendy, newer.disclosure_id)

    ack = handover.acknowledge_emergency(a.db, a.sam, newer.disclosure_id, "  Called ED back  ")
    assert ack.supervisor_name == "Sam Supervisor"
    with pytest.raises(ConflictError, match="Sam Supervisor already acknowledged"):
        handover.acknowledge_emergency(a.db, a.sam, newer.disclosure_id)

    rows = handover.emergency_disclosures(a.db, a.sam)
    assert [r.id for r in rows] == [older.disclosure_id, newer.disclosure_id]  # open first
    done = rows[1]
    assert done.acknowledged and done.acknowledged_by == "Sam Supervisor"
    assert done.acknowledged_at == ack.acknowledged_at and not done.may_acknowledge
    assert done.acknowledgement_note == "Called ED back"
    admin_view = {r.id: r for r in handover.emergency_disclosures(a.db, a.admin)}
    assert admin_view[newer.disclosure_id].acknowledged_by == "Sam Supervisor"
    assert admin_view[newer.disclosure_id].acknowledgement_note is None

    (entry,) = _entries(a, "disclosure.acknowledged")
    assert entry.entity_id == newer.disclosure_id and entry.actor_name == "sam"
    assert entry.details["client_id"] == cid and entry.details["with_note"] is True
    assert "Called ED" not in str(entry.details)  # the note stays out of the log
    # Not an emergency: nothing to acknowledge.
    plain = _prepared(a, a.wendy, cid, _consent(a, cid))
    with pytest.raises(NotFound):
        handover.acknowledge_emergency(a.db, a.sam, plain.disclosure_id)
    with pytest.raises(ValidationError):
        handover.acknowledge_emergency(a.db, a.sam, older.disclosure_id, "x" * 1001)
    assert _release_problems(a) == []


def test_verify_notices_a_deleted_release(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    made = _prepared(agency, agency.wendy, cid, _consent(agency, cid))
    handover.release_disclosure(agency.db, agency.wendy, made.disclosure_id, "saved")
    with agency.db.write() as s:  # the tables' owner, or anyone holding the file
        s.execute(delete(DisclosureRelease))
    (problem,) = _release_problems(agency)
    assert f"the release of handover {made.disclosure_id}" in problem and "deleted" in problem
    (row,) = handover.client_disclosures(agency.db, agency.wendy, cid)
    assert not row.released


def test_handovers_made_before_the_migration_count_as_released(agency: Agency) -> None:
    cid = new_client(agency, agency.wendy)
    made = _prepared(agency, agency.wendy, cid, _consent(agency, cid))
    for direction, target in (("downgrade", "0016"), ("upgrade", "head")):
        with agency.db.engine.begin() as conn:
            cfg = alembic_config(agency.db.url)
            cfg.attributes["connection"] = conn
            getattr(command, direction)(cfg, target)
    (row,) = handover.client_disclosures(agency.db, agency.wendy, cid)
    assert row.id == made.disclosure_id and row.released
    assert row.released_how == (ReleaseHow.BEFORE_0017,)
    with agency.db.read() as s:
        disclosure = s.get(Disclosure, made.disclosure_id)
        assert disclosure is not None and row.released_at == disclosure.created_at
