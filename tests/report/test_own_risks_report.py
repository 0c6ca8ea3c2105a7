"""An own risk and a custom measure's effects in the real PDF, its heat maps, register and tables, and in
the CSV, XLSX and Word exports."""

from __future__ import annotations

import csv
import io
import re

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from app.core.assessment import Assessment, Measure, OwnRisk, RiskEffect
from app.core.engine import assess
from app.core.knowledge import Knowledge
from app.core.lineage import record_version
from app.report.export import build_report
from app.report.formats import report_context
from app.report.register import PLAN_COLUMNS, register_csv, register_xlsx
from app.report.word import render_docx
from tests.report.builders import EXPORTED, pdf_text, rich_assessment

SEVERITY_REASON = "Pupils cannot refuse in front of their class; affects every pupil daily."
LIKELIHOOD_REASON = "Teachers asked for the camera at every door."
EFFECT_REASON = "Cameras only at the main gate; classrooms stay camera-free (board decision 12)."


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    rich = rich_assessment()
    own = OwnRisk(
        id="own-classroom",
        title="Chilling effect in classrooms",
        description="Pupils behave differently under cameras.",
        severity=4,
        severity_justification=SEVERITY_REASON,
        likelihood=3,
        likelihood_justification=LIKELIHOOD_REASON,
        author="Anna Łukasiewicz",
    )
    effects = [
        RiskEffect(risk="own-classroom", lowers_likelihood=2, justification=EFFECT_REASON),
        RiskEffect(risk="function_creep", lowers_severity=1, justification="Purpose locked in the contract."),
    ]
    gate = Measure(id="m9", title="Gate-only cameras", status="implemented", effects=effects)
    return rich.model_copy(update={"own_risks": [own], "measures": [*rich.measures, gate]})


@pytest.fixture(scope="module")
def ctx(assessment: Assessment, knowledge: Knowledge):
    return report_context(assessment, "en", knowledge, EXPORTED)


@pytest.fixture(scope="module")
def pdf(assessment: Assessment, knowledge: Knowledge) -> bytes:
    return build_report(assessment, assess(assessment, knowledge), knowledge, "en", EXPORTED)


def _all_tables(container) -> list:
    """Every table, also those nested in a cell (the two heat maps sit side by side in one)."""
    found = []
    for table in container.tables:
        found.append(table)
        found += [t for row in table.rows for cell in row.cells for t in _all_tables(cell)]
    return found


def _number(ctx) -> str:
    return next(f"R{n}" for n, r in enumerate(ctx.verdict.risks, start=1) if r.id == "own-classroom")


def test_the_own_risk_is_in_both_heat_maps_of_the_pdf(pdf: bytes, ctx) -> None:
    page = next(
        p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages if "6.1 Heat maps" in p.extract_text()
    )
    maps = page.split("6.1 Heat maps", 1)[1].split(ctx.t("heat_legend")[:30], 1)[0]
    assert len(re.findall(rf"\b{_number(ctx)}\b", maps)) == 2  # inherent and residual


def test_the_register_and_the_own_risk_section_give_the_reasons(pdf: bytes, ctx) -> None:
    text = pdf_text(pdf)
    number = _number(ctx)
    register = text.split("6.2 Risk register", 1)[1].split("6.3 Ratings changed", 1)[0]
    assert f"{number} Chilling effect in classrooms (own risk, rated by the assessor)" in register
    assert "4 x 3: High" in register and "4 x 1: Medium" in register  # inherent, residual after the effect
    own_section = text.split("6.4 Risks added by the assessor", 1)[1].split("7. ", 1)[0]
    assert f"{number} Chilling effect in classrooms" in own_section
    assert f"Severity 4 (Maximum): {SEVERITY_REASON}" in own_section
    assert f"Likelihood 3 (Significant): {LIKELIHOOD_REASON}" in own_section
    assert "Added by Anna Łukasiewicz" in own_section


def test_the_measures_chapter_lists_each_effect_with_its_justification(pdf: bytes, ctx) -> None:
    text = pdf_text(pdf)
    effects = text.split("7.3 Effects of the action plan's own measures", 1)[1].split("8. ", 1)[0]
    assert f"{_number(ctx)} Chilling effect in classrooms" in effects
    assert "Likelihood -2" in effects and EFFECT_REASON in effects
    assert "Severity -1" in effects and "Purpose locked in the contract." in effects


def test_the_changes_appendix_names_an_own_risk_added_since_a_version(
    assessment: Assessment, knowledge: Knowledge
) -> None:
    before = assessment.model_copy(update={"own_risks": [], "measures": assessment.measures[:-1]}, deep=True)
    record_version(before, "v1", knowledge)
    after = before.model_copy(update={"own_risks": assessment.own_risks, "measures": assessment.measures})
    pdf = build_report(after, assess(after, knowledge), knowledge, "en", EXPORTED, changes_since="v1")
    appendix = pdf_text(pdf).split("Changes since v1", 1)[1]
    assert "Own risk Chilling effect in classrooms [own-classroom]" in appendix
    assert f"Chilling effect in classrooms: severity 4 ({SEVERITY_REASON})" in appendix


def test_the_csv_register_marks_own_risks_and_effects(ctx) -> None:
    rows = list(csv.DictReader(io.StringIO(register_csv(ctx).decode("utf-8-sig"))))
    own = next(r for r in rows if r["risk_id"] == "own-classroom")
    assert (own["no"], own["source"], own["inherent_level"], own["residual_level"]) == (
        _number(ctx),
        "own",
        "High",
        "Medium",
    )
    assert own["rating_justification"] == f"Severity: {SEVERITY_REASON} | Likelihood: {LIKELIHOOD_REASON}"
    assert own["measure_effects"] == f"Gate-only cameras: Likelihood -2: {EFFECT_REASON}"
    creep = next(r for r in rows if r["risk_id"] == "function_creep")
    assert creep["source"] == "catalogue" and creep["rating_justification"] == ""
    assert "Gate-only cameras: Severity -1: Purpose locked in the contract." in creep["measure_effects"]


def test_the_workbook_plan_lists_the_effects(ctx) -> None:
    book = openpyxl.load_workbook(io.BytesIO(register_xlsx(ctx)))
    _header, *rows = book["Action plan"].iter_rows(values_only=True)
    gate = dict(zip(PLAN_COLUMNS, next(r for r in rows if r[0] == "m9"), strict=True))
    assert gate["risks"] == "own-classroom; function_creep"
    assert gate["effects"].startswith(f"own-classroom: Likelihood -2: {EFFECT_REASON} | function_creep")


def test_the_word_report_has_the_own_risk_in_its_maps_and_sections(ctx) -> None:
    document = docx.Document(io.BytesIO(render_docx(ctx)))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert "6.4 Risks added by the assessor" in paragraphs and SEVERITY_REASON in paragraphs
    tables = _all_tables(document)
    maps = [t for t in tables if t.cell(0, 0).text.startswith(ctx.t("heat_severity"))]
    number = _number(ctx)
    placed = [
        [c.text for row in t.rows for c in row.cells if re.search(rf"\b{number}\b", c.text)] for t in maps
    ]
    assert len(placed) == 2 and all(len(cells) == 1 for cells in placed)  # once in each heat map
    cells = [cell.text for table in tables for row in table.rows for cell in row.cells]
    assert EFFECT_REASON in cells
