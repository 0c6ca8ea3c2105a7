"""`dpia merge BASE COPY... -o OUT [--json]`: merge participants' copies (exit 0 clean, 1 disputes)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import (
    add_force_option,
    add_lang_option,
    checked_locale,
    read_assessment,
    write_output,
)
from app.core.diff import area_label, diff_text
from app.core.forms import QuestionBank
from app.core.knowledge import load_knowledge
from app.core.printable import json_text, printable
from app.core.safeio import check_output
from app.core.storage import loadable_payload

if TYPE_CHECKING:
    from app.core.merge import Conflict, MergeResult

EXIT_CLEAN, EXIT_DISPUTES = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge",
        help="merge participants' copies of an assessment against their common base",
        description=(
            "Three-way merge of answers, notes, measures, overrides, participants, evidence, reviews, "
            "metadata and sign-off. Changes made by one copy (or the same change by several) are taken. "
            "A question answered differently by two copies keeps the base value (or stays unanswered) "
            "and is marked disputed, its note naming every participant's value. Copies of another "
            "assessment (a different id) are refused. Exit codes: 0 merged cleanly, 1 merged with "
            "disputes or conflicts, 2 error."
        ),
    )
    parser.add_argument("base", type=Path, help="the .dpia file the copies were made from")
    parser.add_argument("copies", type=Path, nargs="+", metavar="COPY", help="the participants' copies")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the merged .dpia to write")
    parser.add_argument("--json", action="store_true", help="print what was merged as JSON")
    add_lang_option(parser, "the reasons written on disputed questions")
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.core.merge import merge_files  # only here: `dpia` starts faster

    inputs = [args.base, *args.copies]
    check_output(args.output, overwrite=args.force, inputs=inputs)
    knowledge = load_knowledge()
    locale = checked_locale(args.lang, knowledge)
    result = merge_files(
        args.base, args.copies, knowledge.bank, locale, read=lambda path: read_assessment(path, knowledge)
    )
    write_output(
        args,
        args.output,
        loadable_payload(result.assessment, args.output),
        inputs=inputs,
        what="merged assessment",
    )
    if args.json:
        print(json_text(_payload(args, result)))
    else:
        for line in summary_lines(args.output, result, knowledge.bank, locale):
            print(printable(line))  # a participant's copy may hold terminal escapes
    return EXIT_DISPUTES if result.conflicts else EXIT_CLEAN


def _payload(args: argparse.Namespace, result: MergeResult) -> dict:
    return {
        "output": str(args.output),
        "base": str(args.base),
        "copies": [str(p) for p in args.copies],
        "clean": not result.conflicts,
        "taken": result.taken,
        "disputed_questions": result.disputed_questions,
        "conflicts": [c.to_json() for c in result.conflicts],
    }


def summary_lines(
    output: Path, result: MergeResult, bank: QuestionBank | None = None, locale: str = "en"
) -> list[str]:
    from app.core.merge import dispute_reason

    taken = sum(result.taken.values())
    disputed = result.disputed_questions
    others = [c for c in result.conflicts if c.area != "answers"]
    counts = {"taken": taken, "disputed": len(disputed), "others": len(others)}
    lines = [diff_text("merge_wrote", locale, path=output, **counts)]
    answers = [c for c in result.conflicts if c.area == "answers"]
    lines += [
        "  "
        + diff_text(
            "merge_disputed",
            locale,
            question=_question(bank, c.key, locale),
            reason=dispute_reason(c, bank, locale),
        )
        for c in answers
    ]
    lines += [
        "  "
        + diff_text("merge_conflict", locale, area=area_label(c.area, locale), key=c.key, values=_values(c))
        for c in others
    ]
    return lines


def _question(bank: QuestionBank | None, question_id: str, locale: str) -> str:
    """A question as its label and id, "Country [country]" (the id alone when the bank does not know it)."""
    question = bank.question(question_id) if bank else None
    return f"{question.label.get(locale)} [{question_id}]" if question else question_id


def _values(conflict: Conflict) -> str:
    data = conflict.to_json()
    return "; ".join(f"{who}: {json.dumps(v, ensure_ascii=False)}" for who, v in data["values"].items())
