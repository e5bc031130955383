"""Tests for country and region resolution, including every country string in the real data."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from kerjasama_cli.domain.countries import (
    CountryMatch,
    country_name,
    region_name,
    resolve_country,
    resolve_region,
)
from kerjasama_cli.domain.errors import ValidationError

TWIN_CITIES = Path(__file__).parents[2] / "shared" / "data" / "twin_cities_wikipedia.csv"

# Values in the real file that are not country names: typos, a Norwegian exonym, blanks.
UNRESOLVABLE = {"", "Grece", "Japa", "Kazakhstah", "Island"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("KR", "KR"),
        ("kor", "KR"),
        ("Korsel", "KR"),
        ("Korea Selatan", "KR"),
        ("Republic of Korea", "KR"),
        ("south korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Korut", "KP"),
        ("DPRK", "KP"),
        ("Korea Utara", "KP"),
        ("Tiongkok", "CN"),
        ("RRT", "CN"),
        ("RRC", "CN"),
        ("Cina", "CN"),
        ("PRC", "CN"),
        ("AS", "US"),
        ("Amerika Serikat", "US"),
        ("U.S.A.", "US"),
        ("U.S.", "US"),
        ("America", "US"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("Inggris", "GB"),
        ("Republic of Ireland", "IE"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("cote divoire", "CI"),
        ("East Timor", "TL"),
        ("Timor Leste", "TL"),
        ("Kosovo", "XK"),
        ("Palestine", "PS"),
        ("Holland", "NL"),
        ("the Netherlands", "NL"),
        ("Belanda", "NL"),
        ("Russia", "RU"),
        ("Vietnam", "VN"),
        ("Macau", "MO"),
        ("Macao", "MO"),
        ("Taiwan", "TW"),
        ("Vatican", "VA"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Swaziland", "SZ"),
        ("Burma", "MM"),
        ("Cape Verde", "CV"),
        ("Laos", "LA"),
        ("Syria", "SY"),
        ("Iran", "IR"),
        ("Bolivia", "BO"),
        ("Venezuela", "VE"),
        ("Tanzania", "TZ"),
        ("Moldova", "MD"),
        ("Micronesia", "FM"),
        ("Brunei", "BN"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("TURKIYE", "TR"),
        ("Jerman", "DE"),
        ("Jepang", "JP"),
        ("in Italy", "IT"),
        ("  JAPAN  ", "JP"),
        ("Georgia (country)", "GE"),
        ("São Tomé and Príncipe", "ST"),
        ("Sao Tome & Principe", "ST"),
        ("Madagaskar", "MG"),
        ("Antigua and Barbuda", "AG"),
        ("The Gambia", "GM"),
        ("Falkland Islands", "FK"),
    ],
)
def test_resolve_country_names(text: str, code: str) -> None:
    assert resolve_country(text).code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("England", CountryMatch("GB", "GB-ENG")),
        ("Scotland", CountryMatch("GB", "GB-SCT")),
        ("Wales", CountryMatch("GB", "GB-WLS")),
        ("Northern Ireland", CountryMatch("GB", "GB-NIR")),
        ("Scotland, United Kingdom", CountryMatch("GB", "GB-SCT")),
        ("Brandenburg, Germany", CountryMatch("DE", "DE-BB")),
        ("Bavaria, Germany", CountryMatch("DE", "DE-BY")),
        ("New York, United States", CountryMatch("US", "US-NY")),
        ("Réunion, France", CountryMatch("FR", "FR-974")),
        ("Åland Islands, Finland", CountryMatch("FI", "FI-01")),
        ("Tinn, Norway", CountryMatch("NO", None)),  # a municipality, not a first-level part
        ("Italy", CountryMatch("IT", None)),
    ],
)
def test_resolve_country_regions(text: str, expected: CountryMatch) -> None:
    assert resolve_country(text) == expected


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Grece", "Greece"),
        ("Japa", "Japan"),
        ("Kazakhstah", "Kazakhstan"),
        ("Madagascr", "Madagascar"),
    ],
)
def test_unknown_country_suggests(text: str, suggestion: str) -> None:
    with pytest.raises(ValidationError) as err:
        resolve_country(text, field="country2")
    assert err.value.field == "country2"
    assert err.value.reason == "unknown country"
    assert suggestion in err.value.suggestions
    assert len(err.value.suggestions) <= 3


def test_unknown_country_raises_every_time() -> None:
    for _ in range(2):
        with pytest.raises(ValidationError):
            resolve_country("Narnia Republic of Nowhere")


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_country(text: str) -> None:
    with pytest.raises(ValidationError, match="is empty"):
        resolve_country(text)


def test_every_country_in_real_data_resolves() -> None:
    with TWIN_CITIES.open(encoding="utf-8", newline="") as f:
        values = {row[key] for row in csv.DictReader(f) for key in ("country1", "country2")}
    assert len(values) > 200
    failures = set()
    for value in values:
        try:
            resolve_country(value)
        except ValidationError:
            failures.add(value)
    assert failures == UNRESOLVABLE


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("KR", "en", "South Korea"),
        ("KR", "id", "Korea Selatan"),
        ("kp", "en", "North Korea"),
        ("XK", "en", "Kosovo"),
        ("XK", "id", "Kosovo"),
        ("US", "id", "Amerika Serikat"),
        ("DE", "en", "Germany"),
        ("DE", "id", "Jerman"),
        ("RU", "en", "Russia"),
        ("IR", "en", "Iran"),
        ("PS", "id", "Palestina"),
        ("JP", "id", "Jepang"),
    ],
)
def test_country_name(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


def test_country_name_unknown_code() -> None:
    with pytest.raises(ValidationError):
        country_name("ZZ")


def test_region_name() -> None:
    assert region_name("KR-44") == "Chungcheongnam-do"
    assert region_name("gb-wls") == "Wales"
    with pytest.raises(ValidationError):
        region_name("KR-99")


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("KR-44", None, "KR-44"),
        ("kr-44", "KR", "KR-44"),
        ("Chungcheongnam-do", None, "KR-44"),
        ("Chungcheongnam-do", "Korsel", "KR-44"),
        ("Ohio", "US", "US-OH"),
        ("brandenburg", "Germany", "DE-BB"),
        ("Bavaria", "DE", "DE-BY"),
        ("Scotland", "GB", "GB-SCT"),
    ],
)
def test_resolve_region(text: str, country: str | None, code: str) -> None:
    assert resolve_region(text, country) == code


def test_resolve_region_errors() -> None:
    with pytest.raises(ValidationError, match="unknown region code"):
        resolve_region("KR-99")
    with pytest.raises(ValidationError, match="not a region of"):
        resolve_region("KR-44", "JP")
    with pytest.raises(ValidationError, match="unknown region") as err:
        resolve_region("Brandenburgh", "DE", field="wilayah")
    assert err.value.field == "wilayah"
    assert "Brandenburg" in err.value.suggestions
    with pytest.raises(ValidationError, match="is empty"):
        resolve_region(" ")


def test_import_is_lazy() -> None:
    # Start-up time: importing the module must not pull in pycountry.
    code = "import sys, kerjasama_cli.domain.countries; sys.exit('pycountry' in sys.modules)"
    src = Path(__file__).parents[1] / "src"
    env_path = {"PYTHONPATH": str(src)}
    result = subprocess.run([sys.executable, "-c", code], env=env_path, check=False)
    assert result.returncode == 0


def test_standard_indonesian_spelling_of_france():
    assert resolve_country("Prancis").code == "FR"


def test_a_code_resolves_as_the_name_index_says_without_loading_pycountry() -> None:
    """`--country KR` skips building the name index (most of a `list --country KR` at a
    million records); the answer must stay the index's for every code, aliases first."""
    import pycountry

    from kerjasama_cli.domain import countries

    assert {c.alpha_2 for c in pycountry.countries} == countries._ALPHA_2
    for code in sorted(countries._ALPHA_2):
        for text in (code, code.lower(), f" {code} "):
            assert countries._as_code(text) == countries._lookup(text), text
    assert countries._as_code("AS") == CountryMatch("US")  # Amerika Serikat, not American Samoa
    assert countries._as_code("Korea") is None
    code = (
        "import sys; from kerjasama_cli.domain.countries import resolve_country as r; "
        "sys.exit(r('KR').code != 'KR' or 'pycountry' in sys.modules)"
    )
    src = Path(__file__).parents[1] / "src"
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(src)}, check=False)
    assert result.returncode == 0
