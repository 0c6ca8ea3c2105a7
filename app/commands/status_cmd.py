"""`dpia status FILE [draft|in_review|final]`: show or set the assessment's status."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import read_assessment
from app.core.knowledge import load_knowledge
from app.core.lineage import save_revision
from app.core.review import STATUSES, blockers, set_status


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "status",
        help="show or set an assessment's status (final is refused while a review says to_correct)",
        description=(
            "Without STATUS, print the status. With it, set it; 'final' is refused (exit 2) while an "
            "evaluator's review marks anything 'to_correct'. The previous file is kept as FILE.bak."
        ),
    )
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    parser.add_argument("status", nargs="?", choices=STATUSES)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    assessment = read_assessment(args.file, load_knowledge())
    if args.status is None:
        blocking = len(blockers(assessment))
        extra = f" ({blocking} item(s) to correct)" if blocking else ""
        print(f"{assessment.metadata.status}{extra}")
        return 0
    set_status(assessment, args.status)
    save_revision(assessment, args.file)
    print(f"status of {args.file}: {args.status}")
    return 0
