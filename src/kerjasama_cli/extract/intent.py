"""Type words that name what a government means or agreed to do, not a document it signed.

Found on real7 (tests/extract_cases/real7), which the rules had never seen:
- a purpose: "untuk membuat Kota Kembar Siak dan Terengganu", "untuk menjalin kerja sama
  sister city dengan Kota Kawasaki", "in order to establish a sister city";
- what two places are to become: "dengan menjadikan dua wilayah tersebut sebagai sister
  province", "untuk menjadi sister province", "to become sister cities";
- an idea or a concept: "wacana kota kembar", "gagasan sister city", "the idea of a sister city";
- a tie still to be made, said in the passive: "Dibuat kota kembar antara Pekanbaru dengan
  Kawasaki" (opening the clause: "is to be made");
- an agreement to sign: "kedua kepala daerah sepakat untuk menandatangani MoU", "agreed to
  sign an MoU": the signing is still to come (but agreeing "untuk menjalin" a tie is how its
  signing is told).
Each drafts the tie as "other" with the stage of a plan, never as a signed document.
"""

from __future__ import annotations

import re

# The words right before the type word (same clause, nothing between but articles and a
# cooperation word) that make it a purpose, an idea or an agreement to sign.
_MEANT = re.compile(
    r"(?:\buntuk\s+(?:membuat|menjalin|mengadakan|membentuk|mewujudkan|menjadikan|merintis)|"
    r"\bin order to (?:establish|form|create|forge)|"
    # "dengan menjadikan dua wilayah tersebut sebagai sister province", "untuk menjadi sister
    # province", "to become sister cities": what the two are to become
    r"\b(?:untuk|dengan|akan)\s+(?:menjadikan\b[^.;]{0,50}?\s+sebagai|menjadi)|"
    r"\bto (?:become|make\b[^.;]{0,50}?)|"
    r"\b(?:wacana|gagasan|ide|the idea of|an idea of)|"
    r"(?:^|[.;:\"“]\s*)dibuat|"
    r"\b(?:sepakat|bersepakat|setuju|menyepakati|agreed|agree)\s+(?:untuk\s+|to\s+)?"
    r"(?:menandatangani|meneken|sign|segera menandatangani))"
    r"\s+(?:(?:sebuah|suatu|an?|the|naskah|kerja\s*sama|kerjasama|hubungan|program|mou|loi|moa)"
    r"(?:\s*\([A-Za-z]+\))?\s+){0,3}$",
    re.I,
)


# "keduanya sepakat untuk menjalin kerja sama Sister City pada 16 Juli 1985": agreeing to
# establish a tie is how its signing is told, not a purpose.
_AGREED = re.compile(r"\b(?:sepakat|bersepakat|setuju|menyepakati|agreed)\s+$", re.I)


def meant(sentence: str, at: int) -> bool:
    """Whether the type word at `at` is only meant, an idea, or agreed to be signed."""
    window = sentence[max(0, at - 90) : at]
    found = _MEANT.search(window)
    if found is None:
        return False
    return not (
        found.group(0).lower().startswith("untuk") and _AGREED.search(window[: found.start()])
    )


# A plan's noun right before a programme word ("rencana program kerja sama sister city",
# "usulan program kota kembar", "the proposed exchange programme"): no programme runs yet.
_PLANNED = re.compile(
    r"\b(?:rencana|rencananya|usulan|wacana|gagasan|calon|proposed|planned|the plan for(?: an?)?)"
    r"\s+(?:(?:sebuah|suatu|an?|the)\s+)?$",
    re.I,
)


def planned(sentence: str, at: int) -> bool:
    """Whether the programme word at `at` is only a plan ("rencana program ...")."""
    return bool(_PLANNED.search(sentence[max(0, at - 40) : at]))


__all__ = ["meant", "planned"]
