"""Bounded input and safe output: the one place where commands and the GUI read and write user files.

Input: only regular files are read (a FIFO, device or folder is refused at once, never waited on), each
kind of file has a size cap, and JSON is parsed within a budget of values, list lengths, string lengths
and nesting depth that is checked *before* any model validation, so memory stays a small multiple of
the file. Every failure is the caller's error type with a one-line message that names the limit.

Output: data goes to a temporary file in the target's folder (created exclusively, so a planted
symlink is never followed), which is then linked into place. Without `overwrite` an existing name
(file, symlink or anything else) is refused; with it, the name is replaced atomically (a symlink is
replaced, its target is untouched). An output that is one of the command's inputs (same file by any
path, hard link or symlink) is always refused. No temporary file survives a failure.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.core.errors import DpiaError
from app.core.printable import printable

MiB = 1024 * 1024

# The documented limits (README "Limits"). Generous for real work, small enough for one laptop.
MAX_ASSESSMENT_BYTES = 32 * MiB  # a .dpia file, and the assessment embedded in a report
MAX_EMBEDDED_FILE_BYTES = 32 * MiB  # any file embedded in a report, after decompression
MAX_PDF_BYTES = 100 * MiB  # a report to sign or verify
MAX_YAML_BYTES = 4 * MiB  # one forms/ or resources/ YAML file
MAX_SMALL_FILE_BYTES = 1 * MiB  # an identity (.p12) or a certificate (.pem)
MAX_JSON_VALUES = 200_000  # values (numbers, strings, lists, objects) in one JSON document
MAX_ITEMS = 10_000  # items in one list, or entries in one object
MAX_STRING_CHARS = 12_000_000  # characters in one string: an 8 MiB evidence file in base64
MAX_DEPTH = 32  # nesting of lists and objects
MAX_JSON_NUMBER = 2**53 - 1  # magnitude of a number: the whole numbers every JSON reader keeps exactly
MAX_YAML_NODES = 200_000  # nodes of one YAML file, counting every alias expansion
MAX_YAML_DEPTH = 64

_SURROGATE_ESCAPE = re.compile(rb"\\[uU][dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


class OutputExistsError(DpiaError):
    """The output exists and the caller did not ask to replace it."""


def size_text(limit: int) -> str:
    return f"{limit // MiB} MB" if limit >= MiB and limit % MiB == 0 else f"{limit:,} bytes"


# -- input ---------------------------------------------------------------------------------------


def read_regular_file(
    path: Path | str, limit: int, what: str = "file", error: type[DpiaError] = DpiaError
) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else raises `error`."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise error(f"{path}: cannot read {what} ({exc.strerror or exc})") from exc
    try:
        return _read_fd(fd, path, limit, what, error)
    finally:
        os.close(fd)


def _read_fd(fd: int, path: Path | str, limit: int, what: str, error: type[DpiaError]) -> bytes:
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise error(f"{path}: not a regular file ({_kind(info.st_mode)}); cannot read {what}")
    if info.st_size > limit:
        raise error(f"{path}: {what} larger than the limit of {size_text(limit)}")
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= limit:
            chunk = os.read(fd, min(limit + 1 - total, MiB))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise error(f"{path}: cannot read {what} ({exc.strerror or exc})") from exc
    if total > limit:  # it grew while being read
        raise error(f"{path}: {what} larger than the limit of {size_text(limit)}")
    return b"".join(chunks)


def _kind(mode: int) -> str:
    kinds = {
        stat.S_ISDIR: "a folder",
        stat.S_ISFIFO: "a FIFO",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
        stat.S_ISSOCK: "a socket",
    }
    return next((name for test, name in kinds.items() if test(mode)), "not a regular file")


def loads_json(raw: bytes, source: str, error: type[DpiaError] = DpiaError) -> Any:
    """Parse UTF-8 JSON within the budget: refuse before parsing what would not fit, check after."""
    _precheck_json(raw, source, error)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{source}: not UTF-8 text (invalid byte at offset {exc.start})") from exc
    try:
        value = json.loads(
            text, object_pairs_hook=_unique_keys, parse_constant=_no_constant, parse_float=_finite
        )
    except _DuplicateKey as exc:
        raise error(f"{source}: duplicate key {_printable(exc.key)} in a JSON object") from exc
    except json.JSONDecodeError as exc:
        raise error(f"{source}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg})") from exc
    except RecursionError as exc:
        raise error(f"{source}: invalid JSON (nested too deeply)") from exc
    except (ValueError, MemoryError) as exc:
        raise error(f"{source}: invalid JSON ({_one_line(exc)})") from exc
    check_json_tree(value, source, error)
    if _SURROGATE_ESCAPE.search(raw):
        _check_unicode(value, source, error)
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"number {text[:20]} out of range")
    return number


def _check_unicode(value: Any, source: str, error: type[DpiaError]) -> None:
    """Escaped lone surrogates (\\ud800) parse but are not text: nothing could save or print them."""
    stack = [value]
    while stack:
        node = stack.pop()
        texts = [node] if isinstance(node, str) else list(node) if isinstance(node, dict) else []
        if any(_SURROGATE.search(text) for text in texts):
            raise error(f"{source}: a text holds an unpaired surrogate escape, which is not Unicode")
        if isinstance(node, dict | list):
            stack.extend(node.values() if isinstance(node, dict) else node)


def _precheck_json(raw: bytes, source: str, error: type[DpiaError]) -> None:
    """An upper bound on the number of values, from the separators outside strings (linear, in C)."""
    if len(raw) > MAX_ASSESSMENT_BYTES:
        raise error(f"{source}: larger than the limit of {size_text(MAX_ASSESSMENT_BYTES)}")
    skeleton = _STRING.sub(b'""', raw)
    values = skeleton.count(b",") + skeleton.count(b"[") + skeleton.count(b"{") + 1
    if values > MAX_JSON_VALUES:
        raise error(f"{source}: more than the limit of {MAX_JSON_VALUES:,} JSON values")


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def check_json_tree(value: Any, source: str, error: type[DpiaError] = DpiaError) -> None:
    """Depth, list and object sizes, string lengths and number ranges of parsed JSON, walked without
    recursion."""
    _check_number(value, value, source, error)
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            _check_string(node, source, error)
        elif isinstance(node, dict | list):
            _check_container(node, depth, source, error)
            children = node.items() if isinstance(node, dict) else ((None, item) for item in node)
            for key, child in children:
                if key is not None:
                    _check_string(key, source, error)
                if isinstance(child, str | dict | list):
                    stack.append((child, depth + 1))
                elif isinstance(child, int | float):
                    _check_number(child, value, source, error)


def _check_string(text: str, source: str, error: type[DpiaError]) -> None:
    if len(text) > MAX_STRING_CHARS:
        raise error(f"{source}: a text longer than the limit of {MAX_STRING_CHARS:,} characters")


def _check_number(number: Any, document: Any, source: str, error: type[DpiaError]) -> None:
    if isinstance(number, int | float) and not isinstance(number, bool) and abs(number) > MAX_JSON_NUMBER:
        text = str(number)
        if len(text) > 24:
            text = f"{text[:20]}... ({len(text.lstrip('-'))} digits)"
        raise error(
            f"{source}: the number {text} at {_json_path(document, number)} is out of range "
            f"(the limit is ±{MAX_JSON_NUMBER:,})"
        )


def _json_path(document: Any, target: Any) -> str:
    """Where `target` (a value, by identity) sits in `document`, as 'answers.x' or 'measures[2].due'.
    Only called on the way to an error, so the usual walk keeps no paths."""
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, path = stack.pop()
        if node is target:
            return f"'{printable(path[:80])}'" if path else "the top level"
        if isinstance(node, dict):
            stack.extend((child, f"{path}.{key}" if path else key) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{index}]") for index, child in enumerate(node))
    return "an unknown place"


def _check_container(
    node: dict[str, Any] | list[Any], depth: int, source: str, error: type[DpiaError]
) -> None:
    if depth > MAX_DEPTH:
        raise error(f"{source}: nested deeper than the limit of {MAX_DEPTH} levels")
    if len(node) > MAX_ITEMS:
        kind = "an object with more entries" if isinstance(node, dict) else "a list with more items"
        raise error(f"{source}: {kind} than the limit of {MAX_ITEMS:,}")


# -- output --------------------------------------------------------------------------------------


def check_not_an_input(output: Path, inputs: Iterable[Path | str | None], error: type[DpiaError]) -> None:
    """Refuse an output that is one of the inputs, by whatever path, hard link or symlink."""
    for source in inputs:
        if source is not None and _same_file(output, Path(source)):
            raise error(f"{output}: this is the input file {source}; choose another output")


def check_output(
    path: Path | str,
    *,
    overwrite: bool = False,
    inputs: Iterable[Path | str | None] = (),
    error: type[DpiaError] = DpiaError,
) -> None:
    """Refuse an output that is an input, that is not a file name in an existing folder, or (without
    `overwrite`) that exists; call it before the work that produces the output, so a mistake costs
    nothing. write_file checks again."""
    path = Path(path)
    check_not_an_input(path, inputs, error)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise error(f"{path}: the folder {folder} does not exist")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise error(f"{path}: cannot write here ({exc.strerror or exc})") from exc
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise error(f"{path}: {_kind(mode)}, not a file; choose a file name")
    if not overwrite:
        raise _exists(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def write_file(
    path: Path | str,
    data: bytes,
    *,
    overwrite: bool = False,
    mode: int | None = None,
    inputs: Iterable[Path | str | None] = (),
    what: str = "file",
    error: type[DpiaError] = DpiaError,
) -> Path:
    """Write `data` to `path` safely (see the module docstring); return the path."""
    path = Path(path)
    check_output(path, overwrite=overwrite, inputs=inputs, error=error)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        tmp = _write_temporary(folder, path.name, data, _mode_for(path, mode, overwrite))
    except OSError as exc:
        raise error(f"{path}: cannot write the {what} ({exc.strerror or exc})") from exc
    try:
        _put_in_place(tmp, path, overwrite)
    except FileExistsError as exc:
        raise _exists(path) from exc
    except OSError as exc:
        raise error(f"{path}: cannot write the {what} ({exc.strerror or exc})") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def _exists(path: Path) -> OutputExistsError:
    return OutputExistsError(f"{path}: already exists; not overwritten (use --force to replace it)")


def _write_temporary(folder: Path, name: str, data: bytes, mode: int | None) -> str:
    """A new file (O_EXCL: never through a symlink), created with `mode` under the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = str(folder / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666 if mode is None else mode)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(errno.EEXIST, "no free temporary name")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _put_in_place(tmp: str, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(tmp, path)  # a symlink at `path` is replaced, its target untouched
        return
    try:
        os.link(tmp, path, follow_symlinks=False)  # fails if the name exists, even as a symlink
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(path):  # file systems without hard links: check, then rename
            raise FileExistsError(errno.EEXIST, "exists") from exc
        os.replace(tmp, path)


def _mode_for(path: Path, mode: int | None, overwrite: bool) -> int | None:
    """The given mode; else a replaced file's own; else None (0o666 under the umask)."""
    if mode is not None or not overwrite:
        return mode
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info.st_mode & 0o777 if stat.S_ISREG(info.st_mode) else None


def _printable(text: str) -> str:
    return repr(text[:80]).encode("unicode_escape").decode("ascii")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
