"""Hostile PDFs give verify a one-line error quickly and in little memory (measured in a subprocess)."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name

from app.report import attachments
from app.report.verify import UnreadableReport, verify_report
from tests.report import forgeries


def _with_inflating_attachment(pdf: bytes, name: str, inflated: int) -> bytes:
    """Replace an embedded file by a Flate stream of `inflated` zero bytes (a few KB per 10 MB)."""
    compressor = zlib.compressobj(1)
    chunk = bytes(16_000_000)
    parts = [compressor.compress(chunk) for _ in range(inflated // len(chunk))]
    parts.append(compressor.flush())
    w = forgeries.writer(pdf)
    pairs = w.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for index in range(0, len(pairs) - 1, 2):
        if str(pairs[index]) == name:
            stream = generic.StreamObject(
                {pdf_name("/Type"): pdf_name("/EmbeddedFile"), pdf_name("/Filter"): pdf_name("/FlateDecode")},
                encoded_data=b"".join(parts),
            )
            spec = pairs[index + 1]
            spec["/EF"] = generic.DictionaryObject({pdf_name("/F"): w.add_object(stream)})
            w.update_container(spec)
    return forgeries.done(w)


def test_inflating_attachment_is_refused(signed_once, monkeypatch) -> None:
    monkeypatch.setattr(attachments, "MAX_EMBEDDED_FILE_BYTES", 1_000_000)
    bomb = _with_inflating_attachment(signed_once, "assessment.json", 32_000_000)
    with pytest.raises(UnreadableReport, match=r"embedded 'assessment.json' is larger than the limit"):
        verify_report(bomb)


_CHILD = """\
import resource
import sys

resource.setrlimit(resource.RLIMIT_AS, (2_500_000_000, 2_500_000_000))
from app.cli import main

try:
    code = main(["verify", sys.argv[1]])
finally:
    # VmHWM belongs to this process image; ru_maxrss would carry over the (large) pytest parent's peak
    print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")))
sys.exit(code)
"""


def test_an_inflation_bomb_stays_small_in_a_subprocess(signed_once, tmp_path: Path) -> None:
    """320 MB of zeros in a PDF of about 1 MB: exit 2, one line, and the child's peak memory stays
    below what inflating it would take."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_with_inflating_attachment(signed_once, "assessment.json", 320_000_000))
    assert path.stat().st_size < 2_000_000
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=120
    )
    peak_mb = int(done.stdout.split()[-1]) / 1024
    assert done.returncode == 2, done.stderr
    assert done.stderr == (
        "dpia: error: the embedded 'assessment.json' is larger than the limit of 32 MB (decompressed)\n"
    )
    assert peak_mb < 300


def test_thousands_of_revisions_are_refused_quickly(signed_once, monkeypatch) -> None:
    from app.report import verify

    monkeypatch.setattr(verify, "MAX_REVIEWED_REVISIONS", 5)
    pdf = signed_once
    for number in range(6):
        pdf = forgeries.info_entry(pdf, "/Subject", f"update {number}")
    with pytest.raises(
        UnreadableReport, match=r"^6 revisions after the first signature; a report has a few$"
    ):
        verify_report(pdf)
