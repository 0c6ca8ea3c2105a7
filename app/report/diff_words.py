"""Differences as an auditor reads them: verdict values, risks and findings in words, not ids.

Shared by `dpia diff` and the report's appendix "Changes since <version>", so both say the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.diff import Change, brief, field_label

if TYPE_CHECKING:
    from app.core.forms import QuestionBank
    from app.core.knowledge import Knowledge
    from app.core.verdict import Verdict

OUTCOMES = ("proceed", "proceed_with_measures", "prior_consultation", "do_not_proceed")


def verdict_words(knowledge: Knowledge, locale: str) -> dict[str, str]:
    """The verdict's values as words in `locale`: outcomes, risk levels, yes/no."""
    from app.report.strings import text as report_text

    words = {o: report_text(f"outcome_{o}", locale) for o in OUTCOMES}
    words |= {k: v.get(locale) for k, v in knowledge.catalogue.levels.level_labels.items()}
    words |= {
        "True": knowledge.settings.text("summary_yes", locale),
        "False": knowledge.settings.text("summary_no", locale),
    }
    return words


def finding_texts(*verdicts: Verdict) -> dict[str, str]:
    """Finding id -> its text, from every side compared (a removed finding has its text on the old side)."""
    return {f.id: f.text for verdict in verdicts for f in verdict.findings}


def risk_titles(*verdicts: Verdict) -> dict[str, str]:
    return {r.id: r.title for verdict in verdicts for r in verdict.risks}


def side_text(
    change: Change, value: Any, bank: QuestionBank | None, locale: str, words: dict[str, str]
) -> str:
    """One side of a difference: verdict values in words ("Do not proceed", "yes", "High")."""
    if change.area == "verdict":
        if isinstance(value, str | bool) and str(value) in words:
            return words[str(value)]
        if isinstance(value, dict) and value:  # a risk that appeared or went: its levels
            from app.report.strings import text as report_text

            colon, separator = report_text("label_colon", locale), report_text("list_separator", locale)
            return separator.join(
                f"{field_label(k, locale)}{colon}{words.get(str(v), v)}" for k, v in value.items()
            )
    return brief(change, value, bank, locale)
