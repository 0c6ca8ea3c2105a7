"""`dpia recheck PATH... [--json]`: which recorded versions no longer hold under the current rules."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app import resources
from app.core.knowledge import load_knowledge, load_knowledge_from
from app.core.printable import printable
from app.core.rulesversion import current_rules_version, rules_version

if TYPE_CHECKING:
    from app.core.recheck import RecheckResult

EXIT_NONE_CHANGED, EXIT_SOME_CHANGED, EXIT_ERROR = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "recheck",
        help="re-score the last recorded version of assessments with the current rules",
        description=(
            "Re-score the state recorded by each assessment's last version with the current rules and "
            "compare with the verdict recorded then; list those whose conclusions changed and why, and "
            "review dates that are due. Folders are searched recursively for *.dpia files. Exit codes: "
            "0 none changed, 1 some changed, 2 a file could not be read (the others are still checked)."
        ),
    )
    parser.add_argument("paths", type=Path, nargs="+", metavar="PATH", help=".dpia files or folders")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--forms", type=Path, metavar="DIR", help="forms folder (default: the shipped one)")
    parser.add_argument(
        "--resources", type=Path, metavar="DIR", help="resources folder with legal/ (default: shipped)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.core.recheck import assessment_files, recheck_file  # only here: `dpia` starts faster

    if args.forms or args.resources:
        forms_dir = args.forms or resources.forms_dir()
        resources_dir = args.resources or resources.resources_dir()
        knowledge = load_knowledge_from(forms_dir, resources_dir)
        version = rules_version(forms_dir, resources_dir / "legal", knowledge.settings.engine_version)
    else:
        knowledge, version = load_knowledge(), current_rules_version()
    today = dt.date.today()
    results = [recheck_file(path, knowledge, today, version) for path in assessment_files(args.paths)]
    if args.json:
        print(json.dumps([r.to_json() for r in results], indent=2, ensure_ascii=False))
    else:
        for line in result_lines(results):
            print(printable(line))  # file names and labels may hold terminal escapes
    if any(r.error for r in results):
        return EXIT_ERROR
    return EXIT_SOME_CHANGED if any(r.changed for r in results) else EXIT_NONE_CHANGED


def result_lines(results: list[RecheckResult]) -> list[str]:
    lines: list[str] = []
    for result in results:
        lines += _lines(result)
    changed = sum(r.changed for r in results)
    due = sum(r.review_due is not None for r in results)
    lines.append(f"{len(results)} assessment(s) checked: {changed} changed, {due} review(s) due")
    return lines


def _lines(result: RecheckResult) -> list[str]:
    if result.error:
        return [f"{result.path}: ERROR: {result.error}"]
    if not result.versioned:
        head = f"{result.path}: no version recorded (record one with 'dpia version FILE --label ...')"
    elif result.changed:
        head = (
            f"{result.path}: CHANGED since version {result.label!r} ({result.revision[:8]}; "
            f"rules {result.recorded_rules} -> {result.current_rules})"
        )
    else:
        head = f"{result.path}: unchanged since version {result.label!r} ({result.revision[:8]})"
    lines = [head]
    for change in result.changes:
        lines.append(f"  {change.kind} {change.label}: {_shown(change.old)} -> {_shown(change.new)}")
    if result.edited_since:
        lines.append("  note: the assessment was edited after that version (not part of this check)")
    if result.review_due is not None:
        lines.append(f"  review due: {result.review_due.isoformat()} (next review date reached)")
    return lines


def _shown(value: object) -> str:
    return "(none)" if value is None else json.dumps(value, ensure_ascii=False, default=str)
