"""app/core/safeio.py: regular files only, size caps, the JSON budget, and outputs that are safe."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core import safeio
from app.core.errors import AssessmentFileError, DpiaError
from app.core.safeio import OutputExistsError, check_output, loads_json, read_regular_file, write_file
from app.core.storage import load_assessment, parse_assessment
from tests.helpers.hostile import assessment_with_empty_lists, assessment_with_numbers

MINIMAL = {"format": "dpia-assessment", "schema_version": 1, "answers": {"fr_function": "detection_only"}}


def _dpia(**extra: object) -> bytes:
    return json.dumps(MINIMAL | extra).encode()


# -- reading -------------------------------------------------------------------------------------


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "c.dpia"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading would block forever
    with pytest.raises(AssessmentFileError, match=r"c.dpia: not a regular file \(a FIFO\)"):
        load_assessment(fifo)


@pytest.mark.parametrize(("path", "kind"), [("/dev/zero", "a character device"), ("/", "a folder")])
def test_devices_and_folders_are_refused(path: str, kind: str) -> None:
    with pytest.raises(DpiaError, match=f"not a regular file \\({kind}\\)"):
        read_regular_file(path, 100, "PDF file")


def test_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.dpia"
    with huge.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * safeio.MiB)
    with pytest.raises(AssessmentFileError, match="assessment file larger than the limit of 32 MB"):
        load_assessment(huge)


def test_a_file_at_the_cap_is_read_and_one_byte_more_is_not(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 10)
    assert read_regular_file(path, 10) == b"x" * 10
    with pytest.raises(DpiaError, match="larger than the limit of 9 bytes"):
        read_regular_file(path, 9)


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.dpia").write_bytes(_dpia())
    (tmp_path / "link.dpia").symlink_to(tmp_path / "real.dpia")
    assert load_assessment(tmp_path / "link.dpia").answers == MINIMAL["answers"]


# -- the JSON budget -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (assessment_with_numbers(safeio.MAX_JSON_VALUES + 1), "more than the limit of 200,000 JSON values"),
        (assessment_with_empty_lists(safeio.MAX_JSON_VALUES), "more than the limit of 200,000 JSON values"),
        (assessment_with_numbers(safeio.MAX_ITEMS + 1), "a list with more items than the limit of 10,000"),
        (_dpia(notes={f"q{i}": {} for i in range(safeio.MAX_ITEMS + 1)}), "an object with more entries than"),
        (_dpia(metadata={"title": "x" * (safeio.MAX_STRING_CHARS + 1)}), "longer than the limit of 12,000,000"),
        (_dpia(answers={"x" * (safeio.MAX_STRING_CHARS + 1): "a"}), "longer than the limit of 12,000,000"),
        (_dpia(answers={"x": json.loads("[" * 40 + "]" * 40)}), "nested deeper than the limit of 32 levels"),
        (b'{"format": "dpia-assessment"' + b', "answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
         "nested too deeply"),
        (b'{"format": "dpia-assessment", "answers": {}, "answers": {"x": "1"}}', "duplicate key 'answers'"),
        (b'{"format": "dpia-assessment", "answers": {"x": NaN}}', "invalid JSON .NaN is not a JSON number."),
        (b'{"format": "dpia-assessment", "answers": {"x": -1e400}}', "invalid JSON .number -1e400 out of range."),
        (b'{"format": "dpia-assessment", "answers": {"x": ' + b"9" * 5000 + b"}}", "invalid JSON"),
        (b'{"format": "dpia-assessment", "metadata": {"title": "\\ud800"}}', "unpaired surrogate"),
        (b'{"format": "dpia-assessment", "answers": {"\\udfff": "a"}}', "unpaired surrogate"),
    ],
    ids=["numbers", "empty-lists", "long-list", "big-object", "long-string", "long-key", "deep", "very-deep",
         "duplicate-key", "nan", "infinite", "huge-int", "surrogate", "surrogate-key"],
)
def test_json_over_budget_is_refused_before_validation(raw: bytes, message: str) -> None:
    with pytest.raises(AssessmentFileError, match=message) as info:
        parse_assessment(raw, "hostile.dpia")
    assert str(info.value).startswith("hostile.dpia: ") and "\n" not in str(info.value)


def test_commas_inside_texts_do_not_count_as_values() -> None:
    text = 'a "quoted" [c] {d} \\ ' + "," * 900_000  # twice: 1.8 million commas, all inside strings
    assessment = parse_assessment(_dpia(metadata={"title": text, "organisation": text}), "commas.dpia")
    assert assessment.metadata.title == assessment.metadata.organisation == text


def test_escaped_surrogate_pairs_are_text() -> None:
    raw = b'{"format": "dpia-assessment", "metadata": {"title": "\\ud83d\\ude00 \\u00e6"}}'
    assert parse_assessment(raw).metadata.title == "\U0001f600 \u00e6"


def test_within_the_budget_everything_loads() -> None:
    value = loads_json(json.dumps({"a": [[0] * safeio.MAX_ITEMS] * 15, "b": "x" * safeio.MAX_STRING_CHARS}).encode(), "s")
    assert len(value["a"]) == 15 and len(value["b"]) == safeio.MAX_STRING_CHARS


@pytest.mark.parametrize(
    ("raw", "where", "shown"),
    [
        (b'{"x": 12345678901234567890123456789}', "'x'", "12345678901234567890... (29 digits)"),
        (b'{"a": {"b": [1, 2, -9007199254740992]}}', "'a.b[2]'", "-9007199254740992"),
        (b'[0, {"due": 1.5e300}]', "'[1].due'", "1.5e+300"),
        (b"9007199254740992", "the top level", "9007199254740992"),
        (b'{"k\\n": 1e16}', "'k\\n'", "1e+16"),
    ],
)
def test_a_number_out_of_range_is_refused_where_it_is(raw: bytes, where: str, shown: str) -> None:
    with pytest.raises(DpiaError) as info:
        loads_json(raw, "n.json")
    assert str(info.value) == (
        f"n.json: the number {shown} at {where} is out of range (the limit is ±9,007,199,254,740,991)"
    )


def test_numbers_at_the_limit_load() -> None:
    limit = safeio.MAX_JSON_NUMBER
    raw = json.dumps({"answers": {"a": limit, "b": -limit, "c": float(limit), "d": 0.5, "e": True}})
    assert loads_json(raw.encode(), "n.json")["answers"]["b"] == -(2**53 - 1)


# -- writing -------------------------------------------------------------------------------------


def test_an_existing_output_is_kept_unless_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"board copy")
    with pytest.raises(OutputExistsError, match="already exists; not overwritten"):
        write_file(out, b"new")
    assert out.read_bytes() == b"board copy"
    write_file(out, b"new", overwrite=True)
    assert out.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_a_planted_symlink_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    out = tmp_path / "cert.pem"
    out.symlink_to(victim)
    with pytest.raises(OutputExistsError):
        write_file(out, b"pem")
    dangling = tmp_path / "dangling.pem"
    dangling.symlink_to(tmp_path / "created-through-link")
    with pytest.raises(OutputExistsError):
        write_file(dangling, b"pem")
    assert not (tmp_path / "created-through-link").exists()
    write_file(out, b"pem", overwrite=True)
    assert victim.read_bytes() == b"precious"
    assert not out.is_symlink() and out.read_bytes() == b"pem"


@pytest.mark.parametrize("how", ["same", "other-path", "hard-link", "symlink"])
def test_an_input_is_never_an_output(tmp_path: Path, how: str) -> None:
    source = tmp_path / "c.dpia"
    source.write_bytes(_dpia())
    (tmp_path / "sub").mkdir()
    out = {"same": source, "other-path": tmp_path / "sub" / ".." / "c.dpia"}.get(how, tmp_path / "out.pdf")
    if how == "hard-link":
        os.link(source, out)
    elif how == "symlink":
        out.symlink_to(source)
    with pytest.raises(DpiaError, match="this is the input file"):
        write_file(out, b"%PDF", overwrite=True, inputs=[source])
    assert source.read_bytes() == _dpia()


def test_no_temporary_file_survives_a_failed_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(DpiaError, match=r"report.pdf: cannot write the report \(No space left on device\)"):
        write_file(tmp_path / "report.pdf", b"%PDF", what="report")
    assert os.listdir(tmp_path) == []


def test_a_name_taken_while_writing_is_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.pdf"
    real_check = safeio.check_output

    def racing_check(*args: object, **kwargs: object) -> None:
        real_check(*args, **kwargs)  # type: ignore[arg-type]
        out.write_bytes(b"appeared meanwhile")

    monkeypatch.setattr(safeio, "check_output", racing_check)
    with pytest.raises(OutputExistsError):
        write_file(out, b"%PDF")
    assert out.read_bytes() == b"appeared meanwhile"
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_modes(tmp_path: Path) -> None:
    write_file(tmp_path / "id.p12", b"secret", mode=0o600)
    assert (tmp_path / "id.p12").stat().st_mode & 0o777 == 0o600
    (tmp_path / "shared.pdf").write_bytes(b"old")
    (tmp_path / "shared.pdf").chmod(0o640)
    write_file(tmp_path / "shared.pdf", b"new", overwrite=True)
    assert (tmp_path / "shared.pdf").stat().st_mode & 0o777 == 0o640


def test_only_file_names_are_outputs(tmp_path: Path) -> None:
    with pytest.raises(DpiaError, match="a folder, not a file"):
        check_output(tmp_path, overwrite=True)
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(DpiaError, match=r"pipe: a FIFO, not a file"):
        write_file(tmp_path / "pipe", b"%PDF", overwrite=True)
    assert (tmp_path / "pipe").is_fifo()
    with pytest.raises(DpiaError, match=r"the folder .* does not exist"):
        check_output(tmp_path / "missing" / "r.pdf")
    assert sorted(os.listdir(tmp_path)) == ["pipe"]
