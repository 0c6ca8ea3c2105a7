"""Issue 15: with --lang fr/de the CLI writes and prints no English label of its own data: import-cnil's
labels in the .dpia, diff's headings/fields/findings, merge's summary. English fragments are taken from the
data itself (messages.yaml, cnil.yaml), so a label added in English only, or a literal put back in the code,
fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from app.cli import main
from app.core.assessment import Measure
from app.core.storage import load_assessment, save_assessment
from tests.helpers.paths import FIXTURES
from tests.helpers.working_copy import working_copy

ROOT = FIXTURES.parent.parent
EXPORT = FIXTURES / "cnil" / "store_entrance_export.json"
MESSAGES = yaml.safe_load((ROOT / "resources" / "cli" / "messages.yaml").read_text(encoding="utf-8"))
MAPPING = yaml.safe_load((ROOT / "resources" / "import" / "cnil.yaml").read_text(encoding="utf-8"))
LANGS = ("nl", "fr", "de")


def _fragments(prefixes: tuple[str, ...], lang: str) -> set[str]:
    """The literal parts (8+ characters) of the English texts under `prefixes` that the `lang` text lacks."""
    found = set()
    for key, texts in MESSAGES.items():
        if key.startswith(prefixes):
            for part in re.split(r"\{[^}]*\}", texts["en"]):
                part = part.strip(" :()[]\n")
                if len(part) >= 8 and part not in texts[lang]:
                    found.add(part)
    return found


def _item_titles(lang: str) -> set[str]:
    return {i["title"] for i in MAPPING["items"].values() if i["titles"][lang] != i["title"]}


def test_every_message_has_every_language() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) >= {"en", *LANGS}, key
    for number, item in MAPPING["items"].items():
        assert set(item["titles"]) == set(LANGS), number


def _import(tmp_path: Path, lang: str, capsys) -> tuple[str, str]:
    out = tmp_path / f"imported_{lang}.dpia"
    assert main(["import-cnil", str(EXPORT), "-o", str(out), "--lang", lang]) == 0
    return out.read_text(encoding="utf-8"), capsys.readouterr().out


def test_the_english_import_carries_the_labels_the_other_languages_must_not(tmp_path: Path, capsys) -> None:
    """The fixture exercises the labels: in English, many of them are in the file (else the test below
    would prove nothing)."""
    text, printed = _import(tmp_path, "en", capsys)
    exported = EXPORT.read_text(encoding="utf-8")
    used = {f for f in _fragments(("cnil_",), "fr") if f in text and f not in exported}
    assert len(used) >= 8, used
    assert "Author (CNIL PIA tool)" in text and "Overview: the processing under study" in text
    assert "wrote " in printed


@pytest.mark.parametrize("lang", LANGS)
def test_import_cnil_in_another_language_writes_no_english_label(tmp_path: Path, capsys, lang: str) -> None:
    text, printed = _import(tmp_path, lang, capsys)
    exported = EXPORT.read_text(encoding="utf-8")  # the export's own (English) words are not labels
    english = {f for f in _fragments(("cnil_",), lang) | _item_titles(lang) if f not in exported}
    assert [f for f in english if f in text] == []
    assert [f for f in english if f in printed] == []
    assessment = load_assessment(tmp_path / f"imported_{lang}.dpia")
    roles = {p.role for p in assessment.participants}
    assert MESSAGES["cnil_role_author"][lang] in roles
    assert assessment.sign_off.dpo_advice_summary.startswith(MESSAGES["cnil_dpo_opinion"][lang].split("{")[0])
    heading = MESSAGES["cnil_heading"][lang].format(
        heading=f"CNIL 111 ({MAPPING['items'][111]['titles'][lang]})"
    )
    assert heading + "\n" in str(assessment.answers["processing_description"])  # fr: a space before the colon


def test_import_cnil_refuses_an_unknown_language(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.dpia"
    assert main(["import-cnil", str(EXPORT), "-o", str(out), "--lang", "xx"]) == 2
    assert "available" in capsys.readouterr().err and not out.exists()


def _changed_pair(tmp_path: Path) -> tuple[Path, Path]:
    old = working_copy(tmp_path)
    new = working_copy(tmp_path, as_name="b.dpia")
    assessment = load_assessment(new)
    assessment.answers["fr_function"] = "identification_1toN"
    assessment.answers["country"] = "FR"
    assessment.metadata.assessor = "Claire Martin"
    save_assessment(assessment, new)
    return old, new


@pytest.mark.parametrize("lang", ("fr", "de"))
def test_diff_in_another_language_has_no_english_heading_field_or_rule_id(
    tmp_path: Path, capsys, lang: str
) -> None:
    old, new = _changed_pair(tmp_path)
    assert main(["diff", str(old), str(new), "--lang", lang]) == 1
    out = capsys.readouterr().out
    for area in ("metadata", "answers", "findings", "verdict"):
        assert f"\n{area}:" not in out
        heading = MESSAGES["diff_heading"][lang].format(area=MESSAGES["diff_area_" + area][lang])
        assert f"\n{heading}\n" in out or area == "verdict"
    assert "assessor" not in out and MESSAGES["field_assessor"][lang] in out
    assert "finding " not in out and "(rule " not in out
    assert "(FR) (FR)" not in out and "(FR)" in out
    assert main(["diff", str(old), str(old), "--lang", lang]) == 0
    same = capsys.readouterr().out
    assert "no differences" not in same and MESSAGES["diff_none"][lang].split("{")[0] in same


@pytest.mark.parametrize("lang", ("fr", "de"))
def test_merge_summary_in_another_language(tmp_path: Path, capsys, lang: str) -> None:
    base = working_copy(tmp_path)
    copies = []
    for name, value in (("anna.dpia", "identification_1toN"), ("bob.dpia", "verification_1to1")):
        copy = working_copy(tmp_path, as_name=name)
        assessment = load_assessment(copy)
        assessment.answers["fr_function"] = value
        save_assessment(assessment, copy)
        copies.append(str(copy))
    out = tmp_path / "merged.dpia"
    assert main(["merge", str(base), *copies, "-o", str(out), "--lang", lang]) == 1
    printed = capsys.readouterr().out
    assert (
        "wrote " not in printed and "change(s) taken" not in printed and "disputed fr_function" not in printed
    )
    assert MESSAGES["merge_wrote"][lang].split("{")[1].split("}")[1].strip(" :") in printed
    assert "[fr_function]" in printed


@pytest.mark.parametrize("lang", ("fr", "de"))
def test_version_and_recheck_in_another_language(tmp_path: Path, capsys, lang: str) -> None:
    path = working_copy(tmp_path)
    assert main(["version", str(path), "--label", "v1", "--lang", lang]) == 0
    recorded = capsys.readouterr().out
    assert "recorded version" not in recorded and "outcome:" not in recorded
    assert MESSAGES["version_recorded"][lang].split("{")[0] in recorded
    assert main(["version", str(path), "--lang", lang]) == 0
    listing = capsys.readouterr().out
    assert "rules " not in listing and "outcome" not in listing and "(version;" not in listing
    assert main(["recheck", str(path), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert "unchanged since" not in out and "assessment(s) checked" not in out
    assert MESSAGES["recheck_unchanged"][lang].split("{")[1].split("}")[1].strip(" :") in out
    assert main(["recheck", str(path), "--lang", "xx"]) == 2


@pytest.mark.parametrize(
    ("lang", "english", "own"), [("de", "FRIA", "GRFA"), ("fr", "interdite aucun ", "AIDF")]
)
def test_the_ai_act_line_uses_the_language_s_own_term(
    tmp_path: Path, capsys, lang: str, english: str, own: str
) -> None:
    """Finding 9: German said FRIA (English); French "pratique interdite aucun" (practice is feminine)."""
    path = working_copy(tmp_path)
    main(["assess", str(path), "--lang", lang])
    out = capsys.readouterr().out + " "
    line = next(li for li in out.splitlines() if own in li)
    assert english not in line + " "
    if lang == "fr":
        assert "pratique interdite aucune" in out


@pytest.mark.parametrize("lang", ("fr", "de"))
def test_the_workbook_speaks_the_language_and_the_csv_keeps_its_ids(
    tmp_path: Path, capsys, lang: str
) -> None:
    import csv
    import io

    import openpyxl

    from app.report.register import PLAN_COLUMNS, RISK_COLUMNS
    from app.report.strings import text

    path = working_copy(tmp_path)
    assessment = load_assessment(path)
    assessment.measures += [
        Measure(id="m1", title="Signage", status="planned"),
        Measure(id="m2", title="Blur at the edge", status="implemented"),
    ]
    save_assessment(assessment, path)
    statuses = {"planned", "implemented"}
    book_path = tmp_path / "out.xlsx"
    assert main(["export", str(path), "--format", "xlsx", "-o", str(book_path), "--lang", lang]) == 0
    assert "wrote " not in capsys.readouterr().out
    book = openpyxl.load_workbook(book_path)
    risks, plan = book.worksheets
    headers = [c.value for c in risks[1]] + [c.value for c in plan[1]]
    english = {MESSAGES[f"column_{c}"]["en"] for c in RISK_COLUMNS + PLAN_COLUMNS} - {
        MESSAGES[f"column_{c}"][lang] for c in RISK_COLUMNS + PLAN_COLUMNS
    }
    assert not set(headers) & (english | set(RISK_COLUMNS) | set(PLAN_COLUMNS))
    status_column = PLAN_COLUMNS.index("status")
    shown = {row[status_column] for row in plan.iter_rows(min_row=2, values_only=True)}
    assert shown == {text(f"measure_status_{s}", lang) for s in statuses}
    assert not shown & {"planned", "in_progress", "implemented", "rejected"}
    csv_path = tmp_path / "out.csv"
    assert main(["export", str(path), "--format", "csv", "-o", str(csv_path), "--lang", lang]) == 0
    reader = csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig")))
    assert tuple(reader.fieldnames or ()) == RISK_COLUMNS
