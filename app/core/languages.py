"""The languages the product speaks, as data: resources/languages.yaml, loaded into frozen Language models.

The CLI's --lang, the report and the wizard's language lists all read this one list; nothing else in the code
names a language (app.core.language_list reads the same file quickly, unvalidated, for the wizard's first
frame). Dates, numbers and amounts of money are written in each language's conventions with Babel
(the wizard uses QLocale with the same locale names).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from functools import cache
from pathlib import Path
from typing import Literal

from babel import Locale, UnknownLocaleError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from app.core.errors import FormsError
from app.core.language_list import FALLBACK as FALLBACK  # re-exported: the fallback of every text
from app.core.language_list import languages_path as languages_path
from app.core.yamlsource import load_yaml, validation_message


class Language(BaseModel):
    """One declared language: its data key, its own name, and the locale of its formats."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str = Field(min_length=1)
    locale: str = Field(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")
    dates: Literal["long", "iso"] = "long"

    @field_validator("locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        try:
            Locale.parse(value)
        except (UnknownLocaleError, ValueError) as exc:
            raise ValueError(f"unknown locale {value!r}") from exc
        return value


class LanguageFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    languages: tuple[Language, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _english_first_and_unique(self) -> LanguageFile:
        codes = [language.code for language in self.languages]
        if codes[0] != FALLBACK:
            raise ValueError(f"the first language must be {FALLBACK!r}, the fallback of every text")
        duplicates = sorted({code for code in codes if codes.count(code) > 1})
        if duplicates:
            raise ValueError(f"language {duplicates[0]!r} is declared twice")
        return self


def load_languages_from(path: Path) -> tuple[Language, ...]:
    raw = load_yaml(path)
    try:
        return LanguageFile.model_validate(raw).languages
    except ValidationError as exc:
        raise FormsError(validation_message(path, raw, exc)) from exc


@cache
def declared_languages() -> tuple[Language, ...]:
    """The shipped languages, English first (cached: the file is part of the installation)."""
    return load_languages_from(languages_path())


def language_codes() -> tuple[str, ...]:
    return tuple(language.code for language in declared_languages())


def language(code: str) -> Language:
    """The declared language `code`; English for an unknown one (callers check codes at their edge)."""
    found = {item.code: item for item in declared_languages()}
    return found.get(code) or found[FALLBACK]


def prepare_formats(code: str) -> None:
    """Load now what writing plurals, dates and numbers in language `code` needs: Babel's locale data (some
    40 ms, then cached for the process) and its format modules. The wizard does it in a loading thread, so
    its first verdict does not wait for it on the event loop."""
    from babel import dates, numbers  # noqa: F401 - imported for their side effect: loaded once

    Locale.parse(language(code).locale).plural_form(1)


# -- plurals --------------------------------------------------------------------------------------------


def plural_key(key: str, count: int, code: str, available: Collection[str]) -> str:
    """The variant of text `key` for `count` in language `code`: `<key>_<form>` where the data has it, with
    the language's CLDR plural form (one, few, many, ...; fr 0 and 1 are "one"), else `key` itself (the
    general, plural text)."""
    form = Locale.parse(language(code).locale).plural_form(abs(count))
    variant = f"{key}_{form}"
    return variant if variant in available else key


# -- formats ----------------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def format_date(value: dt.date | str | None, code: str = FALLBACK) -> str:
    """An ISO date (YYYY-MM-DD, or YYYY-MM) as language `code` writes it; anything else is returned as is."""
    if isinstance(value, dt.datetime):
        value = value.date()
    iso = value.isoformat() if isinstance(value, dt.date) else (value or "")
    match = _ISO_DATE.fullmatch(iso)
    if match is None or not 1 <= int(match[2]) <= 12:
        return iso
    target = language(code)
    if target.dates == "iso":
        return iso
    from babel.dates import format_date as babel_date  # here: the wizard's start-up needs no formats
    from babel.dates import format_skeleton

    if match[3] is None:
        return format_skeleton("yMMMM", dt.date(int(match[1]), int(match[2]), 1), locale=target.locale)
    try:
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return iso
    return babel_date(day, format="long", locale=target.locale)


def format_number(value: float | int, code: str = FALLBACK, pattern: str | None = None) -> str:
    """A number with the language's grouping and decimal signs (fr 30 500 000, de 30.500.000); `pattern`
    is a CLDR number pattern such as "#,##0.0" (one decimal)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format=pattern, locale=language(code).locale)


def format_time(value: dt.datetime, code: str = FALLBACK) -> str:
    """A date and time (minutes) as the language writes them (2026-03-01 12:00; fr 1 mars 2026 12:00)."""
    return f"{format_date(value.date(), code)} {value.strftime('%H:%M')}"


def format_money(amount: float | int, currency: str, code: str = FALLBACK) -> str:
    """An amount in the language's way, whole units without decimals (fr 30 500 000 €, de 30.500.000 €).

    A currency other than the euro and the locale's own is written with its ISO code (de 7.552.800 GBP, not
    "£", fr not "£GB"), as the citations' titles and the rest of the report name it."""
    from babel.numbers import format_currency, get_territory_currencies

    locale = Locale.parse(language(code).locale)
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    home = get_territory_currencies(locale.territory) if locale.territory else []
    if currency not in ("EUR", *home):
        spaced = not pattern.startswith("\xa4") or pattern[1:2].isspace()
        pattern = pattern.replace("\xa4", "\xa4\xa4" if spaced else "\xa4\xa4\xa0")
    whole = re.sub(r"\.0+", "", pattern) if float(amount).is_integer() else pattern
    return format_currency(amount, currency, format=whole, locale=locale, currency_digits=False)


# "EUR 30,500,000" / "EUR 30.5 million" style amounts as the data writes them (English conventions).
_AMOUNT = re.compile(r"\b(EUR|GBP|SEK|USD|CHF|DKK|NOK|PLN) (\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d)")


def localize_amounts(text: str, code: str = FALLBACK) -> str:
    """Every "CUR 1,234,567" in `text` rewritten in the language's money format (English text is kept)."""
    if language(code).code == FALLBACK:
        return text
    return _AMOUNT.sub(lambda m: format_money(int(m[2].replace(",", "")), m[1], code), text)


def is_plain_amount(text: str) -> bool:
    """True when `text` is only amounts of money (nothing in words that needs translating)."""
    return not _AMOUNT.sub("", text).strip(" ,;()")
