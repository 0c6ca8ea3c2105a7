"""The national-law registry: each answer pattern reaches its check value, and the shipped registry loads."""

from __future__ import annotations

import pytest

from app.core.knowledge import load_knowledge
from app.core.national_laws import NationalLaw, national_law_check

# A tiny registry written inline (the shipped one is tested below): one route with purposes and a setting,
# one that needs the supervisory authority's authorisation.
REGISTRY = (
    NationalLaw(
        id="nl_route",
        country="NL",
        citation="x",
        exceptions=("g_substantial_public_interest",),
        purposes=("access_control_security",),
        settings=("high_security_site",),
        legacy_value="old_nl_value",
    ),
    NationalLaw(
        id="dk_route",
        country="DK",
        citation="y",
        exceptions=("g_substantial_public_interest",),
        dpa_authorisation="required",
    ),
)
NL_FITS = {
    "national_law_provision": "nl_route",
    "country": "NL",
    "art9_exception": "g_substantial_public_interest",
    "purpose": "access_control_security",
    "setting": ["high_security_site"],
}


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (NL_FITS, ("fits", ())),
        ({**NL_FITS, "country": "BE"}, ("wrong_country", ())),
        ({**NL_FITS, "art9_exception": "b_employment_law"}, ("wrong_exception", ())),
        ({**NL_FITS, "purpose": "loss_prevention"}, ("purpose_not_covered", ())),
        ({**NL_FITS, "setting": ["retail", "high_security_site"]}, ("fits", ())),
        ({**NL_FITS, "setting": ["stadium_event"]}, ("setting_not_covered", ())),
        ({**NL_FITS, "purpose": None}, (None, ("purpose",))),
        ({k: v for k, v in NL_FITS.items() if k != "setting"}, (None, ("setting",))),
        (
            {"national_law_provision": "dk_route", "country": "DK", "art9_exception": "g_substantial_public_interest"},
            (None, ("dpa_authorisation",)),
        ),
        (
            {
                "national_law_provision": "dk_route",
                "country": "DK",
                "art9_exception": "g_substantial_public_interest",
                "dpa_authorisation": "no",
            },
            ("authorisation_missing", ()),
        ),
        (
            {
                "national_law_provision": "dk_route",
                "country": "DK",
                "art9_exception": "g_substantial_public_interest",
                "dpa_authorisation": "yes",
            },
            ("fits", ()),
        ),
        ({"national_law_provision": "other_named", "country": "FR"}, ("unverified", ())),
        ({"national_law_provision": "none"}, ("none", ())),
        ({"national_law_basis": "none"}, ("none", ())),
        # An older answer that named the Dutch route reads as that route.
        ({**NL_FITS, "national_law_provision": None, "national_law_basis": "old_nl_value"}, ("fits", ())),
        # "A specific national law" without naming it: unverified where the country has no route ...
        ({"national_law_basis": "specific_law", "country": "FR"}, ("unverified", ())),
        # ... and a question to answer where it has one, or where the country is open.
        ({"national_law_basis": "specific_law", "country": "DK"}, (None, ("national_law_provision",))),
        ({"national_law_basis": "specific_law"}, (None, ("country",))),
        ({}, (None, ("national_law_provision",))),
    ],
)
def test_check_follows_the_registry(answers, expected):
    assert national_law_check(REGISTRY, answers) == expected


def test_shipped_registry_holds_exactly_the_routes_of_the_fact_sheet():
    laws = {law.id: law for law in load_knowledge().national_laws}
    assert set(laws) == {"nl_uavg_29", "dk_dbl_7_4"}
    assert laws["nl_uavg_29"].country == "NL" and laws["nl_uavg_29"].dpa_authorisation == "not_required"
    assert laws["dk_dbl_7_4"].country == "DK" and laws["dk_dbl_7_4"].dpa_authorisation == "required"
    assert "datatilsynet_brondby_2023" in laws["dk_dbl_7_4"].precedents
