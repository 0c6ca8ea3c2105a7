"""`dpia`: the command-line interface.

Exit codes: 0 success, 1 a negative result (e.g. a signature that does not verify), 2 bad input or
usage, with a one-line message on stderr; `--debug` shows the traceback as well. `dpia verify` adds 3:
the report is intact but a signer is not trusted. Standard output that cannot be written (a full disk, an
I/O error) is such a one-line error (exit 2); a reader that closed the pipe (`dpia schema | head`) ends the
command quietly, as Unix tools do.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TextIO

import app.cli_startup  # first, with process_env: fewer garbage collections while the commands load
import app.process_env  # noqa: F401  (first: pydantic's plugin scan off)
from app import __version__
from app.commands import (
    assess_cmd,
    attach_cmd,
    detach_cmd,
    diff_cmd,
    export_cmd,
    forms_cmd,
    identity_cmd,
    import_cnil_cmd,
    merge_cmd,
    recheck_cmd,
    report_cmd,
    review_cmd,
    schema_cmd,
    sign_cmd,
    status_cmd,
    verify_cmd,
    version_cmd,
)
from app.commands.common import NotYetAvailable
from app.core.errors import DpiaError

EXIT_OK, EXIT_NEGATIVE, EXIT_BAD_INPUT = 0, 1, 2
SUBCOMMANDS = (
    assess_cmd,
    report_cmd,
    sign_cmd,
    verify_cmd,
    identity_cmd,
    forms_cmd,
    # The review cycle (issue 13): versions, diff, re-check, evaluator review, status, evidence.
    version_cmd,
    diff_cmd,
    recheck_cmd,
    review_cmd,
    status_cmd,
    attach_cmd,
    detach_cmd,
    # Workshops and other tools (issue 14): the published schema, exports, merge, CNIL import.
    schema_cmd,
    export_cmd,
    merge_cmd,
    import_cnil_cmd,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dpia",
        description="DPIA wizard for facial-recognition deployments (GDPR, UAVG, EU AI Act).",
        epilog=(
            "Exit codes: 0 success, 1 negative result, 2 bad input or usage; "
            "verify: 3 intact but a signer not trusted."
        ),
    )
    parser.add_argument("--version", action="version", version=f"dpia {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


class _StdoutFailed(Exception):
    """Standard output could not be written (not a BrokenPipeError: a closed pipe is no error)."""


class _GuardedStdout:
    """sys.stdout while a command runs: its write failures are told apart from the command's own
    (an OSError of an output file stays the command's to report)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._guard(self._stream.write, text))

    def flush(self) -> None:
        self._guard(self._stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    @staticmethod
    def _guard(call: Callable[..., Any], *args: Any) -> Any:
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _StdoutFailed(exc.strerror or str(exc)) from exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    stdout = sys.stdout
    sys.stdout = _GuardedStdout(stdout)
    try:
        return _run(args)
    finally:
        sys.stdout = stdout


def _run(args: argparse.Namespace) -> int:
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # a full disk shows now, not as a lost write when Python exits
        return code
    except _StdoutFailed as exc:
        _discard_stdout()
        return _fail(args, f"dpia: error: cannot write to standard output: {exc}")
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_OK
    except DpiaError as exc:
        return _fail(args, f"dpia: error: {exc}")
    except NotYetAvailable as exc:
        return _fail(args, f"dpia {args.command}: not available yet: {exc}")
    except KeyboardInterrupt:
        return _fail(args, "dpia: interrupted")
    except RecursionError:
        return _fail(args, "dpia: error: the input is nested too deeply to process")
    except MemoryError:
        return _fail(args, "dpia: error: not enough memory for this input (see the README's input limits)")
    except ValueError as exc:  # a library refusing malformed input that no earlier check named
        return _fail(args, f"dpia: error: cannot process the input ({type(exc).__name__}: {exc})")
    except Exception as exc:
        return _fail(args, f"dpia: internal error: {type(exc).__name__}: {exc} (rerun with --debug)")


def _discard_stdout() -> None:
    """Output still buffered for a stdout that failed goes nowhere, so that Python's flush at exit
    neither repeats the failure nor changes the exit code."""
    stream = sys.stdout
    if isinstance(stream, _GuardedStdout):
        stream = stream._stream
    if stream is not sys.__stdout__ or stream is None:
        return  # a replaced stdout (tests): nothing is flushed at exit
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _fail(args: argparse.Namespace, message: str) -> int:
    if getattr(args, "debug", False):
        traceback.print_exc()
    print(" ".join(message.split()), file=sys.stderr)
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
