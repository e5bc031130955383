"""Defects a ministry analyst's walk (session 35) found: a registry of many regions' cooperation
(the twin-towns file, provinces and cities with their leaders), asked per governor, per region,
per year, what falls due, in every format. Each is driven through the CLI on a real SQLite file:
the failing command first, then what it must do."""

from __future__ import annotations

from conftest import Run

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
