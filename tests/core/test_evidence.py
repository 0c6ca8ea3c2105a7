"""Evidence: embedded whole with its hash, deduplicated, capped in size, detached by name or hash."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest

from app.core import evidence as evidence_module
from app.core.assessment import Assessment, Measure, Support
from app.core.errors import AssessmentFileError
from app.core.evidence import EvidenceError, attach, detach, read_evidence
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment, parse_assessment, save_assessment, serialise

WHEN = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
PDF = b"%PDF-1.7 vendor accuracy test report \x00\xff"
QUESTION = Support(kind="question", id="accuracy_bias_testing")
MEASURE = Support(kind="measure", id="m1")


def _assessment() -> Assessment:
    return Assessment(measures=[Measure(id="m1", title="Independent bias test")])


def _attach(
    a: Assessment, name: str = "test.pdf", data: bytes = PDF, support: Support = QUESTION, note: str = ""
):
    return attach(a, load_knowledge().bank, name, data, support, note, WHEN)


def test_a_file_is_embedded_with_hash_size_media_type_and_what_it_supports():
    a = _assessment()
    item, new = _attach(a, note="lab report 2026")
    assert new and a.attachments == [item]
    assert item.sha256 == hashlib.sha256(PDF).hexdigest() and item.size == len(PDF)
    assert item.media_type == "application/pdf" and base64.b64decode(item.content) == PDF
    assert item.supports == [QUESTION] and item.note == "lab report 2026" and item.added == WHEN


def test_evidence_round_trips_through_save_and_load(tmp_path: Path):
    a = _assessment()
    _attach(a)
    save_assessment(a, tmp_path / "a.dpia")
    assert load_assessment(tmp_path / "a.dpia").attachments[0].data() == PDF


def test_the_same_content_again_adds_what_it_supports_instead_of_a_copy():
    a = _assessment()
    _attach(a)
    _, new = _attach(a, name="copy.pdf", support=MEASURE, note="also for m1")
    assert not new and len(a.attachments) == 1
    assert a.attachments[0].supports == [QUESTION, MEASURE] and a.attachments[0].name == "test.pdf"
    _attach(a, support=MEASURE)
    assert a.attachments[0].supports == [QUESTION, MEASURE]


def test_a_different_file_under_a_taken_name_is_refused():
    a = _assessment()
    _attach(a)
    with pytest.raises(EvidenceError, match=r"an attachment named 'test.pdf' with different content"):
        _attach(a, data=b"other")
    assert len(a.attachments) == 1


@pytest.mark.parametrize(
    ("support", "message"),
    [
        (Support(kind="question", id="shoe_size"), "no question 'shoe_size'"),
        (Support(kind="measure", id="m7"), "no measure 'm7'"),
    ],
)
def test_evidence_must_support_something_that_exists(support: Support, message: str):
    with pytest.raises(EvidenceError, match=message):
        _attach(_assessment(), support=support)


def test_a_file_over_the_cap_is_refused_without_reading_it_all(tmp_path: Path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 101)
    assert read_evidence(path, limit=101) == b"x" * 101
    with pytest.raises(EvidenceError, match=r"big.bin: evidence files may be at most 100 bytes"):
        read_evidence(path, limit=100)
    with pytest.raises(EvidenceError, match="cannot read"):
        read_evidence(tmp_path / "missing.pdf")


def test_the_total_of_all_evidence_is_capped(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(evidence_module, "MAX_TOTAL_EVIDENCE_BYTES", 2 * len(PDF) - 1)
    a = _assessment()
    _attach(a)
    with pytest.raises(EvidenceError, match="all evidence of one assessment may be at most"):
        _attach(a, name="second.pdf", data=PDF + b"!")
    assert len(a.attachments) == 1


def test_detach_by_name_or_hash_prefix():
    a = _assessment()
    first, _ = _attach(a)
    second, _ = _attach(a, name="b.png", data=b"\x89PNG picture")
    assert detach(a, "test.pdf") == first and a.attachments == [second]
    assert detach(a, second.sha256[:8]) == second and a.attachments == []
    with pytest.raises(EvidenceError, match="'nothing' matches no attachment"):
        detach(a, "nothing")


def test_damaged_or_edited_content_is_refused_at_load_with_its_name():
    a = _assessment()
    _attach(a)
    data = json.loads(serialise(a))
    data["attachments"][0]["content"] = base64.b64encode(PDF + b"tampered").decode()
    with pytest.raises(AssessmentFileError, match=r"attachment 'test.pdf': content does not match"):
        parse_assessment(json.dumps(data).encode())
    data["attachments"][0]["content"] = "not base64!"
    with pytest.raises(AssessmentFileError, match="not valid base64"):
        parse_assessment(json.dumps(data).encode())


@pytest.mark.parametrize("name", ["a/b.pdf", "a\\b.pdf", "tab\tname.pdf", ""])
def test_attachment_names_without_folders_or_control_characters(name: str):
    with pytest.raises(EvidenceError, match="cannot be an attachment name"):
        _attach(_assessment(), name=name)


def test_names_with_folders_are_refused_at_load():
    a = _assessment()
    _attach(a)
    data = json.loads(serialise(a))
    data["attachments"][0]["name"] = "../../etc/passwd"
    with pytest.raises(AssessmentFileError, match=r"attachments\.0\.name"):
        parse_assessment(json.dumps(data).encode())


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceError, match="not a regular file"):
        read_evidence(fifo)
