"""A type word that is not the record reported: a frame, a body's name, a gloss, an event's
title, a definition, the setting of what follows; and plain "cooperation" signed, an agreement.

mentions.py asks these of each type word a sentence holds.
"""

from __future__ import annotations

import re

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


# "kerjasama “Sister Province”", "kerja sama sister city", "kerja sama LoI": the document named;
# also after a word or two of the tie's own name ("kerja sama Green Sister City"), never after a
# word joining another party ("kerja sama dengan ...").
_NAMED_AFTER = re.compile(
    r"^\s*[“\"']?\s*(?:(?!(?:dengan|with|antara|between|dan|and)\b)[\w-]+\s+){0,2}?"
    r"(?:sister|kota (?:kembar|bersaudara)|provinsi kembar|twin|friendship|LoI|"
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
