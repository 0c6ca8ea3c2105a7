"""The report's own interface text, kept as data in resources/report/strings.yaml (key -> text per locale).

Every declared language (resources/languages.yaml) has every key (`dpia forms check` lists any gap); a
missing key or locale falls back to English. Dates, numbers and money follow the language's conventions
(app.core.languages, with Babel).
"""

from __future__ import annotations

import datetime as dt

import yaml

from app.core import languages
from app.resources import resource_path

# libyaml's safe loader parses the ~3,000 strings several times faster than the pure-Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load() -> dict[str, dict[str, str]]:
    """resources/report/strings.yaml turned into {locale: {key: text}}."""
    text = resource_path("report", "strings.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=_SAFE_LOADER)
    by_locale: dict[str, dict[str, str]] = {}
    for key, texts in raw.items():
        for locale, value in texts.items():
            by_locale.setdefault(locale, {})[key] = value
    return by_locale


STRINGS: dict[str, dict[str, str]] = _load()
EN: dict[str, str] = STRINGS["en"]
NL: dict[str, str] = STRINGS.get("nl", {})


def format_date(value: dt.date | str | None, locale: str = "en") -> str:
    """An ISO date (YYYY-MM-DD, or YYYY-MM) in the locale's format; anything else is returned as is."""
    return languages.format_date(value, locale)


def text(key: str, locale: str = "en", **values: object) -> str:
    """The report string `key` in `locale` (English fallback), formatted with `values`."""
    template = STRINGS.get(locale, EN).get(key) or EN[key]
    return template.format(**values) if values else template


def count_text(key: str, count: int, locale: str = "en", **values: object) -> str:
    """`text` in the grammatical number `count` asks for: `<key>_one` (etc.) where the strings have it."""
    variant = languages.plural_key(key, count, locale, EN)
    return text(variant, locale, count=count, **values)
