"""A cache of parsed YAML files, so the shipped data is not parsed again on every start.

Parsing the knowledge base and the questionnaire with PyYAML takes ~170 ms of CPU on every start of the
wizard and every `dpia` command; reading the same data back from JSON takes ~10 ms. An entry is named by
the SHA-256 of the file's exact bytes (and of the parser's limits and this format), so an edited file is
simply a new entry: nothing is ever invalidated, and a stale entry can never be returned.

What is cached is the parser's output, not validated models: every load still goes through the same
pydantic validation and cross-checks, with the same file:line messages (mappings and lists keep their
line numbers). Only PyYAML's own work is skipped.

The folder is the user's cache folder (platformdirs), or DPIA_CACHE_DIR when set; DPIA_CACHE_DIR set to an
empty value turns the cache off. The cache is best effort: an entry that cannot be read, does not match, or
is not well formed is ignored (the file is parsed again), and a folder that cannot be written is no error.
Like the user's settings, the folder is trusted as far as the user's own account is: it holds data, never
code (JSON, decoded into dicts, lists and scalars only).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from app.core.errors import DpiaError
from app.core.linedata import LineDict, LineList
from app.core.safeio import MAX_YAML_DEPTH, MAX_YAML_NODES, MiB, read_regular_file, write_file

CACHE_ENV = "DPIA_CACHE_DIR"
FORMAT = 1  # of the entries below; a new format is a new folder name, so old entries are never read
MAX_ENTRY_BYTES = 16 * MiB  # an entry larger than this is neither written nor read
MISS = object()  # lookup() found nothing usable

# An entry is JSON: {"format": 1, "source": <sha256>, "data": <tree>}. In the tree a mapping is
# ["M", line, key, value, key, value, ...], a list is ["L", line, item, ...], a date ["D", iso] and a
# timestamp ["T", iso]; any other JSON value is a scalar as it is (strings, numbers, booleans, null).
MAPPING, SEQUENCE, DATE, TIMESTAMP = "M", "L", "D", "T"


class _NotCacheable(Exception):
    """A value the entry format does not hold (a YAML set or binary), or an entry that would be too large."""


def cache_dir() -> Path | None:
    """Where entries are kept, or None when DPIA_CACHE_DIR is set to an empty value."""
    override = os.environ.get(CACHE_ENV)
    if override is not None:
        return Path(override) if override else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dpia-wizard"))


def source_key(raw: bytes) -> str:
    """The name of the entry for a file's bytes, parsed under the current limits and entry format."""
    digest = hashlib.sha256(f"dpia-yaml/{FORMAT}/{MAX_YAML_NODES}/{MAX_YAML_DEPTH}\0".encode())
    digest.update(raw)
    return digest.hexdigest()


def entry_path(raw: bytes) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"yaml-{FORMAT}" / f"{source_key(raw)}.json"


def lookup(raw: bytes) -> Any:
    """The parsed data of a file with exactly these bytes, or MISS."""
    path = entry_path(raw)
    if path is None:
        return MISS
    try:
        entry = json.loads(read_regular_file(path, MAX_ENTRY_BYTES, "cache entry"))
        if entry["format"] != FORMAT or entry["source"] != source_key(raw):
            return MISS
        return decode(entry["data"])
    except (DpiaError, ValueError, TypeError, KeyError, IndexError, RecursionError, MemoryError):
        return MISS


def store(raw: bytes, data: Any) -> None:
    """Keep the parsed data of these bytes for next time; any problem just leaves no entry."""
    path = entry_path(raw)
    if path is None:
        return
    try:
        text = json.dumps(
            {"format": FORMAT, "source": source_key(raw), "data": encode(data, [MAX_ENTRY_BYTES])},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_file(path, text.encode("utf-8"), overwrite=True, mode=0o600, what="cache entry")
    except (_NotCacheable, DpiaError, OSError, ValueError, RecursionError, MemoryError):
        return


def encode(value: Any, budget: list[int]) -> Any:
    """The entry tree of parsed YAML. `budget` counts down the characters of the strings written, so an
    alias that repeats a long string many times cannot make a huge entry (nor a huge string in memory)."""
    if isinstance(value, dict):
        items: list[Any] = [MAPPING, getattr(value, "line", 0)]
        for key, item in value.items():
            items += (encode(key, budget), encode(item, budget))
        return items
    if isinstance(value, list):
        return [SEQUENCE, getattr(value, "line", 0), *(encode(item, budget) for item in value)]
    if isinstance(value, dt.datetime):
        return [TIMESTAMP, value.isoformat()]
    if isinstance(value, dt.date):
        return [DATE, value.isoformat()]
    if isinstance(value, str):
        budget[0] -= len(value)
        if budget[0] < 0:
            raise _NotCacheable("entry too large")
        return value
    if value is None or isinstance(value, bool | int | float):
        return value
    raise _NotCacheable(type(value).__name__)


def decode(tree: Any) -> Any:
    """Parsed YAML from an entry tree, as the parser makes it: LineDict and LineList with their lines."""
    if tree.__class__ is not list:
        if tree is None or isinstance(tree, str | bool | int | float):
            return tree
        raise ValueError("not an entry tree")
    tag = tree[0]
    if tag == MAPPING:
        return _mapping(tree)
    if tag == SEQUENCE:
        items = LineList([decode(item) for item in tree[2:]])
        items.line = _line(tree[1])
        return items
    if tag == DATE:
        return dt.date.fromisoformat(tree[1])
    if tag == TIMESTAMP:
        return dt.datetime.fromisoformat(tree[1])
    raise ValueError("not an entry tree")


def _mapping(tree: list[Any]) -> LineDict:
    if len(tree) % 2:
        raise ValueError("a mapping entry needs pairs")
    mapping = LineDict()
    mapping.line = _line(tree[1])
    for index in range(2, len(tree), 2):
        mapping[decode(tree[index])] = decode(tree[index + 1])
    return mapping


def _line(value: Any) -> int:
    if value.__class__ is not int:
        raise ValueError("a line number must be a whole number")
    return int(value)
