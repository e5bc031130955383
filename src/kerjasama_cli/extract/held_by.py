"""Talks for the tie held by others than the local government, none of its own there: the
record is the tie talked of (`other`), not the local government's meeting or visit (the lead's
convention, i32a and i33b).

- Our envoy abroad meeting the partner in its own place ("Ambassador X met the Mayor of Harare
  ... in Harare").
- A meeting with Indonesia's own mission abroad (KBRI, KJRI, the Indonesian Embassy), in the
  meeting's own sentences or in the call that "the meeting" points back to.
- A national official of Indonesia (the chairs of the MPR, DPR, DPD, a minister of the Republic)
  holding the visit or meeting, nobody of the local government titled in the record.
"""

from __future__ import annotations

import re

from kerjasama_cli.extract.assemble import Cluster


def in_its_place(name: str) -> re.Pattern[str]:
    """ "in Osaka", "di Kota Gyeongju": the partner's own place named as where it happened."""
    return re.compile(
        rf"\b(?:in|di)\s+(?:(?:Kota|Provinsi|Prefektur|the City of|the city of)\s+)?"
        rf"{re.escape(name)}\b"
    )


# Our envoy abroad, not our head ("Ambassador Stephanus Yuwono", "Duta Besar RI", "KUAI").
_OUR_ENVOY = re.compile(
    r"\b(?:Ambassador|Duta Besar|Dubes|Kuasa Usaha|KUAI|Charg[ée] d'Affaires)\b", re.I
)


def met_there_by_others(cluster: Cluster) -> bool:
    """Whether the record's meeting is held in the partner's own place by a titled person who is
    our envoy abroad, and nobody of ours is there ("Ambassador Stephanus Yuwono met with the
    Mayor of Harare ... in Harare"): our envoy talks of a tie for us, the record is that talk
    (`other`), not our meeting or visit ("The Governor of Riau met the Governor of Melaka ...
    in Melaka" stays our visit)."""
    name = cluster.partner.name
    if not name or cluster.partner.kind == "country":
        return False
    here = in_its_place(name)
    for mention in cluster.mentions:
        facts = mention.facts
        if facts.planned_event or not here.search(facts.sentence.text):
            continue
        if not any(t[0] == "meeting" for t in facts.types):
            continue
        sides = [p.side for p in facts.people if p.titled]
        envoy = any(p.side is None and _OUR_ENVOY.search(p.title or "") for p in facts.people)
        if envoy and "home" not in sides and "partner" in sides:
            return True
    return False


# Indonesia's own mission abroad ("KUAI KBRI Tokyo", "the Indonesian Embassy in Japan",
# "Indonesian Ambassador to Japan", "KJRI Osaka"): never the partner's side of a call.
OWN_MISSION = re.compile(
    r"\b(?:KBRI|KJRI|Kedutaan Besar (?:Republik Indonesia|RI)|Konsulat Jenderal (?:Republik "
    r"Indonesia|RI)|Dubes RI|Duta Besar (?:Republik Indonesia|RI)|Indonesian (?:Embassy|"
    r"Consulate(?: General)?|Ambassador|Consul(?: General)?)|Embassy of (?:the Republic of )?"
    r"Indonesia)\b"
)


def met_our_own_mission(cluster: Cluster) -> bool:
    """Whether the record's meeting is held with Indonesia's own mission abroad ("Sandiaga Uno
    visited the Indonesian Embassy in Japan ... the meeting discussed the potential for
    cooperation ... between Tokyo ... and Jakarta"; "KUAI KBRI Tokyo ... serangkaian pertemuan
    dengan ... Walikota Mihara City"): the tie with the partner is only talked of, the record
    is that talk (`other`)."""
    # Only the meeting's own sentences: "Sekretaris I ... KBRI Tokyo ... juga menyertai" told
    # beside our head's talk with Tono City's mayor is our mission going along
    sentences = [m.facts for m in cluster.mentions if m.rtype == "meeting"]
    return any(
        OWN_MISSION.search(f.sentence.text) and not _FACILITATES.search(f.sentence.text)
        for f in sentences
    )


# Our mission that only arranged the meeting between ours and the partner ("KJRI Frankfurt
# memfasilitasi pertemuan antara Pemerintah Kota Salatiga dan Kota Ebersdorf", "facilitated by
# the Indonesian Consulate General"): the meeting is ours, not one held with the mission (i44h).
_FACILITATES = re.compile(
    OWN_MISSION.pattern + r"[^.;]{0,40}?\b(?:memfasilitasi|memediasi|menjembatani|facilitat\w+|"
    r"arrang\w+|mediat\w+)\b|\b(?:difasilitasi|dimediasi|atas fasilitasi|facilitated by|"
    r"arranged by|mediated by)\s+(?:oleh\s+)?(?:the\s+)?" + OWN_MISSION.pattern
)


# Indonesia's national officials, not any local government's: the chairs of the MPR, DPR and
# DPD, the (vice-)president, a minister of the Republic ("Ketua MPR RI Bambang Soesatyo
# bertemu Wakil Walikota Gyeongju").
_NATIONAL = re.compile(
    r"\b(?:Wakil )?Ketua (?:MPR|DPR|DPD)\b|\bWakil Presiden\b|\bWapres\b|"
    r"\bMenteri(?: [A-Z][\w-]*){1,4} (?:RI|Republik Indonesia)\b|"
    r"\bIndonesian (?:Minister|Vice[- ]President|House Speaker|parliament(?:ary)? speaker)\b"
)


def held_by_the_nation(cluster: Cluster) -> bool:
    """Whether the record's visit or meeting is held by a national official of Indonesia, with
    nobody of the local government titled in any of its sentences: the tie is only talked of
    for the local party (the lead's convention, as for our embassy), the record is `other`."""
    sentences = [m.facts for m in cluster.mentions] + list(cluster.extra)
    events = [m.facts for m in cluster.mentions if m.rtype in ("meeting", "visit")]
    if not any(_NATIONAL.search(f.sentence.text) for f in events):
        return False
    return not any(p.titled and p.side in ("home", "local") for f in sentences for p in f.people)


# Our mission as the one who calls, before the call ("Duta Besar RI Rachmat Budiman ketika
# melakukan courtesy call kepada ..."); not a letter of it that a visit of ours answers
# ("kunjungan Pemerintah Daerah ke Davao ... didasari oleh surat dinas dari Konsulat Jenderal RI").
_MISSION_CALLS = re.compile(
    OWN_MISSION.pattern + r"[^.;]{0,80}?\b(?:courtesy call|kunjungan|berkunjung|mengunjungi|"
    r"visit(?:ed|ing)?|called on|paid a (?:courtesy )?call|bertemu|menemui|met)\b"
)


def called_by_our_mission(cluster: Cluster) -> bool:
    """Whether the record's visit or meeting is our own envoy's call on the partner (Indonesia's
    ambassador or embassy in its own sentences) with nobody of the local government titled in
    any of the record's sentences ("Duta Besar RI ... melakukan courtesy call kepada Gubernur
    Chiang Mai", "Dalam kunjungan ke Ismailia, Lutfi ..."): the tie is only talked of for the
    local party, the record is that talk (`other`), as for a national official (first sight
    of real31 and real33; real18's Harare and real21's Montana before them)."""
    sentences = [m.facts for m in cluster.mentions] + list(cluster.extra)
    events = [m.facts for m in cluster.mentions if m.rtype in ("meeting", "visit")]
    if not any(_MISSION_CALLS.search(f.sentence.text) for f in events):
        return False
    return not any(p.titled and p.side in ("home", "local") for f in sentences for p in f.people)
