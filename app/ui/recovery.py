"""Autosave files: one private recovery file per open window, found again after a crash.

A recovery file is JSON holding the assessment, the path it belongs to and the writer's process id.
It is written atomically with mode 0600 and removed when the window saves or closes cleanly, so a file
left behind means the wizard did not close properly. Plain Python: no Qt here.

Evidence files are not in the JSON: each is written once, as its own file named by its SHA-256, into the
window's evidence folder beside it (before the JSON that refers to it). An autosave after a change of
an answer then rewrites a few kilobytes instead of up to 27 MB of base64, which blocked the event loop
for ~150 ms on every autosave. Reading a recovery file puts the evidence back and validates it as a
.dpia is validated (size and SHA-256 must match).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core.assessment import Assessment
from app.core.errors import AssessmentFileError
from app.core.evidence import MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, MAX_TOTAL_EVIDENCE_BYTES
from app.core.safeio import MAX_ASSESSMENT_BYTES, loads_json, read_regular_file
from app.core.storage import parse_assessment

PREFIX = "recovery-"
SUFFIX = ".json"
EVIDENCE_SUFFIX = ".evidence"
_EVIDENCE_FOLDER = re.compile(rf"^{PREFIX}[0-9a-z-]+\{EVIDENCE_SUFFIX}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_NO_CONTENT = {"attachments": {"__all__": {"content"}}}
FILE_MODE = 0o600
FOLDER_MODE = 0o700

# Tokens of recovery files owned by windows alive in this process.
_LIVE_TOKENS: set[str] = set()


@dataclass(frozen=True)
class Recovered:
    """A recovery file left behind by a window that did not close cleanly."""

    file: Path
    original: Path | None
    saved_at: dt.datetime
    assessment: Assessment
    evidence: Path | None = None  # the folder of its evidence files, if it has any


class RecoveryFile:
    """The recovery file of one window."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.path = folder / f"{PREFIX}{self.token}{SUFFIX}"
        self.evidence = folder / f"{PREFIX}{self.token}{EVIDENCE_SUFFIX}"
        _LIVE_TOKENS.add(self.token)

    def write(self, assessment: Assessment, original: Path | None) -> None:
        self._write_evidence(assessment)
        document = {
            "original_path": str(original) if original else None,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "evidence_folder": self.evidence.name if assessment.attachments else None,
            "assessment": assessment.model_dump(mode="json", exclude=_NO_CONTENT),
        }
        payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
        _write_private(self.path, payload)

    def _write_evidence(self, assessment: Assessment) -> None:
        """Each evidence file once, by its SHA-256; files of detached evidence go."""
        wanted = {item.sha256: item for item in assessment.attachments}
        if not wanted and not self.evidence.exists():
            return
        self.evidence.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        for digest, item in wanted.items():
            if not (self.evidence / digest).is_file():
                _write_private(self.evidence / digest, item.data())
        for stale in self.evidence.iterdir():
            if stale.name not in wanted and not stale.name.startswith(".tmp-"):
                stale.unlink(missing_ok=True)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        shutil.rmtree(self.evidence, ignore_errors=True)

    def release(self) -> None:
        """The owning window is gone; a file still present is now an orphan."""
        release_token(self.token)


def release_token(token: str) -> None:
    _LIVE_TOKENS.discard(token)


def discard(found: Recovered) -> None:
    """Delete a recovery file left behind, and its evidence files."""
    found.file.unlink(missing_ok=True)
    if found.evidence is not None:
        shutil.rmtree(found.evidence, ignore_errors=True)


def _write_private(path: Path, payload: bytes) -> None:
    path.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # mkstemp already creates the file 0600; say so explicitly
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def find_orphans(folder: Path) -> list[Recovered]:
    """Recovery files whose window is gone, newest first; unreadable ones are left alone."""
    found = []
    for file in folder.glob(f"{PREFIX}*{SUFFIX}"):
        if _is_owned(file):
            continue
        recovered = _read(file)
        if recovered is not None:
            found.append(recovered)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _is_owned(file: Path) -> bool:
    token = file.name[len(PREFIX) : -len(SUFFIX)]
    pid_text = token.split("-", 1)[0]
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return token in _LIVE_TOKENS
    return _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read(file: Path) -> Recovered | None:
    try:
        raw = read_regular_file(file, MAX_ASSESSMENT_BYTES, "recovery file", AssessmentFileError)
        data = loads_json(raw, str(file), AssessmentFileError)
        evidence = _evidence_folder(file, data.get("evidence_folder"))
        _put_back_evidence(data["assessment"], evidence)
        assessment = parse_assessment(json.dumps(data["assessment"]).encode("utf-8"), str(file))
        saved_at = dt.datetime.fromisoformat(data["saved_at"])
    except (OSError, ValueError, KeyError, TypeError, AssessmentFileError):
        return None
    original = data.get("original_path")
    return Recovered(file, Path(original) if original else None, saved_at, assessment, evidence)


def _evidence_folder(file: Path, name: object) -> Path | None:
    """The evidence folder a recovery file names: only a sibling named like ours, never a path."""
    if name is None:
        return None
    if not isinstance(name, str) or not _EVIDENCE_FOLDER.match(name):
        raise ValueError(f"{file}: not an evidence folder name: {name!r}")
    return file.parent / name


def _put_back_evidence(assessment: dict[str, object], folder: Path | None) -> None:
    """Fill in the content of each attachment written without it (older files carry it inline)."""
    attachments = assessment.get("attachments") or []
    if not isinstance(attachments, list) or len(attachments) > MAX_EVIDENCE_FILES:
        raise ValueError(f"at most {MAX_EVIDENCE_FILES} attachments")
    total = 0
    for item in attachments:
        if not isinstance(item, dict) or "content" in item:
            continue
        digest = item.get("sha256")
        if folder is None or not isinstance(digest, str) or not _SHA256.match(digest):
            raise ValueError("an attachment without content and without its evidence file")
        data = read_regular_file(folder / digest, MAX_EVIDENCE_BYTES, "evidence file", AssessmentFileError)
        total += len(data)
        if total > MAX_TOTAL_EVIDENCE_BYTES:
            raise ValueError("more evidence than one assessment may carry")
        item["content"] = base64.b64encode(data).decode("ascii")
