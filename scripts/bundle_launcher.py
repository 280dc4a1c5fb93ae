"""The bundle's entry script (see pswdesk.spec): ``pswdesk`` from the installed package.

PyInstaller puts an entry script's own folder first on the import path while it
analyses; this one lives in ``scripts/`` (no ``pswdesk`` folder beside it), so the
``pswdesk`` that goes into the bundle is the one pip installed, as in the wheel.
"""

import sys

from pswdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
