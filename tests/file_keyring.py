"""A keyring backend for the command-line tests' subprocesses: one JSON file, tests only.

The subprocess is told to use it with ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring``
and where the file is with ``PSWDESK_TEST_KEYRING``; without that variable it
behaves as no keyring at all, like a bare Linux box.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

ENV_FILE = "PSWDESK_TEST_KEYRING"
BACKEND = f"{__name__}.FileKeyring"


class FileKeyring(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        where = os.environ.get(ENV_FILE)
        if not where:
            raise NoKeyringError("no test keyring file")
        return Path(where)

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._path().write_text(json.dumps(data))


def read(path: Path) -> dict[str, str]:
    """What a test keyring file holds, as {entry name: value} for service "pswdesk"."""
    data = json.loads(path.read_text()) if path.exists() else {}
    return {k.split("\n", 1)[1]: v for k, v in data.items() if k.startswith("pswdesk\n")}
