"""The names the Python code reads from the rule data, declared in one table and checked at load.

The rule files may declare any number of derived flags and texts; the few below are read by name in
app/core/engine.py and app/core/summary.py. Renaming one in forms/rules must fail the load with the file
and line, never silently turn Clearview into "DPIA required: False". Extend a table when the code starts
reading a new name; the load check then guards it like the others.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from app.core.errors import FormsError
from app.core.forms import LocalText
from app.core.verdict import OUTCOME_ORDER

REGIME = "regime"
DPIA_REQUIRED = "dpia_required"
ART9_APPLIES = "art9_applies"
ART9_EXCEPTION_VALID = "art9_exception_valid"
AI_HIGH_RISK = "ai_high_risk"
FRIA_REQUIRED = "fria_required"
CONSULTATION_COVERED = "consultation_covered"

_YES_NO = ("false", "true")

# Questions whose answers the engine copies into the verdict by name (art9.exception).
ART9_EXCEPTION = "art9_exception"
ENGINE_FACTS: tuple[str, ...] = (ART9_EXCEPTION,)

# flag id -> its values exactly as the engine reads them, from the starting (favourable) value to the worst.
ENGINE_FLAGS: Mapping[str, tuple[str, ...]] = {
    REGIME: ("gdpr", "led"),
    DPIA_REQUIRED: _YES_NO,
    ART9_APPLIES: _YES_NO,
    ART9_EXCEPTION_VALID: ("true", "unknown", "false"),
    AI_HIGH_RISK: _YES_NO,
    FRIA_REQUIRED: _YES_NO,
    CONSULTATION_COVERED: _YES_NO,
}

# The Art. 9 exception flag read as the verdict's exception_valid (true | null | false).
EXCEPTION_VALIDITY: Mapping[str, bool | None] = {"true": True, "unknown": None, "false": False}

_SUMMARY_PLAIN = (
    "yes",
    "no",
    "undetermined",
    "none",
    "missing",
    "to_verify",
    "findings",
    *(f"outcome_{o}" for o in OUTCOME_ORDER),
    "outcome_prior_consultation_led",
    "own_risks",
    "own_risk_tag",
    "axis_severity",
    "axis_likelihood",
    *(f"severity_{s}" for s in ("info", "warning", "critical")),
)

# text key in settings.yaml `texts` -> the {placeholders} the code fills in.
ENGINE_TEXTS: Mapping[str, frozenset[str]] = {
    "assumed": frozenset({"facts"}),
    "undecided": frozenset({"subject", "facts"}),
    "residual_high": frozenset({"risk"}),
    "residual_high_led": frozenset({"risk"}),
    "residual_medium": frozenset({"risk"}),
    "measure_pending": frozenset({"measure"}),
    "effect_unjustified": frozenset({"measure", "risk"}),
    "effect_unknown_risk": frozenset({"measure", "risk"}),
    "complete_assessment": frozenset(),
    "question_ref": frozenset({"question"}),
    "topic_blocks": frozenset({"topic"}),
    "risk_blocks": frozenset({"risk"}),
    "measure_untitled": frozenset({"number"}),
    "possibly_prohibited_blocks": frozenset({"point"}),
    "possibly_prohibited_reason": frozenset({"point", "facts"}),
    "possibly_prohibited_reason_one": frozenset({"point", "facts"}),  # count_text's variant for one
    "prohibited_lead": frozenset({"point", "text"}),
    "possibly_prohibited_lead": frozenset({"point", "text"}),
    "summary_outcome": frozenset({"outcome"}),
    "summary_dpia_required": frozenset({"value"}),
    "summary_prior_consultation": frozenset({"value"}),
    "summary_art9": frozenset({"applies", "valid"}),
    "summary_ai_act": frozenset({"prohibited", "high_risk", "fria"}),
    "summary_missing_line": frozenset({"fact", "blocks"}),
    "summary_to_verify_line": frozenset({"fact", "blocks"}),
    "summary_cites": frozenset({"citations"}),
    "summary_status_incomplete": frozenset({"count"}),
    "summary_status_incomplete_one": frozenset({"count"}),
    "summary_list_separator": frozenset(),
    "summary_outcome_provisional": frozenset({"outcome"}),
    "summary_possibly_prohibited": frozenset({"points"}),
    "summary_prior_consultation_led": frozenset({"value"}),
    "summary_risk_line": frozenset({"number", "title", "inherent", "residual"}),
    "summary_rating_reason": frozenset({"axis", "value", "justification"}),
    "summary_effect_line": frozenset({"measure", "steps", "justification"}),
    **{f"summary_{key}": frozenset() for key in _SUMMARY_PLAIN},
}

FlagSource = tuple[Path, Any, tuple[str, ...]]  # file, YAML node (for its line), declared values


def check_flags(rules_dir: Path, declared: Mapping[str, FlagSource]) -> None:
    """Every flag of ENGINE_FLAGS is declared once with exactly the engine's values, in its order."""
    for flag_id, values in ENGINE_FLAGS.items():
        source = declared.get(flag_id)
        if source is None:
            raise FormsError(
                f"{rules_dir}: no rule file declares the derived flag {flag_id!r}, which the engine "
                f"reads (app/core/engine_names.py); declare it with values {list(values)}"
            )
        path, node, found = source
        if found != values:
            line = getattr(node, "line", 0)
            raise FormsError(
                f"{path}:{line}: item {flag_id!r}: the engine reads this flag with values "
                f"{list(values)} (worst last), the file declares {list(found)}"
            )


def check_facts(sections_dir: Path, question_ids: Collection[str]) -> None:
    """Every question of ENGINE_FACTS exists in the questionnaire."""
    for fact in ENGINE_FACTS:
        if fact not in question_ids:
            raise FormsError(
                f"{sections_dir}: no section asks the question {fact!r}, which the engine reads "
                "(app/core/engine_names.py)"
            )


def check_texts(path: Path, raw_texts: Any, texts: Mapping[str, LocalText]) -> None:
    """Every text of ENGINE_TEXTS exists, and each translation uses only the placeholders filled in."""
    for key, allowed in ENGINE_TEXTS.items():
        if key not in texts:
            line = getattr(raw_texts, "line", 0)
            raise FormsError(f"{path}:{line}: texts: missing {key!r}, which the engine reads")
        node = raw_texts.get(key) if isinstance(raw_texts, dict) else None
        for locale in sorted(texts[key].locales()):
            template = texts[key].get(locale)
            unknown = sorted(_placeholders(path, node, key, template) - allowed)
            if unknown:
                line = getattr(node, "line", getattr(raw_texts, "line", 0))
                raise FormsError(
                    f"{path}:{line}: item {key!r}: the {locale!r} text uses {{{unknown[0]}}}; "
                    f"it may use only {sorted(allowed) or 'no placeholders'}"
                )


def _placeholders(path: Path, node: Any, key: str, template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        line = getattr(node, "line", 0)
        raise FormsError(f"{path}:{line}: item {key!r}: broken text template ({exc})") from exc
