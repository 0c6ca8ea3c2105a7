"""Evidence files in the PDF: each attachment of the assessment is embedded as a PDF file attachment
named `evidence-<name>`, and can be extracted again, checked against the SHA-256 the assessment records.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from app.core.assessment import Assessment
from app.core.errors import DpiaError
from app.core.printable import is_unsafe, printable
from app.report.attachments import ASSESSMENT_FILE, Attachment, read_attachments
from app.report.strings import text

PREFIX = "evidence-"
MAX_NAME_BYTES = 200  # below the 255 bytes of common file systems


def evidence_attachments(assessment: Assessment, locale: str = "en") -> list[Attachment]:
    """The PDF attachments for the assessment's evidence files, described in the report's language."""
    return [
        Attachment(
            f"{PREFIX}{e.name}",
            e.data(),
            text("attachment_evidence", locale, digest=e.sha256) + (f": {e.note}" if e.note else ""),
            e.media_type,
        )
        for e in assessment.attachments
    ]


@dataclass(frozen=True)
class ExtractedEvidence:
    name: str
    path: Path
    sha256: str
    matches: bool | None  # against the embedded assessment's record; None when it has none


def extract_evidence(
    attachments: dict[str, bytes], assessment_json: bytes | None, folder: Path
) -> list[ExtractedEvidence]:
    """Write each evidence attachment of a report into `folder` (never over an existing file)."""
    recorded = _recorded_hashes(assessment_json)
    chosen = {n[len(PREFIX) :]: data for n, data in attachments.items() if n.startswith(PREFIX)}
    targets = {name: folder / file_name(name) for name in chosen}
    clashes = [str(path) for path in targets.values() if os.path.lexists(path)]
    if clashes:
        raise DpiaError(
            f"{printable(clashes[0])}: exists already; extract into an empty folder (nothing was written)"
        )
    if len(set(targets.values())) != len(targets):
        raise DpiaError("the report carries two evidence files with the same file name (nothing was written)")
    check_evidence_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DpiaError(f"{folder}: cannot create the evidence folder ({exc.strerror or exc})") from exc
    extracted: list[ExtractedEvidence] = []
    for name, data in chosen.items():
        try:
            _write_new(targets[name], data)
        except DpiaError:
            for done in extracted:  # all or nothing
                done.path.unlink(missing_ok=True)
            raise
        digest = hashlib.sha256(data).hexdigest()
        expected = recorded.get(name)
        matches = None if expected is None else expected == digest
        extracted.append(ExtractedEvidence(name, targets[name], digest, matches))
    return extracted


def file_name(name: str) -> str:
    """A safe file name for an attachment name read from a report (which may be hostile): no folders,
    no control, line-separating or bidirectional characters (each becomes "_"), at most
    MAX_NAME_BYTES bytes in UTF-8, never "", "." or ".."."""
    base = "".join("_" if is_unsafe(c) else c for c in name.replace("\\", "/").rsplit("/", 1)[-1])
    while len(base.encode("utf-8")) > MAX_NAME_BYTES:
        base = base[:-1]
    return base if base.strip(".") else f"evidence{base}_"


def check_evidence_folder(folder: Path) -> None:
    """The evidence folder is a folder or can become one: nothing on its path is a file."""
    for path in (folder, *folder.parents):
        if path.exists():
            if not path.is_dir():
                what = "is a file" if path == folder else f"is inside {path}, which is a file"
                raise DpiaError(f"{folder}: {what}; --extract-evidence needs a folder")
            return


def extract_from_pdf(pdf: bytes, folder: Path) -> list[ExtractedEvidence]:
    """Write the evidence files a report carries into `folder`; each checked against the assessment."""
    from pyhanko.pdf_utils.misc import PdfError  # reading loads pyHanko; exporting never does
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        attachments = read_attachments(PdfFileReader(BytesIO(pdf), strict=False))
    except (PdfError, ValueError, OSError) as exc:
        raise DpiaError(f"cannot read the report's attachments ({exc})") from exc
    return extract_evidence(attachments, attachments.get(ASSESSMENT_FILE), folder)


def _recorded_hashes(assessment_json: bytes | None) -> dict[str, str]:
    try:
        data = json.loads(assessment_json or b"{}")
        return {a["name"]: a["sha256"] for a in data.get("attachments", [])}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def _write_new(path: Path, data: bytes) -> None:
    try:
        with path.open("xb") as handle:
            handle.write(data)
    except OSError as exc:
        raise DpiaError(f"{printable(path)}: cannot write the evidence file ({exc.strerror or exc})") from exc
