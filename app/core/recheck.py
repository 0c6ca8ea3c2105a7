"""Re-checking recorded versions after the rules changed.

For each assessment, the state recorded by its last history entry is scored again with the current
knowledge base and the result compared with the `verdict_summary` recorded then: a difference means the
conclusions of that version no longer hold under the current rules, and the changed keys and findings
(with the rules that raised them) say why. Edits made since the last version are reported separately,
since they are not the rules' doing. The review date (`sign_off.next_review_date`) is reported when due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.assessment import Assessment, HistoryEntry
from app.core.diff import Change, compare_summaries, diff_assessments
from app.core.engine import assess
from app.core.errors import DpiaError
from app.core.knowledge import Knowledge
from app.core.lineage import as_assessment, verdict_summary
from app.core.rulesversion import current_rules_version
from app.core.storage import load_assessment
from app.core.verdict import Verdict

SUFFIX = ".dpia"


@dataclass
class RecheckResult:
    path: Path
    label: str = ""
    revision: str = ""
    recorded_rules: str = ""
    current_rules: str = ""
    changes: list[Change] = field(default_factory=list)
    versioned: bool = True
    edited_since: bool = False
    review_due: dt.date | None = None
    error: str | None = None

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "versioned": self.versioned,
            "label": self.label,
            "revision": self.revision,
            "recorded_rules_version": self.recorded_rules,
            "current_rules_version": self.current_rules,
            "changed": self.changed,
            "changes": [c.to_json() for c in self.changes],
            "edited_since_version": self.edited_since,
            "review_due": self.review_due.isoformat() if self.review_due else None,
            "error": self.error,
        }


def assessment_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and every *.dpia under the folders named (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob(f"*{SUFFIX}") if p.is_file())
        else:
            yield path


def recheck_file(
    path: Path, knowledge: Knowledge, today: dt.date, rules_version: str | None = None, locale: str = "en"
) -> RecheckResult:
    try:
        assessment = load_assessment(path)
    except DpiaError as exc:
        return RecheckResult(path, error=str(exc))
    return recheck(assessment, knowledge, today, path, rules_version, locale)


def recheck(
    assessment: Assessment,
    knowledge: Knowledge,
    today: dt.date,
    path: Path,
    rules_version: str | None = None,
    locale: str = "en",
) -> RecheckResult:
    """Score the last version's state with `knowledge` (whose version is `rules_version`) and compare;
    the changes are labelled in `locale` (risks by title, findings by text)."""
    result = RecheckResult(path, current_rules=rules_version or current_rules_version())
    result.review_due = review_due(assessment, today)
    if not assessment.history:
        result.versioned = False
        return result
    last = assessment.history[-1]
    recorded = as_assessment(last.snapshot)
    verdict = assess(recorded, knowledge, locale)
    current = verdict_summary(verdict)
    result.label, result.revision, result.recorded_rules = last.label, last.revision, last.rules_version
    texts = {f.id: f.text for f in verdict.findings}
    words = {r.id: r.title for r in verdict.risks}
    result.changes = compare_summaries(last.verdict_summary, current, locale, texts, words)
    result.edited_since = bool(diff_assessments(recorded, _without_lineage(assessment)))
    return result


def recorded_verdict_holds(entry: HistoryEntry, rescored: Verdict, rules_version: str) -> bool | None:
    """Whether a version's recorded verdict follows from its own recorded answers: `rescored` is the
    version's snapshot scored with the rules of `rules_version`. None when the version was recorded under
    other rules, where it cannot be told; False means the history was edited after it was recorded."""
    if entry.rules_version != rules_version:
        return None
    return not compare_summaries(entry.verdict_summary, verdict_summary(rescored))


def review_due(assessment: Assessment, today: dt.date) -> dt.date | None:
    """The next review date when it is today or past, else None."""
    due = assessment.sign_off.next_review_date
    return due if due is not None and due <= today else None


def _without_lineage(assessment: Assessment) -> Assessment:
    return assessment.model_copy(update={"attachments": [], "history": []})
