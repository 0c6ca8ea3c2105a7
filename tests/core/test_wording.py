"""No raw id in what users read: every verdict text of the case book names questions, rules, risks and
measures by their (localized) titles."""

from __future__ import annotations

import re

import pytest

from app.core.assessment import Assessment, Measure
from app.core.engine import assess
from app.core.knowledge import Knowledge, load_knowledge
from app.core.storage import load_assessment
from app.core.verdict import Verdict
from app.core.wording import measure_name, question_names
from tests.helpers.paths import scenario_names, scenario_path

# An action plan with what assessors really leave: a custom line without a title, a catalogue measure
# without a title of its own, and a titled one.
PLAN = [
    Measure(id="M1", status="planned"),
    Measure(id="M2", catalogue_id="access_control", status="in_progress"),
    Measure(id="M3", title="Signage at every entrance", status="planned"),
]
LOCALES = ("en", "nl", "fr", "de")


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


@pytest.fixture(scope="module")
def raw_id(knowledge: Knowledge) -> re.Pattern[str]:
    """Ids of questions, rules, risks and catalogue measures that are not plain words (those with an
    underscore: `country` or `purpose` are also English words), and the plan's own ids."""
    ids = {q.id for q in knowledge.bank.questions()} | {r.id for r in knowledge.rules}
    ids |= {r.id for r in knowledge.catalogue.risks} | {m.id for m in knowledge.catalogue.measures}
    words = sorted((i for i in ids if "_" in i), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, [*words, "M1", "M2", "M3"])) + r")(?![\w])")


def user_texts(verdict: Verdict) -> list[str]:
    """Everything of a verdict written for people (ids and answers in traces are for the appendix)."""
    texts = [f.text for f in verdict.findings] + verdict.reasons + verdict.art9.reasons
    texts += [label for m in verdict.missing for label in m.blocks]
    texts += [t for r in verdict.risks for t in (r.title, r.description)]
    texts += [c.label for c in verdict.screening.criteria] + verdict.screening.triggers
    return texts


@pytest.mark.parametrize("name", scenario_names())
def test_no_raw_id_in_any_text_of_the_case_book(name, knowledge, raw_id) -> None:
    base = load_assessment(scenario_path(name))
    for assessment in (base, base.model_copy(update={"measures": PLAN})):
        for locale in LOCALES:
            leaks = [
                (text, match)
                for text in user_texts(assess(assessment, knowledge, locale))
                for match in raw_id.findall(text)
            ]
            assert not leaks, f"{name} ({locale}): {leaks[:3]}"


def test_the_case_book_is_the_59_cases() -> None:
    assert len(scenario_names()) == 59


def test_the_empty_assessment_names_every_open_question(knowledge) -> None:
    """The worst case for leaks: every rule undecided, every question open."""
    verdict = assess(Assessment(answers={}), knowledge, "en")
    blocks = {label for m in verdict.missing for label in m.blocks}
    assert "the rating of the risk “Breach of irrevocable biometric templates”" in blocks, blocks
    assert any(label.startswith("the conclusions on ") for label in blocks)


def test_pending_measures_are_named_by_their_titles(knowledge) -> None:
    assessment = load_assessment(scenario_path("airport_boarding_consent")).model_copy(
        update={"measures": PLAN}
    )
    reasons = assess(assessment, knowledge, "en").reasons
    assert "Measure not yet implemented: untitled measure 1 of the action plan." in reasons
    catalogue = knowledge.catalogue.measure("access_control")
    assert catalogue is not None
    assert f"Measure not yet implemented: {catalogue.title.get('en')}." in reasons
    assert "Measure not yet implemented: Signage at every entrance." in reasons
    dutch = assess(assessment, knowledge, "nl").reasons
    assert f"Maatregel nog niet uitgevoerd: {catalogue.title.get('nl')}." in dutch
    assert "Maatregel nog niet uitgevoerd: naamloze maatregel 1 van het actieplan." in dutch


def test_names_are_localized(knowledge) -> None:
    assert question_names(knowledge, ["fr_function"], "en") == "“What does the system do with faces?”"
    assert question_names(knowledge, ["fr_function", "fr_function"], "fr").startswith("« ")
    assert measure_name(knowledge, Measure(id="x"), 4, "de") == "unbenannte Maßnahme Nr. 4 des Maßnahmenplans"
    titled = Measure(id="x", title="  ", catalogue_id="access_control")
    assert measure_name(knowledge, titled, 1, "en") == knowledge.catalogue.measure(
        "access_control"
    ).title.get("en")
