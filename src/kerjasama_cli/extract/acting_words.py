"""The words of the partner test (acting.py): a foreign government's heads, offices and envoys,
the seats of Indonesia's missions, and the cues that name a place a party of a tie or a meeting
(or only an item of a list). Kept apart from the test's logic so a new title or cue is one word
here."""

from __future__ import annotations

import re

# Words naming a place's kind between an office or cue and the name ("Pemerintah Kota X").
KIND = (
    r"(?:(?:Pemerintah|Pemkot|Pemprov|Pemkab|Kota|Provinsi|Kabupaten|Prefektur|Negara Bagian|"
    r"Distrik|Otoritas Khusus|Wilayah|Daerah(?: Otonom| Istimewa)?|Metropolitan|Kerajaan|Negeri|"
    r"Bandar(?:a)?raya|Munisipalitas|"
    r"(?:\w+\s+)?(?:city|town|village|district|regency|shire|state|province|prefecture|county|"
    r"municipality|region|government) of|the|"
    # "with Japan's Akizuma Prefecture": the country's possessive before its place (i44h)
    r"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s)"
    r"[\s/]+)*"
)
# The kind words a hit may begin with ("Pemerintah Kota Brisbane"): read as before the name.
KIND_LEAD = re.compile(KIND, re.I)
# A head of a foreign government right before the name ("Wali Kota Gurye", "Mayor of Busan",
# "Presiden Majelis Perbandaran Tawau", "City Councilor Baguio").
HEAD_BEFORE = re.compile(
    r"\b(?:Wakil\s+|Deputy\s+|Vice[\s-]+|Penjabat\s+|Pj\.?\s+|Acting\s+)?(?:Wali\s?kota|"
    r"Walikota|Gubernur|Bupati|Mayor|Governor|Regent|Premier|Chief Minister|Ketua Menteri|"
    r"Menteri Besar|Lord Mayor|Datuk Bandar|Presiden|President|Chief Executive|Deputi|Councill?or|"
    r"Alderman|Perdana Menteri|Prime Minister|First Minister|Kepala Daerah|"
    # a foreign government's minister ("Menteri Utility Serawak", "Menteri Luar Negeri Jepang")
    r"Menteri(?: (?-i:[A-Z]\w+)){1,3}|Minister(?: (?:of|for))?(?: (?-i:[A-Z]\w+)){1,3}(?: of)?|"
    r"(?:City|County|Municipal) Councill?or)\s+(?:(?:of|dari)\s+)?"
    # a word between ("Mayor elect"), never where the head goes ("kunjungan gubernur ke Brisbane")
    r"(?:(?!(?:ke|to|di|in|at|menuju|towards)\s)(?-i:[a-z]\w+)\s+)?"
    r"(?:(?:Maj(?:e)?lis|Dewan)\s+(?:Perbandaran|Bandaraya|Daerah|Kota)\s+)?" + KIND + r"$",
    re.I,
)
# A national government's own office, right before its country: "Wakil Menteri Luar Negeri dan
# Perdagangan PNG", "Kementerian Pertanian Malaysia", "Komisi E Parlemen Timor Leste", "Deputy
# Prime Minister of Timor-Leste". Received on a visit, it stands for that government as its
# delegation does (i40a: a miss met in six batches, real12–real29). A head of government
# ("Perdana Menteri Papua Nugini") travels on a visit of state, never to a local government.
NATIONAL_OFFICE = re.compile(
    r"\b(?:Wakil\s+Perdana\s+Menteri|Deputy\s+Prime\s+Minister|(?<!Perdana )Menteri|Wamen|"
    r"Kementerian|Parlemen|Parlamento|DPR|(?<!Prime )Minister|Ministry|Parliament)\b"
    r"(?:\s+(?:[A-Z][\w&'’.-]*|\([A-Za-z]{2,8}\)|dan|and|of|the|for|de)){0,6}\s+$"
)
# An office of a foreign government, or its people travelling ("Pemerintah Kota X", "City of
# X", "Kerajaan Negeri Selangor", "delegasi Kota X", "rombongan dari Provinsi X", "Ministry of
# Foreign Affairs of Japan").
OFFICE_BEFORE = re.compile(
    r"\b(?:(?:Pemerintah(?:an)?|Pemkot|Pemprov|Pemkab|Government|"
    r"Municipal Government|City Council|Dewan Kota|Parlemen|Parliament|Kerajaan Negeri|"
    r"Maj(?:e)?lis (?:Perbandaran|Bandaraya|Daerah)|Dewan Bandaraya|"
    r"Ministry of [\w ]{3,40}? of|Foreign Ministry of|Kementerian(?: (?-i:[A-Z]\w+)){1,4}|"
    r"delegasi|delegation(?:s)?|rombongan|rombongn|perwakilan|representatives?|utusan|"
    # a city's people's committee, its government ("Komite Masyarakat Kota Pyongsong")
    r"(?:Komite|Komisi) (?:Masyarakat|Rakyat)|People['’]s Committee"
    r")\s+(?:(?:dari|from|of|by)\s+)?"
    r"|(?:kunjungan(?: kerja| resmi| balasan)?|visit)\s+(?:dari|from|by)\s+)" + KIND + r"$",
    re.I,
)
# A visit made to a place its kind word names as a government ("kunjungan kerja ke Kota
# Lankaran", "mengunjungi Prefektur Kochi"): never a bare name ("ke Tokyo" is where).
VISIT_TO = re.compile(
    r"\b(?:kunjungan|berkunjung|mengunjungi|kunker|lawatan|visit\w*)\b(?:\s+\w+){0,3}?"
    r"\s+(?:\([^()]{1,12}\)\s+)?(?:(?:ke|to|dari|from)\s+)?"
    r"(?:Pemerintah\s+|Pemkot\s+|Pemprov\s+|the\s+)?(?:Kota|Provinsi|Kabupaten|Prefektur|"
    r"Negara Bagian|Distrik(?:/Otoritas Khusus)?|Otoritas Khusus|city of|province of|"
    r"prefecture of|state of)\s+$",
    re.I,
)
# A Malaysian state's or Thai province's government: "Kerajaan Terengganu" (not a kingdom's
# name before a country: "Kerajaan Arab Saudi" is the country itself).
REALM_BEFORE = re.compile(r"\bKerajaan\s+(?:Negeri\s+)?$")
# The same after the name: "Seoul Mayor", "Gurye County Mayor", "Guangzhou's delegation",
# "Busan Metropolitan City Government".
OFFICE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:Metropolitan|City|County|Prefectural|Provincial|State|Municipal|"
    r"Regional|Territory)\s+)*(?:Mayor|Governor|Government|Council|delegation|Deputy Mayor|"
    r"Vice Mayor|Vice Governor|Regent|Premier|officials)\b"
    r"|^\s+(?:sent|dispatched|mengirim(?:kan)?|mengutus)\s+(?:a\s+|sebuah\s+)?(?:delegation|delegasi|"
    r"rombongan)",
    re.I,
)
OWN_OFFICE = re.compile(r"\s(?:(?:City|Municipal|County|Metropolitan)\s+)*(?:Council|Government)\b")
# A foreign envoy: "Duta Besar Jepang", "Konsul Jenderal Australia", "Ambassador of France".
ENVOY_BEFORE = re.compile(
    r"\b(?:Duta Besar|Dubes|Kedutaan Besar|Kedubes|Konsul(?:at)? Jenderal|Konjen|Konsulat|"
    r"Konsul|Ambassador|Embassy|Consul(?:ate)?(?: General)?|Trade Commissioner|Trade Office|"
    r"Kantor Dagang(?: dan Ekonomi)?|Atase\s+\w+)"
    r"(?:\s+Luar Biasa dan Berkuasa Penuh)?(?:\s*\([A-Z]+\))?\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:Republik|Republic of|Kerajaan|Kingdom of|Negara|Federal|Federasi|Demokratik|Rakyat|"
    r"Persatuan)\s+)*$",
    re.I,
)
ENVOY_TITLE = re.compile(
    r"\b(?:Duta Besar|Dubes|Konsul|Konjen|Ambassador|Consul|Trade Commissioner|Atase)", re.I
)
ENVOY_AFTER = re.compile(
    r"^(?:['’]s|n)?\s+(?:Ambassador|Embassy|Consul(?:ate)?(?: General)?|Trade Office)\b", re.I
)
# Not its envoy: a past post ("mantan Dubes Turki").
NOT_ITS_ENVOY = re.compile(r"\b(?:mantan|eks|former|ex)[\s-]+$", re.I)
# Only quoted: '"...," kata Duta Besar Australia' speaks of a tie, it does not call.
QUOTED = re.compile(
    r"\b(?:kata|ujar|ungkap|tutur|jelas|sebut|imbuh|tambah|said|says|added|according to)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
# The seat of an Indonesian mission: "Konsul RI di Darwin", "KJRI Perth", "Dubes RI untuk
# Kroasia", "Indonesian Consulate General in Sydney", "KBRI di Moskow", "Konsulat RI di".
INDONESIAN_SEAT = re.compile(
    r"\b(?:KBRI|KJRI|KRI|RI|R\.I\.|Republik Indonesia|Indonesia|Indonesian"
    r"(?:\s+(?:Embassy|Consulate(?: General)?|Consul(?: General)?|Ambassador|Mission))?)"
    r"(?:\s*\((?:KBRI|KJRI|KRI)\))?\s+(?:(?:di|in|at|untuk|to|for|bagi)\s+)?$"
)
# A counterpart named as one of a document's or tie's parties: "dengan Kota X", "with X",
# "sister city Busan", "kota kembar X", a list after "seperti", "yaitu", "such as".
PARTY_CUE = re.compile(
    r"(?:\b(?:dengan|with|antara|between|bersama|and|dan|serta|kota kembar|kota bersaudara|"
    r"kota saudara|provinsi kembar|sister[\s-](?:city|province|state|cities)(?: of)?|twin(?:ned)?"
    r"(?: city| town)?(?: of)?|friendship city|mitra|partner(?: city)?|pihak|seperti|yakni|yaitu|"
    r"antara lain|termasuk|including|such as|like|namely|salah satunya|di antaranya|"
    r"diantaranya|misalnya|contohnya|for example|for instance|menggandeng|merangkul|menggaet|"
    # "dengan Belanda, khususnya Kota Ostravel": the one town of the country named (i44h)
    r"khususnya|terutama|tepatnya|particularly|specifically|especially|in particular|"
    r"kepada|terdiri (?:dari|atas)|consist(?:s|ing)? of|LoI|MoU|letter of intent|nota kesepahaman|"
    # the sentence that names the places the one before counted ("the other three are X")
    r"other \w+ (?:are|were|include)|bermula dari|dimulai dari|mulai dari)"
    r"|&|:)\s+"
    r"(?:(?:the|pihak)\s+)?" + KIND + r"$"
    # "kota kembar dengan salah satu kota di negara sahabat, Kamboja": a city of that country
    r"|\b(?:dengan|with)\s+(?:salah satu\s+|a\s+|one\s+)?(?:kota|provinsi|daerah|city|province|"
    r"region)\b[^.;,]{0,30}?\b(?:di|in|of|dari|from)\s+(?:negara(?:\s+\w+)?,?\s+)?$",
    re.I,
)
# The tie told after the name: "X menjadi sister city ...", "X's sister city", "X, kota kembar".
TIE_AFTER = re.compile(
    r"^(?:['’]s)?[\s,]+(?:(?:telah|resmi|kini|juga|sudah|yang|which|that|has|have|is|was|became|"
    r"becomes?|menjadi|jadi|sebagai|as|its|our)\s+)*(?:(?-i:[A-Z]\w+)['’]s\s+)?(?:\w+\s+)?"
    r"(?:sister[\s-](?:city|province|state)|kota kembar|"
    r"kota bersaudara|twin(?:ned)?|friendship city|mitra)",
    re.I,
)
PAIR = re.compile(r"\b(?:antara|between)\b[^,;.]{0,60}\b(?:dan|and|&)\s+" + KIND + r"$", re.I)
# Between two items of one list: ", ", " dan ", " and ", " serta ", a year in brackets, the
# item's country ("Fortworth in the US, Braunschweig"), its year ("sejak 1997 dan Busan"), an
# envoy's title repeated ("Dubes Arab Saudi, Dubes Amerika Serikat dan Dubes Singapura"), an
# item's other name ("Al Qud's As Shareef atau Jerusalem"), a semicolon and "dan" before the
# last item ("Kota Tokyo, Jepang; Kota Liverpool, Inggris; dan Kota Busan", i40a: a list's
# member missed is a kind met in seven batches).
LIST_GAP = re.compile(
    r"\)?(?:\s*,?\s*(?:(?:in|di|of)\s+)?(?:the\s+)?(?-i:[A-Z][\w’'.-]*)"
    r"(?:\s+(?-i:[A-Z][\w’'.-]*)){0,3})?"
    r"(?:\s*(?:sejak|since|pada|in|tahun)\s+(?:tahun\s+)?\d{4})?"
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:(?:dan|and|serta|kemudian|lalu|then)\s+)?"
    # items in order: "..., kemudian menyusul Kota Kochi", ", followed by"
    r"(?:(?:menyusul|disusul|followed by)\s+)?|;\s*(?:(?:dan|and|serta)\s+)?|"
    r"(?:dan|and|serta|&|hingga|atau|or)\s+)"
    r"(?:(?:the|pihak|Dubes|Duta Besar|Konsul Jenderal|Konjen|Ambassador of)\s+)?" + KIND,
    re.I,
)
ITEM = re.compile(
    r"(?<![\w’'.-])(?-i:[A-Z][\w’'.-]*)(?:\s+(?-i:[A-Z][\w’'.-]*)){0,2}(?:"
    + LIST_GAP.pattern
    + r")$",
    re.I,
)
NAME_COMMA = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:on|de|del|am|upon|[A-Z][\w’'.-]*))*\s*,\s*$")
TIE_WITH = re.compile(
    r"[^.;:]{0,100}?\b(?:bekerja ?sama|kerja ?sama|kerjasama|menjalin|bermitra|sister city|"
    r"kota kembar|cooperat\w+|partner\w*|twin\w*)\b[^.;:]{0,30}?\b(?:dengan|with)\s+" + KIND,
    re.I,
)
AND_THEN = re.compile(r"[^.;:]*?\b(?:dan|and|&)\s+" + KIND, re.I)
# "Ambon-Darwin", "Kupang - Palmerston": the pair told by a dash after the local party.
DASH = re.compile(r"[-–]\s*$")

# A visit of state, not a local government's: a prime minister met at the airport, a foreign
# minister received by Indonesia's own ministers ("Menko Marves ... menerima kunjungan Menteri
# Luar Negeri RRT"); the governor along at the protocol makes no record of his.
STATE_VISIT = re.compile(
    r"\b(?:Bandara|Terminal VIP|airport|Lanud|Pangkalan Udara|Menteri Koordinator|Menko\w*|"
    r"Menteri Dalam Negeri|Mendagri|Menlu RI|Menteri(?: [A-Z]\w+){1,4} (?:RI|Republik Indonesia)|"
    r"Presiden (?:RI|Republik Indonesia|Jokowi|Joko|"
    r"Prabowo)|Wakil Presiden (?:RI|Republik Indonesia))\b"
)
