"""Domain errors: what a service refuses, in words a user can act on.

The GUI shows the message next to the field or in the status area, in the windows'
language (``pswdesk.wording``); the command line prints it, in English, as one line and
exits non-zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pswdesk.wording import Words, joined, words


class PswdeskError(Exception):
    """Base for every error meant to be shown to a person."""


class DatabaseError(PswdeskError):
    """The database cannot be opened, is too new, or is not ours."""


class DatabaseBusy(DatabaseError):
    """The database did not take the change this time: another computer held the lock too
    long, or the connection to the server dropped. Nothing was written; trying again may
    work, so the GUI retries a draft's save and keeps what was typed."""


class DatabaseReadOnly(DatabaseError):
    """This user may read the database but not change it (file or folder permissions, a
    read-only server transaction or role); reported when it is opened, not at the first save."""


class AuthError(PswdeskError):
    """Wrong user name or password (never says which), or the account is locked."""


class PermissionDenied(PswdeskError):
    """The acting user's roles do not allow this."""


class NotFound(PswdeskError):
    pass


class ConflictError(PswdeskError):
    """Someone else changed the record first (optimistic locking)."""


class ValidationError(PswdeskError):
    """Input that breaks a rule. ``problems`` maps a field name to a message."""

    def __init__(self, problems: dict[str, str] | str) -> None:
        if isinstance(problems, str):
            problems = {"": problems}
        self.problems = problems
        super().__init__(joined(problems.values()))


class LockedError(PswdeskError):
    """The record is signed and cannot change; add an addendum instead."""


class DuplicateFound(PswdeskError):
    """Registering would likely make a second record of someone already registered.

    ``report`` is the ``services.duplicates.DuplicateReport``: the matches the user
    may see by name, and how many more they may not (``hidden``). Saving anyway
    needs an explicit "this is a different person", which is recorded.
    """

    def __init__(self, report: Any) -> None:
        self.report = report
        super().__init__(report.message())


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One bad line of an imported file: its line number (1 is the header) and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return str(self.text())

    def text(self) -> Words:
        return words("line {line}: {reason}", line=self.line, reason=self.reason)


class ImportProblems(PswdeskError):
    """An import refused as a whole: every bad line, so all can be fixed at once."""

    def __init__(
        self, problems: list[ImportProblem] | tuple[ImportProblem, ...], what: str = ""
    ) -> None:
        self.problems = tuple(problems)
        n = len(self.problems)
        source = what or words("the file")
        if n == 1:
            head = words("{source}: 1 problem, nothing was imported", source=source)
        else:
            head = words("{source}: {n} problems, nothing was imported", source=source, n=n)
        lines = joined(p.text() for p in self.problems)
        super().__init__(words("{head}: {lines}", head=head, lines=lines))


class KeyRequired(DatabaseError):
    """An encrypted database and no key for it: neither the keyring nor PSWDESK_DB_KEY had one.

    The app then asks for the recovery key; ``keyring_problem`` says why the keyring
    could not help (no keyring on this computer, locked), or is None when it simply
    holds no key for this database.
    """

    def __init__(self, database_id: Any, keyring_problem: str | None) -> None:
        self.database_id = database_id
        self.keyring_problem = keyring_problem
        if keyring_problem:
            message = words(
                "this database is encrypted and no key for it was found on this computer"
                " ({keyring_problem}): type the recovery key, or set PSWDESK_DB_KEY",
                keyring_problem=keyring_problem,
            )
        else:
            message = words(
                "this database is encrypted and no key for it was found on this computer:"
                " type the recovery key, or set PSWDESK_DB_KEY"
            )
        super().__init__(message)


class WrongKey(DatabaseError):
    """The key given does not open the database; nothing was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or words("this key does not open the database"))


class DatabaseDamaged(DatabaseError):
    """The file is there but cannot be read as this agency's database: restore a backup.

    ``path`` is the damaged file, which is kept as it is, never overwritten.
    """

    def __init__(self, message: str, path: Any = None) -> None:
        self.path = path
        super().__init__(message)
