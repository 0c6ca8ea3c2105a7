"""Evidence files embedded in an assessment: attach, detach, size caps.

Each file is stored whole (base64) with its SHA-256, media type and size, and says what it supports: an
answer (question id) or a measure (measure id). Attaching the same content again adds what it supports
instead of a second copy. Caps: `MAX_EVIDENCE_BYTES` per file and `MAX_TOTAL_EVIDENCE_BYTES` for all
evidence of one assessment, so a .dpia stays small enough to open, diff and embed in a PDF.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import mimetypes
import os
import stat
from pathlib import Path

from app.core.assessment import Assessment, Evidence, Support
from app.core.errors import DpiaError
from app.core.forms import QuestionBank
from app.core.languages import format_number
from app.core.messages import message
from app.core.printable import has_control, printable

MiB = 1024 * 1024
# Within app.core.safeio's limits for the .dpia that carries them in base64 (4/3 of the size):
# one file under MAX_STRING_CHARS, all of them under MAX_ASSESSMENT_BYTES, and few enough files for
# a report to embed them all (MAX_EMBEDDED_FILES).
MAX_EVIDENCE_BYTES = 8 * MiB
MAX_TOTAL_EVIDENCE_BYTES = 20 * MiB
MAX_EVIDENCE_FILES = 100
MIN_SHA_PREFIX = 8


class EvidenceError(DpiaError):
    """An evidence file that cannot be attached or found."""


def read_evidence(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, refusing anything larger than `limit` without reading it all."""
    limit = MAX_EVIDENCE_BYTES if limit is None else limit
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or device would block or never end
            raise EvidenceError(f"{path}: not a regular file; cannot attach it as evidence")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise EvidenceError(f"{path}: cannot read the evidence file ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise EvidenceError(
            f"{path}: evidence files may be at most {_size(limit)}; this one is larger "
            "(attach a smaller extract or a reference to where the file is kept)"
        )
    return data


def attach(
    assessment: Assessment,
    bank: QuestionBank,
    name: str,
    data: bytes,
    support: Support,
    note: str,
    moment: dt.datetime,
) -> tuple[Evidence, bool]:
    """Embed `data` as evidence for `support`; returns the attachment and whether it is a new one."""
    _check_support(assessment, bank, support)
    if not name.strip(".") or any(ch in name for ch in "/\\") or has_control(name):
        raise EvidenceError(
            f"{printable(repr(name))} cannot be an attachment name (no folders, control characters, "
            "line separators or bidirectional overrides such as U+202E, which can make 'exe.pdf' of "
            "'fdp.exe')"
        )
    digest = hashlib.sha256(data).hexdigest()
    same = next((e for e in assessment.attachments if e.sha256 == digest), None)
    if same is not None:
        return _add_support(assessment, same, support, note), False
    if any(e.name == name for e in assessment.attachments):
        raise EvidenceError(
            f"an attachment named {name!r} with different content exists already; rename the file "
            "or detach the other one first"
        )
    _check_total(assessment, len(data))
    evidence = Evidence(
        name=name,
        media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        sha256=digest,
        size=len(data),
        content=base64.b64encode(data).decode("ascii"),
        supports=[support],
        note=note.strip(),
        added=moment,
    )
    assessment.attachments = [*assessment.attachments, evidence]
    return evidence, True


def _add_support(assessment: Assessment, evidence: Evidence, support: Support, note: str) -> Evidence:
    supports = evidence.supports if support in evidence.supports else [*evidence.supports, support]
    updated = evidence.model_copy(update={"supports": supports, "note": note.strip() or evidence.note})
    assessment.attachments = [updated if e is evidence else e for e in assessment.attachments]
    return updated


def _check_support(assessment: Assessment, bank: QuestionBank, support: Support) -> None:
    if support.kind == "question" and bank.question(support.id) is None:
        raise EvidenceError(f"no question {support.id!r} in the questionnaire")
    if support.kind == "measure" and all(m.id != support.id for m in assessment.measures):
        known = ", ".join(m.id for m in assessment.measures) or "none"
        raise EvidenceError(f"no measure {support.id!r} in the assessment (measures: {known})")


def _check_total(assessment: Assessment, adding: int) -> None:
    if len(assessment.attachments) >= MAX_EVIDENCE_FILES:
        raise EvidenceError(f"an assessment may carry at most {MAX_EVIDENCE_FILES} evidence files")
    total = sum(e.size for e in assessment.attachments) + adding
    if total > MAX_TOTAL_EVIDENCE_BYTES:
        raise EvidenceError(
            f"all evidence of one assessment may be at most {_size(MAX_TOTAL_EVIDENCE_BYTES)}; "
            f"this file would bring it to {_size(total)}"
        )


def detach(assessment: Assessment, ref: str) -> Evidence:
    """Remove one attachment, named by its name or by its SHA-256 (or a unique prefix of it)."""
    found = [e for e in assessment.attachments if e.name == ref]
    if not found and len(ref) >= MIN_SHA_PREFIX:
        found = [e for e in assessment.attachments if e.sha256.startswith(ref.lower())]
    if len(found) != 1:
        known = ", ".join(e.name for e in assessment.attachments) or "none"
        problem = "matches several attachments" if found else "matches no attachment"
        raise EvidenceError(f"{ref!r} {problem} (attachments: {known})")
    assessment.attachments = [e for e in assessment.attachments if e is not found[0]]
    return found[0]


def _size(count: int, locale: str = "en") -> str:
    if count >= MiB:
        return message("size_mib", locale, count=format_number(count / MiB, locale, "#,##0.0"))
    return message("size_bytes", locale, count=format_number(count, locale))


def evidence_lines(assessment: Assessment, locale: str = "en") -> list[str]:
    """The attachments as `dpia assess` lists them, in `locale` (resources/cli/messages.yaml)."""
    if not assessment.attachments:
        return []
    lines = [message("evidence_heading", locale)]
    for e in assessment.attachments:
        supports = ", ".join(f"{message(f'evidence_kind_{s.kind}', locale)} {s.id}" for s in e.supports)
        values = {"name": e.name, "media_type": e.media_type, "size": _size(e.size, locale)}
        line = message(
            "evidence_line",
            locale,
            **values,
            digest=e.sha256[:16],
            supports=supports or message("evidence_supports_nothing", locale),
        )
        lines.append("  " + line)
    return lines
