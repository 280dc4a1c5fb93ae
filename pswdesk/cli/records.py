"""`pswdesk export DIR` and `pswdesk import records FILE.json`: the agency's records out and in.

The format is ``services.exchange``'s (docs/export-format.md). Both are audited there.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk.cli.common import as_user, say
from pswdesk.services import exchange

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers


def cmd_export(args: argparse.Namespace) -> int:
    with as_user(args) as (db, actor):
        summary = exchange.export_records(
            db, actor, Path(args.folder), include_sensitive=args.include_sensitive
        )
    total = sum(summary.counts.values())
    say(
        f"Exported {total} records ({summary.scope}) to {summary.json_file} and "
        f"{len(summary.files) - 1} more files; they hold personal health information"
    )
    if summary.sensitive_left_out:
        say(
            f"{summary.sensitive_left_out} safety-sensitive clients' contact details were "
            "left out (--include-sensitive puts them in)"
        )
    return 0


def cmd_import_records(args: argparse.Namespace) -> int:
    with as_user(args) as (db, actor):
        summary = exchange.import_records(db, actor, Path(args.file))
    total = sum(summary.counts.values())
    say(f"Imported {total} records of {summary.agency} from {args.file}")
    if summary.accounts_to_reset:
        names = ", ".join(summary.accounts_to_reset)
        say(f"These accounts have no password until you reset them: {names}")
    return 0


def register(sub: Subparsers, import_actions: Subparsers) -> None:
    exp = sub.add_parser(
        "export", help="write every record you may see as JSON and CSV files (audited)"
    )
    exp.add_argument("folder", metavar="DIR", type=Path)
    exp.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include safety-sensitive clients' contact details (recorded)",
    )
    exp.add_argument("--user", required=True, metavar="NAME", help="the acting user")
    exp.set_defaults(handler=cmd_export)

    rec = import_actions.add_parser(
        "records", help="load a whole-agency export into this empty agency (administrators)"
    )
    rec.add_argument("file", metavar="FILE.json", type=Path)
    rec.add_argument("--user", required=True, metavar="ADMIN", help="the acting administrator")
    rec.set_defaults(handler=cmd_import_records)
