"""Defects a ministry analyst's walk (session 35) found: a registry of many regions' cooperation
(the twin-towns file, provinces and cities with their leaders), asked per governor, per region,
per year, what falls due, in every format. Each is driven through the CLI on a real SQLite file:
the failing command first, then what it must do."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import Run


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


# -- what falls due: a proposal waiting since a day no source gave -------------------------------


def test_agenda_says_since_when_a_proposal_waits_at_its_own_precision(run: Run) -> None:
    # An LoI known to March 2021 was said to wait "since 2021-03-31", a day no source gave (the
    # dormant line beside it already said "last activity 2021-03").
    run("add", "-p", "Daejeon", "-c", "KR", "-t", "loi", "-d", "Maret 2021", "--title", "LoI")
    lines = run("agenda").stdout.splitlines()
    [waiting] = [line for line in lines if "Daejeon:" in line]
    assert waiting.endswith("Daejeon: letter of intent since 2021-03"), waiting
    # The machine formats keep the latest possible day, from which the due day is counted.
    [item] = [i for i in run.json("agenda") if i["kind"] == "waiting" and i["partner"] == "Daejeon"]
    assert item["since"] == "2021-03-31"


# -- stats: the total of a government named by its alias ----------------------------------------


@pytest.mark.parametrize(
    "by", [["--by", "year"], ["--by", "type"], ["--by", "year", "--by", "type"]]
)
def test_stats_totals_a_government_named_by_its_alias(run: Run, by: list[str]) -> None:
    # `stats --by year --local-party Bandung` counted 1 in 2019 and then "Total 0 0 0": the
    # total was read from the counts table under the alias typed, not the government's name.
    run("governments", "add", "Kota Bandung", "--country", "ID", "--alias", "Bandung")
    run(
        "add",
        "-p",
        "Chiba",
        "-c",
        "JP",
        "-t",
        "mou",
        "-d",
        "2019-06-10",
        "--local-party",
        "Bandung",
    )
    by_alias = run.json("stats", *by, "--local-party", "Bandung")
    by_name = run.json("stats", *by, "--local-party", "Kota Bandung")
    assert by_alias == by_name
    [total] = [
        line
        for line in run("stats", *by, "--local-party", "Bandung").stdout.splitlines()
        if line.startswith("Total")
    ]
    assert total.split()[-1 if len(by) == 4 else 1] == "1", total
    jakarta = run("stats", *by, "--local-party", "Jakarta").stdout
    assert jakarta == run("stats", *by, "--local-party", "DKI Jakarta").stdout


# -- timeline: whose record each item is ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_timeline_of_several_governments_names_each_items_government(run: Run, fmt: str) -> None:
    # Two provinces' MoUs with Western Australia on one day came out of `timeline --format
    # json/csv` as two items alike but for the governor: nothing said which province signed
    # which (`list` has said so in `local_party` all along).
    run("governments", "add", "Provinsi Jawa Barat", "--country", "ID", "--alias", "Jabar")
    run("governments", "add", "Provinsi Jawa Timur", "--country", "ID", "--alias", "Jatim")
    for party in ("Jabar", "Jatim"):
        run(
            "add",
            "-p",
            "Western Australia",
            "-c",
            "AU",
            "-t",
            "mou",
            "-d",
            "2024-03-14",
            "--local-party",
            party,
            "--title",
            "MoU",
        )
    wanted = ("--local-party", "Jabar", "--local-party", "Jatim", "--format", fmt)
    out = run("timeline", *wanted).stdout
    if fmt == "json":
        items = json.loads(out)
    else:
        items = list(csv.DictReader(io.StringIO(out)))
        assert list(items[0])[-1] == "local_party"  # added last: no column moves
    assert sorted(i["local_party"] for i in items) == ["Provinsi Jawa Barat", "Provinsi Jawa Timur"]
    listed = {r["id"]: r["local_party"] for r in run.json("list", *wanted[:4])}
    assert {int(i["id"]): i["local_party"] for i in items} == listed


# -- agenda: whose partnership lies dormant -------------------------------------------------------


def test_an_agenda_of_several_governments_names_whose_partnership_it_is(run: Run) -> None:
    # Two provinces' partnerships with Osaka both fell dormant: the agenda said "Osaka (last
    # activity 2019-06-10)" and "Osaka (last activity 2020-02)", and nothing said whose was whose.
    run("governments", "add", "Provinsi Jawa Barat", "--country", "ID", "--alias", "Jabar")
    run("governments", "add", "Provinsi Jawa Timur", "--country", "ID", "--alias", "Jatim")
    run("add", "-p", "Osaka", "-c", "JP", "-t", "mou", "-d", "2019-06-10", "--local-party", "Jabar")
    run("add", "-p", "Osaka", "-c", "JP", "-t", "visit", "-d", "Feb 2020", "--local-party", "Jatim")
    run("add", "-p", "Nagoya", "-c", "JP", "-t", "loi", "-d", "Mei 2021", "--local-party", "Jatim")
    lines = run("agenda").stdout.splitlines()
    osaka = sorted(line.split("  ")[-1] for line in lines if "Osaka" in line)
    assert osaka == [
        "Osaka (Provinsi Jawa Barat, last activity 2019-06-10)",
        "Osaka (Provinsi Jawa Timur, last activity 2020-02)",
    ]
    [nagoya] = [line for line in lines if "Nagoya (" in line and "waiting" in line]
    assert nagoya.endswith("Nagoya (Provinsi Jawa Timur): letter of intent since 2021-05"), nagoya
    # One government's agenda names none: it is the one asked for.
    jabar = run("agenda", "--local-party", "Jabar").stdout
    assert "Osaka (last activity 2019-06-10)" in jabar
    waiting = [i for i in run.json("agenda") if i["kind"] == "waiting" and i["partner"] == "Nagoya"]
    assert [i["local_party"] for i in waiting] == ["Provinsi Jawa Timur"]


# -- an unknown governor is named by its option, as every other filter is ------------------------


@pytest.mark.parametrize("command", ["list", "stats", "timeline", "export"])
def test_an_unknown_governor_names_the_option_as_the_other_filters_do(
    run: Run, command: str
) -> None:
    # `--local-party Atlantis` said "--local-party 'Atlantis': ...", but `--governor 'Ridwan
    # Kamill'` said "governor 'Ridwan Kamill': ...", a field the user never typed.
    result = run(command, "--governor", "Anies Baswedann", code=2)
    assert result.stderr == (
        "kerjasama: error: --governor 'Anies Baswedann': no such leader; "
        "did you mean 'Anies Baswedan'?\n"
    )
    said = run(command, "--lang", "id", "--leader", "Nobody", code=2).stderr
    assert said.startswith("kerjasama: error: --governor 'Nobody': ") and said.count("\n") == 1


# -- show: the history of the record's own partnership ------------------------------------------


def test_show_gives_the_history_of_the_records_own_partnership(run: Run) -> None:
    # `show` of East Java's MoU with Western Australia listed, under "History of the partnership
    # with Western Australia", West Java's MoU and its governor's visit to Perth too, while its
    # stages (the same page) counted East Java's records only.
    run("governments", "add", "Provinsi Jawa Barat", "--country", "ID", "--alias", "Jabar")
    run("governments", "add", "Provinsi Jawa Timur", "--country", "ID", "--alias", "Jatim")
    wa = ("-p", "Western Australia", "-c", "AU")
    run("add", *wa, "-t", "mou", "-d", "2022-11-01", "--local-party", "Jatim", "--title", "Jatim 1")
    jatim = run(
        "add", *wa, "-t", "mou", "-d", "2024-03-14", "--local-party", "Jatim", "--title", "Jatim 2"
    ).stdout.strip()
    run("add", *wa, "-t", "mou", "-d", "2024-03-15", "--local-party", "Jabar", "--title", "Jabar 1")
    run(
        "add",
        *wa,
        "-t",
        "visit",
        "-d",
        "2025-05-02",
        "--local-party",
        "Jabar",
        "--title",
        "Jabar 2",
    )
    page = run("show", jatim).stdout
    history = page.split("History of the partnership with Western Australia")[1].split("\n\n")[0]
    assert "Jatim 1" in history and "Jatim 2" in history
    assert "Jabar" not in history, history
    shown = json.loads(run("show", jatim, "--format", "json").stdout)
    titles = [r["title"] for r in shown["history"]] if "history" in shown else None
    assert titles in (None, ["Jatim 1", "Jatim 2"]), titles


# -- list --by-governor --format ndjson ----------------------------------------------------------


@pytest.mark.parametrize("limit", [[], ["--limit", "50"]])
def test_list_by_governor_as_ndjson_is_one_record_a_line(run: Run, limit: list[str]) -> None:
    # `list --by-governor --format ndjson` printed the text table (headings, aligned rows): a
    # script reading one object a line read none. It gives the records in term order, as CSV.
    grouped = ("list", "--by-governor", *limit)
    lines = run(*grouped, "--format", "ndjson").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    as_csv = list(csv.DictReader(io.StringIO(run(*grouped, "--format", "csv").stdout)))
    assert [r["id"] for r in records] == [int(r["id"]) for r in as_csv]
    assert records and all(set(r) == set(as_csv[0]) for r in records)
