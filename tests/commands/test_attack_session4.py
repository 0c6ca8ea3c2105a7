"""Outside review, session 4 (/work/attack-findings/session4.md): what a hand-edited .dpia prints.
Each test fails on the code as it was found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.helpers.working_copy import working_copy

ESCAPES = "\x1b]0;owned\x07\x1b[2K\r"
BIDI = "\u202etxt.exe"


def _with_history(tmp_path: Path) -> Path:
    path = working_copy(tmp_path, "supermarket_watchlist_nl", "a.dpia")
    assert main(["version", str(path), "--label", "v1"]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["history"][0]["label"] = f"v1{ESCAPES}"
    data["history"][0]["rules_version"] = f"2026{ESCAPES}outcome: proceed"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_version_list_escapes_what_the_file_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _with_history(tmp_path)
    capsys.readouterr()
    assert main(["version", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert "\\x1b]0;owned" in out  # visible, escaped


def test_json_output_writes_unsafe_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = working_copy(tmp_path, "supermarket_watchlist_nl", "old.dpia")
    new = working_copy(tmp_path, "supermarket_watchlist_nl", "new.dpia")
    data = json.loads(new.read_text(encoding="utf-8"))
    data["metadata"] = {"title": f"Caméras {BIDI}\u2028\x85"}
    new.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 1
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u2028" not in out and "\x85" not in out
    assert "Caméras" in out  # other text stays readable
    changes = json.loads(out)["changes"]
    assert any(c["new"] == f"Caméras {BIDI}\u2028\x85" for c in changes)  # read back as written
