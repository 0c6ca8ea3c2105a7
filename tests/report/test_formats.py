"""Word, CSV and Excel exports: the same content as the PDF, the register row by row, levels coloured."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import docx
import openpyxl
import pypdf
import pytest
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import KeepTogether, Paragraph, Table

from app.core.assessment import Assessment
from app.core.knowledge import Knowledge
from app.report.blocks import Heading
from app.report.context import ReportContext
from app.report.formats import report_context
from app.report.register import PLAN_COLUMNS, RISK_COLUMNS, column_headers, register_csv, register_xlsx
from app.report.sections import story
from app.report.styles import LEVEL_COLOURS
from app.report.word import render_docx
from tests.helpers.paths import scenario_names
from tests.report.builders import EXPORTED, scenario


@pytest.fixture(scope="module")
def ctx(knowledge: Knowledge, rich: Assessment) -> ReportContext:
    return report_context(rich, "en", knowledge, EXPORTED)


@pytest.fixture(scope="module")
def word(ctx: ReportContext) -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(ctx)))


def _flat(flowables) -> list:
    found = []
    for flowable in flowables:
        found.append(flowable)
        if isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for value in row:
                    found.extend(_flat(value if isinstance(value, list | tuple) else [value]))
        elif isinstance(flowable, KeepTogether):
            found.extend(_flat(flowable._content))
    return found


def _in_table(ctx: ReportContext, heading: Heading) -> bool:
    tables = [f for f in _flat(story(ctx)) if isinstance(f, Table)]
    return any(heading.title in {getattr(c, "title", None) for c in _flat([t])[1:]} for t in tables)


def _all_tables(container) -> list:
    tables = []
    for table in container.tables:
        tables.append(table)
        for row in table.rows:
            for cell in row.cells:
                tables.extend(_all_tables(cell))
    return tables


def _norm(text: str) -> str:
    return " ".join(text.split())


def _word_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in _all_tables(document):
        for row in table.rows:
            parts.extend(p.text for cell in row.cells for p in cell.paragraphs)
    return _norm(" ".join(parts))


def test_the_headings_are_the_pdf_outline_as_word_heading_styles(ctx, word) -> None:
    outline = [f for f in _flat(story(ctx)) if isinstance(f, Heading) and not _in_table(ctx, f)]
    pdf_headings = [(f.level + 1, f.title) for f in outline]
    word_headings = [
        (int(p.style.name.split()[-1]), p.text) for p in word.paragraphs if p.style.name.startswith("Heading")
    ]
    assert len(pdf_headings) > 15
    assert word_headings == pdf_headings


def test_every_paragraph_of_the_pdf_is_in_the_word_document(ctx, word) -> None:
    text = _word_text(word)
    squeezed = "".join(text.split())  # reportlab's plain text drops line breaks
    paragraphs = [f for f in _flat(story(ctx)) if isinstance(f, Paragraph)]
    missing = [p.getPlainText() for p in paragraphs if "".join(p.getPlainText().split()) not in squeezed]
    assert not missing, missing[:5]
    # The workshop's own words and the citations' titles are there.
    for expected in ("Contract forbids re-use; audited yearly.", "Stop scraping", "Łódź", "<b>Acme</b>"):
        assert expected in text
    for citation in ctx.verdict.citations.values():
        assert _norm(citation["title"]) in text


def test_tables_and_heat_maps_are_word_tables(ctx, word) -> None:
    flat = _flat(story(ctx))
    drawings = [f for f in flat if isinstance(f, Drawing)]
    assert len(drawings) == 2
    assert len(_all_tables(word)) == sum(isinstance(f, Table) for f in flat) + len(drawings)


def _fills(document) -> dict[str, set[str]]:
    """Cell text -> the fill colours of the cells with that text."""
    found: dict[str, set[str]] = {}
    for table in _all_tables(document):
        for row in table.rows:
            for cell in row.cells:
                for shading in cell._tc.xpath("./w:tcPr/w:shd"):
                    fill = shading.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill")
                    found.setdefault(_norm(cell.text), set()).add(fill)
    return found


def test_risk_levels_are_coloured_as_in_the_pdf(ctx, word) -> None:
    fills = _fills(word)
    high = LEVEL_COLOURS["high"].hexval()[2:].upper()
    first = ctx.verdict.risks[0]
    assert first.inherent.level == "high"
    score = f"S{first.inherent.severity}"
    assert any(high in colours for text, colours in fills.items() if "High" in text or score in text)
    # The heat map cell holding R1 has the colour of its level.
    assert high in fills.get("R1", set()) | next((c for t, c in fills.items() if t.startswith("R1,")), set())


def test_the_word_document_names_title_and_fingerprint(ctx, word) -> None:
    props = word.core_properties
    assert ctx.title in props.title
    assert ctx.fingerprint in props.keywords
    assert props.created.year == EXPORTED.year


def test_the_dutch_word_report_is_dutch(knowledge: Knowledge, rich: Assessment) -> None:
    english = docx.Document(io.BytesIO(render_docx(report_context(rich, "en", knowledge, EXPORTED))))
    dutch = docx.Document(io.BytesIO(render_docx(report_context(rich, "nl", knowledge, EXPORTED))))
    heading = [p.text for p in english.paragraphs if p.style.name == "Heading 1"]
    heading_nl = [p.text for p in dutch.paragraphs if p.style.name == "Heading 1"]
    assert len(heading) == len(heading_nl) and heading != heading_nl


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_word_report_to_pdf(ctx, tmp_path: Path) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(render_docx(ctx))
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    reader = pypdf.PdfReader(tmp_path / "report.pdf")
    text = "".join("".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) > 5
    for expected in (ctx.title, ctx.t("h_risks"), ctx.verdict.risks[0].title, "Contract forbids re-use"):
        assert "".join(expected.split()) in text


def test_the_csv_register_has_one_row_per_risk(ctx) -> None:
    raw = register_csv(ctx)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0].keys()) == RISK_COLUMNS
    assert [r["risk_id"] for r in rows] == [r.id for r in ctx.verdict.risks]
    for row, risk in zip(rows, ctx.verdict.risks, strict=True):
        assert row["title"] == risk.title
        assert (int(row["inherent_severity"]), int(row["inherent_likelihood"])) == (
            risk.inherent.severity,
            risk.inherent.likelihood,
        )
        assert (int(row["residual_severity"]), int(row["residual_likelihood"])) == (
            risk.residual.severity,
            risk.residual.likelihood,
        )
        assert row["residual_level"].lower() == risk.residual.level
    creep = next(r for r in rows if r["risk_id"] == "function_creep")
    assert creep["override_justification"].endswith("Contract forbids re-use; audited yearly.")
    assert (creep["residual_severity"], creep["residual_likelihood"]) == ("2", "2")
    unlawful = next(r for r in rows if r["risk_id"] == "unlawful_special_category")
    assert "Stop scraping" in unlawful["measures"]
    assert next(r for r in rows if r["risk_id"] != "function_creep")["override_justification"] == ""


def test_the_workbook_has_risks_and_action_plan_with_levels_coloured(ctx) -> None:
    book = openpyxl.load_workbook(io.BytesIO(register_xlsx(ctx)))
    assert book.sheetnames == ["Risks", "Action plan"]
    risks = list(book["Risks"].iter_rows(values_only=True))
    assert list(risks[0]) == column_headers(RISK_COLUMNS, "en") and len(risks) == len(ctx.verdict.risks) + 1
    assert risks[0][1] == "Risk id"  # words, not the CSV's column ids
    level_column = RISK_COLUMNS.index("residual_level") + 1
    for row, risk in enumerate(ctx.verdict.risks, start=2):
        fill = book["Risks"].cell(row, level_column).fill.start_color.rgb
        assert fill.endswith(LEVEL_COLOURS[risk.residual.level].hexval()[2:].upper())
    plan = {row[0]: row for row in book["Action plan"].iter_rows(min_row=2, values_only=True)}
    header = next(book["Action plan"].iter_rows(values_only=True))
    assert list(header) == column_headers(PLAN_COLUMNS, "en")
    m1 = dict(zip(PLAN_COLUMNS, plan["m1"], strict=True))
    assert (m1["title"], m1["owner"], m1["status"]) == ("Stop scraping", "CTO", "Planned")
    assert str(m1["due"]).startswith("2025-06-01")
    assert dict(zip(PLAN_COLUMNS, plan["m2"], strict=True))["status"] == "Implemented"


@pytest.mark.parametrize("name", scenario_names())
def test_every_scenario_exports_to_word_with_its_verdict(knowledge: Knowledge, name: str) -> None:
    ctx = report_context(scenario(name), "en", knowledge, EXPORTED)
    document = docx.Document(io.BytesIO(render_docx(ctx)))
    assert ctx.t(f"outcome_{ctx.verdict.outcome}") in _word_text(document)


def test_bold_and_italic_runs_survive(ctx, word) -> None:
    risk = ctx.verdict.risks[0]
    runs = [
        run
        for table in _all_tables(word)
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
    ]
    title = next(r for r in runs if r.text == risk.title)
    description = next(r for r in runs if r.text == risk.description)
    assert title.bold and not description.bold
    label = ctx.t("override_justification")
    italic = next(r for p in word.paragraphs for r in p.runs if r.text.startswith(label))
    assert italic.italic and not italic.bold
    assert any(row._tr.xpath("./w:trPr/w:tblHeader") for table in _all_tables(word) for row in table.rows), (
        "header rows repeat on every page"
    )


def test_the_review_cycle_appendices_are_in_the_word_report(knowledge: Knowledge, rich: Assessment) -> None:
    import datetime as dt

    from app.core.assessment import Support
    from app.core.evidence import attach
    from app.core.lineage import record_version
    from app.core.review import set_review

    assessment = rich.model_copy(deep=True)
    record_version(assessment, "v1", knowledge, moment=EXPORTED)
    moment = dt.datetime(2025, 3, 2, tzinfo=dt.UTC)
    set_review(assessment, knowledge.bank, "section", "system", "improvable", "Count cameras", "Eva", moment)
    attach(assessment, knowledge.bank, "dpa.txt", b"agreement", Support(kind="measure", id="m1"), "", moment)
    assessment.answers["scale"] = "lt_1k"
    ctx = report_context(assessment, "en", knowledge, EXPORTED)
    ctx.changes_since = "v1"
    document = docx.Document(io.BytesIO(render_docx(ctx)))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [h.split(".")[0] for h in headings[-3:]] == ["Appendix D", "Appendix E", "Appendix F"]
    text = _word_text(document)
    assert "Count cameras" in text and "dpa.txt" in text
