"""The audit log as read on its page: labels, names, filters, scope and the CSV export."""

from __future__ import annotations

import ast
import csv
import datetime as dt
from pathlib import Path

import pytest

from pswdesk.errors import PermissionDenied
from pswdesk.services import audit_view, clients, notes, review
from pswdesk.services.audit_actions import ACTION_LABELS, action_label
from pswdesk.services.audit_view import AuditFilter
from tests.conftest import Agency
from tests.notes_support import full_content, new_client

SERVICES = Path(__file__).resolve().parent.parent / "pswdesk"


def _is_audit(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "audit"


def _audit_calls(tree: ast.AST) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "record" and _is_audit(f.value):
            calls.append(node)
    return calls


def _strings(node: ast.AST, tree: ast.AST) -> set[str]:
    """The action strings an argument can be: a literal, either branch of an if, or
    every literal assigned to the variable it names in that module."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body, tree) | _strings(node.orelse, tree)
    if isinstance(node, ast.Name):
        found: set[str] = set()
        for n in ast.walk(tree):
            if isinstance(n, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == node.id for t in n.targets
            ):
                found |= _strings(n.value, tree)
        return found
    raise AssertionError(f"an action given as {ast.dump(node)}: use a literal")


def recorded_actions() -> set[str]:
    actions: set[str] = set()
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _audit_calls(tree):
            arg = call.args[2] if len(call.args) > 2 else None
            if arg is None:  # action=... by keyword
                arg = next(k.value for k in call.keywords if k.arg == "action")
            actions |= _strings(arg, tree)
    return actions


def test_every_recorded_action_has_a_plain_label() -> None:
    actions = recorded_actions()
    assert len(actions) > 60 and {"note.approved", "client.opened", "backup.made"} <= actions
    missing = sorted(actions - set(ACTION_LABELS))
    assert not missing, f"no label in services/audit_actions.py for {missing}"
    assert action_label("note.approved") == "Note signed"
    assert action_label("client.opened") == "Client record opened"
    assert action_label("backup.made") == "Backup made"
    assert action_label("some.new_thing") == "Some new thing"


def _world(agency: Agency) -> tuple[int, int, int]:
    """Wendy (team A) and Walt (team B) each with a client and a signed note of Wendy's."""
    a = agency
    mine = new_client(a, a.wendy, "Robin")
    theirs = new_client(a, a.walt, "Quinn")
    draft = notes.create_draft(a.db, a.wendy, mine, full_content())
    sent = notes.submit(a.db, a.wendy, draft.id, draft.version)
    signed = review.approve(a.db, a.sam, sent.id, sent.version)
    clients.get_client(a.db, a.sam, mine)
    clients.get_client(a.db, a.sue, theirs)
    return mine, theirs, signed.id


def test_names_and_plain_actions_for_each_viewer(agency: Agency) -> None:
    a = agency
    mine, theirs, note_id = _world(a)
    admin_lines = audit_view.list_lines(a.db, a.admin)
    signed = next(li for li in admin_lines if li.action == "note.approved")
    assert signed.action_label == "Note signed" and signed.who == "Sam Supervisor"
    assert signed.record == f"Note {note_id}"
    assert signed.client == f"Client {mine}"  # an administrator does not see clients
    opened = next(li for li in admin_lines if li.action == "client.opened")
    assert opened.record in (f"Client {mine}", f"Client {theirs}")
    assert "Robin" not in opened.record and "Quinn" not in opened.record

    sam_lines = audit_view.list_lines(a.db, a.sam)
    signed = next(li for li in sam_lines if li.action == "note.approved")
    assert signed.client == f"Client {mine} – Robin"
    assert "Changed: status submitted → approved" in signed.details
    opened = next(li for li in sam_lines if li.action == "client.opened")
    assert opened.record == f"Client {mine} – Robin" and opened.who == "Sam Supervisor"
    created = next(li for li in admin_lines if li.action == "user.created")
    assert created.record == f"User {a.walt.id} – Walt Worker" and created.who == "Ada Admin"
    saved = next(li for li in sam_lines if li.action == "note.created")
    assert saved.details.startswith("Filled in: ") and "summary" in saved.details
    assert "hard week" not in saved.details


def test_a_supervisor_sees_their_team_and_its_clients_only(agency: Agency) -> None:
    a = agency
    _mine, theirs, _note = _world(a)
    sam = audit_view.list_lines(a.db, a.sam, limit=1000)
    assert sam and {li.who for li in sam} >= {"Wendy Worker", "Sam Supervisor"}
    assert "Walt Worker" not in {li.who for li in sam}
    assert "Sue Supervisor" not in {li.who for li in sam}
    assert all(f"Client {theirs}" not in (li.record, li.client) for li in sam)
    # Administration by others (accounts, settings) is not the team's.
    assert not any(li.action == "user.created" for li in sam)
    admin = audit_view.list_lines(a.db, a.admin, limit=1000)
    assert len(admin) > len(sam) and "Walt Worker" in {li.who for li in admin}
    assert audit_view.count_lines(a.db, a.sam) == len(sam)
    assert [p.name for p in audit_view.people(a.db, a.sam)] == [
        "Sam Supervisor", "Wendy Worker", "Will Worker",
    ]  # fmt: skip
    assert len(audit_view.people(a.db, a.admin)) == 6
    with pytest.raises(PermissionDenied):
        audit_view.list_lines(a.db, a.wendy)
    with pytest.raises(PermissionDenied):
        audit_view.people(a.db, a.walt)


def test_filters_by_person_client_action_and_dates_with_pages(agency: Agency) -> None:
    a = agency
    mine, theirs, note_id = _world(a)
    by_wendy = audit_view.list_lines(a.db, a.admin, AuditFilter(person_id=a.wendy.id))
    assert by_wendy and {li.who for li in by_wendy} == {"Wendy Worker"}
    about = audit_view.list_lines(a.db, a.admin, AuditFilter(client_id=mine))
    actions = {li.action for li in about}
    # The client's own entries, the note's (by the notes table) and the follow-up's (details).
    assert {"client.created", "client.opened", "note.approved", "follow_up.created"} <= actions
    assert all(li.record == f"Client {mine}" or li.client == f"Client {mine}" for li in about)
    assert audit_view.list_lines(a.db, a.sam, AuditFilter(client_id=theirs)) == []
    signed = audit_view.list_lines(a.db, a.sam, AuditFilter(action="note.approved"))
    assert [li.record for li in signed] == [f"Note {note_id}"]
    today = dt.date.today()
    assert audit_view.count_lines(
        a.db, a.admin, AuditFilter(date_from=today, date_to=today)
    ) == audit_view.count_lines(a.db, a.admin)
    yesterday = today - dt.timedelta(days=1)
    assert audit_view.list_lines(a.db, a.admin, AuditFilter(date_to=yesterday)) == []
    assert (
        audit_view.list_lines(a.db, a.admin, AuditFilter(date_from=today + dt.timedelta(1))) == []
    )
    everything = audit_view.list_lines(a.db, a.admin, limit=1000)
    pages = [
        li for off in range(0, len(everything), 5)
        for li in audit_view.list_lines(a.db, a.admin, offset=off, limit=5)
    ]  # fmt: skip
    assert [li.id for li in pages] == [li.id for li in everything]
    assert [li.id for li in everything] == sorted((li.id for li in everything), reverse=True)


def test_the_csv_export_holds_the_filtered_list_and_is_audited(
    agency: Agency, tmp_path: Path
) -> None:
    a = agency
    mine, _theirs, _note = _world(a)
    filt = AuditFilter(client_id=mine)
    shown = audit_view.list_lines(a.db, a.sam, filt, limit=1000)
    target = tmp_path / "audit.csv"
    assert audit_view.export_csv(a.db, a.sam, filt, target) == len(shown)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(audit_view.CSV_HEADER)
    assert [int(r[0]) for r in rows[1:]] == [li.id for li in shown]
    assert {r[3] for r in rows[1:]} >= {"Note signed", "Client record opened"}
    assert any(r[4] == f"Client {mine} – Robin" for r in rows[1:])

    (exported,) = audit_view.list_lines(a.db, a.admin, AuditFilter(action="audit.exported"))
    assert exported.who == "Sam Supervisor" and exported.action_label == "Audit log exported"
    assert f"rows: {len(shown)}" in exported.details
    with pytest.raises(PermissionDenied):
        audit_view.export_csv(a.db, a.wendy, None, tmp_path / "no.csv")
    assert not (tmp_path / "no.csv").exists()


def test_old_entries_with_content_show_field_names_only() -> None:
    """Entries written before the minimum-necessary rule still show no content."""
    old = {
        "changes": {"s2_insights": ["before words", "after words"], "status": ["a", "b"]},
        "values": {"preferred_name": "Robin", "phone": ""},
        "comment": "Say more about Friday",
        "reason": "back in town",
        "text": "Called her",
        "count": 3,
    }
    shown = audit_view.details_text(old, "client.changed")
    assert "words" not in shown and "Robin" not in shown and "Friday" not in shown
    assert "town" not in shown and "Called" not in shown
    assert "s2 insights" in shown and "status a → b" in shown and "preferred name" in shown
    assert "count: 3" in shown
