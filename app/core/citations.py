"""The citation registry: laws, guidance and decisions in resources/legal/*.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from app.core.errors import FormsError
from app.core.languages import FALLBACK, localize_amounts
from app.core.legalnames import LegalNames, load_legal_names
from app.core.yamlsource import data_error, load_yaml, validation_message

CitationKind = Literal["law", "guidance", "decision"]


class CitationText(BaseModel):
    """A citation's readable parts in another language; empty parts fall back to English.

    `title_is_translation` says whether `title` is the official title in that language (false: e.g. the
    EUR-Lex language version of a regulation) or our own translation (true: e.g. a national decision that
    exists only in its own language). `dpia forms check` requires it wherever a title is translated.
    `amount` is needed only where the English amount has words ("no fine"); a plain "EUR 30,500,000" is
    written in the language's money format by itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = ""
    title_is_translation: bool | None = None
    holding: str = ""
    date_note: str = ""
    amount: str = ""


def _not_a_home_page(url: str) -> str:
    """A source must name the page that says it; a site's home page is a placeholder, not a source."""
    parts = urlsplit(url)
    if not parts.netloc:
        raise ValueError(f"{url!r} is not a web address")
    if parts.path.strip("/") == "" and not parts.query and not parts.fragment:
        raise ValueError(f"{url!r} is only a site's home page; cite the page that holds the source")
    return url


class Citation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    kind: CitationKind
    authority: str
    title: str
    date: str = Field(default="", pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
    date_note: str = ""
    jurisdiction: str = ""
    amount: str = ""
    # For a decision: the provisions found infringed (and the exceptions it expressly rejected). A warning
    # or an authorisation infringes nothing: what it applied goes in `provisions` (legal/facts.md I1).
    articles: tuple[str, ...] = ()
    provisions: tuple[str, ...] = ()
    holding: str = ""
    url: str = Field(pattern=r"^https?://")
    sources: tuple[str, ...] = ()
    anchor: bool = False
    translations: dict[str, CitationText] = Field(default_factory=dict)

    @field_validator("url")
    @classmethod
    def _url_names_a_page(cls, url: str) -> str:
        return _not_a_home_page(url)

    @field_validator("sources")
    @classmethod
    def _sources_name_pages(cls, sources: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_not_a_home_page(url) for url in sources)

    _contract: dict[str, dict[str, Any]] = PrivateAttr(default_factory=dict)
    _names: LegalNames | None = PrivateAttr(default=None)

    def with_names(self, names: LegalNames) -> Citation:
        """This citation, writing its authority and references through `names` in other languages."""
        self._names = names
        self._contract.clear()
        return self

    def as_contract(self, locale: str = "en") -> dict[str, Any]:
        """The verdict JSON's view of a citation, in the given language where translated."""
        cached = self._contract.get(locale)
        if cached is None:
            cached = self.model_dump(mode="json", exclude={"translations"})
            translated = self.translations.get(locale)
            if translated is not None:
                parts = translated.model_dump(exclude={"title_is_translation"})
                cached |= {k: v for k, v in parts.items() if v}
                if translated.title and translated.title_is_translation is not None:
                    cached["title_is_translation"] = translated.title_is_translation
            cached["amount"] = localize_amounts(cached["amount"], locale)
            if self._names is not None and locale != FALLBACK:
                cached |= self._localized_names(self._names, locale)
            self._contract[locale] = cached  # kept on the citation itself, per locale
        return dict(cached)

    def _localized_names(self, names: LegalNames, locale: str) -> dict[str, Any]:
        return {
            "authority": names.authority(self.authority, locale),
            "articles": [names.reference(item, locale) for item in self.articles],
            "provisions": [names.reference(item, locale) for item in self.provisions],
        }


class CitationRegistry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    entries: dict[str, Citation]
    names: LegalNames = Field(default_factory=LegalNames)

    def get(self, citation_id: str) -> Citation | None:
        return self.entries.get(citation_id)

    def __contains__(self, citation_id: object) -> bool:
        return citation_id in self.entries


def load_citations(legal_dir: Path) -> CitationRegistry:
    entries: dict[str, Citation] = {}
    files = sorted(legal_dir.glob("*.yaml"))
    if not files:
        raise FormsError(f"{legal_dir}: no citation files (*.yaml) found")
    for path in files:
        for citation in _load_file(path):
            if citation.id in entries:
                raise FormsError(f"{path}: item {citation.id!r}: duplicate citation id")
            entries[citation.id] = citation
    names = load_legal_names(legal_dir)
    for citation in entries.values():
        citation.with_names(names)
    return CitationRegistry(entries=entries, names=names)


def _load_file(path: Path) -> list[Citation]:
    raw = load_yaml(path)
    items = raw.get("citations") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise FormsError(f"{path}:1: expected a mapping with a 'citations' list")
    result = []
    for node in items:
        try:
            result.append(Citation.model_validate(node))
        except ValidationError as exc:
            raise FormsError(validation_message(path, node, exc)) from exc
        except TypeError as exc:
            raise data_error(path, node, "?", str(exc)) from exc
    return result
