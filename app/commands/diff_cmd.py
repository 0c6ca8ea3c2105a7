"""`dpia diff OLD NEW [--json] [--lang en]`: what changed between two assessments (exit 0/1/2 as diff)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_lang_option, checked_locale, read_assessment
from app.core.diff import Change, area_label, diff_assessments, diff_text
from app.core.engine import assess
from app.core.forms import QuestionBank
from app.core.knowledge import load_knowledge
from app.core.lineage import verdict_summary
from app.core.printable import json_text, printable
from app.report.diff_words import finding_texts, risk_titles, side_text, verdict_words

EXIT_SAME, EXIT_DIFFERENT = 0, 1
_MARK = {"added": "+", "removed": "-", "changed": "~"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="compare two assessments: answers, notes, measures, overrides, sign-off, verdict",
        description=(
            "Compare two .dpia files. Both are scored with the current rules and their verdicts "
            "compared too. Exit codes: 0 identical, 1 different, 2 error."
        ),
    )
    parser.add_argument("old", type=Path, help="the earlier .dpia file")
    parser.add_argument("new", type=Path, help="the later .dpia file")
    parser.add_argument("--json", action="store_true", help="print the differences as JSON")
    add_lang_option(parser, "the labels, headings and values printed (the --json keys stay English)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    knowledge = load_knowledge()
    args.lang = checked_locale(args.lang, knowledge)
    old = read_assessment(args.old, knowledge)
    new = read_assessment(args.new, knowledge)
    verdicts = (assess(old, knowledge, args.lang), assess(new, knowledge, args.lang))
    summaries = (verdict_summary(verdicts[0]), verdict_summary(verdicts[1]))
    texts, risks = finding_texts(*verdicts), risk_titles(*verdicts)
    changes = diff_assessments(old, new, knowledge.bank, args.lang, summaries, texts, risks)
    if args.json:
        payload = {
            "old": str(args.old),
            "new": str(args.new),
            "identical": not changes,
            "changes": [c.to_json() for c in changes],
        }
        print(json_text(payload))
    else:
        words = verdict_words(knowledge, args.lang)
        for line in change_lines(changes, knowledge.bank, args.lang, (str(args.old), str(args.new)), words):
            print(printable(line))  # a copy from someone else may hold terminal escapes
    return EXIT_DIFFERENT if changes else EXIT_SAME


def change_lines(
    changes: list[Change],
    bank: QuestionBank | None,
    locale: str,
    names: tuple[str, str],
    words: dict[str, str] | None = None,
) -> list[str]:
    """The differences grouped by area, one line each: + added, - removed, ~ changed."""
    if not changes:
        return [diff_text("diff_none", locale, old=names[0], new=names[1])]
    lines = [f"--- {names[0]}", f"+++ {names[1]}"]
    area = None
    for change in changes:
        if change.area != area:
            area = change.area
            lines.append(diff_text("diff_heading", locale, area=area_label(area, locale)))
        values = _values(change, bank, locale, words or {})
        lines.append(
            f"  {_MARK[change.kind]} " + diff_text("diff_line", locale, label=change.label, values=values)
        )
    return lines


def _values(change: Change, bank: QuestionBank | None, locale: str, words: dict[str, str]) -> str:
    old, new = (side_text(change, v, bank, locale, words) for v in (change.old, change.new))
    return {"added": new, "removed": old}.get(change.kind, f"{old} -> {new}")
