"""What users read in place of ids: a question's label, what a rule decides, a measure's title.

Reasons, findings and "what it blocks" lists are read by assessors and auditors; an id such as
`third_country_transfer`, `rs_breach_central` or `M1` means nothing to them. Each name here is
localized from the data (question labels, topic labels, risk and measure titles, settings texts).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.core.assessment import Measure
from app.core.rules import AnyRule, RiskScoreRule

if TYPE_CHECKING:
    from app.core.knowledge import Knowledge


def question_names(knowledge: Knowledge, facts: Iterable[str], locale: str) -> str:
    """The questions' labels, quoted as the locale quotes, joined by commas."""
    return ", ".join(question_name(knowledge, fact, locale) for fact in dict.fromkeys(facts))


def question_name(knowledge: Knowledge, fact: str, locale: str) -> str:
    question = knowledge.bank.question(fact)
    if question is None:
        return fact  # a computed fact with no question of its own: the engine expands those first
    return knowledge.settings.text("question_ref", locale, question=question.label.get(locale))


def rule_subject(knowledge: Knowledge, rule: AnyRule, locale: str) -> str:
    """What a rule decides, for "cannot establish ..." and "needed for ...": its own `blocks` label,
    else the rating of its risk, else the conclusions on its finding's topic."""
    settings = knowledge.settings
    if isinstance(rule, RiskScoreRule):
        risk = next((r for r in knowledge.catalogue.risks if r.id == rule.risk), None)
        title = risk.title.get(locale) if risk is not None else rule.risk
        return settings.text("risk_blocks", locale, risk=title)
    if rule.blocks is not None:
        return rule.blocks.get(locale)
    topic = knowledge.topics.label(rule.finding.topic, locale) if rule.finding and knowledge.topics else None
    if topic is None:
        return settings.text("complete_assessment", locale)
    return settings.text("topic_blocks", locale, topic=topic)


def measure_name(knowledge: Knowledge, measure: Measure, number: int, locale: str) -> str:
    """A measure of the action plan (`number` counts from 1): its title, else its catalogue entry's
    title, else "untitled measure N of the action plan"."""
    if measure.title.strip():
        return measure.title
    found = knowledge.catalogue.measure(measure.catalogue_id) if measure.catalogue_id else None
    if found is not None:
        return found.title.get(locale)
    return knowledge.settings.text("measure_untitled", locale, number=str(number))
