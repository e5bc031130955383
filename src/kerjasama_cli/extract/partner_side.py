"""A foreign government's own page listing its sister cities: only the Indonesian one is ours.

"The Historic City of Hoorn has twinning ties with Lisbon, Portugal (1984); Valparaiso, Chile
(1991) and Bukittinggi, Indonesia (2006)": the page is told from the partner's side (it tags the
Indonesian city with its country, as no Indonesian writer would), its government (the place it
keeps naming, Hoorn) is the partner, the Indonesian member of the list is the local party, and the
owner's ties with other foreign places are its own, not this registry's records. Each Indonesian
member gives one sister-city record, dated by the year beside it or by its own line of the list
("Bukittinggi: Signing 3 May 2006 in Hoorn").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.dates import DateMention
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.places import PartnerRef, country_of
from kerjasama_cli.extract.record_mentions import partner_key
from kerjasama_cli.extract.tie_drafts import bare_local, tie_draft
from kerjasama_cli.geo.names import normalise

# "Sawah Lunto, Indonesia (2004)", "Medan (Indonesia)", "Ambon in Indonesia", "Bitung in
# Sulawesi, Indonesia": a place tagged with our country, the way a foreign page lists it among its
# partners.
_TAGGED = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?:(?:\s+in\s+|\s*,\s*)(?P<within>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?"
    r"(?:\s*,\s*|\s*\(\s*|\s+in\s+)Indonesia\b"
)
# "Manado, North Sulawesi": the second name is the first one's province, its address.
_ADDRESS = re.compile(r"\s*(?:,|\bin\b)\s*$")
_LEADING = {"the", "city", "of", "kota", "kabupaten", "regency", "province", "and", "with"}
_OPENING = re.compile(r"(?:The\s+)?(?:City\s+of\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
# A member standing alone as an entry of the list: "Ambon, Indonesia", "• Kupang (Indonesia) 1991",
# "• Sawahlunto, Indonesia (2004) - Friendship City"
_ENTRY = re.compile(
    r"[-•*]?\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*(?:,|\(|\bin\b)\s*Indonesia\)?"
    r"[\s,]*(?:\(?\d{4}\)?)?(?:\s*[-–]\s*[A-Za-z ]{1,30})?"
)
# "Lisbon, Portugal (1984)", "Xiamen (China)", "Haikou in China": a member and its country.
_FOREIGN_ITEM = re.compile(
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?:\s*,\s*|\s*\(\s*|\s+in\s+)"
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
# Our own kind word before the member: an Indonesian writer naming its government, no list abroad
_OUR_KIND = re.compile(r"\b(?:Provinsi|Kota|Kabupaten|Pemerintah|Pemprov|Pemkot|Pemkab)\s+[A-Z]")
_HOLDER = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:currently\s+)?(?:has\s+established|"
    r"has\s+twinning|maintains|is\s+twinned)\b"
)
# The list's kind of tie, in the plural too ("has over twenty sister cities"), which the sentence
# reader leaves to no record.
_KIND = re.compile(
    r"\b(?:sister|twin(?:ning)?|friendship)[\s-]+(?:cit(?:y|ies)|provinces?|states?|regions?)\b|"
    r"\btwinning\b|\bkota kembar\b",
    re.I,
)
_SIGNED = re.compile(r"\bsign\w*|\bsealed\b|\bestablish\w*", re.I)


def _indonesian(words: list[str], resolve: Callable[[str], object]) -> str | None:
    """The longest trailing run of words that is an Indonesian government ("Sawah Lunto" as the
    gazetteer's "Sawahlunto")."""
    while words and words[0].casefold() in _LEADING:
        words = words[1:]
    for n in range(len(words)):
        run = words[n:]
        for name in (" ".join(run), "".join(run).title() if len(run) > 1 else None):
            if name and resolve(name) in ("local", "home"):
                return name
    return None


def _members(facts: Facts, resolve: Callable[[str], object]) -> list[tuple[str, int]]:
    """(name, end) of the Indonesian members of a list that tags one of them "Indonesia": the
    tagged ones and the other Indonesian governments named with them (not their provinces)."""
    text = facts.sentence.text
    found: list[tuple[str, int, int]] = []
    for m in _TAGGED.finditer(text):
        # "Bitung in Sulawesi, Indonesia": the city; "Anchorage in Alaska, Ambon in Indonesia":
        # the second name, the first being a foreign member and its state.
        for group in ("name", "within"):
            name = m.group(group) and _indonesian(m.group(group).split(), resolve)
            if name and _OUR_KIND.search(text[max(0, m.start(group) - 12) : m.end(group)]):
                break  # "menghubungkan Provinsi Papua, Indonesia, dengan ...": our own writer
            if name:
                found.append((name, m.start(group), m.end(group)))
                break
    if not found:
        return []
    ends = [end for _, _, end in found]
    for at, name in sorted(facts.parties):
        if name == "home" or any(start <= at < end for _, start, end in found):
            continue
        if any(_ADDRESS.fullmatch(text[end:at]) for end in ends if end <= at):
            continue  # its province: "Manado, North Sulawesi"
        found.append((name, at, at + len(name)))
        ends.append(at + len(name))
    return [(name, end) for name, _, end in sorted(found, key=lambda f: f[1])]


def _owner(
    all_facts: list[Facts],
    members: set[str],
    texts: list[str],
    resolve: Callable[[str], object],
) -> PartnerRef | None:
    """The foreign place the page keeps naming (in more sentences than any other foreign place
    read as one somewhere on it, a sentence it opens counting twice: "City of Darwin has been
    ...", "Cebu's Sister Cities"): the page's own government."""
    refs = {normalise(h.ref.name): h.ref for f in all_facts for h in f.partners}
    # "Cebu City council approved ...": the page's government opening a line; "..., Melaka has
    # established twinning arrangements with": the one that has the ties
    for text in texts:
        found = [m.group(1) for m in (_OPENING.match(text), *_HOLDER.finditer(text)) if m]
        for name in (n for whole in found for n in (whole, whole.split()[0])):
            ref = resolve(name)
            if isinstance(ref, PartnerRef) and ref.country:
                refs.setdefault(normalise(ref.name), ref)
                break
    seen: Counter[str] = Counter()
    for key, ref in refs.items():
        if key in members:
            continue
        named = re.compile(rf"\b{re.escape(ref.name)}\b", re.I)
        opens = re.compile(rf"(?:the\s+)?(?:city\s+of\s+)?{re.escape(ref.name)}\b", re.I)
        seen[key] = sum(bool(named.search(text)) + bool(opens.match(text)) for text in texts)
    ranked = seen.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return refs[ranked[0][0]]


def _date(facts: Facts, end: int, name: str, all_facts: list[Facts]) -> DateMention | None:
    """The first date after the member before the list's next foreign place ("(2004)", "Bitung
    ... and Manado, North Sulawesi in 1993"), else the first date of its own line of signings
    ("Ambon: Signing 28 October 1988 in Ambon") or of the line under its entry ("Ambon,
    Indonesia" / "Signing 21 July 1989 in Darwin")."""
    after = [h.start for h in facts.partners if h.start >= end]
    stop = min(after, default=len(facts.sentence.text))
    for date in sorted(facts.dates, key=lambda d: d.start):
        if end <= date.start < stop:
            return date
    for other in all_facts:
        text = other.sentence.text
        if normalise(text).startswith(normalise(name)) and _SIGNED.search(text) and other.dates:
            return min(other.dates, key=lambda d: d.start)
    at = next((n for n, f in enumerate(all_facts) if f is facts), len(all_facts))
    under = all_facts[at + 1] if _ENTRY.fullmatch(facts.sentence.text.strip()) else None
    if under and under.dates and _SIGNED.match(under.sentence.text.lstrip("-• ")):
        return min(under.dates, key=lambda d: d.start)
    return None


def ties_listed_abroad(
    all_facts: list[Facts],
    resolve: Callable[[str], object],
    canonical: Callable[[str], str],
    title: str | None = None,
) -> list[Draft] | None:
    """The drafts of a foreign government's page of its sister cities (one per Indonesian
    member), or None when the article is not one (`title`: the page's heading, which names its
    own government as often as not): an Indonesian office acts, no sister-city
    word, no member tagged "Indonesia", or fewer than two foreign ties of its own listed."""
    if any(f.offices for f in all_facts):
        return None  # our own government acts: the usual story, told by the usual rules
    texts = [title or "", *(f.sentence.text for f in all_facts)]
    if not any(_KIND.search(text) for text in texts):
        return None
    found = [(f, name, at) for f in all_facts for name, at in _members(f, resolve)]
    if not found:
        return None
    members = {normalise(name) for _, name, _ in found}
    owner = _owner(all_facts, members, texts, resolve)
    if owner is None or owner.country in (None, "ID"):
        return None
    own_ties = {normalise(h.ref.name) for f in all_facts for h in f.partners} - {
        normalise(owner.name)
    }
    # the owner's foreign members as written, whether or not an earlier pass kept them as hits
    own_ties |= {
        normalise(m.group(1))
        for text in texts
        for m in _FOREIGN_ITEM.finditer(text)
        if country_of(m.group(2)) not in (None, "ID")
    }
    entry = any(_ENTRY.fullmatch(f.sentence.text.strip()) for f, _, _ in found)
    if len(own_ties) < 2 and not entry:
        return None  # a foreign paper's story of one tie with us, not a list of the owner's own
    named = re.compile(rf"\b{re.escape(owner.name)}\b", re.I)
    told = next((t for t in texts if named.search(t)), found[0][0].sentence.text)
    drafts: list[Draft] = []
    for facts, name, end in found:
        local = canonical(name)
        if any(d.local_party == local for d in drafts):
            continue
        date = _date(facts, end, name, all_facts)
        # the partner is vouched for where the page names its government; the rest by the list
        tie = tie_draft(owner, local, "sister_city", facts.sentence.text, date, partner_told=told)
        drafts.append(tie)
    return drafts


# "Signed 28 October 1988 in Ambon, 21 July 1989 in Darwin": a line of the page's tie's signings.
_SIGNING_LINE = re.compile(r"[-•*\s]*Sign(?:ed|ing)\b\s+(?:on\s+)?\d", re.I)


def signing_lines(all_facts: list[Facts], title: str | None) -> None:
    """On a page about a sister-city tie ("Sister City Program of Ambon and Darwin"), a line
    that only says when and where it was signed is the tie's signing, though it names no kind:
    its dates are the tie's, not left to the delegations and races the page goes on about."""
    texts = [title or "", *(f.sentence.text for f in all_facts)]
    if not any(_KIND.search(text) for text in texts):
        return
    for facts in all_facts:
        text = facts.sentence.text
        if facts.types or not facts.dates or not _SIGNING_LINE.match(text):
            continue
        word = re.search(r"Sign\w*", text)
        if word:
            facts.types = [("sister_city", word.start(), word.end())]
            facts.signing = True


_CAPITALISED = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")


def page_subject(
    all_facts: list[Facts], resolve: Callable[[str], object], title: str | None
) -> str | None:
    """The Indonesian government a foreign government's page is about, where no Indonesian
    government acts in a sentence of cooperation ("Surabaya : Mid-north coast city in east Java"
    on Busan City Hall's page, whose signing line misspells it): the one the page names in most
    of its lines, at least twice, when a foreign government acts in a sentence of a tie."""
    if not any(f.types and f.partners for f in all_facts):
        return None
    seen: Counter[str] = Counter()
    for text in (title or "", *(f.sentence.text for f in all_facts)):
        named = set()
        for m in _CAPITALISED.finditer(text):
            words = m.group(0).split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                if resolve(name) == "local":
                    named.add(name)
                    break
        seen.update(named)
    ranked = seen.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


_HEAD_TITLE = re.compile(
    r"(?:Vice |Deputy |Lord |Acting )?(?:Mayor|Governor|Chief Minister|Premier|Chief Executive)",
    re.I,
)
_PLACE_KINDS = ("city", "province", "region")


def the_page_owner_acts(
    all_facts: list[Facts], resolve: Callable[[str], object], title: str | None
) -> None:
    """On a foreign government's page ("Gwangju Metropolitan City News"), its head named without
    the place ("Mayor Kang Gi-jung welcomed a delegation from Makassar City") is the page's
    government acting: where no foreign place is named in a sentence of cooperation, the place
    the page's title names is the partner of the sentences its head acts in."""
    told = [f for f in all_facts if f.types]
    if not title or any(h.ref.kind != "organisation" for f in told for h in f.partners):
        return
    owner = None
    for m in _CAPITALISED.finditer(title):
        words = m.group(0).split()
        refs = (resolve(" ".join(words[:n])) for n in range(len(words), 0, -1))
        owner = next(
            (
                r
                for r in refs
                if isinstance(r, PartnerRef) and r.kind in _PLACE_KINDS and r.country != "ID"
            ),
            None,
        )
        if owner is not None:
            break
    if owner is None or owner.country is None:
        return
    for facts in told:
        head = next(
            (
                p
                for p in facts.people
                if p.titled
                and p.side is None
                and p.partner is None
                and _HEAD_TITLE.fullmatch(p.title.strip())
            ),
            None,
        )
        if head is not None:
            facts.partners.append(PartnerHit(owner, head.start, head.end, via_person=True))


# "... between Jiangxi Province of PRC and East Java of RI": the document's two sides named, a
# foreign place first; the words before our side's name.
_SIDES = re.compile(
    r"\b(?:between|antara)\s+(?P<between>[^.;]{1,80}?)\s+(?:and|dan|dengan)\s+(?:the\s+)?"
    r"(?:(?:Pemerintah|Provinsi|Kota|Kabupaten|Province of|City of|Regency of)\s+)?$",
    re.I,
)
_DOCUMENTS = ("loi", "mou", "agreement", "sister_city")


def our_side_of_the_document(
    all_facts: list[Facts], canonical: Callable[[str], str], home: str
) -> str | None:
    """On a page where no office of ours acts (a foreign consulate's, a partner's), the
    Indonesian government a document names as its other side ("signature of an Intent Letter
    ... between Jiangxi Province of PRC and East Java of RI", real18) is the local party, not
    the city the delegation is first told visiting ("visited Surabaya of East Java")."""
    if any(f.offices for f in all_facts):
        return None
    for facts in all_facts:
        text = facts.sentence.text
        # "concluded with the signature of an Intent Letter": a document by its signing too
        if not (
            facts.signing or _SIGNED.search(text) or any(t[0] in _DOCUMENTS for t in facts.types)
        ):
            continue
        for at, name in facts.parties:
            sides = _SIDES.search(text[:at])
            if sides is None:
                continue
            a, b = sides.span("between")
            if any(a <= h.start < b and h.ref.country not in (None, "ID") for h in facts.partners):
                if name == "home":
                    return home
                return canonical(bare_local(name))
    return None


def not_our_own_side(drafts: list[Draft]) -> list[Draft]:
    """A draft whose partner is its own local party reads our side as the partner ("Wali Kota
    Tidore Kepulauan Muhammad Sinen, S.E bersama Duta Besar Spanyol ...", real22). Only the
    same name: a foreign place that shares a name with another of our regencies ("Malaka,
    Malaysia") stays."""
    kept: list[Draft] = []
    for draft in drafts:
        name = normalise(draft.partner or "")
        if name and name == normalise(draft.local_party or ""):
            continue
        kept.append(draft)
    return kept


# The end of a quote and its speaker: "...,” said Michael Weiner, ... at the Berlin Senate".
_SAID = re.compile(r"[”\"]\s*,?\s*(?:said|says|told|added|explained|kata|ujar|ucap|jelas)\b", re.I)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)


def the_partners_own_voice(all_facts: list[Facts]) -> None:
    """A quote in the first person whose speaker works for a foreign government the sentence
    names after it ("“The oldest city partnership we have is the one with Los Angeles,” said
    Michael Weiner, ... at the Berlin Senate Chancellery", real21) tells the partner's own
    ties: the other foreign places of the quote are not ours. Where the speaker is ours, or
    the quote names our government, the places stay."""
    for facts in all_facts:
        text = facts.sentence.text
        said = _SAID.search(text)
        if said is None or not _WE.search(text[: said.start()]):
            continue
        if any(at < said.start() for at, _ in facts.parties):
            continue
        speakers = {
            partner_key(h.ref)
            for h in facts.partners
            if h.start > said.start() and h.ref.country not in (None, "ID")
        }
        if not speakers:
            continue
        facts.partners = [
            h for h in facts.partners if h.start > said.start() or partner_key(h.ref) in speakers
        ]
