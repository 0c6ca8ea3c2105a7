"""A tiny knowledge base written as inline YAML, for table tests of the engine's combining rules.

Tests pass the part under test (rules, risks, measures) as YAML text; the helper adds the plumbing every
knowledge base needs (one section of yes/no questions, one citation, settings with every engine text) and
loads it with the real loader, so the same file:line checks apply as to the shipped data.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from app.core.engine_names import ENGINE_TEXTS
from app.core.knowledge import Knowledge, load_knowledge_from

ENGINE_FLAGS_YAML = """\
  - {id: regime, values: [gdpr, led]}
  - {id: dpia_required, values: ["false", "true"]}
  - {id: art9_applies, values: ["false", "true"]}
  - {id: art9_exception_valid, values: ["true", "unknown", "false"]}
  - {id: ai_high_risk, values: ["false", "true"]}
  - {id: fria_required, values: ["false", "true"]}
  - {id: consultation_covered, values: ["false", "true"]}
"""

# No national law is registered, every chapter the report reads shows nothing, and one topic per finding
# kind the tiny rules use ("t"), besides the topics the code reads.
NATIONAL_LAWS_YAML = "national_laws: []\n"
TOPICS_YAML = """\
topics:
  - {id: t, label: {en: "the tiny topic"}}
  - {id: art9, label: {en: "special categories"}}
  - {id: ai_act, label: {en: "the AI Act"}}
  - {id: consultation, label: {en: "consultation"}}
chapters:
  - {id: description}
  - {id: screening}
  - {id: necessity}
  - {id: lawfulness}
  - {id: ai_act}
  - {id: measures}
  - {id: consultation}
"""

# matrix[severity - 1][likelihood - 1]: low while severity + likelihood <= 4, medium at 5, high from 6.
LEVELS_YAML = """\
levels:
  scale_labels: {1: {en: "1"}, 2: {en: "2"}, 3: {en: "3"}, 4: {en: "4"}}
  matrix:
    - [low, low, low, medium]
    - [low, low, medium, high]
    - [low, medium, high, high]
    - [medium, high, high, high]
  level_labels: {low: {en: Low}, medium: {en: Medium}, high: {en: High}}
  prior_consultation_levels: [high]
  measures_levels: [medium]
"""

CITATIONS_YAML = """\
citations:
  - id: c1
    kind: law
    authority: "Test"
    title: "Test article"
    url: "https://example.org/law/article-1"
    translations: {nl: {title: "Testartikel"}}
  - id: c2
    kind: guidance
    authority: "Test"
    title: "Test guidance"
    url: "https://example.org/guidance/page-2"
"""


# The questions the engine itself reads (app/core/engine_names.py ENGINE_FACTS), with a few options.
ENGINE_FACTS = {"art9_exception": ("none", "a_explicit_consent", "g_substantial_public_interest")}


def section_yaml(
    facts: dict[str, tuple[str, ...]], required: tuple[str, ...] = (), multi: tuple[str, ...] = ()
) -> str:
    """One section with a single-choice question per fact (multiple-choice for the `multi` ones, a text
    question where a fact has no options), and the engine's own questions; `required` ones must be answered."""
    lines = ["id: facts", "title: {en: Facts}", "questions:"]
    for fact, options in (ENGINE_FACTS | facts).items():
        choices = ", ".join(f"{{value: \"{o}\", label: {{en: \"{o}\"}}}}" for o in options)
        choice = "multi" if fact in multi else "single"
        kind = f"type: {choice}, options: [{choices}]" if options else "type: text"
        lines.append(
            f"  - {{id: {fact}, {kind}, required: {str(fact in required).lower()}, "
            f"label: {{en: {fact}}}, help: {{en: {fact}}}}}"
        )
    return "\n".join(lines) + "\n"


def settings_yaml(texts: dict[str, str] | None = None) -> str:
    """Settings whose engine texts are their key and placeholders, e.g. 'residual_high {risk}' (in Dutch
    'nl residual_high {risk}'); `texts` replaces some by an English-only text."""
    defaults = {
        key: " ".join([key, *(f"{{{name}}}" for name in sorted(names))])
        for key, names in ENGINE_TEXTS.items()
    }
    merged = defaults | (texts or {})
    lines = [
        'ai_act_prohibitions_apply_from: "2025-02-02"',
        'ai_act_high_risk_apply_from: "2026-08-02"',
        "ai_act_high_risk_note: {en: note}",
        'engine_version: "test"',
        "texts:",
    ]
    # Dutch is the English template marked "nl", so a test can tell which locale a text came from.
    lines += [
        f"  {key}: {{en: {value!r}, nl: {'nl ' + value!r}}}" if key in defaults and key not in (texts or {})
        else f"  {key}: {{en: {value!r}}}"
        for key, value in merged.items()
    ]
    lines += ["prior_consultation_findings:"]
    lines += [
        f"  {regime}: {{severity: critical, topic: consultation, "
        f"text: {{en: 'consult {regime} {{risks}}', nl: 'nl consult {regime} {{risks}}'}}, citations: [c1]}}"
        for regime in ("gdpr", "led")
    ]
    return "\n".join(lines) + "\n"


def write_tiny_kb(
    root: Path,
    rules: str,
    risks: str = "risks: []\n",
    measures: str = "measures: []\n",
    facts: dict[str, tuple[str, ...]] | None = None,
    settings: str | None = None,
    required: tuple[str, ...] = (),
    multi: tuple[str, ...] = (),
) -> tuple[Path, Path]:
    """Write forms/ and resources/ under root; return (forms_dir, resources_dir)."""
    forms, res = root / "forms", root / "resources"
    files = {
        forms / "sections" / "01_facts.yaml": section_yaml(facts or {}, required, multi),
        forms / "rules" / "10_rules.yaml": textwrap.dedent(rules),
        forms / "rules" / "risks.yaml": LEVELS_YAML + textwrap.dedent(risks),
        forms / "rules" / "measures.yaml": textwrap.dedent(measures),
        forms / "rules" / "settings.yaml": settings if settings is not None else settings_yaml(),
        forms / "rules" / "national_laws.yaml": NATIONAL_LAWS_YAML,
        forms / "rules" / "topics.yaml": TOPICS_YAML,
        res / "legal" / "test.yaml": CITATIONS_YAML,
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return forms, res


def tiny_knowledge(root: Path, rules: str, **parts: object) -> Knowledge:
    return load_knowledge_from(*write_tiny_kb(root, rules, **parts))  # type: ignore[arg-type]
