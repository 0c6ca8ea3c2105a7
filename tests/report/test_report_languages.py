"""`dpia report --lang fr|de` and `dpia assess --lang fr|de` read entirely in that language: no English text
of the data (report strings, questions, findings, risks, measures, citations) is left in them.

These pass fully once every text has its fr and de translation (`dpia forms check` lists what is missing);
a failure names each English text found, with its file and key."""

from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.core.storage import save_assessment
from tests.helpers.english_left import english_fragments, english_left, failure_message
from tests.report.builders import rich_assessment

SCENARIO = "supermarket_watchlist_nl"
LANGUAGES = ("fr", "de")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("languages") / "rich.dpia"
    save_assessment(rich_assessment(SCENARIO), path)
    return path


@pytest.fixture(scope="module", params=LANGUAGES)
def report(
    request: pytest.FixtureRequest, source: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, str]:
    code = request.param
    out = tmp_path_factory.mktemp(code) / f"report_{code}.pdf"
    copy = out.with_name("source.dpia")
    shutil.copy(source, copy)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1740830400")  # 2025-03-01 12:00 UTC
        assert main(["report", str(copy), "-o", str(out), "--lang", code]) == 0
    pages = PdfReader(BytesIO(out.read_bytes())).pages
    return code, " ".join(page.extract_text() for page in pages)


def test_the_english_fragments_cover_the_data() -> None:
    """The check itself: it knows the English report headings and finding texts (a check that cannot fail)."""
    fragments = {fragment for _, fragment in english_fragments("fr")}
    assert "Data Protection Impact Assessment" in fragments
    assert any(where.startswith("forms/rules/") for where, _ in english_fragments("de"))


def test_the_report_has_no_english_text_of_the_data(report: tuple[str, str]) -> None:
    code, text = report
    left = english_left(text, code)
    assert not left, failure_message(left, code, f"dpia report --lang {code}")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            "fr",
            [
                "Analyse d'impact relative à la protection des données",
                "Responsable du traitement",
                "1 mars 2025",
            ],
        ),
        ("de", ["Datenschutz-Folgenabschätzung", "Verantwortlicher", "1. März 2025"]),
    ],
)
def test_the_report_speaks_the_language(source: Path, tmp_path: Path, code: str, words: list[str]) -> None:
    out = tmp_path / "r.pdf"
    shutil.copy(source, tmp_path / "s.dpia")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1740830400")
        assert main(["report", str(tmp_path / "s.dpia"), "-o", str(out), "--lang", code]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(out.read_bytes())).pages).split())
    for word in words:
        assert word in text, word


@pytest.mark.parametrize("code", LANGUAGES)
def test_assess_prints_no_english_text_of_the_data(
    source: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", str(source), "--lang", code]) == 0
    out = capsys.readouterr().out
    left = english_left(out, code)
    assert not left, failure_message(left, code, f"dpia assess --lang {code}")


class _Context:
    """The one thing a title needs from the report context: its strings, in one language."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def t(self, key: str, **values: object) -> str:
        from app.report.strings import text

        return text(key, self.locale, **values)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "Décision (notre traduction)"),
        ("de", "Décision (unsere Übersetzung)"),
        ("en", "Décision (our translation)"),
    ],
)
def test_a_title_that_is_our_translation_says_so(code: str, expected: str) -> None:
    from app.report.sections.appendices import _title

    context = _Context(code)
    assert _title(context, {"title": "Décision", "title_is_translation": True}) == expected  # type: ignore[arg-type]
    assert _title(context, {"title": "Décision", "title_is_translation": False}) == "Décision"  # type: ignore[arg-type]
    assert _title(context, {"title": "Décision"}) == "Décision"  # type: ignore[arg-type]


ENGLISH_CITATION_WORDS = (
    "(European Union",
    "European Commission",
    "Article 29 Working Party",
    "EDPB",
    "GDPR Art.",
    "LED Art.",
    "AI Act Annex",  # (not "AI Act Art.": the fixture's DPO opinion is English text the user typed)
    "Charter Art.",
    "Directive (EU)",
    "Recital",
)
CITED_AS = {
    "fr": ["Union européenne", "RGPD, art. 9, par. 1", "CEPD"],
    "de": ["Europäische Union", "Art. 9 Abs. 1 DSGVO", "EDSA"],
}


def test_sources_name_authorities_and_provisions_in_the_language(report: tuple[str, str]) -> None:
    """§8 and Annexes A/B: authorities and provisions from resources/legal/names/, not the English data."""
    code, text = report
    flat = " ".join(text.split())
    assert [word for word in ENGLISH_CITATION_WORDS if word in flat] == []
    assert [word for word in CITED_AS[code] if word not in flat] == []


def test_french_sets_a_narrow_space_before_colons_and_semicolons(report: tuple[str, str]) -> None:
    """Labels and lists the code builds follow French typography: "Règle\u202f: ", "a\u202f; b"."""
    code, text = report
    if code != "fr":
        pytest.skip("French typography only")
    flat = " ".join(text.split())
    for label in ("Règle", "Verdict", "Précédent de référence pour la reconnaissance faciale"):
        assert f"{label}:" not in flat.replace("\u202f", " "), label
        assert f"{label}\u202f:" in flat or f"{label} :" in flat, label
    assert "RGPD, art. 5, par. 1, a)\u202f; RGPD" in flat or "RGPD, art. 5, par. 1, a) ; RGPD" in flat
