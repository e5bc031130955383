"""The sectors a sentence says a cooperation covers, not every sector word it holds.

News prose names sectors in passing: a partner's features ("kota pendidikan", "a smart city"),
what two regions share ("kesamaan budaya"), an office or a title ("Dinas Kebudayaan dan
Pariwisata", "Minister for Trade"), a goal ("pertumbuhan ekonomi"), the places a delegation saw
("sekolah", "rumah sakit"). Drafting those as the record's sectors costs the user a correction
each, so a sector counts only inside a *frame*: a list opened by a word that says what the
cooperation covers, in a sentence that speaks of cooperation at all:

- a field word: "di bidang …", "sektor …", "in the areas of …", "aspek …", "dalam hal …",
  or the form it takes: "dalam bentuk …", "berupa …", "in the form of …";
- a scope verb: "meliputi", "mencakup", "difokuskan pada", "focusing on", "covers", "membahas";
- a cooperation word with the sector right after it (within a few words, no comma between):
  "kerja sama pendidikan", "cooperation in trade", "memorandum of understanding on urban
  sustainability", "program pertukaran pelajar";
- a sector word right before a cooperation word: "economic cooperation", "cultural and sports
  exchange programmes", "economic, social and cultural sectors";
- "Under the agreement, …" / "Melalui kerja sama ini, …": the whole sentence tells the content;
- "Yakni …", "They were …": a sentence that only goes on with the list the one before opened.

A frame runs on along a list ("pendidikan, pariwisata, dan budaya"; "trade and investment,
education and training") while each item is short, and ends at a sentence's stop, a clause word
("karena", "because", "said") or an item too long to be a list entry. "termasuk", "seperti",
"including", "such as" carry a frame on only right after a cooperation or field word ("kerja sama
teknis, termasuk pelatihan ASN"; not "future challenges, including climate change").

Not a frame: what a cooperation brings or aims at ("will boost investment", "manfaat ...,
terutama dalam hal ekonomi", "sasaran yang akan dicapai"), what ties of the kind are for
("Sisterhood agreements are designed to ..."), what two places share. Which sector words name a
field at all (not a name, a venue, an office, a qualifier) is sector_words.py's; the cue words
are sector_cues.py's; moving sectors between finished drafts is sector_passes.py's.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.sector_cues import (
    ABOUT,
    AFTER,
    BENEFIT,
    COLON,
    COMMON,
    COOP,
    COOP_WORDS,
    FIELD,
    GENERIC,
    LIST_OPENER,
    LISTING,
    TIES,
    UNDER,
)
from kerjasama_cli.extract.sector_vocabulary import sector_matches
from kerjasama_cli.extract.sector_words import field_words

DONE = re.compile(
    r"\b(?:telah|sudah) (?:di)?(?:lakukan|laksanakan|jalankan|jalin)\w*|\bselama ini\b|"
    r"\b(?:has|have|had) been\b|\bsince\b",
    re.I,
)
# Cooperation told as already running ("selama ini sudah terjalin melalui pertukaran pelajar",
# "relations have been established through student exchange"): the fields of what came before,
# not of a document signed now or a visit reported now (drafts.py).
ALREADY = re.compile(
    r"\b(?:telah|sudah)\s+(?:lama\s+)?(?:ter|di|men|ber)?(?:jalin|jalan|lakukan|laksanakan|jalankan)\w*|"
    r"\bselama ini\b|\bsampai (?:saat )?(?:ini|sekarang)\b|\bhingga (?:kini|saat ini|sekarang)\b|"
    r"\bsejauh ini\b|"
    r"\b(?:has|have|had) been (?:established|running|carried out|going on|ongoing|implemented)\b|"
    r"\b(?:has|have) (?:occurred|taken place)\b|\bso far\b|\bto date\b|"
    # a sentence telling what came before ("Sebelumnya, pada 2019, kedua kota telah menjajaki
    # kerja sama pendidikan")
    r"^(?:Sebelumnya|Sebelum itu|Previously|Earlier|Before that)\b|"
    r"\b(?:telah|sudah)\s+(?:men|di)jajaki\b|"
    # what the tie first covered ("Bidang-bidang yang dilaksanakan pada awal kerja sama adalah
    # ...", "At first, the partnership encompassed ...")
    r"\bpada awal (?:kerja ?sama|hubungan)\b|^(?:At first|Initially|Originally)\b|"
    # an earlier trip or tie told by how long ago it was ("Several months ago we visited Turkey
    # in the framework of cooperation in the fields of ..."): months or years, not the days
    # of the news's own visit
    r"\b(?:several|a few|some|\d+|two|three|four|five) (?:months|years) ago\b|"
    r"\bbeberapa (?:bulan|tahun) (?:yang )?lalu\b",
    re.I,
)
# What will come of a tie told as running ("komunikasi ... telah dilakukan beberapa kali dan akan
# dilanjutkan dengan kolaborasi antardinas, khususnya dalam bidang ..."): the fields after it are
# the next step's, not the past's.
_NEXT = re.compile(r"\b(?:akan|bakal|hendak|will|shall|is to be|are to be)\b", re.I)


def told_as_running(sentence: str) -> bool:
    """Whether the sentence's sectors are those of cooperation told as already running: a
    running-tie phrase (ALREADY) with no word of what comes next between it and the first
    sector word the sentence names."""
    running = ALREADY.search(sentence)
    if running is None:
        return False
    first = next((a for _, a, _ in sector_matches(sentence) if a >= running.end()), None)
    if first is None:
        return True  # the list comes first ("pendidikan dan budaya, yang telah terjalin ...")
    return not _NEXT.search(sentence, running.end(), first)


_STOP = re.compile(
    r"[.!?:]|\b(?:karena|sehingga|namun|tetapi|sedangkan|because|but|while|whereas|said|says|"
    r"kata|ujar|ucap|jelas|tutur|"
    # a relative clause describing a place ("Shandong, yang merupakan provinsi dengan ekonomi
    # terbesar"): the partner's feature, not the list's next entry
    r"yang merupakan|which is|which are)\b",
    re.I,
)
# A purpose clause ends a list ("... iklim dan lingkungan hidup untuk mendukung visi membangun
# kota yang berkelanjutan", "in order to build a sustainable future"): what the cooperation
# serves is not one of its fields. Only a list's run: "kerja sama untuk mengembangkan
# pariwisata" still opens on the field after its purpose verb.
_PURPOSE = re.compile(
    r"\b(?:untuk|guna|demi|agar) (?:me|mem|men|meng|meny)\w+|\bin order to\b|\bso as to\b|"
    r"\bto (?:support|achieve|build|create|realise|realize|boost|help)\b",
    re.I,
)
# What the fields will bring ends a list's run ("di bidang ekonomi tentunya akan meningkatkan
# perekonomian Kota Medan, salah satunya dalam kegiatan ekspor-impor dan investasi", "will boost
# the local economy"): an effect, not a further field.
_EFFECT = re.compile(
    r"\b(?:akan|dapat|bisa|mampu|diharapkan|will|would|could|can|may)\s+(?:\w+\s+)?"
    r"(?:meningkatkan|mendorong|memacu|menumbuhkan|membawa|memberikan|menambah|"
    r"increase|boost|improve|bring|spur|drive|raise)\b",
    re.I,
)
_SEPARATOR = re.compile(r",|;|&|\b(?:dan|serta|atau|maupun|hingga|and|or|as well as)\b", re.I)
# A list entry longer than this is prose ("Di bidang investasi, peluang terbuka dalam
# pengembangan industri perikanan ...": a clause about the field, no list); 4 cut real1-16.
_ITEM_WORDS = 5
# A field word as the subject of a copula: its list follows the copula ("Bidang-bidang yang
# dilaksanakan pada awal kerja sama adalah kunjungan delegasi, olahraga dan kepemudaan").
_COPULA = re.compile(r"\b(?:adalah|ialah|merupakan|are|were|include|included)\b", re.I)
_SUBJECT_WORDS = 12
_REACH = 4  # words from a cooperation word to the first sector it names
_SPAN = 240  # characters a frame may run


def _words(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def _list_like(text: str) -> bool:
    """Text between two sector words of one list: short items, no stop."""
    if len(text) > _SPAN or _STOP.search(text) or _PURPOSE.search(text) or _EFFECT.search(text):
        return False
    return all(_words(item) <= _ITEM_WORDS for item in _SEPARATOR.split(text))


def _opened(text: str, start: int, cues: list[tuple[int, int, bool]]) -> bool:
    """A sector word at `start` that a cue opens: a field word, or a cooperation word a few
    words before it with no comma between (a list opener after a comma resets the count)."""
    for cue_start, cue_end, field in cues:
        if cue_end > start or start - cue_end > _SPAN:
            continue
        # a colon right after the cue opens its list ("Key areas of collaboration include: ...")
        gap = text[cue_end:start]
        if not field and gap.strip() and BENEFIT.search(text[max(0, cue_start - 40) : cue_start]):
            # "Sasaran yang akan dicapai melalui kerja sama itu antara lain ...": what it is to
            # achieve, not what it covers ("manfaat ... melalui program pertukaran mahasiswa"
            # still names the programme)
            continue
        if field:
            gap = _OPENING_COLON.sub(r"\1 ", gap, count=1)
        if COMMON.search(gap):
            continue  # "cooperation, namely similarities in ...: culture, ...": what they share
        if _STOP.search(gap):
            continue
        openers = list(LIST_OPENER.finditer(gap))
        opener = openers[-1] if openers else None
        if opener is not None and not field and BENEFIT.search(gap[: opener.start()]):
            continue  # "kerja sama ... memberikan manfaat ..., terutama dalam hal ...": its gains
        listed = opener is not None and (
            field or _words(gap[: opener.start()]) <= 2 or "," not in gap[: opener.start()]
        )
        if listed and opener is not None:
            gap = gap[opener.end() :]
        if (field or listed and _words(gap) <= _REACH) and _list_like(gap):
            # "meliputi beberapa sektor, antara lain bidang pendidikan, ...", "berbagai kerja
            # sama itu, termasuk perlintasan batas, perdagangan barang dan jasa, ..." (not
            # "a meeting ..., including the chairman of the Chamber of Commerce")
            return True
        if not field and _BETWEEN.match(gap):
            return True  # "cooperation between the two provinces in trade, education, ..."
        if not field and _JOINED_ONLY.match(gap):
            continue  # "kolaborasi dan inovasi": two things side by side, not its field
        copula = list(_COPULA.finditer(gap))
        if (
            field
            and copula
            and _words(gap[: copula[-1].start()]) <= _SUBJECT_WORDS
            and _list_like(gap[copula[-1].end() :])
        ):
            return True  # "Bidang-bidang yang dilaksanakan pada awal kerja sama adalah ..."
        if (
            not field
            and "," not in gap
            and ";" not in gap
            and _words(gap) <= _REACH
            # what it will bring ("This Letter of Intent will boost investment") or serve
            # ("kerja sama ini terus berkembang untuk kesejahteraan masyarakat") is no field
            and not _EFFECT.search(gap)
            and not _FOR.search(gap)
        ):
            return True
    return False


_OPENING_COLON = re.compile(r"^((?:\s+\w+){0,3}?)\s*:")
# "cooperation between the two provinces in ...", "kerja sama antara kedua kabupaten dalam ...":
# the places between, then the fields.
_BETWEEN = re.compile(r"^\s+(?:between|antara)\s+[^,;:.]{1,40}?\s+(?:in|dalam|di)\s+$", re.I)
_JOINED_ONLY = re.compile(r"^\s*(?:dan|serta|and|&)\s*$", re.I)
# A field word right after a cooperation word ("peluang kerjasama di sektor ...") is its field,
# whatever aim was told before ("dengan tujuan menggali lebih dalam peluang kerjasama di sektor").
_COOP_IN = re.compile(rf"\b(?:{COOP_WORDS})\s+(?:(?:di|dalam|pada|in|on)\s+)?(?:the\s+)?$", re.I)
_FOR = re.compile(r"\w\s+(?:untuk|demi)\s*$", re.I)


# Verbs of talk: the topics two governments talk over are a meeting's or a visit's.
_TALK = re.compile(
    r"\b(?:discuss(?:es|ed|ing)?|(?:ber|men|di)diskusi(?:kan)?|membahas|dibahas|"
    r"exchang(?:e|es|ed|ing) views|bertukar (?:pikiran|pandangan))\b",
    re.I,
)


def talked_over(sentence: str) -> bool:
    """Whether the sentence tells topics talked over ("The ambassador and the mayor also
    discussed transportation"): the fields of the talk, which an event holds."""
    return bool(_TALK.search(sentence))


# "Namun selain pariwisata, ... membahas kerja sama di bidang ...": the field told besides the
# list is one of them.
_BESIDES = re.compile(
    r"^(?:(?:Namun|Tetapi|But)\s*,?\s+)?(?:selain|besides|apart from|in addition to)\s+"
    r"(?:(?:di|dalam|in)\s+)?(?:(?:the\s+)?(?:bidang|sektor|field of|sector of)\s+)?$",
    re.I,
)


def covered_sectors(sentence: str, skip: list[tuple[int, int]] | None = None) -> list[str]:
    """Sector codes the sentence says a cooperation covers, in order, each once; words inside
    the `skip` spans (type words such as "friendship city") do not count."""
    codes = _framed(sentence, skip)
    if codes:
        found = field_words(sentence, skip)
        if (
            found
            and _BESIDES.match(sentence[: found[0][1]])
            and found[0][0] not in codes
            and sentence[found[0][2] :].lstrip().startswith(",")
        ):
            codes.insert(0, found[0][0])
    return codes


def _in_common(sentence: str, start: int) -> bool:
    """A field word inside what two places have in common: the common word shortly before it,
    or a list it opens that runs on to it with no cooperation word between ("kesamaan dalam
    beberapa hal, antara lain: kekayaan budaya, ..., pariwisata dan sektor pendidikan tinggi")."""
    if COMMON.search(sentence[max(0, start - 60) : start]):
        return True
    common = list(COMMON.finditer(sentence, max(0, start - 240), start))
    if not common:
        return False
    rest = sentence[common[-1].end() : start]
    opened = LIST_OPENER.search(rest) or ":" in rest
    return bool(opened) and not COOP.search(rest) and "." not in rest


def _framed(sentence: str, skip: list[tuple[int, int]] | None) -> list[str]:
    listing = LISTING.match(sentence)
    if not (COOP.search(sentence) or listing) or GENERIC.match(sentence):  # cheap tests first
        return []
    found = field_words(sentence, skip)
    if not found:
        return []
    if UNDER.match(sentence):
        return list(dict.fromkeys(code for code, _, _ in found))
    cues = [
        (m.start(), m.end(), True)
        for m in FIELD.finditer(sentence)
        if (
            not BENEFIT.search(sentence[max(0, m.start() - 60) : m.start()])
            or _COOP_IN.search(sentence, max(0, m.start() - 40), m.start())
        )
        and not _in_common(sentence, m.start())
    ]
    cues += [(m.start(), m.end(), True) for m in ABOUT.finditer(sentence)]
    if listing:
        cues.append((0, listing.end(), True))
    # A list-opening sentence joined to the one before it (lists.join_list_sentences: "kerja
    # sama jangka panjang ... antara Australia dan Bali: di antaranya, melalui hubungan
    # pendidikan, pariwisata, dan budaya") opens its list after the colon.
    for colon in COLON.finditer(sentence):
        joined = LISTING.match(sentence[colon.end() :])
        if joined:
            cues.append((colon.start(), colon.end() + joined.end(), True))
    cues += [(m.start(), m.end(), False) for m in COOP.finditer(sentence)]
    fields = [cue for cue in cues if cue[2]]
    inside = [False] * len(found)
    before = [False] * len(found)  # framed by the cooperation word after it
    for n, (code, start, end) in enumerate(found):
        # "kerjasama persahabatan", "LoI Persahabatan": the kind of tie, not a sector.
        # ... nor "mempererat hubungan persahabatan": friendship is what the ties are.
        friendly = [c for c in fields if not TIES.match(sentence, c[0])]
        inside[n] = _opened(sentence, start, friendly if code == "friendship" else cues)
        before[n] = (
            code != "friendship"
            and bool(AFTER.match(sentence[end:]))
            and not _in_common(sentence, start)
        )
    # A list runs on from a framed entry: forwards, and backwards from the one a cooperation
    # word follows ("economic, social and cultural sectors").
    for n in range(len(found) - 2, -1, -1):
        if not before[n] and before[n + 1]:
            before[n] = _list_like(sentence[found[n][2] : found[n + 1][1]])
    inside = [a or b for a, b in zip(inside, before, strict=True)]
    for n in range(1, len(found)):
        if not inside[n] and inside[n - 1]:
            inside[n] = _list_like(sentence[found[n - 1][2] : found[n][1]])
    return list(
        dict.fromkeys(code for (code, _, _), keep in zip(found, inside, strict=True) if keep)
    )


__all__ = ["ALREADY", "DONE", "covered_sectors", "talked_over", "told_as_running"]
