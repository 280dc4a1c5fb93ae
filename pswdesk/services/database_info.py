"""How the open database is kept: where, whether encrypted, whence the key, the last backup.

For Help → About and ``pswdesk verify``. It needs no acting user because it names
no record: only facts about the file or server that whoever opened it already has.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from pswdesk import keys
from pswdesk.db import Database, describe_url
from pswdesk.errors import PswdeskError
from pswdesk.keys import KeySource
from pswdesk.services import backups
from pswdesk.services.backups import OVERDUE_AFTER, BackupRow

_SOURCE_TEXT = {
    KeySource.KEYRING: "this computer's keyring",
    KeySource.ENVIRONMENT: f"the {keys.ENV_KEY} environment variable",
    KeySource.TYPED: "the recovery key, typed in",
    KeySource.NEW: "a new key made for this database",
    KeySource.DEMO: "the demo database's own key",
}


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    kind: str  # "SQLite" or "PostgreSQL"
    location: str  # the URL with any password hidden
    encrypted: bool
    key_source: str | None  # a KeySource value; None when not encrypted
    database_id: str | None
    last_backup: BackupRow | None
    backup_overdue: bool
    keyring: str | None  # why no keyring can be used here, or None when one can

    @property
    def encryption_text(self) -> str:
        if self.kind != "SQLite":
            return "protected by the database server (pswdesk holds no key for it)"
        if not self.encrypted:
            return "NOT encrypted: 'pswdesk db encrypt' encrypts it"
        return "encrypted (SQLCipher, 256-bit key)"

    @property
    def key_source_text(self) -> str | None:
        """Where the key came from, in words (None when there is no key)."""
        if self.key_source is None:
            return None
        try:
            return _SOURCE_TEXT[KeySource(self.key_source)]
        except ValueError:
            return self.key_source


def describe(db: Database) -> DatabaseInfo:
    """The facts about ``db`` as it is open now."""
    encryption = db.encryption
    last = _last_good(db)
    overdue = last is None or dt.datetime.now(dt.UTC) - last.made_at > OVERDUE_AFTER
    return DatabaseInfo(
        kind="SQLite" if db.is_sqlite else "PostgreSQL",
        location=describe_url(db.url),
        encrypted=encryption is not None,
        key_source=str(encryption.source) if encryption else None,
        database_id=str(encryption.database_id) if encryption else None,
        last_backup=last,
        backup_overdue=overdue,
        keyring=keys.keyring_problem(),
    )


def _last_good(db: Database) -> BackupRow | None:
    """The newest good backup, or None (also when this schema has no backup log yet)."""
    try:
        return backups.last_good(db)
    except (SQLAlchemyError, PswdeskError):  # an older schema (verify does not upgrade)
        return None
