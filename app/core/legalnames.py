"""Authority names and law references in each language: resources/legal/names/*.yaml.

The citation files write a citation's `authority` and its `articles` / `provisions` in English ("European
Union", "GDPR Art. 5(1)(a)"). These tables say how each language writes them ("Union européenne",
"RGPD, art. 5, par. 1, a)", "Art. 5 Abs. 1 lit. a DSGVO"): a reference "<law> Art./Arts./Recital/Annex ..."
is rebuilt from the law's name and the language's reference style; any other reference (a national act, a
list) is a whole text of its own. Something the tables do not know is shown as written (and `dpia forms
check` reports it, see `unknown_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.core.errors import FormsError
from app.core.forms import LocalText
from app.core.yamlsource import load_yaml, validation_message

_STYLE_KEYS = (
    "article", "articles", "recital", "annex", "paragraph", "point", "numbered_point", "annex_point",
    "final_sentence",
)  # fmt: skip
_UNITS = {"Art.": "article", "Arts.": "articles", "Recital": "recital", "Annex": "annex"}
_REFERENCE = re.compile(
    r"(?P<law>.+?) (?P<unit>Art\.|Arts\.|Recital|Annex) (?P<number>[0-9IVXL]+(?:-\d+)?)"
    r"(?P<parts>(?:\(\w+\))*)(?: (?P<annex_point>\d+)(?P<annex_parts>(?:\(\w+\))*))?"
    r"(?P<final> final sentence)?"
)
_PART = re.compile(r"\((\w+)\)")


class LegalNames(BaseModel):
    """The tables of names/*.yaml, merged; each text keyed by its English form."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    authorities: tuple[LocalText, ...] = ()
    laws: tuple[LocalText, ...] = ()
    definitions: tuple[str, ...] = ()
    style: dict[str, LocalText] = Field(default_factory=dict)
    references: tuple[LocalText, ...] = ()

    def _table(self, name: str) -> dict[str, LocalText]:
        return {text.en: text for text in getattr(self, name)}

    def authority(self, name: str, locale: str) -> str:
        found = self._table("authorities").get(name)
        return found.get(locale) if found else name

    def reference(self, reference: str, locale: str) -> str:
        """One `articles` / `provisions` entry as language `locale` writes it."""
        whole = self._table("references").get(reference)
        if whole is not None:
            return whole.get(locale)
        match = _REFERENCE.fullmatch(reference)
        law = self._table("laws").get(match["law"]) if match else None
        if match is None or law is None or not set(_STYLE_KEYS) <= set(self.style):
            return reference
        unit = _UNITS[match["unit"]]
        numbered = unit == "article" and f"{match['law']} Art. {match['number']}" in self.definitions
        number = match["number"] + self._parts(match["parts"], locale, numbered)
        if match["annex_point"]:
            number += self._style("annex_point", locale, match["annex_point"])
            number += self._parts(match["annex_parts"], locale, numbered=False, points_only=True)
        if match["final"]:
            number += self.style["final_sentence"].get(locale)
        return self.style[unit].get(locale).format(law=law.get(locale), number=number)

    def _style(self, key: str, locale: str, number: str) -> str:
        return self.style[key].get(locale).format(number=number)

    def _parts(self, parts: str, locale: str, numbered: bool, points_only: bool = False) -> str:
        written = ""
        for part in _PART.findall(parts or ""):
            if part.isdigit() and not points_only:
                written += self._style("numbered_point" if numbered else "paragraph", locale, part)
            else:
                written += self._style("point", locale, part)
        return written

    def unknown(self, authority: str, references: Iterable[str]) -> list[str]:
        """What of a citation the tables cannot write in another language: its authority, references."""
        known_authority = not authority or authority in self._table("authorities")
        missing = [] if known_authority else [f"authority {authority!r}"]
        laws = self._table("laws")
        for reference in references:
            match = _REFERENCE.fullmatch(reference)
            known = reference in self._table("references") or (match is not None and match["law"] in laws)
            if not known:
                missing.append(f"reference {reference!r}")
        return missing


def names_dir(legal_dir: Path) -> Path:
    return legal_dir / "names"


def load_legal_names(legal_dir: Path) -> LegalNames:
    """The tables under `legal_dir`/names (none: every name shown as the citation files write it)."""
    merged: dict[str, Any] = {}
    for path in sorted(names_dir(legal_dir).glob("*.yaml")):
        raw = load_yaml(path)
        try:
            part = LegalNames.model_validate(raw)
        except ValidationError as exc:
            raise FormsError(validation_message(path, raw, exc)) from exc
        for key in LegalNames.model_fields:
            value = getattr(part, key)
            merged[key] = (
                {**merged.get(key, {}), **value}
                if isinstance(value, dict)
                else ((*merged.get(key, ()), *value))
            )
    return LegalNames.model_validate(merged)
