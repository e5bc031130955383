"""A record's own local party where the article names its tie's two sides.

"mewujudkan Sister City antara Kota Padang dengan Provinsi Ba Ria Vung Tau" in a West Sumatra
story, "perjanjian kemitraan ... antara Fuzhou dan Semarang sebagai kota kembar" in a Central
Java one, "MoU antara NTT dengan Northern Territory" in a Kupang one: the pipeline reads one
local party per article, so the tie went to the article's government, and the sentence that
names its true side was dropped as another government's story (local_parties.others_only). A
tie "between" one of our governments and the partner, told as a pair ("antara G dan/dengan P",
"between P and G", or a pair of a list led by "antara"), gives the partner's record that
government, unless the article also pairs the partner with its own local party (issue 23, kind
W: real8, real19, real26, real33, real35).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.country_passes import nation_at
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.id_governments import NAMES as ID_NAMES
from kerjasama_cli.extract.local_parties import bare_local
from kerjasama_cli.extract.tie_pairs import TIES
from kerjasama_cli.geo.names import normalise

_BETWEEN = re.compile(r"\b(?:antara|between)\b", re.I)
_KIND = (
    r"(?:(?:the\s+)?(?:Kota|Kabupaten|Provinsi|Prefektur|Negara Bagian|City of|Province of|"
    r"Prefecture of|State of)\s+)?"
)
# The first side stands right after "antara/between", or after "dan/and" or a comma in a list
# of pairs that "antara" leads ("antara kota A dengan kota B dan kota C dengan kota D"); not
# after "di/in" ("antara Kota Serang di Provinsi Banten dan Kota Hangzhou": an address).
_FIRST = re.compile(rf"(?:\b(?:antara|between|dan|and)|,)\s+{_KIND}$", re.I)
# Between the two sides: a bracketed region of the first ("Kota Jayapura (Papua) dan Kota
# Wewak"), "and/with/dan/dengan", and a kind word of the second.
_GAP = re.compile(rf"\s*(?:\([^)]*\)\s*)?(?:and|with|dan|dengan)\s+{_KIND}", re.I)


def partner_hits(all_facts: list[Facts]) -> dict[int, list[PartnerHit]]:
    """The partners each sentence names, read before another government's sentences drop."""
    return {f.sentence.index: list(f.partners) for f in all_facts}


def _sides(
    facts: Facts,
    hits: list[PartnerHit],
    canonical: Callable[[str], str],
    known: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(partner, government) of every tie the sentence names as a pair "between" them."""
    text = facts.sentence.text
    if not _BETWEEN.search(text) or not TIES.search(text):
        return []
    pairs = []
    for at, name in facts.parties:
        if name == "home" or nation_at(facts, at):
            continue
        ours = (at, at + len(name))
        government = canonical(bare_local(name))
        if not known(government):  # "between Sarawak and Kalimantan": an island
            continue
        for hit in hits:
            first, second = sorted([ours, (hit.start, hit.end)])
            if (
                _GAP.fullmatch(text[first[1] : second[0]])
                and _BETWEEN.search(text[: first[0]])
                and _FIRST.search(text[: first[0]])
            ):
                pairs.append((hit.ref.name, government))
    return pairs


def sides_of_the_tie(
    drafts: list[Draft],
    all_facts: list[Facts],
    local: str,
    hits: dict[int, list[PartnerHit]],
    canonical: Callable[[str], str],
    registry: Collection[str] = (),
) -> None:
    """Give each tie or document drafted the government it is told "between", where that is
    not `local` (a visit or meeting is the article's own event: never moved)."""

    def known(government: str) -> bool:
        return government in registry or normalise(government) in ID_NAMES

    told: dict[str, set[str]] = {}
    evidence: dict[tuple[str, str], str] = {}
    for facts in all_facts:
        found = _sides(facts, hits.get(facts.sentence.index, []), canonical, known)
        for partner, government in found:
            if _same(government, local):  # "antara Jogja dan ..." in a story of DIY
                government = local
            told.setdefault(partner, set()).add(government)
            evidence.setdefault((partner, government), facts.sentence.text)
    for draft in drafts:
        governments = told.get(draft.partner or "", set())
        if (
            draft.type in lexicon.EVENT_CLASS
            or draft.local_party != local
            or local in governments
            or len(governments) != 1
        ):
            continue
        (government,) = governments
        draft.local_party = government
        draft.evidence["local_party"] = evidence[(draft.partner or "", government)]


def _same(government: str, local: str) -> bool:
    """One government's two names, the one ending the other ("Yogyakarta", "Daerah Istimewa
    Yogyakarta")."""
    return local.endswith(f" {government}") or government.endswith(f" {local}")


__all__ = ["partner_hits", "sides_of_the_tie"]
