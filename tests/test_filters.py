"""The one filter language: every filter, on every command that takes filters, means the same.

The table below is shared by all commands. Each filter case says, as a predicate over a record
(a row of `list --format json` without filters), which records it must select. Each command has
one line in ID_READERS saying how to read the record ids it selected (or a count) from its
JSON output; a command that takes the filter options but has no line fails
`test_every_filtered_command_is_in_the_table`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from conftest import Run
from validity_fixture import TODAY, add_cases

from kerjasama_cli.cli.filter_options import FILTER_OPTIONS

# Every record's type, so `search EVERYTHING` selects the whole registry (checked below).
TYPES = "sister_city loi mou agreement programme other visit meeting office_opening renewal"
EVERYTHING = " OR ".join([*TYPES.split(), "invitation"])


def _ids(rows: Any) -> set[int]:
    return {r["id"] for r in rows}


# command -> how to get what it selected for some filter arguments: a set of record ids, or an
# int when the command only counts (then the count must equal the number of records).
ID_READERS: dict[str, Callable[[Run, list[str]], set[int] | int]] = {
    "list": lambda run, args: _ids(run.json("list", *args)),
    "search": lambda run, args: _ids(run.json("search", EVERYTHING, *args)),
    "timeline": lambda run, args: _ids(run.json("timeline", *args)),
    # Every record is in exactly one country group ("no country" included): the sum is the total.
    "stats": lambda run, args: sum(g["count"] for g in run.json("stats", "--by", "country", *args)),
    # export prints keys, not ids: read them back through an unfiltered list.
    "export": lambda run, args: _exported_ids(run, args),
    # report writes HTML: its timeline holds one <div class="record" id="r<id>"> per record.
    "report": lambda run, args: {
        int(i) for i in re.findall(r'<div class="record" id="r(\d+)"', run("report", *args).stdout)
    },
}


def _exported_ids(run: Run, args: list[str]) -> set[int]:
    lines = run("export", "--format", "ndjson", *args).stdout.splitlines()
    keys = {json.loads(line)["key"] for line in lines}
    return {r["id"] for r in run.json("list") if r["key"] in keys}


_D = dt.date.fromisoformat


def _overlaps(row: dict[str, Any], start: str | None, end: str | None) -> bool:
    """The interval semantics, independently: the record's interval meets [start, end]."""
    if row["date_end"] is None:
        return False
    lo = row["date_start"] or "0001-01-01"
    return (start is None or row["date_end"] >= start) and (end is None or lo <= end)


def _in_force_until(row: dict[str, Any], last: str) -> bool:
    return (
        row["status"] in ("active", "expiring", "renewed")
        and row["valid_until"] is not None
        and TODAY <= row["valid_until"] <= last
    )


KSDLL_PARTNERS = {"Hiroshima Global Academy", "C40", "CityNet", "Australia"}
CAPACITY_SECTORS = set(
    [
        "civil_service",
        "urban_planning",
        "flood_management",
        "waste",
        "transport",
        "environment",
        "health",
        "governance",
        "climate",
        "energy",
        "green_building",
        "sustainable_development",
        "social_welfare",
        "labour",
        "logistics",
        "finance",
    ]
)

# (id, filter arguments, which records they select)
FILTER_CASES: list[tuple[str, list[str], Callable[[dict[str, Any]], bool]]] = [
    ("country-alias", ["--country", "Korsel"], lambda r: r["country"] == "KR"),
    ("country-two", ["-c", "KR", "-c", "Tiongkok"], lambda r: r["country"] in ("KR", "CN")),
    ("type", ["--type", "nota kesepahaman"], lambda r: r["type"] == "mou"),
    ("type-event", ["-t", "kunjungan"], lambda r: r["type"] == "visit"),
    ("sector", ["--sector", "banjir"], lambda r: "flood_management" in r["sectors"]),
    ("partner-alias", ["--partner", "Chungnam"], lambda r: r["partner"] == "Chungcheongnam-do"),
    ("governor-alias", ["--governor", "Ahok"], lambda r: r["governor"] == "Basuki Tjahaja Purnama"),
    # A repeated option is OR-ed within itself (and AND-ed with the other options).
    (
        "partner-two",
        ["-p", "Shanghai", "-p", "Chungnam"],
        lambda r: r["partner"] in ("Shanghai", "Chungcheongnam-do"),
    ),
    (
        "governor-two",
        ["-g", "Ahok", "--governor", "Pramono"],
        lambda r: r["governor"] in ("Basuki Tjahaja Purnama", "Pramono Anung"),
    ),
    (
        "involving-two",
        ["--involving", "provinsi jawa barat", "--involving", "Shanghai"],
        lambda r: r["local_party"] == "Provinsi Jawa Barat" or r["partner"] == "Shanghai",
    ),
    (
        "partner-two-and-type",
        ["-p", "Shanghai", "-p", "Chungnam", "-t", "mou"],
        lambda r: r["partner"] in ("Shanghai", "Chungcheongnam-do") and r["type"] == "mou",
    ),
    (
        "governor-basis",
        ["--governor", "undetermined"],
        lambda r: r["governor_basis"] == "undetermined",
    ),
    # An item known only to the year (Jeju, 2024) matches a range covering part of that year.
    (
        "year-precision",
        ["--from", "2024-06", "--to", "2024-07"],
        lambda r: _overlaps(r, "2024-06-01", "2024-07-31"),
    ),
    ("from-words", ["--from", "Agustus 2025"], lambda r: _overlaps(r, "2025-08-01", None)),
    ("to-day-words", ["--to", "27 Mei 2025"], lambda r: _overlaps(r, None, "2025-05-27")),
    ("to-day-slashes", ["--to", "31/12/2015"], lambda r: _overlaps(r, None, "2015-12-31")),
    (
        "from-range",
        ["--from", "2021-01..2021-06", "--to", "2021"],
        lambda r: _overlaps(r, "2021-01-01", "2021-12-31"),
    ),
    ("to-by", ["--to", "by 2015-05-12"], lambda r: _overlaps(r, None, "2015-05-12")),
    (
        "local-party",
        ["--local-party", "provinsi jawa barat"],
        lambda r: r["local_party"] == "Provinsi Jawa Barat",
    ),
    (
        "involving",
        ["--involving", "provinsi jawa barat"],
        lambda r: r["local_party"] == "Provinsi Jawa Barat",
    ),
    ("kind", ["--kind", "event"], lambda r: r["kind"] == "event"),
    ("query-sector-word", ["--query", "banjir"], lambda r: "flood_management" in r["sectors"]),
    ("query-alias", ["-q", "DBKL"], lambda r: r["partner"] == "Kuala Lumpur"),
    ("query-country", ["-q", "Korsel"], lambda r: r["country"] == "KR"),
    ("status-derived", ["--status", "expired"], lambda r: r["status"] == "expired"),
    ("status-words", ["--status", "aktif"], lambda r: r["status"] == "active"),
    ("expiring", ["--expiring", "1y"], lambda r: _in_force_until(r, "2026-06-01")),
    # Issue 22: the seed's institutions and country (the rest are cities and provinces, and one
    # programme has no partner); objects from the sectors; the partnerships still at an LoI.
    ("family", ["--family", "KSDLL"], lambda r: r["partner"] in KSDLL_PARTNERS),
    (
        "object",
        ["--object", "capacity building"],
        lambda r: bool(CAPACITY_SECTORS & set(r["sectors"])),
    ),
    (
        "stage",
        ["--stage", "loi"],
        lambda r: r["partner"] in ("Chungcheongnam-do", "Kuala Lumpur"),
    ),
    (
        "combined",
        ["-c", "KR", "--kind", "agreement", "--from", "2020"],
        lambda r: (
            r["country"] == "KR" and r["kind"] == "agreement" and _overlaps(r, "2020-01-01", None)
        ),
    ),
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory) -> Run:
    """The seed plus one agreement in each validity situation, read at a fixed today."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KERJASAMA_TODAY", TODAY)
        run = Run(tmp_path_factory.mktemp("filters") / "registry.db")
        add_cases(run)
    return run


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("KERJASAMA_TODAY", TODAY)


@pytest.fixture(scope="module")
def everything(registry) -> list[dict[str, Any]]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KERJASAMA_TODAY", TODAY)
        return registry.json("list")


@pytest.mark.parametrize("command", list(ID_READERS))
@pytest.mark.parametrize("case", FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_filter_means_the_same_on_every_command(registry, everything, command, case):
    _name, args, selects = case
    expected = {r["id"] for r in everything if selects(r)}
    # The case must be a real test: it selects something, and not everything.
    assert expected and len(expected) < len(everything)
    got = ID_READERS[command](registry, args)
    assert got == (len(expected) if isinstance(got, int) else expected)


@pytest.mark.parametrize("command", list(ID_READERS))
def test_no_filter_selects_everything(registry, everything, command):
    got = ID_READERS[command](registry, [])
    all_ids = {r["id"] for r in everything}
    assert got == (len(all_ids) if isinstance(got, int) else all_ids)


def test_every_filter_option_has_a_case():
    used = {arg for _n, args, _p in FILTER_CASES for arg in args if arg.startswith("-")}
    flags = {
        "country": {"--country", "-c"},
        "type": {"--type", "-t"},
        "sector": {"--sector"},
        "partner": {"--partner"},
        "governor": {"--governor"},
        "date_from": {"--from"},
        "date_to": {"--to"},
        "local_party": {"--local-party"},
        "involving": {"--involving"},
        "kind": {"--kind"},
        "query": {"--query", "-q"},
        "status": {"--status"},
        "expiring": {"--expiring"},
        "family": {"--family"},
        "object": {"--object"},
        "stage": {"--stage"},
    }
    assert set(flags) == set(FILTER_OPTIONS), "a new filter option needs cases in FILTER_CASES"
    assert all(used & names for names in flags.values())


def _filter_commands() -> dict[str, set[str]]:
    """Commands of the app that take the filter options, with their option names."""
    import typer.main

    from kerjasama_cli.cli.app import app

    group = typer.main.get_command(app)
    found = {}
    for name in group.list_commands(None):  # type: ignore[attr-defined]
        command = group.get_command(None, name)  # type: ignore[attr-defined]  (loaded on demand)
        options = {p.name for p in command.params}
        if set(FILTER_OPTIONS) <= options:
            found[name] = {p.name for p in command.params if p.name in FILTER_OPTIONS}
    return found


def test_every_filtered_command_is_in_the_table():
    commands = _filter_commands()
    assert {"list", "search"} <= set(commands)
    missing = set(commands) - set(ID_READERS)
    assert not missing, f"add one line to ID_READERS for {sorted(missing)}"
    # ...and each takes exactly the same filter options.
    assert all(options == set(FILTER_OPTIONS) for options in commands.values())


@pytest.mark.parametrize("command", list(ID_READERS))
@pytest.mark.parametrize(
    "args, field",
    [
        (["--from", "by 2015"], "--from"),
        (["--from", "2025", "--to", "2024"], "--to"),
        (["--to", "2025-02-30"], "--to"),
        (["--country", "Narnia"], "--country"),
        (["--status", "dormant"], "--status"),
        (["--expiring", "soon"], "--expiring"),
        (["--query", '"open'], "--query"),
        (["--kind", "treaty"], "kind"),
        # An option that cannot repeat is refused when repeated, not silently the last value.
        (["--from", "2024", "--from", "2025"], "--from"),
        (["--to", "2024", "--to", "2025"], "--to"),
        (["--expiring", "1y", "--expiring", "2y"], "--expiring"),
        (["-q", "Seoul", "--query", "Busan"], "--query"),
    ],
)
def test_bad_filter_is_the_same_error_everywhere(registry, command, args, field):
    base = ["search", EVERYTHING] if command == "search" else [command]
    result = registry(*base, *args, code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0], result.stderr
    json.dumps(lines)  # plain text


@pytest.mark.parametrize(
    "args, included",
    [
        (["--from", "2024-06", "--to", "2024-07"], True),
        (["--from", "Desember 2024"], True),
        (["--to", "1 Januari 2024"], True),
        (["--from", "2024-02-20..2024-03-01", "--to", "2024-03-01"], True),
        (["--from", "2025"], False),
        (["--to", "2023-12-31"], False),
    ],
)
def test_year_precision_item_matches_a_range_covering_part_of_its_year(registry, args, included):
    keys = {r["key"] for r in registry.json("list", *args)}
    assert ("jeju-sister-city-2024" in keys) is included


@pytest.mark.parametrize(
    "args, flag",
    [
        (["list", "--format", "json", "--format", "csv"], "--format"),
        (["list", "--limit", "1", "--limit", "2"], "--limit"),
        (["partners", "list", "--format", "json", "--format", "csv"], "--format"),
        (["leaders", "add", "--name", "A", "--name", "B", "--from", "2030-01-01"], "--name"),
        (
            ["stats", "--by", "country", "--lang", "id", "--lang", "en"],
            "--lang",
        ),  # the last one speaks
    ],
)
def test_a_one_value_option_given_twice_is_refused(registry, args, flag):
    # Click kept the last value in silence; now the second is a usage error naming the option.
    result = registry(*args, code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{flag}: given more than once" in lines[0], result.stderr


def test_a_flag_or_repeatable_option_given_twice_is_fine(registry):
    registry("list", "-c", "KR", "-c", "KR", "--reverse", "--reverse")
