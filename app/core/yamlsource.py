"""YAML loading that remembers line numbers, so data errors can name file, item and line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import yamlcache
from app.core.errors import FormsError
from app.core.linedata import LineDict, LineList
from app.core.safeio import MAX_YAML_BYTES, read_regular_file

if TYPE_CHECKING:
    from pydantic import ValidationError

__all__ = ["LineDict", "LineList", "data_error", "load_yaml", "locate", "validation_message"]


def load_yaml(path: Path) -> Any:
    """The data of one YAML file, within the limits of app.core.safeio; errors become FormsError with
    file:line. A file whose exact bytes were parsed before comes from the cache (app.core.yamlcache)."""
    raw = read_regular_file(path, MAX_YAML_BYTES, "YAML file", FormsError)
    cached = yamlcache.lookup(raw)
    if cached is not yamlcache.MISS:
        return cached
    from app.core.yamlparse import parse_yaml  # only now: a cache hit never imports the YAML library

    data = parse_yaml(raw, path)
    yamlcache.store(raw, data)
    return data


def locate(raw: Any, loc: tuple[int | str, ...]) -> tuple[int, str]:
    """Walk `loc` through the raw YAML; return the deepest known line and the nearest item id."""
    line = getattr(raw, "line", 0)
    item = ""
    node = raw
    for part in loc:
        if isinstance(node, dict):
            item = str(node.get("id", item))
            node = node.get(part) if isinstance(part, str) else None
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            break
        line = getattr(node, "line", line)
        if isinstance(node, dict) and "id" in node:
            item = str(node["id"])
    return line, item


def validation_message(path: Path, raw: Any, exc: ValidationError) -> str:
    first = exc.errors()[0]
    line, item = locate(raw, tuple(first["loc"]))
    where = ".".join(str(p) for p in first["loc"])
    item_text = f" item {item!r}" if item else ""
    return f"{path}:{line}:{item_text} at '{where}': {first['msg']}"


def data_error(path: Path, node: Any, item: str, message: str) -> FormsError:
    """A cross-reference error (unknown id, duplicate id) located at a YAML node."""
    line = getattr(node, "line", 0)
    return FormsError(f"{path}:{line}: item {item!r}: {message}")
