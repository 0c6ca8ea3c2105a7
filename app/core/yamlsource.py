"""YAML loading that remembers line numbers, so data errors can name file, item and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from app.core.errors import FormsError


class LineDict(dict[str, Any]):
    line: int = 0


class LineList(list[Any]):
    line: int = 0


# libyaml parses several times faster; the constructors (and so the line numbers) stay ours.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        keys = [self.construct_object(key_node, deep=True) for key_node, _ in node.value]
        duplicates = {k for k in keys if isinstance(k, str) and keys.count(k) > 1}
        if duplicates:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {sorted(duplicates)[0]!r}", node.start_mark
            )
        result = LineDict(super().construct_mapping(node, deep=True))
        result.line = node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        result = LineList(super().construct_sequence(node, deep=True))
        result.line = node.start_mark.line + 1
        return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors become FormsError with file:line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormsError(f"{path}: cannot read ({exc})") from exc
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise FormsError(f"{path}:{line}: invalid YAML ({exc.problem or exc.context})") from exc
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        raise FormsError(f"{path}: invalid YAML ({exc})") from exc


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
