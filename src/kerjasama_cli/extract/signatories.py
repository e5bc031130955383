"""Signatories belong to signed documents only (issue 23, the lead's convention).

A `loi`, `mou`, `agreement` or `sister_city` record whose signing the text tells carries the
people who signed it. A `meeting`, `visit` or `other` record has none: nobody signs at a
courtesy call, a visit, a reception or a plan; the people named there took part, and a
participant drafted as a signatory is a field the reviewer must find and remove.

The earlier passes still read who a visit's hosts and guests are (a visit folded into the
document signed during it lends that document its signers; a visit whose partner's head came
keeps the article's sectors): this pass runs last and clears what is left on the records that
sign nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.facts import Facts
from kerjasama_cli.extract.guards import exploring
from kerjasama_cli.extract.people import PersonMention
from kerjasama_cli.extract.places import PartnerRef
from kerjasama_cli.geo.names import normalise

# The exported types whose records are signed documents.
SIGNED_TYPES = frozenset(["loi", "mou", "agreement", "sister_city"])
# Types the convention leaves to their own reading (a programme may be signed, its people named
# in its own sentences): not cleared here.
_UNSETTLED = frozenset(["programme"])


def signing_told(facts: Facts) -> bool:
    """Whether the sentence tells a signing, done or being done: a signing word no future or
    plan word governs. A launch or an inauguration signs nothing ("the Mayor of Bandung
    inaugurated Bandung Monument"); a signing still to come ("rombongan ... akan datang ...
    guna melakukan penandatanganan") names who may sign, not who signed."""
    if not facts.signing:
        return False
    text = facts.sentence.text
    return any(not exploring(text, m.start(), event=True) for m in lexicon.SIGNING.finditer(text))


# "..., mewakili Walikota Manado Pak GS Vicky Lumentut melakukan penandatangan LoI", "signed
# on behalf of the Governor": the head named after these words is who someone else stood in for.
# ("diwakili oleh Gubernur", "represented by the Mayor" name the one who acted: not matched.)
_STOOD_IN_FOR = re.compile(
    r"\b(?:(?<!di)mewakili|atas nama|on behalf of|representing)\s+(?:the\s+)?$", re.I
)


def stood_in_for(person: PersonMention, facts: Facts) -> bool:
    """Whether the sentence names the person as the one another stood in for: never the
    one who signed (or hosted)."""
    return bool(_STOOD_IN_FOR.search(facts.sentence.text[max(0, person.start - 40) : person.start]))


# "During this reciprocal visit both mayors signed ...", "Kedua Gubernur ... telah
# menandatangani dua MoU", "telah resmi ditandatangani kedua belah pihak": the signers told as
# the two heads or sides, their heads named in the story before (or by it).
_BOTH_HEADS = re.compile(
    r"\b(?:kedua|both|the two)\s+(?:wali\s?kota|walikota|gubernur|bupati|kepala daerah|"
    r"pemimpin(?: daerah)?|mayors|governors|regents|leaders|heads|(?P<sides>belah pihak|parties|"
    r"sides))\b",
    re.I,
)


def heads_told_signing(
    record: list[Facts], article: list[Facts]
) -> list[tuple[PersonMention, Facts]]:
    """The people named up to a sentence of the record that tells "both heads" signing it,
    nearest first (its own sentence, then back through the story): the heads it means. "Both
    sides" names no head: only the sentence's own (who tells it) are theirs; heads named
    before may be of another time."""
    out: list[tuple[PersonMention, Facts]] = []
    for facts in sorted(record, key=lambda f: -f.sentence.index):
        both = _BOTH_HEADS.search(facts.sentence.text)
        if both is None or not signing_told(facts):
            continue
        if both.group("sides"):
            out += [(p, facts) for p in facts.people if p.titled]
            continue
        before = sorted(
            (f for f in article if not f.dropped and f.sentence.index <= facts.sentence.index),
            key=lambda f: -f.sentence.index,
        )
        out += [(p, f) for f in before for p in f.people if p.titled]
    return out


# A speaker's verb between a person and the signing told after him: "Governor Soelarso and
# Premier Lawrence said the 1993 program was the largest ... since the original Sister-State
# Agreement was signed three years ago", "Mayor Rismaharini conveys that after ... the signing
# of ... the LOI": they tell of a signing, not sign. Not "kata Gubernur ... usai menandatangani".
_SAYS = re.compile(
    r"\b(?:said|says|say|stated|states|conveys|conveyed|explained|told|added|noted|hopes|hoped|"
    r"mengatakan|menyampaikan|menjelaskan|menuturkan|mengungkapkan|menegaskan|menerangkan|"
    r"berharap|mengaku|menyebut|menyebutkan|ujar|ujarnya|kata|katanya)\b",
    re.I,
)
_RIGHT_AFTER = re.compile(
    r"\b(?:usai|seusai|setelah|sesudah|selepas|after|following|upon|before|sebelum)\s+"
    r"(?:the\s+|melakukan\s+|acara\s+)?$",
    re.I,
)


def only_tells(person: PersonMention, facts: Facts) -> bool:
    """Whether the person only speaks of the sentence's signing: a speaker's verb after him,
    then the signing, which he is not told doing ("usai menandatangani"); or is named in a
    clause still to come ("Dia juga akan bertemu dengan Vice Mayor of Buenos Aires ... setelah
    penandatanganan LoI pada 2018": whom he will meet signed nothing the text tells)."""
    text = facts.sentence.text
    if exploring(text, person.start, event=True):
        return True
    if any(m.start() < person.start for m in lexicon.SIGNING.finditer(text)):
        return False  # "ditandatangani oleh X": the signing told first names its signer
    after = lexicon.SIGNING.search(text, person.end)
    if after is None:
        return False
    between = text[person.end : after.start()]
    return bool(_SAYS.search(between)) and not _RIGHT_AFTER.search(between[-30:])


# "the Surabaya City Government, then led by the late Mayor Poernomo Kasidi, and the Seattle
# City Government, represented by Mayor Norman Rice, signed ...": a head with no seat in his
# title, introduced as leading or representing the government named right before him.
_LED_BY = re.compile(
    r"(?P<gov>[^,;]{3,60}?)\s*,?\s*(?:(?:then|yang)\s+)?(?:led|represented|headed|dipimpin|"
    r"diwakili)(?:\s+(?:by|oleh))?\s+(?:the\s+)?(?:late\s+|former\s+|then\s+|its\s+)*$",
    re.I,
)


_GOVERNMENT = re.compile(
    r"\b(?:government|pemerintah|pemkot|pemkab|pemprov|city|kota|council|province|provinsi|"
    r"kabupaten|regency|prefecture|prefektur|state)\b"
)
_DELEGATION = re.compile(r"\b(?:delegation|delegasi|rombongan|team|tim|mission|misi)\b")


def sided_by_their_government(
    people: list[tuple[PersonMention, Facts]], partner: PartnerRef, local: str
) -> list[tuple[PersonMention, Facts]]:
    """The people, a head the text does not seat given the side of the government it names
    him leading or representing (the record's partner, or the local party)."""
    out = []
    for person, facts in people:
        if person.side is None:
            text = facts.sentence.text
            led = _LED_BY.search(text[max(0, person.start - 80) : person.start])
            gov = normalise(led.group("gov")) if led else ""
            if not _GOVERNMENT.search(gov) or _DELEGATION.search(gov):
                gov = ""  # "a delegation from Sarawak, led by Deputy Premier ...": its leader
            if partner.name and normalise(partner.name) in gov:
                person = replace(person, side="partner", partner=partner)
            elif local and normalise(local) in gov:
                person = replace(person, side="home")
        out.append((person, facts))
    return out


# "The new memorandum was signed ... by Mr Beattie and ...": a name met before, without its
# title, right after the signing's "by".
_BY = re.compile(r"\b(?:by|oleh)\s+(?:(?:Mr|Mrs|Ms|Dr|Bapak|Ibu|Pak|Bu)\.?\s+)?$", re.I)


def signed_by(person: PersonMention, facts: Facts) -> bool:
    """Whether the person is named as who signed ("signed ... by Mr Beattie"): after the
    sentence's signing word, right after its "by" / "oleh"."""
    text = facts.sentence.text
    first = lexicon.SIGNING.search(text)
    if first is None or first.start() > person.start:
        return False
    return bool(_BY.search(text[max(0, person.start - 16) : person.start]))


def signs_nothing(draft: Draft) -> bool:
    """Whether the draft is a record nobody signs: a meeting, visit, other or any event."""
    return draft.type not in SIGNED_TYPES and draft.type not in _UNSETTLED


# An envoy's title: an ambassador or consul calls, witnesses or proposes (the lead's convention
# makes his call a meeting); a local government's document is signed by the two governments'
# heads or officials, never by a state's envoy (ours witnessing abroad, theirs posted here).
_ENVOY = re.compile(
    r"\b(?:Duta Besar|Dubes|Ambassador|Konsul(?: Jenderal)?|Consul(?:-| )?General|Consul|Envoy|"
    r"Kuasa Usaha|Charg[ée] d['’]Affaires)\b",
    re.I,
)


def _clear(draft: Draft, field: str) -> None:
    setattr(draft, field, None)
    draft.evidence.pop(field, None)


_SIDES = (("local_signatory", "home"), ("partner_signatory", "partner"))


def signatories_only_on_signings(drafts: list[Draft]) -> list[Draft]:
    """The drafts with no signatory on a record that signs nothing (the people read there are
    its participants, the sentence each came from kept under `local_participant` /
    `partner_participant`), and no envoy as a document's signatory."""
    for draft in drafts:
        for field, side in _SIDES:
            person = getattr(draft, field)
            if person is None:
                continue
            if signs_nothing(draft):
                draft.participants.append((side, person))
                if field in draft.evidence:
                    participant = field.replace("signatory", "participant")
                    draft.evidence[participant] = draft.evidence[field]
                _clear(draft, field)
            elif _ENVOY.search(person.title):
                _clear(draft, field)
    return drafts
