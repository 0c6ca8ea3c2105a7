"""Autosave files: one private recovery file per open window, found again after a crash.

A recovery file is JSON holding the assessment, the path it belongs to and the writer's process id.
It is written atomically with mode 0600 and removed when the window saves or closes cleanly, so a file
left behind means the wizard did not close properly. Plain Python: no Qt here.

Evidence files are not in the JSON: each is written once, as its own file named by its SHA-256, into the
window's evidence folder beside it (recovery-<token>.evidence). An autosave after a change of an answer
then rewrites a few kilobytes instead of up to 27 MB of base64, which blocked the event loop for ~150 ms
on every autosave. Order keeps a crash or a full disk harmless: new evidence files first, then the JSON,
and only then are files of detached evidence deleted. The folder must be a real folder (never a
symlink), and only files named by a SHA-256 are ever deleted in it. Reading a recovery file puts the
evidence back after checking each file's size and SHA-256; a file that is missing or does not match is
left out and named, and the answers are still offered.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core.assessment import Assessment
from app.core.errors import AssessmentFileError, DpiaError
from app.core.evidence import MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, MAX_TOTAL_EVIDENCE_BYTES
from app.core.safeio import MAX_ASSESSMENT_BYTES, loads_json, read_regular_file
from app.core.storage import load_assessment, parse_assessment

PREFIX = "recovery-"
SUFFIX = ".json"
EVIDENCE_SUFFIX = ".evidence"
_SHA256 = re.compile(r"[0-9a-f]{64}")
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
    missing_evidence: tuple[str, ...] = ()  # evidence files that could not be put back (left out)


class RecoveryFile:
    """The recovery file of one window."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.path = folder / f"{PREFIX}{self.token}{SUFFIX}"
        self.evidence = folder / f"{PREFIX}{self.token}{EVIDENCE_SUFFIX}"
        _LIVE_TOKENS.add(self.token)

    def write(self, assessment: Assessment, original: Path | None) -> None:
        self.folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        self._write_evidence(assessment)  # first: the JSON never names a file not yet written
        document = {
            "original_path": str(original) if original else None,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "evidence_folder": self.evidence.name if assessment.attachments else None,
            "assessment": assessment.model_dump(mode="json", exclude=_NO_CONTENT),
        }
        payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
        _write_private(self.path, payload)
        _drop_unlisted(self.evidence, {item.sha256 for item in assessment.attachments})  # last

    def _write_evidence(self, assessment: Assessment) -> None:
        """Each evidence file once, by its SHA-256 (again if the one there has the wrong size)."""
        if not assessment.attachments:
            return
        with contextlib.suppress(FileExistsError):
            self.evidence.mkdir(mode=FOLDER_MODE)
        if not _is_real_folder(self.evidence):
            raise OSError(f"{self.evidence}: not a folder of its own (a link or a file); evidence not saved")
        for item in assessment.attachments:
            blob = self.evidence / item.sha256
            if not _regular_of_size(blob, item.size):
                _write_private(blob, item.data())

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
        shutil.rmtree(found.evidence, ignore_errors=True)  # refuses a symlink: nothing outside goes


def _is_real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _regular_of_size(path: Path, size: int) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size == size


def _drop_unlisted(folder: Path, wanted: set[str]) -> None:
    """Delete the evidence files no longer attached: only names that are a SHA-256, only in a real
    folder, never following a link; anything else in the folder is left alone."""
    if not _is_real_folder(folder):
        return
    with os.scandir(folder) as entries:
        stale = [e.path for e in entries if _SHA256.fullmatch(e.name) and e.name not in wanted]
    for path in stale:
        Path(path).unlink(missing_ok=True)  # a link is removed, not what it points to
    if not wanted:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty


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
    """The recovery file's work, or None if it cannot be read as one (it is then left alone)."""
    try:
        raw = read_regular_file(file, MAX_ASSESSMENT_BYTES, "recovery file", AssessmentFileError)
        data = loads_json(raw, str(file), AssessmentFileError)
        if not isinstance(data, dict) or not isinstance(data.get("assessment"), dict):
            return None
        original = data.get("original_path")
        original_path = Path(original) if isinstance(original, str) and original else None
        evidence = _evidence_folder_of(file)
        missing = _put_back_evidence(data["assessment"], evidence, _SavedEvidence(original_path))
        assessment = parse_assessment(json.dumps(data["assessment"]).encode("utf-8"), str(file))
        saved_at = _aware(dt.datetime.fromisoformat(data["saved_at"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, AssessmentFileError):
        return None
    has_folder = evidence if os.path.lexists(evidence) else None
    return Recovered(file, original_path, saved_at, assessment, has_folder, tuple(missing))


def _evidence_folder_of(file: Path) -> Path:
    """A recovery file's evidence folder: named after the file itself, never after what it says."""
    return file.with_name(file.name[: -len(SUFFIX)] + EVIDENCE_SUFFIX)


def _aware(moment: dt.datetime) -> dt.datetime:
    """A time with its offset (an older or hand-written file may lack one: local time)."""
    return moment if moment.tzinfo is not None else moment.astimezone()


class _SavedEvidence:
    """The evidence of the assessment file the recovery belongs to, by SHA-256: where an evidence file of
    the recovery folder is missing or damaged, the same file saved in the assessment (same hash) is used."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._by_hash: dict[str, bytes] | None = None

    def get(self, digest: str) -> bytes | None:
        if self._by_hash is None:
            self._by_hash = self._load()
        return self._by_hash.get(digest)

    def _load(self) -> dict[str, bytes]:
        if self._path is None:
            return {}
        try:
            saved = load_assessment(self._path)  # validated: each content matches its size and hash
        except (DpiaError, OSError, ValueError):
            return {}
        return {item.sha256: item.data() for item in saved.attachments}


def _put_back_evidence(assessment: dict[str, object], folder: Path, saved: _SavedEvidence) -> list[str]:
    """Fill in the content of each attachment written without it (older files carry it inline), from
    the recovery's evidence folder or else from the saved assessment. One found in neither (missing, of
    another size or hash) or beyond the caps is left out; the names of those left out are returned."""
    attachments = assessment.get("attachments") or []
    if not isinstance(attachments, list) or len(attachments) > MAX_EVIDENCE_FILES:
        raise ValueError(f"at most {MAX_EVIDENCE_FILES} attachments")
    kept: list[object] = []
    missing: list[str] = []
    total = 0
    for item in attachments:
        if not isinstance(item, dict) or "content" in item:
            kept.append(item)
            continue
        data = _evidence_bytes(folder, item)
        if data is None and isinstance(item.get("sha256"), str):
            data = saved.get(str(item["sha256"]))
        if data is None or total + len(data) > MAX_TOTAL_EVIDENCE_BYTES:
            missing.append(str(item.get("name", "?")))
            continue
        total += len(data)
        item["content"] = base64.b64encode(data).decode("ascii")
        kept.append(item)
    assessment["attachments"] = kept
    return missing


def _evidence_bytes(folder: Path, item: dict[str, object]) -> bytes | None:
    """The evidence file of an attachment, if it is there, in a real folder, with its size and hash."""
    digest = item.get("sha256")
    if not isinstance(digest, str) or not _SHA256.fullmatch(digest) or not _is_real_folder(folder):
        return None
    try:
        data = read_regular_file(folder / digest, MAX_EVIDENCE_BYTES, "evidence file", AssessmentFileError)
    except AssessmentFileError:
        return None
    if len(data) != item.get("size") or hashlib.sha256(data).hexdigest() != digest:
        return None
    return data
