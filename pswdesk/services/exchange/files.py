"""Writing an export's files: one JSON file, one CSV per kind, and a README.

Each file is written under a temporary name and put in place only when all of
them are complete, so a failed export never leaves a half-written file that
looks whole. The files are made readable by their owner only: they hold
personal health information.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from pswdesk.services.exchange import schema

PART = ".part"


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


class ExportFiles:
    """The open files of one export; rows go in kind by kind, in ``schema.KINDS`` order."""

    def __init__(self, folder: Path, header: dict[str, Any]) -> None:
        self.folder = folder
        self.written: list[Path] = []
        self._parts: list[Path] = []
        self._json = self._open(schema.EXPORT_FILE, newline="\n")
        head = json.dumps(header, ensure_ascii=False, indent=1)
        self._json.write(head[: head.rstrip().rfind("}")].rstrip())
        self._csv: IO[str] | None = None
        self._writer: Any = None
        self._first_row = True

    def _open(self, name: str, *, newline: str, encoding: str = "utf-8") -> IO[str]:
        part = self.folder / (name + PART)
        self._parts.append(part)
        self.written.append(self.folder / name)
        return open(part, "w", encoding=encoding, newline=newline, opener=_private)

    def start_kind(self, kind: str, header: Sequence[str]) -> None:
        self._json.write(f",\n {json.dumps(kind)}: [")
        self._first_row = True
        # utf-8-sig writes the byte-order mark spreadsheets look for to read UTF-8.
        self._csv = self._open(f"{kind}.csv", newline="", encoding="utf-8-sig")
        self._writer = csv.writer(self._csv)
        self._writer.writerow(header)

    def row(self, values: dict[str, Any], cells: Sequence[str]) -> None:
        self._json.write("\n  " if self._first_row else ",\n  ")
        self._json.write(json.dumps(values, ensure_ascii=False))
        self._first_row = False
        self._writer.writerow(cells)

    def end_kind(self) -> None:
        self._json.write("]" if self._first_row else "\n ]")
        if self._csv is not None:
            self._csv.close()
            self._csv = None

    def readme(self, text: str) -> None:
        with self._open(schema.README_FILE, newline="\n") as f:
            f.write(text)

    def __enter__(self) -> ExportFiles:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._csv is not None:
            self._csv.close()
        if exc_type is None:
            self._json.write("\n}\n")
        self._json.close()
        if exc_type is not None:
            for part in self._parts:
                with contextlib.suppress(OSError):
                    part.unlink()
            return
        for part, final in zip(self._parts, self.written, strict=True):
            os.replace(part, final)


def readme_text(header: dict[str, Any], counts: dict[str, int]) -> str:
    """What the folder holds, in words, for whoever finds it."""
    lines = [
        "pswdesk export",
        "==============",
        "",
        "PERSONAL HEALTH INFORMATION. " + schema.NOTICE,
        "",
        f"Agency: {header['agency']}",
        f"Exported at (UTC): {header['exported_at']}",
        f"Exported by: {header['exported_by']}",
        "Scope: "
        + (
            "the whole agency (an administrator's export)"
            if header["scope"] == schema.SCOPE_AGENCY
            else f"only what {header['exported_by']} may see in pswdesk"
        ),
        "Safety-sensitive contact details: "
        + ("included" if header["include_sensitive"] else "left out"),
        "",
        f"{schema.EXPORT_FILE} holds everything below in one file (format "
        f"{schema.FORMAT!r}, schema version {schema.SCHEMA_VERSION}); it is the file "
        "'pswdesk import records' reads. The CSV files are the same records, one file per "
        "kind, UTF-8 with a header row, for reading in a spreadsheet: a text that starts "
        "with = + - or @ has an apostrophe put before it there so that it is not run as a "
        "formula. Times are ISO 8601 in UTC.",
        "",
    ]
    for kind in schema.present_kinds():
        count = counts.get(kind.name, 0)
        lines.append(
            f"{kind.name + '.csv':<28} {count:>7} {'row' if count == 1 else 'rows'}  {kind.about}"
        )
    lines += [
        "",
        "Staff password hashes are never exported. The format is described in "
        "docs/export-format.md in pswdesk's source.",
        "",
    ]
    return "\n".join(lines)
