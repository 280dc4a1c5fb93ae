"""An SQLite file as bytes on disk: plain or SQLCipher, its id, and raw keyed connections.

An SQLCipher file starts with 16 random bytes (its salt) where a plain one says
"SQLite format 3". pswdesk chooses those 16 bytes itself when it creates a file
and uses them as the database's id: readable without the key, so the keyring
entry can be found before the file is opened, and kept by backups, rekeying and
restores because each is written with the same salt (docs/ARCHITECTURE.md, Security).
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from pathlib import Path
from typing import Any

from pswdesk.keys import AgencySecret

SQLITE_HEADER = b"SQLite format 3\x00"
ID_BYTES = 16


class FileKind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"
    DAMAGED = "damaged"  # too short to hold even the header


def file_kind(path: Path) -> FileKind:
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileKind.MISSING
    if not head:
        return FileKind.EMPTY
    if head == SQLITE_HEADER:
        return FileKind.PLAIN
    if len(head) < ID_BYTES:
        return FileKind.DAMAGED
    return FileKind.ENCRYPTED


def database_id(path: Path) -> uuid.UUID:
    """The id of an encrypted file: its first 16 bytes (meaningless for a plain one)."""
    with path.open("rb") as f:
        return uuid.UUID(bytes=f.read(ID_BYTES))


def sqlcipher_key(secret: AgencySecret, database: uuid.UUID) -> str:
    """The raw-key form SQLCipher takes: no key derivation at open, the salt fixed to the id."""
    return f"x'{secret.database_key().hex()}{database.bytes.hex()}'"


def connect(path: Path, secret: AgencySecret | None, database: uuid.UUID | None = None) -> Any:
    """A bare sqlcipher3 connection (for backups, exports and checks), keyed when asked.

    ``database`` is the id for a new file; an existing one's is read from its header.
    The key is checked at once, so a wrong one fails here with "file is not a database".
    """
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        # SQLCipher prints each failed page decryption to stderr; a wrong key is our
        # error to word, not a log line for the person at the command line.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if secret is not None:
            if database is None:
                database = database_id(path)
            conn.execute(f'PRAGMA key = "{sqlcipher_key(secret, database)}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except Exception:
        conn.close()
        raise
    return conn
