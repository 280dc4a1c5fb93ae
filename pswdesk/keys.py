"""The agency secret: its recovery-key form, the keys derived from it, and where it is kept.

One random 256-bit secret per agency database opens everything: the SQLCipher
key, the audit chain's key and the checkpoint signing key are all derived from
it with HKDF (docs/ARCHITECTURE.md, Security), so the one recovery key an
administrator keeps restores all of them. The secret is kept in the operating
system's keyring under the database's own id; ``PSWDESK_DB_KEY`` serves
automation; it is never written to a file of ours.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import secrets
import uuid
from dataclasses import dataclass
from enum import StrEnum

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pswdesk.errors import PswdeskError
from pswdesk.wording import words

ENV_KEY = "PSWDESK_DB_KEY"
KEYRING_SERVICE = "pswdesk"
SECRET_BYTES = 32
_CHECK_BYTES = 3  # 32 + 3 bytes are exactly 56 base32 characters: 14 groups of 4
_GROUP = 4
# What people type for the characters base32 lacks (0, 1, 8) is taken as the
# letter it looks like, so a recovery key copied by hand still reads.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class InvalidRecoveryKey(PswdeskError):
    """Text that is neither a recovery key nor 64 hexadecimal digits, or has a typing mistake."""


class KeyringUnavailable(PswdeskError):
    """No keyring on this computer, or it is locked or refused: said in one sentence."""


class KeySource(StrEnum):
    """Where the secret that opened a database came from (shown in About and verify)."""

    KEYRING = "keyring"
    ENVIRONMENT = "environment"
    TYPED = "typed"
    NEW = "new"
    DEMO = "demo"


class Purpose(StrEnum):
    """What a derived key is for; the HKDF ``info`` of each, so no two keys are alike."""

    DATABASE = "pswdesk database key v1"
    AUDIT = "pswdesk audit chain key v1"
    CHECKPOINT = "pswdesk checkpoint signing key v1"


@dataclass(frozen=True, slots=True)
class AgencySecret:
    """The 32 secret bytes. ``repr`` hides them so a log line or traceback cannot show them."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != SECRET_BYTES:
            raise InvalidRecoveryKey(words("an agency secret is 32 bytes"))

    def __repr__(self) -> str:
        return "AgencySecret(…)"

    @classmethod
    def generate(cls) -> AgencySecret:
        return cls(secrets.token_bytes(SECRET_BYTES))

    @classmethod
    def parse(cls, text: str) -> AgencySecret:
        """A recovery key as printed (any case, spaces or dashes), or 64 hexadecimal digits."""
        compact = "".join(ch for ch in text if ch.isalnum())
        if len(compact) == 2 * SECRET_BYTES and all(c in "0123456789abcdefABCDEF" for c in compact):
            return cls(bytes.fromhex(compact))
        letters = compact.upper().translate(_LOOKALIKES)
        expected = (SECRET_BYTES + _CHECK_BYTES) * 8 // 5
        if len(letters) != expected:
            raise InvalidRecoveryKey(
                words(
                    "a recovery key has {expected} letters and digits in groups of {group}; this "
                    "has {count}",
                    expected=expected,
                    group=_GROUP,
                    count=len(letters),
                )
            )
        try:
            data = base64.b32decode(letters)
        except (binascii.Error, ValueError):
            raise InvalidRecoveryKey(
                words("this is not a recovery key: check each character")
            ) from None
        raw, check = data[:SECRET_BYTES], data[SECRET_BYTES:]
        if _checksum(raw) != check:
            raise InvalidRecoveryKey(
                words("this recovery key has a typing mistake: check each group")
            )
        return cls(raw)

    def recovery_key(self) -> str:
        """The form a person copies and types: 14 groups of 4, with a built-in check."""
        letters = base64.b32encode(self.raw + _checksum(self.raw)).decode("ascii")
        return "-".join(letters[i : i + _GROUP] for i in range(0, len(letters), _GROUP))

    def hex(self) -> str:
        return self.raw.hex()

    def derive(self, purpose: Purpose) -> bytes:
        """32 bytes for ``purpose``; knowing one derived key tells nothing of another."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.value.encode())
        return hkdf.derive(self.raw)

    def database_key(self) -> bytes:
        return self.derive(Purpose.DATABASE)


def checkpoint_fingerprint(secret: AgencySecret) -> str:
    """SHA-256 of the raw Ed25519 public key that signs this agency's audit checkpoints.

    Printed on the recovery sheet, so a checkpoint can be checked without the secret
    (``services/checkpoints.py``).
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    private = Ed25519PrivateKey.from_private_bytes(secret.derive(Purpose.CHECKPOINT))
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(b"pswdesk recovery key" + raw).digest()[:_CHECK_BYTES]


def demo_secret() -> AgencySecret:
    """The published secret of demo databases: they hold fictional people only.

    A demo must open on any computer, keyring or not, without a recovery key to
    keep; real agencies never get this secret (``Database`` makes a random one).
    """
    return AgencySecret(hashlib.sha256(b"pswdesk demo agency: fictional data only").digest())


def secret_from_environment() -> AgencySecret | None:
    """``PSWDESK_DB_KEY``, when set: a recovery key or the secret as 64 hex digits."""
    text = os.environ.get(ENV_KEY, "").strip()
    if not text:
        return None
    try:
        return AgencySecret.parse(text)
    except InvalidRecoveryKey as exc:
        raise InvalidRecoveryKey(
            words("{env_key} is set but is not a usable key: {exc}", env_key=ENV_KEY, exc=exc)
        ) from None


# -- the keyring --------------------------------------------------------------------------


def _database_entry(database_id: uuid.UUID) -> str:
    return f"database {database_id}"


def load_secret(database_id: uuid.UUID) -> AgencySecret | None:
    """The secret the keyring holds for this database, or None when it holds none.

    Raises ``KeyringUnavailable`` when there is no keyring or it refuses; a stored
    value that no longer parses counts as none (it cannot open anything).
    """
    text = _keyring_call(lambda kr: kr.get_password(KEYRING_SERVICE, _database_entry(database_id)))
    if not text:
        return None
    try:
        return AgencySecret.parse(text)
    except InvalidRecoveryKey:
        return None


def store_secret(database_id: uuid.UUID, secret: AgencySecret) -> None:
    """Keep the secret in the keyring under this database's id (``KeyringUnavailable`` if not)."""
    _keyring_call(
        lambda kr: kr.set_password(KEYRING_SERVICE, _database_entry(database_id), secret.hex())
    )


def forget_secret(database_id: uuid.UUID) -> None:
    def delete(kr):  # type: ignore[no-untyped-def]
        # Nothing stored is already forgotten.
        with contextlib.suppress(kr.errors.PasswordDeleteError):
            kr.delete_password(KEYRING_SERVICE, _database_entry(database_id))

    _keyring_call(delete)


def load_password(entry: str) -> str | None:
    """A server password kept in the keyring under ``entry`` (see ``db.server_entry``)."""
    result = _keyring_call(lambda kr: kr.get_password(KEYRING_SERVICE, entry))
    return str(result) if result else None


def store_password(entry: str, password: str) -> None:
    _keyring_call(lambda kr: kr.set_password(KEYRING_SERVICE, entry, password))


def keyring_problem() -> str | None:
    """None when a keyring is there to use; otherwise why not, in one sentence."""
    try:
        _keyring_call(lambda kr: kr.get_password(KEYRING_SERVICE, "availability check"))
    except KeyringUnavailable as exc:
        return str(exc)
    return None


def _keyring_call(call):  # type: ignore[no-untyped-def]
    """Run ``call(keyring)``; every way a keyring fails becomes one ``KeyringUnavailable``."""
    try:
        import keyring
        from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        raise KeyringUnavailable(words("the keyring library is not installed")) from None
    try:
        return call(keyring)
    except NoKeyringError:
        raise KeyringUnavailable(
            words("this computer has no keyring (password store) that pswdesk can use")
        ) from None
    except KeyringLocked:
        raise KeyringUnavailable(words("the keyring is locked: unlock it and try again")) from None
    except InitError:
        raise KeyringUnavailable(words("the keyring could not be started")) from None
    except KeyringError as exc:
        raise KeyringUnavailable(
            words("the keyring refused: {reason}", reason=exc or exc.__class__.__name__)
        ) from None
    except Exception as exc:  # D-Bus gone away, a backend's own errors
        raise KeyringUnavailable(
            words("the keyring did not answer ({kind})", kind=exc.__class__.__name__)
        ) from None
