"""The public case book: every regulator case in tests/fixtures/scenarios reaches the verdict its expected.json states.

The expectations were written from ../shared/legal/facts.md, independently of the engine; each names its source.
Keys are documented in tests/fixtures/scenarios/README.md. A key that is absent is a point the law does not settle
for that case, so it is not checked.
"""

import re

import pytest

from app.core.answers import check_answers
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment
from tests.helpers.paths import expected_verdicts, scenario_names, scenario_path

EXPECTED = expected_verdicts()
OUTCOMES = {"proceed", "proceed_with_measures", "prior_consultation", "do_not_proceed"}
PERMISSIVE = {"proceed", "proceed_with_measures"}
CHECKED_KEYS = {
    "outcome", "status", "dpia_required", "prior_consultation_required", "regime",
    "art9_applies", "art9_valid", "prohibited_has", "prohibited_empty", "possibly_prohibited_has",
    "high_risk", "fria_required", "cites", "cites_article", "not_cites_article",
}
DOCUMENTATION_KEYS = {"why", "source"}
# A facts.md entry (A1 ... I5, C-summary), or a hypothetical that says so.
FACTS_ENTRY = re.compile(r"\b[A-I]\d{1,2}\b")
# The four cases copied from ../shared/scenarios (their .dpia files stay identical to the shared copies).
_ORIGINAL_FOUR = {
    "clearview_search_engine",
    "supermarket_watchlist_nl",
    "airport_boarding_consent",
    "people_counting_detection",
}


def _verdict(name: str) -> dict:
    return assess(load_assessment(scenario_path(name))).to_json_dict()


def _cited(verdict: dict) -> list[dict]:
    ids = {c for finding in verdict["findings"] for c in finding["citations"]}
    return [verdict["citations"][c] for c in sorted(ids)]


def _cites_article(verdict: dict, article: str) -> bool:
    """Some finding cites the law entry of `article` (or one of its paragraphs: 'GDPR Art. 36' covers 36(1))."""
    for entry in _cited(verdict):
        if entry.get("kind") != "law":
            continue
        for listed in entry.get("articles", []):
            if listed == article or listed.startswith(article + "("):
                return True
    return False


def _check(name: str, expected: dict, verdict: dict) -> list[str]:
    """Every mismatch between the verdict and the case's expectation, as readable lines."""
    problems: list[str] = []

    def want(key: str, actual, wanted) -> None:
        if actual != wanted or type(actual) is not type(wanted):
            problems.append(f"{key}: expected {wanted!r}, got {actual!r}")

    ai_act = verdict["ai_act"]
    if "outcome" in expected and verdict["outcome"] not in expected["outcome"]:
        problems.append(f"outcome: expected one of {expected['outcome']}, got {verdict['outcome']!r}")
    if "status" in expected:
        want("status", verdict.get("status", "<no status field>"), expected["status"])
    for key in ("dpia_required", "prior_consultation_required", "regime"):
        if key in expected:
            want(key, verdict[key], expected[key])
    if "art9_applies" in expected:
        want("art9.applies", verdict["art9"]["applies"], expected["art9_applies"])
    if "art9_valid" in expected:
        want("art9.exception_valid", verdict["art9"]["exception_valid"], expected["art9_valid"])
    if "prohibited_has" in expected and expected["prohibited_has"] not in ai_act["prohibited"]:
        problems.append(f"ai_act.prohibited lacks {expected['prohibited_has']}: {ai_act['prohibited']}")
    if expected.get("prohibited_empty") and ai_act["prohibited"]:
        problems.append(f"ai_act.prohibited should be empty: {ai_act['prohibited']}")
    if "possibly_prohibited_has" in expected:
        possibly = ai_act.get("possibly_prohibited", "<no possibly_prohibited field>")
        if expected["possibly_prohibited_has"] not in possibly:
            problems.append(f"ai_act.possibly_prohibited lacks {expected['possibly_prohibited_has']}: {possibly}")
    for key in ("high_risk", "fria_required"):
        if key in expected:
            want(f"ai_act.{key}", ai_act[key], expected[key])
    if "cites" in expected:
        word = expected["cites"].lower()
        if not any(word in str(entry).lower() for entry in _cited(verdict)):
            problems.append(f"no finding cites a source mentioning {expected['cites']!r}")
    if "cites_article" in expected:
        options = expected["cites_article"].split("|")
        if not any(_cites_article(verdict, article) for article in options):
            problems.append(f"no finding cites any of {options}")
    if "not_cites_article" in expected:
        for article in expected["not_cites_article"].split("|"):
            if _cites_article(verdict, article):
                problems.append(f"a finding cites {article}, which does not govern this case")
    return problems


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_case_reaches_the_regulators_verdict(name):
    expected = EXPECTED[name]
    problems = _check(name, expected, _verdict(name))
    assert not problems, f"{name} ({expected['source']}):\n  " + "\n  ".join(problems)


def test_every_case_file_has_an_expectation_and_back():
    assert set(scenario_names()) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_expectation_is_well_formed_and_sourced(name):
    expected = EXPECTED[name]
    assert set(expected) <= CHECKED_KEYS | DOCUMENTATION_KEYS, set(expected) - CHECKED_KEYS - DOCUMENTATION_KEYS
    assert expected["why"].strip()
    assert set(expected) & CHECKED_KEYS, "a case must assert something"
    assert set(expected.get("outcome", [])) <= OUTCOMES and expected.get("outcome", ["x"])
    assert expected.get("status", "complete") in {"complete", "incomplete"}
    assert expected.get("art9_valid", None) in {True, False, None}
    assert not ("prohibited_has" in expected and expected.get("prohibited_empty"))
    source = expected["source"]
    assert FACTS_ENTRY.search(source), f"source must name a facts.md entry: {source}"



# Vocabulary v2 (docs/facts-v2.md, issue 12): questions the cases use that older forms may not have yet.
FACTS_V2 = {
    "subjects_can_consent": {"yes", "no_incapable"},
    "national_law_provision": {"none", "nl_uavg_29", "dk_dbl_7_4", "other_named"},
    "dpa_authorisation": {"yes", "no", "not_applicable"},
    "legal_claim_specific": {"yes", "no"},
    "le_entrusted_by_law": {"yes", "no"},
    "emotion_subjects": {"employees", "pupils_students", "customers_visitors", "general_public", "patients"},
    "inferred_categories": {
        "race_ethnic_origin", "political_opinions", "trade_union_membership", "religious_philosophical_beliefs",
        "sex_life_orientation", "health", "age", "sex_gender", "other_non_sensitive",
    },
    "categorisation_dataset_labelling": {"yes", "no"},
    "templates_stored_for": {"enrolled_users", "watchlist_only", "all_passers_by", "none"},
    "post_remote_investigation": {"yes", "no"},
    "post_remote_authorisation": {"prior", "within_48h", "initial_suspect_identification", "none", "refused"},
}

NEW_OPTIONS_V2 = {"purpose": {"public_order_event_safety"}}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_case_uses_the_fact_vocabulary(name):
    """No typo in a case: every answer is a question of the forms or of vocabulary v2, with a valid value."""
    answers = load_assessment(scenario_path(name)).answers
    bank = load_knowledge().bank
    v2 = {key: value for key, value in answers.items() if key in FACTS_V2 and bank.question(key) is None}
    v2.update({key: value for key, value in answers.items() if value in NEW_OPTIONS_V2.get(key, ())})
    for key, value in v2.items():
        values = set(value) if isinstance(value, list) else {value}
        assert values <= FACTS_V2.get(key, set()) | NEW_OPTIONS_V2.get(key, set()), (key, value)
    unknown = check_answers(bank, {key: value for key, value in answers.items() if key not in v2})
    assert unknown == []


def test_case_book_size_and_spread():
    assert set(EXPECTED) >= _ORIGINAL_FOUR
    assert len(EXPECTED) >= 30
    permissive = [n for n, e in EXPECTED.items() if e.get("outcome") and set(e["outcome"]) <= PERMISSIVE]
    assert len(permissive) >= 8, permissive
    assert {e.get("regime") for e in EXPECTED.values()} >= {"gdpr", "led"}
    assert {e.get("status") for e in EXPECTED.values()} >= {"complete", "incomplete"}
    prohibitions = {e.get("prohibited_has") for e in EXPECTED.values()}
    assert prohibitions >= {"5(1)(e)", "5(1)(f)", "5(1)(g)", "5(1)(h)"}


def test_the_checker_catches_a_wrong_verdict():
    """The comparison itself would fail on a mismatch (a mutant of the checker would not pass this)."""
    expected = {
        "outcome": ["proceed"], "status": "complete", "art9_valid": None, "regime": "gdpr",
        "prohibited_empty": True, "possibly_prohibited_has": "5(1)(f)", "cites_article": "LED Art. 28",
        "not_cites_article": "GDPR Art. 36",
    }
    verdict = {
        "outcome": "do_not_proceed", "status": "incomplete", "regime": "led", "dpia_required": True,
        "prior_consultation_required": True, "art9": {"applies": True, "exception_valid": False},
        "ai_act": {"prohibited": ["5(1)(h)"], "possibly_prohibited": [], "high_risk": True, "fria_required": True},
        "findings": [{"citations": ["gdpr_art_36"]}],
        "citations": {"gdpr_art_36": {"kind": "law", "articles": ["GDPR Art. 36(1)"]}},
    }
    problems = _check("mutant", expected, verdict)
    assert len(problems) == 8, problems
    assert _check("same", {"art9_valid": False, "not_cites_article": "GDPR Art. 3"}, verdict) == []
