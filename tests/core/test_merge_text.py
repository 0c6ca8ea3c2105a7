"""The merge's texts are data in every language: the shipped file is complete, a broken one is refused."""

from __future__ import annotations

import pytest
import yaml

from app.core.errors import FormsError
from app.core.merge_text import KEYS, LOCALES, merge_text, merge_texts, parse_texts

GOOD = {key: {locale: f"{key} {locale}" for locale in LOCALES} for key in KEYS}


def test_the_shipped_texts_have_every_key_in_every_language() -> None:
    texts = merge_texts()
    assert set(texts) == set(KEYS)
    for key in KEYS:
        assert set(texts[key]) == set(LOCALES)
        translations = {texts[key][locale] for locale in LOCALES if locale != "en"}
        assert all(t.strip() for t in translations)
    assert len({texts["dispute_reason"][locale] for locale in LOCALES}) == len(LOCALES)


def test_a_text_is_filled_in_and_an_unknown_language_falls_back_to_english() -> None:
    assert merge_text("value_of", "fr", who="anna", value="oui") == "anna : oui"
    assert merge_text("unanswered", "xx") == merge_text("unanswered", "en") == "(unanswered)"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"base": {"en": "base", "nl": "basis", "fr": "base"}}, "base: no text for 'de'"),
        ({"base": {**GOOD["base"], "nl": ""}}, "base: no text for 'nl'"),
        (
            {"resolved": {"en": "{who}", "nl": "{who}", "fr": "{who}", "de": "{wer}"}},
            "resolved: the 'de' text uses the placeholders wer, English uses who",
        ),
        ({"surplus": {"en": "x"}}, "unknown key(s) surplus"),
        ({"separator": None}, "separator: missing"),
    ],
)
def test_a_broken_texts_file_names_the_key(change: dict, message: str) -> None:
    raw = yaml.safe_load(yaml.safe_dump({**GOOD, **change}))
    with pytest.raises(FormsError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        parse_texts(raw, "strings.yaml")
    assert str(caught.value).startswith("strings.yaml: ")


def test_a_texts_file_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(FormsError, match="expected a mapping"):
        parse_texts(["dispute_reason"], "strings.yaml")
