"""The national-law registry (forms/rules/national_laws.yaml) and the one fact the rules read from it.

`national_law_check` says whether the national law named for an Art. 9(2)(b)/(g)/(j) exception is a
registered route that fits the answers. The registry is data; this module only compares answers with it:

- `fits`: a registered provision of the controller's country, for the exception, purpose and setting
  answered, with the supervisory authority's authorisation where the registry requires one;
- `wrong_country`, `wrong_exception`, `purpose_not_covered`, `setting_not_covered`, `authorisation_missing`:
  a registered provision whose conditions the answers do not meet;
- `unverified`: a law that is not in the registry (named as "other", or claimed for a country without a
  registered route): it cannot be taken as valid by default (legal/facts.md I2);
- `none`: no national law is relied on.
A check that needs an unanswered fact is None (unknown), so a missing answer never counts as favourable.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.core.conditions import is_answered

CHECK_FACT = "national_law_check"
CHECK_VALUES = (
    "none",
    "fits",
    "unverified",
    "wrong_country",
    "wrong_exception",
    "purpose_not_covered",
    "setting_not_covered",
    "authorisation_missing",
)
PROVISION_QUESTION = "national_law_provision"
OTHER = "other_named"
NONE = "none"
_LEGACY_QUESTION = "national_law_basis"
_LEGACY_SPECIFIC = "specific_law"


class NationalLaw(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    country: str
    citation: str
    exceptions: tuple[str, ...] = Field(min_length=1)
    purposes: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    dpa_authorisation: Literal["required", "not_required"] = "not_required"
    legacy_value: str = ""
    precedents: tuple[str, ...] = ()


class NationalLawFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    national_laws: tuple[NationalLaw, ...]


def registry_path(rules_dir: Path) -> Path:
    return rules_dir / "national_laws.yaml"


def _provision(laws: tuple[NationalLaw, ...], answers: Mapping[str, Any]) -> str | None:
    """The provision relied on: the answer, or the one an older `national_law_basis` answer implies."""
    named = answers.get(PROVISION_QUESTION)
    if is_answered(named):
        return str(named)
    legacy = answers.get(_LEGACY_QUESTION)
    if legacy == NONE:
        return NONE
    for law in laws:
        if law.legacy_value and legacy == law.legacy_value:
            return law.id
    return None


Check = tuple[str | None, tuple[str, ...]]  # (value or None, the questions an unknown value waits for)


READS = (
    PROVISION_QUESTION,
    _LEGACY_QUESTION,
    "country",
    "art9_exception",
    "purpose",
    "setting",
    "dpa_authorisation",
)


def answers_read(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers the check reads, for the trace of a finding that relied on it."""
    return {fact: answers[fact] for fact in READS if is_answered(answers.get(fact))}


def national_law_check(laws: tuple[NationalLaw, ...], answers: Mapping[str, Any]) -> Check:
    provision = _provision(laws, answers)
    if provision is None:
        return _unnamed(laws, answers)
    if provision == NONE:
        return "none", ()
    law = next((entry for entry in laws if entry.id == provision), None)
    if law is None:
        return "unverified", ()
    return _fit(law, answers)


def _unnamed(laws: tuple[NationalLaw, ...], answers: Mapping[str, Any]) -> Check:
    """A "specific national law" claimed without naming it: unverified where the country has no route."""
    if answers.get(_LEGACY_QUESTION) != _LEGACY_SPECIFIC:
        return None, (PROVISION_QUESTION,)
    country = answers.get("country")
    if not is_answered(country):
        return None, ("country",)
    if any(law.country == country for law in laws):
        return None, (PROVISION_QUESTION,)
    return "unverified", ()


def _fit(law: NationalLaw, answers: Mapping[str, Any]) -> Check:
    checks = (
        ("country", (law.country,), "wrong_country"),
        ("art9_exception", law.exceptions, "wrong_exception"),
        ("purpose", law.purposes, "purpose_not_covered"),
    )
    for fact, allowed, failure in checks:
        if not allowed:
            continue
        value = answers.get(fact)
        if not is_answered(value):
            return None, (fact,)
        if value not in allowed:
            return failure, ()
    if law.settings:
        settings = answers.get("setting")
        if not is_answered(settings):
            return None, ("setting",)
        if not set(law.settings) <= set(settings if isinstance(settings, list) else [settings]):
            return "setting_not_covered", ()
    if law.dpa_authorisation == "required":
        authorised = answers.get("dpa_authorisation")
        if not is_answered(authorised):
            return None, ("dpa_authorisation",)
        if authorised != "yes":
            return "authorisation_missing", ()
    return "fits", ()
