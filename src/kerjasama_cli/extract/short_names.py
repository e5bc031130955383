"""One town, two spellings of its name in one article: "Kota Mossel" and "Mossel Bay"."""

from __future__ import annotations

from dataclasses import replace

from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.geo.names import normalise


def full_names(all_facts: list[Facts]) -> None:
    """A foreign town named by the first words of another town of its country that the
    article names ("Pemerintah Kota Mossel" beside "Wali Kota Mossel Bay") is that town: its
    mentions take the full name, so that one partner gets one record."""
    towns = {
        normalise(h.ref.name): h.ref
        for f in all_facts
        for h in f.partners
        if h.ref.kind == "city" and h.ref.country
    }
    longer = {}
    for key, ref in towns.items():
        fuller = [
            other
            for other_key, other in towns.items()
            if other_key.startswith(key + " ") and other.country == ref.country
        ]
        if len(fuller) == 1:
            longer[key] = fuller[0]
    if not longer:
        return
    for facts in all_facts:
        facts.partners = [
            replace(h, ref=longer.get(normalise(h.ref.name), h.ref)) for h in facts.partners
        ]
