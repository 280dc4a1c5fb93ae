"""Signed checkpoints of the audit log, kept outside the database.

A checkpoint is a small JSON file saying how far the log went at a moment:
entries so far, the last entry's id and its MAC (the chain head), the time and
the previous checkpoint's hash, signed with Ed25519. The signing key is derived
from the agency secret (``Purpose.CHECKPOINT``), so ``verify`` expects exactly one
public key and refuses a checkpoint signed by any other; the public key's
fingerprint is on the recovery sheet, so a checkpoint can be checked without the
secret too. Someone who holds the database but not the secret can rewrite its
tail or cut it short, but cannot make a checkpoint that agrees.

Checkpoints are written into the backup folder (at each backup, when the app
closes, daily) and wherever ``pswdesk audit digest -o FILE`` is told, never into
the database. docs/ARCHITECTURE.md, Security model.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from pswdesk import keys
from pswdesk.db import Database, sqlite_path
from pswdesk.errors import DatabaseError, PswdeskError
from pswdesk.keys import AgencySecret, Purpose
from pswdesk.models import AgencySettings, AuditEntry, User, utcnow
from pswdesk.services import audit, audit_chain
from pswdesk.services.access import ADMIN, Actor, load_user
from pswdesk.wording import message_of, words

FORMAT = "pswdesk-checkpoint"
VERSION = 1
PREFIX = "pswdesk-checkpoint-"
SUFFIX = ".json"


class NoAgencySecret(PswdeskError):
    """This computer does not hold the agency secret, so it cannot sign a checkpoint."""


@dataclass(frozen=True, slots=True)
class Checkpoint:
    agency_uid: str
    database_id: str | None
    entries: int
    last_entry_id: int | None
    head: str
    made_at: dt.datetime
    previous: str | None  # SHA-256 of the previous checkpoint's signed body
    public_key: str  # fingerprint
    signature: str  # base64

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "agency_uid": self.agency_uid,
            "database_id": self.database_id,
            "entries": self.entries,
            "last_entry_id": self.last_entry_id,
            "head": self.head,
            "made_at": self.made_at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "previous": self.previous,
            "public_key": self.public_key,
        }

    def digest(self) -> str:
        return hashlib.sha256(_signed_bytes(self.body())).hexdigest()


# -- keys -----------------------------------------------------------------------------------


def private_key(secret: AgencySecret) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(secret.derive(Purpose.CHECKPOINT))


def public_key(secret: AgencySecret) -> Ed25519PublicKey:
    return private_key(secret).public_key()


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, in hex: printed on the recovery sheet."""
    raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def fingerprint_of(secret: AgencySecret) -> str:
    return keys.checkpoint_fingerprint(secret)


def grouped(fp: str) -> str:
    """A fingerprint as a person compares it: groups of four."""
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def _signed_bytes(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


# -- making one -----------------------------------------------------------------------------


def make(
    session: Session, secret: AgencySecret, database_id: str | None, previous: str | None
) -> Checkpoint:
    """A checkpoint of the log as ``session`` sees it now, signed with the agency's key."""
    uid = session.scalar(select(AgencySettings.agency_uid).limit(1)) or ""
    head = audit_chain.head(session)
    unsigned = Checkpoint(
        agency_uid=uid, database_id=database_id, entries=head.entries,
        last_entry_id=head.last_id, head=head.head, made_at=utcnow(), previous=previous,
        public_key=fingerprint_of(secret), signature="",
    )  # fmt: skip
    return sign(unsigned, secret)


def sign(c: Checkpoint, secret: AgencySecret) -> Checkpoint:
    """``c`` with its Ed25519 signature by ``secret``'s checkpoint key."""
    signature = private_key(secret).sign(_signed_bytes(c.body()))
    return dataclasses.replace(c, signature=base64.b64encode(signature).decode())


def to_json(c: Checkpoint) -> str:
    return json.dumps({**c.body(), "signature": c.signature}, indent=1, sort_keys=True) + "\n"


def write(c: Checkpoint, path: Path) -> Path:
    """Write ``c`` to ``path`` (a new file beside it first, so no half-written checkpoint)."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        tmp.write_text(to_json(c), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(
            words(
                "the checkpoint could not be written to {path}: {strerror}",
                path=path,
                strerror=exc.strerror,
            )
        ) from exc
    return path


def checkpoint_into_folder(db: Database, folder: Path, *, actor: User | None = None) -> Path | None:
    """Write a checkpoint into ``folder`` under a dated name; None without the agency secret.

    For backups, the app's close and its daily timer: a failure to write is the
    caller's to report; a computer without the secret simply writes none.
    """
    secret = audit_chain.agency_secret(db)
    if secret is None:
        return None
    with db.read() as s:
        c = make(s, secret, _database_id(db), _newest_digest(folder, secret))
    path = folder / f"{PREFIX}{c.made_at:%Y%m%d-%H%M%S-%f}{SUFFIX}"
    return write(c, path)


def digest_to_file(db: Database, actor: Actor, path: Path) -> Checkpoint:
    """``pswdesk audit digest -o FILE`` (administrators): a checkpoint written to ``path``."""
    with db.read() as s:
        load_user(s, actor, ADMIN)
    secret = audit_chain.agency_secret(db)
    if secret is None:
        raise NoAgencySecret(
            words(
                "this computer does not hold the agency key, so it cannot sign a checkpoint: "
                "set PSWDESK_DB_KEY to the recovery key"
            )
        )
    folder = backup_folders(db)
    previous = _newest_digest(folder[0], secret) if folder else None
    with db.write() as s:
        audit.record(s, actor, "audit.digest", path=str(path))
    with db.read() as s:
        c = make(s, secret, _database_id(db), previous)
    write(c, path)
    return c


def _database_id(db: Database) -> str | None:
    return str(db.encryption.database_id) if db.encryption is not None else None


def _newest_digest(folder: Path, secret: AgencySecret) -> str | None:
    newest = _newest(folder, secret)
    return newest.digest() if newest is not None else None


def _newest(folder: Path, secret: AgencySecret) -> Checkpoint | None:
    """The newest checkpoint in ``folder`` signed with this agency's key."""
    expected = fingerprint_of(secret)
    for path in sorted(own_checkpoints(folder), reverse=True):
        try:
            c = read(path)
        except CheckpointUnreadable:
            continue
        if c.public_key == expected:
            return c
    return None


def write_if_changed(db: Database, *, older_than: dt.timedelta | None = None) -> Path | None:
    """A checkpoint into the backup folder when the log has grown since the newest one there.

    The app's close calls it plainly, its hourly timer with ``older_than`` one day (so
    a PC left running still writes one a day). Nothing is written when the newest
    checkpoint already covers the log's end: logging out and in again adds entries,
    so a checkpoint follows each working session. None when nothing was written or
    this computer has no agency secret; a folder that cannot be written is a
    ``DatabaseError`` for the caller to log.
    """
    secret = audit_chain.agency_secret(db)
    if secret is None:
        return None
    folder = backup_folders(db)[0]
    newest = _newest(folder, secret)
    with db.read() as s:
        now = audit_chain.head(s)
    if newest is not None:
        if (newest.entries, newest.head) == (now.entries, now.head):
            return None
        if older_than is not None and utcnow() - newest.made_at < older_than:
            return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            words(
                "the checkpoint folder {folder} cannot be made: {strerror}",
                folder=folder,
                strerror=exc.strerror,
            )
        ) from exc
    return checkpoint_into_folder(db, folder)


# -- reading and checking ---------------------------------------------------------------------


class CheckpointUnreadable(PswdeskError):
    """Not a pswdesk checkpoint file, or not one this version reads."""


def own_checkpoints(folder: Path) -> list[Path]:
    try:
        return [
            p
            for p in folder.iterdir()
            if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX) and p.is_file()
        ]
    except OSError:
        return []


def read(path: Path) -> Checkpoint:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CheckpointUnreadable(
            words("checkpoint {path} cannot be read ({exc})", path=path, exc=exc)
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckpointUnreadable(words("{path} is not a pswdesk checkpoint", path=path))
    if data.get("version") != VERSION:
        raise CheckpointUnreadable(
            words(
                "checkpoint {path} has version {version!r}", path=path, version=data.get("version")
            )
        )
    try:
        return Checkpoint(
            agency_uid=str(data["agency_uid"]),
            database_id=data["database_id"],
            entries=int(data["entries"]),
            last_entry_id=data["last_entry_id"],
            head=str(data["head"]),
            made_at=dt.datetime.fromisoformat(data["made_at"]),
            previous=data["previous"],
            public_key=str(data["public_key"]),
            signature=str(data["signature"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CheckpointUnreadable(
            words("checkpoint {path} is incomplete ({exc})", path=path, exc=exc)
        ) from None


def signature_ok(c: Checkpoint, key: Ed25519PublicKey) -> bool:
    try:
        key.verify(base64.b64decode(c.signature, validate=True), _signed_bytes(c.body()))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def check(
    session: Session,
    secret: AgencySecret | None,
    paths: Iterable[Path],
    *,
    named: Iterable[Path] = (),
) -> tuple[int, list[str]]:
    """(checkpoints checked, problems): each one's signature, and the log against it.

    ``paths`` are found in the backup folders: one of another agency there is
    passed over. ``named`` were given by the user: one of another agency is a finding.
    """
    uid = session.scalar(select(AgencySettings.agency_uid).limit(1)) or ""
    expected = public_key(secret) if secret is not None else None
    problems: list[str] = []
    checked = 0
    restores = _restores(session)
    given = [(p, True) for p in named] + [(p, False) for p in paths]
    seen: set[Path] = set()
    for path, by_name in given:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        try:
            c = read(path)
        except CheckpointUnreadable as exc:
            if by_name:
                problems.append(message_of(exc))
            continue
        if c.agency_uid != uid:
            if by_name:
                problems.append(words("checkpoint {path} is of another agency", path=path.name))
            continue
        checked += 1
        if expected is None:
            problems.append(
                words(
                    "checkpoint {path}: not checked, this computer does not hold the agency key",
                    path=path.name,
                )
            )
            continue
        if c.public_key != fingerprint(expected) or not signature_ok(c, expected):
            problems.append(
                words(
                    "checkpoint {path} is not signed by this agency's key: forged or altered",
                    path=path.name,
                )
            )
            continue
        if _superseded(c, restores):
            continue  # a restore put an older log in place after this checkpoint was made
        problems += against_log(session, c, path.name)
    return checked, problems


def _restores(session: Session) -> list[tuple[int, dt.datetime]]:
    """(id, time) of each "database.restored" entry (the chain and MACs vouch for them)."""
    q = select(AuditEntry.id, AuditEntry.at).where(AuditEntry.action == "database.restored")
    return [(i, at) for i, at in session.execute(q)]


def _superseded(c: Checkpoint, restores: list[tuple[int, dt.datetime]]) -> bool:
    """Made before a restore, of a log longer than the one the restore put back."""
    last = c.last_entry_id or 0
    return any(entry_id <= last and c.made_at < at for entry_id, at in restores)


def against_log(session: Session, c: Checkpoint, name: str) -> list[str]:
    """The log must still hold the checkpoint's entries, ending in the same head."""
    when = f"{c.made_at.astimezone():%Y-%m-%d %H:%M}"
    if c.last_entry_id is None:
        return []
    found = audit_chain.entry_link(session, c.last_entry_id)
    if found is None:
        now = audit_chain.head(session)
        return [
            f"the audit log was cut short: it ends at entry {now.last_id or 'none'} "
            f"({now.entries} entries), but checkpoint {name} of {when} counted "
            f"{c.entries} entries up to entry {c.last_entry_id}"
        ]
    upto, head = found
    problems: list[str] = []
    if upto != c.entries:
        problems.append(
            words(
                "the audit log holds {upto} entries up to entry {last_entry_id}, but checkpoint "
                "{name} of {when} counted {entries}: entries were removed or inserted",
                upto=upto,
                last_entry_id=c.last_entry_id,
                name=name,
                when=when,
                entries=c.entries,
            )
        )
    if head != c.head:
        problems.append(
            words(
                "audit entry {last_entry_id} differs from checkpoint {name} of {when}: the log was "
                "rewritten up to it",
                last_entry_id=c.last_entry_id,
                name=name,
                when=when,
            )
        )
    return problems


def backup_folders(db: Database) -> list[Path]:
    """Where this database's checkpoints are: its backup folder, and this PC's remembered one."""
    from pswdesk.services import backups

    with db.read() as s:
        chosen = s.scalar(select(AgencySettings.backup_folder).limit(1)) or ""
    folders = [Path(chosen) if chosen else backups.default_folder()]
    path = sqlite_path(db.url)
    if path is not None:
        remembered = backups.remembered_folder(path)
        if remembered not in folders:
            folders.append(remembered)
    return folders
