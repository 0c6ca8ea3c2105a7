"""Frozen entry point of the `dpia-wizard` desktop executable."""

import sys

from app.ui.main import main

if __name__ == "__main__":
    sys.exit(main())
