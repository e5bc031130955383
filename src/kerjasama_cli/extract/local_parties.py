"""The local party of an article: which Indonesian government acts, where it is told, and which
sentences are about another Indonesian government's cooperation (they draft nothing)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from kerjasama_cli.extract.background import home_acting
from kerjasama_cli.extract.country_passes import nation_at
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.venues import is_locative


def bare_local(name: str) -> str:
    """A local government's name without its kind word ("Pemerintah Kota Surabaya" → "Surabaya")."""
    # "Pemerintah DI Yogyakarta", "Pemerintah Daerah Istimewa Yogyakarta": the government of
    # the place is the place, with or without its kind word.
    return re.sub(
        r"^(?:Pemerintah\s+)?(?:(?:Daerah\s+|Pemda\s+)?(?:Kota|Kabupaten|Provinsi|Pemkot|Pemkab|"
        r"Pemprov)\s+)?",
        "",
        name,
    )


def local_party(all_facts: list[Facts], home: str, canonical: Callable[[str], str]) -> str | None:
    """The Indonesian government whose head or office acts first in a sentence that reports
    cooperation (else anywhere); failing that, the one first named in the first sentence that
    reports cooperation with a partner; the home government only when the article names it,
    never by default. "" when an Indonesian head acts unnamed ("Walikota Sutiaji menandatangani
    ..."): left empty, for the reviewer; None when no Indonesian government acts at all."""
    found = _local_party(all_facts, home)
    if found:
        return canonical(found)
    if any(_ID_OFFICE.search(f.sentence.text) for f in all_facts if not f.dropped):
        return ""
    return None


# Words only an Indonesian government's office uses: someone of one acts, whichever it is.
_ID_OFFICE = re.compile(
    r"\b(?:Wali\s?[Kk]ota|Walikota|Bupati|Gubernur|Pemkot|Pemkab|Pemprov|Sekda|DPRD|"
    r"Pemerintah\s+(?:Kota|Kabupaten|Provinsi|Daerah))\b"
)


def _home_named(facts: Facts) -> int:
    """Mentions of the home government itself in a sentence ("Indonesia" is not one)."""
    nation = sum(1 for at, name in facts.parties if name == "home" and nation_at(facts, at))
    return max(0, facts.home - nation)


def local_evidence(
    all_facts: list[Facts], local: str, canonical: Callable[[str], str]
) -> str | None:
    """The sentence where the local party acts (its office) or is first named."""
    for facts in all_facts:
        if any(name == local for _, name in facts.offices):
            return facts.sentence.text
    for facts in all_facts:
        if any(canonical(bare_local(name)) == local for name in facts.locals):
            return facts.sentence.text
    return None


# The home government named as one ("Pemprov DKI Jakarta", "Provinsi DKI"), not its bare name:
# in another government's story, a sentence naming a partner and a bare "Jakarta" tells where
# the record took place ("Penandatanganan ... dengan Northern Territory berlangsung di Ruang
# Fraksi ..., Senayan, Jakarta"), not the home government's own tie.
_AS_GOVERNMENT = re.compile(r"(?:Pemerintah|Pemprov|Pemkot|Pemkab|Provinsi|Kota|Kabupaten|DKI)\b")
_WHERE_BEFORE = re.compile(r"\b(?:di|in|at|ke|to|dari|from)\s+$", re.I)
_TIE_SIDE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:dengan|with)\s+[A-Z]")


def others_only(
    all_facts: list[Facts], local: str, home: str, canonical: Callable[[str], str]
) -> None:
    """Sentences about another Indonesian government's cooperation are not the local party's
    ("Pemprov Jawa Tengah sudah melakukan kerja sama dengan Provinsi Fujian" in a Klaten story,
    "Desa Mas di Ubud ... sister city" in a Bali one): they draft nothing. The home government's
    bare name beside a partner is a venue (_AS_GOVERNMENT)."""
    for facts in all_facts:
        named = {canonical(bare_local(name)) for name in facts.locals}
        named |= {name for _, name in facts.offices}
        # "Duta Besar Republik Azerbaijan untuk Republik Indonesia": the nation is no
        # government of the registry.
        if (
            _home_named(facts)
            and (
                not facts.partners
                or home_acting(facts)
                or any(
                    name == "home"
                    and (
                        _AS_GOVERNMENT.match(facts.sentence.text[at:])
                        # "Sister City Jakarta dengan Rotterdam" (another story's headline in a
                        # Surabaya one): the one side of a tie, a government, not a venue
                        or _TIE_SIDE.match(facts.sentence.text, at)
                        and not _WHERE_BEFORE.search(facts.sentence.text[max(0, at - 8) : at])
                    )
                    for at, name in facts.parties
                )
            )
        ):
            named.add(home)
        if named and local not in named and not _short_party(facts, local):
            facts.dropped = True
            facts.partners = []


def _short_party(facts: Facts, local: str) -> bool:
    """ "kerja sama berbentuk sister province Yogyakarta dengan Prefektur Kyoto" in a story of
    the Special Region of Yogyakarta: a place named bare, as the one side of a tie, is the
    local party whose name it ends."""
    text = facts.sentence.text
    for at, name in facts.parties:
        bare = name.strip()
        if " " in bare or not local.endswith(f" {bare}"):
            continue
        after = text[at + len(name) :]
        if _PARTY_OF_A_TIE.match(after) or _BETWEEN_END.search(text[:at]):
            return True
    return False


_HOME_NAME = re.compile(r"(?:DKI\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _home_as_venue(facts: Facts, at: int, name: str) -> bool:
    """ "Selangor menandatangani MoU dengan Provinsi Guangdong di Jakarta", "signed ... in
    Bandung": the home government named bare after "di/in/at" is where it happened, no side
    of it (another government's name there is never read as a party: sentence_places)."""
    if name != "home" or nation_at(facts, at):  # "in Indonesia" is counted apart
        return False
    text = facts.sentence.text
    m = _HOME_NAME.match(text, at)
    return is_locative(text, at, m.group(0) if m else text[at : at + 1])


_PARTY_OF_A_TIE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:dengan|with)\b")
_BETWEEN_END = re.compile(r"\b(?:antara|between)\s+$", re.I)


def _local_party(all_facts: list[Facts], home: str) -> str | None:
    acting = [f for f in all_facts if f.offices and not f.dropped]
    for facts in acting:
        if facts.types or facts.signing:
            return facts.offices[0][1]
    if acting:
        return acting[0].offices[0][1]
    for facts in all_facts:
        parties = [
            (at, name)
            for at, name in facts.parties
            if not nation_at(facts, at) and not _home_as_venue(facts, at, name)
        ]
        if facts.partners and facts.types and parties and not facts.dropped:
            first = min(parties)[1]
            return home if first == "home" else bare_local(first)
    home_count = sum(
        max(0, _home_named(f) - sum(_home_as_venue(f, at, name) for at, name in f.parties))
        for f in all_facts
    )
    home_count += sum(p.side == "home" and p.titled for f in all_facts for p in f.people)
    others = Counter(bare_local(name) for f in all_facts for name in f.locals)
    if others and home_count == 0:
        return others.most_common(1)[0][0]
    return home if home_count else None
