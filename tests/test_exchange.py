"""Export and import of the agency's records (services/exchange), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pswdesk import demo
from pswdesk.db import Database
from pswdesk.errors import AuthError, ConflictError, PermissionDenied, ValidationError
from pswdesk.models import Client, Note, User
from pswdesk.services import audit, auth, clients, exchange, integrity, notes, review, users
from pswdesk.services.access import Actor
from pswdesk.services.exchange import schema
from pswdesk.services.notes import SelfCareContent
from pswdesk.vocabulary import NoteStatus
from tests.conftest import PASSWORD, Agency, new_pg_database
from tests.notes_support import full_content, new_client, submitted_note

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def target(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> Iterator[Database]:
    """A second empty, migrated database on the same backend as ``db``: the new agency."""
    drop = None
    if db_url.startswith("sqlite"):
        path = tmp_path / "target.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        url, drop = new_pg_database(request.getfixturevalue("pg_template"))
    database = Database(url)
    yield database
    database.dispose()
    if drop is not None:
        drop()


def _actor(db: Database, admin: Actor, username: str) -> Actor:
    row = next(u for u in users.list_users(db, admin) if u.username == username)
    return Actor(row.id, row.username, row.full_name, frozenset(row.roles), row.supervisor_id)


def _demo_agency(db: Database) -> Actor:
    """The demo agency (6 clients x 8 notes) plus a safety-sensitive client and an addendum."""
    admin = users.initialise(db, "Old Agency", "admin", "Ada Admin", PASSWORD)
    demo.seed_demo(db, clients=6, notes_per_client=8, seed=3, password=PASSWORD, today=TODAY)
    worker = _actor(db, admin, "worker1")
    clients.create_client(
        db,
        worker,
        clients.ClientInput(
            "Sam Safe", phone="555 0101", address="1 Hidden Lane", safety_sensitive=True
        ),
    )
    with db.read() as s:
        note_id, author_id = s.execute(
            select(Note.id, Note.author_id)
            .where(Note.status == NoteStatus.APPROVED)
            .order_by(Note.id)
            .limit(1)
        ).one()
        author = s.get(User, author_id)
        assert author is not None
        author_name = author.username
    notes.add_addendum(db, _actor(db, admin, author_name), note_id, "typo", "Meant Friday.")
    return admin


def _json(summary: exchange.ExportSummary) -> dict[str, Any]:
    return json.loads(summary.json_file.read_text(encoding="utf-8"))


def _is_empty(db: Database) -> bool:
    with db.read() as s:
        counts = [s.scalar(select(func.count()).select_from(m)) for m in (Client, Note, User)]
    return counts == [0, 0, 1]


def _new_agency(target: Database, admin_name: str = "admin") -> Actor:
    return users.initialise(target, "New Agency", admin_name, "Somebody New", PASSWORD)


# -- the round trip ---------------------------------------------------------------------


def test_round_trip_keeps_every_record_and_every_signature(
    db: Database, target: Database, tmp_path: Path
) -> None:
    admin = _demo_agency(db)
    first = exchange.export_records(db, admin, tmp_path / "first", include_sensitive=True)
    new_admin = _new_agency(target)
    loaded = exchange.import_records(target, new_admin, first.json_file)
    second = exchange.export_records(target, new_admin, tmp_path / "second", include_sensitive=True)

    before, after = _json(first), _json(second)
    assert before.pop("exported_at") != after.pop("exported_at")
    assert before == after
    assert loaded.counts == first.counts == second.counts
    for kind in ("users", "clients", "notes", "note_self_care", "note_reviews", "addenda",
                 "goals", "goal_progress", "strengths", "safety_plans", "follow_ups",
                 "referrals", "referral_status_changes", "care_team", "consents"):  # fmt: skip
        assert first.counts[kind] > 0, kind
    assert integrity.verify(target) == []
    staff = {u["username"] for u in before["users"]} - {"admin"}
    assert set(loaded.accounts_to_reset) == staff
    assert loaded.contact_details_missing == 0
    assert loaded.agency == before["agency"] == "Old Agency"

    # The full-text index covers the imported notes: the same search finds the same notes.
    supervisor = _actor(db, admin, "supervisor1")
    word = next(w for w in before["notes"][0]["summary"].split() if len(w) > 4 and w.isalpha())
    found = [r.id for r in notes.search_notes(db, supervisor, word)]
    assert found
    assert [r.id for r in notes.search_notes(target, supervisor, word)] == found

    # New records after the import take new ids (PostgreSQL's sequences were moved on).
    worker = _actor(target, new_admin, "worker1")
    fresh = clients.create_client(target, worker, clients.ClientInput("After Import"))
    assert fresh.id == max(c["id"] for c in before["clients"]) + 1
    draft = notes.create_draft(target, worker, fresh.id, full_content())
    assert draft.id == max(n["id"] for n in before["notes"]) + 1

    entry = audit.list_entries(target, new_admin, action="import.loaded")[0]
    assert entry.details["counts"] == loaded.counts
    assert entry.details["exported_by"] == "admin"


def test_export_is_audited_without_content(db: Database, tmp_path: Path) -> None:
    admin = _demo_agency(db)
    summary = exchange.export_records(db, admin, tmp_path / "out")
    entry = audit.list_entries(db, admin, action="export.written")[0]
    assert entry.actor_name == "admin"
    assert entry.details["scope"] == "agency"
    assert entry.details["include_sensitive"] is False
    assert entry.details["counts"] == summary.counts
    logged = json.dumps(entry.details)
    assert "Sam Safe" not in logged and _json(summary)["notes"][0]["summary"] not in logged


# -- what the files are -----------------------------------------------------------------


def test_files_say_they_hold_phi_and_csv_files_open_with_bom_and_header(
    agency: Agency, tmp_path: Path
) -> None:
    client_id = new_client(agency, agency.wendy, "=Robin")
    submitted_note(agency, agency.wendy, client_id)
    summary = exchange.export_records(agency.db, agency.admin, tmp_path / "out")
    data = _json(summary)
    assert data["format"] == "pswdesk-export" and data["schema_version"] == 1
    assert data["scope"] == "agency" and data["exported_by"] == "admin"
    assert "personal health information" in data["notice"]
    assert data["kinds"] == [k.name for k in schema.present_kinds()]
    readme = (tmp_path / "out" / "README.txt").read_text(encoding="utf-8")
    assert "PERSONAL HEALTH INFORMATION" in readme
    for kind in schema.present_kinds():
        raw = (tmp_path / "out" / f"{kind.name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), kind.name
        with (tmp_path / "out" / f"{kind.name}.csv").open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        columns = schema.exported_columns(kind.name, whole_agency=True)
        assert rows[0] == [c.name for c in columns]
        assert len(rows) - 1 == summary.counts[kind.name] == len(data[kind.name])
    with (tmp_path / "out" / "clients.csv").open(encoding="utf-8-sig", newline="") as f:
        client_rows = list(csv.DictReader(f))
    assert client_rows[0]["preferred_name"] == "'=Robin"  # not run as a formula
    assert data["clients"][0]["preferred_name"] == "=Robin"
    assert dt.datetime.fromisoformat(data["notes"][0]["contact_at"]).utcoffset() == dt.timedelta(0)
    assert isinstance(data["notes"][0]["feelings"], list)


def test_columns_come_from_the_models_and_every_table_is_accounted_for() -> None:
    assert schema.unlisted_tables() == set()
    names = [c.name for c in schema.exported_columns("clients", whole_agency=True)]
    assert names == [c.name for c in Client.__table__.columns]
    user_columns = [c.name for c in schema.exported_columns("users", whole_agency=True)]
    assert "password_hash" not in user_columns and "username" in user_columns


# -- what a supervisor's or worker's export holds ----------------------------------------


def _two_workers_one_client(agency: Agency) -> dict[str, int]:
    """Client ``shared`` carried by wendy and will, each with a note; others' clients apart."""
    shared = new_client(agency, agency.wendy, "Shared")
    clients.assign_worker(agency.db, agency.sam, shared, agency.will.id)
    own = SelfCareContent(impact="wendy impact", boundaries="", plan="wendy plan")
    theirs = SelfCareContent(impact="will impact", boundaries="", plan="will plan")
    wills = new_client(agency, agency.will, "Only Will")
    for client_id, author, care in ((shared, agency.will, theirs), (wills, agency.will, theirs)):
        note = submitted_note(agency, author, client_id, self_care=care)
        review.approve(agency.db, agency.sam, note.id, note.version)  # goals etc. come on approval
    return {
        "shared": shared,
        "wills": wills,
        "walts": new_client(agency, agency.walt, "Only Walt"),
        "wendy_note": submitted_note(agency, agency.wendy, shared, self_care=own).id,
        "will_note": note_on(agency, shared, agency.will),
        "will_draft": notes.create_draft(agency.db, agency.will, shared, full_content()).id,
    }


def note_on(agency: Agency, client_id: int, author: Actor) -> int:
    """The id of ``author``'s only note on the client."""
    with agency.db.read() as s:
        return s.scalars(
            select(Note.id).where(Note.client_id == client_id, Note.author_id == author.id)
        ).one()


def test_worker_export_holds_their_clients_and_only_their_own_self_care(
    agency: Agency, tmp_path: Path
) -> None:
    ids = _two_workers_one_client(agency)
    summary = exchange.export_records(agency.db, agency.wendy, tmp_path / "out")
    data = _json(summary)
    assert data["scope"] == "user" and data["exported_by"] == "wendy"
    assert [c["id"] for c in data["clients"]] == [ids["shared"]]
    assert {n["id"] for n in data["notes"]} == {ids["wendy_note"], ids["will_note"]}
    assert [c["note_id"] for c in data["note_self_care"]] == [ids["wendy_note"]]
    contents = {s["note_id"]: s["content"] for s in data["note_submissions"]}
    assert contents[ids["wendy_note"]]["self_care"]["impact"] == "wendy impact"
    assert "self_care" not in contents[ids["will_note"]]
    assert "will impact" not in summary.json_file.read_text(encoding="utf-8")
    assert {g["client_id"] for g in data["goals"]} == {ids["shared"]}
    assert {u["username"] for u in data["users"]} == {"wendy", "will", "sam"}
    assert all("failed_logins" not in u and "password_hash" not in u for u in data["users"])
    with pytest.raises(ValidationError, match="only what wendy could see"):
        exchange.import_records(agency.db, agency.admin, summary.json_file)


def test_supervisor_export_holds_the_team_and_its_self_care(agency: Agency, tmp_path: Path) -> None:
    ids = _two_workers_one_client(agency)
    sam = _json(exchange.export_records(agency.db, agency.sam, tmp_path / "sam"))
    assert {c["id"] for c in sam["clients"]} == {ids["shared"], ids["wills"]}
    team_notes = {ids["wendy_note"], ids["will_note"], note_on(agency, ids["wills"], agency.will)}
    assert {n["id"] for n in sam["notes"]} == team_notes
    assert {c["note_id"] for c in sam["note_self_care"]} == team_notes
    sue = _json(exchange.export_records(agency.db, agency.sue, tmp_path / "sue"))
    assert [c["id"] for c in sue["clients"]] == [ids["walts"]]
    assert sue["notes"] == [] and sue["note_self_care"] == []


def test_safety_sensitive_contact_details_stay_out_unless_included(
    agency: Agency, tmp_path: Path
) -> None:
    details = clients.ClientInput(
        "Hidden", phone="555 0199", email="h@example.org", address="2 Quiet Road",
        emergency_contact="Aunt, 555 0100", safety_sensitive=True,
    )  # fmt: skip
    hidden = clients.create_client(agency.db, agency.wendy, details).id
    open_id = new_client(agency, agency.wendy, "Open")
    out = exchange.export_records(agency.db, agency.wendy, tmp_path / "out")
    rows = {c["id"]: c for c in _json(out)["clients"]}
    assert not set(schema.SENSITIVE_CONTACT_FIELDS) & set(rows[hidden])
    assert set(schema.SENSITIVE_CONTACT_FIELDS) <= set(rows[open_id])
    assert out.sensitive_left_out == 1 and not out.include_sensitive
    assert "2 Quiet Road" not in (tmp_path / "out" / "clients.csv").read_text(encoding="utf-8-sig")
    full = exchange.export_records(
        agency.db, agency.wendy, tmp_path / "full", include_sensitive=True
    )
    assert {c["id"]: c for c in _json(full)["clients"]}[hidden]["address"] == "2 Quiet Road"
    logged = [
        e.details for e in audit.list_entries(agency.db, agency.admin, action="export.written")
    ]
    assert [d["include_sensitive"] for d in logged] == [True, False]
    assert [d["sensitive_left_out"] for d in logged] == [0, 1]


def test_an_import_without_the_sensitive_details_says_so(
    agency: Agency, target: Database, tmp_path: Path
) -> None:
    details = clients.ClientInput("Hidden", phone="555 0199", safety_sensitive=True)
    clients.create_client(agency.db, agency.wendy, details)
    out = exchange.export_records(agency.db, agency.admin, tmp_path / "out")
    loaded = exchange.import_records(target, _new_agency(target), out.json_file)
    assert loaded.contact_details_missing == 1
    assert integrity.verify(target) == []


# -- what an import refuses --------------------------------------------------------------


def _export(agency: Agency, tmp_path: Path) -> Path:
    client_id = new_client(agency, agency.wendy)
    submitted_note(agency, agency.wendy, client_id)
    return exchange.export_records(agency.db, agency.admin, tmp_path / "out").json_file


def _rewritten(path: Path, change: Any) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    out = path.with_name("changed.json")
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


#: A change to a good export, and the words its refusal must say.
BAD_FILES: tuple[tuple[Any, str], ...] = (
    (lambda d: d.update(format="something-else"), "is not a pswdesk export"),
    (lambda d: d.update(schema_version=2), "written by a newer pswdesk"),
    (lambda d: d.update(scope="user"), "needs a whole-agency export"),
    (lambda d: d.update(surprises=[]), "does not know (surprises)"),
    (lambda d: d["clients"][0].update(shoe_size=44), "does not know (shoe_size)"),
    (lambda d: d["notes"][0].update(contact_at="yesterday"), "contact_at must be an ISO"),
    (lambda d: d["notes"][0].pop("contact_at"), "has no contact_at"),
    (lambda d: d["clients"][0].update(preferred_name="x" * 201), "longer than 200"),
    (lambda d: d["notes"][0].update(client_id=9999), "do not fit together"),
    (lambda d: d["users"][1].update(password_hash="x"), "does not know (password_hash)"),
)


def test_a_file_that_is_not_right_is_refused_and_nothing_is_imported(
    agency: Agency, target: Database, tmp_path: Path
) -> None:
    good = _export(agency, tmp_path)
    new_admin = _new_agency(target)
    for change, words in BAD_FILES:
        with pytest.raises(ValidationError, match=re.escape(words)) as refused:
            exchange.import_records(target, new_admin, _rewritten(good, change))
        assert "\n" not in str(refused.value)
        assert _is_empty(target), words
    assert users.get_agency(target).name == "New Agency"
    assert audit.list_entries(target, new_admin, action="import.loaded") == []
    # The same file unchanged imports: the refusals were the changes'.
    exchange.import_records(target, new_admin, good)
    assert not _is_empty(target)


def test_a_file_that_is_not_json_is_refused(target: Database, tmp_path: Path) -> None:
    junk = tmp_path / "notes.json"
    junk.write_text("preferred_name,legal_name\nRobin,\n", encoding="utf-8")
    new_admin = _new_agency(target)
    with pytest.raises(ValidationError, match="is not a pswdesk export"):
        exchange.import_records(target, new_admin, junk)
    with pytest.raises(ValidationError, match="there is no file"):
        exchange.import_records(target, new_admin, tmp_path / "missing.json")
    assert _is_empty(target)


def test_import_into_an_agency_that_has_records_is_refused(agency: Agency, tmp_path: Path) -> None:
    path = _export(agency, tmp_path)
    with pytest.raises(ConflictError, match="already has records"):
        exchange.import_records(agency.db, agency.admin, path)


def test_import_into_an_agency_with_other_accounts_is_refused(
    agency: Agency, target: Database, tmp_path: Path
) -> None:
    path = _export(agency, tmp_path)
    new_admin = _new_agency(target)
    users.add_user(target, new_admin, "extra", "Extra Person", ["worker"], PASSWORD)
    with pytest.raises(ConflictError, match="other staff accounts"):
        exchange.import_records(target, new_admin, path)


def test_an_administrator_not_in_the_export_is_told_how_to_proceed(
    agency: Agency, target: Database, tmp_path: Path
) -> None:
    path = _export(agency, tmp_path)
    with pytest.raises(ConflictError) as refused:
        exchange.import_records(target, _new_agency(target, "someone"), path)
    assert "no administrator called someone" in str(refused.value)
    assert "create the new agency with administrator user name admin" in str(refused.value)
    assert _is_empty(target)


def test_only_an_administrator_may_import(agency: Agency, tmp_path: Path) -> None:
    path = _export(agency, tmp_path)
    with pytest.raises(PermissionDenied):
        exchange.import_records(agency.db, agency.sam, path)
    with pytest.raises(PermissionDenied):
        exchange.import_records(agency.db, agency.wendy, path)


def test_imported_staff_cannot_log_in_until_an_administrator_resets_them(
    agency: Agency, target: Database, tmp_path: Path
) -> None:
    path = _export(agency, tmp_path)
    new_admin = _new_agency(target)
    loaded = exchange.import_records(target, new_admin, path)
    assert set(loaded.accounts_to_reset) == {"sam", "sue", "wendy", "will", "walt"}
    with target.read() as s:
        hashes = set(s.scalars(select(User.password_hash).where(User.id != new_admin.id)))
    assert hashes == {exchange.NO_PASSWORD}
    for password in (PASSWORD, "", exchange.NO_PASSWORD):
        with pytest.raises(AuthError):
            auth.login(target, "wendy", password)
    assert auth.login(target, "admin", PASSWORD).id == new_admin.id
    users.reset_password(target, new_admin, agency.wendy.id, "a new password 7")
    assert auth.login(target, "wendy", "a new password 7").id == agency.wendy.id
