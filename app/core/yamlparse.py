"""Parsing one YAML file with libyaml: line numbers on every mapping and list, duplicate keys refused,
and what aliases expand to bounded before any Python object is built (app.core.safeio's limits).

Only app/core/yamlsource.py calls this, when its cache (app/core/yamlcache.py) has no copy of the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from app.core.errors import FormsError
from app.core.linedata import LineDict, LineList
from app.core.safeio import MAX_YAML_DEPTH, MAX_YAML_NODES


def parse_yaml(raw: bytes, path: Path) -> Any:
    """The data of one YAML file's bytes; every problem is a FormsError with file:line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormsError(f"{path}: cannot read (not UTF-8 text: invalid byte at offset {exc.start})") from exc
    try:
        return _load_bounded(text, path)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise FormsError(f"{path}:{line}: invalid YAML ({exc.problem or exc.context})") from exc
    except RecursionError as exc:
        raise FormsError(f"{path}: invalid YAML (nested too deeply)") from exc
    except (yaml.YAMLError, ValueError, TypeError, MemoryError) as exc:
        raise FormsError(f"{path}: invalid YAML ({' '.join(str(exc).split())})") from exc


# libyaml parses several times faster; the constructors (and so the line numbers) stay ours.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        keys = [self.construct_object(key_node, deep=True) for key_node, _ in node.value]
        duplicate = _first_duplicate(keys)
        if duplicate is not None:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {duplicate!r}", node.start_mark
            )
        result = LineDict(super().construct_mapping(node, deep=True))
        result.line = node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        result = LineList(super().construct_sequence(node, deep=True))
        result.line = node.start_mark.line + 1
        return result


def _first_duplicate(keys: list[Any]) -> str | None:
    """The first string key seen twice (linear: a set, not list.count)."""
    seen: set[str] = set()
    for key in keys:
        if isinstance(key, str):
            if key in seen:
                return key
            seen.add(key)
    return None


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)


def _load_bounded(text: str, path: Path) -> Any:
    """Compose the node graph, bound what its aliases expand to, and only then build Python objects."""
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        check_expansion(node, path)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


_Measure = dict[yaml.Node, int]  # per collection node: its expanded size, or depth


def check_expansion(root: yaml.Node, path: Path) -> None:
    """Refuse a node graph whose aliases expand beyond MAX_YAML_NODES nodes or MAX_YAML_DEPTH levels,
    or refer to themselves. Each node is visited once (memoised), so an alias bomb costs its own size.
    Scalars (most nodes) count 1 node and 1 level where they stand; only collections are tracked."""
    # Nodes hash by identity (yaml.Node defines no __eq__) and all stay alive under `root` meanwhile.
    size: _Measure = {}
    depth: _Measure = {}
    ancestors: set[yaml.Node] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            continue
        if finished:
            ancestors.discard(node)
            size[node], depth[node] = _expanded(_children(node), size, depth)
            _check_node_budget(node, size[node], depth[node], path)
        elif node not in size:
            if node in ancestors:
                raise FormsError(f"{path}:{node.start_mark.line + 1}: a YAML alias refers to itself")
            ancestors.add(node)
            stack.append((node, True))
            stack.extend((kid, False) for kid in _children(node) if kid not in size)


def _expanded(kids: list[yaml.Node], size: _Measure, depth: _Measure) -> tuple[int, int]:
    """The expanded size and depth of a collection whose collection children are measured."""
    total, deepest = 1, 0
    for kid in kids:
        if isinstance(kid, yaml.ScalarNode):
            total += 1
            deepest = deepest or 1
        else:
            total += size[kid]
            deepest = max(deepest, depth[kid])
    return total, deepest + 1


def _check_node_budget(node: yaml.Node, size: int, depth: int, path: Path) -> None:
    line = node.start_mark.line + 1
    if size > MAX_YAML_NODES:
        raise FormsError(
            f"{path}:{line}: more than the limit of {MAX_YAML_NODES:,} YAML nodes "
            "(counting what aliases expand to)"
        )
    if depth > MAX_YAML_DEPTH:
        raise FormsError(f"{path}:{line}: nested deeper than the limit of {MAX_YAML_DEPTH} levels")
