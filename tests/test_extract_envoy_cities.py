"""Probe sentences for tests/extract_cases/CONVENTIONS.md rule 4 (stop 37): a foreign envoy's
call that proposes or offers a city of his country is ONE record, a meeting with that city, on
the call's day (extract/envoy_cities.py). Before the rule the drafts held two: a meeting with the
envoy's country and the city's own undated plan (`other`, initiative).

Written with names other than the corpus's (Banyuwangi, Japan's consul general in Surabaya,
Kanazawa, Kochi), in both languages. Each probe gives every draft's (partner, type, local party,
date, stage), exactly. The mirrors must not change: a call naming no city keeps the country, and
a city that is only background (another government's tie, or a tie of ours that already exists)
leaves the country's meeting as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json

PUBLISHED = dt.date(2025, 9, 17)

Row = tuple[str, str, str, str | None, str | None]


def _drafts(text: str) -> set[Row]:
    return {
        (d["partner"], d["type"], d["local_party"], d["date"], d.get("stage"))
        for d in to_json([extract(text, published=PUBLISHED)])
    }


_CALL_ID = (
    "Konsul Jenderal Jepang di Surabaya, Kenji Sato, mengunjungi Bupati Banyuwangi Ipuk "
    "Fiestiandani di kantor bupati, Selasa (9/9/2025)."
)
_CALL_EN = (
    "The Regent of Banyuwangi received the Consul General of Japan in Surabaya, Kenji Sato, at "
    "her office on Tuesday (9/9/2025)."
)

PROBES: dict[str, tuple[str, set[Row]]] = {
    # real15's Padang, real10's Surakarta: the city offered at the call is the call's record
    "a-city-offered-at-the-call-id": (
        f"{_CALL_ID} Dalam pertemuan itu ia menawarkan kerja sama sister city antara Kabupaten "
        "Banyuwangi dan Kota Kanazawa di bidang pariwisata.",
        {("Kanazawa", "meeting", "Banyuwangi", "2025-09-09", "exploration")},
    ),
    "a-city-offered-at-the-call-en": (
        f"{_CALL_EN} The Consul General offered a sister city partnership with the city of "
        "Kanazawa in tourism.",
        {("Kanazawa", "meeting", "Banyuwangi", "2025-09-09", "exploration")},
    ),
    # real9's Linyi, real10's Samarkand: the call drafted no meeting of the country, the city's
    # plan told with the envoy in its own sentence or the one before
    "a-city-proposed-by-the-envoy-no-country-drafted-id": (
        "Konsul Jenderal Jepang di Surabaya, Kenji Sato, mengusulkan kerja sama dengan "
        "Pemerintah Kabupaten Banyuwangi untuk membangun sister city. Kerja sama ini nantinya "
        "akan berlangsung antara Kota Kanazawa dengan Kabupaten Banyuwangi.",
        {("Kanazawa", "meeting", "Banyuwangi", None, "exploration")},
    ),
    "a-city-proposed-by-the-envoy-no-country-drafted-en": (
        "The Governor of East Java said the province is exploring a twin province cooperation "
        'between East Java and the city of Kanazawa, Japan. "Mr Sato hopes we can sign the twin '
        'province cooperation between East Java and Kanazawa," the governor said on Saturday '
        "when receiving the Ambassador of Japan to Indonesia, Kenji Sato.",
        {("Kanazawa", "meeting", "Jawa Timur", "2025-09-13", "exploration")},
    ),
    # a city's plan with no envoy: our own offer, still a plan
    "a-city-offered-by-us-no-envoy-id": (
        "Bupati Banyuwangi Ipuk Fiestiandani menawarkan kerja sama sister city kepada Kota "
        "Kanazawa, Jepang, di bidang pariwisata.",
        {("Kanazawa", "other", "Banyuwangi", None, "initiative")},
    ),
    "a-city-explored-by-us-no-envoy-en": (
        "The Governor of East Java said the province is exploring a twin province cooperation "
        "between East Java and the city of Kanazawa, Japan, in trade and education.",
        {("Kanazawa", "other", "Jawa Timur", None, "exploration")},
    ),
    # --- mirrors: the country's meeting stays --------------------------------------------
    "a-call-naming-no-city-id": (
        f"{_CALL_ID} Dalam pertemuan itu keduanya membahas peluang kerja sama di bidang "
        "pariwisata.",
        {("Jepang", "meeting", "Banyuwangi", "2025-09-09", "exploration")},
    ),
    "a-call-naming-no-city-en": (
        f"{_CALL_EN} They discussed cooperation in tourism.",
        {("Japan", "meeting", "Banyuwangi", "2025-09-09", "exploration")},
    ),
    # a tie told beside the call reads the call as the tie's use (its stage as drafted before
    # this rule; the probes pin only that the rule leaves these drafts alone)
    "another-governments-tie-as-background-id": (
        f"{_CALL_ID} Pemerintah Kota Surabaya sudah lama menjalin kerja sama sister city dengan "
        "Kota Kochi sejak 1997.",
        {("Jepang", "meeting", "Banyuwangi", "2025-09-09", "implementation")},
    ),
    "another-governments-tie-as-background-en": (
        f"{_CALL_EN} The City of Surabaya has had a sister city relationship with Kochi since "
        "1997.",
        {("Japan", "meeting", "Banyuwangi", "2025-09-09", "implementation")},
    ),
    "our-existing-tie-as-background-id": (
        f"{_CALL_ID} Kabupaten Banyuwangi dan Kota Kochi sudah menjadi kota kembar sejak 2015.",
        {
            ("Jepang", "meeting", "Banyuwangi", "2025-09-09", "implementation"),
            ("Kochi", "sister_city", "Banyuwangi", "2015", "signing"),
        },
    ),
    "our-existing-tie-as-background-en": (
        f"{_CALL_EN} Banyuwangi has been a sister city of Kochi since 2015.",
        {
            ("Japan", "meeting", "Banyuwangi", "2025-09-09", "implementation"),
            ("Kochi", "sister_city", "Banyuwangi", "2015", "signing"),
        },
    ),
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_an_envoy_s_call_proposing_a_city_is_the_city_s_meeting(name: str) -> None:
    text, expected = PROBES[name]
    assert _drafts(text) == expected
