"""Languages as data: the declared list, its checks, and dates, numbers and money in each language's format."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.citations import load_citations
from app.core.errors import FormsError
from app.core.languages import (
    declared_languages,
    format_date,
    format_money,
    format_number,
    format_time,
    is_plain_amount,
    language_codes,
    load_languages_from,
    localize_amounts,
)
from app.resources import resources_dir


def _spaces(text: str) -> str:
    """Babel groups French thousands with a narrow no-break space; compare with plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_the_shipped_languages_are_english_first_then_dutch_french_german() -> None:
    assert language_codes() == ("en", "nl", "fr", "de")
    names = {item.code: item.name for item in declared_languages()}
    assert names == {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("languages:\n  - {code: nl, name: Nederlands, locale: nl_NL}\n", "the first language must be 'en'"),
        (
            "languages:\n  - {code: en, name: English, locale: en_GB}\n  - {code: en, name: E, locale: en_US}\n",
            "declared twice",
        ),
        ("languages:\n  - {code: en, name: English, locale: xx_QQ}\n", "unknown locale"),
        ("languages:\n  - {code: en, name: English, locale: en_GB, colour: red}\n", "colour"),
        ("languages: []\n", "languages"),
    ],
    ids=["english-not-first", "duplicate", "unknown-locale", "unknown-field", "empty"],
)
def test_a_bad_language_file_fails_with_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "languages.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FormsError, match=message) as raised:
        load_languages_from(path)
    assert str(raised.value).startswith(f"{path}:")


@pytest.mark.parametrize(
    ("code", "day", "month"),
    [
        ("en", "2026-08-02", "2019-12"),
        ("nl", "2 augustus 2026", "december 2019"),
        ("fr", "2 août 2026", "décembre 2019"),
        ("de", "2. August 2026", "Dezember 2019"),
    ],
)
def test_dates_in_each_language(code: str, day: str, month: str) -> None:
    assert format_date("2026-08-02", code) == day
    assert format_date(dt.date(2026, 8, 2), code) == day
    assert format_date("2019-12", code) == month
    assert format_date("Q3", code) == "Q3"  # not a date: as written
    assert format_date("2026-02-30", code) == "2026-02-30"
    assert format_date(None, code) == ""


def test_a_time_keeps_its_minutes() -> None:
    assert format_time(dt.datetime(2026, 3, 1, 12, 5), "fr") == "1 mars 2026 12:05"
    assert format_time(dt.datetime(2026, 3, 1, 12, 5), "en") == "2026-03-01 12:05"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "€30,500,000"), ("nl", "€ 30.500.000"), ("fr", "30 500 000 €"), ("de", "30.500.000 €")],
)
def test_money_in_each_language(code: str, expected: str) -> None:
    assert _spaces(format_money(30_500_000, "EUR", code)) == expected


def test_numbers_group_and_decimal_signs() -> None:
    assert format_number(1_234_567.5, "de") == "1.234.567,5"
    assert _spaces(format_number(1_234_567.5, "fr")) == "1 234 567,5"
    assert format_number(1_234_567.5, "en") == "1,234,567.5"
    assert format_number(2.5, "fr", "#,##0.0") == "2,5"


def test_amounts_in_data_text_are_rewritten_but_english_is_kept() -> None:
    text = "SEK 200,000 (about EUR 20,000); not EUR 30.5 million"
    assert localize_amounts(text, "en") == text
    assert _spaces(localize_amounts(text, "fr")) == "200 000 SEK (about 20 000 €); not EUR 30.5 million"
    # a foreign currency by its ISO code, as the titles name it (not "£" in German, "£GB" in French)
    assert _spaces(localize_amounts("GBP 7,552,800", "de")) == "7.552.800 GBP"
    assert _spaces(localize_amounts("GBP 7,552,800", "fr")) == "7 552 800 GBP"
    assert _spaces(localize_amounts("EUR 20,000", "nl")) == "€ 20.000"


def test_a_plain_amount_needs_no_translation_but_words_do() -> None:
    assert is_plain_amount("EUR 30,500,000")
    assert is_plain_amount("GBP 7,552,800")
    assert not is_plain_amount("no fine")
    assert not is_plain_amount("SEK 200,000 (about EUR 20,000)")


def test_a_citation_amount_is_in_the_language_s_money_format() -> None:
    clearview = load_citations(resources_dir() / "legal").entries["ap_clearview_2024"]
    assert clearview.as_contract("en")["amount"] == "EUR 30,500,000"
    assert _spaces(clearview.as_contract("fr")["amount"]) == "30 500 000 €"
    assert _spaces(clearview.as_contract("de")["amount"]) == "30.500.000 €"


def test_a_translated_title_says_whether_it_is_ours() -> None:
    from app.core.citations import Citation

    base = {
        "id": "x",
        "kind": "law",
        "authority": "EU",
        "title": "GDPR Art. 9",
        "url": "https://eur-lex.europa.eu/x",
    }
    official = Citation.model_validate(
        base | {"translations": {"fr": {"title": "RGPD, art. 9", "title_is_translation": False}}}
    )
    ours = Citation.model_validate(
        base | {"translations": {"de": {"title": "DSGVO Art. 9", "title_is_translation": True}}}
    )
    assert official.as_contract("fr")["title_is_translation"] is False
    assert ours.as_contract("de")["title_is_translation"] is True
    assert "title_is_translation" not in ours.as_contract("en")


def test_prepare_formats_loads_the_locale_data_of_the_language() -> None:
    """The wizard's rules thread calls it so that its first verdict does not load Babel's data (a fresh
    process: Babel keeps what it loaded for good)."""
    code = (
        "from babel import localedata; from app.core.languages import prepare_formats; "
        "before = 'nl_NL' in localedata._cache; prepare_formats('nl'); print(before, 'nl_NL' in localedata._cache)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["False", "True"]
