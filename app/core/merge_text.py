"""The texts a merge writes into the merged assessment (a disputed question's reason, a resolution), as data.

They live in resources/merge/strings.yaml, one entry per key with its text in every language of the
product. The file is checked when first read: every key the merge uses, every language, and in each
translation the same {placeholders} as in English; a mistake names the file and the key.
"""

from __future__ import annotations

import string
from functools import cache
from typing import Any

import yaml

from app.core.errors import FormsError
from app.resources import resource_path

LOCALES = ("en", "nl", "fr", "de")
KEYS = ("dispute_reason", "value_of", "separator", "base", "unanswered", "resolved")
SOURCE = "resources/merge/strings.yaml"


def parse_texts(raw: Any, source: str = SOURCE) -> dict[str, dict[str, str]]:
    """{key: {locale: text}} from the YAML data, or a FormsError naming the key and what is wrong."""
    if not isinstance(raw, dict):
        raise FormsError(f"{source}: expected a mapping of keys to texts")
    for key in KEYS:
        texts = raw.get(key)
        if not isinstance(texts, dict):
            raise FormsError(f"{source}: {key}: missing (every key needs {', '.join(LOCALES)})")
        _check_entry(source, key, texts)
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise FormsError(f"{source}: unknown key(s) {', '.join(map(str, unknown))}")
    return {key: {locale: raw[key][locale] for locale in LOCALES} for key in KEYS}


def _check_entry(source: str, key: str, texts: dict[Any, Any]) -> None:
    for locale in LOCALES:
        if not isinstance(texts.get(locale), str) or not texts[locale]:
            raise FormsError(f"{source}: {key}: no text for {locale!r}")
    expected = _placeholders(texts["en"])
    for locale in LOCALES[1:]:
        if _placeholders(texts[locale]) != expected:
            found = ", ".join(sorted(_placeholders(texts[locale]))) or "none"
            raise FormsError(
                f"{source}: {key}: the {locale!r} text uses the placeholders {found}, "
                f"English uses {', '.join(sorted(expected)) or 'none'}"
            )


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@cache
def merge_texts() -> dict[str, dict[str, str]]:
    """The shipped texts, read and checked once."""
    path = resource_path("merge", "strings.yaml")
    return parse_texts(yaml.safe_load(path.read_text(encoding="utf-8")))


def merge_text(key: str, locale: str = "en", **values: object) -> str:
    """The text `key` in `locale` (English for a language the file does not have), filled with `values`."""
    texts = merge_texts()[key]
    template = texts.get(locale) or texts["en"]
    return template.format(**values) if values else template
