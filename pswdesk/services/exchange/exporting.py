"""Exporting: what the acting user may see, as one JSON file and one CSV per kind.

An administrator's export is the whole agency (scope "agency"), the one an import
reads; anyone else's holds what they may see in the app (scope "user",
``exchange.scope``). Every row is read in one transaction (on PostgreSQL a
repeatable-read snapshot), so the files agree with each other even while others
keep working. The export is audited without any of its content.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk.db import Database, database_errors
from pswdesk.errors import ValidationError
from pswdesk.models import utcnow
from pswdesk.services import audit
from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, Actor, load_user, settings
from pswdesk.services.exchange import schema
from pswdesk.services.exchange.files import ExportFiles, readme_text
from pswdesk.services.exchange.scope import UserScope
from pswdesk.services.exchange.values import to_cell, to_json
from pswdesk.wording import words


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What was written where; ``counts`` is rows per kind, in ``schema.KINDS`` order."""

    folder: Path
    json_file: Path
    files: tuple[Path, ...]
    scope: str
    exported_at: dt.datetime
    counts: dict[str, int]
    include_sensitive: bool
    #: Safety-sensitive clients whose contact details were left out.
    sensitive_left_out: int


def export_records(
    db: Database, actor: Actor, folder: Path, *, include_sensitive: bool = False
) -> ExportSummary:
    """Write ``pswdesk-export.json``, a CSV per kind and README.txt into ``folder``."""
    folder = Path(folder)
    with database_errors():
        with db.read() as s:
            if not db.is_sqlite:  # one snapshot for every table, as SQLite's read transaction
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            me = load_user(s, actor, ADMIN, SUPERVISOR, WORKER)
            whole = ADMIN in me.role_names
            scope = schema.SCOPE_AGENCY if whole else schema.SCOPE_USER
            now = utcnow()
            header = {
                "format": schema.FORMAT,
                "schema_version": schema.SCHEMA_VERSION,
                "exported_at": now.isoformat(timespec="microseconds"),
                "exported_by": me.username,
                "scope": scope,
                "notice": schema.NOTICE,
                "agency": settings(s).name,
                "include_sensitive": include_sensitive,
                "kinds": [k.name for k in schema.present_kinds()],
            }
            _prepare(folder)
            writer = _Writer(s, None if whole else UserScope(s, me), include_sensitive)
            try:
                with ExportFiles(folder, header) as out:
                    for kind in schema.present_kinds():
                        writer.kind(out, kind.name, whole_agency=whole)
                    out.readme(readme_text(header, writer.counts))
            except OSError as exc:
                raise _unwritable(folder, exc) from exc
        with db.write() as s:
            audit.record(
                s, actor, "export.written", "agency", None,
                scope=scope, counts=writer.counts, include_sensitive=include_sensitive,
                sensitive_left_out=writer.left_out, folder=str(folder),
            )  # fmt: skip
    return ExportSummary(
        folder=folder,
        json_file=folder / schema.EXPORT_FILE,
        files=tuple(out.written),
        scope=scope,
        exported_at=now,
        counts=dict(writer.counts),
        include_sensitive=include_sensitive,
        sensitive_left_out=writer.left_out,
    )


def _prepare(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise _unwritable(folder, exc) from exc
    if not folder.is_dir():
        raise ValidationError({"folder": words("{folder} is not a folder", folder=folder)})


def _unwritable(folder: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        {
            "folder": words(
                "cannot write the export in {folder}: {reason}",
                folder=folder,
                reason=exc.strerror or exc,
            )
        }
    )


class _Writer:
    """Reads each kind's rows and hands them to the files, shaped for the export."""

    def __init__(self, session: Session, scope: UserScope | None, include_sensitive: bool) -> None:
        self.s = session
        self.scope = scope
        self.include_sensitive = include_sensitive
        self.counts: dict[str, int] = {}
        self.left_out = 0
        self.hidden_care = scope.hidden_self_care(session) if scope else set()

    def kind(self, out: ExportFiles, kind: str, *, whole_agency: bool) -> None:
        table = schema.table(kind)
        assert table is not None
        columns = schema.exported_columns(kind, whole_agency=whole_agency)
        query = select(*columns).order_by(*table.primary_key.columns)
        if self.scope is not None:
            query = query.where(self.scope.where(kind, table))
        out.start_kind(kind, [c.name for c in columns])
        count = 0
        for row in self.s.execute(query.execution_options(yield_per=1000)).mappings():
            values = {c.name: to_json(c, row[c.name]) for c in columns}
            self._shape(kind, values)
            cells = [to_cell(c, values[c.name]) if c.name in values else "" for c in columns]
            out.row(values, cells)
            count += 1
        out.end_kind()
        self.counts[kind] = count

    def _shape(self, kind: str, values: dict[str, Any]) -> None:
        """Leave out what this export may not hold (the rows themselves are chosen in SQL)."""
        if kind == "clients" and values.get(schema.SENSITIVE_FLAG) and not self.include_sensitive:
            for name in schema.SENSITIVE_CONTACT_FIELDS:
                values.pop(name, None)
            self.left_out += 1
        elif kind == "note_submissions" and values["note_id"] in self.hidden_care:
            content = dict(values["content"] or {})
            content.pop("self_care", None)
            values["content"] = content
