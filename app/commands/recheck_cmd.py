"""`dpia recheck PATH... [--json]`: which recorded versions no longer hold under the current rules."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app import resources
from app.commands.common import add_lang_option, checked_locale
from app.core.diff import Change, brief
from app.core.knowledge import Knowledge, load_knowledge, load_knowledge_from
from app.core.messages import message
from app.core.printable import json_text, printable
from app.core.rulesversion import current_rules_version, rules_version
from app.report.diff_words import verdict_words

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
    add_lang_option(parser, "the lines printed (the --json keys stay English)")
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
    lang = checked_locale(args.lang)
    today = dt.date.today()
    results = [recheck_file(path, knowledge, today, version, lang) for path in assessment_files(args.paths)]
    if args.json:
        print(json_text([r.to_json() for r in results]))
    else:
        for line in result_lines(results, lang, knowledge):
            print(printable(line))  # file names and labels may hold terminal escapes
    if any(r.error for r in results):
        return EXIT_ERROR
    return EXIT_SOME_CHANGED if any(r.changed for r in results) else EXIT_NONE_CHANGED


def result_lines(
    results: list[RecheckResult], lang: str = "en", knowledge: Knowledge | None = None
) -> list[str]:
    words = verdict_words(knowledge or load_knowledge(), lang)
    lines: list[str] = []
    for result in results:
        lines += _lines(result, lang, words)
    changed = sum(r.changed for r in results)
    due = sum(r.review_due is not None for r in results)
    lines.append(message("recheck_total", lang, count=len(results), changed=changed, due=due))
    return lines


def _lines(result: RecheckResult, lang: str, words: dict[str, str]) -> list[str]:
    if result.error:
        return [message("recheck_error", lang, path=result.path, error=result.error)]
    if not result.versioned:
        head = message("recheck_unversioned", lang, path=result.path)
    elif result.changed:
        head = message(
            "recheck_changed",
            lang,
            path=result.path,
            label=repr(result.label),
            revision=(result.revision or "")[:8],
            recorded=result.recorded_rules,
            current=result.current_rules,
        )
    else:
        head = message(
            "recheck_unchanged",
            lang,
            path=result.path,
            label=repr(result.label),
            revision=(result.revision or "")[:8],
        )
    lines = [head]
    for change in result.changes:
        values = f"{_shown(change, change.old, lang, words)} -> {_shown(change, change.new, lang, words)}"
        kind = message(f"recheck_kind_{change.kind}", lang)
        lines.append(f"  {kind} " + message("diff_line", lang, label=change.label, values=values))
    if result.edited_since:
        lines.append("  " + message("recheck_edited", lang))
    if result.review_due is not None:
        lines.append("  " + message("recheck_review_due", lang, date=result.review_due.isoformat()))
    return lines


def _shown(change: Change, value: object, lang: str, words: dict[str, str]) -> str:
    if value is None:
        return message("diff_no_value", lang)
    if isinstance(value, str | bool) and str(value) in words:
        return words[str(value)]
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return brief(change, value, None, lang)
