"""`dpia attach` and `dpia detach`: evidence embedded in the file, size cap, one-line errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli import main
from app.core import evidence
from app.core.storage import load_assessment
from tests.helpers.working_copy import working_copy

DATA = b"%PDF-1.7 signage photo report"


@pytest.fixture
def proof(tmp_path: Path) -> Path:
    path = tmp_path / "signage.pdf"
    path.write_bytes(DATA)
    return path


def test_attach_embeds_the_file_and_detach_removes_it(tmp_path: Path, proof: Path, capsys) -> None:
    path = working_copy(tmp_path)
    before = path.read_bytes()
    assert main(["attach", str(path), str(proof), "--question", "transparency", "--note", "photo"]) == 0
    assert path.with_name("a.dpia.bak").read_bytes() == before
    (item,) = load_assessment(path).attachments
    assert item.name == "signage.pdf" and item.data() == DATA and item.note == "photo"
    assert item.sha256 == hashlib.sha256(DATA).hexdigest() and item.media_type == "application/pdf"
    assert [(s.kind, s.id) for s in item.supports] == [("question", "transparency")]
    assert item.sha256 in capsys.readouterr().out
    assert main(["assess", str(path)]) == 0
    assert "signage.pdf (application/pdf, 29 bytes" in capsys.readouterr().out
    assert main(["detach", str(path), item.sha256[:10]]) == 0
    assert load_assessment(path).attachments == []


def test_a_file_over_the_cap_is_refused_in_one_line(
    tmp_path: Path, proof: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence, "MAX_EVIDENCE_BYTES", len(DATA) - 1)
    path = working_copy(tmp_path)
    before = path.read_bytes()
    assert main(["attach", str(path), str(proof), "--question", "transparency"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "evidence files may be at most 28 bytes" in err
    assert path.read_bytes() == before


def test_bad_targets_and_unknown_attachments_are_exit_2(tmp_path: Path, proof: Path, capsys) -> None:
    path = working_copy(tmp_path)
    assert main(["attach", str(path), str(proof), "--measure", "m9"]) == 2
    with pytest.raises(SystemExit) as usage:
        main(["attach", str(path), str(proof)])
    assert usage.value.code == 2
    assert main(["detach", str(path), "nothing.pdf"]) == 2
    err = capsys.readouterr().err
    assert "no measure 'm9'" in err and "one of the arguments --question --measure is required" in err
    assert "'nothing.pdf' matches no attachment" in err
