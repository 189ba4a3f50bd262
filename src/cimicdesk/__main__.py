"""Run CIMIC Desk with `python -m cimicdesk`."""

from cimicdesk.cli import main

raise SystemExit(main())
