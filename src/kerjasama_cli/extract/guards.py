"""What is never a partner, and what makes a type word a plan rather than a fact.

Precision rules found on real articles the extractor had never seen (tests/extract_cases/real*):
- Indonesia's own state bodies abroad and at home (KBRI Tokyo, KJRI Cape Town, the Indonesian
  Consulate General in Sydney, Kemenlu, Kemendagri, a ministry) are never foreign partners, nor
  is the city that only says where such a body sits;
- a place named only as where something happened ("di Grhadika Bhakti Praja", "pimpinannya di
  Tokyo", "in Queensland" after a partner) is a venue or an address, not a partner;
- a type word governed by an exploring, planning or offering word ("tengah menjajaki LoI",
  "menawarkan kerja sama sister city", "working towards ... Sister Cities") reports an intent,
  not a document: it is drafted as "other" with that stage, never as a signed document.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.places import country_of

# Indonesia's missions and ministries, with the seat that may follow ("KBRI Tokyo", "KJRI di
# Cape Town", "Indonesian Consulate General in Sydney").
_SEAT = r"(?:\s+(?:di|in|at)\s+|\s+)(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)?"
STATE_BODY = re.compile(
    r"\b(?:KBRI|KJRI|KRI|Konjen RI|Konsul(?:at)? Jenderal RI|Konsul Kehormatan RI|"
    r"Kedutaan Besar Republik Indonesia(?:\s*\((?:KBRI)\))?|"
    r"Konsulat Jenderal Republik Indonesia(?:\s*\((?:KJRI)\))?|"
    r"Indonesian (?:Embassy|Consulate(?: General)?|Consul(?: General)?|Ambassador|Mission)|"
    r"Embassy of (?:the Republic of )?Indonesia|Consulate General of (?:the Republic of )?"
    r"Indonesia|Duta Besar (?:RI|Republik Indonesia|Indonesia)|Dubes RI|"
    r"Kemenlu|Kemlu|Kemendagri|Kemendag|Kemenkeu|Bappenas|Setneg|Setjen|"
    r"Kementerian(?:\s+[A-Z][\w-]*){1,4}(?!\s+(?:of\s+)?(?!Indonesia|RI)[A-Z])|"
    r"Ministry of(?:\s+[A-Z][\w-]*){1,3}(?!\s+of\s+(?!Indonesia)[A-Z])|"
    r"Pusat Fasilitasi Kerja Sama)"
    # "Consulate General of the Republic of Indonesia (KJRI) Cape Town": the acronym, then the seat
    r"(?:\s*\((?:KBRI|KJRI)\))?"
    rf"(?:{_SEAT})?"
    # Portfolios are not places: "Minister for Enterprise, Investment and Trade".
    r"|\b(?:Minister|Menteri|Department|Dinas|Secretary|Director)\s+(?:for|of|on)\s+"
    r"[A-Z][\w-]*(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-Z][\w-]*)*",
)
# Titles of Indonesian officials whose seat is not a partner ("Konjen RI Cape Town").
_PLACE_AFTER_LOCATIVE = re.compile(r"(?:^|[\s,(])(?:di|at|in|bertempat di)\s+$", re.I)
_ADDRESS = re.compile(
    r"\b(?:berlokasi|terletak|berkantor|berkedudukan|located|based|headquartered)\s+(?:di|in|at)\s+$",
    re.I,
)
# "in Surabaya and Perth": the second name of a locative list is a place too.
_LOCATIVE_LIST = re.compile(
    r"(?:^|[\s,(])(?:di|at|in)\s+(?P<where>(?:[A-Z][\w’'-]*\s+){1,3})(?:and|dan|&|,)\s+$"
)
# "kata Royke lewat siaran persnya dari Tokyo": where the speaker spoke from.
_SPEECH = re.compile(
    r"\b(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|jelasnya|said|says|told)\b"
    r"[^.;:“”\"]*?\b(?:di|dari|from|in|at)\s+$"
)
_KIND_WORD = re.compile(
    r"^(?:kota|kabupaten|provinsi|prefektur|negara bagian|city of|province of|state of|"
    r"prefecture of|the city of|the province of|the state of|pemerintah)\b",
    re.I,
)


# A kind word in the name itself: "Kota Tono", "Pemerintah Kota Fujisawa", "Tono City".
KIND_BEFORE = re.compile(
    r"^(?:Pemerintah\s+)?(?:Kota|Kabupaten|Provinsi|Prefektur|City of|Province of|Prefecture of|"
    r"Distrik|Otoritas Khusus)"
    r"\s|\s(?:City|Prefecture|Province|County)$"
)


def mask_state_bodies(text: str) -> str:
    """The sentence with Indonesia's state bodies (and their seats) blanked out."""
    return STATE_BODY.sub(lambda m: " " * len(m.group(0)), text)


def is_locative(text: str, start: int, phrase: str) -> bool:
    """Whether the name at `start` follows a bare "di/at/in": a venue or an address, unless a
    kind word ("di Kota Fujisawa") says it is a government."""
    before = text[max(0, start - 60) : start]
    if _ADDRESS.search(before):
        return True  # "yang berlokasi di Kota Tokyo": an address, kind word or not
    if _KIND_WORD.match(phrase):
        return False
    listed = _LOCATIVE_LIST.search(before)
    if listed and country_of(listed.group("where").strip()) is not None:
        listed = None  # "Braunschweig in Germany, Suwon in South Korea": a list of partners
    return bool(
        _PLACE_AFTER_LOCATIVE.search(before[-14:])
        or listed
        or _SPEECH.search(text[max(0, start - 90) : start])
    )


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
    r"keinginan|berkeinginan|tertarik|berminat|interested in|"
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
    r"Pejabat Utama Konsulat|Konsul|Consul)"
    # "Consul Republik Demokratik Timor Leste": the state's style between title and country
    r"(?:\s*\([A-Za-z]+\))?(?:\s+(?:Republik|Kerajaan|Negara|Federal|Federasi|Demokratik|"
    r"Rakyat|Sosialis|Persatuan|Islam|Arab)){0,3}\s*$"
)


# A type word that only frames another ("a new exchange program under the Sister-State
# agreement", "dalam rangka sister city") or is the topic of talk ("komunikasi terkait Sister
# City") is the background, not the record reported.
_FRAME = re.compile(
    r"\b(?:under|within|in the framework of|as part of|dalam rangka|dalam kerangka|di bawah|"
    # English only: "programmes of", "a program under"; in Indonesian "program sister city",
    # "program kerja sama kota kembar" is the tie itself
    r"programmes?(?: of)?|programs? of|"
    r"sebagai bagian dari|bagian dari|terkait|mengenai|tentang|seputar|regarding|concerning)\s+"
    r"(?:the\s+|an?\s+|its\s+|their\s+|its own\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


def framed(sentence: str, at: int) -> bool:
    """Whether the type word at `at` frames another record of the sentence."""
    return bool(_FRAME.search(sentence[max(0, at - 50) : at]))


# A body named after the tie ("pengurus sister city", "komite kota kembar", "the Sister City
# Committee", "Sister Cities International") is an organisation, not the record reported.
_BODY_BEFORE = re.compile(
    r"\b(?:pengurus|komite|panitia|asosiasi|perkumpulan|ikatan|forum|committee|association|"
    r"council)\s+$",
    re.I,
)
_BODY_AFTER = re.compile(
    r"^\s+(?:committee|association|council|commission|international|office|coordinator)\b", re.I
)


def names_a_body(sentence: str, start: int, end: int) -> bool:
    """Whether the type word at start:end is part of the name of a committee or association."""
    return bool(
        _BODY_BEFORE.search(sentence[max(0, start - 14) : start])
        or _BODY_AFTER.match(sentence[end : end + 14])
    )


def glosses(sentence: str, types: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The type words that only translate the one before them ("sister city (kota kembar)",
    "Memorandum of Understanding (MoU)"): in brackets right after another type word. A document
    named in brackets after a generic word ("kesepakatan kerja sama (MoU)", "a cooperation
    agreement (MoU)") names what was signed: it is kept."""
    out = []
    for rtype, a, b in types:
        before = sentence[max(0, a - 4) : a].rstrip()
        if not before.endswith("(") or not sentence[b : b + 3].lstrip().startswith(")"):
            continue
        glossed = [t for t in types if t[2] <= a and sentence[t[2] : a].strip() == "("]
        if not glossed:
            continue
        if rtype in _NAMED_DOCUMENTS and all(t[0] in _GENERIC for t in glossed):
            continue
        out.append((rtype, a, b))
    return out


# Documents a bracket names more exactly than the generic word before it.
_NAMED_DOCUMENTS = ("mou", "loi")
_GENERIC = ("other", "agreement", "agreement_word")


_TITLE_WORDS = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}$")


def in_title(sentence: str, start: int, end: int) -> bool:
    """Whether a capitalised cooperation word is part of an event's name ("Workshop Pemetaan
    Potensi Kerjasama Pemkot Surakarta"): the event is named, not the record reported."""
    word = sentence[start:end]
    if not word[:1].isupper() or not word.lower().startswith("kerja"):
        return False
    lead = _TITLE_WORDS.search(sentence[max(0, start - 60) : start])
    return bool(lead) and len(lead.group(0).split()) >= 2


_DENIED = re.compile(r"\b(?:tidak|belum|bukan|tanpa|not|no|never|without)\b", re.I)
_SIGNED_BEFORE = re.compile(
    r"(?:penandatanganan|menandatangani|menandatangai|ditandatangani|meneken|diteken|"
    r"tandatangan|signed|signing of|sign)\s+(?:(?:naskah|dokumen|document|a|an|the)\s+)?$",
    re.I,
)


# "kerjasama “Sister Province”", "kerja sama sister city", "kerja sama LoI": the document named.
_NAMED_AFTER = re.compile(
    r"^\s*[“\"']?\s*(?:sister|kota (?:kembar|bersaudara)|provinsi kembar|twin|friendship|LoI|"
    r"MoU|letter of intent|memorandum|nota kesepahaman)",
    re.I,
)


def signed_cooperation(sentence: str, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """ "Penandatanganan kerja sama", "menandatangani naskah kerjasama": a signed document the
    text does not name further is an agreement, not plain cooperation; one it names right after
    ("menandatangani kerjasama “Sister Province”") is that document."""
    rtype, start, end = found
    signed = _SIGNED_BEFORE.search(sentence[max(0, start - 40) : start])
    if rtype != "other" or not signed or _NAMED_AFTER.match(sentence[end : end + 30]):
        return found
    lead = sentence[max(0, start - 40) : start][: signed.start()]
    if _DENIED.search(lead[-30:]):
        return found  # "tidak disertai penandatanganan dokumen kerja sama"
    return ("agreement", start, end)


# "Sister City adalah kemitraan resmi antara dua kota ...", "a sister city is a long-term
# relationship": a definition of the kind of record, not a record (nor its sectors).
_DEFINITION = re.compile(
    r"^\W*(?:(?:to be known|perlu diketahui|sebagai informasi|for your information)\W+)?"
    r"(?:(?:a|an|the|program|kerja ?sama)\s+)?(?:sister[ -]?(?:city|cities|province|state)|"
    r"kota (?:kembar|bersaudara)|twin[ -]?cit(?:y|ies)|friendship cit(?:y|ies)|LoI|MoU|"
    r"letter of intent|nota kesepahaman|memorandum of understanding)\W*(?:\([^)]{0,40}\)\s*)?"
    r"(?:\s*atau\s+[^,]{0,30}?)?\s*(?:adalah|merupakan|ialah|yaitu|is an?|are|refers to|means|"
    # how such a tie is made in general: "sister city cooperation begins with the LoI"
    r"(?:(?:cooperation|kerja ?sama|partnerships?|relationships?|hubungan)\s+)?"
    r"(?:begins?|starts?|usually|generally|biasanya|umumnya|diawali|dimulai|berawal))\b",
    re.I,
)
# The Indonesian state acting on its own ("Pemerintah pusat melalui KJRI telah melakukan
# pertemuan ..."): its meetings are not the local government's records.
CENTRAL_ACTS = re.compile(
    r"^\W*(?:Pemerintah (?:pusat|Indonesia|RI)|Kemenlu|Kemlu|Kementerian Luar Negeri|"
    r"Kemendagri|KBRI|KJRI|Konsulat Jenderal Republik Indonesia|"
    r"Kedutaan Besar Republik Indonesia|The Indonesian (?:Embassy|Consulate|government)|"
    r"Indonesia['’]s (?:Embassy|Consulate|government))\b",
    re.I,
)


def defines(sentence: str) -> bool:
    """Whether the sentence defines a kind of record rather than reporting one."""
    return bool(_DEFINITION.match(sentence))


_AT_EVENT_BEFORE = re.compile(r"\b(?:pada|dalam|di sela|at|during|in)\s+(?:the\s+)?$", re.I)
_AT_EVENT_AFTER = re.compile(r"^\s*(?:itu|tersebut|ini|that|this)\b", re.I)


def at_that_event(sentence: str, start: int, end: int) -> bool:
    """ "Pada pertemuan itu, ...", "During that visit ...": the event told just before, named
    again as the setting of what follows, not another event."""
    return bool(
        _AT_EVENT_BEFORE.search(sentence[max(0, start - 16) : start])
        and _AT_EVENT_AFTER.match(sentence[end : end + 12])
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
