"""A list of fields told in a sentence of its own, going on from the cooperation before it.

"Bahtiar mendorong kerja sama regional di berbagai bidang. Seperti peternakan, pertanian, dan
pariwisata." (real34); "Banyak kerjasama yang bisa dilakukan kedua negara ini. Segi pertanian,
ekonomi, pendidikan ..." (real12); "... poin penting yang dibahas dalam pertemuan ... Seperti
industri investasi dan perdagangan." (real29). The second sentence has no cooperation word of
its own, so sector_frames.py reads no field in it; read with the sentence before
(lists.join_list_sentences), it is that cooperation's list. Only a short list of items after a
sentence of cooperation in many fields or points, or of a talk, in the same paragraph: "Seperti
yang disampaikan Bupati, ..." is no list, and "Bupati memaparkan potensi daerahnya. Seperti
perikanan, ..." is a region's pitch.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.sector_cues import COOP
from kerjasama_cli.extract.sector_frames import covered_sectors
from kerjasama_cli.extract.sector_vocabulary import sector_matches

# The words that open the list going on ("Seperti", "Segi", "Such as", "For example,"), a field
# word after them kept out of the items. Not "Selanjutnya di bidang ...": after "Diantaranya di
# bidang pariwisata" (real38) it goes on with a list the sentence before already framed, and the
# two read as one send its fields to the wrong record there.
_GOES_ON = re.compile(
    r"^(?:Seperti|Misalnya|Contohnya|Segi|Such as|For example,?|For instance,?)\s*"
    r"(?:(?:di|dalam|in)\s+(?:the\s+)?(?:bidang|sektor|fields? of|sectors? of|areas? of)\s+)?",
    re.I,
)
# The sentence before speaks of cooperation in many fields or points, or of a talk held.
_MANY = re.compile(
    r"\b(?:berbagai|beberapa|sejumlah|banyak|many|several|various|a number of|"
    r"dibahas|membahas|discuss(?:es|ed|ing)?)\b",
    re.I,
)
# What closes the list: a said-clause ("..., ungkap Husein") and "and others".
_SAID = re.compile(
    r"[,\"”’]+\s*(?:ujar|kata|ungkap|jelas|tutur|ucap|imbuh|tambah|said|says|added)\b.*$", re.I
)
_AND_OTHERS = re.compile(
    r"(?:,?\s*(?:dan|and)\s+(?:lain-lain|lainnya|sebagainya|others|so on)|,?\s*(?:dll|etc)\.?)\s*$",
    re.I,
)
_SEPARATOR = re.compile(r"\s*(?:,|;|\b(?:dan|serta|atau|hingga|and|or|as well as)\b)\s*", re.I)
_ITEM_WORDS = 4  # "teknologi informasi", "pengembangan sumber daya manusia": longer is prose


def fields_going_on(before: str, sentence: str) -> str | None:
    """The two sentences read as one ("..., yaitu ITEMS", "..., namely ITEMS") when `sentence`
    only goes on with the list of fields of the cooperation `before` tells, else None. The
    caller keeps them in one paragraph."""
    opening = _GOES_ON.match(sentence)
    if opening is None or not COOP.search(before) or not _MANY.search(before):
        return None
    if COOP.search(sentence) or covered_sectors(sentence):
        # a sentence of its own cooperation, or framing its fields itself ("Seperti di sektor
        # pendidikan, ..."), is read alone: the sentence before may tell a running tie
        return None
    rest = sentence[opening.end() :]
    items = _AND_OTHERS.sub("", _SAID.sub("", rest).strip().rstrip('.!?"”’ ')).strip()
    entries = [e for e in _SEPARATOR.split(items) if e]
    if not entries or any(len(e.split()) > _ITEM_WORDS for e in entries):
        return None
    if not sector_matches(items):
        return None
    lead = "namely" if opening.group(0).lower().startswith(("such", "for")) else "yaitu"
    return f"{before.rstrip(' .')}, {lead} {rest}"


__all__ = ["fields_going_on"]
