"""`pswdesk client ...` and `pswdesk import clients`: in-process on both backends, and the
whole journey from `pswdesk init` to a worker's note through the real command."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pswdesk.cli import main
from pswdesk.db import Database
from pswdesk.models import Client
from pswdesk.services import clients, followups, notes, review
from pswdesk.services.auth import login
from pswdesk.services.client_input import ClientInput
from pswdesk.services.intake import register_client
from tests.conftest import PASSWORD, Agency
from tests.notes_support import full_content
from tests.test_cli import ok, one_line_error, run


class Cli:
    """``pswdesk --db URL ARGS`` in this process: (exit code, stdout, stderr)."""

    def __init__(self, agency: Agency, capsys: pytest.CaptureFixture[str]) -> None:
        self.url, self.capsys = agency.db.url, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", self.url, *args])
        out, err = self.capsys.readouterr()
        if code:
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("pswdesk: "), err
            assert "Traceback" not in err + out
        return code, out, err


@pytest.fixture
def cli(agency: Agency, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("PSWDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("PSWDESK_DEBUG", raising=False)
    return Cli(agency, capsys)


def _first_number(line: str) -> int:
    found = re.search(r"\d+", line)
    assert found, line
    return int(found.group())


def _count(agency: Agency) -> int:
    with agency.db.read() as s:
        return s.scalar(select(func.count()).select_from(Client)) or 0


def test_add_show_edit_and_list(agency: Agency, cli: Cli) -> None:
    code, out, _ = cli(
        "client", "add", "--preferred-name", "Ana 2", "--legal-name", "Ana Bell", "--dob",
        "1990-02-03", "--phone", "555 010 1000", "--phone-ok-message", "--language",
        "Portuguese", "--safety-sensitive", "--user", "wendy",
    )  # fmt: skip
    assert code == 0
    cid = _first_number(out)
    assert out.startswith(f"Client {cid} registered: Ana 2, carried by Wendy Worker")
    code, out, _ = cli("client", "show", str(cid), "--user", "wendy")
    assert "legal name: Ana Bell" in out and "message by phone: yes" in out
    assert "safety-sensitive: yes" in out and "preferred language: Portuguese" in out
    code, out, _ = cli(
        "client", "edit", "Ana 2", "--dob", "", "--no-safety-sensitive", "--user", "wendy"
    )
    assert (code, out.strip()) == (0, f"Client {cid} updated: date_of_birth, safety_sensitive")
    detail = clients.get_client(agency.db, agency.wendy, cid)
    assert (detail.date_of_birth, detail.safety_sensitive, detail.legal_name) == (
        None,
        False,
        "Ana Bell",
    )
    assert cli("client", "edit", str(cid), "--user", "wendy")[0] == 2
    register_client(agency.db, agency.walt, ClientInput("Walts"))
    code, out, _ = cli("client", "list", "--user", "sam")
    assert out.splitlines()[0].split() == ["ID", "NAME", "STATUS", "WORKERS"]
    assert out.splitlines()[1].split() == [str(cid), "Ana", "2", "active", "Wendy", "Worker"]
    assert len(out.splitlines()) == 2  # Walt's client is Sue's team's
    assert cli("client", "list", "--search", "nobody", "--user", "wendy")[1].count("\n") == 1


def test_bad_input_is_one_line_never_a_traceback(agency: Agency, cli: Cli) -> None:
    code, _, err = cli("client", "add", "--preferred-name", "An\x00a", "--user", "wendy")
    assert code == 1 and "NUL" in err
    code, _, err = cli("client", "add", "--preferred-name", "x" * 201, "--user", "wendy")
    assert code == 1 and "at most 200" in err
    code, _, err = cli(
        "client", "add", "--preferred-name", "Bo", "--dob", "03/02/1990", "--user", "wendy"
    )
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = cli("client", "add", "--preferred-name", "Bo", "--user", "admin")
    assert code == 1 and "administrators have no access" in err
    assert cli("client", "show", "999", "--user", "wendy")[2] == "pswdesk: no client 999\n"
    assert _count(agency) == 0


def test_a_likely_duplicate_exits_3(agency: Agency, cli: Cli) -> None:
    mine = register_client(
        agency.db, agency.wendy, ClientInput("José Ruiz", date_of_birth=dt.date(1980, 1, 2))
    )
    register_client(agency.db, agency.walt, ClientInput("Kim", phone="555 123 4567"))
    args = (
        "client",
        "add",
        "--preferred-name",
        "Ruiz Jose",
        "--dob",
        "1980-01-02",
        "--user",
        "wendy",
    )
    code, _, err = cli(*args)
    assert code == 3 and f"{mine.id} José Ruiz" in err and "--allow-duplicate" in err
    code, _, err = cli(
        "client", "add", "--preferred-name", "Kay", "--phone", "5551234567", "--user", "wendy"
    )
    assert code == 3 and "ask your supervisor" in err and "Kim" not in err
    assert _count(agency) == 2
    code, out, _ = cli(*args, "--allow-duplicate")
    assert code == 0 and _first_number(out) > mine.id


def test_assign_close_reopen(agency: Agency, cli: Cli) -> None:
    c = register_client(agency.db, agency.wendy, ClientInput("Cai"))
    code, out, _ = cli("client", "assign", str(c.id), "--worker", "will", "--user", "sam")
    assert out.strip() == f"Client {c.id} is carried by Wendy Worker, Will Worker"
    code, out, _ = cli("client", "assign", str(c.id), "--remove", "wendy", "--user", "sam")
    assert out.strip() == f"Client {c.id} is carried by Will Worker"
    assert cli("client", "assign", str(c.id), "--worker", "walt", "--user", "sam")[0] == 1
    assert cli("client", "close", str(c.id), "--reason", "vanished", "--user", "sam")[0] == 2
    code, _, err = cli("client", "close", str(c.id), "--reason", "other", "--user", "sam")
    assert code == 1 and "why the file closes" in err
    code, _, err = cli("client", "close", str(c.id), "--reason", "Goals met", "--user", "will")
    assert code == 1 and "only supervisors" in err
    code, out, _ = cli(
        "client",
        "close",
        str(c.id),
        "--reason",
        "Goals met",
        "--on",
        str(dt.date.today()),
        "--user",
        "sam",
    )
    assert out.strip() == f"Client {c.id} closed on {dt.date.today()}: Goals met"
    assert "Cai" not in cli("client", "list", "--user", "will")[1]
    assert "closed" in cli("client", "list", "--closed", "--user", "will")[1]
    assert "close reason: Goals met" in cli("client", "show", str(c.id), "--user", "will")[1]
    assert cli("client", "reopen", str(c.id), "--reason", " ", "--user", "sam")[0] == 1
    code, out, _ = cli("client", "reopen", str(c.id), "--reason", "came back", "--user", "sam")
    assert out.strip() == f"Client {c.id} reopened"


def test_merge_two_records(agency: Agency, cli: Cli) -> None:
    keep = register_client(agency.db, agency.wendy, ClientInput("Ana"))
    other = register_client(agency.db, agency.wendy, ClientInput("Ana B"))
    code, out, _ = cli("client", "merge", str(keep.id), str(other.id), "--user", "sam")
    assert code == 0 and out.startswith(f"Client {other.id} merged into client {keep.id}")
    merged = clients.get_client(agency.db, agency.wendy, other.id)
    assert (merged.status, merged.merged_into_id) == ("closed", keep.id)
    assert cli("client", "merge", str(keep.id), str(other.id), "--user", "wendy")[0] == 1


def test_import_clients_from_csv(agency: Agency, cli: Cli, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    rows = (
        "preferred_name,date_of_birth,phone,worker",
        "Zoë,2001-01-01,,wendy",
        "Yu,,555 777 8888,will",
    )
    good.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    code, out, _ = cli("import", "clients", str(good), "--dry-run", "--user", "sam")
    assert (code, out.strip()) == (0, f"{good}: 2 clients would be imported (dry run)")
    assert _count(agency) == 0
    code, out, _ = cli("import", "clients", str(good), "--user", "sam")
    assert code == 0 and out.startswith(f"Imported 2 clients from {good}")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "preferred_name,date_of_birth,worker\nAl,,wendy\n,,wendy\nBo,1990-13-01,nobody\n"
    )
    code, _, err = cli("import", "clients", str(bad), "--user", "sam")
    assert code == 1 and "nothing was imported" in err
    assert (
        "line 3:" in err
        and "line 4: date_of_birth '1990-13-01'" in err
        and "line 4: no user" in err
    )
    assert _count(agency) == 2
    again = tmp_path / "again.csv"
    again.write_text("preferred_name,phone\nYuki,(555) 777-8888\n")
    code, out, err = cli("import", "clients", str(again), "--user", "will")
    assert code == 3 and "line 2" in err and "--allow-duplicates" in err
    assert cli("import", "clients", str(again), "--allow-duplicates", "--user", "will")[0] == 0
    assert _count(agency) == 3
    assert cli("import", "clients", str(tmp_path / "missing.csv"), "--user", "sam")[0] == 1


# -- the whole journey through the real command -----------------------------------------


def test_from_init_to_a_workers_note(db_url: str) -> None:
    def pswdesk(*args: str) -> str:
        return ok(run(*args, db=db_url, env=same_password))

    same_password: dict[str, str | None] = {"PSWDESK_NEW_PASSWORD": PASSWORD}
    pswdesk("init", "--agency", "Harbour Peer Support", "--admin", "director")
    pswdesk("user", "add", "sky", "--role", "supervisor", "--full-name", "Sky Lead",
            "--user", "director")  # fmt: skip
    pswdesk("user", "add", "rin", "--role", "worker", "--full-name", "Rin Park",
            "--supervisor", "sky", "--user", "director")  # fmt: skip
    out = pswdesk("client", "add", "--preferred-name", "Noor", "--dob", "1994-07-08",
                  "--phone", "555 300 4000", "--user", "rin")  # fmt: skip
    cid = _first_number(out.splitlines()[0])
    dup = run("client", "add", "--preferred-name", "Nour", "--dob", "1994-07-08",
              "--user", "rin", db=db_url)  # fmt: skip
    assert dup.returncode == 3
    assert str(cid) in one_line_error(dup, "may be a client already registered")
    # The worker writes a note (no note command yet: through the services, as the app does).
    db = Database(db_url)
    try:
        rin = login(db, "rin", PASSWORD)
        draft = notes.create_draft(db, rin, cid, full_content())
        sent = notes.submit(db, rin, draft.id, draft.version)
        blocked = run("client", "close", str(cid), "--reason", "moved", "--user", "sky", db=db_url)
        one_line_error(blocked, "first resolve", "waiting for review")
        sky = login(db, "sky", PASSWORD)
        review.approve(db, sky, sent.id, sent.version)
        for f in followups.client_follow_ups(db, sky, cid):
            followups.complete_follow_up(db, sky, f.id)
    finally:
        db.dispose()
    listed = pswdesk("client", "list", "--user", "sky").splitlines()
    assert listed[1].split()[:3] == [str(cid), "Noor", "active"]
    pswdesk("client", "close", str(cid), "--reason", "moved", "--user", "sky")
    assert str(cid) in pswdesk("client", "list", "--closed", "--user", "rin")
    pswdesk("client", "reopen", "Noor", "--reason", "back in the area", "--user", "sky")
    assert "No problems found." in pswdesk("verify")
