"""The recovery sheet PDF, read back with pypdf: the key on it opens the database."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from pathlib import Path

import pypdf
import pytest

from pswdesk.errors import DatabaseError, PermissionDenied
from pswdesk.keys import AgencySecret
from pswdesk.reports.recovery_sheet import recovery_sheet_pdf
from pswdesk.services import audit, key_admin
from tests.conftest import TEST_SECRET_HEX, Agency
from tests.test_cli import ok, one_line_error, run


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def _key_on(text: str) -> AgencySecret:
    """The recovery key as a person would copy it from the sheet: the groups in order."""
    lines = [ln for ln in text.splitlines() if re.fullmatch(r"(?:[A-Z2-7]{4} ?)+", ln.strip())]
    return AgencySecret.parse(" ".join(lines))


def test_the_sheet_holds_the_agency_id_date_and_a_key_that_parses() -> None:
    secret = AgencySecret.generate()
    the_id = uuid.uuid4()
    made = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)
    text = _text(recovery_sheet_pdf("Riverside <Peer> & Support", the_id, secret, made))
    assert "Riverside <Peer> & Support" in text
    assert str(the_id) in text
    assert "March 2025" in text
    assert _key_on(text) == secret
    for words in ("What this key opens", "Where to keep it", "If it is lost", "pswdesk db rekey"):
        assert words in " ".join(text.split()), words


def test_the_service_prints_this_database_s_sheet_for_administrators(
    sqlite_agency: Agency,
) -> None:
    db = sqlite_agency.db
    with pytest.raises(PermissionDenied):
        key_admin.recovery_sheet(db, sqlite_agency.sam)
    text = _text(key_admin.recovery_sheet(db, sqlite_agency.admin))
    assert "Test Agency" in text
    assert str(db.encryption.database_id) in text  # type: ignore[union-attr]
    assert _key_on(text) == AgencySecret.parse(TEST_SECRET_HEX)
    last = audit.list_entries(db, sqlite_agency.admin, limit=1)[0]
    assert last.action == "database.recovery_sheet"


def test_a_server_database_has_no_sheet(agency: Agency) -> None:
    if agency.db.is_sqlite:
        pytest.skip("the PostgreSQL leg")
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        key_admin.recovery_sheet(agency.db, agency.admin)


def test_db_recovery_sheet_writes_the_pdf(tmp_path: Path) -> None:
    path = tmp_path / "agency.db"
    ok(run("init", "--agency", "Riverside", "--admin", "director", db=str(path)))
    sheet = tmp_path / "sheet.pdf"
    out = ok(run("db", "recovery-sheet", "-o", str(sheet), "--user", "director", db=str(path)))
    assert str(sheet) in out and "keep it safe" in out
    text = _text(sheet.read_bytes())
    assert "Riverside" in text and _key_on(text) == AgencySecret.parse(TEST_SECRET_HEX)
    one_line_error(
        run("db", "recovery-sheet", "-o", str(tmp_path / "no" / "s.pdf"), "--user", "director",
            db=str(path)),
        "does not exist",
    )  # fmt: skip
