"""Words written around a person's name that are not the name: honorifics before it (the
Malaysian chains "Datuk Seri Panglima Haji", "Datuk Patinggi Tan Sri") and post-nominals after
it ("Michael Gunner MLA", "Kon Vatskalis OAM"). Kept as data so a new honorific is one word here.
"""

from __future__ import annotations

# Honorifics that open a chain anywhere: Malaysian royal and state awards, the pilgrim's title.
LEADING = frozenset(
    {
        "Datuk",
        "Dato",
        "Dato'",
        "Dato’",
        "Datin",
        "Tun",
        "Toh",
        "Tuan",
        "Puan",
        "Haji",
        "Hajjah",
        "Hj",
        "Hj.",
        "YB",
        "YAB",
        "YBhg",
        "YBhg.",
        "YAM",
        # Aceh's style for a religious or customary leader ("Wali Nanggroe Aceh Tgk Malik ...").
        "Tgk",
        "Tgk.",
        "Teungku",
    }
)
# Malaysian styles of address are acronyms ("YAB": Yang Amat Berhormat) that news also writes
# in title case ("Yab Dato Zazali"); compared upper-cased.
STYLES = frozenset({"YB", "YAB", "YBHG", "YBHG.", "YAM", "YABHG", "YM", "YTM", "YAA", "YBM"})
# Words that are an honorific only inside a chain an honorific opened ("Datuk Seri", "Datuk
# Amar", "Tan Sri"): alone they begin names ("Sri Mulyani", "Abang Johari" keeps "Abang").
CHAINED = frozenset(
    {"Seri", "Sri", "Amar", "Patinggi", "Panglima", "Paduka", "Utama", "Wira", "Setia", "Tan"}
)
# A chain may also open with "Tan Sri" or "Datuk" after a plain honorific ("Dr", "H.").
OPENS_CHAIN = frozenset({("Tan", "Sri")})
# Post-nominal letters: a member of a parliament or an order, not part of the name.
POST_NOMINALS = frozenset(
    {
        "MP",
        "MLA",
        "MHA",
        "MHK",
        "MLC",
        "MNA",
        "MPP",
        "OAM",
        "AM",
        "AO",
        "AC",
        "OBE",
        "CBE",
        "MBE",
        "KBE",
        "QC",
        "KC",
        "JP",
    }
)
# For the regexes: a chain of honorifics before a name, not counted among its words.
HONORIFIC_CHAIN = (
    r"(?:(?:"
    + "|".join(sorted((w.replace(".", r"\.") for w in LEADING | CHAINED), key=len, reverse=True))
    + r")\.?\s+)*"
)


def drop_honorifics(words: list[str]) -> list[str]:
    """The words after a leading chain of honorifics ("Datuk Amar Haji Awang Tengah" → "Awang
    Tengah"); words that are honorifics only in a chain stay when no chain opened."""
    opened = False
    while len(words) > 1:
        head = words[0]
        if head in LEADING or head.upper() in STYLES or (opened and head in CHAINED):
            words, opened = words[1:], True
        elif len(words) > 2 and (head, words[1]) in OPENS_CHAIN:
            words, opened = words[2:], True
        else:
            break
    return words


def drop_post_nominals(words: list[str]) -> list[str]:
    """The words before trailing post-nominals ("Michael Gunner MLA" → "Michael Gunner")."""
    while len(words) > 1 and words[-1].strip(",.") in POST_NOMINALS:
        words = words[:-1]
    return words
