"""A registry with one agreement in each validity situation, at a fixed 'today' (2025-06-01)."""

from __future__ import annotations

import shlex

TODAY = "2025-06-01"

# key -> (`add` arguments, "status status_source valid_until", "-" for none)
_TABLE: dict[str, tuple[str, str]] = {
    "busan": ("-p Busan -c KR -t mou -d 2020-06-15 --term-years 5", "expiring derived 2025-06-14"),
    "osaka": (
        "-p Osaka -c JP -t agreement -d 2018-01-10 --term-years 3",
        "expired derived 2021-01-09",
    ),
    "hanoi": (
        "-p Hanoi -c VN -t mou -d 2024-03 --end-date 2030-12-31",
        "active derived 2030-12-31",
    ),
    # An MoU after an LoI with the same partner supersedes it, whatever the LoI stated.
    "lyon-loi": ("-p Lyon -c FR -t loi -d 2022-05-01 --status active", "superseded derived -"),
    "lyon-mou": ("-p Lyon -t mou -d 2023-07-01", "active derived -"),
    # A sister-city agreement after an MoU replaces the framework...
    "kobe-mou": ("-p Kobe -c JP -t mou -d 2018-04", "superseded derived -"),
    "kobe-sister": ("-p Kobe -t sister_city -d 2020-11-02", "active derived -"),
    # ...but a PKS (agreement) works under its MoU, and the MoU stays in force.
    "rome-mou": ("-p Rome -c IT -t mou -d 2019-01-15", "active derived -"),
    "rome-pks": ("-p Rome -t agreement -d 2022-02-01 --term-years 10", "active derived 2032-01-31"),
    "perth": (
        "-p Perth -c AU -t agreement -d 2019 --term-years 10 --status ended",
        "ended stated 2029-12-30",
    ),
    # Expired on 2020-02-29, renewed on 2021-09-01 for another five years.
    "seoul": (
        "-p Seoul -c KR -t agreement -d 2015-03-01 --term-years 5",
        "active derived 2026-08-31",
    ),
    "seoul-renewal": ("-p Seoul -t renewal -d 2021-09-01 --agreement seoul", "- - -"),
    # Known to the month: the term runs from the month's last day; 4.5 years = 54 months.
    "penang": (
        "-p Penang -c MY -t sister_city -d 2021-09 --term-years 4.5",
        "active derived 2026-03-29",
    ),
    "bogota": (
        "-p Bogota -c CO -t mou -d 2025-01 --end-date 2025-07-01 --status proposed",
        "proposed stated 2025-07-01",
    ),
    # Stated active in 2019; its end date has passed since.
    "dubai": (
        "-p Dubai -c AE -t mou -d 2019-02-01 --status active --end-date 2024-02-01",
        "expired derived 2024-02-01",
    ),
    # Stated renewed, but a one-year term from (at latest) 31 October 2024 nears its end.
    "madrid": (
        "-p Madrid -c ES -t agreement -d 'Oktober 2024' --term-years 1 --status renewed",
        "expiring derived 2025-10-30",
    ),
    "porto": ("-p Porto -c PT -t mou -d 2024-05-01 --status renewed", "renewed stated -"),
    "bandung": (
        "-p 'Bandung Partner City' -c NL -t mou -d 2023 --local-party 'Provinsi Jawa Barat'",
        "active derived -",
    ),
}


def _none(word: str) -> str | None:
    return None if word == "-" else word


# key -> (`add` arguments, expected status, status_source, valid_until)
CASES: dict[str, tuple[list[str], str | None, str | None, str | None]] = {
    key: (shlex.split(args), *(_none(w) for w in expected.split()))  # type: ignore[misc]
    for key, (args, expected) in _TABLE.items()
}


def add_cases(run) -> dict[str, int]:
    """Add every case (with --key = its name); return key -> record id."""
    # A local party must exist before a record names it (a typo is refused, not created).
    run("governments", "add", "Provinsi Jawa Barat", "--country", "ID")
    return {
        key: int(run("add", *args, "--key", key).stdout.strip())
        for key, (args, *_expected) in CASES.items()
    }
