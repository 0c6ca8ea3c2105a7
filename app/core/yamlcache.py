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

What the cache returns decides verdicts, so it is trusted only as far as the user's own account is: the
entries folder must be a real folder (not a link) owned by the user and writable by nobody else, and each
entry a regular file owned by the user; otherwise the cache is not used. Entries are data, never code
(JSON, decoded into dicts, lists and scalars only, within the parser's node limit). The key includes a
fingerprint of the parser (our loader and the installed PyYAML, with or without libyaml), so a new parser
never reads an old parser's output. Checks that must not depend on this machine's state (`dpia verify`,
`dpia forms check`) parse afresh: `with bypassed(): ...`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from app.core.errors import DpiaError
from app.core.linedata import LineDict, LineList
from app.core.safeio import MAX_YAML_DEPTH, MAX_YAML_NODES, MiB, read_regular_file, write_file

CACHE_ENV = "DPIA_CACHE_DIR"
FORMAT = 1  # of the entries below; a new format is a new folder name, so old entries are never read
MAX_ENTRY_BYTES = 4 * MiB  # an entry larger than this is neither written nor read (largest today: 0.2 MB)
MISS = object()  # lookup() found nothing usable
_IN_USE: ContextVar[bool] = ContextVar("dpia_yaml_cache_in_use", default=True)  # per thread

# An entry is JSON: {"format": 1, "source": <sha256>, "data": <tree>}. In the tree a mapping is
# ["M", line, key, value, key, value, ...], a list is ["L", line, item, ...], a date ["D", iso] and a
# timestamp ["T", iso]; any other JSON value is a scalar as it is (strings, numbers, booleans, null).
MAPPING, SEQUENCE, DATE, TIMESTAMP = "M", "L", "D", "T"


class _NotCacheable(Exception):
    """A value the entry format does not hold (a YAML set or binary), or an entry that would be too large."""


@contextlib.contextmanager
def bypassed() -> Iterator[None]:
    """Within this block (in this thread), every file is parsed afresh and nothing is stored."""
    token = _IN_USE.set(False)
    try:
        yield
    finally:
        _IN_USE.reset(token)


def cache_dir() -> Path | None:
    """Where entries are kept, or None when DPIA_CACHE_DIR is set to an empty value."""
    override = os.environ.get(CACHE_ENV)
    if override is not None:
        return Path(override) if override else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dpia-wizard"))


def source_key(raw: bytes) -> str:
    """The name of the entry for a file's bytes, parsed by this parser under the current limits."""
    digest = hashlib.sha256(f"dpia-yaml/{FORMAT}/{MAX_YAML_NODES}/{MAX_YAML_DEPTH}\0".encode())
    digest.update(parser_fingerprint())
    digest.update(raw)
    return digest.hexdigest()


@cache
def parser_fingerprint() -> bytes:
    """The parser's code: app/core/yamlparse.py, the installed PyYAML's own module and whether its
    libyaml binding is there. Found without importing PyYAML (a cache hit never imports it)."""
    digest = hashlib.sha256()
    for name in ("app.core.yamlparse", "yaml"):
        spec = find_spec(name)
        origin = spec.origin if spec is not None else None
        digest.update(f"{name}\0".encode())
        if origin and os.path.isfile(origin):
            digest.update(Path(origin).read_bytes())
            if name == "yaml":
                folder = Path(origin).parent
                digest.update(",".join(sorted(p.name for p in folder.glob("_yaml*"))).encode())
        else:  # a frozen build: its modules change only with the application itself
            from app import __version__

            digest.update(f"frozen {__version__}".encode())
    return digest.digest()


def entry_path(raw: bytes) -> Path | None:
    folder = cache_dir()
    if folder is None or not _IN_USE.get():
        return None
    return folder / f"yaml-{FORMAT}" / f"{source_key(raw)}.json"


def lookup(raw: bytes) -> Any:
    """The parsed data of a file with exactly these bytes, or MISS."""
    path = entry_path(raw)
    if path is None or not _trusted(path.parent, folder=True) or not _trusted(path, folder=False):
        return MISS
    try:
        entry = json.loads(read_regular_file(path, MAX_ENTRY_BYTES, "cache entry"))
        if entry["format"] != FORMAT or entry["source"] != source_key(raw):
            return MISS
        return decode(entry["data"], [MAX_YAML_NODES])
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
        if _trusted(path.parent, folder=True):
            write_file(path, text.encode("utf-8"), overwrite=True, mode=0o600, what="cache entry")
    except (_NotCacheable, DpiaError, OSError, ValueError, RecursionError, MemoryError):
        return


def _trusted(path: Path, *, folder: bool) -> bool:
    """A real folder or regular file (never a link), owned by this user and writable by no one else."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    kind_ok = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    if not kind_ok or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


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


def decode(tree: Any, budget: list[int] | None = None) -> Any:
    """Parsed YAML from an entry tree, as the parser makes it: LineDict and LineList with their lines.
    `budget` counts down nodes: an entry can hold no more than the parser would have let through."""
    budget = [MAX_YAML_NODES] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0:
        raise ValueError("more nodes than the parser allows")
    if tree.__class__ is not list:
        if tree is None or isinstance(tree, str | bool | int | float):
            return tree
        raise ValueError("not an entry tree")
    tag = tree[0]
    if tag == MAPPING:
        return _mapping(tree, budget)
    if tag == SEQUENCE:
        items = LineList([decode(item, budget) for item in tree[2:]])
        items.line = _line(tree[1])
        return items
    if tag == DATE:
        return dt.date.fromisoformat(tree[1])
    if tag == TIMESTAMP:
        return dt.datetime.fromisoformat(tree[1])
    raise ValueError("not an entry tree")


def _mapping(tree: list[Any], budget: list[int]) -> LineDict:
    if len(tree) % 2:
        raise ValueError("a mapping entry needs pairs")
    mapping = LineDict()
    mapping.line = _line(tree[1])
    for index in range(2, len(tree), 2):
        mapping[decode(tree[index], budget)] = decode(tree[index + 1], budget)
    return mapping


def _line(value: Any) -> int:
    if value.__class__ is not int:
        raise ValueError("a line number must be a whole number")
    return int(value)
