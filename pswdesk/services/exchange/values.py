"""One column's value in an export and back: JSON values, CSV cells, checked on the way in.

Times are ISO 8601 in UTC with microseconds (``2026-03-15T09:30:00.000000+00:00``),
dates ``YYYY-MM-DD``, JSON columns their JSON. The microseconds matter: a signed
note's hash covers its contact time, so the time must come back exactly.
Reading decides by the model's column type, so a value of the wrong type is
refused with its place named before the database sees it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, String
from sqlalchemy.types import TypeDecorator, TypeEngine

from pswdesk.errors import ValidationError
from pswdesk.wording import words

#: A spreadsheet runs a cell that starts with one of these as a formula; the CSV
#: copy gets a leading apostrophe (the JSON file keeps the text exactly).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _base_type(column: Column[Any]) -> TypeEngine[Any]:
    t = column.type
    return t.impl_instance if isinstance(t, TypeDecorator) else t


def to_json(column: Column[Any], value: Any) -> Any:
    """The value as the export's JSON holds it."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_cell(column: Column[Any], value: Any) -> str:
    """A JSON value (``to_json``) as one CSV cell."""
    if value is None:
        return ""
    if isinstance(_base_type(column), JSON):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value)


def from_json(column: Column[Any], value: Any, where: str) -> Any:
    """The JSON value as the column takes it; ``where`` names the row for the message."""
    name = f"{where}: {column.name}"
    if value is None:
        if not column.nullable:
            raise ValidationError(
                {column.name: words("{name} is empty, but it is required", name=name)}
            )
        return None
    t = _base_type(column)
    if isinstance(t, JSON):
        return value
    if isinstance(t, Boolean):
        if not isinstance(value, bool):
            raise ValidationError({column.name: words("{name} must be true or false", name=name)})
        return value
    if isinstance(t, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError({column.name: words("{name} must be a whole number", name=name)})
        return value
    if isinstance(t, DateTime):
        return _datetime(value, column.name, name)
    if isinstance(t, Date):
        return _date(value, column.name, name)
    if isinstance(t, String):
        return _text(value, t.length, column.name, name)
    raise ValidationError(
        {column.name: words("{name} has a type this pswdesk cannot read", name=name)}
    )


def _datetime(value: Any, field: str, name: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise ValidationError({field: words("{name} must be an ISO 8601 date and time", name=name)})
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _date(value: Any, field: str, name: str) -> dt.date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise ValidationError({field: words("{name} must be a date (YYYY-MM-DD)", name=name)})


def _text(value: Any, length: int | None, field: str, name: str) -> str:
    if not isinstance(value, str):
        raise ValidationError({field: words("{name} must be text", name=name)})
    if "\x00" in value:
        raise ValidationError({field: words("{name} holds a NUL character", name=name)})
    if length is not None and len(value) > length:
        raise ValidationError(
            {field: words("{name} is longer than {length} characters", name=name, length=length)}
        )
    return value
