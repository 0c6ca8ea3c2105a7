"""`dpia version FILE [--label TEXT]`: record a version in the file's history, or list the versions."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import read_assessment
from app.core.errors import DpiaError
from app.core.knowledge import load_knowledge
from app.core.lineage import record_version
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
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    knowledge = load_knowledge()
    assessment = read_assessment(args.file, knowledge)
    if args.label is None:
        for line in history_lines(assessment.history):
            print(line)
        return 0
    if not args.label.strip():
        raise DpiaError("--label must not be empty")
    entry = record_version(assessment, args.label, knowledge)
    save_in_place(assessment, args.file)
    outcome = entry.verdict_summary["outcome"]
    print(
        f"recorded version {entry.label!r} as revision {entry.revision} "
        f"(rules {entry.rules_version}, outcome: {outcome}) in {args.file}"
    )
    return 0


def history_lines(history: list) -> list[str]:
    if not history:
        return ["no versions recorded"]
    return [
        f"{e.time:%Y-%m-%d %H:%M} {e.revision[:8]} {e.label!r} ({e.kind}; rules {e.rules_version}; "
        f"outcome: {e.verdict_summary.get('outcome', '?')})"
        for e in history
    ]
