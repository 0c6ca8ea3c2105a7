"""The completeness check: every text missing in a declared language is found, with file, line and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import resources
from app.cli import main
from app.core.textcheck import complete_languages, data_gaps, interface_gaps, read_ts

CODES = ("en", "nl", "fr", "de")

SECTION = """\
id: project
title: {en: "About the project", nl: "Over het project", fr: "À propos du projet", de: "Über das Projekt"}
questions:
  - id: project_name
    type: text
    label:
      en: "Name of the project"
      nl: "Naam van het project"
      fr: "Nom du projet"
    help: {en: "As the project calls itself", nl: "Zoals het project zich noemt", fr: "", de: "Wie es heißt"}
"""

RULES = """\
rules:
  - id: r1
    blocks: "whether a DPIA is required"
    screening: {en: "WP248", nl: "WP248", fr: "WP248", de: "WP248"}
"""

CITATIONS = """\
citations:
  - id: ap_fine
    kind: decision
    title: "A fine"
    holding: "Fined."
    amount: "no fine"
    translations:
      nl: {title: "Een boete", title_is_translation: true, holding: "Beboet.", amount: "geen boete"}
      fr: {title: "Une amende", holding: "Sanctionné.", amount: "pas d'amende"}
      de: {title: "Eine Geldbuße", title_is_translation: false, amount: "keine Geldbuße"}
  - id: plain_amount
    kind: decision
    title: "Another fine"
    amount: "EUR 30,500,000"
    translations:
      nl: {title: "Nog een boete", title_is_translation: true}
      fr: {title: "Autre amende", title_is_translation: true}
      de: {title: "Weitere Geldbuße", title_is_translation: true}
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "forms" / "sections").mkdir(parents=True)
    (tmp_path / "forms" / "rules").mkdir()
    (tmp_path / "resources" / "legal").mkdir(parents=True)
    (tmp_path / "forms" / "sections" / "01_project.yaml").write_text(SECTION, encoding="utf-8")
    (tmp_path / "forms" / "rules" / "10_rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "resources" / "legal" / "decisions.yaml").write_text(CITATIONS, encoding="utf-8")
    return tmp_path


def _gaps(data: Path) -> list[str]:
    return [str(gap) for gap in data_gaps((data / "forms", data / "resources"), CODES)]


def test_each_missing_text_is_named_with_file_line_and_key(data: Path) -> None:
    sections = data / "forms" / "sections" / "01_project.yaml"
    rules = data / "forms" / "rules" / "10_rules.yaml"
    legal = data / "resources" / "legal" / "decisions.yaml"
    assert _gaps(data) == [
        f"{rules}:2: rules[r1].blocks: English only (no nl, fr, de)",
        f"{sections}:7: questions[project_name].label: no de text",
        f"{sections}:10: questions[project_name].help: no fr text",  # empty counts as missing
        f"{legal}:8: citations[ap_fine].translations.<lang>.holding: no de text",
        f"{legal}:9: citations[ap_fine].translations.fr.title_is_translation: not set: say whether the title "
        "is the official one (false) or our translation (true)",
    ]


def test_an_amount_in_words_needs_each_language(data: Path) -> None:
    path = data / "resources" / "legal" / "decisions.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(', amount: "keine Geldbuße"', ""), encoding="utf-8"
    )
    assert any("citations[ap_fine].translations.<lang>.amount: no de text" in gap for gap in _gaps(data))


def test_a_complete_language_is_one_a_reader_meets_no_english_in(data: Path) -> None:
    folders = (data / "forms", data / "resources")
    # de lacks a label and a holding, fr a help text; nl misses only plain-string rule fields
    assert complete_languages(folders, CODES) == {"en"}
    rules = data / "forms" / "rules" / "10_rules.yaml"
    rules.write_text(RULES.replace('"whether a DPIA is required"', '{en: "a", nl: "b", fr: "c", de: "d"}'))
    assert complete_languages(folders, CODES) == {"en", "nl"}
    # a missing title_is_translation is metadata: it does not hide the language
    section = data / "forms" / "sections" / "01_project.yaml"
    section.write_text(SECTION.replace('fr: ""', 'fr: "Comme il se nomme"'), encoding="utf-8")
    assert complete_languages(folders, ("en", "nl", "fr")) == {"en", "nl", "fr"}


def test_only_declared_languages_are_required(data: Path) -> None:
    assert data_gaps((data / "forms",), ("en", "nl")) == [
        gap for gap in data_gaps((data / "forms",), ("en", "nl")) if gap.languages == ("nl",)
    ]
    assert [gap.key for gap in data_gaps((data / "forms",), ("en", "nl"))] == ["rules[r1].blocks"]


TS = """\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished">{zoom}</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risque</numerusform>
            <numerusform>%n risques</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
</TS>
"""


def test_interface_messages_unfinished_or_missing_are_listed(tmp_path: Path) -> None:
    (tmp_path / "dpia_wizard_nl.ts").write_text(TS.format(lang="nl_NL", file="&amp;Bestand", zoom="Zoom %1%"))
    fr = TS.format(lang="fr_FR", file="", zoom="Zoom %1 %").replace(
        "<source>Zoom %1%</source>", "<source>X</source>"
    )
    (tmp_path / "dpia_wizard_fr.ts").write_text(fr)
    gaps = [str(gap) for gap in interface_gaps(tmp_path, ("en", "nl", "fr", "de"))]
    nl, fr_file, de = (tmp_path / f"dpia_wizard_{c}.ts" for c in ("nl", "fr", "de"))
    assert gaps == [
        f"{nl}:0: MainWindow: 'X': message missing",
        f"{nl}:10: MainWindow: 'Zoom %1%': not translated",
        f"{fr_file}:6: MainWindow: '&File': not translated",
        f"{fr_file}:10: MainWindow: 'X': not translated",
        f"{fr_file}:0: MainWindow: 'Zoom %1%': message missing",
        f"{de}:0: dpia_wizard: no interface translation file for 'de'",
    ]


def test_numerus_forms_count_as_translated(tmp_path: Path) -> None:
    path = tmp_path / "dpia_wizard_fr.ts"
    path.write_text(TS.format(lang="fr_FR", file="&amp;Fichier", zoom="Zoom %1 %"))
    messages = {m.source: m for m in read_ts(path)}
    assert "Gone" not in messages  # vanished: not part of the interface any more
    assert messages["%n risk(s)"].finished and messages["&File"].finished
    assert not messages["Zoom %1%"].finished


def test_the_shipped_interface_translations_are_complete() -> None:
    folder = Path(__file__).resolve().parents[2] / "translations"
    gaps = interface_gaps(folder, ("en", "nl", "fr", "de"))
    assert not gaps, "\n".join(str(gap) for gap in gaps)


def test_forms_check_lists_the_gaps_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(resources.forms_dir(), tmp_path / "forms")
    shutil.copytree(resources.resources_dir(), tmp_path / "resources")
    strings = tmp_path / "resources" / "report" / "strings.yaml"
    text = strings.read_text(encoding="utf-8")
    strings.write_text(text.replace('  de: "Datenschutz-Folgenabschätzung"\n', "", 1), encoding="utf-8")
    rc = main(["forms", "check", str(tmp_path / "forms"), "--resources", str(tmp_path / "resources")])
    out = capsys.readouterr().out
    assert rc == 1
    assert f"{strings}:4: doc_title: no de text" in out.splitlines()
    assert "de: " in out.splitlines()[-1] and "missing" in out.splitlines()[-1]


def test_forms_check_exits_2_on_data_that_does_not_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(resources.forms_dir(), tmp_path / "forms")
    shutil.copytree(resources.resources_dir(), tmp_path / "resources")
    (tmp_path / "resources" / "languages.yaml").write_text(
        "languages:\n  - {code: nl, name: N, locale: nl_NL}\n"
    )
    rc = main(["forms", "check", str(tmp_path / "forms"), "--resources", str(tmp_path / "resources")])
    assert rc == 2
    assert "the first language must be 'en'" in capsys.readouterr().err


def test_a_translation_may_use_only_the_english_placeholders(tmp_path: Path) -> None:
    path = tmp_path / "strings.yaml"
    path.write_text(
        'count:\n  en: "{count} answers needed"\n  nl: "{count} antwoorden nodig"\n'
        '  fr: "{nombre} réponses nécessaires"\n  de: "{count} Antworten nötig"\n'
        'stamp:\n  en: "by %(signer)s"\n  nl: "door %(signer)s"\n  fr: "par %(signataire)s"\n  de: "von %(signer)s"\n',
        encoding="utf-8",
    )
    assert [str(gap) for gap in data_gaps((tmp_path,), CODES)] == [
        f"{path}:2: count: the fr text uses {{nombre}}, which the English text does not have",
        f"{path}:7: stamp: the fr text uses {{signataire}}, which the English text does not have",
    ]


def test_forms_check_lists_one_language_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(resources.forms_dir(), tmp_path / "forms")
    shutil.copytree(resources.resources_dir(), tmp_path / "resources")
    strings = tmp_path / "resources" / "report" / "strings.yaml"
    text = strings.read_text(encoding="utf-8")
    for line in (
        '  de: "Datenschutz-Folgenabschätzung"\n',
        '  fr: "Analyse d\'impact relative à la protection des données"\n',
    ):
        assert line in text
        text = text.replace(line, "", 1)
    strings.write_text(text, encoding="utf-8")
    folders = [str(tmp_path / "forms"), "--resources", str(tmp_path / "resources")]
    assert main(["forms", "check", *folders, "--lang", "fr"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("languages (data and interface): en: complete, fr: ")
    assert f"{strings}:4: doc_title: no fr text" in out
    assert not any(line.endswith((" de text", ".de.title_is_translation")) for line in out)
    assert main(["forms", "check", "--lang", "xx"]) == 2
    assert "--lang 'xx': unknown language; available: en, nl, fr, de" in capsys.readouterr().err


NAMES = """\
authorities:
  - {en: European Union, nl: Europese Unie, fr: Union européenne}
laws:
  - {en: GDPR, nl: AVG, fr: RGPD, de: DSGVO}
"""


def test_authorities_and_references_need_the_name_tables(data: Path) -> None:
    legal = data / "resources" / "legal"
    (legal / "names").mkdir()
    (legal / "names" / "names.yaml").write_text(NAMES, encoding="utf-8")
    (legal / "laws.yaml").write_text(
        "citations:\n  - id: gdpr\n    kind: law\n    authority: European Union\n"
        "    articles: ['GDPR Art. 5(1)(a)', 'LED Art. 10']\n  - id: other\n    kind: law\n"
        "    authority: Some Board\n",
        encoding="utf-8",
    )
    gaps = _gaps(data)
    assert f"{legal / 'names' / 'names.yaml'}:2: authorities[0]: no de text" in gaps
    assert [gap for gap in gaps if "laws.yaml" in gap] == [
        f"{legal / 'laws.yaml'}:2: citations[gdpr]: reference 'LED Art. 10' is not in legal/names/*.yaml "
        "(no nl, fr, de text)",
        f"{legal / 'laws.yaml'}:6: citations[other]: authority 'Some Board' is not in legal/names/*.yaml "
        "(no nl, fr, de text)",
    ]
