"""`dpia review FILE --section ID | --measure ID --status S [--comment TEXT] --evaluator NAME`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import read_assessment
from app.core.knowledge import load_knowledge
from app.core.lineage import now, save_revision
from app.core.printable import printable
from app.core.review import REVIEW_STATUSES, set_review


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="record an evaluator's review of a section or a measure",
        description=(
            "Record an evaluator's judgement of one section or measure: acceptable, improvable or "
            "to_correct (a comment is required unless acceptable). It replaces that item's earlier "
            "review. While anything is 'to_correct' the assessment cannot be marked final; a final "
            "assessment goes back to in_review. The previous file is kept as FILE.bak."
        ),
    )
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--section", metavar="ID", help="the questionnaire section reviewed")
    target.add_argument("--measure", metavar="ID", help="the measure reviewed")
    parser.add_argument("--status", required=True, choices=REVIEW_STATUSES)
    parser.add_argument("--comment", default="", help="what to improve or correct")
    parser.add_argument("--evaluator", required=True, metavar="NAME", help="who reviews")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    knowledge = load_knowledge()
    assessment = read_assessment(args.file, knowledge)
    scope, target = ("section", args.section) if args.section else ("measure", args.measure)
    was_final = assessment.metadata.status == "final"
    review = set_review(
        assessment, knowledge.bank, scope, target, args.status, args.comment, args.evaluator, now()
    )
    save_revision(assessment, args.file)
    print(printable(f"recorded review of {scope} {target}: {review.status} by {review.evaluator}"))
    if was_final and assessment.metadata.status != "final":
        print("the assessment was final; its status is now in_review until the correction is reviewed")
    return 0
