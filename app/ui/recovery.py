"""Autosave files: one private recovery file per open window, found again after a crash.

A recovery file is JSON holding the assessment, the path it belongs to and the writer's process id.
It is written atomically with mode 0600 and removed when the window saves or closes cleanly, so a file
left behind means the wizard did not close properly. Plain Python: no Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.core.assessment import Assessment
from app.core.errors import AssessmentFileError
from app.core.safeio import MAX_ASSESSMENT_BYTES, loads_json, read_regular_file
from app.core.storage import parse_assessment

PREFIX = "recovery-"
SUFFIX = ".json"
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


class RecoveryFile:
    """The recovery file of one window."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.path = folder / f"{PREFIX}{self.token}{SUFFIX}"
        _LIVE_TOKENS.add(self.token)

    def write(self, assessment: Assessment, original: Path | None) -> None:
        document = {
            "original_path": str(original) if original else None,
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "assessment": assessment.model_dump(mode="json"),
        }
        payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
        _write_private(self.path, payload)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    def release(self) -> None:
        """The owning window is gone; a file still present is now an orphan."""
        release_token(self.token)


def release_token(token: str) -> None:
    _LIVE_TOKENS.discard(token)


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
        assessment = parse_assessment(json.dumps(data["assessment"]).encode("utf-8"), str(file))
        saved_at = dt.datetime.fromisoformat(data["saved_at"])
    except (OSError, ValueError, KeyError, TypeError, AssessmentFileError):
        return None
    original = data.get("original_path")
    return Recovered(file, Path(original) if original else None, saved_at, assessment)
