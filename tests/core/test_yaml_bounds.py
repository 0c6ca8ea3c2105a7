"""YAML is read within bounds: alias expansion, nesting, file size, duplicate keys, regular files only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core import safeio
from app.core.errors import FormsError
from app.core.forms import load_section
from app.core.yamlsource import load_yaml
from tests.helpers.hostile import alias_bomb_section


@pytest.fixture(autouse=True)
def _parse_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the parser: no file comes from the parse cache (tests/core/test_yamlcache.py)."""
    monkeypatch.setenv("DPIA_CACHE_DIR", "")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "section.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_alias_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    path = _write(tmp_path, alias_bomb_section(levels=8))
    assert path.stat().st_size < 2000  # expands to 10**8 conditions
    with pytest.raises(FormsError, match="more than the limit of 200,000 YAML nodes") as info:
        load_section(path)
    assert str(info.value).startswith(f"{path}:") and "\n" not in str(info.value)


def test_aliases_within_the_limit_still_work(tmp_path: Path) -> None:
    section, _ = load_section(_write(tmp_path, alias_bomb_section(levels=2, fan_out=3)))
    assert [q.id for q in section.questions] == ["q0", "q1", "q2"]
    assert len(section.questions[2].show_if.all) == 3  # type: ignore[union-attr]


def test_an_alias_to_itself_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormsError, match=r"section.yaml:1: a YAML alias refers to itself"):
        load_yaml(_write(tmp_path, "&a [1, *a]\n"))


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    text = "x:\n" + "".join("  " * level + "- \n" for level in range(1, 70)) + "  " * 70 + "- 1\n"
    with pytest.raises(FormsError, match="nested deeper than the limit of 64 levels"):
        load_yaml(_write(tmp_path, text))
    with pytest.raises(FormsError, match="invalid YAML"):
        load_yaml(_write(tmp_path, "[" * 100_000 + "]" * 100_000))


def test_the_limits_count_every_scalar_as_one_node_and_one_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_yaml(_write(tmp_path, "[" * 63 + "1" + "]" * 63)) is not None  # 63 lists + 1 = 64 levels
    with pytest.raises(FormsError, match="nested deeper than the limit of 64 levels"):
        load_yaml(_write(tmp_path, "[" * 64 + "1" + "]" * 64))
    monkeypatch.setattr("app.core.yamlparse.MAX_YAML_NODES", 7)
    assert load_yaml(_write(tmp_path, "[&a [1, 2], *a]")) == [[1, 2], [1, 2]]  # 1 + 3 + 3 nodes
    with pytest.raises(FormsError, match="more than the limit of 7 YAML nodes"):
        load_yaml(_write(tmp_path, "[&a [1, 2], *a, 3]"))


def test_duplicate_keys_are_found_among_many(tmp_path: Path) -> None:
    keys = [f"k{i}: {i}" for i in range(5_000)]
    path = _write(tmp_path, "\n".join([*keys, "k4999: again"]) + "\n")
    with pytest.raises(FormsError, match="duplicate key 'k4999'"):
        load_yaml(path)
    assert len(load_yaml(_write(tmp_path, "\n".join(keys) + "\n"))) == 5_000


def test_a_large_yaml_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "section.yaml"
    with path.open("wb") as handle:
        handle.truncate(safeio.MAX_YAML_BYTES + 1)
    with pytest.raises(FormsError, match="YAML file larger than the limit of 4 MB"):
        load_yaml(path)


def test_a_fifo_among_the_sections_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "section.yaml"
    os.mkfifo(fifo)
    with pytest.raises(FormsError, match=r"not a regular file \(a FIFO\)"):
        load_section(fifo)
