"""`dpia version FILE [--label TEXT]`: record a version in the file's history, or list the versions."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_lang_option, checked_locale, read_assessment
from app.core.errors import DpiaError
from app.core.knowledge import load_knowledge
from app.core.lineage import record_version
from app.core.messages import message
from app.core.printable import printable
from app.core.storage import save_in_place


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "version",
        help="record a version (history entry) in an assessment, or list its versions",
        description=(
            "With --label, record the current state as a version: a new revision with the time, the "
            "label, the rules version, a summary of the verdict and a snapshot of answers, notes, "
            "measures, overrides, sign-off and reviews. The previous file is kept as FILE.bak. "
            "Without --label, list the recorded versions."
        ),
    )
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    parser.add_argument("--label", help="a name for this version, e.g. 'v1.0 signed by the DPO'")
    add_lang_option(parser, "the lines printed")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    knowledge = load_knowledge()
    lang = checked_locale(args.lang)
    assessment = read_assessment(args.file, knowledge)
    if args.label is None:
        for line in history_lines(assessment.history, lang):
            print(printable(line))  # labels and rules versions come from the file
        return 0
    if not args.label.strip():
        raise DpiaError("--label must not be empty")
    entry = record_version(assessment, args.label, knowledge)
    save_in_place(assessment, args.file)
    outcome = _outcome(entry.verdict_summary.get("outcome"), lang)
    print(
        printable(
            message(
                "version_recorded",
                lang,
                label=repr(entry.label),
                revision=entry.revision,
                rules=entry.rules_version,
                outcome=outcome,
                file=args.file,
            )
        )
    )
    return 0


def _outcome(code: object, lang: str) -> str:
    """The outcome as the report names it ("Do not proceed", "Ne pas poursuivre"), else the code."""
    from app.report.strings import text

    try:
        return text(f"outcome_{code}", lang)
    except KeyError:
        return str(code or "?")


def history_lines(history: list, lang: str = "en") -> list[str]:
    if not history:
        return [message("version_none", lang)]
    return [
        message(
            "version_line",
            lang,
            time=f"{e.time:%Y-%m-%d %H:%M}",
            revision=e.revision[:8],
            label=repr(e.label),
            kind=_kind(e.kind, lang),
            rules=e.rules_version,
            outcome=_outcome(e.verdict_summary.get("outcome"), lang),
        )
        for e in history
    ]


def _kind(kind: str, lang: str) -> str:
    try:
        return message(f"version_kind_{kind}", lang)
    except KeyError:
        return kind
