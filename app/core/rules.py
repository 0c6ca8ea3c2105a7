"""Rule kinds: each an id, a params model and a pure evaluate function, registered in RULE_KINDS.

A rule's condition is data (app.core.conditions); when it holds, the rule's Effects apply: derived flags
set ("worst wins"), a minimum outcome, an AI Act prohibition or Annex III point, a finding. When a
condition cannot be decided because facts are unanswered, `if_unknown` says what happens: `ignore`
(only report the missing facts), `assume` (apply the effects: the cautious reading) or its own Effects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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


@dataclass
class Firing:
    """The result of one rule: whether it fired, on which answers, and what it left undecided."""

    rule_id: str
    truth: Truth
    fired: bool
    effects: Effects | None
    trace: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    assumed: bool = False
    detail: list[str] = field(default_factory=list)
    criteria: list[tuple[str, Truth]] = field(default_factory=list)


def _decide(
    rule_id: str, truth: Truth, effects: Effects, if_unknown: Any, seen: dict[str, Any]
) -> Firing:
    firing = Firing(rule_id, truth, truth is True, effects if truth else None, seen)
    if truth is None:
        firing.missing = sorted(k for k, v in seen.items() if not is_answered(v))
        if if_unknown == "assume":
            firing.fired, firing.effects, firing.assumed = True, effects, True
        elif isinstance(if_unknown, Effects):
            firing.fired, firing.effects, firing.assumed = True, if_unknown, True
    return firing


_EFFECTS_CACHE: dict[int, Effects] = {}


def _own_effects(rule: FlagRule | CountRule) -> Effects:
    """The rule's own effects as an Effects value (rules are frozen, so it is built once)."""
    cached = _EFFECTS_CACHE.get(id(rule))
    if cached is None:
        cached = Effects(**{name: getattr(rule, name) for name in Effects.model_fields})
        _EFFECTS_CACHE[id(rule)] = cached
    return cached


def evaluate_flag(rule: FlagRule, facts: Mapping[str, Any]) -> Firing | None:
    """None when the rule plainly does not hold (the common case, kept cheap)."""
    seen: dict[str, Any] = {}
    truth = evaluate(rule.when, facts, seen)
    if truth is False:
        return None
    return _decide(rule.id, truth, _own_effects(rule), rule.if_unknown, seen)


def evaluate_count(rule: CountRule, facts: Mapping[str, Any]) -> Firing:
    seen: dict[str, Any] = {}
    results = [(c, evaluate(c.when, facts, seen)) for c in rule.criteria]
    hits = [c.id for c, r in results if r is True]
    criteria = [(c.id, r) for c, r in results]
    unknown = sum(1 for _, r in results if r is None)
    truth: Truth = (
        True
        if len(hits) >= rule.at_least
        else None
        if len(hits) + unknown >= rule.at_least
        else False
    )
    if rule.only_if is not None and evaluate(rule.only_if, facts) is False:
        truth = False  # the criteria are still listed, but the rule's effects do not apply
    firing = _decide(rule.id, truth, _own_effects(rule), rule.if_unknown, seen)
    firing.detail = hits
    firing.criteria = criteria
    return firing


def evaluate_risk_score(rule: RiskScoreRule, facts: Mapping[str, Any]) -> Firing | None:
    seen: dict[str, Any] = {}
    truth = evaluate(rule.when, facts, seen)
    if truth is False:
        return None
    firing = _decide(rule.id, truth, Effects(), rule.if_unknown, seen)
    firing.effects = None
    return firing


RULE_KINDS: dict[type, Any] = {
    FlagRule: evaluate_flag,
    CountRule: evaluate_count,
    RiskScoreRule: evaluate_risk_score,
}


def evaluate_rule(rule: FlagRule | CountRule | RiskScoreRule, facts: Mapping[str, Any]) -> Firing | None:
    return RULE_KINDS[type(rule)](rule, facts)
