"""Dates that belong to the beginning a sentence tells (where a record began, the document a
renewal renews), not to the sentence's record."""

from __future__ import annotations

import re

from kerjasama_cli.extract.date_mention import DateMention

# "penandatanganan LoI ... diawali dari kunjungan Menteri ... sekitar bulan April 2016": a date
# after the words that tell where a record began is that beginning's, not the record's.
# ("diawali dengan penandatanganan LoI ... 14 Juni 1996" is the LoI's own date: only "dari").
_ORIGIN = re.compile(
    r"\b(?:diawali|berawal|bermula)\s+dari\b|\b(?:stemmed|originated) from\b", re.I
)


# "memperbarui MoU kerja sama yang ditandatangani pada 2019, Senin (26/5)", "to extend the MoU
# ... signed in 2019": the date of the document renewed, told in a clause after it, is that
# document's, not the renewal's.
_RENEWING = re.compile(
    r"\b(?:memperpanjang|perpanjangan|diperpanjang|memperbarui|pembaruan|diperbarui|"
    r"renew(?:s|ed|ing|al)?|extend(?:s|ed|ing)?|extension)\b",
    re.I,
)
_SIGNED_THEN = re.compile(
    r"\b(?:yang\s+(?:telah\s+|sudah\s+|pernah\s+)?(?:ditandatangani|diteken|disepakati|dibuat)|"
    r"(?:which|that)\s+(?:was|were|had been)\s+signed|signed)\s+(?:pada\s+|in\s+|on\s+)?"
    r"(?:tanggal\s+|tahun\s+)?$",
    re.I,
)


def of_an_origin(sentence: str, date: DateMention) -> bool:
    """Whether the date belongs to the beginning the sentence tells, not to its record: the
    beginning a record came from, or the document a renewal renews."""
    before = sentence[max(0, date.start - 160) : date.start]
    found = list(_ORIGIN.finditer(before))
    if found and ";" not in before[found[-1].end() :]:
        return True
    return of_a_renewed_document(sentence, date)


def of_a_renewed_document(sentence: str, date: DateMention) -> bool:
    """Whether the date is that of the document a renewal renews ("memperbarui MoU ... yang
    ditandatangani pada 2019", "to extend the MoU ... signed in 2019")."""
    before = sentence[max(0, date.start - 160) : date.start]
    return bool(_SIGNED_THEN.search(before) and _RENEWING.search(before))
