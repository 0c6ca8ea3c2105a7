"""The quick, unvalidated read of resources/languages.yaml that the wizard's first frame uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.language_list import FALLBACK, declared_locales, read_locales
from app.core.languages import declared_languages, languages_path


def test_the_quick_read_gives_the_validated_codes_and_locales_in_order() -> None:
    validated = {item.code: item.locale for item in declared_languages()}
    assert list(read_locales(languages_path()).items()) == list(validated.items())
    assert declared_locales() == validated
    assert next(iter(declared_locales())) == FALLBACK


def test_flow_style_entries_are_read_as_the_validator_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "languages.yaml"
    path.write_text(
        "languages:\n  - {code: en, name: English, locale: en_GB}\n  - code: it\n    name: Italiano\n"
        "    locale: it_IT\n",
        encoding="utf-8",
    )
    assert read_locales(path) == {"en": "en_GB", "it": "it_IT"}


@pytest.mark.parametrize(
    "body",
    [
        "languages: [\n",  # not YAML
        "- code: en\n",  # not a mapping
        "languages: {en: en_GB}\n",  # not a list
        "languages:\n  - {code: en, name: English, locale: en_GB}\n  - {code: nl, name: Nederlands}\n",
        "languages:\n  - just a text\n",
    ],
    ids=["syntax", "top-level-list", "languages-mapping", "no-locale", "entry-text"],
)
def test_a_file_it_cannot_read_gives_no_languages_instead_of_an_error(tmp_path: Path, body: str) -> None:
    """The full check (app.core.languages) reports it with file and line; the quick read only stays quiet."""
    path = tmp_path / "languages.yaml"
    path.write_text(body, encoding="utf-8")
    assert read_locales(path) == {}


def test_a_missing_file_gives_no_languages(tmp_path: Path) -> None:
    assert read_locales(tmp_path / "languages.yaml") == {}
