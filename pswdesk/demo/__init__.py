"""The demo agency: realistic, deterministic data for trying pswdesk and for benchmarks.

Not a use case, so it lives apart from ``services`` (docs/ARCHITECTURE.md,
Layers): ``agency`` makes the staff and fills a database (``pswdesk demo``,
``pswdesk seed-demo``, the app's first-run wizard), ``notes`` tells each client's
story, ``workflow`` stores each note with its review and signature, ``tables``
collects the rows and ``bulk_load`` writes them in batches on a thread of its own,
and ``text`` holds the phrase banks. No Qt here.
"""

from pswdesk.demo.agency import (
    DEMO_AGENCY,
    ENV_PASSWORD,
    MAX_CLIENTS,
    MAX_NOTES_PER_CLIENT,
    DemoAccount,
    DemoInfo,
    SeedReport,
    StaffAccount,
    create_demo_database,
    demo_database_path,
    demo_password,
    generate_password,
    seed_demo,
    team_sizes,
)

__all__ = [
    "DEMO_AGENCY",
    "ENV_PASSWORD",
    "MAX_CLIENTS",
    "MAX_NOTES_PER_CLIENT",
    "DemoAccount",
    "DemoInfo",
    "SeedReport",
    "StaffAccount",
    "create_demo_database",
    "demo_database_path",
    "demo_password",
    "generate_password",
    "seed_demo",
    "team_sizes",
]
