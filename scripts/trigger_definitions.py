"""Print pswdesk/services/trigger_definitions.py from freshly migrated databases.

Run after a migration adds or changes a trigger, with PSWDESK_TEST_PG set as for
the tests (a PostgreSQL role that may create databases); it makes a throwaway
SQLite file and PostgreSQL database:

    python scripts/trigger_definitions.py > pswdesk/services/trigger_definitions.py
"""

from __future__ import annotations

import os
import tempfile
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("PSWDESK_DB_KEY", "5e" * 32)

from pswdesk.db import Database, resolve_url
from pswdesk.services.tamper_checks import live_definitions

HEADER = '''"""Fingerprints of every trigger and pswdesk function a freshly migrated database has.

Made by ``scripts/trigger_definitions.py`` from databases at the newest migration
(``tamper_checks.live_definitions``); ``tests/test_tamper.py`` fails when a migration
changes a trigger and this file was not made again.
"""
'''


def definitions(url: str) -> dict[str, str]:
    db = Database(url)
    try:
        with db.read() as s:
            return live_definitions(s)
    finally:
        db.dispose()


def block(name: str, found: dict[str, str]) -> str:
    lines = [f"{name}: dict[str, str] = {{"]
    lines += [f'    "{k}": "{v}",' for k, v in sorted(found.items())]
    return "\n".join([*lines, "}"])


def main() -> None:
    sqlite = definitions(f"sqlite:///{tempfile.mkdtemp()}/triggers.db")
    base = make_url(resolve_url(os.environ["PSWDESK_TEST_PG"]))
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"pswdesk_triggers_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        pg = definitions(base.set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    print(HEADER)
    print(block("SQLITE", sqlite))
    print()
    print(block("POSTGRESQL", pg))


if __name__ == "__main__":
    main()
