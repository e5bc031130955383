"""A foreign party received, read where the article would otherwise draft nothing at all.

The partner test (acting.py) keeps a place only where its government acts; a country becomes a
partner where it is named like one (country_passes.py). Both refuse a country that another hit of
the same country might cover ("Kamar Dagang dan Industri (KADIN) Turki" reads "Industri" as a
Turkish town) and know a foreign state's people by an envoy's title only. So an article whose one
story is a foreign state's delegation or minister received by our government ("Pemkab Bogor
menerima kunjungan Delegasi Republik Turki", "Gubernur Bali menerima kunjungan Wakil Menteri Luar
Negeri Jepang", "Wakil Menteri Luar Negeri PNG melakukan kunjungan ke Merauke") drafted nothing
(issue 23: 37 of 513 labelled articles drafted nothing; 8 of 40 at first sight).

The rule runs only when no partner is left anywhere in the article, so it never changes an
article that drafts something. It reads a country as the partner of an event sentence that
names the local party too, where the country follows the title of that state's own people or
body: a minister, prime minister or president, its parliament, where the sentence tells a call
(a visit, audience or meeting; not a state guest welcomed on arrival). Never Indonesia, a
country after an Indonesian mission's title ("Duta Besar RI untuk Swedia"), a country in a list
of countries, or a sentence about an Indonesian mission's own event ("KBRI Stockholm menggelar").

Before that, a border neighbour's town: where the article names one foreign state only, a town
its head or government stands for ("Walikota Wewak-Charles Malenki ... mendatangi Kantor
Walikota Jayapura" in a story of three mayors "asal PNG") is read with that state, as the
gazetteer knows small towns ("Lae", "Wewak") only with their country. And first of all, a
partner's page that pairs its city with ours by a dash in the tie's name ("the Seattle-Surabaya
Sister City Association"): that city, in every sentence of the page that tells a record.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kerjasama_cli.extract import acting_words as words
from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.acting import evidence
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.record_mentions import partner_key

# The title of a foreign state's own people or body right before its name: "Wakil Menteri Luar
# Negeri dan Perdagangan PNG", "Wakil Menteri (Wamen) Luar Negeri Jepang", "Wakil Perdana Menteri
# Timor Leste", "DPR Negara Timor Leste", "Parlemen Brunei". Not a bare delegation ("delegasi
# Republik Rakyat Tiongkok" may be a think tank's and a company's people).
_STATE_PEOPLE = re.compile(
    r"\b(?:(?:(?:Wakil|Deputy|Vice)\s+)?(?:Perdana Menteri|Prime Minister|Presiden|President|"
    r"Menteri|Minister|Wamen|Menlu|Wamenlu)(?:\s*\([^()]{1,20}\))?"
    r"(?:\s+(?:(?-i:[A-Z]\w+)|dan|and|of|for|&)){0,5}"
    r"|Parlemen|Parliament|DPR|Senat|Senate)"
    r"(?:\s+(?:dari|of|from))?\s+(?:the\s+)?$",
    re.I,
)
# A delegation of a state ("Delegasi Republik Turki"): the state's own only where the article
# names that state's people elsewhere ("Anggota DPR Republik Turki"), not a think tank's.
_DELEGATION = re.compile(
    r"\b(?:Delegasi|Delegations?|Rombongan)(?:\s+(?:dari|of|from))?\s+(?:the\s+)?$", re.I
)
# A call made on the local party: a visit, an audience or a meeting, never a state guest only
# welcomed on arrival ("menyambut kedatangan Perdana Menteri Papua Nugini di Bandara").
_CALL = re.compile(
    r"\b(?:kunjungan|berkunjung|mengunjungi|mendatangi|menyambangi|bertandang|kunker|lawatan|"
    r"audiensi|bertemu|menemui|pertemuan|"
    r"visit\w*|met|meets|meeting|received|receives|hosted)\b",
    re.I,
)
# A foreign town's head, or its government, and its seat: "Walikota Wewak-Charles Malenki",
# "Wakil Wali Kota Lorengau", "Pemerintah Kota Vanimo", a Malaysian state's ("Ketua Menteri Sabah",
# "Pemerintah Negeri Sabah", which an address elsewhere may have dropped: "Kota Kinabalu, Sabah").
_HEAD_SEAT = re.compile(
    r"\b(?:(?:Wakil|Deputy|Vice)\s+)?(?:Wali\s?[Kk]ota|Walikota|Mayor|Gubernur|Governor|"
    r"Ketua Menteri|Chief Minister|Menteri Besar|Pemerintah Kota|Pemkot|City of|"
    r"Pemerintah Negeri|Kerajaan Negeri)\s+(?:of\s+)?"
    r"(?P<n>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?)",
    re.I,
)
_EVENTS_AND_TIES = set(lexicon.EVENT_CLASS) | set(lexicon.AGREEMENT_CLASS) - {"membership"}
Resolver = Callable[..., "PartnerRef | str | None"]
# An Indonesian mission acting in the sentence: its own event, not the foreign state's call.
_OUR_MISSION = re.compile(
    r"\b(?:KBRI|KJRI|(?:Kedutaan Besar|Kedubes|Konsulat Jenderal|Konjen|Duta Besar|Dubes)\s+"
    r"(?:RI|Republik Indonesia|Indonesia)|Indonesian (?:Embassy|Consulate|Ambassador))\b"
)


def _told(
    facts: Facts, local: Callable[[str], bool], kinds: set[str], after: Facts | None = None
) -> bool:
    """Whether the sentence tells a record of a kind in `kinds` with the local party named
    there (or in the sentence `after` it: "... mendatangi Kantor Walikota Jayapura. Kedatangan
    ketiga Walikota ini disambut Walikota Jayapura"), an event a call made on it; never an
    Indonesian mission's own event."""
    text = facts.sentence.text
    told = {t[0] for t in facts.types} & kinds
    named = [name for f in (facts, after) if f is not None for _, name in f.parties]
    return (
        not facts.dropped
        and bool(told)
        and any(local(name) for name in named)
        # a tie signed or told needs no call; an event does
        and (bool(told - set(lexicon.EVENT_CLASS)) or bool(_CALL.search(text)))
        and not _OUR_MISSION.search(text)
    )


def _seats(all_facts: list[Facts], local: Callable[[str], bool], resolve: Resolver) -> None:
    """ "Walikota Wewak-Charles Malenki ... mendatangi Kantor Walikota Jayapura" where the
    article names Papua New Guinea: a town the gazetteer knows only with its country ("Lae",
    "Wewak"), whose head calls on the local party, in the one foreign state the article names."""
    states = {c for f in all_facts for c, _, _ in f.countries if c != "ID"}
    if len(states) != 1:
        return
    (state,) = states
    for facts, after in zip(all_facts, [*all_facts[1:], None], strict=True):
        if not _told(facts, local, _EVENTS_AND_TIES, after):
            continue
        for m in _HEAD_SEAT.finditer(facts.sentence.text):
            for name in (m["n"], m["n"].split()[0], m["n"].split("-")[0]):
                ref = resolve(name, state)
                if isinstance(ref, PartnerRef) and ref.kind in ("city", "province"):
                    at = m.start("n")
                    facts.partners.append(PartnerHit(ref, at, at + len(name)))
                    break
        facts.partners.sort(key=lambda h: h.start)


# A twin pair named with a dash before or after the tie's name: "the Seattle-Surabaya Sister
# City Association", "Sister City Zundert-Karo", "kota kembar Ambon-Darwin".
_NAME = r"(?-i:[A-Z][\w’']+)"
_TWIN_PAIR = re.compile(
    rf"(?P<a>{_NAME})\s?[-–]\s?(?P<b>{_NAME})\s+(?=(?:Sister|Twin|Friendship)[\s-]"
    rf"(?:Cit|Prov|State)|Kota Kembar)|(?:Sister[\s-]City|Kota Kembar|Twin Cit(?:y|ies))\s+"
    rf"(?P<c>{_NAME})\s?[-–]\s?(?P<d>{_NAME})\b",
    re.I,
)


def _addresses(all_facts: list[Facts], local: Callable[[str], bool]) -> None:
    """A state taken out as a partner city's address ("Kota Kinabalu, Sabah"), where that city
    did not act and the state's own government does elsewhere ("between South Australia and
    West Java Province as Sister Province"): the partner test again, on its hits."""
    # never where our own mission speaks ("KJRI Kuching ... Pemerintah Sarawak diundang")
    facts_read = [
        f for f in all_facts if not f.dropped and not _OUR_MISSION.search(f.sentence.text)
    ]
    # its head, its office or a tie told with it; an event only named beside it ("antara
    # masyarakat Kalbar dan Sarawak ... lawatan") is the people's, not its government's
    acting = {
        partner_key(h.ref)
        for f in facts_read
        for h in f.addressed
        if evidence(f, h, local) in ("head", "office", "envoy", "tie")
    }
    for facts in facts_read:
        if facts.addressed:
            facts.partners += [h for h in facts.addressed if partner_key(h.ref) in acting]
            facts.partners.sort(key=lambda h: h.start)


def _twin_pairs(all_facts: list[Facts], local: Callable[[str], bool], resolve: Resolver) -> None:
    """A foreign place paired with the local party by a dash in a tie's name ("the Seattle-
    Surabaya Sister City Association" on Seattle's page about Surabaya) is its partner there
    and in the article's other sentences that tell a record and name it."""
    found: dict[str, PartnerRef] = {}
    for facts in all_facts:
        if facts.dropped or not facts.types:
            continue
        for m in _TWIN_PAIR.finditer(facts.sentence.text):
            first, second = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
            for ours, theirs in ((first, second), (second, first)):
                ref = resolve(theirs)
                if local(ours) and isinstance(ref, PartnerRef) and ref.kind in ("city", "province"):
                    found[theirs] = ref
    for facts in all_facts:
        if facts.dropped or not facts.types or _OUR_MISSION.search(facts.sentence.text):
            continue
        for name, ref in found.items():
            for m in re.finditer(rf"\b{re.escape(name)}\b", facts.sentence.text):
                facts.partners.append(PartnerHit(ref, m.start(), m.end()))
        facts.partners.sort(key=lambda h: h.start)


def _listed(facts: Facts, start: int, end: int, code: str) -> bool:
    """Whether the country stands in a list of countries ("Jepang, Korea Selatan dan
    Australia"): a list says whom in general, never one state received."""
    text = facts.sentence.text
    for other, name, at in facts.countries:
        if other == code:
            continue
        gap = text[at + len(name) : start] if at + len(name) <= start else text[end:at]
        if words.LIST_GAP.fullmatch(gap):
            return True
    return False


def received_states(
    all_facts: list[Facts], local: Callable[[str], bool], resolve: Resolver
) -> set[str]:
    """Where no partner is left in the whole article, a foreign state whose people its event
    sentences name beside the local party (see the module docstring) is the partner there, or
    a town of the one foreign state the article names whose head calls (_seats); `local` says
    whether a party the sentence names is the article's local party, `resolve` is the
    gazetteer's. The codes of the states so read (state_visits)."""
    read: set[str] = set()  # the call the article leads with; a later sentence naming the
    # state's people may tell an earlier event ("kesepakatan sebelumnya ... pada 2 Juli lalu")
    if any(f.partners for f in all_facts if not f.dropped):
        return read
    _twin_pairs(all_facts, local, resolve)
    if not any(f.partners for f in all_facts if not f.dropped):
        _seats(all_facts, local, resolve)
    if not any(f.partners for f in all_facts if not f.dropped):
        _addresses(all_facts, local)
    if any(f.partners for f in all_facts if not f.dropped):
        return read
    states = {
        code
        for f in all_facts
        for code, _, start in f.countries
        if _STATE_PEOPLE.search(f.sentence.text[max(0, start - 80) : start])
    }
    for facts in all_facts:
        text = facts.sentence.text
        if not _told(facts, local, set(lexicon.EVENT_CLASS)) or words.STATE_VISIT.search(text):
            continue
        for code, name, start in facts.countries:
            end = start + len(name)
            before = text[max(0, start - 80) : start]
            if (
                code == "ID"
                or not (
                    _STATE_PEOPLE.search(before) or code in states and _DELEGATION.search(before)
                )
                or words.INDONESIAN_SEAT.search(before[-40:])
                or _listed(facts, start, end, code)
                or any(h.ref.country == code for h in facts.partners)
                or code in read
            ):
                continue
            read.add(code)
            # "DPR Negara Timor Leste": the word for a state is no part of its name
            bare = re.sub(r"^Negara\s+", "", name)
            at = start + len(name) - len(bare)
            facts.partners.append(PartnerHit(PartnerRef(bare, "country", code), at, end))
        facts.partners.sort(key=lambda h: h.start)
    return read


def state_visits(drafts: list[Draft], states: set[str]) -> None:
    """A foreign state's minister or parliament received (read by received_states) came to us:
    the record is a visit, not a meeting (that is an envoy's call: he is posted here), and it
    explores, whatever cooperation it strengthens: no tie runs between one of our governments
    and a foreign state ("Wagub mengajak Pemerintah dan Parlemen Timor Leste untuk memperkuat
    kerja sama")."""
    for draft in drafts:
        if draft.partner_kind != "country" or draft.country not in states:
            continue
        if draft.type == "meeting":
            draft.type = "visit"
        if draft.type == "visit" and draft.stage == "implementation":
            draft.stage = "exploration"
