"""Hostile inputs built by the tests themselves, and a CLI run in a subprocess with a memory limit.

`run_limited` sets RLIMIT_AS in the child before anything is imported, so a test measures the memory a
hostile input really takes instead of assuming it: over the limit the child would fail with a
MemoryError instead of the one-line message naming the limit that the tests expect.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.writer import BasePdfFileWriter, PdfFileWriter

from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE, Attachment

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 256 * 1024 * 1024  # address space, libraries included (the CLI itself needs ~100 MB)
HANG_GUARD_SECONDS = 120  # only so that a hang fails the test instead of blocking the run

_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_limited(*args: str | Path, limit: int = MEMORY_LIMIT) -> subprocess.CompletedProcess[str]:
    """`dpia ARGS` in a child process limited to `limit` bytes of address space."""
    return subprocess.run(
        [sys.executable, "-c", _CHILD.format(limit=limit), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )


def assessment_with_numbers(count: int) -> bytes:
    """A .dpia whose one answer is a list of `count` numbers (2 bytes each)."""
    numbers = b",".join([b"0"] * count)
    return b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"x": [' + numbers + b"]}}"


def assessment_with_empty_lists(count: int) -> bytes:
    """`count` empty lists: 3 bytes of file each, ~60 bytes of memory each once parsed."""
    lists = b",".join([b"[]"] * count)
    return b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"x": [' + lists + b"]}}"


def embed(writer: BasePdfFileWriter, attachment: Attachment, moment: dt.datetime) -> None:
    """Embed a file with pyHanko into any PDF (the report itself writes its files with reportlab)."""
    params = EmbeddedFileParams(creation_date=moment, modification_date=moment)
    stream = EmbeddedFileObject.from_file_data(
        writer, data=attachment.data, params=params, mime_type=attachment.mime_type
    )
    spec = FileSpec(
        file_spec_string=attachment.name,
        file_name=attachment.name,
        embedded_data=stream,
        description=attachment.description,
    )
    embed_file(writer, spec)


def pdf_with_attachments(assessment: bytes, verdict: dict | None = None) -> bytes:
    """A minimal PDF embedding `assessment` (and a verdict record) the way the report does."""
    writer = PdfFileWriter()
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    embed(writer, Attachment(ASSESSMENT_FILE, assessment, "assessment"), moment)
    record = verdict or {"outcome": "proceed", "assessment_sha256": "0" * 64}
    embed(writer, Attachment(VERDICT_FILE, json.dumps(record).encode(), "verdict"), moment)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def alias_bomb_section(levels: int = 8, fan_out: int = 10) -> str:
    """A 1 KB section whose show_if conditions expand to fan_out**levels nodes through aliases."""
    items = [" - id: q0\n   type: text\n   label: {en: x}\n   help: {en: y}\n   show_if: &c0 {fact: q0, answered: true}"]
    for level in range(1, levels + 1):
        aliases = ",".join([f"*c{level - 1}"] * fan_out)
        items.append(
            f" - id: q{level}\n   type: text\n   label: {{en: x}}\n   help: {{en: y}}\n"
            f"   show_if: &c{level} {{all: [{aliases}]}}"
        )
    return "id: bomb\ntitle: {en: Bomb}\nquestions:\n" + "\n".join(items) + "\n"
