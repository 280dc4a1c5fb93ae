"""`python -m pswdesk` runs the same command as `pswdesk`."""

from pswdesk.cli import main

raise SystemExit(main())
