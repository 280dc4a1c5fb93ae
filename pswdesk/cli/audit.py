"""`pswdesk audit digest -o FILE`: a signed checkpoint of the audit log, kept where you choose."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk.cli.common import acting, open_db, say
from pswdesk.services import checkpoints

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers


def cmd_digest(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        c = checkpoints.digest_to_file(db, acting(db, args.user), Path(args.output))
    finally:
        db.dispose()
    say(
        f"Wrote a checkpoint of {c.entries} audit entries (up to entry {c.last_entry_id}) "
        f"to {args.output}."
    )
    say(f"Signed by the agency key {checkpoints.grouped(c.public_key)}.")
    say("Keep it away from the database; 'pswdesk verify --digest FILE' checks the log against it.")
    return 0


def register(sub: Subparsers) -> None:
    audit = sub.add_parser("audit", help="the audit log's signed checkpoints")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    digest = audit_sub.add_parser("digest", help="write a signed checkpoint (administrators)")
    digest.add_argument("-o", "--output", required=True, metavar="FILE")
    digest.add_argument("--user", required=True, metavar="ADMIN", help="the acting administrator")
    digest.set_defaults(handler=cmd_digest)
