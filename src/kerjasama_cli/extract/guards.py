"""What makes a type word a plan rather than a fact, and what points back to another record.

Precision rules found on real articles the extractor had never seen (tests/extract_cases/real*):
a type word governed by an exploring, planning or offering word ("tengah menjajaki LoI",
"menawarkan kerja sama sister city", "working towards ... Sister Cities") reports an intent, not
a document: it is drafted as "other" with that stage, never as a signed document. What is never a
partner is state_bodies.py's and venues.py's; a type word that is not the record reported,
type_word_guards.py's.
"""

from __future__ import annotations

import re

# An initiative: "menginisiasi pembentukan sister city", "inisiatif Sister Province", "menggagas
# kerja sama kota kembar", "an initiative to twin" (a plan; stages.py reads it as `initiative`).
INITIATIVE_WORDS = (
    r"menginisiasi|diinisiasi|inisiatif|inisiasi|menggagas|digagas|gagasan|initiatives?"
)
# Exploring, planning, offering, inviting: what a type word after them has not yet become.
_EXPLORING = re.compile(
    r"\b(?:menjajaki|menjajagi|jajaki|penjajakan|penjajagan|dijajaki|menawarkan|tawaran|"
    r"ditawarkan|mengajak|berencana|merencanakan|rencana|rencananya|direncanakan|"
    r"(?:akan|bakal) (?:menjalin|menandatangani|meneken)|ingin menjalin|"
    r"berharap(?: dapat)? menjalin|"
    r"mengusulkan|usulan|konsep|calon|peluang|potensi|potensial|opportunit\w*|potential|explor\w*|"
    rf"{INITIATIVE_WORDS}|"
    # (not a wish to strengthen what runs: "keinginannya untuk memperkuat kerja sama")
    r"keinginan(?:nya)?(?!\s+untuk\s+(?:mem(?:perkuat|pererat|perluas|perdalam)|meningkatkan|"
    r"melanjutkan))|berkeinginan|tertarik|berminat|interested in|"
    # a possibility or a fitness only spoken of: "menyinggung kemungkinan kerja sama sister
    # city", "cocok menjadi sister city", "the possibility of a sister city"
    r"kemungkinan|possibilit(?:y|ies) of|cocok (?:menjadi|dijadikan)|suitable (?:as|to become)|"
    r"plans? to|planning to|planned|intends? to|"
    r"intention to|hopes? to|proposed|propose|offer(?:ed|s)? to|working towards?|"
    r"towards becoming|seek(?:s|ing)?|sought|would like to|push(?:es|ing|ed)? for|"
    # talks, hopes and a process under way: "membahas kerja sama kota kembar", "harapan agar
    # kita dapat menandatangani ...", "sedang dalam tahap nota kesepahaman"
    r"membahas|dibahas|pembahasan|discuss(?:es|ed|ing)?|harapan agar|berharap agar|dalam tahap|"
    r"diharapkan|(?:is|are) expected to|(?:is|are) hoped to|"
    # "segera membangun sister city", "sedang mempertimbangkan": a tie still to be made
    r"segera (?:membangun|menjalin|membentuk|mewujudkan)|mempertimbangkan|considering|"
    r"dalam proses|in the process of|"
    # planning and study of a tie: "dalam perencanaan kerja sama Sister City", "perlu kajian"
    r"perencanaan|kajian|pengkajian|mengkaji|dikaji|feasibility|"
    # a condition: "Dengan terjalinnya kerja sama sister city, Bedi berharap ...", "jika ..."
    r"dengan terjalinnya|jika|apabila|seandainya|if)\b",
    re.I,
)
_DONE = re.compile(
    r"\b(?:telah|sudah|resmi|secara resmi|signed|menandatangani|menandatangai|ditandatangani|"
    r"menanda tangani|ditanda tangani|"
    r"meneken|diteken|penandatanganan|signing|inked|sealed)\b",
    re.I,
)


_NOUN_OF_SIGNING = re.compile(r"penandatanganan|signing", re.I)
# A signing verb after a modal or purpose word ("agar kita dapat menandatangani", "to sign") is
# not done.
_MODAL_BEFORE = re.compile(
    r"\b(?:dapat|bisa|akan|bakal|untuk|ingin|agar|hendak|segera|to|will|can|could|would|may|might|"
    # "berencana menandatangani LoI": a plan to sign, not a signing
    r"berencana|merencanakan|rencananya|direncanakan|bersiap|siap)\s+$",
    re.I,
)


def _done_in(text: str) -> re.Match[str] | None:
    """The first word of `text` telling something done, a modal's verb aside."""
    for m in _DONE.finditer(text):
        if not _MODAL_BEFORE.search(text[max(0, m.start() - 14) : m.start()]):
            return m
    return None


def done_told(sentence: str) -> bool:
    """Whether the sentence tells something done ("telah", "ditandatangani", "signed"), not only
    names a signing ("Penandatanganan MoU merupakan kelanjutan ...")."""
    return any(not _NOUN_OF_SIGNING.fullmatch(m.group(0)) for m in _DONE.finditer(sentence))


# Future and promise words: a plan when they govern the type word ("akan menandatangani MoU",
# "berjanji memfasilitasi pertemuan"), not when the record they follow is done.
_FUTURE = re.compile(
    r"\b(?:akan|bakal|hendak|berjanji|janji|will|would|shall|promised?|to be held|mendatang|nanti|"
    r"(?:may|might|could) be (?:formali[sz]ed|signed|inked|sealed|established)|"
    r"nantinya|dalam waktu dekat|ke depan(?:nya)?|in the near future|"
    r"persiapan|mempersiapkan|menyiapkan|preparations? for|preparing for|"
    # "untuk menyukseskan penandatanganan MoU": making a signing still to come a success
    r"menyukseskan|mensukseskan|menyukseskannya|"
    r"dijadwalkan|terjadwal|scheduled (?:to|for)|is due to|are due to|plans? to|planned to|"
    r"planning to|berencana|merencanakan|jadwal|the schedule (?:of|for))\b",
    re.I,
)


# A future predicate of the type word, in its own clause: "kerja sama sister city ... segera
# dilakukan", "kerja sama ..., yang rencananya akan ditandatangani pada Mei", "the MoU will be
# signed", "Kunjungan ... akan berlangsung dua hari": the document or event is still to come.
# Only a verb of making it counts ("MoU itu akan berlaku lima tahun" is a signed MoU's term).
_FUTURE_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:segera|akan|bakal|rencananya|direncanakan|dijadwalkan|will be|is to be|"
    r"may be|might be|could be|can be|"
    r"are to be|to be|(?:dapat|bisa) segera)\s+(?:(?:akan|segera|bisa|dapat|kembali)\s+)?"
    r"(?:dilakukan|dilaksanakan|ditandatangani|diteken|dijalin|diresmikan|dibentuk|"
    r"disepakati|berlangsung|digelar|diadakan|signed|inked|formalised|formalized|established|"
    # a tie still waiting for its approval or to come true: "dapat segera disetujui",
    # "segera terwujud", "can be approved"
    r"disetujui|terwujud|diwujudkan|direalisasikan|approved|realised|realized|"
    r"held|take place)\b",
    re.I,
)


_CONDITION = re.compile(r"jika|apabila|seandainya|if", re.I)
_PERFECT = re.compile(r"\s+(?:sudah|telah|has|have)\b", re.I)


def exploring(sentence: str, at: int, event: bool = False) -> bool:
    """Whether the type word at `at` is only explored, planned or offered: an exploring or
    future word before it in the same clause (nothing done between), or, for a document, an
    exploring word anywhere in a sentence that signs nothing."""
    clause_start = max(sentence.rfind(";", 0, at), sentence.rfind(". ", 0, at), 0)
    before = sentence[clause_start:at]
    checks = [(_FUTURE, before[-60:])] if event else [(_EXPLORING, before), (_FUTURE, before[-60:])]
    for pattern, window in checks:
        for m in pattern.finditer(window):
            if _CONDITION.fullmatch(m.group(0)) and _PERFECT.match(window[m.end() :]):
                return True  # "Jika sudah terjalin sister city": done only in the condition
            done = _done_in(window[m.end() :])
            if done is None or pattern is _FUTURE and _NOUN_OF_SIGNING.fullmatch(done.group(0)):
                # "akan datang melakukan Penandatanganan Kesepakatan Sister City": the signing
                # named after a future word is still to come.
                return True
    after = _FUTURE_AFTER.search(sentence[at:])
    if after is not None and not _DONE.search(after.group(0)[: -len(after.group(0).split()[-1])]):
        return True
    if event:
        return False
    return bool(_EXPLORING.search(sentence)) and _done_in(sentence) is None


_SPEECH_DAY = re.compile(r"^(?:hari ini|today|kemarin|yesterday|besok|tomorrow|tadi)$", re.I)


def quoted_today(sentence: str, at: int, text: str) -> bool:
    """Whether "hari ini"/"today" is said inside a quotation: the day the words were spoken,
    which the article does not give, not its publication day."""
    if not _SPEECH_DAY.match(text.strip()):
        return False
    before = sentence[:at]
    curly = before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    return curly or straight


# A foreign mission whose country is the partner it speaks for ("kunjungan Konsulat Jenderal
# (Konjen) Jepang"); Indonesia's own missions are masked before this is read.
MISSION = re.compile(
    r"\b(?:Konsulat Jenderal|Konsul Jenderal|Konjen|Kedutaan Besar|Kedubes|Duta Besar|Dubes|"
    r"Embassy of|Consulate(?: General)? of|Ambassador of|Consul(?: General)? of|"
    r"Ministry of Foreign Affairs? of|Foreign Ministry of|Kementerian Luar Negeri|"
    # "Pejabat Utama Konsulat Amerika Serikat": a consulate's head (principal officer); a bare
    # "Konsulat" is also a venue ("di Kantor Konsulat Malaysia"), so only its head is read here
    r"Pejabat Utama Konsulat|Konsul|Consul|"
    # a posted trade office's head: "Direktur Kantor Dagang Peru", "Director of the Trade Office of"
    r"(?:Direktur|Kepala) Kantor (?:Perwakilan )?Dagang(?: dan Ekonomi)?|"
    r"(?:Director|Head) of (?:the )?Trade (?:and Economic )?Office of)"
    # "Consul Republik Demokratik Timor Leste": the state's style between title and country
    r"(?:\s*\([A-Za-z]+\))?(?:\s+(?:Republik|Kerajaan|Negara|Federal|Federasi|Demokratik|"
    r"Rakyat|Sosialis|Persatuan|Islam|Arab)){0,3}\s*$"
)


# "similar agreements", "such agreements", "perjanjian serupa", "kerja sama yang sama": the kind
# of document named just before, not a kind of its own.
_LIKE_BEFORE = re.compile(r"\b(?:similar|such|the same|same|identical|sejenis)\s+$", re.I)
_LIKE_AFTER = re.compile(r"^\s+(?:serupa|sejenis|yang sama|semacam itu|seperti itu)\b", re.I)


# A demonstrative after a document's name ("MoU ini", "perjanjian tersebut") or before it ("this
# MoU", "the said agreement"): the document told before, not a new one.
_THIS_AFTER = re.compile(r"\s+(?:ini|tersebut|itu)\b", re.I)
_THIS_BEFORE = re.compile(r"\b(?:this|that|the said|said)\s+$", re.I)


def pointed(sentence: str, start: int, end: int) -> bool:
    """Whether the type word at start:end points back ("MoU ini", "kerja sama tersebut")."""
    return bool(
        _THIS_AFTER.match(sentence[end : end + 12])
        or _THIS_BEFORE.search(sentence[max(0, start - 12) : start])
    )


def this_one(sentence: str, start: int, end: int) -> bool:
    """Whether the document word at start:end points back to the one told before, in a sentence
    that signs nothing itself."""
    return pointed(sentence, start, end) and not _DONE.search(sentence)


def refers_back(sentence: str, start: int, end: int) -> bool:
    """Whether the type word at start:end names "the same kind" as a document told before."""
    return bool(
        _LIKE_BEFORE.search(sentence[max(0, start - 14) : start])
        or _LIKE_AFTER.match(sentence[end : end + 16])
    )
