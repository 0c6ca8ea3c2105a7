"""Reading and writing .dpia files: parse, migrate, validate; save atomically with a backup."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.core.assessment import FORMAT_NAME, SCHEMA_VERSION, Assessment
from app.core.errors import AssessmentFileError, NewerSchemaError, SaveError
from app.core.failfast import first_error
from app.core.safeio import MAX_ASSESSMENT_BYTES, check_output, loads_json, read_regular_file

BACKUP_SUFFIX = ".bak"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _migrate_v0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (prototype files without schema_version) kept notes as plain strings."""
    notes = data.get("notes", {})
    if isinstance(notes, dict):
        data["notes"] = {k: {"text": v} if isinstance(v, str) else v for k, v in notes.items()}
    return data


def _migrate_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the fact vocabulary of issue 12 (docs/facts-v2.md) and only extends it: nothing is
    renamed, and a new question stays unanswered unless an old answer already said it. The one that did:
    `national_law_basis: uavg_29_authentication_security` named the Dutch UAVG Art. 29, which version 2
    asks as `national_law_provision: nl_uavg_29`."""
    answers = data.get("answers")
    if (
        isinstance(answers, dict)
        and "national_law_provision" not in answers
        and answers.get("national_law_basis") == "uavg_29_authentication_security"
    ):
        data["answers"] = {**answers, "national_law_provision": "nl_uavg_29"}
    return data


def _migrate_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds the assessor's own risks (`own_risks`) and a custom measure's `effects` on named
    risks. Both change the verdict, so a version-2 reader must refuse a version-3 file rather than ignore
    them; a version-2 file has neither and needs no change."""
    return data


# MIGRATIONS[n] turns a version-n document into a version-(n+1) document.
MIGRATIONS: dict[int, Migration] = {0: _migrate_v0, 1: _migrate_v1, 2: _migrate_v2}


def parse_assessment(raw: bytes, source: str = "<input>") -> Assessment:
    """Turn the bytes of a .dpia file into an Assessment, or raise AssessmentFileError."""
    data = _decode_json(raw, source)
    data = migrate(data, source)
    found = first_error(Assessment, data)  # fail fast: never hundreds of thousands of errors at once
    if found is not None:
        raise AssessmentFileError(f"{source}: {describe_validation_error(found[1], found[0])}")
    try:
        return Assessment.model_validate(data)
    except ValidationError as exc:
        raise AssessmentFileError(f"{source}: {describe_validation_error(exc)}") from exc


def load_assessment(path: Path | str) -> Assessment:
    raw = read_regular_file(path, MAX_ASSESSMENT_BYTES, "assessment file", AssessmentFileError)
    return parse_assessment(raw, str(path))


def _decode_json(raw: bytes, source: str) -> dict[str, Any]:
    """JSON within the limits of app.core.safeio, checked before the model sees it."""
    data = loads_json(raw, source, AssessmentFileError)
    if not isinstance(data, dict):
        raise AssessmentFileError(f"{source}: expected a JSON object at the top level")
    if data.get("format") != FORMAT_NAME:
        raise AssessmentFileError(
            f"{source}: 'format' must be {FORMAT_NAME!r}, found {_short(data.get('format'))}"
        )
    return data


def migrate(data: dict[str, Any], source: str = "<input>") -> dict[str, Any]:
    """Bring an older document up to SCHEMA_VERSION; refuse a newer one. Version 0 is the prototype's
    file without `schema_version`: a file that names a version names 1 or later."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise AssessmentFileError(
            f"{source}: 'schema_version' must be a whole number, found {_short(version)}"
        )
    if "schema_version" in data and version < 1:
        raise AssessmentFileError(
            f"{source}: 'schema_version' {version} does not exist; versions start at 1 "
            f"(this version reads 1 to {SCHEMA_VERSION})"
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{source}: written by a newer version of the DPIA wizard (schema_version {version}; "
            f"this version reads up to {SCHEMA_VERSION}); please update the application"
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["schema_version"] = version
    return data


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def describe_validation_error(exc: ValidationError, prefix: tuple[int | str, ...] = ()) -> str:
    """One line naming the first invalid field by its JSON path (`prefix`: where `exc` was raised)."""
    first = exc.errors(include_url=False)[0]
    parts = (*prefix, *first["loc"])
    location = ".".join(str(part) for part in parts if not _is_union_tag(part))
    location = location.encode("unicode_escape").decode("ascii")
    extra = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    error = first.get("ctx", {}).get("error") if first["type"] == "value_error" else None
    message = str(error) if error is not None else first["msg"]  # without pydantic's "Value error, "
    return f"at '{location}': {message}{extra}"


def _is_union_tag(part: object) -> bool:
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float"})


def serialise(assessment: Assessment) -> bytes:
    data = assessment.model_dump(mode="json")
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def loadable_payload(assessment: Assessment, path: Path | str) -> bytes:
    """The file's bytes, refused (SaveError) if they break an input limit: a file that could not be
    opened again (e.g. a merge of copies carrying 4 x 8 MiB of evidence, or a long history) is never
    written."""
    payload = serialise(assessment)
    try:
        loads_json(payload, str(path), SaveError)
    except SaveError as exc:
        raise SaveError(f"not written, it could not be opened again: {exc}") from exc
    return payload


def save_assessment(assessment: Assessment, path: Path | str) -> None:
    """Write atomically: temp file in the same folder, fsync, keep the old file as .bak, replace."""
    path = Path(path)
    check_output(path, overwrite=True, error=SaveError)  # a file name in an existing folder
    payload = loadable_payload(assessment, path)
    try:
        _atomic_write(path, payload)
    except OSError as exc:
        raise SaveError(
            f"{path}: could not save ({exc.strerror or exc}); the previous file is unchanged"
        ) from exc


def save_in_place(assessment: Assessment, path: Path | str) -> None:
    """Save an assessment back to the file it was read from. A FILE that is a symbolic link is saved
    to the file the link points to (the link stays): replacing the link itself would leave the real
    file, e.g. a shared copy, without the change while the command reports success."""
    path = Path(path)
    save_assessment(assessment, Path(os.path.realpath(path)) if path.is_symlink() else path)


def _atomic_write(path: Path, payload: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _mode_for(path))
        if path.exists():
            _write_backup(path)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual mode under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write_backup(path: Path) -> None:
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        shutil.copyfile(path, tmp_name)
        os.replace(tmp_name, backup)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
