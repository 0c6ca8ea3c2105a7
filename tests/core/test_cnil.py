"""Import from the CNIL PIA tool: every measure, reviews, notes on the mapped questions, nothing dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.cnil import (
    IMPORT_NOTE_TITLE,
    CnilImportError,
    CnilMapping,
    html_to_text,
    import_export,
    load_mapping,
    mapping_table,
    parse_export,
)
from app.core.engine import assess
from app.core.knowledge import Knowledge, load_knowledge
from app.core.storage import parse_assessment, serialise
from tests.helpers.paths import FIXTURES

EXPORT = FIXTURES / "cnil" / "store_entrance_export.json"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "cnil-import.md"


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(EXPORT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported(knowledge, raw):
    return import_export(parse_export(json.dumps(raw).encode(), "export.json"), knowledge.bank)


def test_html_is_stripped_to_lines() -> None:
    html = (
        "<div>A <strong>bold</strong> &amp; plain</div><ul><li>one</li><li>two&nbsp;items</li></ul><br />end"
    )
    assert html_to_text(html) == "A bold & plain\n- one\n- two items\nend"
    assert html_to_text("<p>a</p><script>document.location='x'</script><style>p{}</style>b") == "a\nb"
    assert html_to_text("&amp;lt;b&amp;gt; &lt;i&gt;") == "&lt;b&gt; <i>"  # decoded once, not twice
    assert html_to_text(None) == ""


def test_metadata_and_people(imported, raw) -> None:
    meta = imported.assessment.metadata
    assert (meta.title, meta.assessor, meta.dpo) == (raw["pia"]["name"], "Claire Martin", "Marc Dubois")
    assert meta.created.isoformat() == "2025-09-01T08:30:00+00:00"
    roles = {p.name: p.role for p in imported.assessment.participants}
    assert roles == {
        "Claire Martin": "Author (CNIL PIA tool)",
        "Hugo Bernard": "Evaluator (CNIL PIA tool)",
        "Sophie Laurent": "Validator (CNIL PIA tool)",
        "Marc Dubois": "DPO",
    }
    sign_off = imported.assessment.sign_off
    assert sign_off.dpo_advice.startswith("The watchlist lacks a legal basis")
    assert sign_off.dpo_advice_summary == "DPO opinion: unfavourable"


def test_every_measure_is_in_the_action_plan_with_its_text(imported, raw) -> None:
    measures = {m.id: m for m in imported.assessment.measures}
    for cnil in raw["measures"]:
        measure = measures[f"cnil-{cnil['id']}"]
        assert measure.title == cnil["title"]
        assert html_to_text(cnil["content"]) in measure.description
    access = measures["cnil-2"]
    assert (access.owner, access.due.isoformat()) == ("IT security", "2025-11-15")
    assert "Review accounts weekly." in access.description
    assert "Officers need training on look-alikes." in measures["cnil-3"].description
    action = measures["cnil-action-2.1.212"]
    assert (action.owner, action.due.isoformat()) == ("Legal department", "2025-12-01")
    assert action.description == "Identify an Art. 9(2) exception or stop the pilot."


def test_evaluations_become_the_evaluator_review(imported) -> None:
    reviews = {(r.scope, r.target): r for r in imported.assessment.reviews}
    assert {key: r.status for key, r in reviews.items()} == {
        ("measure", "cnil-2"): "improvable",
        ("measure", "cnil-1"): "acceptable",
        ("section", "project"): "acceptable",
        ("section", "lawfulness"): "improvable",
        ("section", "necessity"): "to_correct",
        ("section", "risks"): "acceptable",
    }
    assert (
        reviews[("section", "necessity")].comment
        == "[CNIL 2.1.215] One year on the watchlist is not justified."
    )
    assert all(r.evaluator == "Hugo Bernard" for r in reviews.values())
    assert reviews[("section", "risks")].comment == (
        "[CNIL 3.2] Severity and likelihood are well argued.\n\n"
        "Evaluator's levels: severity 3/4 (significant), likelihood 2/4 (limited)"
    )
    assert reviews[("section", "project")].time.isoformat() == "2025-10-10T09:00:00+00:00"


def test_texts_go_to_the_mapped_questions_and_facts_stay_unanswered(imported, knowledge) -> None:
    assessment = imported.assessment
    assert assessment.answers["purpose_description"] == "Preventing repeat theft by identified offenders."
    description = assessment.answers["processing_description"]
    assert "CNIL 121 (Data processed):\n- Live video of visitors" in description
    assert "store entrance compare" in description
    assert "art6_basis" not in assessment.answers  # a fact is never guessed from free text
    note = assessment.notes["art6_basis"].text
    assert "Legitimate interest of ShopCo" in note and "Dutch UAVG route" in note
    assert "Watchlist persons can ask for erasure." in assessment.notes["rights_procedure"].text
    assert assessment.answers["data_subjects_consulted"] == "yes"
    assert assessment.answers["dpo_consulted"] == "yes"
    verdict = assess(assessment, knowledge)
    missing = {m.fact for m in verdict.missing}
    assert {"fr_function", "art6_basis", "art9_exception", "scale"} <= missing


def test_nothing_unmapped_is_dropped(imported) -> None:
    note = imported.assessment.notes["context_description"].text
    assert note.startswith(IMPORT_NOTE_TITLE)
    for kept in (
        "Stigmatisation",
        "Level: 3/4 (significant)",
        "Access is limited to two security officers.",
        "An answer to a question of a customised PIA structure.",
        "Comment on the custom question.",
        "Evaluation of 4.1: improvable. The risk map needs the residual levels.",
        "To be looked at next week.",
        "'attachments' (1 item(s)) was not imported",
        "PIA category: Retail security",
    ):
        assert kept in note


def test_the_result_is_a_valid_new_assessment(imported) -> None:
    assessment = imported.assessment
    assert assessment.id and assessment.revision and assessment.parent is None
    assert parse_assessment(serialise(assessment)).model_dump() == assessment.model_dump()


def test_people_not_consulted_with_a_reason(knowledge, raw) -> None:
    pia = {
        **raw["pia"],
        "concerned_people_searched_opinion": False,
        "concerned_people_searched_content": "<p>Covered by the customer survey of 2024.</p>",
        "concerned_people_opinion": "",
        "dpo_opinion": "",
    }
    result = import_export(parse_export(json.dumps({"pia": pia}).encode(), "x"), knowledge.bank)
    answers = result.assessment.answers
    assert answers["data_subjects_consulted"] == "no_with_reason"
    assert answers["consultation_reason"] == "Covered by the customer survey of 2024."
    assert "dpo_consulted" not in answers


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "invalid JSON"),
        (b"[1, 2]", "not an export of the CNIL PIA tool"),
        (b'{"answers": []}', "not an export of the CNIL PIA tool"),
        (b'{"pia": {}}', "not an export of the CNIL PIA tool (its 'pia' object has no name"),
        (b'{"pia": {"name": " ", "id": 3}}', "not an export of the CNIL PIA tool"),
        (b'{"pia": {}, "measures": [{"title": "no id"}]}', "damaged CNIL export: at 'measures.0.id'"),
        (b'{"pia": {}, "answers": [{"reference_to": "abc"}]}', "damaged CNIL export"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_a_broken_export_is_one_clear_error(raw: bytes, message: str) -> None:
    with pytest.raises(CnilImportError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse_export(raw, "export.json")


def test_the_mapping_names_only_existing_questions_and_sections(knowledge) -> None:
    mapping = load_mapping()
    mapping.check(knowledge.bank)
    broken = CnilMapping(unmapped_note_question="no_such_question", items={})
    with pytest.raises(CnilImportError, match="no_such_question"):
        broken.check(knowledge.bank)


def test_the_documented_mapping_is_the_data(knowledge) -> None:
    table = mapping_table(load_mapping(), knowledge.bank)
    assert table in DOCS.read_text(encoding="utf-8"), "docs/cnil-import.md: the item table is stale"
    assert "| 212 | Legal basis | `art6_basis` | note |" in table
    assert (
        "| 211 | Purposes: specified, explicit and legitimate | `purpose_description` | answer if unanswered |"
        in table
    )


def test_a_repeated_measure_id_keeps_both_measures(knowledge) -> None:
    export = {"pia": {"name": "P"}, "measures": [{"id": 1, "title": "A"}, {"id": 1, "title": "B"}]}
    result = import_export(parse_export(json.dumps(export).encode(), "x"), knowledge.bank)
    assert [(m.id, m.title) for m in result.assessment.measures] == [("cnil-1", "A"), ("cnil-1-2", "B")]


def _import(knowledge, export: dict):
    return import_export(parse_export(json.dumps(export).encode(), "x"), knowledge.bank).assessment


def test_names_and_titles_are_stripped_of_html(knowledge) -> None:
    pia = {
        "name": "<script>alert(1)</script><b>Shop</b> &amp; co",
        "author_name": "<i>Claire</i>",
        "evaluator_name": "<style>p{}</style>Hugo",
        "validator_name": "Val<br>Idator",
        "dpos_names": "<span>Marc</span>",
    }
    evaluation = {
        "reference_to": "2.1.211",
        "status": 1,
        "evaluation_comment": "x",
        "action_plan_comment": "y",
        "person_in_charge": "<b>Paul</b>",
    }
    assessment = _import(knowledge, {"pia": pia, "evaluations": [evaluation]})
    meta = assessment.metadata
    assert (meta.title, meta.assessor, meta.dpo) == ("Shop & co", "Claire", "Marc")
    assert [p.name for p in assessment.participants] == ["Claire", "Hugo", "Val Idator", "Marc"]
    assert {m.owner for m in assessment.measures} == {"Paul"}
    assert {r.evaluator for r in assessment.reviews} == {"Hugo"}


def test_a_name_that_is_only_markup_is_no_name() -> None:
    with pytest.raises(CnilImportError, match="has no name"):
        parse_export(b'{"pia": {"name": "<b> </b>"}}', "x")


@pytest.mark.parametrize("ref", ["\u00b2", "\u0663", "\u0661\u0662\u0661"])
def test_a_comment_on_a_non_ascii_digit_is_kept_not_a_crash(knowledge, ref: str) -> None:
    comments = [{"reference_to": ref, "description": "odd reference"}]
    assessment = _import(knowledge, {"pia": {"name": "P"}, "comments": comments})
    assert f"Comment on {ref}:\nodd reference" in assessment.notes["context_description"].text


def test_free_text_references_give_unique_printable_measure_ids(knowledge) -> None:
    evaluation = {"reference_to": "a\nb", "action_plan_comment": "Do it."}
    other = {"reference_to": "a b", "action_plan_comment": "And this."}
    export = {
        "pia": {"name": "P"},
        "measures": [{"id": 1, "title": "M"}],
        "evaluations": [evaluation, evaluation, other],
    }
    assessment = _import(knowledge, export)
    ids = [m.id for m in assessment.measures]
    assert ids == ["cnil-1", "cnil-action-a-b", "cnil-action-a-b-2", "cnil-action-a-b-3"]
    assert all(i.isprintable() and i.isascii() for i in ids)
    assert [m.title for m in assessment.measures[1:]] == ["CNIL action plan: a b"] * 3
    # the saved file loads again (unique ids, nothing lost)
    assert len(parse_assessment(serialise(assessment)).measures) == 4
