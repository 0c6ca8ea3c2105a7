"""Rule kinds: each an id, a params model and a pure evaluate function, registered in RULE_KINDS.

A rule's condition is data (app.core.conditions); when it holds, the rule's Effects apply: derived flags
set ("worst wins"), a minimum outcome, an AI Act prohibition or Annex III point, a finding. When a
condition cannot be decided because facts are unanswered, `if_unknown` says what happens: `ignore`
(only report the missing facts), `assume` (apply the effects: the cautious reading) or its own Effects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from app.core.conditions import Condition, Truth, evaluate, is_answered
from app.core.forms import LocalText
from app.core.verdict import Outcome, Severity


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _as_local_text(value: Any) -> Any:
    return {"en": value} if isinstance(value, str) else value


Label = Annotated[LocalText, BeforeValidator(_as_local_text)]


class FindingTemplate(_Data):
    severity: Severity
    text: LocalText
    citations: tuple[str, ...] = ()
    topic: str = ""


class Effects(_Data):
    sets: dict[str, str] = Field(default_factory=dict)
    outcome: Outcome | None = None
    prohibits: str | None = None
    # An Art. 5 point that an answer of "unknown" keeps open (a vendor silent on where its faces come from).
    possibly_prohibits: str | None = None
    annex_iii: str | None = None
    screening: Label | None = None
    finding: FindingTemplate | None = None
    # Facts that are answered but still need verification before the conclusion holds (e.g. a national
    # law not in the registry): fact id -> what it blocks. They count as "answers needed" (contract v2).
    needs: dict[str, Label] = Field(default_factory=dict)


class FlagRule(Effects):
    """Fires when `when` holds."""

    id: str
    kind: Literal["flag"]
    when: Condition
    if_unknown: Literal["ignore", "assume"] | Effects = "ignore"
    blocks: Label | None = None


class Criterion(_Data):
    id: str
    label: LocalText
    when: Condition


class CountRule(Effects):
    """Counts criteria that hold; fires when at least `at_least` do (e.g. WP248's two criteria)."""

    id: str
    kind: Literal["count_at_least"]
    criteria: tuple[Criterion, ...] = Field(min_length=1)
    at_least: int = Field(ge=1)
    only_if: Condition | None = None
    if_unknown: Literal["ignore", "assume"] | Effects = "ignore"
    blocks: Label | None = None
    screening_list: bool = False


class RiskScoreRule(_Data):
    """Raises a risk's inherent severity and likelihood to at least the given levels."""

    id: str
    kind: Literal["risk_score"]
    risk: str
    when: Condition
    severity: int = Field(default=1, ge=1, le=4)
    likelihood: int = Field(default=1, ge=1, le=4)
    if_unknown: Literal["ignore", "assume"] = "assume"


Rule = Annotated[FlagRule | CountRule | RiskScoreRule, Field(discriminator="kind")]


@dataclass(frozen=True)
class Firing:
    """The result of one rule: whether it fired, on which answers, and what it left undecided.

    Immutable: the engine keeps firings only to read them, and a shared one must not change under it.
    """

    rule_id: str
    truth: Truth
    fired: bool
    effects: Effects | None
    trace: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    missing: tuple[str, ...] = ()
    assumed: bool = False
    detail: tuple[str, ...] = ()
    criteria: tuple[tuple[str, Truth], ...] = ()


IfUnknown = Literal["ignore", "assume"] | Effects


def _decide(
    rule_id: str,
    truth: Truth,
    effects: Effects | None,
    if_unknown: IfUnknown,
    seen: dict[str, Any],
    detail: tuple[str, ...] = (),
    criteria: tuple[tuple[str, Truth], ...] = (),
) -> Firing:
    """The firing for a condition's truth; an unknown one follows the rule's `if_unknown`."""
    trace = MappingProxyType(seen)
    if truth is not None:
        chosen = effects if truth else None
        return Firing(rule_id, truth, truth, chosen, trace, detail=detail, criteria=criteria)
    missing = tuple(sorted(k for k, v in seen.items() if not is_answered(v)))
    assumed = if_unknown == "assume" or isinstance(if_unknown, Effects)
    chosen = if_unknown if isinstance(if_unknown, Effects) else effects if assumed else None
    return Firing(rule_id, None, assumed, chosen, trace, missing, assumed, detail, criteria)


def evaluate_flag(rule: FlagRule, facts: Mapping[str, Any]) -> Firing | None:
    """None when the rule plainly does not hold (the common case, kept cheap).

    The rule is its own Effects (FlagRule extends Effects), so nothing is rebuilt per evaluation.
    """
    seen: dict[str, Any] = {}
    truth = evaluate(rule.when, facts, seen)
    if truth is False:
        return None
    return _decide(rule.id, truth, rule, rule.if_unknown, seen)


def evaluate_count(rule: CountRule, facts: Mapping[str, Any]) -> Firing:
    seen: dict[str, Any] = {}
    criteria = tuple((c.id, evaluate(c.when, facts, seen)) for c in rule.criteria)
    hits = tuple(cid for cid, r in criteria if r is True)
    unknown = sum(1 for _, r in criteria if r is None)
    truth: Truth = (
        True if len(hits) >= rule.at_least else None if len(hits) + unknown >= rule.at_least else False
    )
    if rule.only_if is not None and evaluate(rule.only_if, facts) is False:
        truth = False  # the criteria are still listed, but the rule's effects do not apply
    return _decide(rule.id, truth, rule, rule.if_unknown, seen, hits, criteria)


def evaluate_risk_score(rule: RiskScoreRule, facts: Mapping[str, Any]) -> Firing | None:
    """Raises carry no Effects: the engine reads the rule's risk, severity and likelihood."""
    seen: dict[str, Any] = {}
    truth = evaluate(rule.when, facts, seen)
    if truth is False:
        return None
    return _decide(rule.id, truth, None, rule.if_unknown, seen)


AnyRule = FlagRule | CountRule | RiskScoreRule
RuleKind = Callable[[Any, Mapping[str, Any]], Firing | None]

# One explicit table of rule kinds (yamllint's rules/__init__.py): the model and its pure evaluate.
RULE_KINDS: dict[type[AnyRule], RuleKind] = {
    FlagRule: evaluate_flag,
    CountRule: evaluate_count,
    RiskScoreRule: evaluate_risk_score,
}


def evaluate_rule(rule: AnyRule, facts: Mapping[str, Any]) -> Firing | None:
    return RULE_KINDS[type(rule)](rule, facts)
