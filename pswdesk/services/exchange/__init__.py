"""The agency's records in and out: a documented export, and an import into a new agency.

- ``schema``: the format's name and version, the record kinds and their order,
  what is never exported (docs/export-format.md says the same for people);
- ``exporting``: ``export_records``, what the acting user may see (an administrator:
  the whole agency), written by ``files`` as one JSON file, a CSV per kind and a README,
  rows chosen for a supervisor or worker by ``scope``;
- ``reading`` and ``importing``: ``import_records``, a whole-agency export checked and
  loaded into an empty agency with every id kept, so signed notes still verify;
- ``values``: one column's value in the files and back.

Callers (the command line, the GUI) use the names below.
"""

from pswdesk.services.exchange.exporting import ExportSummary, export_records
from pswdesk.services.exchange.importing import ImportSummary, import_records
from pswdesk.services.exchange.schema import (
    EXPORT_FILE,
    FORMAT,
    KINDS,
    NO_PASSWORD,
    README_FILE,
    SCHEMA_VERSION,
    Kind,
)

__all__ = [
    "EXPORT_FILE",
    "FORMAT",
    "KINDS",
    "NO_PASSWORD",
    "README_FILE",
    "SCHEMA_VERSION",
    "ExportSummary",
    "ImportSummary",
    "Kind",
    "export_records",
    "import_records",
]
