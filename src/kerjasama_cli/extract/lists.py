"""Lists of partners: a sentence that lists the ties of the sentence before it, and places that
stand as items of one list rather than a city and its address."""

from __future__ import annotations

import re

from kerjasama_cli.extract import lexicon
from kerjasama_cli.extract.facts import Facts, PartnerHit
from kerjasama_cli.extract.field_lists import fields_going_on
from kerjasama_cli.extract.sentences import Sentence

# Between two items of a list of places: a comma, a semicolon, "dan", "and", "serta", "&".
ITEM_GAP = re.compile(r"\s*(?:,|;|,?\s*(?:dan|and|serta|&))\s*", re.I)

# A sentence that only goes on to name the items the sentence before it counted ("... telah
# menjalin kerja sama Sister Province dengan lima provinsi. Di antaranya yaitu dengan Australia
# Selatan, ..."; "Jakarta has 21 sister cities. They include Seoul, ..."): its items are read
# with that sentence's tie and parties.
_LIST_OPENING = re.compile(
    r"^(?:(?:di ?antaranya|antara lain|yaitu|yakni|terdiri (?:dari|atas)|among them|"
    r"(?:they|these|those) include|namely|including)\b|(?:mereka|"
    r"kota-kota|provinsi-provinsi|negara(?:-negara)? bagian)[^.;:]{0,40}?\b(?:adalah|yaitu|yakni|"
    r"ialah|terdiri (?:dari|atas))\b)",
    re.I,
)


# A sentence that counts places without naming them ("Tiga kota di luar negeri sudah ditetapkan
# sebagai saudara kembar Surabaya", "one of the four cities that have maintained relations",
# "dijajaki ... dengan kota lain").
_COUNTED = re.compile(
    r"\b(?:(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|\d+)\s+"
    r"(?:kota|provinsi|daerah|negara bagian|prefektur)|(?:kota|provinsi|daerah)[- ](?:lain|"
    r"kota|provinsi)|(?:two|three|four|five|six|seven|eight|nine|ten|several|other|\d+)\s+"
    r"(?:other\s+)?(?:cities|provinces|states|prefectures|regions))\b",
    re.I,
)
# The opening of the sentence that names them ("Bermula dari Kota Seattle ..., kemudian menyusul
# Kota Kochi"); "Misalnya ..." is read alone, and so is "The other three are ...": its ties are
# told only as "relations", and a tie of no kind drafts a record with no stage.
_ITEMS_OPENING = re.compile(
    # "... dengan kota-kota lain dari berbagai negara. Seperti Kota Tokyo, Jepang; ..." (real20)
    r"^(?:bermula dari|dimulai dari|mulai dari|pertama(?:,| dengan| dari)|seperti|such as)\b",
    re.I,
)

# A sentence that names the places the sentence before it counted, by the same count ("...
# sister province relationships with four China's provinces." / "The four China's provinces are
# Chongqing, ..."): read with that sentence, in its paragraph or the next.
_LIKE = re.compile(r"^(?:seperti|such as)\b", re.I)

_COUNTED_OPENING = re.compile(
    r"^(?:the\s+|ke)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|dua|tiga|empat|lima|"
    r"enam|tujuh|delapan|sembilan|sepuluh|\d+)\s+(?:[\w’'-]+\s+){0,2}?(?:cities|provinces|"
    r"states|prefectures|regions|kota|provinsi|prefektur|negara bagian)(?:\s+(?:itu|tersebut))?"
    r"\s+(?:are|were|include|adalah|yaitu|yakni|ialah)\b",
    re.I,
)

_VISIT_WORD = re.compile(
    r"\b(?:kunjungan|berkunjung|delegasi|rombongan|visit\w*|delegation)\b", re.I
)
_MEMBERS_OPENING = re.compile(
    r"^(?:(?:para|anggota)\s+)?(?:perwakilan|delegasi|rombongan)\s+yang\s+(?:hadir|datang|"
    r"berkunjung)\b|^(?:the\s+)?(?:delegation|delegates)\s+(?:included|comprised|consisted of)\b",
    re.I,
)


def _as_written(last: Sentence, sentence: Sentence) -> str:
    """Two sentences joined for reading, as the article writes them (the evidence drafts quote)."""
    return f"{last.quote.rstrip()} {sentence.text}"


def quotes(read: list[Sentence]) -> dict[str, str]:
    """The article's own words of each sentence joined for reading, by the text read."""
    return {s.text: s.written for s in read if s.written}


def join_list_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, a list-opening sentence joined to the one before it in its paragraph."""
    joined: list[Sentence] = []
    for sentence in sentences:
        last = joined[-1] if joined else None
        opening = _LIST_OPENING.match(sentence.text)
        items = (
            last is not None
            and opening is None
            and _COUNTED.search(last.text)
            and _ITEMS_OPENING.match(sentence.text)
        )
        # "... menerima kunjungan kerja dari perwakilan kota-kota Korea Utara ..." /
        # "Perwakilan yang hadir di antaranya ...": who came on the visit just told, in the
        # next sentence or paragraph
        members = (
            last is not None
            and opening is None
            and last.paragraph >= sentence.paragraph - 1
            and _VISIT_WORD.search(last.text)
            and _MEMBERS_OPENING.match(sentence.text)
        )
        counted = _COUNTED_OPENING.match(sentence.text)
        if (
            counted
            and last is not None
            and last.paragraph >= sentence.paragraph - 1
            and re.search(rf"\b{counted.group('n')}\b", last.text, re.I)
        ):
            members = counted  # the same count in the sentence before: its list
        if members:
            opening = members
        if last is not None and last.paragraph == sentence.paragraph - 1 and members:
            sentence = Sentence(sentence.text, last.paragraph, sentence.index)
        if last is not None and last.paragraph == sentence.paragraph and items:
            # "... dengan tiga kota. Bermula dari Kota Seattle ...": read as one, as written;
            # "... kota-kota lain. Seperti Kota Tokyo, Jepang; ...": one sentence's "seperti"
            text = f"{last.text.rstrip()} {sentence.text}"
            like = _LIKE.match(sentence.text)
            if like:
                rest = sentence.text[like.end() :]
                text = f"{last.text.rstrip(' .')}, {like.group(0).lower()}{rest}"
            joined[-1] = Sentence(text, last.paragraph, last.index, _as_written(last, sentence))
            continue
        if last is not None and last.paragraph == sentence.paragraph and counted and members:
            # "... with four provinces, namely Chongqing, ...": the count named once, as a list
            lead = "namely" if re.search(r"(?:are|were|include)$", counted.group(0)) else "yaitu"
            # the items read after the count; the second sentence then kept as written, whose
            # words end the evidence the drafts quote
            items = sentence.text[counted.end() :].strip().rstrip(".")
            text = f"{last.text.rstrip(' .')}, {lead} {items}; {sentence.text}"
            joined[-1] = Sentence(text, last.paragraph, last.index, _as_written(last, sentence))
            continue
        # "... kerja sama di berbagai bidang. Seperti peternakan, pertanian, dan pariwisata.":
        # the list of fields goes on in a sentence with no cooperation word of its own
        fields = (
            fields_going_on(last.text, sentence.text)
            if last is not None and last.paragraph == sentence.paragraph and not opening
            else None
        )
        if last is not None and fields is not None:
            joined[-1] = Sentence(fields, last.paragraph, last.index, _as_written(last, sentence))
            continue
        if last is not None and last.paragraph == sentence.paragraph and opening:
            # the opening word, capitalised only as a sentence's first, is no name mid-sentence
            rest = opening.group(0).lower() + sentence.text[opening.end() :]
            text = last.text.rstrip(" .") + ": " + rest
            joined[-1] = Sentence(text, last.paragraph, last.index, _as_written(last, sentence))
            continue
        joined.append(sentence)
    return [Sentence(s.text, s.paragraph, n, s.written) for n, s in enumerate(joined)]


# An item of a bulleted or numbered list ("- Provinsi Zhejiang – RRT bidang ...", "• Kota Suwon,
# Korea Selatan, sejak 1997;", "2. Kota Hamamatsu").
_ITEM_MARK = re.compile(r"^(?:[-–•*·▪]|\d{1,2}[.)])\s+")


def tie_items(sentences: list[Sentence]) -> set[int]:
    """The indexes of the items of a list of ties: the bulleted or numbered lines under a line
    that tells ties ("Pemprov Banten memiliki data perjanjian/kerja sama Internasional ...
    yakni :"), or among items one of which does. Their places are read though an item names
    no tie of its own."""
    items: set[int] = set()
    run: list[Sentence] = []
    header: Sentence | None = None
    for sentence in [*sentences, None]:
        if sentence is not None and _ITEM_MARK.match(sentence.text):
            run.append(sentence)
            continue
        told = [s for s in ([header] if header else []) + run if lexicon.find_types(s.text)]
        if run and told:
            items.update(s.index for s in run)
        run, header = [], sentence
    return items


def items_take_the_list_tie(all_facts: list[Facts], items: set[int]) -> None:
    """An item that names a place and no tie ("- Provinsi Zhejiang – RRT bidang Investasi ...
    pada tanggal 21 September 2012") is a tie of the kind of the item before it, or of the
    line over the list."""
    last: list[tuple[str, int, int]] = []
    for facts in all_facts:
        index = facts.sentence.index
        if index not in items and index + 1 not in items:
            last = []
            continue
        ties = [t for t in facts.types if t[0] not in lexicon.EVENT_CLASS]
        if ties:
            last = ties
        elif index in items and facts.partners and last:
            facts.types = [(rtype, 0, 0) for rtype, _, _ in last]


def _is_place(hit: PartnerHit | None) -> bool:
    return hit is not None and hit.ref.kind != "country"


def listed_pair(first: PartnerHit, second: PartnerHit, hits: list[PartnerHit], text: str) -> bool:
    """Whether two neighbouring places (first before second) are items of one list ("Guangxi
    Zhuang, Chongqing, Sichuan, dan Heilongjiang") rather than a place and its address
    ("Kota Yantai, Shandong"): another place stands, as an item, before the first or after
    the second."""
    before = max((h for h in hits if h.end <= first.start), key=lambda h: h.end, default=None)
    after = min((h for h in hits if h.start >= second.end), key=lambda h: h.start, default=None)
    return (
        before is not None
        and _is_place(before)
        and bool(ITEM_GAP.fullmatch(text[before.end : first.start]))
    ) or (
        after is not None
        and _is_place(after)
        and bool(ITEM_GAP.fullmatch(text[second.end : after.start]))
    )
