"""Helpers shared by the subcommands: reading a checked assessment, bounded input, safe output,
printing warnings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from app.core.answers import check_assessment
from app.core.assessment import Assessment
from app.core.errors import DpiaError
from app.core.knowledge import Knowledge, load_knowledge
from app.core.languages import FALLBACK, language_codes
from app.core.printable import printable
from app.core.safeio import MAX_PDF_BYTES, MAX_SMALL_FILE_BYTES, read_regular_file, write_file
from app.core.storage import load_assessment


def warn(message: str) -> None:
    print(f"dpia: warning: {message}", file=sys.stderr)


def read_assessment(path: Path, knowledge: Knowledge | None = None) -> Assessment:
    """Load a .dpia file, check its answers against the questionnaire; warn about unknown ids and fields."""
    knowledge = knowledge or load_knowledge()
    assessment = load_assessment(path)
    for message in check_assessment(knowledge.bank, assessment, str(path)):
        warn(message)
    return assessment


def add_lang_option(parser: argparse.ArgumentParser, what: str) -> None:
    """`--lang`, checked against the declared languages by checked_locale (when the command runs)."""
    parser.add_argument(
        "--lang",
        default=FALLBACK,
        metavar="LANG",
        help=f"language of {what} (default: {FALLBACK}; one of resources/languages.yaml, an unknown one is "
        "refused with the list)",
    )


def checked_locale(lang: str, knowledge: Knowledge | None = None) -> str:
    """`lang` if resources/languages.yaml declares it; otherwise a one-line error naming the available
    ones. (`knowledge` is accepted for the callers' convenience; the list does not depend on it.)"""
    codes = language_codes()
    if lang not in codes:
        raise DpiaError(f"--lang {printable(repr(lang))}: unknown language; available: {', '.join(codes)}")
    return lang


def read_pdf(path: Path) -> bytes:
    """A PDF to sign or verify: a regular file of at most MAX_PDF_BYTES."""
    return read_regular_file(path, MAX_PDF_BYTES, "PDF file")


def read_small_file(path: Path, what: str) -> bytes:
    """A certificate or similar small file: a regular file of at most MAX_SMALL_FILE_BYTES."""
    return read_regular_file(path, MAX_SMALL_FILE_BYTES, what)


def add_force_option(parser: argparse.ArgumentParser, what: str = "the output file") -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=f"replace {what} if it exists (an input file is never replaced)",
    )


def write_output(
    args: argparse.Namespace,
    path: Path,
    data: bytes,
    inputs: Iterable[Path | None] = (),
    what: str = "file",
) -> Path:
    """Write a command's output the safe way (app.core.safeio.write_file), honouring --force."""
    return write_file(path, data, overwrite=bool(getattr(args, "force", False)), inputs=inputs, what=what)


class NotYetAvailable(Exception):
    """A subcommand whose feature has not been built yet."""
