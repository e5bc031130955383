"""The words of the date grammar: month and weekday names, periods of a year, range words.

Indonesian and English as officials and newspapers write them. The month spellings beyond the
full names come from dateparser's Indonesian data (CLDR plus older spellings: Peb, Pebruari,
Mrt, Nop, Nopember, Agt), taken here as a table rather than as a dependency. Measured with
dateparser 1.5.0 (languages id, en; day first): its first parse takes ~340 ms (it loads its
language data); it returns a day for "Agustus 2025", 1 December 2019 for "tahun 2019" and
1 September 2024 for "Q3 2024", and nothing for "awal 2021", "akhir 2023", "pertengahan 2022",
"sejak 1992", "1-11 Agustus 2025", "1 s.d. 11 Agustus 2025", "20 Februari – 11 Agustus 2025",
"triwulan III 2024" or "semester I 2024" (tests/test_date_grammar.py covers each of them).
"""

from __future__ import annotations

# Indonesian and English names of weekdays (Monday first) and months (January first), as
# written in documents and news. The full names, English then Indonesian, are what the article
# extractor knows are never places; the date parser also reads the short forms and other spellings.
WEEKDAY_FULL_NAMES: tuple[tuple[str, str], ...] = (
    ("Monday", "Senin"),
    ("Tuesday", "Selasa"),
    ("Wednesday", "Rabu"),
    ("Thursday", "Kamis"),
    ("Friday", "Jumat"),
    ("Saturday", "Sabtu"),
    ("Sunday", "Minggu"),
)
MONTH_FULL_NAMES: tuple[tuple[str, str], ...] = (
    ("January", "Januari"),
    ("February", "Februari"),
    ("March", "Maret"),
    ("April", "April"),
    ("May", "Mei"),
    ("June", "Juni"),
    ("July", "Juli"),
    ("August", "Agustus"),
    ("September", "September"),
    ("October", "Oktober"),
    ("November", "November"),
    ("December", "Desember"),
)
_WEEKDAY_OTHER_FORMS = (("Mon",), ("Tue",), ("Wed",), ("Thu",), ("Fri",), ("Sat",), ("Sun", "Ahad"))
_MONTH_OTHER_FORMS = (("Jan",), ("Feb", "Peb", "Pebruari"), ("Mar", "Mrt"), ("Apr",), (),
                      ("Jun",), ("Jul",), ("Agu", "Agt", "Ags", "Agst", "Aug"), ("Sep", "Sept"),
                      ("Okt", "Oct"), ("Nov", "Nop", "Nopember"), ("Des", "Dec"))  # fmt: skip


def _every_form(
    full: tuple[tuple[str, str], ...], other: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(dict.fromkeys((*o, *f))) for f, o in zip(full, other, strict=True))


# Every way each is written: short forms first, then the full names.
WEEKDAY_NAMES = _every_form(WEEKDAY_FULL_NAMES, _WEEKDAY_OTHER_FORMS)
MONTH_NAMES = _every_form(MONTH_FULL_NAMES, _MONTH_OTHER_FORMS)

MONTHS: dict[str, int] = {n.lower(): i for i, names in enumerate(MONTH_NAMES, 1) for n in names}
WEEKDAYS: dict[str, int] = {n.lower(): i for i, names in enumerate(WEEKDAY_NAMES) for n in names}
"""Every weekday form -> its number as `datetime.date.weekday()` gives it (Monday 0)."""

# A third of a year, as officials say it: awal (Jan-Apr), pertengahan (May-Aug), akhir (Sep-Dec).
# Thirds rather than halves, so that "akhir 2023" does not claim July.
THIRDS: dict[str, int] = {
    "awal": 1, "early": 1, "permulaan": 1,
    "pertengahan": 2, "tengah": 2, "mid": 2, "middle": 2,
    "akhir": 3, "late": 3, "end": 3, "penghujung": 3,
}  # fmt: skip

# Quarters and halves: "Q3 2024", "triwulan III 2024", "kuartal 3 2024", "semester I 2024".
QUARTER_WORDS = frozenset({"q", "triwulan", "tw", "kuartal", "quarter", "caturwulan"})
HALF_WORDS = frozenset({"semester", "h", "half", "smt"})
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# Words that only introduce a date: "tanggal 3 Mei 2025", "pada tahun 2019", "in May 2025".
FILLERS = frozenset({"tanggal", "tgl", "pada", "on", "in", "the", "of", "bulan", "hari", "tahun"})

# Words before a date that make it a deadline, or the start of something still in force.
BY_WORDS = ("paling lambat", "selambat-lambatnya", "sebelum", "before", "by")
SINCE_WORDS = ("sejak", "since", "mulai", "berlaku sejak")

# Words between the two ends of a range ("1 s.d. 11 Agustus 2025", "2019 sampai 2021").
RANGE_WORDS = ("sampai dengan", "s.d.", "s.d", "s/d", "sd", "sampai", "hingga", "to", "until")
