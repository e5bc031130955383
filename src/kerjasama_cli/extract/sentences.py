"""Sentences of a paragraph, without splitting at abbreviations, initials or decimal points."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "pj",
        "plt",
        "plh",
        "dr",
        "drs",
        "dra",
        "ir",
        "prof",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "jl",
        "jln",
        "h",
        "hj",
        "moh",
        "muh",
        "moch",
        "mhd",
        "kh",
        "ust",
        "gov",
        "sen",
        "rep",
        "jr",
        "sr",
        "inc",
        "co",
        "ltd",
        "corp",
        "vol",
        "kab",
        "kec",
        "kel",
        "bpk",
        "ibu",
        "sdr",
        "u.s",
        "u.k",
        "a.s",
        "dll",
        "dsb",
        "mt",
        "msc",
        "phd",
        "s.h",
        "s.e",
        "m.si",
        "m.m",
        "ph.d",
        "lt",
        "col",
        "gen",
        "capt",
        "adm",
        "sgt",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "univ",
        "assoc",
        "no.",
        "tel",
        "fig",
        "hon",  # "The Hon. Kon Vatskalis"
        "h.e",  # "H.E. Abdullah Salem AlDhaheri": His or Her Excellency
    ]
)
# "on Nov. 1989", "Sep. 12": a month's abbreviation before a number ends no sentence.
_MONTH_SHORT = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "ags", "agt", "sep", "sept"]
    + ["oct", "okt", "nov", "nop", "dec", "des"]
)
_BOUNDARY = re.compile(r"(?<=[.!?…])([\"”’)\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence, with the paragraph it belongs to and its place in the article."""

    text: str
    paragraph: int
    index: int
    # The article's own words where `text` joins sentences for reading ("... bidang: antara lain
    # pendidikan"): what a draft quotes as its evidence (lists.join_list_sentences).
    written: str = ""

    @property
    def quote(self) -> str:
        """The sentence as the article writes it."""
        return self.written or self.text


def split(paragraph: str) -> list[str]:
    """paragraph as sentences."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        end = m.start() + len(m.group(1))
        before = paragraph[start:end].rstrip('.!?…"”’)] ')
        last = before.rsplit(maxsplit=1)[-1] if before.split() else ""
        token = last.lower().strip('("“')
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue  # "Pj. Gubernur", "Basuki T. Purnama"
        if token in _MONTH_SHORT and paragraph[m.end() : m.end() + 1].isdigit():
            continue
        out.append(paragraph[start:end].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def sentences(paragraphs: list[str]) -> list[Sentence]:
    """Every sentence of the article, numbered."""
    result: list[Sentence] = []
    for p, paragraph in enumerate(paragraphs):
        for text in split(paragraph):
            result.append(Sentence(text, p, len(result)))
    return result
