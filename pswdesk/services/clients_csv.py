"""Importing clients from a spreadsheet (CSV): the preview, then all or nothing.

The file has a header line naming its columns, in any order (only
``preferred_name`` is required)::

    preferred_name,legal_name,pronouns,date_of_birth,phone,email,worker

``date_of_birth`` is YYYY-MM-DD and ``worker`` the user name of the worker who
carries the client (empty: the importing worker, or a supervisor who carries
clients themselves). The text is UTF-8, with or without the byte-order mark that
spreadsheets write. Every row follows the rules of registering one client
(``intake``): the same input limits and permissions. The import is one
transaction: every bad line is reported with its number (the header is line 1)
and then nothing is imported (``ImportProblems``). Likely duplicates, within the
file or of clients already registered, refuse the import too unless allowed.

``preview_clients_csv`` runs every check and writes nothing, so the app's
wizard can show the rows, problems and duplicates before anyone commits to them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pswdesk.db import Database
from pswdesk.errors import ImportProblem, ImportProblems, PswdeskError
from pswdesk.models import User
from pswdesk.services import audit
from pswdesk.services.access import Actor
from pswdesk.services.client_input import ClientInput
from pswdesk.services.duplicates import (
    DuplicateProbe,
    DuplicateReport,
    email_key,
    find_in,
    match_reasons,
    phone_key,
)
from pswdesk.services.intake import add_client, registrar, workers_for
from pswdesk.wording import message_of, words

COLUMNS = (
    "preferred_name", "legal_name", "pronouns", "date_of_birth", "phone", "email", "worker",
)  # fmt: skip
REQUIRED = ("preferred_name",)
MAX_ROWS = 10_000
MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One client line as read: its number, the cells, and the input they make (if valid)."""

    line: int
    cells: dict[str, str]
    data: ClientInput | None
    worker: str = ""


@dataclass(frozen=True, slots=True)
class CsvDuplicate:
    """A line that may be someone already registered, or another line of the file."""

    line: int
    preferred_name: str
    same_as_line: int | None = None
    report: DuplicateReport | None = None
    reasons: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        if self.same_as_line is not None:
            why = ", ".join(self.reasons)
            line = self.same_as_line
            return words(
                "{preferred_name!r} may be the same person as line {line} ({why})",
                preferred_name=self.preferred_name,
                line=line,
                why=why,
            )
        assert self.report is not None
        return words(
            "{preferred_name!r}: {message}",
            preferred_name=self.preferred_name,
            message=self.report.message(),
        )


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """Everything the import would do, and everything that stops it."""

    rows: tuple[CsvRow, ...]
    problems: tuple[ImportProblem, ...]
    duplicates: tuple[CsvDuplicate, ...]

    def importable(self, allow_duplicates: bool = False) -> bool:
        return not self.problems and (allow_duplicates or not self.duplicates)


@dataclass(frozen=True, slots=True)
class CsvImportResult:
    client_ids: tuple[int, ...]
    preview: CsvPreview


# -- reading the file (no database) ---------------------------------------------------------


def decode(content: bytes | str) -> str:
    """The file's text; UTF-8 with or without a BOM, else the line that is not UTF-8."""
    if isinstance(content, str):
        return content.removeprefix("\ufeff")
    if len(content) > MAX_BYTES:
        raise ImportProblems(
            [ImportProblem(1, words("the file is over {max_bytes:,} bytes", max_bytes=MAX_BYTES))]
        )
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        reason = "this line is not UTF-8 text; save the spreadsheet as 'CSV UTF-8'"
        raise ImportProblems([ImportProblem(line, reason)]) from None


def _header(cells: list[str]) -> tuple[list[str], list[ImportProblem]]:
    names = [c.strip().lstrip("\ufeff").lower().replace(" ", "_") for c in cells]
    problems = []
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        listed = ", ".join(repr(n) for n in unknown)
        problems.append(
            ImportProblem(
                1,
                words(
                    "unknown column {listed}; the columns are {columns}",
                    listed=listed,
                    columns=", ".join(COLUMNS),
                ),
            )
        )
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        problems.append(
            ImportProblem(1, words("column {repeated} appears twice", repeated=", ".join(repeated)))
        )
    missing = [n for n in REQUIRED if n not in names]
    if missing:
        problems.append(
            ImportProblem(
                1, words("the header needs the column {missing}", missing=", ".join(missing))
            )
        )
    return names, problems


def _date(text: str) -> dt.date | None:
    """YYYY-MM-DD only: 03/04/1990 means a different day in different countries."""
    value = text.strip()
    if not value:
        return None
    if len(value) != 10:
        raise ValueError(value)
    return dt.date.fromisoformat(value)


def _row(line: int, cells: dict[str, str]) -> tuple[CsvRow, list[str]]:
    try:
        dob = _date(cells.get("date_of_birth", ""))
    except ValueError:
        return CsvRow(line, cells, None, cells.get("worker", "").strip()), [
            words(
                "date_of_birth {value!r} is not a date (use YYYY-MM-DD)",
                value=cells["date_of_birth"],
            )
        ]
    data = ClientInput(
        cells.get("preferred_name", ""), cells.get("legal_name", ""), cells.get("pronouns", ""),
        dob, cells.get("phone", ""), cells.get("email", ""),
    )  # fmt: skip
    problems = list(data.problems().values())
    worker = cells.get("worker", "")
    if worker and (len(worker) > 80 or any(not ch.isprintable() for ch in worker)):
        problems.append(words("the worker column holds a user name"))
    return CsvRow(line, cells, None if problems else data, worker.strip()), problems


def read_rows(content: bytes | str) -> tuple[tuple[CsvRow, ...], tuple[ImportProblem, ...]]:
    """The file's rows and what is wrong with them as text (no database involved)."""
    text = decode(content)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[CsvRow] = []
    problems: list[ImportProblem] = []
    names: list[str] | None = None
    line = 1
    try:
        for cells in reader:
            start, line = line, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if names is None:
                names, header_problems = _header(cells)
                if header_problems:
                    return (), tuple(header_problems)
                continue
            if len(rows) >= MAX_ROWS:
                problems.append(
                    ImportProblem(
                        start,
                        words("more than {max_rows:,} clients in one file", max_rows=MAX_ROWS),
                    )
                )
                break
            if len(cells) > len(names):
                problems.append(
                    ImportProblem(
                        start,
                        words(
                            "{cells} cells for {columns} columns",
                            cells=len(cells),
                            columns=len(names),
                        ),
                    )
                )
                continue
            row, found = _row(start, dict(zip(names, cells, strict=False)))
            rows.append(row)
            problems.extend(ImportProblem(start, p) for p in found)
    except csv.Error as exc:
        problems.append(
            ImportProblem(line, words("the file cannot be read as CSV here ({exc})", exc=exc))
        )
    if names is None:
        return (), (
            ImportProblem(
                1, words("the file is empty; its header is {columns}", columns=",".join(COLUMNS))
            ),
        )
    if not rows and not problems:
        problems.append(ImportProblem(2, words("the file has a header but no clients")))
    return tuple(rows), tuple(problems)


def duplicates_within(rows: tuple[CsvRow, ...]) -> list[CsvDuplicate]:
    """Lines of the file that may be the same person as an earlier line."""
    found: dict[int, CsvDuplicate] = {}
    by_dob: dict[object, list[tuple[CsvRow, DuplicateProbe]]] = defaultdict(list)
    by_key: dict[tuple[str, str], list[tuple[CsvRow, DuplicateProbe]]] = defaultdict(list)
    for row in rows:
        if row.data is None:
            continue
        probe = DuplicateProbe.of(row.data)
        buckets = [by_dob[probe.date_of_birth]] if probe.date_of_birth else []
        for kind, key in (("phone", phone_key(probe.phone)), ("email", email_key(probe.email))):
            if key:
                buckets.append(by_key[(kind, key)])
        for bucket in buckets:
            for earlier, other in bucket:
                reasons = match_reasons(probe, other)
                if reasons and row.line not in found:
                    found[row.line] = CsvDuplicate(
                        row.line, row.data.preferred_name.strip(), earlier.line, None, reasons
                    )
            bucket.append((row, probe))
    return [found[k] for k in sorted(found)]


# -- against the database ---------------------------------------------------------------


def _check(s: Session, me: User, content: bytes | str) -> tuple[CsvPreview, list[list[User]]]:
    rows, read_problems = read_rows(content)
    problems = list(read_problems)
    carriers: list[list[User]] = []
    usernames = {r.worker.lower() for r in rows if r.worker}
    ids: dict[str, int] = dict(
        s.execute(
            select(func.lower(User.username), User.id).where(
                func.lower(User.username).in_(usernames)
            )
        ).all()
    )
    duplicates = duplicates_within(rows)
    for row in rows:
        try:
            worker = ids.get(row.worker.lower()) if row.worker else None
            if row.worker and worker is None:
                raise PswdeskError(words("no user {worker!r}", worker=row.worker))
            carriers.append(workers_for(s, me, [worker] if worker else None))
        except PswdeskError as exc:
            problems.append(ImportProblem(row.line, message_of(exc)))
            carriers.append([])
            continue
        if row.data is not None:
            report = find_in(s, me, DuplicateProbe.of(row.data))
            if report.found:
                name = row.data.preferred_name.strip()
                duplicates.append(CsvDuplicate(row.line, name, None, report))
    duplicates.sort(key=lambda d: d.line)
    problems.sort(key=lambda p: p.line)
    return CsvPreview(rows, tuple(problems), tuple(duplicates)), carriers


def preview_clients_csv(db: Database, actor: Actor, content: bytes | str) -> CsvPreview:
    """Every check of the import, writing nothing (``--dry-run``, the wizard's preview)."""
    with db.read() as s:
        return _check(s, registrar(s, actor), content)[0]


def import_clients_csv(
    db: Database, actor: Actor, content: bytes | str, *, allow_duplicates: bool = False
) -> CsvImportResult:
    """Register every client of the file, or none: ``ImportProblems`` lists every bad line."""
    with db.write() as s:
        me = registrar(s, actor)
        preview, carriers = _check(s, me, content)
        if preview.problems:
            raise ImportProblems(preview.problems)
        if preview.duplicates and not allow_duplicates:
            raise ImportProblems(
                [ImportProblem(d.line, d.message) for d in preview.duplicates],
                "likely duplicates",
            )
        overridden = {d.line for d in preview.duplicates}
        ids: list[int] = []
        for row, workers in zip(preview.rows, carriers, strict=True):
            assert row.data is not None  # no problems, so every row made its input
            client = add_client(s, row.data, workers)
            extra: dict[str, object] = (
                {"duplicate_override": True} if row.line in overridden else {}
            )
            audit.record(
                s, actor, "client.created", "client", client.id,
                fields=audit.filled_fields(row.data.cleaned()), workers=[w.id for w in workers],
                imported_line=row.line, **extra,
            )  # fmt: skip
            ids.append(client.id)
        audit.record(
            s, actor, "clients.imported", "client", None,
            count=len(ids), client_ids=ids, duplicates_allowed=sorted(overridden),
        )  # fmt: skip
        return CsvImportResult(tuple(ids), preview)
