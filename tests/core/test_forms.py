"""Walks the shipped data (qutebrowser's test_configdata style) and checks load errors name file:line."""

import shutil
from pathlib import Path

import pytest

from app import resources
from app.core.citations import load_citations
from app.core.conditions import referenced_facts
from app.core.errors import FormsError
from app.core.knowledge import load_knowledge, load_knowledge_from

DESIGN_VOCABULARY = {
    "fr_function": {
        "detection_only",
        "verification_1to1",
        "identification_1toN",
        "categorisation",
        "emotion_recognition",
    },
    "fr_timing": {"realtime", "retrospective"},
    "controller_type": {"private", "private_public_service", "public_authority", "law_enforcement"},
    "setting": {
        "publicly_accessible_space",
        "workplace",
        "education",
        "retail",
        "transport_border",
        "online_service",
        "high_security_site",
        "healthcare",
        "stadium_event",
    },
    "data_subjects": {
        "employees",
        "customers_visitors",
        "general_public",
        "pupils_students",
        "minors",
        "patients",
        "watchlist_persons",
        "enrolled_users",
    },
    "image_source": {
        "live_capture",
        "enrolment_by_subject",
        "controller_records",
        "scraped_internet",
        "vendor_database",
        "cctv_archive",
    },
    "purpose": {
        "access_control_security",
        "time_attendance",
        "workforce_monitoring",
        "loss_prevention",
        "identity_verification",
        "law_enforcement",
        "search_service",
        "marketing_analytics",
        "audience_measurement",
        "attendance_registration",
        "research",
        "safety",
    },
    "scale": {"lt_1k", "1k_100k", "100k_10m", "gt_10m"},
    "template_storage": {
        "none_retained",
        "on_device_user_controlled",
        "central_user_key",
        "central_controller",
        "vendor_cloud",
    },
    "vendor_scraped_database": {"yes", "no", "unknown", "not_applicable"},
    "art9_exception": {
        "none",
        "a_explicit_consent",
        "b_employment_law",
        "c_vital_interests",
        "e_made_public",
        "f_legal_claims",
        "g_substantial_public_interest",
        "j_research",
    },
    "national_law_basis": {"none", "specific_law", "uavg_29_authentication_security"},
    "art6_basis": {
        "none",
        "a_consent",
        "b_contract",
        "c_legal_obligation",
        "d_vital_interests",
        "e_public_task",
        "f_legitimate_interests",
    },
    "alternative_offered": {"yes_without_detriment", "yes_with_detriment", "no"},
    "less_intrusive_sufficient": {"yes", "no", "not_assessed"},
    "transparency": {"signage_before_area", "individual_notice", "privacy_notice_online", "none"},
    "rights_procedure": {"yes", "no"},
    "retention_non_matches": {"not_applicable", "immediate", "up_to_24h", "up_to_30d", "longer"},
    "accuracy_bias_testing": {"independent", "vendor_claims_only", "none"},
    "human_review": {"always_before_action", "sometimes", "none"},
    "automated_effect": {"none", "significant"},
    "judicial_authorisation": {"yes", "no", "not_applicable"},
    "le_objective": {
        "not_applicable",
        "victim_search",
        "imminent_threat",
        "serious_crime_suspect",
        "other",
    },
    "emotion_medical_safety": {"yes", "no", "not_applicable"},
    "third_country_transfer": {"none", "adequacy", "appropriate_safeguards", "no_safeguards"},
    "eu_representative": {"established_in_eu", "designated", "none"},
    "security_measures": {
        "template_encryption",
        "access_control",
        "audit_logging",
        "pseudonymisation",
        "penetration_testing",
        "liveness_detection",
    },
    "dpo_consulted": {"yes", "no"},
    "data_subjects_consulted": {"yes", "no_with_reason", "no"},
}
MULTI = {"setting", "data_subjects", "image_source", "transparency", "security_measures"}


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge()


@pytest.mark.parametrize("question_id", sorted(DESIGN_VOCABULARY))
def test_fact_vocabulary_exists_exactly(knowledge, question_id):
    question = knowledge.bank.question(question_id)
    assert question is not None
    assert DESIGN_VOCABULARY[question_id] <= set(question.option_values)
    assert question.type == ("multi" if question_id in MULTI else "single")


def test_country_offers_iso_codes_and_non_eu(knowledge):
    values = set(knowledge.bank.question("country").option_values)
    assert {"NL", "DE", "FR", "ES", "SE", "DK", "non_eu"} <= values


def test_ids_unique_and_every_question_explains_itself(knowledge):
    ids = [q.id for q in knowledge.bank.questions()]
    assert len(ids) == len(set(ids))
    for question in knowledge.bank.questions():
        assert len(question.help.en) > 40, question.id
        assert question.legal, f"{question.id} has no legal reference"


def test_every_option_says_what_choosing_it_means(knowledge):
    for question in knowledge.bank.questions():
        for option in question.options:
            assert option.help is not None and option.help.en.strip(), f"{question.id}={option.value}"


def test_every_reference_resolves(knowledge):
    bank, citations = knowledge.bank, knowledge.citations
    for question in bank.questions():
        assert all(ref in citations for ref in question.legal)
        if question.show_if:
            for fact, values in referenced_facts(question.show_if):
                target = bank.question(fact)
                assert target and set(values) <= set(target.option_values)
    for section in bank.sections:
        assert all(ref in citations for ref in section.legal)


def test_every_citation_has_a_source(knowledge):
    for citation in knowledge.citations.entries.values():
        assert citation.url.startswith(("http://", "https://")), citation.id
        assert citation.title and citation.authority


def test_anchor_precedent_is_the_ap_clearview_decision(knowledge):
    anchors = [c for c in knowledge.citations.entries.values() if c.anchor]
    assert [c.id for c in anchors] == ["ap_clearview_2024"]
    assert "30,500,000" in anchors[0].amount or "30.5" in anchors[0].amount


def test_every_rule_citation_resolves(knowledge):
    for rule in knowledge.rules:
        finding = getattr(rule, "finding", None)
        if finding:
            assert all(ref in knowledge.citations for ref in finding.citations), rule.id


def test_conditional_questions_follow_their_facts(knowledge):
    bank = knowledge.bank
    le_objective = bank.question("le_objective")
    assert not bank.is_visible(le_objective, {"controller_type": "private"})
    assert bank.is_visible(le_objective, {"controller_type": "law_enforcement"})
    assert not bank.is_visible(le_objective, {})


def _copy_data(tmp_path: Path) -> tuple[Path, Path]:
    forms = tmp_path / "forms"
    res = tmp_path / "resources"
    shutil.copytree(resources.forms_dir(), forms)
    shutil.copytree(resources.resources_dir() / "legal", res / "legal")
    return forms, res


def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "sections/02_system.yaml",
            "type: single",
            "type: dropdown",
            r"02_system.yaml:\d+: item 'fr_function'",
        ),
        (
            "sections/04_lawfulness.yaml",
            "in: [f_legitimate_interests]",
            "in: [f_typo]",
            "has no option 'f_typo'",
        ),
        (
            "sections/09_ai_act.yaml",
            "fact: controller_type",
            "fact: controller_kind",
            "unknown question 'controller_kind'",
        ),
        (
            "sections/02_system.yaml",
            "legal: [gdpr_art_35_3_b, wp248",
            "legal: [nowhere_art_1, wp248",
            "unknown citation 'nowhere_art_1'",
        ),
        (
            "sections/05_necessity.yaml",
            "- id: alternative_offered",
            "- id: retention_non_matches",
            "question id also used",
        ),
        (
            "rules/30_art9.yaml",
            "citations: [gdpr_art_9_2_f]",
            "citations: [gdpr_art_99]",
            "unknown citation 'gdpr_art_99'",
        ),
        (
            "rules/60_obligations.yaml",
            'sets: {transfer_lawful: "false"}',
            'sets: {undeclared: "false"}',
            "undeclared flag",
        ),
        (
            "rules/70_risk_scores.yaml",
            "risk: excessive_retention, severity: 3, likelihood: 4",
            "risk: nothing, severity: 3, likelihood: 4",
            "unknown risk 'nothing'",
        ),
        (
            "sections/03_screening.yaml",
            "questions:",
            "questions: [\n",
            r"03_screening.yaml:\d+: invalid YAML",
        ),
        (
            "rules/60_obligations.yaml",
            "topic: retention",
            "topic: retension",
            r"60_obligations.yaml:\d+: item 'retention_long': undeclared finding topic 'retension'",
        ),
        (
            "rules/topics.yaml",
            "  - id: ai_act\n    chapter: ai_act\n",
            "  - id: ai_act\n    chapter: annexes\n",
            r"topics.yaml:\d+: item 'ai_act': unknown chapter 'annexes'",
        ),
        (
            "rules/topics.yaml",
            "sections: [security]",
            "sections: [securiti]",
            r"topics.yaml:\d+: item 'measures': unknown section 'securiti'",
        ),
        (
            "rules/topics.yaml",
            '    label: {en: "security", nl: "beveiliging", fr: "la sécurité", de: "die Sicherheit"}\n',
            "",
            r"topics.yaml:\d+: .*label",
        ),
        (
            "rules/topics.yaml",
            "  - id: art9\n",
            "  - id: art9_gone\n",
            "the topic 'art9', which the code reads, is not declared",
        ),
        (
            "rules/national_laws.yaml",
            "purposes: [access_control_security, identity_verification]",
            "purposes: [access_control_security, nuclear_safety]",
            r"national_laws.yaml:\d+: item 'nl_uavg_29': question 'purpose' has no option 'nuclear_safety'",
        ),
        (
            "rules/national_laws.yaml",
            "citation: dk_dbl_7_4",
            "citation: dk_dbl_7_5",
            r"national_laws.yaml:\d+: item 'dk_dbl_7_4': unknown citation 'dk_dbl_7_5'",
        ),
        (
            "rules/30_art9.yaml",
            "      national_law_reference: {en:",
            "      national_law_ref: {en:",
            r"30_art9.yaml:\d+: item 'art9_law_unverified': needs unknown question 'national_law_ref'",
        ),
    ],
)
def test_broken_copy_is_rejected_with_file_and_line(tmp_path, file, old, new, expected):
    forms, res = _copy_data(tmp_path)
    _break(forms / file, old, new)
    with pytest.raises(FormsError, match=expected) as info:
        load_knowledge_from(forms, res)
    assert str(forms / file.split("/")[0]) in str(info.value)


@pytest.mark.parametrize(
    "url",
    ["https://edpb.europa.eu/", "https://edpb.europa.eu", "http://www.example.org/"],
)
def test_a_citation_url_that_is_only_a_home_page_is_refused(tmp_path, url):
    legal = tmp_path / "legal"
    legal.mkdir()
    (legal / "one.yaml").write_text(
        "citations:\n"
        "  - id: placeholder\n"
        "    kind: guidance\n"
        "    authority: EDPB\n"
        "    title: Somewhere\n"
        f'    url: "{url}"\n',
        encoding="utf-8",
    )
    with pytest.raises(FormsError, match=r"one.yaml:2: item 'placeholder'.*only a site's home page"):
        load_citations(legal)


def test_a_citation_url_naming_a_page_is_kept(tmp_path):
    legal = tmp_path / "legal"
    legal.mkdir()
    (legal / "one.yaml").write_text(
        "citations:\n"
        "  - id: page\n"
        "    kind: guidance\n"
        "    authority: EDPB\n"
        "    title: Consent\n"
        '    url: "https://edpb.europa.eu/guidelines-052020?x=1"\n'
        '    sources: ["https://gdprhub.eu/index.php?title=X"]\n',
        encoding="utf-8",
    )
    assert "page" in load_citations(legal)


def test_a_provision_offered_by_the_questionnaire_must_be_in_the_registry(tmp_path):
    forms, res = _copy_data(tmp_path)
    _break(
        forms / "sections/04_lawfulness.yaml",
        "      - {value: other_named, label:",
        "      - {value: fr_code_x, label: {en: x}}\n      - {value: other_named, label:",
    )
    with pytest.raises(FormsError, match=r"national_laws.yaml:\d+: item 'fr_code_x': an option of"):
        load_knowledge_from(forms, res)
