"""Saving a report as a CSV or PDF file: the one way the app and the command line write one.

The format follows the file's name (``.csv`` or ``.pdf``). The file is written
under a temporary name in the same folder and moved into place in one step, so a
failed save never leaves half a report that looks whole, nor spoils an older file
of the same name. Every save is audited with the report's name, period and
format, never its numbers. The person saving is checked again (a supervisor or an
administrator, still active): a report produced in an open window must not be
saved by an account that has since lost the right.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from enum import StrEnum
from pathlib import Path

from pswdesk.db import Database
from pswdesk.errors import ValidationError
from pswdesk.reports.report_csv import render_csv
from pswdesk.reports.report_data import Report
from pswdesk.reports.report_pdf import render_report_pdf
from pswdesk.services import audit
from pswdesk.services.access import ADMIN, SUPERVISOR, Actor, load_user, settings
from pswdesk.wording import words

EXPORTED = "report.exported"


class ExportFormat(StrEnum):
    CSV = "csv"
    PDF = "pdf"


def format_for(path: Path) -> ExportFormat:
    """The format a file name asks for, by its suffix in any case."""
    suffix = Path(path).suffix.lower().lstrip(".")
    for fmt in ExportFormat:
        if suffix == fmt.value:
            return fmt
    raise ValidationError(
        {
            "path": words(
                "a report is saved as a .csv or .pdf file, not {name!r}", name=Path(path).name
            )
        }
    )


def render(report: Report, fmt: ExportFormat, *, address: str = "", paper: str = "A4") -> bytes:
    """The report's file contents; ``address`` is the agency's, printed under its name;
    ``paper`` "A4" or "Letter" (the app passes the locale's, as for a handover)."""
    if fmt is ExportFormat.CSV:
        return render_csv(report)
    return render_report_pdf(report, address=address, paper=paper)


def _write_error(path: Path, exc: OSError) -> ValidationError:
    folder = path.parent
    if exc.errno == errno.ENOENT:
        why: str = words("the folder {folder} does not exist", folder=folder)
    elif exc.errno in (errno.EACCES, errno.EPERM) and exc.filename2 is not None:
        # The rename failed, not the writing: on Windows, the old file is open (in Excel).
        why = words(
            "{path} is open in another program or may not be replaced; close it first",
            path=path.name,
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = words("this account may not write in the folder {folder}", folder=folder)
    elif exc.errno == errno.ENOTDIR:
        why = words("{folder} is a file, not a folder", folder=folder)
    elif exc.errno == errno.EISDIR or path.is_dir():
        why = words("{path} is a folder", path=path)
    elif exc.errno == errno.ENOSPC:
        why = words("the disk holding {folder} is full", folder=folder)
    else:
        why = exc.strerror or str(exc)
    return ValidationError({"path": words("the report could not be saved: {why}", why=why)})


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` at ``path`` in full or not at all (a temporary file, then one rename)."""
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, path)
        except BaseException:
            with contextlib.suppress(OSError):
                part.unlink()
            raise
    except OSError as exc:
        raise _write_error(path, exc) from exc


def save_report(
    db: Database, actor: Actor, report: Report, path: Path, *, paper: str = "A4"
) -> Path:
    """Write ``report`` to ``path`` (CSV or PDF by its suffix), audited; returns the path."""
    path = Path(path)
    fmt = format_for(path)
    with db.read() as s:
        load_user(s, actor, SUPERVISOR, ADMIN)
        address = settings(s).address
    write_atomically(path, render(report, fmt, address=address, paper=paper))
    with db.write() as s:
        me = load_user(s, actor, SUPERVISOR, ADMIN)
        audit.record(
            s,
            me,
            EXPORTED,
            "report",
            None,
            report=report.name,
            start=report.period.start.isoformat(),
            end=report.period.end.isoformat(),
            format=fmt.value,
        )
    return path
