"""Clusters of mentions into Drafts: partner, type, date, local party, signatories, sectors."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from kerjasama_cli.extract import lexicon, subjects
from kerjasama_cli.extract.assemble import Cluster, Draft
from kerjasama_cli.extract.background import home_acting
from kerjasama_cli.extract.country_passes import nation_at
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.people import OFFICE_WORDS, PersonMention
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.extract.record_dates import RECEIVES, said_day
from kerjasama_cli.extract.record_types import settled_type
from kerjasama_cli.extract.sector_frames import told_as_running
from kerjasama_cli.extract.signatories import (
    heads_told_signing,
    only_tells,
    sided_by_their_government,
    signed_by,
    signing_told,
    stood_in_for,
)
from kerjasama_cli.extract.stages import (
    EXPLORATION,
    INITIATIVE,
    TIE_RUNS,
    approval_reached,
    stage_of,
    still_to_come,
    told_before,
)
from kerjasama_cli.geo.names import normalise

_PROGRAMME_NAME = re.compile(
    r"[“\"]([^”\"]{6,90})[”\"]|((?:[A-Z][\w-]*\s+(?:and\s+|for\s+|of\s+|&\s+)?){1,7}Program(?:me)?)\b"
)
_NAMED = re.compile(
    r"program(?:me)?\s+[“\"]([^”\"]{6,90})[”\"]|[“\"]([^”\"]{6,90})[”\"]\s+program(?:me)?", re.I
)
_HEAD = re.compile(
    r"\b(?:Gubernur|Governor|Wali Nanggroe|Wali ?[Kk]ota|Walikota|Wako|Mayor|Bupati)\b"
)
# Type words the drafts export under another name (grounds.py reads a type word the same way).
EXPORTED_TYPE = {"membership": "other", "agreement_word": "agreement"}


# "... selama ini sudah terjalin sangat baik dan diharapkan terus berlanjut, baik dalam hal
# kerja sama ekonomi ...": the running cooperation the news hopes to carry on is its talk.
_GOES_ON = re.compile(
    r"\b(?:diharapkan|berharap|harapkan|hope[sd]?|expected)\b[^.]{0,40}?\b(?:terus\s+)?"
    r"(?:berlanjut|dilanjutkan|ditingkatkan|diperluas|continue[sd]?|go on|be strengthened|"
    r"expand(?:ed)?)\b",
    re.I,
)


def _bare_local(name: str) -> str:
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
        if any(canonical(_bare_local(name)) == local for name in facts.locals):
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
        named = {canonical(_bare_local(name)) for name in facts.locals}
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
        parties = [(at, name) for at, name in facts.parties if not nation_at(facts, at)]
        if facts.partners and facts.types and parties and not facts.dropped:
            first = min(parties)[1]
            return home if first == "home" else _bare_local(first)
    home_count = sum(_home_named(f) for f in all_facts)
    home_count += sum(p.side == "home" and p.titled for f in all_facts for p in f.people)
    others = Counter(_bare_local(name) for f in all_facts for name in f.locals)
    if others and home_count == 0:
        return others.most_common(1)[0][0]
    return home if home_count else None


_TITLE_WORDS = re.compile(
    r"^(?:(?:Pj|Plt|Plh|Penjabat|Wakil|Acting|Vice|Deputy)\.?\s+)?(?:Gubernur|Wali\s?[Kk]ota|"
    r"Walikota|Bupati|Governor|Mayor|Regent|Sekda|Sekretaris Daerah)\s+"
)


_TITLE_AFTER = re.compile(
    r"\s+(?:(?:Vice|Deputy)[\s-]+)?(?:Governor|Mayor|Regent|Premier|Gubernur|Bupati|Wali ?Kota|"
    r"Walikota)$"
)


def _pick(
    people: list[tuple[PersonMention, Facts]],
    side: str,
    cluster: Cluster,
    local: str,
    canonical: Callable[[str], str] = str,
) -> tuple[PersonMention | None, str | None]:
    partner_key = normalise(cluster.partner.name)
    for person, facts in people:
        if stood_in_for(person, facts):
            continue
        if side == "home" and person.side == "home":
            return person, facts.sentence.text
        if (
            side == "home"
            and person.side == "local"
            and (
                normalise(local) in normalise(person.title)
                or canonical(_TITLE_WORDS.sub("", person.title)) == local
                or canonical(_TITLE_AFTER.sub("", person.title))
                == local  # "Central Java Vice-Governor"
            )
        ):
            # "Wali Kota Surabaya" when Surabaya signs, "Gubernur NTB" for Nusa Tenggara Barat
            return person, facts.sentence.text
        own = _bare_local(local) if side == "home" else cluster.partner.name
        seat = normalise(own) + " "
        if person.side is None and normalise(person.name).startswith(seat):
            # "Bupati Minahasa Royke Roring", "Wali Kota Wewak Hon Charles Malenki": the seat
            # before the name is the party's own
            words = person.name.split()[len(seat.split()) :]
            while words and (
                _HONORIFIC_WORD.match(words[0]) or normalise(words[0]) in OFFICE_WORDS
            ):
                words = words[1:]
            if len(words) >= 2:
                return replace(person, name=" ".join(words), side=side), facts.sentence.text
        if (
            side == "partner"
            and person.side == "partner"
            and person.partner is not None
            and normalise(person.partner.name) == partner_key
        ):
            return person, facts.sentence.text
        if (
            side == "partner"
            and person.side is None
            and _TITLE_WORDS.match(person.title)
            and normalise(_TITLE_WORDS.sub("", person.title)) == partner_key
        ):
            # "Gubernur Madang, Peter Yama": a seat the gazetteer cannot vouch for (it might
            # be Indonesian), but it is the record's own partner: its head.
            return replace(person, side=side), facts.sentence.text
    return None, None


_ID_HEAD = re.compile(r"(?:Pj |Plt )?(?:Gubernur|Wali ?[Kk]ota|Walikota|Bupati)")
_HONORIFIC_WORD = re.compile(r"^(?:Hon|Mr|Mrs|Ms|Dr|Bapak|Pak|Ibu)\.?$")
_DEPUTY = re.compile(r"(?:Wakil|Vice|Deputy|Sekda|Sekretaris|Asisten|Kepala)\b")
# "Penandatanganan dilakukan Wali Kota ...": a sentence whose subject is the signing told before.
_THE_SIGNING = re.compile(
    r"(?:Penandatanganan|The signing)\b(?! (?:MoU|LoI|nota|surat|naskah))", re.I
)
_DEPUTY_HEAD = re.compile(
    r"(?:Wakil|Vice|Deputy) (?:Gubernur|Governor|Wali ?[Kk]ota|Walikota|Mayor|Bupati|Regent)\b"
)
_FUTURE = re.compile(r"\b(?:akan|will)\s+(?:\w+\s+)?$", re.I)


def _a_place(name: str, facts: Facts, ref: PartnerRef) -> bool:
    """Whether a name is one of the places the sentence or the record names, or begins with
    the partner's ("Vlissingen Bas Van Den Tillaar": the partner's man, never the local one)."""
    places = {normalise(ref.name)} | {normalise(h.ref.name) for h in facts.partners}
    places |= {normalise(v.ref.name) for v in facts.venues}
    key = normalise(name)
    return key in places or bool(ref.name) and key.startswith(normalise(ref.name) + " ")


def _a_state_visit(cluster: Cluster) -> bool:
    """Whether a visit of the record is made by an Indonesian state body ("kunjungan dari
    jajaran Direktorat Eropa II Kementerian Luar Negeri")."""
    for mention in cluster.mentions:
        text = mention.facts.sentence.text
        for rtype, _, end in mention.facts.types:
            body = subjects.state_visitor(text, end) if rtype == "visit" else None
            if body is not None and body.start() - end <= 45:
                return True
    return False


def _signed_now(cluster: Cluster, published: dt.date | None) -> bool:
    """A document the article reports signed, lately or at a date it does not give."""
    if not any(m.facts.signing for m in cluster.mentions):
        return False
    date = cluster.date
    if date is None:
        # "... telah terjalin sejak 1997, ketika LoI ditandatangani": an undated document told
        # beside an old year is history, not signed now.
        recent = (published - dt.timedelta(days=45)).isoformat() if published else None
        return not any(
            d.iso[:4] < (recent or "0")[:4] or recent and len(d.iso) == 10 and d.iso < recent
            for m in cluster.mentions
            for d in m.facts.dates
            if not d.source
        )
    if published is None:
        return False  # a dated document, and no day to tell whether it is news or history
    return date.iso >= (published - dt.timedelta(days=45)).isoformat()


def _names_partner(facts: Facts, cluster: Cluster) -> bool:
    """Whether a sentence names the record's partner."""
    key = normalise(cluster.partner.name)
    return any(normalise(h.ref.name) == key for h in facts.partners)


def _hosts(facts: Facts, cluster: Cluster) -> bool:
    """A sentence where the local head meets the event's partner: it names the partner, or
    tells a reception that has happened ("diterima Wali Kota ...", not "akan disambut")."""
    text = facts.sentence.text
    if _names_partner(facts, cluster):
        return True
    received = RECEIVES.search(text)
    return bool(received) and not _FUTURE.search(text[: received.start()])


def _planning_lead(article: list[Facts]) -> Facts | None:
    """The lead sentence when it tells the cooperation only as a plan ("akan menjalin kerja
    sama", "Rencana kerja sama") and no sentence of the story signs anything."""
    told = [f for f in article if f.types and not f.dropped]
    if not told or any(f.signing for f in article if not f.dropped):
        return None
    lead = told[0]
    plan = lead.exploring and all(rtype == "other" for rtype, _, _ in lead.types)
    return lead if plan else None


def build(
    cluster: Cluster,
    home: str,
    local: str,
    published: dt.date | None,
    canonical: Callable[[str], str] = str,
    article: list[Facts] | None = None,
) -> Draft:
    """One Draft from a cluster, with the sentence behind each field (`article`: every
    sentence's facts, where an event's host may be named)."""
    rtype = cluster.rtype
    first = min(cluster.mentions, key=lambda m: m.facts.sentence.index)
    facts_all = sorted(
        {id(m.facts): m.facts for m in cluster.mentions} | {id(f): f for f in cluster.extra}
        and {
            **{id(m.facts): m.facts for m in cluster.mentions},
            **{id(f): f for f in cluster.extra},
        }.values(),
        key=lambda f: f.sentence.index,
    )
    if still_to_come(rtype, cluster.date is not None, [m.facts for m in cluster.mentions], article):
        rtype = "other"
    typed = next((m for m in cluster.mentions if m.rtype == rtype), first)
    rtype = settled_type(rtype, cluster, article)  # an envoy's call, a tie told as existing
    evidence = {"partner": first.facts.sentence.text, "type": typed.facts.sentence.text}
    ref = cluster.partner
    if ref.country:
        evidence["country"] = next(
            (m.facts.sentence.text for m in cluster.mentions if m.partner.country),
            first.facts.sentence.text,
        )
    date = cluster.date
    date_text = None
    if date is not None and date.since and rtype in lexicon.DOCUMENT_TYPES:
        # "hubungan kerja sama ... telah dimulai sejak tahun 2010": when working together
        # began, told without the document's name, does not date the document.
        holder = next(m for m in cluster.mentions if m.date is date)
        if not any(t[0] in lexicon.DOCUMENT_TYPES for t in holder.facts.types):
            date = None
    told_in: Facts | None = None
    if date is not None and rtype == "other":
        # "dijadwalkan pada 10 hingga 14 Juli 2017 yang akan datang akan dilaksanakan Kunjungan
        # Kerja": the day a visit still to come is scheduled for does not date the plan. It is
        # dated by the day it was told ("Demikian disampaikan ..., Kamis (22 Juni 2017)"),
        # when the article says so once.
        holder = next(m for m in cluster.mentions if m.date is date)
        if holder.facts.planned_event:
            date = None
    if date is None and rtype in ("other", "meeting", "visit"):
        # the plan, or the call it was told at ("Hal itu disampaikan ... saat ramah tamah ...,
        # Rabu (4/9/2024)"): the day it was told
        date, told_in = said_day(article or []) or (None, None)
    if date is not None:
        if told_in is None:
            told_in = next(m for m in cluster.mentions if m.date is date).facts
        evidence["date"] = told_in.sentence.text
        date_text = date.text
        if date.relative and published is not None:
            date_text = f"{date.text} in an article of {published.isoformat()}"
    # Signatories: people of signing sentences first, then of the record's other sentences.
    people: list[tuple[PersonMention, Facts]] = []
    if rtype in lexicon.EVENT_CLASS:
        people = [(p, f) for f in facts_all for p in f.people]
    elif rtype in lexicon.DOCUMENT_TYPES or rtype in ("membership", "programme"):
        # Only names tied to the signing: the sentences that tell it (a visit's hosts and
        # guests, a signing still to come's are no signers; a launch is a programme's signing).
        told = signing_told if rtype in lexicon.DOCUMENT_TYPES else (lambda f: f.signing)
        signing = [f for f in facts_all if told(f)]
        people = [
            (p, f)
            for f in signing
            for p in f.people
            if (p.titled or signed_by(p, f)) and not only_tells(p, f)
        ]
        people = sided_by_their_government(people, ref, _bare_local(local))
    local_signatory, local_sentence = _pick(people, "home", cluster, local, canonical)
    if local_signatory is None and rtype in ("visit", "meeting") and article:
        # A visit or meeting is received by the local party's head wherever the article names
        # him ("disambut hangat oleh Wakil Walikota Bukittinggi Marfendi" three sentences on).
        named = [
            (p, f)
            for f in article
            if not f.dropped and _hosts(f, cluster)
            for p in f.people
            if p.titled and not _DEPUTY.match(p.title)
        ]
        local_signatory, local_sentence = _pick(named, "home", cluster, local, canonical)
    partner_signatory, partner_sentence = _pick(people, "partner", cluster, local)
    # A head of government the text gives no place for ("Governor Pramono Anung signed"):
    # the side still empty, when the other is filled or the partner has no such head.
    # Not a seat read as a name ("Walikota Bogor dan Walikota Lankaran": Lankaran is a place).
    unknown = [
        (p, f)
        for p, f in people
        if p.side is None and not _a_place(p.name, f, ref) and not stood_in_for(p, f)
    ]
    for person, facts in unknown:
        taken = {local_signatory.name if local_signatory else None}
        taken.add(partner_signatory.name if partner_signatory else None)
        if person.name in taken:
            continue
        if local_signatory is None and (
            partner_signatory is not None
            or ref.kind in ("organisation", "institution", "country", "")
            or _ID_HEAD.fullmatch(person.title)  # "Gubernur Mahyeldi": no seat, the local head
        ):
            local_signatory, local_sentence = person, facts.sentence.text
        elif partner_signatory is None and local_signatory is not None:
            partner_signatory, partner_sentence = person, facts.sentence.text
    if (
        rtype in lexicon.DOCUMENT_TYPES
        and article
        and (local_signatory is None or partner_signatory is None)
        and _signed_now(cluster, published)
        # the heads sign only a signing the record's sentences tell (not a launch, a plan, nor
        # one a speaker only tells of: "McDonald said an MoU had been signed years ago")
        and any(signing_told(f) and not any(only_tells(p, f) for p in f.people) for f in facts_all)
    ):
        # A document signed now is signed by the two heads the article names, wherever
        # ("Yii ... represented the MCC, while South Tangerang City was represented by Mayor
        # Benyamin Davnie"; "both mayors signed").
        heads = [
            (p, f)
            for f in article
            if not f.dropped
            for p in f.people
            # a partner's representative signs for it too ("dengan perwakilan pemerintah
            # Kota Zhang Zhou, Zheng Limins")
            if p.titled
            and (_HEAD.search(p.title) or p.title.startswith("Perwakilan "))
            and not _DEPUTY.match(p.title)
        ]
        if partner_signatory is None:
            partner_signatory, partner_sentence = _pick(heads, "partner", cluster, local)
        # The local head only beside the partner's: a list of older partners ("sister city
        # ketiga setelah Chungcheongnam-do dan Heidelberg") names no signatory of theirs.
        if local_signatory is None and (partner_signatory is not None or cluster.date):
            # ... or alone, for a document dated as news ("Dalam kesempatan tersebut juga
            # dilakukan penandatanganan MoU", the mayor of the local party named attending):
            # the head whose title is the local party's.
            local_signatory, local_sentence = _pick(heads, "home", cluster, local, canonical)
        if local_signatory is None and partner_signatory is not None:
            for person, facts in heads:
                if (
                    person.side is None
                    and partner_signatory.name not in person.name
                    and not _a_place(person.name, facts, ref)
                    and not stood_in_for(person, facts)
                ):
                    local_signatory, local_sentence = person, facts.sentence.text
                    break
    if (
        rtype in lexicon.DOCUMENT_TYPES
        and article
        and (local_signatory is None or partner_signatory is None)
    ):
        # "Penandatanganan dilakukan Wali Kota Padang X bersama Wali Kota Gondar City Y": a
        # signing sentence naming the document's partner names its signers, wherever it is
        # (the sentence may have gone to another record, a visit). Titled heads only.
        # The sentence points back at a signing told before it: a tie told after it
        # ("Sebelumnya ... sejak tahun 1993") is not the one it names the signers of.
        first = min(m.facts.sentence.index for m in cluster.mentions)
        signers = [
            (p, f)
            for f in article
            if not f.dropped
            and signing_told(f)
            and f.sentence.index > first
            and _names_partner(f, cluster)
            and _THE_SIGNING.match(f.sentence.text)
            for p in f.people
            if p.titled and _HEAD.search(p.title) and not _DEPUTY.match(p.title)
        ]
        if local_signatory is None:
            local_signatory, local_sentence = _pick(signers, "home", cluster, local, canonical)
        if partner_signatory is None:
            partner_signatory, partner_sentence = _pick(signers, "partner", cluster, local)
    if rtype in lexicon.DOCUMENT_TYPES and article and not (local_signatory and partner_signatory):
        both = [
            (p, f)
            for p, f in heads_told_signing(facts_all, article)
            if _HEAD.search(p.title) and not _DEPUTY.match(p.title)
        ]
        if local_signatory is None:
            local_signatory, local_sentence = _pick(both, "home", cluster, local, canonical)
        if partner_signatory is None:
            partner_signatory, partner_sentence = _pick(both, "partner", cluster, local)
    if local_sentence:
        evidence["local_signatory"] = local_sentence
    if partner_sentence:
        evidence["partner_signatory"] = partner_sentence
    sectors: list[str] = []
    # News (a visit, or a document signed now) takes no fields from cooperation told as
    # already running: those are what came before it.
    news = rtype in lexicon.EVENT_CLASS or (
        rtype in lexicon.DOCUMENT_TYPES and _signed_now(cluster, published)
    )
    # ... unless the sentence tells this record's own signing ("Sebelumnya, kedua belah pihak
    # telah menandatangani Letter of Intent mengenai ... kerja sama di bidang ekonomi").
    signed_here = {id(m.facts) for m in cluster.mentions if m.facts.signing}
    # An article naming many partners: cooperation told as running, in a sentence naming none of
    # them ("bentuk-bentuk kerja sama sister city yang telah dijalin selama ini seperti ..."), is
    # about all the ties, none of them in particular.
    own = {id(m.facts) for m in cluster.mentions}
    many = len({normalise(h.ref.name) for f in article or [] for h in f.partners}) >= 3
    for facts in facts_all:
        if (
            news
            and id(facts) not in signed_here
            and told_as_running(facts.sentence.text)
            and not _GOES_ON.search(facts.sentence.text)
        ):
            continue
        # ... nor a sentence that lists three of them or more as running ("hubungan sister city
        # yang sudah terjalin selama ini seperti dengan Penang, Ichikawa, Gwangju ... dapat
        # diefektifkan pada kerja sama di bidang investasi").
        listed = len({normalise(h.ref.name) for h in facts.partners}) >= 3
        if many and (id(facts) not in own or listed) and told_as_running(facts.sentence.text):
            continue
        for code in facts.sectors:
            if code not in sectors:
                sectors.append(code)
                evidence.setdefault("sectors", facts.sentence.text)
    title = None
    if rtype == "programme" and not ref.name:
        m = _NAMED.search(" ".join(f.sentence.text for f in facts_all))
        title = (m.group(1) or m.group(2)) if m else None
    elif rtype == "programme":
        for facts in facts_all:
            m = _PROGRAMME_NAME.search(facts.sentence.text)
            if m:
                title = (m.group(1) or m.group(2)).strip()
                break
    own = sorted({m.facts.sentence.index: m.facts for m in cluster.mentions}.items())
    # A document type survived the reading: it was signed, whatever else the story explores.
    exploring = rtype not in lexicon.DOCUMENT_TYPES and any(
        m.facts.exploring for m in cluster.mentions if m.rtype == rtype
    )
    # A document's stage is told by its own sentences, not by the plan to renew it joined to
    # it ("akan dilakukan penandatanganan perpanjangan nota kesepakatan MoU ... sister
    # province": the sister province is signed; the renewal is a plan beside it).
    planned_beside = {
        id(m.facts)
        for m in cluster.mentions
        if rtype in lexicon.DOCUMENT_TYPES and m.facts.exploring
    }
    if len(planned_beside) < len(own):
        own = [(i, f) for i, f in own if id(f) not in planned_beside]
    told = [f.sentence.text for _, f in own] + told_before([i for i, _ in own], article or [])
    if rtype in lexicon.EVENT_CLASS:
        # "Pertemuan ini adalah awal untuk membahas peluang ...", "Kehadiran ... dalam rangka
        # membahas ...": the sentences the event took in tell what it was for.
        told += [f.sentence.text for f in cluster.extra if not f.signing]
    # The sentence whose words made the type word a plan says which plan it is ("inisiatif
    # Sister Province" is an initiative, though a later sentence hopes the agenda "dibahas").
    governing = [f.sentence.text for _, f in own if f.exploring][:1]
    stage = exploring and governing and stage_of("other", governing, True)
    stage = stage or stage_of(EXPORTED_TYPE.get(rtype, rtype), told, exploring)
    stage = approval_reached(stage, EXPORTED_TYPE.get(rtype, rtype), told)
    if stage:
        evidence["stage"] = (next((f for _, f in own if f.exploring), own[0][1])).sentence.text
    # "menerima kunjungan dari jajaran Direktorat Eropa II Kementerian Luar Negeri ... untuk
    # menjajaki ... sister city dengan Kota Varaždin": the Indonesian state's own visit, not
    # the partner's: the record is the exploration.
    if (
        rtype == "visit"
        and stage == EXPLORATION
        and partner_signatory is None
        and _a_state_visit(cluster)
    ):
        rtype = "other"
    lead = _planning_lead(article or [])
    if (
        rtype in lexicon.EVENT_CLASS
        and stage == "implementation"
        and lead is not None
        # "... upaya penguatan hubungan ... kerja sama yang telah terjalin baik antara ...": the
        # event's own sentences tell a tie that runs; the lead's call to strengthen it is its use
        and not any(TIE_RUNS.search(text) for text in told)
    ):
        # "Pemkab ... akan menjalin kerja sama dengan ... Rencana itu hasil kunjungan ...": the
        # story's lead says the tie is still to be made and nothing is signed: the visit
        # explored it.
        stage = EXPLORATION
        evidence["stage"] = lead.sentence.text
    if stage == INITIATIVE and rtype in ("visit", "meeting"):
        # "kunjungan kerja ... membahas rencana kerjasama kota kembar", a consul general's call
        # offering a sister province: a plan talked of at a visit or meeting that happened is
        # explored there (the corpus labels almost no event `initiative`)
        stage = EXPLORATION
    planned = stage in (EXPLORATION, INITIATIVE) and rtype in ("other", "programme")
    if planned and local_signatory is None:
        # A plan has no signature yet: the local head who makes it in the record's own
        # sentences ("Gubernur Riau H Syamsuar akan menindaklanjuti rencana ...") is who the
        # user files it under. Titled heads only, never a deputy or an office.
        heads = [
            (p, f)
            for f in facts_all
            for p in f.people
            if p.titled and _HEAD.search(p.title) and not _DEPUTY.match(p.title)
        ]
        local_signatory, local_sentence = _pick(heads, "home", cluster, local, canonical)
        if local_signatory is None and article:
            # No head named anywhere: the deputy head who received the proposal ("saat bertemu
            # Wakil Bupati Gianyar, ...") stands for the local government. Never a secretary.
            deputies = [
                (p, f)
                for f in article
                if not f.dropped
                for p in f.people
                if p.titled and _DEPUTY_HEAD.match(p.title)
            ]
            if not any(p.titled and _HEAD.match(p.title) for f in article for p in f.people):
                local_signatory, local_sentence = _pick(deputies, "home", cluster, local, canonical)
        if local_sentence:
            evidence["local_signatory"] = local_sentence
    read_from = {f.sentence.index: "referred" for f in cluster.extra}
    read_from |= {m.facts.sentence.index: "own" for m in cluster.mentions}
    return Draft(
        read_from=read_from,
        stage=stage,
        partner=ref.name or None,
        partner_kind=ref.kind or None,
        country=ref.country,
        region=ref.region,
        # A programme only planned or explored ("rencana program kerja sama") runs nowhere yet.
        type="other" if planned and rtype == "programme" else EXPORTED_TYPE.get(rtype, rtype),
        date=date.iso if date else None,
        date_text=date_text,
        local_party=local,
        local_signatory=local_signatory,
        partner_signatory=partner_signatory,
        sectors=sectors,
        title=title,
        evidence=evidence,
        since=bool(date and date.since),
        known=ref.known,
    )
