"""The administrator's key jobs: show the raw key, print the recovery sheet, encrypt, rekey.

The agency's data is never locked in: ``database_key_hex`` gives the raw SQLCipher
key that standard tools take. ``encrypt_file`` turns an older plain database into
an encrypted one and ``rekey`` rotates the secret; both keep the database id (the
file's first 16 bytes, its SQLCipher salt), so keyring entries and backups still
match (docs/ARCHITECTURE.md, Security). Neither replaces or changes anything until
it holds the file alone, and a converted copy replaces the original only after it
has been checked.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from pswdesk import keys
from pswdesk.db import Database, describe_url, server_entry, sqlite_path
from pswdesk.errors import DatabaseDamaged, DatabaseError, WrongKey
from pswdesk.keys import AgencySecret, KeySource
from pswdesk.models import utcnow
from pswdesk.services import audit
from pswdesk.services.access import ADMIN, Actor, load_user, settings
from pswdesk.sqlite_files import FileKind, connect, database_id, file_kind, sqlcipher_key
from pswdesk.wording import words

#: Beside the database while a converted copy is written and checked.
CONVERTING_SUFFIX = ".encrypting"
IN_USE = words(
    "the database is open elsewhere (the app or another command): close pswdesk "
    "everywhere and try again; nothing was changed"
)


@dataclass(frozen=True, slots=True)
class EncryptResult:
    """What ``encrypt_file`` made: the secret to show once, and what was copied."""

    secret: AgencySecret
    database_id: uuid.UUID
    source: KeySource = KeySource.NEW
    tables: int = 0
    rows: int = 0
    #: Why the secret could not be kept in the keyring, or None when it was.
    keyring_problem: str | None = None


# -- the open database ------------------------------------------------------------------


def database_key_hex(db: Database, actor: Actor) -> str:
    """The raw SQLCipher key as 64 hex digits (``PRAGMA key = "x'…'"``). Audited."""
    secret, encryption = _encrypted(db)
    with db.write() as s:
        load_user(s, actor, ADMIN)
        audit.record(s, actor, "database.key_shown", "database", None, database_id=str(encryption))
    return secret.database_key().hex()


def recovery_sheet(db: Database, actor: Actor) -> bytes:
    """The printable recovery sheet of this database. Audited."""
    secret, encryption = _encrypted(db)
    with db.write() as s:
        load_user(s, actor, ADMIN)
        agency = settings(s).name
        audit.record(
            s,
            actor,
            "database.recovery_sheet",
            "database",
            None,
            database_id=str(encryption),
        )
    # reportlab is imported here, not at start-up: a third of a second the app's first
    # window need not wait for (docs/ARCHITECTURE.md, Speed budget).
    from pswdesk.reports.recovery_sheet import recovery_sheet_pdf

    return recovery_sheet_pdf(agency, encryption, secret, utcnow())


def rotate_key(db: Database, actor: Actor, new: AgencySecret | None = None) -> AgencySecret:
    """``rekey`` for the open database, by an administrator; audited. ``db`` is closed after.

    The entry is written before the key changes (the database is then written with
    the new key, which must be shown even if anything after the change failed), and
    a second entry says so if the change did not happen.
    """
    old, encryption = _encrypted(db)
    path = sqlite_path(db.url)
    assert path is not None  # _encrypted refuses anything but an encrypted file
    with db.write() as s:
        load_user(s, actor, ADMIN)
        audit.record(
            s, actor, "database.key_changed", "database", None, database_id=str(encryption)
        )
    db.dispose()
    try:
        return rekey(path, old, new)
    except Exception as exc:
        with contextlib.suppress(Exception), db.write() as s:
            audit.record(
                s,
                actor,
                "database.key_change_failed",
                "database",
                None,
                database_id=str(encryption),
                reason=str(exc),
            )
        db.dispose()
        raise


def _encrypted(db: Database) -> tuple[AgencySecret, uuid.UUID]:
    if not db.is_sqlite:
        raise DatabaseError(
            words("a PostgreSQL database is protected by its server; it has no pswdesk key")
        )
    if db.secret is None or db.encryption is None:
        raise DatabaseError(
            words("this database is not encrypted: 'pswdesk db encrypt' encrypts it")
        )
    return db.secret, db.encryption.database_id


# -- a server's password ------------------------------------------------------------------


def server_password_target(url: str) -> str:
    """Who logs in where, for the prompt; refuses a URL that cannot take a kept password."""
    u = _server_url(url)
    return describe_url(u.render_as_string(hide_password=True))


def store_server_password(url: str, password: str) -> None:
    """Check ``password`` with the server, then keep it in the keyring (``db.server_entry``).

    A URL without a password then finds it there, so no file on the PC holds it.
    Nothing is stored when the server refuses it or cannot be reached.
    """
    from sqlalchemy import create_engine, text

    u = _server_url(url)
    engine = create_engine(u.set(password=password))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        why = _first_line(getattr(exc, "orig", None) or exc)
        raise DatabaseError(
            words("the server did not accept this password ({why}); nothing was stored", why=why)
        ) from None
    finally:
        engine.dispose()
    keys.store_password(server_entry(u), password)


def _server_url(url: str) -> URL:
    try:
        u = make_url(url)
    except (SQLAlchemyError, ValueError) as exc:
        raise DatabaseError(words("not a database URL: {exc}", exc=_first_line(exc))) from None
    if u.get_backend_name() != "postgresql":
        raise DatabaseError(words("only a PostgreSQL server has a password to keep; give --db URL"))
    if not u.username:
        raise DatabaseError(words("the URL names no user (postgresql://USER@HOST/DATABASE)"))
    if u.password is not None:
        raise DatabaseError(
            words(
                "this URL holds a password: give it without one, and type the password at the "
                "prompt"
            )
        )
    return u


# -- files ------------------------------------------------------------------------------


def encrypt_file(path: Path, secret: AgencySecret | None = None) -> EncryptResult:
    """Convert a plain pswdesk database to an encrypted one, in place, after a check.

    The secret is ``secret``, else ``PSWDESK_DB_KEY``, else a new random one; it is
    kept in the keyring when there is one. The copy is written beside the file with
    ``sqlcipher_export`` and a new database id, checked (the same tables and objects,
    every table's row count, ``integrity_check``), and only then moved over the
    original. Refuses a missing, empty or already encrypted file, or one in use.
    """
    kind = file_kind(path)
    if kind is FileKind.MISSING:
        raise DatabaseError(words("there is no database file {path}", path=path))
    if kind is FileKind.ENCRYPTED:
        raise DatabaseError(words("{path} is already encrypted; nothing was changed", path=path))
    if kind is not FileKind.PLAIN:
        raise DatabaseDamaged(
            words("the database file {path} is empty or damaged", path=path), path
        )
    source = KeySource.TYPED
    if secret is None:
        secret, source = keys.secret_from_environment(), KeySource.ENVIRONMENT
    if secret is None:
        secret, source = AgencySecret.generate(), KeySource.NEW
    database = uuid.uuid4()
    copy = path.with_name(path.name + CONVERTING_SUFFIX)
    _remove(copy)
    try:
        tables, rows = _export(path, copy, secret, database)
        shutil.copymode(path, copy)
        _flush(copy)
        os.replace(copy, path)
    finally:
        _remove(copy)
    problem = None
    try:
        keys.store_secret(database, secret)
    except keys.KeyringUnavailable as exc:
        problem = str(exc)
    _mark_new_key(path, secret)
    return EncryptResult(secret, database, source, tables, rows, problem)


def rekey(db_path: Path, old: AgencySecret, new: AgencySecret | None = None) -> AgencySecret:
    """Give an encrypted file a new secret (``PRAGMA rekey``); the database id stays.

    ``old`` must open the file (else ``WrongKey``, nothing written). The new secret
    is kept in the keyring in place of the old one when there is a keyring. The
    file is then written with the new key only: older backups keep the old key.
    """
    import sqlcipher3

    if file_kind(db_path) is not FileKind.ENCRYPTED:
        raise DatabaseError(
            words("{db_path} is not an encrypted pswdesk database", db_path=db_path)
        )
    new = new or AgencySecret.generate()
    if new == old:
        raise DatabaseError(words("the new key is the same as the old one; nothing was changed"))
    database = database_id(db_path)
    conn = _open(db_path, old)
    try:
        _hold_alone(conn)
        conn.execute(f'PRAGMA rekey = "{sqlcipher_key(new, database)}"')
    except sqlcipher3.Error as exc:
        raise DatabaseError(
            words("the key could not be changed ({exc})", exc=_first_line(exc))
        ) from None
    finally:
        conn.close()
    # The check is the point: the new key opens it, the old one no longer does.
    _open(db_path, new).close()
    if database_id(db_path) != database:
        raise DatabaseDamaged(
            words("{db_path} lost its database id while rekeying", db_path=db_path), db_path
        )
    with contextlib.suppress(keys.KeyringUnavailable):
        keys.store_secret(database, new)
    _mark_new_key(db_path, new)
    return new


def _mark_new_key(path: Path, secret: AgencySecret) -> None:
    """The audit key changed with the secret: seal the old key's entries (audit_chain.NEW_KEY)."""
    from pswdesk.services import audit_chain

    reopened = Database(f"sqlite:///{path}", secret=secret, upgrade=False, check_location=False)
    try:
        audit_chain.mark_new_key(reopened)
    finally:
        reopened.dispose()


def _open(path: Path, secret: AgencySecret | None) -> Any:
    import sqlcipher3

    try:
        conn = connect(path, secret)
    except sqlcipher3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise WrongKey() from None
        raise DatabaseDamaged(
            words("{path} cannot be read ({exc})", path=path, exc=_first_line(exc)), path
        ) from None
    conn.isolation_level = None  # we say when a transaction starts
    return conn


def _hold_alone(conn: Any) -> None:
    """Leave WAL (only possible with no other connection) and keep the file to ourselves.

    The journal mode switch also checkpoints the WAL into the file, so what follows
    sees every committed change; the app turns WAL back on when it next opens it.
    """
    import sqlcipher3

    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlcipher3.OperationalError:
        raise DatabaseError(IN_USE) from None
    if str(mode).lower() != "delete":
        raise DatabaseError(IN_USE)


def _export(path: Path, copy: Path, secret: AgencySecret, database: uuid.UUID) -> tuple[int, int]:
    """Write the encrypted copy and check it; (tables, rows) copied."""
    import sqlcipher3

    src = _open(path, None)
    try:
        names = _tables(src)
        if "alembic_version" not in names:
            raise DatabaseError(
                words("{path} was not made by pswdesk; nothing was changed", path=path)
            )
        _hold_alone(src)
        try:
            src.execute(
                "ATTACH DATABASE ? AS encrypted KEY ?", (str(copy), sqlcipher_key(secret, database))
            )
            src.execute("SELECT sqlcipher_export('encrypted')")
            src.execute("DETACH DATABASE encrypted")
        except sqlcipher3.Error as exc:
            raise DatabaseError(
                words("the encrypted copy could not be written ({exc})", exc=_first_line(exc))
            ) from None
        counts = _counts(src, names)
        objects = _objects(src)
    finally:
        src.close()
    _check_copy(copy, secret, database, counts, objects)
    return len(counts), sum(counts.values())


def _check_copy(
    copy: Path,
    secret: AgencySecret,
    database: uuid.UUID,
    counts: dict[str, int],
    objects: set[tuple[str, str, str]],
) -> None:
    failed = words("the encrypted copy did not check out, so the original was kept as it is")
    if file_kind(copy) is not FileKind.ENCRYPTED or database_id(copy) != database:
        raise DatabaseError(
            words("{failed}: it does not start with its database id", failed=failed)
        )
    dst = _open(copy, secret)
    try:
        if _objects(dst) != objects:
            raise DatabaseError(
                words("{failed}: its tables, indexes or triggers differ", failed=failed)
            )
        copied = _counts(dst, list(counts))
        for name, n in counts.items():
            if copied[name] != n:
                raise DatabaseError(
                    words(
                        "{failed}: table {name} has {copied} rows, not {n}",
                        failed=failed,
                        name=name,
                        copied=copied[name],
                        n=n,
                    )
                )
        result = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise DatabaseError(words("{failed}: {result}", failed=failed, result=result[0]))
        if dst.execute("PRAGMA cipher_integrity_check").fetchall():
            raise DatabaseError(words("{failed}: some pages do not decrypt", failed=failed))
    finally:
        dst.close()


def _tables(conn: Any) -> list[str]:
    """The agency's tables; not SQLite's own (``sqlite_stat1``, the planner's statistics)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' ORDER BY name"
    )
    return [r[0] for r in rows.fetchall()]


def _objects(conn: Any) -> set[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master").fetchall()
    return {(t, n, sql) for t, n, sql in rows}


def _counts(conn: Any, names: list[str]) -> dict[str, int]:
    return {
        n: conn.execute(f'SELECT count(*) FROM "{n.replace(chr(34), chr(34) * 2)}"').fetchone()[0]
        for n in names
    }


def _flush(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__
