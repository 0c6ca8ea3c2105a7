"""Parsed YAML that remembers where it came from: mappings and lists carry the line they start on."""

from __future__ import annotations

from typing import Any


class LineDict(dict[str, Any]):
    line: int = 0


class LineList(list[Any]):
    line: int = 0
