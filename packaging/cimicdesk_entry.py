"""Entry point of the bundled program: the same main() as the `cimicdesk` command."""

import sys

from cimicdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
