"""Reading an export file back: its header checked first, then every row against the models.

Everything is checked before the database is touched, and the first problem is
refused in one sentence that names the file, the kind, the row and the field.
A field the file lacks (an export from an older pswdesk, or a contact detail
left out as safety-sensitive) takes the column's default; a field or kind this
pswdesk does not know is refused rather than dropped, so nothing is lost silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column

from pswdesk.errors import ValidationError
from pswdesk.services.exchange import schema
from pswdesk.services.exchange.values import from_json

HEADER_KEYS = frozenset(
    {
        "format", "schema_version", "exported_at", "exported_by", "scope", "notice",
        "agency", "include_sensitive", "kinds",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportFile:
    """A checked export: its header, and each kind's rows as the columns take them."""

    name: str
    exported_at: str
    exported_by: str
    include_sensitive: bool
    rows: dict[str, list[dict[str, Any]]]


def read_export(path: Path) -> ExportFile:
    """The file's records, checked; ValidationError naming the first problem otherwise."""
    path = Path(path)
    name = path.name
    try:
        with path.open(encoding="utf-8-sig") as f:
            data = json.load(f)
    except FileNotFoundError as exc:
        raise _refuse(f"there is no file {path}") from exc
    except OSError as exc:
        raise _refuse(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _refuse(f"{name} is not a pswdesk export (it is not a JSON file)") from exc
    if not isinstance(data, dict) or data.get("format") != schema.FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise _refuse(
            f"{name} is not a pswdesk export (its format is {found!r}, "
            f"not {schema.FORMAT!r}); import a file written by 'pswdesk export'"
        )
    _check_header(name, data)
    unknown = sorted(set(data) - HEADER_KEYS - {k.name for k in schema.present_kinds()})
    if unknown:
        raise _refuse(
            f"{name} holds records this version of pswdesk does not know "
            f"({', '.join(unknown)}); update pswdesk and import it again"
        )
    rows = {k.name: _rows(name, k.name, data.get(k.name, [])) for k in schema.present_kinds()}
    return ExportFile(
        name, str(data.get("exported_at", "")), str(data["exported_by"]),
        bool(data.get("include_sensitive")), rows,
    )  # fmt: skip


def _refuse(sentence: str) -> ValidationError:
    return ValidationError({"file": sentence})


def _check_header(name: str, data: dict[str, Any]) -> None:
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _refuse(f"{name} is not a valid pswdesk export (its schema version is {version!r})")
    if version > schema.SCHEMA_VERSION:
        raise _refuse(
            f"{name} was written by a newer pswdesk (export schema version {version}; this "
            f"version reads up to {schema.SCHEMA_VERSION}); update pswdesk and import it again"
        )
    if not isinstance(data.get("exported_by"), str):
        raise _refuse(f"{name} is not a valid pswdesk export (it does not say who exported it)")
    if data.get("scope") != schema.SCOPE_AGENCY:
        raise _refuse(
            f"{name} holds only what {data['exported_by']} could see; an import needs a "
            "whole-agency export, made by an administrator"
        )


def _rows(name: str, kind: str, raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        raise _refuse(f"{name}: {kind} is not a list of records")
    columns = {c.name: c for c in schema.exported_columns(kind, whole_agency=True)}
    out: list[dict[str, Any]] = []
    for number, item in enumerate(raw, start=1):
        where = f"{name}: {kind} record {number}"
        if not isinstance(item, dict):
            raise _refuse(f"{where} is not a record")
        if isinstance(item.get("id"), int):
            where += f" (id {item['id']})"
        unknown = sorted(set(item) - set(columns))
        if unknown:
            raise _refuse(
                f"{where} has fields this version of pswdesk does not know "
                f"({', '.join(unknown)}); update pswdesk and import it again"
            )
        missing = [c.name for c in columns.values() if _required(c) and c.name not in item]
        if missing:
            raise _refuse(f"{where} has no {', '.join(missing)}")
        out.append({key: from_json(columns[key], value, where) for key, value in item.items()})
    return out


def _required(column: Column[Any]) -> bool:
    """A key, or a value the database has no default for."""
    if column.primary_key:
        return True
    return not column.nullable and column.default is None and column.server_default is None
