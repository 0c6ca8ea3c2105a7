"""Shared pytest set-up: Qt runs offscreen, and tests never touch the user's real settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
