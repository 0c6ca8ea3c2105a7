"""Hostile inputs through the real CLI, each in a child process limited to MEMORY_LIMIT of address space.

Each must end with a one-line message naming the limit (exit 2), or for `verify` a result line that
names it (exit 1): never a hang, a traceback, an "internal error" or a MemoryError.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app import resources
from app.core import safeio
from tests.helpers.hostile import (
    alias_bomb_section,
    assessment_with_empty_lists,
    assessment_with_numbers,
    pdf_with_attachments,
    run_limited,
)
from tests.helpers.paths import scenario_path

SCENARIO = scenario_path("clearview_search_engine")


def one_line_error(done, expected: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    assert done.stderr.count("\n") == 1, done.stderr[-2000:]
    assert expected in done.stderr and "internal error" not in done.stderr, done.stderr


def test_a_200_mb_assessment_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.dpia"
    with path.open("wb") as handle:
        handle.write(assessment_with_numbers(10))
        handle.truncate(200 * safeio.MiB)
    one_line_error(run_limited("assess", path), "assessment file larger than the limit of 32 MB")


def test_a_30_mb_list_of_numbers_stays_within_memory(tmp_path: Path) -> None:
    path = tmp_path / "numbers.dpia"
    path.write_bytes(assessment_with_numbers(15_000_000))
    assert 28 * safeio.MiB < path.stat().st_size < safeio.MAX_ASSESSMENT_BYTES
    one_line_error(run_limited("assess", path), "more than the limit of 200,000 JSON values")


def test_a_list_of_empty_lists_stays_within_memory(tmp_path: Path) -> None:
    path = tmp_path / "lists.dpia"
    path.write_bytes(assessment_with_empty_lists(3_000_000))
    one_line_error(run_limited("report", path, "-o", tmp_path / "r.pdf"), "more than the limit of 200,000")
    assert sorted(os.listdir(tmp_path)) == ["lists.dpia"]


def test_a_6_kb_report_with_2_5_million_numbers_is_refused_quickly(tmp_path: Path) -> None:
    pdf = tmp_path / "bomb.pdf"
    pdf.write_bytes(pdf_with_attachments(assessment_with_numbers(2_500_000)))
    assert pdf.stat().st_size < 8000
    done = run_limited("verify", pdf, "--extract", tmp_path / "out.dpia")
    assert "cannot re-score the embedded assessment: assessment.json: more than the limit of 200,000" in (
        done.stdout
    )
    assert "result: FAILED" in done.stdout
    one_line_error(done, "not extracted: the embedded assessment.json: more than the limit of 200,000")
    assert not (tmp_path / "out.dpia").exists()


def test_a_decompression_bomb_in_a_report_is_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "zip-bomb.pdf"
    pdf.write_bytes(pdf_with_attachments(b" " * (safeio.MAX_EMBEDDED_FILE_BYTES + 1)))
    assert pdf.stat().st_size < 100_000
    one_line_error(
        run_limited("verify", pdf), "the embedded 'assessment.json' is larger than the limit of 32 MB (decompressed)"
    )


def test_a_yaml_alias_bomb_in_a_users_forms_folder(tmp_path: Path) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(resources.forms_dir(), forms)
    (forms / "sections" / "99_bomb.yaml").write_text(alias_bomb_section(levels=9), encoding="utf-8")
    one_line_error(run_limited("forms", "check", forms), "more than the limit of 200,000 YAML nodes")


@pytest.mark.parametrize(
    "command",
    [
        ["assess", "{fifo}"],
        ["verify", "{fifo}"],
        ["verify", "{pdf}", "--trust", "{fifo}"],
        ["identity", "show", "{fifo}"],
        ["sign", "{fifo}", "--identity", "{fifo}", "-o", "{out}"],
        ["report", str(SCENARIO), "-o", "{out}", "--sign", "{fifo}"],
    ],
    ids=["assess", "verify", "trust", "identity", "sign", "report-identity"],
)
def test_a_fifo_is_refused_not_waited_on(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(pdf_with_attachments(b"{}"))
    names = {"fifo": fifo, "pdf": pdf, "out": tmp_path / "out.pdf"}
    monkeypatch.setenv("DPIA_PASSPHRASE", "correct horse battery")
    one_line_error(run_limited(*(part.format(**names) for part in command)), "not a regular file (a FIFO)")
    assert not (tmp_path / "out.pdf").exists()


def test_a_fifo_among_the_forms_is_refused(tmp_path: Path) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(resources.forms_dir(), forms)
    os.mkfifo(forms / "sections" / "99_pipe.yaml")
    one_line_error(run_limited("forms", "check", forms), "99_pipe.yaml: not a regular file (a FIFO)")


def test_a_device_is_refused() -> None:
    one_line_error(run_limited("assess", "/dev/zero"), "not a regular file (a character device)")


@pytest.mark.parametrize(
    "part",
    [
        {"answers": {f"a{i}": [0] * 9_999 for i in range(19)}},
        {"measures": [{f"k{j}": 0 for j in range(9_999)} for _ in range(19)]},
        {"notes": {f"n{i}": {f"k{j}": 0 for j in range(18)} for i in range(9_999)}},
    ],
    ids=["wrong-answers", "unknown-keys", "unknown-note-keys"],
)
def test_a_document_wrong_everywhere_fails_fast(tmp_path: Path, part: dict) -> None:
    """190,000 wrong values: pydantic alone built 190,000 errors (300 MB); the first one is enough."""
    path = tmp_path / "wrong.dpia"
    path.write_text(json.dumps({"format": "dpia-assessment", "schema_version": 1, **part}), encoding="utf-8")
    where = {"answers": "answers.a0", "measures": "measures.0.k0", "notes": "notes.n0.k0"}[next(iter(part))]
    one_line_error(run_limited("assess", path), f"wrong.dpia: at '{where}': ")
