"""Safe output for the issue-14 commands (export, merge, import-cnil), until the shared helper lands.

It mirrors the API and rules of `app.core.safeio` / `app.commands.common` on the i11-bounds branch
(`add_force_option`, `check_output`, `write_output`): an existing file is replaced only with --force, an
input is never an output (by any path, hard link or symlink), a symlink is never followed (the data goes
to a new temporary file that is then linked into place), nothing half-written is left behind. When that
branch is merged, this module becomes re-exports of those functions.
"""

from __future__ import annotations

import argparse
import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.core.errors import DpiaError


def add_force_option(parser: argparse.ArgumentParser, what: str = "the output file") -> None:
    parser.add_argument(
        "--force", action="store_true", help=f"replace {what} if it exists (an input file is never replaced)"
    )


def check_output(path: Path, *, overwrite: bool = False, inputs: Iterable[Path | None] = ()) -> None:
    """Refuse, before any work, an output that is an input, not a plain file name, or (without
    `overwrite`) that exists, even as a dangling symlink."""
    for source in inputs:
        if source is not None and _same_file(path, source):
            raise DpiaError(f"{path}: this is the input file {source}; choose another output")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DpiaError(f"{path}: the folder {folder} does not exist")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise DpiaError(f"{path}: not a regular file; choose a file name")
    if not overwrite:
        raise DpiaError(f"{path}: already exists; not overwritten (use --force to replace it)")


def write_output(
    args: argparse.Namespace, path: Path, data: bytes, inputs: Iterable[Path | None] = (), what: str = "file"
) -> Path:
    """Write `data` to `path` under the rules above, honouring --force."""
    inputs = list(inputs)
    overwrite = bool(getattr(args, "force", False))
    check_output(path, overwrite=overwrite, inputs=inputs)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        tmp = _write_temporary(folder, path.name, data)
    except OSError as exc:
        raise DpiaError(f"{path}: cannot write the {what} ({exc.strerror or exc})") from exc
    try:
        _put_in_place(tmp, path, overwrite)
    except FileExistsError as exc:
        raise DpiaError(f"{path}: already exists; not overwritten (use --force to replace it)") from exc
    except OSError as exc:
        raise DpiaError(f"{path}: cannot write the {what} ({exc.strerror or exc})") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)  # after a link or a failure; a replace already moved it
    return path


def _write_temporary(folder: Path, name: str, data: bytes) -> str:
    """A new file beside the target (mkstemp: O_EXCL, never through a symlink), fsynced."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
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
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "exists") from exc
        os.replace(tmp, path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
