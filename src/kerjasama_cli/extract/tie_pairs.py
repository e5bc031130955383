"""A list of background ties told as pairs of places, one Indonesian and one foreign.

"The Australia-Indonesia relationship has seen strong ties developed between provinces and
states, notably DKI Jakarta and New South Wales, East Java and Western Australia, ... and city
links such as Brisbane with Semarang and Darwin with both Ambon and Denpasar" (real18): each pair
is a record of its own, whose local party is the pair's Indonesian government (not the
article's), undated, of the article's kind (a sister city where it speaks of sister cities, else
a tie of no kind, `other`, which proves no stage), told as existing. The usual rules read one
local party per article and drop the sentences about the others' ties (drafts.others_only), so
the pairs are read first, from the sentence as written, and added once the drafts are made.

Read only where a sentence speaks of ties and lists two pairs or more: one pair alone is another
government's story ("Kota Padang juga telah menjalin ... dengan Kota Sapporo" in a Pontianak
story), which the expected records leave out; two foreign places paired ("Naples with Sapporo")
are the partner's own ties; places compared ("Padang dan Sapporo, seperti ...") name no tie, nor
do places paired by their history ("punya hubungan sejarah ... seperti Kampar dengan Melaka").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kerjasama_cli.extract import id_governments
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.country_passes import nation_at
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.tie_drafts import bare_local, tie_draft
from kerjasama_cli.geo.names import normalise

# The sentence speaks of ties between governments.
TIES = re.compile(
    r"\b(?:ties|links?|relations(?:hips?)?|partnerships?|twin\w*|friendship|sister[\s-]+"
    r"(?:cit(?:y|ies)|provinces?|states?|regions?)|hubungan|kerja\s?sama|kemitraan|kota kembar|"
    r"provinsi kembar|persahabatan|sister)\b",
    re.I,
)
# A relation of history or kinship, not of cooperation: "punya hubungan sejarah dengan kota-kota
# di Malaysia. Diantaranya seperti Kampar dengan Melaka, Siak dengan Johor" (real43) pairs places
# by their past; no tie is told (precision audit, bench/ANALYSIS.md).
_HISTORY = re.compile(
    r"\b(?:hubungan\s+(?:sejarah|historis|kekerabatan|darah)|historic(?:al)?\s+"
    r"(?:ties|links|relations(?:hips?)?)|kinship)\b",
    re.I,
)
_SISTER = re.compile(
    r"\b(?:sister[\s-]+(?:cit(?:y|ies)|provinces?|states?|regions?)|twin(?:ned|ning|s)?|"
    r"kota kembar|provinsi kembar|kota bersaudara)\b",
    re.I,
)
# Between the two members of a pair: "and", "with", "dan", "dengan" (and "with both", whose
# second member comes after one more "and"), and a kind word of the second ("dengan Kota").
# Not a hyphen: "Kupang-Darwin-Dili", "Medan-Penang" name a plan or a headline's tie as often
# as a tie that exists (real5, real12, real16).
_KIND = r"(?:(?:the\s+)?(?:Kota|Kabupaten|Provinsi|Prefektur|Negara Bagian|City of|Province of|"
_KIND += r"Prefecture of|State of)\s+)?"
_PAIR_GAP = re.compile(
    rf"\s+(?:and|with|dan|dengan)\s+(?P<both>both\s+)?{_KIND}",
    re.I,
)
# "MoU antara NTT dengan Northern Territory", "between Kupang and Darwin": one tie's two sides,
# the sentence's news or a plan, not an item of a list (real12's Kupang).
_BETWEEN = re.compile(rf"\b(?:between|antara)\s+{_KIND}$", re.I)
_AND_GAP = re.compile(rf"\s+(?:and|dan|serta)\s+{_KIND}", re.I)
# The home government's bare name at its place in the sentence ("DKI Jakarta", "Jakarta").
_NAME = re.compile(r"(?:DKI\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    local: str | None = None  # the Indonesian government, canonical
    ref: PartnerRef | None = None  # or the foreign place


@dataclass(frozen=True)
class Pair:
    """One tie of a list: the foreign place, our government, the sentence that lists it."""

    ref: PartnerRef
    local: str
    sentence: str
    type: str


def _items(facts: Facts, home: str, canonical: Callable[[str], str]) -> list[_Item]:
    text = facts.sentence.text
    items = [
        _Item(h.start, h.end, ref=h.ref)
        for h in facts.partners
        if h.ref.kind != "country" and h.ref.country not in (None, "ID")
    ]
    for at, name in facts.parties:
        if nation_at(facts, at):
            continue
        if name == "home":
            m = _NAME.match(text, at)
            end = m.end() if m else at + 1
            items.append(_Item(at, end, local=home))
        else:
            items.append(_Item(at, at + len(name), local=canonical(bare_local(name))))
    items.sort(key=lambda i: i.start)
    return [i for n, i in enumerate(items) if not n or i.start >= items[n - 1].end]


def _pairs_of(items: list[_Item], text: str) -> list[tuple[_Item, _Item]]:
    """The (foreign, Indonesian) pairs of a sentence's places, left to right."""
    pairs: list[tuple[_Item, _Item]] = []
    n = 0
    while n < len(items) - 1:
        first, second = items[n], items[n + 1]
        gap = _PAIR_GAP.fullmatch(text[first.end : second.start])
        if (
            gap is None
            or (first.local is None) == (second.local is None)
            or _BETWEEN.search(text[: first.start])
        ):
            n += 1
            continue
        foreign, ours = (first, second) if first.ref else (second, first)
        pairs.append((foreign, ours))
        n += 2
        # "Darwin with both Ambon and Denpasar": the second member's fellow after "and"
        if gap.group("both") and n < len(items):
            third = items[n]
            if (third.local is None) == (second.local is None) and _AND_GAP.fullmatch(
                text[second.end : third.start]
            ):
                pairs.append((foreign, third) if third.local else (third, ours))
                n += 1
    return pairs


# From a foreign place to the first of our governments it is tied with: "dengan"/"with" after
# the tie's words ("telah menjalin sister city dengan", "has sister city ties with"), or what
# opens a list of its ties ("Velaria's sister cities in Indonesia are", "kota kembar Kota
# Velaria di Indonesia adalah").
_LAST_GAP = re.compile(rf",?\s+(?:and|dan|serta)\s+{_KIND}", re.I)
_TIED_WITH = re.compile(
    rf"[^.;]{{0,80}}?(?:\b(?:dengan|with|are|include|includes|including|adalah|yaitu|yakni|"
    rf"antara lain)\s+|:\s*){_KIND}$",
    re.I,
)


def _one_with_ours(items: list[_Item], text: str) -> list[tuple[_Item, _Item]]:
    """ "Kota Velaria telah menjalin sister city dengan Surabaya, Bandung dan Medan": one
    foreign place, named first, tied with a list of two or more of our governments; a pair
    for each (one alone is the usual story of one tie; "Pemerintah Kota Szentendre ... dengan
    Pemerintah Kabupaten Gianyar, Bali" one regency and its province)."""
    if len(items) < 3 or items[0].ref is None:
        return []
    first = items[0]
    gap = text[first.end : items[1].start]
    if not (_TIED_WITH.fullmatch(gap) and TIES.search(text, 0, items[1].start)):
        return []
    ours = [items[1]]
    for item in items[2:]:
        if item.local is None or not _LIST_GAP.fullmatch(text[ours[-1].end : item.start]):
            break
        ours.append(item)
    # a list ends with "dan"/"and": "Kabupaten Gianyar, Bali" is one regency and its address
    if len(ours) < 2 or not _LAST_GAP.fullmatch(text[ours[-2].end : ours[-1].start]):
        return []
    return [(first, our) for our in ours]


def listed_pairs(all_facts: list[Facts], home: str, canonical: Callable[[str], str]) -> list[Pair]:
    """The ties the article lists as pairs of places (see the module docstring). The places
    of the pairs leave their sentence's facts: the pairs are records of their own, and neither
    a partner nor the local party of the article's news."""
    found: list[Pair] = []
    # a tie told as existing where the article speaks of sister cities is one (record_types)
    sister = any(_SISTER.search(f.sentence.text) for f in all_facts)
    for facts in all_facts:
        text = facts.sentence.text
        if not TIES.search(_HISTORY.sub(" ", text)):
            continue
        items = _items(facts, home, canonical)
        pairs = _pairs_of(items, text) or _one_with_ours(items, text)
        if len(pairs) < 2:
            continue
        kind = "sister_city" if sister else "other"
        for foreign, ours in pairs:
            if foreign.ref is not None and ours.local:
                found.append(Pair(foreign.ref, ours.local, text, kind))
        paired = {(i.start, i.end) for pair in pairs for i in pair}
        facts.partners = [h for h in facts.partners if (h.start, h.end) not in paired]
        starts = {start for start, _ in paired}
        gone = [name for at, name in facts.parties if at in starts]
        facts.parties = [(at, name) for at, name in facts.parties if at not in starts]
        facts.locals = [name for name in facts.locals if name not in gone]
        facts.home = max(0, facts.home - gone.count("home"))
    return found


def pair_records(drafts: list[Draft], pairs: list[Pair]) -> list[Draft]:
    """The drafts, with a record for each listed pair no draft holds already."""
    have = {(normalise(d.partner or ""), d.local_party) for d in drafts}
    added: list[Draft] = []
    for pair in pairs:
        key = (normalise(pair.ref.name), pair.local)
        if key in have:
            continue
        have.add(key)
        added.append(tie_draft(pair.ref, pair.local, pair.type, pair.sentence))
    return [*drafts, *added]


# Between two items of one list: a comma, or the last "and / dan / serta".
_LIST_GAP = re.compile(
    rf"\s*(?:,\s*(?:and\s+|dan\s+|serta\s+)?|\s+(?:and|dan|serta)\s+){_KIND}", re.I
)


def fellow_partners(all_facts: list[Facts], home: str, canonical: Callable[[str], str]) -> None:
    """Our government listed among foreign places ("we are celebrating our 25th city
    partnership anniversary with Gothenburg, Cusco, Jambi and Tallinn", told by the partner's
    own officer) is one of the partner's ties: the other places of that list are the partner's
    own partners, not ours, and leave the sentence's facts. Read after the pairs (whose list
    alternates foreign and Indonesian items); our government first in the list is the subject
    ("Kota Jambi ... dengan Lyon, Cusco dan Tallinn"), never this."""
    for facts in all_facts:
        text = facts.sentence.text
        items = _items(facts, home, canonical)
        run: list[_Item] = []
        for item in [*items, None]:
            if item is not None and (
                not run or _LIST_GAP.fullmatch(text[run[-1].end : item.start])
            ):
                run.append(item)
                continue
            ours = [n for n, i in enumerate(run) if i.local]
            if len(run) >= 4 and len(ours) == 1 and 0 < ours[0] < len(run) - 1:
                listed = {(i.start, i.end) for i in run if i.ref is not None}
                facts.partners = [h for h in facts.partners if (h.start, h.end) not in listed]
            run = [item] if item is not None else []


# Two foreign places twinned with each other: "declare Islamabad as the sister city of Minsk",
# "agreed that Islamabad and Minsk should be made sister cities", "Kota A menjadi kota kembar
# Kota B" (real33's first sight: a partner's own tie; real7's, real9's, real14's and real21's
# partners' own ties before it).
_TWIN_WORD = (
    r"(?i:sister cities|twin cities|sister city|twin city|sister|twin|kota kembar|"
    r"kota bersaudara)"
)
_NAME_BEFORE = r"(?P<a>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
_TWINNED_AS = re.compile(
    _NAME_BEFORE + r"\s+(?:as|is|was|became|becomes|sebagai|menjadi|dijadikan)\s+"
    r"(?:the\s+|a\s+)?" + _TWIN_WORD + r"(?:\s+(?i:city))?\s+(?:of|dari|bagi)\s+"
    r"(?:the\s+city\s+of\s+|[Kk]ota\s+)?$"
)
_TWINNED_PAIR = re.compile(_NAME_BEFORE + r"\s+(?:and|dan|&)\s+$")
_TWINNED_AFTER = re.compile(
    r"^\s+(?:should|would|will|to|must|akan|harus)?\s*"
    r"(?:be\s+made|become|be|menjadi|dijadikan)\s+(?:the\s+)?" + _TWIN_WORD + r"\b"
    r"(?!\s+(?:of|with|to|dengan|bagi|dari)\b)"
)


def foreign_twins(all_facts: list[Facts]) -> set[str]:
    """The foreign places a sentence twins with another foreign place, and that no sentence
    names beside one of our governments: their tie is their own ("declare Islamabad as the
    sister city of Minsk", "agreed that Islamabad and Minsk should be made sister cities", on a
    Pakistani page that lists Jakarta among Islamabad's ties in another sentence). The first
    place need not be a partner the sentence read (the page's own city often is not): it is
    enough that it is none of our governments. Their drafts go at the end (no_foreign_twins),
    so that the rest of the article is read as it was."""
    twinned: set[str] = set()
    beside_ours: set[str] = set()
    for facts in all_facts:
        text = facts.sentence.text
        ours = {at for at, _ in facts.parties}
        for hit in facts.partners:
            if hit.ref.country in (None, "ID"):
                continue
            lead = text[max(0, hit.start - 80) : hit.start]
            m = _TWINNED_AS.search(lead)
            if m is None and _TWINNED_AFTER.match(text[hit.end :]):
                m = _TWINNED_PAIR.search(lead)
            words = m["a"].split() if m else []
            if m is None or any(
                normalise(" ".join(words[i:])) in id_governments.NAMES for i in range(len(words))
            ):
                if ours:
                    beside_ours.add(normalise(hit.ref.name))
                continue
            at = hit.start - len(lead) + m.start("a")
            if any(at <= o < at + len(m["a"]) for o in ours):
                beside_ours.add(normalise(hit.ref.name))
                continue
            twinned.add(normalise(hit.ref.name))
    return twinned - beside_ours


def no_foreign_twins(drafts: list[Draft], twinned: set[str]) -> list[Draft]:
    """The drafts without a partner whose only tie told is with another foreign place."""
    return [d for d in drafts if normalise(d.partner or "") not in twinned]


__all__ = [
    "Pair",
    "fellow_partners",
    "foreign_twins",
    "listed_pairs",
    "no_foreign_twins",
    "pair_records",
]
