"""Importing a whole-agency export into a new, empty agency, every record under its own id.

Keeping the ids is what keeps the signatures: a signed note's hash covers its
client and author ids (``services.signing``), an addendum's its author's. So the
target must be empty: an agency made with ``pswdesk init`` (or the app's wizard)
whose only account is the administrator running the import, who must be the same
administrator, under the same id, in the export. That account keeps its password;
every other account comes back with ``schema.NO_PASSWORD`` and must be reset by an
administrator before it can log in.

The rows are inserted in ``schema.KINDS`` order in one transaction: any error and
nothing is imported. Signed notes are written as submitted, given their step 8,
and then marked approved, because the lock trigger refuses step 8 for a signed
note (migration 0002); the full-text index follows the inserts by itself (an
SQLite trigger, a PostgreSQL generated column: migration 0004). On PostgreSQL
each id sequence is then moved past the highest id imported.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, Table, delete, func, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from pswdesk.db import Database, database_errors
from pswdesk.errors import ConflictError, ValidationError
from pswdesk.models import User
from pswdesk.services import audit
from pswdesk.services.access import ADMIN, Actor, load_user, settings
from pswdesk.services.exchange import schema
from pswdesk.services.exchange.reading import ExportFile, read_export
from pswdesk.vocabulary import NoteStatus
from pswdesk.wording import words

#: Kinds that exist in a new agency before the import and are taken over, not added to.
SET_UP_KINDS = ("agency_settings", "users", "user_roles")
CHUNK = 1000


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What was loaded; ``counts`` is rows per kind, in ``schema.KINDS`` order."""

    file: Path
    agency: str
    exported_at: str
    exported_by: str
    counts: dict[str, int]
    #: Staff accounts that cannot log in until an administrator resets their password.
    accounts_to_reset: tuple[str, ...]
    #: Safety-sensitive clients whose contact details the file did not hold.
    contact_details_missing: int


def import_records(db: Database, actor: Actor, file: Path) -> ImportSummary:
    """Load ``file`` (a whole-agency export) into this empty agency, all or nothing."""
    with database_errors():
        with db.read() as s:
            load_user(s, actor, ADMIN)  # refused before a file is even read
        export = read_export(Path(file))
        try:
            with db.write() as s:
                summary = _load(s, actor, Path(file), export)
        except (IntegrityError, DataError) as exc:
            first = str(exc.orig or exc).strip().splitlines()
            reason = first[0] if first else words("the database refused them")
            raise ValidationError(
                {
                    "file": words(
                        "the records in {export} do not fit together ({reason}); "
                        "nothing was imported",
                        export=export.name,
                        reason=reason,
                    )
                }
            ) from exc
    return summary


def _load(s: Session, actor: Actor, file: Path, export: ExportFile) -> ImportSummary:
    me = load_user(s, actor, ADMIN)
    _check_empty(s, me)
    mine = _same_administrator(export, me)
    rows = export.rows
    _take_settings(s, export)
    others = _take_users(s, rows["users"], mine)
    _take_roles(s, rows["user_roles"], me.id)
    approved: list[int] = []
    for kind in schema.present_kinds():
        if kind.name in SET_UP_KINDS:
            continue
        kind_rows = rows[kind.name]
        if kind.name == "notes":
            kind_rows = [_unsigned(r, approved) for r in kind_rows]
        _insert(s, _table(kind.name), kind_rows)
        if kind.name == "note_self_care":
            _approve(s, approved)
    _move_sequences(s)
    counts = {k.name: len(rows[k.name]) for k in schema.present_kinds()}
    agency = settings(s)
    audit.record(
        s, actor, "import.loaded", "agency", agency.id,
        file=export.name, exported_at=export.exported_at, exported_by=export.exported_by,
        counts=counts, accounts_to_reset=len(others),
    )  # fmt: skip
    missing = sum(
        1
        for c in rows["clients"]
        if c.get(schema.SENSITIVE_FLAG) and any(f not in c for f in schema.SENSITIVE_CONTACT_FIELDS)
    )
    return ImportSummary(
        file, rows["agency_settings"][0]["name"], export.exported_at, export.exported_by,
        counts, tuple(others), missing,
    )  # fmt: skip


def _table(kind: str) -> Table:
    t = schema.table(kind)
    assert t is not None
    return t


def _check_empty(s: Session, me: User) -> None:
    held = []
    for kind in schema.present_kinds():
        if kind.name not in SET_UP_KINDS:
            n = s.scalar(select(func.count()).select_from(_table(kind.name))) or 0
            if n:
                held.append(f"{kind.label.lower()}: {n}")
    how = words("records are imported only into a new agency: run 'pswdesk init' on a new database")
    if held:
        raise ConflictError(
            words("this agency already has records ({held}); {how}", held=", ".join(held), how=how)
        )
    names = list(s.scalars(select(User.username).where(User.id != me.id).order_by(User.id)))
    if names:
        raise ConflictError(
            words(
                "this agency already has other staff accounts ({names}); {how}",
                names=", ".join(names[:5]),
                how=how,
            )
        )


def _same_administrator(export: ExportFile, me: User) -> dict[str, Any]:
    """The export's row for the acting administrator: same user name, same id, an admin."""
    admin_ids = {r["user_id"] for r in export.rows["user_roles"] if r["role"] == ADMIN}
    admins = sorted(
        (u for u in export.rows["users"] if u["id"] in admin_ids), key=lambda u: u["id"]
    )
    if not admins:
        raise ValidationError(
            {
                "file": words(
                    "{export} has no administrator account to import as", export=export.name
                )
            }
        )
    mine = next((u for u in admins if u["username"].lower() == me.username.lower()), None)
    if mine is not None and mine["id"] == me.id:
        return mine
    hint = next((u for u in admins if u["id"] == me.id), admins[0])["username"]
    reason = (
        f"{export.name} has no administrator called {me.username}"
        if mine is None
        else f"{me.username} is account {mine['id']} in {export.name} but account {me.id} here"
    )
    raise ConflictError(
        words(
            "{reason}; create the new agency with administrator user name {hint} (pswdesk init "
            "--admin {hint}) and import as {hint}",
            reason=reason,
            hint=hint,
        )
    )


def _take_settings(s: Session, export: ExportFile) -> None:
    found = export.rows["agency_settings"]
    if len(found) != 1:
        raise ValidationError(
            {
                "file": words(
                    "{export} must hold one agency's settings, not {count}",
                    export=export.name,
                    count=len(found),
                )
            }
        )
    t = _table("agency_settings")
    s.execute(update(t).where(t.c.id == settings(s).id).values(**found[0]))


def _take_users(s: Session, found: list[dict[str, Any]], mine: dict[str, Any]) -> list[str]:
    """Insert the staff without passwords (supervisors after); return who needs a reset."""
    t = _table("users")
    others: list[dict[str, Any]] = []
    for row in found:
        values = {k: v for k, v in row.items() if k not in ("id", "supervisor_id")}
        if row["id"] == mine["id"]:
            # The acting administrator keeps their password and stays able to work.
            s.execute(update(t).where(t.c.id == row["id"]).values({**values, "active": True}))
        else:
            others.append({**values, "id": row["id"], "password_hash": schema.NO_PASSWORD})
    _insert(s, t, others)
    supervised = [(r["id"], r["supervisor_id"]) for r in found if r.get("supervisor_id")]
    for user_id, supervisor_id in supervised:
        s.execute(update(t).where(t.c.id == user_id).values(supervisor_id=supervisor_id))
    return [r["username"] for r in others]


def _take_roles(s: Session, found: list[dict[str, Any]], admin_id: int) -> None:
    t = _table("user_roles")
    s.execute(delete(t).where(t.c.user_id == admin_id))
    _insert(s, t, found)


def _unsigned(row: dict[str, Any], approved: list[int]) -> dict[str, Any]:
    """A signed note as it stood just before signing; ``_approve`` signs it after step 8."""
    if row.get("status") != NoteStatus.APPROVED:
        return row
    approved.append(row["id"])
    return {**row, "status": NoteStatus.SUBMITTED}


def _approve(s: Session, note_ids: list[int]) -> None:
    t = _table("notes")
    for i in range(0, len(note_ids), 500):
        chunk = note_ids[i : i + 500]
        s.execute(update(t).where(t.c.id.in_(chunk)).values(status=NoteStatus.APPROVED))


def _insert(s: Session, t: Table, rows: list[dict[str, Any]]) -> None:
    """Insert in batches of rows with the same fields (a missing field takes its default)."""
    for _keys, group in itertools.groupby(rows, key=lambda r: tuple(sorted(r))):
        batch = list(group)
        for i in range(0, len(batch), CHUNK):
            s.execute(t.insert(), batch[i : i + CHUNK])


def _move_sequences(s: Session) -> None:
    """PostgreSQL: explicit ids leave each serial sequence behind; move it past them."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for kind in schema.present_kinds():
        t = _table(kind.name)
        if "id" not in t.c or not isinstance(t.c.id.type, Integer):
            continue
        top = select(func.max(t.c.id)).scalar_subquery()
        s.execute(
            select(
                func.setval(
                    func.pg_get_serial_sequence(t.name, "id"),
                    func.coalesce(top, 1),
                    top.is_not(None),
                )
            )
        )
