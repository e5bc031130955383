"""The tie an article tells as existing since a year, beside its news of the same partner.

"Kerja sama sister province ini telah terjalin sejak tahun 2004" in a story of an MoU renewed in
2023, "The relations between the two provinces had long been established since 2003" beside a
meeting of 2019: the year belongs to the tie (its own record, a sister city of that year), never
to the news (whose record keeps its own date), and the news's date never to the tie. Read only
where the article has one partner, so the sentence that points back ("ini", "the two
provinces") can only mean it, and where the article speaks of sister cities or provinces at all.
Found on real13 and real14 (issue 23, i31d).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.country_passes import nation_at
from kerjasama_cli.extract.dates import DateMention, find_dates, of_a_renewed_document
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.tie_drafts import bare_local, tie_draft
from kerjasama_cli.geo.names import normalise

_SISTER = dict(lexicon.TYPE_PATTERNS)["sister_city"]
# sister cities spoken of, or a friendship between governments ("friendship relations", "kerja
# sama persahabatan"): the words the expected records file as a sister-city tie
_TWINNED = re.compile(rf"{_SISTER.pattern}|\bfriendship\b|\bpersahabatan\b", re.I)
# The tie told as made and lasting: "telah terjalin", "menjalin", "had long been established".
_LASTING = re.compile(
    r"\b(?:terjalin|dijalin|menjalin|berjalan|bekerja\s*sama|established|twinned|ties|"
    r"relations(?:hip)?|partnership|dibangun|terbangun|built|existed|exists?)\b",
    re.I,
)

# "penjajakan secara virtual yang dilakukan sejak 2020": talks since then, no tie yet
_EXPLORED = re.compile(
    r"\b(?:penjajakan|menjajaki|dijajaki|penawaran|rencana|explor\w*|talks|plan\w*)\b", re.I
)
# pointing back: "the two provinces", "kedua kota", "kerja sama sister province ini"
_BOTH = re.compile(
    r"\b(?:the two|both|kedua) (?:cities|provinces|regions|states|kota|provinsi|daerah|wilayah)\b|"
    r"\b(?:sister[- ](?:city|province|state)|kota kembar|provinsi kembar)\s+(?:ini|tersebut|itu)\b",
    re.I,
)


# "a new era of cooperation that has existed since 2019": the cooperation of the one partner
_THE_TIE = re.compile(
    r"\b(?:cooperation|relationship|partnership|kerja\s*sama|hubungan)\s+(?:that|which|yang)\s+"
    r"(?:has|have|had|telah|sudah)\b",
    re.I,
)


def _named(news: Draft, text: str) -> bool:
    """Whether the sentence names the news's partner as written, though no hit is left of it
    ("Kota Ichikawa dengan Kota Medan yang telah dibangun sejak tahun 1989": a line of its own,
    where the partner test found no government acting)."""
    name = re.escape(news.partner or "")
    return bool(name) and bool(re.search(rf"\b{name}\b", text, re.I))


_THE_PARTNERS = ("partner", "country", "region", "local_party")


def _one_partner(drafts: list[Draft]) -> Draft | None:
    keys = {normalise(d.partner or "") for d in drafts}
    if len(keys) != 1 or not drafts[0].partner:
        return None
    return drafts[0] if drafts[0].partner_kind in ("city", "province", "region") else None


def _of_the_partner(news: Draft, all_facts: list[Facts]) -> list[Facts]:
    """The article's sentences that name no partner but the news's (or none)."""
    key = normalise(news.partner or "")
    return [
        f
        for f in all_facts
        if not f.dropped and all(normalise(h.ref.name) == key for h in f.partners)
    ]


def ties_since(drafts: list[Draft], all_facts: list[Facts]) -> list[Draft]:
    """The drafts, with the sister-city tie the article tells as existing since a year added
    where no draft of that partner holds it (see the module docstring)."""
    news = _one_partner(drafts)
    if news is None or any(d.type == "sister_city" for d in drafts):
        return drafts
    if not any(_TWINNED.search(f.sentence.text) for f in all_facts if not f.dropped):
        return drafts
    for facts in _of_the_partner(news, all_facts):
        text = facts.sentence.text
        since = {d.iso: d for d in facts.dates if d.since and not d.source}
        if len(since) != 1 or not _LASTING.search(text) or _EXPLORED.search(text):
            continue
        if not (
            facts.partners
            or facts.anaphor
            or _BOTH.search(text)
            or _THE_TIE.search(text)
            or _named(news, text)
        ):
            continue  # naming nobody and pointing back to nothing: not this tie surely
        (date,) = since.values()
        same = [d for d in drafts if d.date == date.iso]
        for draft in same:
            # "sejak 2017 Pemda DIY dan Pemerintah Negara Bagian Victoria ... telah menjalin kerja
            # sama persahabatan": the cooperation read from the tie's own sentence is the tie
            if (
                draft.type == "other"
                and draft.evidence.get("type") == text
                and _TWINNED.search(text)
            ):
                draft.type, draft.stage = "sister_city", "signing"
                draft.evidence["stage"] = text
        if same:
            return drafts
        tie = dataclasses.replace(
            _record_of(news, "sister_city", date.iso, date.text, text), since=True
        )
        return [*drafts, tie]
    return drafts


def renewed_documents(
    drafts: list[Draft], all_facts: list[Facts], published: dt.date | None
) -> list[Draft]:
    """ "the plan to extend the MoU Sister City between Denpasar and Mossel Bay signed in 2019":
    the document a renewal renews, told as signed on a date, is its own record of that date (the
    renewal never takes it: dates.of_an_origin), where the article has one partner."""
    news = _one_partner(drafts)
    if news is None:
        return drafts
    for facts in _of_the_partner(news, all_facts):
        text = facts.sentence.text
        for date in find_dates(text, published):
            if not of_a_renewed_document(text, date):
                continue
            kinds = [t for t, _, _ in lexicon.find_types(text[: date.start]) if t in _SIGNED]
            if not kinds or any(d.date == date.iso for d in drafts):
                return drafts
            # "MoU Sister City ... signed in 2019": the document, not the tie it is about
            kind = next((k for k in reversed(kinds) if k != "sister_city"), kinds[-1])
            return [*drafts, _record_of(news, kind, date.iso, date.text, text)]
    return drafts


_SIGNED = ("loi", "mou", "agreement", "sister_city")
_KINDS = {"agreement_word": "agreement"}


def documents_before_the_partner(drafts: list[Draft], all_facts: list[Facts]) -> list[Draft]:
    """ "Erwin M.: Many topics of our partnership have already been set out in our
    administrative agreement signed on June 20, 1988" (real18's Hildesheim interview), told
    before either government is named: in a story of one partner, a sentence that names no
    partner and tells a document signed on one date is that partner's record of the date,
    where no draft holds the date (clustering attaches a sentence only to a partner named
    before it)."""
    news = _one_partner(drafts)
    if news is None:
        return drafts
    first = min(
        (f.sentence.index for f in all_facts for h in f.partners if not f.dropped),
        default=None,
    )
    for facts in all_facts:
        if first is None or facts.sentence.index >= first or facts.dropped or facts.partners:
            continue
        if not facts.signing or facts.exploring or facts.planned_event or facts.parties:
            continue
        kinds = [_KINDS.get(t, t) for t, _, _ in facts.types if _KINDS.get(t, t) in _SIGNED]
        dates = {d.iso: d for d in facts.dates if not d.source and not d.relative}
        if not kinds or len(dates) != 1:
            continue
        (date,) = dates.values()
        if any(d.date == date.iso for d in drafts):
            continue
        kind = next((k for k in kinds if k != "sister_city"), kinds[0])
        # the partnership talked of with no kind, date or stage is this document's tie
        drafts = [d for d in drafts if d.type != "other" or d.date or d.stage]
        drafts = [*drafts, _record_of(news, kind, date.iso, date.text, facts.sentence.text)]
    return drafts


def _record_of(
    news: Draft, kind: str, date: str | None, date_text: str | None, sentence: str
) -> Draft:
    """A record of the news's partner, of `kind` and `date`, told in `sentence` alone."""
    told = ("type", "date", "stage") if date else ("type", "stage")
    return dataclasses.replace(
        news,
        type=kind,
        date=date,
        date_text=date_text,
        local_signatory=None,
        partner_signatory=None,
        sectors=[],
        title=None,
        # the partner's own evidence is the news's; what the record is, when, and its stage
        # are the sentence's
        evidence={k: v for k, v in news.evidence.items() if k in _THE_PARTNERS}
        | dict.fromkeys(told, sentence),
        since=False,
        stage="loi" if kind == "loi" else "signing",
        match=None,
    )


# "Both have been working through the Sister City": a sister city told as there, no year given
_THERE = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+)?been\b|\b(?:telah|sudah)\s+(?:lama\s+)?(?:terjalin|"
    r"dijalin|menjalin|memiliki|mempunyai|bekerja\s*sama|berjalan)\b|\bselama ini\b|"
    r"\bwas established\b",
    re.I,
)
_TO_COME = re.compile(
    r"\b(?:will|would|shall|akan|hendak|ingin|want\w*|plan\w*|rencana\w*|harap\w*|hope\w*|"
    r"toward\w*|menuju|calon|future|propos\w*|usul\w*|if|jika|apabila)\b",
    re.I,
)
_BOTH_BARE = re.compile(r"\b(?:both|keduanya|kedua\s+(?:belah\s+)?pihak)\b", re.I)


def tie_told_existing(drafts: list[Draft], all_facts: list[Facts]) -> list[Draft]:
    """The drafts, with the sister city an article of one partner tells as existing without a
    year ("Both have been working through the Sister City", real18's Tokyo) added as an undated
    record of its own, where no draft holds a sister city. Not a sister city still to come
    ("will be working towards"), nor a dated sentence (ties_since reads those), nor beside a
    document of the partner (an LoI or MoU the story reports is that tie's own: real16's
    Seattle MoU, real17's Hangzhou LoI)."""
    news = _one_partner(drafts)
    if news is None or any(d.type in _SIGNED for d in drafts):
        return drafts
    for facts in _of_the_partner(news, all_facts):
        text = facts.sentence.text
        if any(not d.source for d in facts.dates):
            continue
        if not (_SISTER.search(text) and _THERE.search(text)):
            continue
        if _TO_COME.search(text) or _EXPLORED.search(text):
            continue
        if facts.partners or facts.anaphor or _BOTH_BARE.search(text) or _named(news, text):
            return [*drafts, _record_of(news, "sister_city", None, None, text)]
    return drafts


@dataclass(frozen=True)
class ListedTie:
    """A tie a sentence lists with its own year: the partner, the year, our governments the
    sentence names, the sentence."""

    ref: PartnerRef
    date: DateMention
    parties: frozenset[str]
    sentence: str


def listed_since(
    all_facts: list[Facts], home: str, canonical: Callable[[str], str]
) -> list[ListedTie]:
    """ "perjanjian provinsi kembar antara Yogyakarta dengan 2 provinsi di Korea Selatan yaitu
    provinsi Gyeongsangbuk-do yang telah dimulai sejak tahun 2005 dan provinsi Gangwon sejak
    tahun 2010" (real17): each place of a sentence of sister ties followed by its own "sejak
    YEAR" / "since YEAR" (before the next place) is a tie of that year. Read before the partner
    test, which keeps a place only where its government acts (a member of such a list does
    not), and kept where the sentence names the article's local party (pairs_of_ties)."""
    found: list[ListedTie] = []
    for facts in all_facts:
        text = facts.sentence.text
        if not _TWINNED.search(text) or _EXPLORED.search(text):
            continue
        since = [d for d in facts.dates if d.since and not d.source]
        hits = sorted(
            (h for h in facts.partners if h.ref.kind in ("city", "province", "region")),
            key=lambda h: h.start,
        )
        parties = frozenset(
            home if name == "home" else canonical(bare_local(name))
            for at, name in facts.parties
            if not nation_at(facts, at)
        )
        for n, hit in enumerate(hits):
            stop = hits[n + 1].start if n + 1 < len(hits) else len(text)
            own = [d for d in since if hit.end <= d.start < stop and d.start - hit.end <= 80]
            if len(own) == 1 and hit.ref.country not in (None, "ID"):
                found.append(ListedTie(hit.ref, own[0], parties, text))
    return found


def _ours(parties: frozenset[str], local: str) -> bool:
    """Whether the sentence names the local party: by its name, or by the last word of it
    ("Yogyakarta" for Daerah Istimewa Yogyakarta, as drafts._short_party reads it)."""
    return any(name == local or local.endswith(f" {name}") for name in parties)


def listed_since_records(drafts: list[Draft], listed: list[ListedTie], local: str) -> list[Draft]:
    """The drafts, with each listed tie of the local party (listed_since) as its own sister
    city of its year; an undated draft of the same partner from the same sentence (its
    "perjanjian" read as an agreement) is that tie, and gives way."""
    for tie in listed:
        if not _ours(tie.parties, local):
            continue
        key = normalise(tie.ref.name)
        same = [d for d in drafts if normalise(d.partner or "") == key]
        drafts = [
            d
            for d in drafts
            if not (
                any(d is s for s in same)
                and d.date is None
                and d.evidence.get("type") == tie.sentence
            )
        ]
        if any(d.date == tie.date.iso for d in same):
            continue
        drafts.append(tie_draft(tie.ref, local, "sister_city", tie.sentence, tie.date, since=True))
    return drafts


__all__ = [
    "ListedTie",
    "documents_before_the_partner",
    "listed_since",
    "listed_since_records",
    "renewed_documents",
    "tie_told_existing",
    "ties_since",
]
