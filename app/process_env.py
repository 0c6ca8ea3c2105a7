"""Imported first by the two entry points (app/cli.py, app/ui/main.py), before any pydantic model is built.

pydantic looks for plugins in every installed distribution's entry points when it builds its first model
(pydantic/plugin/_loader.py reads PYDANTIC_DISABLE_PLUGINS at each build and scans once); the application
uses none, so the scan is start-up time spent for nothing. A value the user has set is kept.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
