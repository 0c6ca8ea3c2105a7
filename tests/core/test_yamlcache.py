"""The YAML parse cache: the same data and lines as the parser, never stale, never trusted blindly."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app import resources
from app.core import yamlcache, yamlparse
from app.core.errors import FormsError
from app.core.forms import load_section
from app.core.linedata import LineDict, LineList
from app.core.yamlsource import load_yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(yamlcache.CACHE_ENV, str(folder))
    return folder


def _shape(value: Any) -> Any:
    """The data with its types and line numbers, to compare two loads exactly."""
    if isinstance(value, dict):
        pairs = [(_shape(k), _shape(v)) for k, v in value.items()]
        return ("map", type(value).__name__, getattr(value, "line", None), pairs)
    if isinstance(value, list):
        return ("list", type(value).__name__, getattr(value, "line", None), [_shape(v) for v in value])
    return (type(value).__name__, value)


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


def _warm(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "data.yaml"
    path.write_text("answer: 1\n", encoding="utf-8")
    load_yaml(path)
    entry = yamlcache.entry_path(path.read_bytes())
    assert entry is not None and entry.is_file()
    return path, entry


def _poison(entry: Path) -> None:
    entry.write_text(json.dumps({"format": 1, "source": entry.stem, "data": ["M", 1, "answer", 666]}))


def _shipped_yaml() -> list[Path]:
    return sorted([*resources.forms_dir().rglob("*.yaml"), *resources.resources_dir().rglob("*.yaml")])


def test_every_shipped_file_comes_back_from_the_cache_exactly_as_parsed(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _shipped_yaml()
    assert len(files) > 30
    parsed = {path: _shape(load_yaml(path)) for path in files}  # parses, and fills the cache
    assert len(_entries(cache)) == len({path.read_bytes() for path in files})

    def no_parsing(raw: bytes, path: Path) -> Any:
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(yamlparse, "parse_yaml", no_parsing)
    for path in files:
        assert _shape(load_yaml(path)) == parsed[path], path


def test_dates_keys_and_scalars_of_every_kind_survive(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "kinds.yaml"
    path.write_text(
        "decided: 2024-05-16\nat: 2024-05-16T10:00:00+02:00\n2: two\ntrue: yes\nnull: ~\n"
        "float: 1.5\nbig: 123456789012345678901234567890\ntext: 'M'\nlist: [M, L, D, T, ['M', 1]]\n",
        encoding="utf-8",
    )
    first, second = load_yaml(path), load_yaml(path)
    assert _entries(cache)
    assert _shape(second) == _shape(first)
    assert second["decided"] == dt.date(2024, 5, 16) and type(second["decided"]) is dt.date
    assert second["at"].utcoffset() == dt.timedelta(hours=2)
    assert second[2] == "two" and second[True] is True and second[None] is None
    assert second["list"] == ["M", "L", "D", "T", ["M", 1]]


def test_an_edited_file_is_parsed_again_never_served_stale(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "data.yaml"
    path.write_text("answer: 1\n", encoding="utf-8")
    assert load_yaml(path) == {"answer": 1}
    path.write_text("answer: 2\n", encoding="utf-8")
    assert load_yaml(path) == {"answer": 2}
    assert len(_entries(cache)) == 2


@pytest.mark.parametrize(
    "entry",
    [
        b"not json",
        b"{}",
        b'{"format": 99, "source": "%(key)s", "data": 1}',
        b'{"format": 1, "source": "0000", "data": ["M", 1, "answer", 666]}',
        b'{"format": 1, "source": "%(key)s", "data": ["X", 1]}',
        b'{"format": 1, "source": "%(key)s", "data": ["M", 1, "answer"]}',
        b'{"format": 1, "source": "%(key)s", "data": ["M", "one", "answer", 1]}',
        b'{"format": 1, "source": "%(key)s", "data": ["M", 1, ["L", 1], 1]}',
        b'{"format": 1, "source": "%(key)s", "data": {"answer": 666}}',
        b'{"format": 1, "source": "%(key)s", "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    ],
    ids=["garbage", "empty", "format", "other-source", "tag", "odd-pairs", "line", "list-key", "raw", "deep"],
)
def test_a_broken_or_foreign_entry_is_ignored_and_replaced(cache: Path, tmp_path: Path, entry: bytes) -> None:
    path = tmp_path / "data.yaml"
    path.write_text("answer: 1\n", encoding="utf-8")
    raw = path.read_bytes()
    target = yamlcache.entry_path(raw)
    assert target is not None
    target.parent.mkdir(parents=True)
    target.write_bytes(entry.replace(b"%(key)s", yamlcache.source_key(raw).encode()))
    data = load_yaml(path)
    assert data == {"answer": 1} and data.line == 1
    assert json.loads(target.read_bytes())["data"] == ["M", 1, "answer", 1]  # rewritten, correct


def test_an_entry_over_the_size_cap_is_not_read(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, entry = _warm(tmp_path)
    entry.write_text(json.dumps({"format": 1, "source": entry.stem, "data": ["M", 1, "answer", "x" * 500]}))
    monkeypatch.setattr(yamlcache, "MAX_ENTRY_BYTES", 100)
    assert load_yaml(path) == {"answer": 1}


def test_what_the_format_cannot_hold_or_too_large_an_entry_is_not_written(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = tmp_path / "binary.yaml"
    binary.write_text("blob: !!binary aGVsbG8=\nset: !!set {a, b}\n", encoding="utf-8")
    assert load_yaml(binary) == {"blob": b"hello", "set": {"a", "b"}}
    repeated = tmp_path / "repeated.yaml"  # one alias repeated: small to parse, large once written out
    repeated.write_text(
        "long: &s " + "x" * 1000 + "\nmany: [" + ", ".join(["*s"] * 50) + "]\n", encoding="utf-8"
    )
    monkeypatch.setattr(yamlcache, "MAX_ENTRY_BYTES", 20_000)
    assert len(load_yaml(repeated)["many"]) == 50
    assert _entries(cache) == []
    monkeypatch.setattr(yamlcache, "MAX_ENTRY_BYTES", 60_000)
    load_yaml(repeated)
    assert len(_entries(cache)) == 1


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv(yamlcache.CACHE_ENV, str(blocker))
    path = tmp_path / "data.yaml"
    path.write_text("answer: 1\n", encoding="utf-8")
    assert load_yaml(path) == {"answer": 1}
    assert load_yaml(path) == {"answer": 1}


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(yamlcache.CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "data.yaml"
    path.write_text("answer: 1\n", encoding="utf-8")
    assert yamlcache.entry_path(path.read_bytes()) is None
    assert load_yaml(path) == {"answer": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["data.yaml"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_entries_are_private_to_the_user(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "data.yaml"
    path.write_text("answer: 1\n", encoding="utf-8")
    load_yaml(path)
    [entry] = _entries(cache)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700


def test_a_validation_error_names_the_same_line_from_the_cache(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "section.yaml"
    path.write_text(
        "id: demo\ntitle: {en: Demo}\nquestions:\n"
        "  - id: fine\n    type: text\n    label: {en: Fine}\n    help: {en: Why}\n"
        "  - id: Bad-Id\n    type: text\n    label: {en: Bad}\n    help: {en: Why}\n",
        encoding="utf-8",
    )
    messages = []
    for _ in range(2):
        with pytest.raises(FormsError) as info:
            load_section(path)
        messages.append(str(info.value))
    assert _entries(cache)  # the second load was served from the cache
    assert messages[0] == messages[1]
    assert messages[0].startswith(f"{path}:8:")


def test_a_cache_hit_does_not_import_the_yaml_library(cache: Path) -> None:
    program = (
        "import sys; from app import resources; from app.core.yamlsource import load_yaml; "
        "load_yaml(resources.resources_dir() / 'languages.yaml'); print('yaml' in sys.modules)"
    )
    env = {**os.environ, yamlcache.CACHE_ENV: str(cache)}

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    assert run() == "True"  # the first load parses and fills the cache
    assert run() == "False"


def test_the_decoded_tree_has_the_parsers_types() -> None:
    data = yamlcache.decode(["M", 3, "a", ["L", 4, 1, ["M", 5]]])
    assert isinstance(data, LineDict) and data.line == 3
    assert isinstance(data["a"], LineList) and data["a"].line == 4
    assert isinstance(data["a"][1], LineDict) and data["a"][1].line == 5


def test_the_entries_are_used_as_they_are(cache: Path, tmp_path: Path) -> None:
    path, entry = _warm(tmp_path)
    _poison(entry)
    assert load_yaml(path) == {"answer": 666}  # the trust checks below are what keep this out


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_others_may_write_or_a_link_is_not_trusted(cache: Path, tmp_path: Path) -> None:
    path, entry = _warm(tmp_path)
    _poison(entry)
    entry.parent.chmod(0o777)
    assert load_yaml(path) == {"answer": 1}
    entry.parent.chmod(0o700)
    entry.chmod(0o666)
    assert load_yaml(path) == {"answer": 1}
    entry.chmod(0o600)
    planted = tmp_path / "planted"
    entry.parent.rename(planted)
    entry.parent.symlink_to(planted, target_is_directory=True)
    assert load_yaml(path) == {"answer": 1}


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="changing owners needs root")
def test_an_entry_of_another_user_is_not_trusted(cache: Path, tmp_path: Path) -> None:
    path, entry = _warm(tmp_path)
    _poison(entry)
    os.chown(entry, 4242, -1)
    assert load_yaml(path) == {"answer": 1}


def test_checks_that_must_not_rest_on_the_cache_parse_afresh(cache: Path, tmp_path: Path) -> None:
    path, entry = _warm(tmp_path)
    _poison(entry)
    with yamlcache.bypassed():
        assert load_yaml(path) == {"answer": 1}
        other = tmp_path / "other.yaml"
        other.write_text("x: 2\n", encoding="utf-8")
        load_yaml(other)
    assert yamlcache.entry_path(other.read_bytes()) is not None
    assert not yamlcache.entry_path(other.read_bytes()).exists()  # nothing stored meanwhile


def test_a_new_parser_never_reads_an_old_parsers_entries(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, entry = _warm(tmp_path)
    _poison(entry)
    monkeypatch.setattr(yamlcache, "parser_fingerprint", lambda: b"another PyYAML")
    assert yamlcache.entry_path(path.read_bytes()) != entry
    assert load_yaml(path) == {"answer": 1}


def test_an_entry_with_more_nodes_than_the_parser_allows_is_ignored(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data.yaml"
    path.write_text("items: [1, 2, 3, 4, 5, 6, 7, 8]\n", encoding="utf-8")
    load_yaml(path)
    monkeypatch.setattr(yamlcache, "MAX_YAML_NODES", 5)

    def parsed(raw: bytes, where: Path) -> Any:
        return {"parsed": True}

    monkeypatch.setattr(yamlparse, "parse_yaml", parsed)
    assert load_yaml(path) == {"parsed": True}  # the entry was too big to be read back


def test_verify_rescores_with_rules_parsed_afresh(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core import knowledge as module

    seen: list[bool] = []
    real = module.load_knowledge_from

    def spy(*args: Any) -> Any:
        seen.append(yamlcache.entry_path(b"x") is None)
        return real(*args)

    monkeypatch.setattr(module, "load_knowledge_from", spy)
    module.load_knowledge_afresh()
    assert seen == [True]
