"""The words that frame a sector in a sentence (sector_frames.py reads them).

A cooperation word (COOP: the sentence needs one), a field word after which a list follows
(FIELD), what a document is about (ABOUT), the openers that carry a frame on (LIST_OPENER), a
sentence that is all content ("Under the agreement, ...": UNDER), a sector word before a
cooperation word (AFTER), ties of the kind in general (GENERIC), a sentence that goes on with
the list before (LISTING), and what is no frame: a benefit or aim (BENEFIT), what two places share
(COMMON). Split from sector_frames.py (issue 23, i33d).
"""

from __future__ import annotations

import re

# Words that speak of cooperation (the sentence needs one for any sector to count), sharing
# knowledge or experience included.
COOP_WORDS = (
    r"kerja ?sama|bekerja ?sama|dikerjasamakan|kerjasamakan|kolaborasi|berkolaborasi|kemitraan|"
    r"cooperat\w*|co-operat\w*|collaborat\w*|partnerships?|pertukaran|exchanges?|"
    r"program(?:me)?s?|magang|internships?|pelatihan|training|dukungan|bantuan|"
    r"(?:support|assistance) (?:on|in)|pertemuan|meetings?|talks|"
    r"work(?:s|ed|ing)? (?:together|with)|studi banding|comparative stud(?:y|ies)|"
    r"linkages?|dialog(?:ue)?|relations? between|relationship between|"
    # ties built in fields ("telah lama menjalin hubungan erat dalam pendidikan, budaya")
    r"(?:men)?jalin hubungan(?: yang)?(?: erat| baik)? (?:dalam|di)|"
    # supporting each other in fields ("untuk saling mendukung dalam berbagai bidang, dari ...")
    r"saling (?:mendukung|membantu)|mutual(?:ly)? support\w*|"
    # Sharing knowledge or experience is cooperation ("berbagi pengetahuan dan pengalaman").
    r"berbagi (?:pengetahuan|pengalaman|ilmu)|shar(?:e|es|ed|ing) (?:knowledge|experiences?)|"
    # The scope agreed and the talks held are the cooperation's ("Ruang lingkup yang disepakati
    # yakni ...", "Fokus utama diskusi mencakup ...", "The discussions focused on ...").
    r"(?:ruang )?lingkup|scope|diskusi|discussions?|pembahasan|"
    # ... and so are the topics two governments talk over ("The ambassador and the mayor also
    # discussed transportation", "both governors exchanged views on ... climate change")
    r"discuss(?:es|ed|ing)?|(?:ber|men|di)diskusi(?:kan)?|membahas|dibahas|"
    # ... and "membicarakan" as "membahas" ("Pertemuan membicarakan beberapa hal, diantaranya ...
    # penjajakan investasi", "poin-poin bahasan dalam audiensi ini": real20, real27, real28)
    r"(?:mem|di)bicarakan|pembicaraan|bahasan|"
    r"exchang(?:e|es|ed|ing) views|bertukar (?:pikiran|pandangan)|"
    r"MoU|LoI|MoA|memorandum(?: of understanding)?|letters? of intent|agreements?|perjanjian|"
    r"kesepakatan|nota kesepahaman|pernyataan kehendak|arrangements?|"
    r"sister[- ](?:city|cities|province|provinces|state)|twin[- ](?:city|cities|towns?)|"
    r"friendship[- ](?:city|cities)|kota (?:kembar|bersaudara)|"
    # a partner's interest in named fields is what it would cooperate in ("AS tertarik pada
    # bidang energi, teknologi serta penerbangan")
    r"(?:tertarik|berminat) (?:pada|di|dengan|untuk) (?=bidang|sektor)|"
    r"interested in (?:the )?(?=fields?|sectors?|areas?)"
)
# ... with the possessive "-nya" an Indonesian word takes ("kerja samanya", "kemitraannya")
COOP = re.compile(rf"\b(?:{COOP_WORDS})(?:nya)?\b", re.I)
TIES = re.compile(r"(?:memperkuat|mempererat|meningkatkan|memperluas) (?:kembali )?hubungan", re.I)
# Words after which a list of sectors follows.
FIELD = re.compile(
    r"\b(?:bidang(?:-bidang)?|sektor(?:-sektor)?|aspek|"
    # "guna memperkuat hubungan budaya, sosial dan ekonomi": the fields of the ties strengthened
    r"(?:memperkuat|mempererat|meningkatkan|memperluas) (?:kembali )?hubungan|lingkup|dalam hal|"
    # "dikerjasamakan ... untuk berbagai hal, terutama pada perekonomian": the many things are
    # its fields
    r"(?:berbagai|segala|banyak) hal|fields?(?: of)?|"
    r"dalam bentuk|berupa|in the form of|"
    # "bentuk kerja sama yang direncanakan ... adalah masalah investasi": the form is its field
    r"bentuk(?= (?:kerja ?sama|kolaborasi)\b)|(?:form|kind)s? of(?= (?:the )?cooperation\b)|"
    r"areas?(?: of)?|sectors?(?: of)?|(?:di)?fokus(?:kan)?(?: utama)? (?:pada|untuk|ke)|"
    r"berfokus (?:pada|ke)|focus(?:es|ed|ing)? on|diarahkan (?:pada|untuk|ke)|"
    r"mengarah (?:pada|ke)|meliputi|mencakup|merangkum|cover(?:s|ed|ing)?|membahas|dibahas|"
    r"(?:mem|di)bicarakan|bahasan|"  # the talk's topics follow, as after "membahas"
    r"encompass(?:es|ed|ing)?|dari sudut|"
    r"(?:men)?jalin hubungan(?: yang)?(?: erat| baik)? (?:dalam|di)|"
    r"discuss(?:es|ed|ing)?|(?:ber|men)diskusi(?:kan)?|didiskusikan|"
    r"exchang(?:e|es|ed|ing) views (?:on|about)|bertukar (?:pikiran|pandangan)|"
    r"yaitu|yakni|mempelajari|belajar|learn(?:s|ed|ing)?)\b",
    re.I,
)
# "pernyataan kehendak, tentang penguatan SDM, perdagangan, ...": what a document or a
# cooperation is about opens a list like a field word ("tentang" alone is only "about").
ABOUT = re.compile(
    rf"\b(?:{COOP_WORDS})\s*,?\s+(?:tentang|mengenai)\b|"
    # "terkait" (concerning) only after a study or a talk ("studi banding terkait transportasi",
    # "dalam pertemuan tadi juga telah menceritakan yang berkaitan tentang pengembangan ...")
    r"\b(?:studi banding|comparative stud(?:y|ies)|diskusi|pembahasan|(?:mem|di)bahas|"
    r"(?:mem|di)bicarakan|berbicara|(?:men|di)ceritakan|bercerita)\s+(?:yang\s+)?"
    r"(?:terkait|berkaitan|tentang|mengenai|soal)\b(?:\s+(?:dengan|tentang))?",
    re.I,
)
# Words that carry a frame on only right after a cooperation or field word.
LIST_OPENER = re.compile(
    r"\b(?:termasuk|seperti|antara lain|di ?antaranya|khususnya|terutama|mulai|including|"
    r"such as|like|particularly|especially|notably)\b",
    re.I,
)
# A cooperation word whose whole sentence is its content ("Under the agreement, ...").
UNDER = re.compile(
    rf"^(?:Under|Through|Melalui|Lewat)\s+(?:the\s+|this\s+|these\s+)?(?:new\s+)?(?:{COOP_WORDS})\b"
    r"(?:\s+(?:ini|tersebut|itu))?,",
    re.I,
)
# A sector word right before one of these is what the cooperation is about.
AFTER = re.compile(
    r"^\s*(?:cooperation|co-operation|collaboration|partnerships?|exchanges?|"
    r"program(?:me)?s?|sectors?|fields?)\b",
    re.I,
)
# What kind of tie does in general, not what this one covers ("Traditionally, sister city
# relationships focused on cultural and education exchanges").
GENERIC = re.compile(
    r"^(?:Traditionally|Generally|In general|Usually|Typically|Umumnya|Pada umumnya|Biasanya|"
    r"Secara umum|"
    # what such ties are for, not this one ("Sisterhood agreements are mainly designed to ...",
    # "Sister cities are ...", "Konsep sister city ...")
    r"(?:Sisterhood|Sister[- ]city|Twin[- ]city) (?:agreements|relationships|ties|programs)|"
    r"Sister[- ]cities (?:are|were)|Twin[- ]cities (?:are|were)|Konsep (?:sister city|kota kembar))"
    r"\b",
    re.I,
)
# A sentence that only goes on with the list the one before opened ("... di enam bidang.
# Yakni sektor pariwisata dan budaya, perdagangan dan investasi, ...").
LISTING = re.compile(
    r"^(?:Yakni|Yaitu|Antara lain|Di ?antaranya|Meliputi|Namely|They (?:were|are|include)|"
    # "... kerja sama di beberapa bidang. Beberapa di antaranya seperti pendidikan, ..."
    r"(?:Beberapa|Sebagian) di ?antaranya|Some of (?:them|these) (?:were|are|include)|"
    # "... kerjasama di berbagai bidang. Terutama dalam aspek budaya dan keagamaan ..."
    r"(?:Terutama|Khususnya|Especially|Particularly),?\s+(?:dalam|di|pada|in)|"
    r"These (?:were|are|include)|"
    # "Bidang lain yang akan dijajaki berupa ...", "Selain itu bidang perdagangan ...": more
    # fields of the cooperation the sentence before told
    r"(?:Bidang|Sektor)(?:-bidang|-sektor)? lain(?:nya)?|"
    r"Selain itu,?\s+(?:di\s+)?(?:bidang|sektor)|"
    r"Other (?:fields|areas|sectors)|"
    # the next entry of a numbered list of areas ("Key areas of collaboration include: ...
    # Second, Nusantara development ...", "The fourth area is in sustainability")
    r"(?:Second|Third|Fourth|Fifth|Kedua|Ketiga|Keempat|Kelima)(?=,)|"
    r"(?:Second|Third|Fourth|Fifth)(?= (?:is|are)\b)|"
    # an example list going on with the sentence before ("Seperti di sektor pendidikan, sosial,
    # pertanian", "For example, in the fields of ..."), a field word right after it
    r"(?:Seperti|Misalnya|Contohnya|For example|For instance|Such as),?\s+(?:di\s+|dalam\s+|"
    r"in\s+(?:the\s+)?)?(?:bidang|sektor|fields?|sectors?|areas?)|"
    r"The (?:second|third|fourth|fifth|last) (?:area|field|sector))\b",
    re.I,
)
COLON = re.compile(r":\s*")
# What a cooperation brings is not what it covers ("Manfaat kerja sama ini meliputi ...").
BENEFIT = re.compile(
    r"\b(?:manfaat|keuntungan|dampak|tujuan|sasaran|benefits?|aims?|goals?|targets?|"
    # what it will affect ("dapat berpengaruh pada sektor ekonomi", "an impact on the sector")
    r"berpengaruh|berdampak|pengaruh|impacts?|effects?)\b",
    re.I,
)
# What two places have in common is why they cooperate, not what the cooperation covers
# ("banyaknya kesamaan antara kedua kota di berbagai sektor", "much in common in the fields of").
COMMON = re.compile(
    r"\b(?:kesamaan|kemiripan|persamaan|kesamaan potensi|in common|similarit(?:y|ies)|"
    r"similar|"
    # the bonds two places already have ("punya ikatan yang kuat ... dalam hal sejarah maupun
    # budaya", "historical ties")
    r"ikatan|bonds?|historical ties)\b",
    re.I,
)


__all__ = [
    "ABOUT",
    "AFTER",
    "BENEFIT",
    "COLON",
    "COMMON",
    "COOP",
    "COOP_WORDS",
    "FIELD",
    "GENERIC",
    "LISTING",
    "LIST_OPENER",
    "TIES",
    "UNDER",
]
