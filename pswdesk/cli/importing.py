"""`pswdesk import clients FILE.csv`: clients from a spreadsheet, all or nothing.

The header and the rules are ``services.clients_csv``'s; ``--dry-run`` runs
every check and writes nothing. Bad lines (each named with its number) refuse
the import with exit code 1, likely duplicates with exit code 3 unless
``--allow-duplicates``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pswdesk.cli.common import DuplicateRefused, acting, open_db, say
from pswdesk.errors import ImportProblem, ImportProblems
from pswdesk.services import clients_csv

if TYPE_CHECKING:
    from pswdesk.cli.common import Subparsers

CLIENTS_EPILOG = f"""\
The first line names the columns, in any order; only preferred_name is needed:
  {",".join(clients_csv.COLUMNS)}
date_of_birth is YYYY-MM-DD; worker is the user name of the worker who carries
the client (empty: yourself). Save the file as UTF-8 ("CSV UTF-8" in a
spreadsheet); a byte-order mark is fine. Any bad line, or a likely duplicate
without --allow-duplicates, imports nothing.
"""


def cmd_import_clients(args: argparse.Namespace) -> int:
    content = Path(args.file).read_bytes()
    db = open_db(args)
    try:
        actor = acting(db, args.user)
        preview = clients_csv.preview_clients_csv(db, actor, content)
        if preview.problems:
            raise ImportProblems(preview.problems, str(args.file))
        for d in preview.duplicates:
            say(f"line {d.line}: {d.message}")
        if preview.duplicates and not args.allow_duplicates:
            raise DuplicateRefused(
                str(
                    ImportProblems(
                        [ImportProblem(d.line, d.message) for d in preview.duplicates],
                        f"{args.file}: likely duplicates",
                    )
                )
                + "; if they are different people, run again with --allow-duplicates"
            )
        n = len(preview.rows)
        if args.dry_run:
            say(f"{args.file}: {n} client{'s' if n != 1 else ''} would be imported (dry run)")
            return 0
        result = clients_csv.import_clients_csv(
            db, actor, content, allow_duplicates=args.allow_duplicates
        )
    finally:
        db.dispose()
    ids = result.client_ids
    span = f"{ids[0]}" if len(ids) == 1 else f"{ids[0]}-{ids[-1]}"
    say(f"Imported {len(ids)} client{'s' if len(ids) != 1 else ''} from {args.file} (ids {span})")
    return 0


def register(
    sub: Subparsers,
) -> Subparsers:
    """``import`` and its ``clients`` action; returns the actions for others (``records``)."""
    imp = sub.add_parser("import", help="bring records in from files")
    actions = imp.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    clients = actions.add_parser(
        "clients",
        help="register clients from a CSV file (all or nothing)",
        epilog=CLIENTS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    clients.add_argument("file", metavar="FILE.csv", type=Path)
    clients.add_argument("--dry-run", action="store_true", help="check everything, import nothing")
    clients.add_argument(
        "--allow-duplicates", action="store_true",
        help="import even lines that may be clients already registered (recorded)",
    )  # fmt: skip
    clients.add_argument("--user", required=True, metavar="NAME", help="the acting user")
    clients.set_defaults(handler=cmd_import_clients)
    return actions
