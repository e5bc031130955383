"""The stage a draft's record proves (domain/stages.py's keys), told by its type and its words.

A signed LoI proves `loi`; an MoU, agreement or sister-city document `signing`; a document
renewed ("memperpanjang MoU", "renewed its agreement") `renewal`; a programme or a visit
`implementation`. An exploration ("menjajaki", "penjajakan", "explore", "peluang") proves
`exploration` and a plan, wish or offer ("berencana", "tawaran", "keinginan", "plans to",
"offered") `initiative`, whatever the type word it governs: such a draft is never a signed
document (its type is `other`, or a visit made to explore). A draft with no such word and a type
that proves nothing (a membership, `other`) has no stage: it is left empty, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.guards import INITIATIVE_WORDS, done_told
from kerjasama_cli.extract.intent import AWAITS_APPROVAL, COUNCIL_APPROVED
from kerjasama_cli.geo.names import normalise

EXPLORATION = "exploration"
CENTRAL_APPROVAL = "central_approval"
INITIATIVE = "initiative"

_EXPLORE = re.compile(
    r"\b(?:menjajaki|menjajagi|jajaki|penjajakan|penjajagan|dijajaki|peluang|potensi|"
    r"membahas|dibahas|pembahasan|explor\w*|opportunit\w*|potential|discuss\w*|talks|"
    # talks held in Indonesian words ("menjalin pembicaraan", "mengadakan diskusi")
    r"(?:menjalin|mengadakan|melakukan|menggelar|melangsungkan)\s+(?:pembicaraan|perbincangan|"
    r"diskusi)|berdiskusi|"
    r"seek(?:s|ing)?|sought|"
    # a tie still studied or worked out: "perlu pengkajian mendalam", "tengah menggodok
    # kerjasama bilateral", "a feasibility study"
    r"kajian|pengkajian|mengkaji|dikaji|menggodok|digodok|feasibility|"
    # a tie worked out, not yet made: "untuk mematangkan kerja sama", "finalise the cooperation"
    r"mematangkan|dimatangkan|pematangan|matangkan|finali[sz]\w*|"
    # a first step towards a tie: "Pertemuan ini adalah awal untuk mewujudkan Sister City"
    r"awal (?:untuk|dari|bagi)|langkah awal|pintu pembuka|(?:a |the )?first step)\b",
    re.I,
)
# What makes a visit or meeting an exploration (not a plan's or talk's words, which make an
# `other` record's stage): programmes floated at it ("ada beberapa program yang diwacanakan"),
# or the guest's first call ("ini merupakan kunjungan pertamanya ke Riau").
_FIRST_CALL = re.compile(
    r"\b(?:diwacanakan|mewacanakan|kunjungan (?:kehormatan )?pertama(?:nya)?|"
    r"(?:his|her|their) first (?:courtesy )?(?:visit|call))\b",
    re.I,
)
# Exploring proper, not only talking: what a tie that runs does not need.
_EXPLORE_TIE = re.compile(
    r"\b(?:menjajaki|menjajagi|jajaki|penjajakan|penjajagan|dijajaki|peluang|potensi|explor\w*|"
    r"opportunit\w*|potential|awal (?:untuk|dari|bagi)|langkah awal|pintu pembuka|first step)\b",
    re.I,
)
_PLAN = re.compile(
    r"\b(?:berencana|merencanakan|rencana|direncanakan|tawaran|menawarkan|ditawarkan|usulan|"
    r"mengusulkan|keinginan|ingin|berminat|minat|tertarik|akan|bakal|calon|plans?|planned|planning|"
    rf"{INITIATIVE_WORDS}|"
    r"intends?|intention|proposed?|offer\w*|interest(?:ed)?|wish\w*|will|would like|"
    r"push(?:es|ing|ed)? for)\b",
    re.I,
)
# A tie the event is for and that is still to be made: "berkunjung ke Negeri Sembilan untuk
# bersilaturahim dan menjalin kerja sama", "Kerja sama yang digagas", "wish to establish ...
# cooperative relations", "Penggalangan kerjasama ini dilakukan saat Walikota ... berkunjung";
# not a tie made before ("telah menjalin", "yang terjalin").
_TO_MAKE = re.compile(
    r"(?<!telah )(?<!sudah )(?<!lama )(?<!terus )\b(?:menjalin|membangun|membentuk|merintis) "
    r"(?:penguatan )?(?:kerja\s*sama|kerjasama|hubungan|kemitraan)\b|"
    r"\b(?:digagas|menggagas|penggalangan|menggalang|bicarakan|"
    r"dibicarakan|membicarakan)\b|"
    r"\b(?:wish(?:es)?|want(?:s)?|hopes?|seeks?|aims?) to (?:establish|form|build|forge|set up|"
    r"open)\b|\bto establish\b",
    re.I,
)
# A tie told as already made and running: "telah terjalin", "selama ini", "sejak 1998", "kerja
# sama jangka panjang", "since 1990", "long-standing".
TIE_RUNS = re.compile(
    # ("telah menjalin pembicaraan": talks held, not a tie)
    r"\b(?:telah|sudah)\s+(?:lama\s+)?(?:menjalin|terjalin|dijalin|berjalan|bekerja\s*sama|"
    r"memiliki|mempunyai)\b(?!\s+(?:pembicaraan|perbincangan|diskusi|komunikasi))|"
    r"\bselama ini\b|\bsejak\s+(?:tahun\s+)?\d{4}\b|"
    r"\bjangka panjang\b|\bhasil kerja\s*sama\b|\bsince\s+\d{4}\b|"
    r"\b(?:long-standing|longstanding)\b",
    re.I,
)
_AWAITS_APPROVAL = re.compile(AWAITS_APPROVAL, re.I)
_COUNCIL_APPROVED = re.compile(COUNCIL_APPROVED, re.I)
_DPRD = re.compile(
    r"[^.;]{0,30}\b(?:DPRD|Dewan Perwakilan Rakyat Daerah|(?:regional|local) "
    r"(?:parliament|council|legislature))\b",
    re.I,
)
# Not "renewable energy"; "an extension of their agreement" is one.
_RENEW = re.compile(
    r"\b(?:memperpanjang|perpanjangan|diperpanjang|perpanjang|memperbarui|pembaruan|diperbarui|"
    r"renew(?!able)\w*|extend(?:ed|s)? (?:the|its|their)|(?:an |the )?extension of|"
    # a tie revitalised ("MoU Revitalisasi Kerja Sama", "revitalising their sister city
    # cooperation"); not a market or a harbour revitalised
    r"revitali[sz]\w*\s+(?:(?:the|their|its)\s+)?(?:sister|kota kembar|kerja\s*sama|"
    r"kemitraan|hubungan|cooperation|partnership|ties|relations))\b",
    re.I,
)
# A tie brought back to life: "hidupkan kembali", "diaktifkan kembali", "revive", "reactivate".
_REVIVE = re.compile(
    r"\b(?:(?:meng|di)?hidupkan kembali|(?:meng|di)aktifkan kembali|reviv\w*|reactivat\w*)\b",
    re.I,
)
# The stage a record's type proves on its own (domain/stages.py's DEFAULT_STAGES).
BY_TYPE = {
    "loi": "loi",
    "mou": "signing",
    "agreement": "signing",
    "sister_city": "signing",
    "programme": "implementation",
    "visit": "implementation",
    "meeting": "implementation",
    "office_opening": "implementation",
}
_DOCUMENTS = ("loi", "mou", "agreement", "sister_city")


# A renewal denied: "was not renewed", "belum diperpanjang", "tidak diperpanjang lagi".
_NOT_RENEWED = re.compile(
    r"\b(?:not|never|tidak|belum|tak|bukan)\s+(?:(?:been|yet|pernah|lagi)\s+)?(?:be\s+)?"
    r"(?:renewed|extended|diperpanjang|diperbarui)\b",
    re.I,
)


def _renewed(text: str) -> bool:
    """Whether the text tells a renewal, one it denies aside."""
    return bool(_RENEW.search(_NOT_RENEWED.sub(" ", text)))


def _approval(text: str) -> str | None:
    """The approval stage the text tells a document at: awaiting the central government's or
    the regional parliament's ("persetujuan DPRD"), or granted by the parliament and not yet
    signed ("penandatanganan MoU ... disetujui DPRD")."""
    awaits = _AWAITS_APPROVAL.search(text)
    if awaits:
        # as domain/stages.py orders them
        return "dprd_approval" if _DPRD.match(text, awaits.end()) else CENTRAL_APPROVAL
    if _COUNCIL_APPROVED.search(text):
        return "dprd_approval"
    return None


def approval_reached(stage: str | None, rtype: str, sentences: Sequence[str]) -> str | None:
    """The stage of an `other` record planned or explored by its first sentence when a later
    one of its own tells the document at an approval ("Pemkot akan menjalin sister city ...
    penandatanganan MoU ... disetujui DPRD"): the furthest step told is the record's."""
    if rtype != "other" or stage not in (EXPLORATION, INITIATIVE):
        return stage
    return _approval(" ".join(sentences)) or stage


def stage_of(rtype: str, sentences: Sequence[str], exploring: bool) -> str | None:
    """The stage a draft of type `rtype` proves, from its own sentences; `exploring` says its
    type word was read as only explored, planned or offered (facts.Facts.exploring)."""
    text = " ".join(sentences)
    if rtype in _DOCUMENTS and not exploring:
        if _renewed(text):
            return "renewal"
        return BY_TYPE[rtype]
    if exploring or rtype == "other":
        # "MoU ... masih menunggu persetujuan Kementerian Dalam Negeri": the document waits at
        # the central government's approval
        approval = _approval(text)
        if approval:
            return approval
        if _renewed(text) or _REVIVE.search(text):
            # "membahas perpanjangan kerja sama sister province", "siap hidupkan kembali
            # konsep kota kembar": the plan is to renew a tie that was, its stage the renewal.
            return "renewal"
        if _EXPLORE.search(text):
            return EXPLORATION
        if _PLAN.search(text) or exploring:
            return INITIATIVE
        return None
    explores = _EXPLORE.search(text) or _FIRST_CALL.search(text)
    if rtype in ("visit", "meeting") and explores and not _signed(text):
        if TIE_RUNS.search(text) and not _EXPLORE_TIE.search(text):
            # "Pertemuan tersebut membahas hubungan ... Stevens menyoroti kerja sama jangka
            # panjang": talks within a tie that runs are its use, not an exploration.
            return BY_TYPE[rtype]
        return EXPLORATION  # a visit made to explore a tie is the exploration, not its use
    if (
        rtype in ("visit", "meeting")
        and _TO_MAKE.search(text)
        and not _signed(text)
        and not TIE_RUNS.search(text)
    ):
        return EXPLORATION  # "berkunjung ... untuk menjalin kerja sama": a tie still to make
    return BY_TYPE.get(rtype)


_SIGNED = re.compile(
    r"\b(?:menandatangani|ditandatangani|penandatanganan|signed|signing|meneken|diteken)\b", re.I
)


def _signed(text: str) -> bool:
    return bool(_SIGNED.search(text))


# Cooperation told as going on, anywhere in the article: "ingin terus melanjutkan kolaborasi",
# "hubungan ... sudah terbangun", "to continue the cooperation", "existing cooperation".
_GOES_ON = re.compile(
    r"\b(?:melanjutkan|dilanjutkan|berlanjut|keberlanjutan|terbangun|terjalin|"
    r"continu\w*|ongoing|existing|on-going)\b|"
    # "sudah punya hubungan yakni sister city", "terus mempererat hubungan kerjasama"
    r"\b(?:sudah|telah)\s+punya\b|\bterus\s+(?:mempererat|memperkuat|meningkatkan|menjalin)\b|"
    # the envoy back again: "kunjungan keduanya ke Jambi", "his second visit"
    r"\bkunjungan (?:yang )?ke(?:dua|tiga|\d)\w*|\b(?:second|third) (?:visit|call)\b|"
    r"\bkembali (?:berkunjung|mengunjungi|datang)\b|"
    # a cooperation seen at work: "to see in action how Australia and Indonesia are working
    # together", "to see firsthand the cooperation", "melihat langsung pelaksanaan kerja sama"
    r"\b(?:are|is)\s+working\s+together\b|\bsee\s+(?:firsthand|first-hand|in\s+action)\b|"
    r"\bmelihat\s+langsung\s+(?:pelaksanaan|hasil|jalannya)\b|"
    # the call is about the envoy's own consulate, not a tie: "an honorary consulate"
    r"\b(?:honorary consul\w*|konsul(?:at)? kehormatan)\b|"
    # "how Australia and Indonesia are working together": cooperation at work now (i44h)
    r"\b(?:are|is|have been) working together\b",
    re.I,
)


def an_envoy_s_first_call(
    rtype: str, kind: str | None, stage: str | None, told: Sequence[str], article: Sequence[str]
) -> bool:
    """Whether a meeting with a country (an envoy's call, the lead's convention) explores: the
    article talks of cooperation, tells no tie that runs or goes on, and the call's sentences
    nothing signed; a call within a tie, or a bare courtesy call, is a tie's use. A visit of a
    country (its minister, ministry or parliament received) explores likewise: all 13 such
    visits of real1–real29 are labelled so (i40a)."""
    whole = _MANY_TIES.sub(" ", " ".join(article))
    return (
        rtype in ("meeting", "visit")
        and kind == "country"
        and stage == BY_TYPE[rtype]
        and not _signed(" ".join(told))
        and bool(_COOPERATION.search(whole) or _PLAN.search(whole))
        and not TIE_RUNS.search(whole)
        and not _GOES_ON.search(whole)
    )


# Our government's ties at large, not one with the partner: "Pemprov telah menjalin berbagai
# kerja sama baik di tingkat regional", "has established many partnerships".
_MANY_TIES = re.compile(
    r"\b(?:telah|sudah)\s+(?:menjalin|memiliki|mempunyai)\s+(?:berbagai|banyak)\b|"
    r"\b(?:has|have)\s+(?:established|built|forged)\s+(?:various|many|numerous)\b",
    re.I,
)
# What a call explores: cooperation or topics talked of, or a plan or wish (_PLAN); a bare
# courtesy call is the convention's use.
_COOPERATION = re.compile(
    r"\b(?:kerja\s*sama|kerjasama|kolaborasi|kemitraan|bidang|cooperat\w*|collaborat\w*|"
    r"partnership\w*|sectors?|fields?|membahas|berbincang|dialog|discuss\w*|talk(?:s|ed)?)\b",
    re.I,
)


def still_to_come(
    rtype: str, dated: bool, own: Sequence[Facts], article: Sequence[Facts] | None
) -> bool:
    """Whether a record typed `rtype` is only a plan, told so by the article: a visit the lead
    says is still to come ("X dijadwalkan mengunjungi Bogor ... Kedatangan X diawali ...": the
    later untensed mentions are of the same planned visit), or a document the visit announced in
    the lead is for ("akan mengunjungi Moskow ... Tujuannya untuk penandatanganan MoU"), with no
    sentence of its own telling it done."""
    first = min(own, key=lambda f: f.sentence.index)
    if rtype in ("visit", "meeting") and not dated and first.planned_event:
        return True
    return (
        rtype in _DOCUMENTS
        and any(f.planned_event for f in (article or [])[:2])
        and not any(done_told(f.sentence.text) for f in own)
    )


# "Hal itu dikatakan Liu ... saat menyambangi Rumah Dinas Wali Kota", "This was conveyed ...":
# the sentence points back to what was said before it, which tells what the event was for.
_SAID_BACK = re.compile(
    r"^(?:Hal (?:itu|ini|tersebut)|Demikian|Pernyataan (?:itu|tersebut)|This was|That was)\b", re.I
)


# The next sentence naming the step just told, pointing back at it: "Penjajakan itu ...",
# "Pembahasan tersebut ...", "The exploration ...", "These talks ...".
_STEP_NAMED_BACK = re.compile(
    r"^(?:(?:Penjajakan|Penjajagan|Pembahasan|Kajian|Rencana|Gagasan|Usulan|Tawaran|Wacana)\s+"
    r"(?:itu|ini|tersebut)|(?:The|This|These)\s+(?:exploration|talks|plan|proposal|idea|offer)s?|"
    # the plan's purpose, pointing back: "... akan mengirim delegasi ke Riau pada Juni mendatang.
    # Hal ini guna melakukan diskusi lebih lanjut dan meninjau potensi" (real41), "This is to ..."
    r"Hal (?:itu|ini|tersebut) (?:guna|untuk|bertujuan|dimaksudkan)|"
    r"(?:This|That) (?:is|was|aims|is meant|is intended) to)\b",
    re.I,
)


def named_back(indexes: Sequence[int], article: Sequence[Facts]) -> list[str]:
    """The sentences right after a record's own that name its step, pointing back at it."""
    return [
        article[i + 1].sentence.text
        for i in indexes
        if i + 1 < len(article) and _STEP_NAMED_BACK.match(article[i + 1].sentence.text)
    ]


def told_before(indexes: Sequence[int], article: Sequence[Facts]) -> list[str]:
    """The sentences a record's own sentences point back to ("Hal itu dikatakan ...")."""
    return [
        article[i - 1].sentence.text
        for i in indexes
        if 0 < i <= len(article) and _SAID_BACK.match(article[i].sentence.text)
    ]


def calls_that_explore(drafts: list[Draft]) -> list[Draft]:
    """An envoy's call on us (a meeting with the envoy's country) at which the article offers or
    proposes a tie with a city or region of that country ("Kita menawarkan kerja sama sister
    city dua kota di Tiongkok dengan Kota Padang", told at the consul general's call) explores
    that tie: its stage is the exploration, not a tie's use."""
    for call in drafts:
        if (
            call.type != "meeting"
            or call.partner_kind != "country"
            or call.stage != BY_TYPE["meeting"]
        ):
            continue
        told = " ".join(call.evidence.get(k, "") for k in ("type", "stage"))
        if TIE_RUNS.search(told):
            continue  # "program kerja sama tersebut sudah terjalin sejak lama": a tie's use
        if any(
            d.type == "other"
            and d.stage == INITIATIVE
            and d.partner_kind in ("city", "province")
            and d.country == call.country
            for d in drafts
        ):
            call.stage = EXPLORATION
    return drafts


# A headline that explores: "Wali Kota Tono Kunjungi Purbalingga dan Jajaki Kerja Sama", "Pemprov
# Jajaki Kerja Sama Investasi dengan Uni Emirat Arab", "Kendal Explores Cooperation with ...".
_HEADLINE_EXPLORES = re.compile(
    r"\b(?:jajaki|menjajaki|jajagi|menjajagi|penjajakan|explor(?:e|es|ing))\b", re.I
)


def headline_explores(drafts: list[Draft], title: str | None) -> list[Draft]:
    """A visit or meeting, read as a tie's use, whose partner the headline names beside an
    exploring word and no signing: the headline tells what the trip was for, its stage the
    exploration."""
    if not title or not _HEADLINE_EXPLORES.search(title) or _signed(title):
        return drafts
    folded = f" {normalise(title)} "  # "Tono" names the partner "Tōno"
    for event in drafts:
        if (
            event.type in ("visit", "meeting")
            and event.stage == BY_TYPE[event.type]
            and event.partner
            and f" {normalise(event.partner)} " in folded
        ):
            event.stage = EXPLORATION
    return drafts
