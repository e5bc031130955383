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

from kerjasama_cli.extract import lexicon

# The words right before the type word (same clause, nothing between but articles and a
# cooperation word) that make it a purpose, an idea or an agreement to sign.
_MEANT = re.compile(
    r"(?:\buntuk\s+(?:membuat|menjalin|mengadakan|membentuk|mewujudkan|menjadikan|merintis|"
    # a tie to design: "ajakan Konsul Jenderal ... untuk merancang kota kembar dengan ..."
    r"merancang|menyusun)|"
    r"\bin order to (?:establish|form|create|forge)|"
    # a trip made to establish the tie: "made a working visit to Japan ... to establish a
    # sister province relationship" (agreeing to establish one is its signing: _AGREED)
    r"\bto (?:establish|forge|design|draw up|draft|prepare)|"
    # "dengan menjadikan dua wilayah tersebut sebagai sister province", "untuk menjadi sister
    # province", "to become sister cities": what the two are to become
    # "digadang-gadang menjadi sister city": touted to become
    r"\b(?:untuk|dengan|akan|dapat|bisa|segera|digadang(?:-\s*gadang)?)\s+(?:segera\s+)?"
    r"(?:menjadikan\b[^.;]{0,50}?\s+sebagai|menjadi)|"
    r"\bto (?:become|make\b[^.;]{0,50}?)|\b(?:would|will|could|can) (?:soon )?(?:be|become)|"
    # a wish for what the two are to become: "ingin Bontang dan Kota Aomori menjadi sister
    # city", "berharap ... menjadi kota kembar", "hoped that X and Y would be sister cities"
    r"\b(?:ingin|berharap|harapkan|mengharapkan|semoga|mudah-mudahan|berkeinginan|hopes?|"
    r"hoped|wants?|wanted|wish(?:es|ed)?)\b(?:(?!\b(?:telah|sudah|resmi|terus|tetap|signed)\b)"
    r"[^.;]){0,70}?\b(?:menjadi|become|be)|"
    r"\b(?:wacana|gagasan|ide|the idea of|an idea of)|"
    # a tie planned, told as the object of the plan: "plans a sister city relationship with"
    r"\b(?:plans|planned|planning|intends|intended|intending)|"
    # a signing explored, prepared or about to be: "tengah menjajaki penandatanganan LoI",
    # "bersiap meneken LoI", "are set to sign a letter of intent", "persiapan penandatanganan"
    r"\b(?:menjajaki|menjajagi|menjajaki kemungkinan|merencanakan|berencana|rencana|menyiapkan|"
    r"mempersiapkan|persiapan|bersiap|bersiap-siap|siap|set to|ready to|preparing to|prepares? to|"
    r"preparations? for|preparing for|exploring|explore|plans? for|planning)\s+(?:untuk\s+)?"
    r"(?:penandatanganan|menandatangani|meneken|sign|signing|the signing of|signing of)|"
    # a wish or an offer of the document: "berharap dapat menandatangani MoU", "wants to
    # establish a sister city partnership", "has offered a letter of intent"
    r"\b(?:berharap|harapkan|ingin|berkeinginan|hendak|mau|hopes?|hoped|hoping|wants?|wanted|"
    r"wish(?:es|ed)?|would like|seeks?|sought|aims?|is keen|are keen)\s+"
    r"(?:(?:agar|supaya|bisa|dapat|segera|untuk|to|soon)\s+){0,3}"
    r"(?:menandatangani|meneken|menjalin|membentuk|membangun|sign|establish|form|forge|build|"
    r"set up|create)|"
    r"\b(?:offered|offers|offering|has offered|proposed|proposes|proposing|"
    # a target: "menargetkan kerja sama sister city ... terwujud tahun depan"
    r"menargetkan|mentargetkan|ditargetkan|targets|targeted|targeting)|"
    r"\b(?:konsep|rancangan|draf|draft|the draft of)|"
    r"(?:^|[.;:\"“]\s*)dibuat|"
    r"\b(?:sepakat|bersepakat|setuju|menyepakati|agreed|agree)\s+(?:untuk\s+|to\s+)?"
    r"(?:menandatangani|meneken|sign|segera menandatangani|menyusun|merancang|draft|draw up))"
    # "untuk menjalin penguatan kerjasama sister province": a strengthening to establish
    r"\s+(?:(?:sebuah|suatu|an?|the|naskah|kerja\s*sama|kerjasama|hubungan|program|mou|loi|moa|"
    r"penguatan|peningkatan|pengembangan)"
    r"(?:\s*\([A-Za-z]+\))?\s+){0,3}$",
    re.I,
)


# A document awaiting or needing its approval ("masih menunggu persetujuan Kementerian Dalam
# Negeri", "is awaiting approval from the Home Affairs Ministry", "perlu mendapat persetujuan"):
# not signed yet; stages.py reads it as the central approval stage.
AWAITS_APPROVAL = (
    r"\b(?:menunggu|menanti|perlu (?:mendapat(?:kan)? )?|memerlukan|butuh|membutuhkan)\s*"
    r"(?:persetujuan|pengesahan|izin|rekomendasi)\b|"
    r"\b(?:awaiting|awaits|await|pending|waiting for|needs?|requires?)\s+(?:the\s+)?"
    r"(?:approval|clearance|endorsement|authori[sz]ation)\b"
)


# A signing the regional parliament approved, told of the signing itself ("penandatanganan MoU
# sister city dengan Kota Split dan Ulsan disetujui DPRD", "the signing ... was approved by the
# city council"), nothing told signed after it: the document waits for its signing; stages.py
# reads it as the DPRD's approval stage.
COUNCIL_APPROVED = (
    r"\b(?:disetujui|direstui|mendapat persetujuan)\s+(?:oleh\s+)?"
    r"(?:DPRD|Dewan Perwakilan Rakyat Daerah)\b|"
    r"\bapproved by the (?:[\w-]+\s+){0,2}?(?:DPRD|council|parliament|legislature)\b"
)


# A predicate of the type word, in its clause, telling it under way or still to be signed
# ("Kerja sama sister city antara ... sedang diupayakan", "A memorandum ... between Bontang and
# Aomori, Japan, will be signed in June"), nothing told done between.
_STILL_AFTER = re.compile(
    r"(?:(?!\b(?:telah|sudah|resmi|signed|ditandatangani|diteken|menandatangani|sejak|since|"
    r"selama ini|(?:has|have|had) been)\b|"
    # another clause, another subject: "signed an MoU, and an agreement will be signed"
    r",\s*(?:dan|and|serta|sedangkan|while|but|namun|tetapi|whereas)\b)[^.;]){0,160}?"
    r"(?:\b(?:sedang|tengah|masih|terus)\s+(?:di(?:upayakan|jajaki|rintis|bahas|proses|"
    r"persiapkan|siapkan|godok|kaji|rancang|usulkan|matangkan|negosiasikan|rundingkan|"
    r"perjuangkan)|dalam (?:proses|tahap)\b)|"
    r"\b(?:akan|bakal|rencananya|dijadwalkan)\s+(?:segera\s+)?(?:ditandatangani|diteken)\b|"
    # a tie only conceived: "kota kembar yang sudah digagas ... sejak tahun 2021", "first
    # mooted in 2019"
    r"\byang\s+(?:sudah\s+|telah\s+)?digagas\b|\b(?:first\s+)?(?:mooted|conceived)\b|"
    # a tie hoped to come true: "berharap sister city ... dapat terwujud tahun depan"
    r"\b(?:dapat|bisa)\s+(?:segera\s+)?(?:terwujud|terealisasi|direalisasikan|diwujudkan|"
    r"ditandatangani|diteken)\b|\b(?:can|could) (?:soon )?(?:be )?(?:realised|realized|"
    r"materiali[sz]e|come true)\b|"
    r"\b(?:is|are) (?:still )?being (?:worked out|explored|discussed|prepared|negotiated|pursued|"
    r"studied|drafted|finali[sz]ed)\b|\b(?:is|are) (?:still )?under (?:discussion|negotiation|"
    r"consideration|study)\b|"
    r"\b(?:will|is to|are to|is due to|are due to|shall) be (?:signed|inked)\b|"
    # awaiting the central government's approval: "masih menunggu persetujuan Kemendagri"
    + AWAITS_APPROVAL
    + r"|(?:"
    + COUNCIL_APPROVED
    + r")(?![^.;]*\b(?:ditandatangani|diteken|signed|inked)\b))",
    re.I,
)


# "keduanya sepakat untuk menjalin kerja sama Sister City pada 16 Juli 1985": agreeing to
# establish a tie is how its signing is told, not a purpose.
_AGREED = re.compile(
    r"\b(?:sepakat|bersepakat|setuju|menyepakati|agreed|"
    r"(?:sign|signs|signed|signing|menandatangani|meneken)\b[^.;]{0,80}?)\s+$",
    re.I,
)


# The signing of the document, right before its word ("penandatanganan MoU", "the signing of a
# sister city memorandum"), and that signing told still to come after it ("... will take place
# soon", "... akan digelar bulan depan"), nothing told done between.
_SIGNING_OF = re.compile(
    r"\b(?:penandatanganan|signing of|signing)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_TO_TAKE_PLACE = re.compile(
    r"(?:(?!\b(?:telah|sudah|took|was held|signed|ditandatangani|diteken)\b)[^.;]){0,160}?"
    r"\b(?:(?:will|is to|is due to|is scheduled to|is expected to|shall) (?:soon )?"
    r"(?:take place|be held|be carried out)|(?:akan|bakal|dijadwalkan)\s+(?:segera\s+)?"
    r"(?:dilakukan|dilaksanakan|digelar|diadakan|berlangsung)|"
    # a day set for it: "dijadwalkan pada Juli", "is scheduled for July", "is set for"
    r"(?:dijadwalkan|direncanakan|rencananya)\s+(?:pada|tanggal|bulan|digelar)|"
    r"(?:is|are|was|were)\s+(?:scheduled|set|planned|slated)\s+(?:for|on|in))\b",
    re.I,
)


def meant(sentence: str, at: int) -> bool:
    """Whether the type word at `at` is only meant, an idea, or agreed to be signed, or told
    after it as under way or still to be signed ("... sedang diupayakan", "... will be
    signed in June")."""
    if _STILL_AFTER.match(sentence[at:]):
        return True
    if _SIGNING_OF.search(sentence[max(0, at - 60) : at]) and _TO_TAKE_PLACE.match(sentence[at:]):
        return True
    if _about_a_planned_document(sentence, at):
        return True
    window = sentence[max(0, at - 90) : at]
    found = _MEANT.search(window)
    if found is None:
        return False
    return not (
        found.group(0).lower().startswith(("untuk", "to "))
        and _AGREED.search(window[: found.start()])
        # agreeing to draft or design a document is not signing it
        and not _DRAFTING.search(found.group(0))
    )


_DRAFTING = re.compile(r"\b(?:merancang|menyusun|design|draw up|draft|prepare)\b", re.I)


# What joins a document to the tie it is about: "the draft memorandum of understanding on a
# sister city relationship", "rancangan MoU tentang kerja sama kota kembar".
_ABOUT = re.compile(
    r"\s+(?:on|about|for|tentang|mengenai|terkait|soal)\s+"
    r"(?:(?:a|an|the|kerja\s*sama|kerjasama|hubungan|program)\s+)*",
    re.I,
)
_DOCUMENT_WORDS = [p for t, p in lexicon.TYPE_PATTERNS if t in ("loi", "mou", "agreement")]


def _about_a_planned_document(sentence: str, at: int) -> bool:
    """Whether the type word at `at` is the tie a document only meant is about: the tie is
    planned with it."""
    window_start = max(0, at - 120)
    for pattern in _DOCUMENT_WORDS:
        for m in pattern.finditer(sentence, window_start, at):
            if _ABOUT.fullmatch(sentence[m.end() : at]) and meant(sentence, m.start()):
                return True
    return False


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
