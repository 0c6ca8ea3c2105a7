"""Frozen entry point of the `dpia` command-line executable."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
