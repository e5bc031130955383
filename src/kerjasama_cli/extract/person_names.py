"""A person's name alone, from the words a title is followed by.

Honorifics, degrees, places and titles written around a name ("Mayor of Bandung, Bandung Ridwan
Kamil", "Dr H Firdaus ST MT", "Alijus Mohammad Ali Bin Hj Sipil") are dropped, so that one person
is one name wherever the article names him. people.py finds the titles and calls this.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kerjasama_cli.extract.name_words import drop_honorifics, drop_post_nominals
from kerjasama_cli.extract.place_words import SURNAMES
from kerjasama_cli.extract.places import STOPWORDS, PartnerRef
from kerjasama_cli.extract.titles import TITLES
from kerjasama_cli.geo.names import normalise

# Looks a place up: its partner, an Indonesian government's name, or None.
Resolver = Callable[[str], "PartnerRef | str | None"]

# Any title of TITLES, longest first, its spaces matching a space or a hyphen.
TITLE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(t).replace(r"\ ", r"[\s-]+") for t in sorted(TITLES, key=len, reverse=True)
    )
    + r")\b"
)
_HONORIFIC = re.compile(
    r"^(?:Bapak|Ibu|Pak|Bu|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.?|Hj\.?|Hon\.?|Buya|Kiai|Kyai|Habib|"
    # Indonesian academic and religious titles: "Drs. H. Syamsuar", "Ir. H. Joko", "KH Ahmad"
    r"Drs\.?|Dra\.?|Ir\.?|Prof\.?|KH\.?|HT\.?|dr\.|"
    # Malaysian honorifics: "Tuan Alijus Mohammad Ali", "Datuk Seri ...", "Dato' ..."
    r"Tuan|Datuk|Dato['’]?|Datin|Seri|Tan Sri|YB|YBhg\.?|"
    # "His/Her Excellency"
    r"H\.\s?E\.?)\s+"
)
# Degrees written after an Indonesian name ("Dr H Firdaus ST MT", "Syamsuar, M.Si"): not the
# name's.
_DEGREE = re.compile(
    r"^(?:(?:S|M|D)\.?\s?(?:T|Si|Sos|H|E|IP|Pd|Ag|Kes|Kom|Sc|A|M|P|Hum|Hut|Ak|Psi|KM|AP)\.?|"
    r"ST|MT|MM|MH|SH|SE|MA|MBA|MPH|MSc|PhD|Ph\.D\.?|Lc|Ak|CA|SKM|MAP|MPA)$"
)
_GLUED = re.compile(r"\b(Mr|Mrs|Ms|Dr|H\.E)\.(?=[A-Z])")
# The next sentence glued to a name's last word, no space after its full stop ("Wali Kota Cuenca
# Marcelo Cabrera.Kedua wali kota sepakat ..."): the name ends at the stop. An initial ("J.
# Nieto") or a degree ("Ph.D.") has no lower-case letter before its stop and a word after it.
_NEXT_SENTENCE = re.compile(r"(?<=[a-z]{2})\.[A-Z][a-z].*$")
# A deputy's portfolio between his title's seat and his name ("Wakil Wali Kota Casablanca
# Bidang Hubungan Luar Negeri Hakima Fasly"): "Bidang" and the words of an office's field.
_PORTFOLIO_WORDS = frozenset(
    {
        *("Hubungan", "Luar", "Negeri", "Internasional", "Kerja", "Sama", "Kerjasama"),
        *("Ekonomi", "Perekonomian", "Investasi", "Pembangunan", "Pemerintahan", "Umum"),
        *("Kesejahteraan", "Rakyat", "Sosial", "Keuangan", "Pariwisata", "Kebudayaan"),
        *("Budaya", "Pendidikan", "Kesehatan", "Perdagangan", "Industri", "Politik", "Hukum"),
        *("Administrasi", "Infrastruktur", "Lingkungan", "Hidup", "Urusan", "Dalam"),
    }
)


def clean_name(name: str, resolve: Resolver | None = None, seat: str | None = None) -> str:
    """The person's name alone: honorifics, and places or titles written before it ("Mayor of
    Bandung, Bandung Ridwan Kamil", "Wakil Wali Kota Dongxing China Mr. Li Jian", "Mossel Bay
    Alderman Dirk Kotzé") dropped; nothing when no word of a name is left ("of")."""
    name = _GLUED.sub(r"\1. ", name)  # "Mr.Kim Kwan Young": an honorific glued to the name
    name = re.sub(r"^Sri Sultan\s+", "", name)  # "Sri Sultan Hamengku Buwono X": the title
    name = _NEXT_SENTENCE.sub("", name)
    words = [w for w in name.strip(" ,.;:").split() if w[:1] not in '"“']
    if len(words) > 2 and words[0] == "Bidang":
        field = 1 + next(
            (n for n, w in enumerate(words[1:]) if w not in _PORTFOLIO_WORDS), len(words) - 1
        )
        rest = words[field:]
        # "Deputi Mayor Bidang Hubungan Internasional San Francisco (SF)": the office's seat
        # after the portfolio is no name; the words stay for the place to be read from them
        seat_next = resolve is not None and any(
            resolve(" ".join(rest[:n])) is not None for n in (1, 2, 3) if n <= len(rest)
        )
        if rest and field > 1 and not seat_next:
            words = rest
    if words and words[0] in _VERBS_OF_COMPANY:
        return ""  # "Wali Kota Hue, Didampingi Sekda Sleman": a clause, no name
    changed = True
    while changed and len(words) > 1:
        changed = False
        if len(words) > 2 and words[0] == "The" and words[1].rstrip(".") in ("Hon", "Honourable"):
            words, changed = words[2:], True  # "The Hon. Kon Vatskalis"
            continue
        lead = next((k for k in (1, 2) if k < len(words) and words[k] in _LEAD_TITLES), None)
        if lead is not None and len(words) - lead > 2:
            # "Wali Kota Mossel Bay Alderman Harry Levendal", the seat read as "Mossel": the
            # rest of the seat's name and the title before the name
            words, changed = words[lead + 1 :], True
            continue
        if (shorter := drop_honorifics(words)) != words:
            words, changed = shorter, True
            continue
        if _HONORIFIC.match(words[0] + " "):
            words, changed = words[1:], True
            continue
        if TITLE.fullmatch(words[0]) or words[0] in _LEAD_TITLES:
            words, changed = words[1:], True
            continue
        if resolve is not None:
            # A place first only when a full name (two words, not an initial) is left after
            # it: "Bima Arya" and "George M. Hadjoh" are names beginning like a town.
            for n in (2, 1):
                rest = words[n:]
                found = resolve(" ".join(words[:n]))
                if (
                    len(rest) >= 2
                    and len(rest[0].rstrip(".")) > 1
                    # An Indonesian government's name after the title's own seat is a first
                    # name ("Wali Kota Bogor Bima Arya Sugiarto"), unless it is that seat again
                    # ("Mayor of Bandung, Bandung Ridwan Kamil").
                    and found is not None
                    and not (
                        isinstance(found, str)
                        and seat
                        and normalise(" ".join(words[:n])) != normalise(seat)
                    )
                ):
                    words, changed = rest, True
                    break
    # A surname is a stopword only as a partner ("Soonho Kim" keeps its Kim); so is a Balinese
    # name's last word ("I Gusti Ngurah Jaya Negara").
    balinese = len(words) > 2 and words[0] in _BALINESE_FIRST
    while (
        words
        and not balinese
        and normalise(words[-1]) in STOPWORDS
        and normalise(words[-1]) not in SURNAMES
    ):
        words.pop()
    while len(words) > 1 and _DEGREE.match(words[-1].strip(",")):
        words.pop()
    words = drop_post_nominals(words)
    for n, word in enumerate(words[2:], start=2):
        if word.lower() in ("bin", "binti"):  # "Alijus Mohammad Ali Bin Hj Sipil": the father's
            words = words[:n]
            break
    if not any(w[:1].isupper() and len(w.strip(".")) > 1 for w in words):
        return ""
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
        return ""  # "Duta Besar RI", "Bupati NTB": an abbreviation of a state or region
    return " ".join(words[:5])


# Capitalised verbs that open a clause after a title and its comma, never a name.
_VERBS_OF_COMPANY = frozenset(
    ["Didampingi", "Disaksikan", "Bersama", "Beserta", "Accompanied", "Together", "Joined"]
)
# The words a Balinese name begins with (caste and birth-order names): "I Gusti Ngurah ...",
# "Ida Bagus ...", "Anak Agung ...", "Tjokorda ...".
_BALINESE_FIRST = frozenset(["I", "Ni", "Ida", "Anak", "Tjokorda", "Cokorda", "Gusti", "IB", "AA"])
# Titles a name may still carry in front once the office's place is dropped.
_LEAD_TITLES = frozenset(["Alderman", "Councillor", "Councilor", "Chairman", "Chief", "Executive"])
