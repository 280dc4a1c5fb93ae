"""Domain errors: what a service refuses, in words a user can act on.

The GUI shows ``str(error)`` next to the field or in the status area; the
command line prints it as one line and exits non-zero.
"""

from __future__ import annotations


class PswdeskError(Exception):
    """Base for every error meant to be shown to a person."""


class DatabaseError(PswdeskError):
    """The database cannot be opened, is too new, or is not ours."""


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
        super().__init__("; ".join(problems.values()))


class LockedError(PswdeskError):
    """The record is signed and cannot change; add an addendum instead."""
