"""`dpia version`: records a history entry in the file, keeps the previous file, lists versions."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import main
from app.core.rulesversion import current_rules_version
from app.core.storage import load_assessment
from tests.helpers.working_copy import working_copy


def test_version_records_an_entry_and_keeps_the_previous_file(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    before = path.read_bytes()
    assert main(["version", str(path), "--label", "v1 for the DPO"]) == 0
    assert path.with_name("a.dpia.bak").read_bytes() == before
    saved = load_assessment(path)
    (entry,) = saved.history
    assert entry.label == "v1 for the DPO" and entry.revision == saved.revision
    assert entry.rules_version == current_rules_version()
    assert entry.verdict_summary["outcome"] == "proceed"
    assert entry.snapshot.answers == json.loads(before)["answers"]
    out = capsys.readouterr().out
    assert f"as revision {saved.revision}" in out and "outcome: Proceed)" in out


def test_version_without_label_lists_the_versions(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    assert main(["version", str(path)]) == 0
    assert "no versions recorded" in capsys.readouterr().out
    main(["version", str(path), "--label", "first"])
    main(["version", str(path), "--label", "second"])
    capsys.readouterr()
    assert main(["version", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "'first'" in lines[0] and "'second'" in lines[1]


def test_bad_input_is_one_line_and_leaves_the_file_alone(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    before = path.read_bytes()
    assert main(["version", str(path), "--label", "  "]) == 2
    assert main(["version", str(tmp_path / "missing.dpia"), "--label", "x"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["dpia: error: --label must not be empty", err[1]] and "missing.dpia: cannot read" in err[1]
    assert path.read_bytes() == before and not path.with_name("a.dpia.bak").exists()
