"""Extracting evidence from a report: checked against the embedded assessment, never over a file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.core.errors import DpiaError
from app.report.evidence import PREFIX, extract_evidence

DATA = b"minutes of the works council"


def _assessment_json(digest: str) -> bytes:
    return json.dumps({"attachments": [{"name": "minutes.txt", "sha256": digest}]}).encode()


def test_extracted_files_are_checked_against_the_recorded_hash(tmp_path: Path):
    attachments = {"assessment.json": b"{}", f"{PREFIX}minutes.txt": DATA, f"{PREFIX}other.txt": b"x"}
    good = _assessment_json(hashlib.sha256(DATA).hexdigest())
    found = {e.name: e for e in extract_evidence(attachments, good, tmp_path / "ok")}
    assert set(found) == {"minutes.txt", "other.txt"}
    assert found["minutes.txt"].matches is True and found["other.txt"].matches is None
    assert (tmp_path / "ok" / "minutes.txt").read_bytes() == DATA
    bad = _assessment_json("0" * 64)
    (mismatch,) = [e for e in extract_evidence(attachments, bad, tmp_path / "bad") if e.name == "minutes.txt"]
    assert mismatch.matches is False


def test_nothing_is_written_when_one_target_exists(tmp_path: Path):
    (tmp_path / "b.txt").write_bytes(b"mine")
    attachments = {f"{PREFIX}a.txt": b"a", f"{PREFIX}b.txt": b"b"}
    with pytest.raises(DpiaError, match=r"b\.txt: exists already"):
        extract_evidence(attachments, None, tmp_path)
    assert (tmp_path / "b.txt").read_bytes() == b"mine" and not (tmp_path / "a.txt").exists()


def test_a_name_with_folders_in_a_crafted_pdf_stays_inside_the_folder(tmp_path: Path):
    (extracted,) = extract_evidence({f"{PREFIX}../../escape.txt": b"x"}, None, tmp_path / "out")
    assert extracted.path == tmp_path / "out" / "escape.txt"
