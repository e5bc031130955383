"""A local government is its name and its country (m028): London, GB and London, CA are two.
The twin-cities file pairs cities of many countries, and a London of Canada met after London of
the United Kingdom was stored under the British one and shown as "London (GB)". Import puts each
record under the government of its name and country (creating it, as import creates governments);
`add` and `edit` take it (refusing a country no government of that name has); a name two
governments share, given without a country, is refused naming both countries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Run

MAP = [
    "--map", "city1=local_party", "--map", "country1=local_country",
    "--map", "city2=partner", "--map", "country2=country", "--set", "type=sister_city",
]  # fmt: skip
PAIRS = [
    "London,United Kingdom,Seoul,South Korea",
    "London,Canada,Cleveland,United States",
    "Perth,Australia,Kagoshima,Japan",
    "Perth,Canada,Dundee,United Kingdom",
    "London,England,Beijing,China",
]


def _sql(run: Run, query: str) -> list[tuple]:
    conn = sqlite3.connect(run.db)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def _twins(run: Run, tmp_path: Path, rows: list[str] = PAIRS) -> None:
    sheet = tmp_path / "twins.csv"
    sheet.write_text("city1,country1,city2,country2\n" + "\n".join(rows) + "\n", encoding="utf-8")
    run("import", str(sheet), *MAP)


# Records whose local country is not their government's: each must have one of its own.
MISPLACED = (
    "SELECT COUNT(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM local_governments g "
    "WHERE g.name = r.local_party AND g.country IS r.local_country)"
)


@pytest.fixture
def twins(empty_run: Run, tmp_path: Path) -> Run:
    _twins(empty_run, tmp_path)
    return empty_run


def test_same_name_in_two_countries_is_two_governments(twins: Run) -> None:
    governments = _sql(
        twins, "SELECT name, country FROM local_governments WHERE name IN ('London', 'Perth')"
    )
    assert sorted(governments) == [
        ("London", "CA"), ("London", "GB"), ("Perth", "AU"), ("Perth", "CA")
    ]  # fmt: skip
    assert _sql(twins, MISPLACED) == [(0,)]
    listed = twins.json("governments", "list", "--name", "London")
    assert sorted((g["name"], g["country"], g["records"]) for g in listed) == [
        ("London", "CA", 1), ("London", "GB", 2)
    ]  # fmt: skip


def test_a_record_of_london_ca_shows_as_london_ca(twins: Run) -> None:
    record = next(r for r in twins.json("list") if r["partner"] == "Cleveland")
    assert (record["local_party"], record["local_country"]) == ("London", "CA")
    shown = twins("show", str(record["id"])).stdout
    assert "London (CA)" in shown and "London (GB)" not in shown
    # Datasette's records page (the browse_records view) tells the two Londons apart.
    browsed = _sql(twins, "SELECT partner, local_party FROM browse_records WHERE partner "
                   "IN ('Cleveland', 'Seoul', 'Kagoshima') ORDER BY partner")  # fmt: skip
    assert browsed == [("Cleveland", "London (CA)"), ("Kagoshima", "Perth (AU)"),
                       ("Seoul", "London (GB)")]  # fmt: skip


def test_reimport_changes_nothing(twins: Run, tmp_path: Path) -> None:
    before = _sql(twins, "SELECT COUNT(*) FROM records")
    sheet = tmp_path / "again.csv"
    sheet.write_text("city1,country1,city2,country2\n" + "\n".join(PAIRS) + "\n")
    result = twins("import", str(sheet), *MAP)
    assert "0 inserted" in result.stderr and "5 unchanged" in result.stderr, result.stderr
    assert _sql(twins, "SELECT COUNT(*) FROM records") == before


def test_a_name_two_governments_share_without_a_country_is_refused(
    twins: Run, tmp_path: Path
) -> None:
    add = ("add", "--type", "mou", "--partner", "Lyon", "--country", "FR", "--date", "2011")
    result = twins(*add, "--local-party", "London", code=2)
    line = result.stderr.strip()
    assert "\n" not in line, line
    assert "--local-party 'London'" in line and "CA, GB" in line, line
    # With its country, it is taken, under that government.
    twins(*add, "--local-party", "London", "--local-country", "CA", "--key", "lyon")
    assert _sql(twins, "SELECT local_party, local_country FROM records WHERE key = 'lyon'") == [
        ("London", "CA")
    ]
    # An import row that names London and no country is rejected, naming both.
    sheet = tmp_path / "bare.csv"
    sheet.write_text("partner,country,type,date,local_party\nOslo,NO,mou,2012,London\n")
    result = twins("import", str(sheet), code=2)
    assert "bare.csv:2: local_party 'London'" in result.stderr, result.stderr
    assert "CA, GB" in result.stderr


def test_add_and_edit_refuse_a_country_no_government_of_that_name_has(twins: Run) -> None:
    add = ("add", "--type", "mou", "--partner", "Lyon", "--country", "FR", "--date", "2011")
    result = twins(*add, "--local-party", "Perth", "--local-country", "NZ", code=2)
    line = result.stderr.strip()
    assert "\n" not in line and "--local-country 'NZ'" in line, line
    assert "not the country of Perth; expected AU or CA" in line, line
    twins(*add, "--local-party", "Perth", "--local-country", "AU", "--key", "perth-lyon")
    # edit --local-country moves the record to the government of that country, when one is.
    twins("edit", "perth-lyon", "--local-country", "CA")
    assert _sql(twins, "SELECT local_country FROM records WHERE key = 'perth-lyon'") == [("CA",)]
    result = twins("edit", "perth-lyon", "--local-country", "NZ", code=2)
    assert "not the country of Perth" in result.stderr
    assert _sql(twins, MISPLACED) == [(0,)]


def test_the_home_government_refuses_another_country(seeded_run: Run) -> None:
    add = ("add", "--type", "mou", "--partner", "Busan", "--country", "KR", "--date", "2011")
    result = seeded_run(*add, "--local-country", "KR", code=2)
    assert "not the country of DKI Jakarta; expected ID" in result.stderr, result.stderr
    seeded_run(*add, "--local-country", "ID")


def test_governments_add_takes_a_namesake_of_another_country(seeded_run: Run) -> None:
    seeded_run("governments", "add", "London", "--country", "GB")
    seeded_run("governments", "add", "London", "--country", "CA")
    result = seeded_run("governments", "add", "London", "--country", "GB", code=2)
    assert "already names" in result.stderr
    names = [(g["name"], g["country"]) for g in seeded_run.json("governments", "list")]
    assert ("London", "CA") in names and ("London", "GB") in names


def test_leaders_belong_to_their_own_government(seeded_run: Run) -> None:
    seeded_run("governments", "add", "London", "--country", "GB")
    seeded_run("governments", "add", "London", "--country", "CA")
    term = ("leaders", "add", "--title", "Mayor", "--from", "2016-05-09")
    result = seeded_run(*term, "--name", "Sadiq Khan", "--local-party", "London", code=2)
    assert "CA, GB" in result.stderr
    seeded_run(*term, "--name", "Sadiq Khan", "--local-party", "london-gb")
    # The same dates in the other London clash with nothing.
    seeded_run(*term, "--name", "Josh Morgan", "--local-party", "london-ca")
    add = ("add", "--type", "visit", "--partner", "Lyon", "--country", "FR", "--date", "2020-03")
    seeded_run(*add, "--local-party", "London", "--local-country", "CA", "--key", "ca")
    seeded_run(*add, "--local-party", "London", "--local-country", "GB", "--key", "gb")
    governors = dict(
        _sql(
            seeded_run,
            "SELECT r.key, l.name FROM records r JOIN leaders l ON l.id = r.governor_id "
            "WHERE r.key IN ('ca', 'gb')",
        )
    )
    assert governors == {"ca": "Josh Morgan", "gb": "Sadiq Khan"}
    listed = seeded_run("leaders", "list").stdout
    assert "London (CA)  Josh Morgan" in listed and "London (GB)  Sadiq Khan" in listed
    ca = seeded_run.json("leaders", "list", "--local-party", "london-ca")
    assert [(x["name"], x["local_country"]) for x in ca] == [("Josh Morgan", "CA")]
    counts = {
        (g["name"], g["country"]): g["leaders"] for g in seeded_run.json("governments", "list")
    }
    assert counts[("London", "CA")] == counts[("London", "GB")] == 1
    shown = seeded_run.json("governments", "show", "london-ca")
    assert [x["name"] for x in shown["leader_terms"]] == ["Josh Morgan"]


def test_a_government_named_by_its_key_is_read_alone(seeded_run: Run) -> None:
    # `--local-party London` is refused (two Londons), naming the keys that name one each.
    seeded_run("governments", "add", "London", "--country", "GB")
    seeded_run("governments", "add", "London", "--country", "CA")
    term = ("leaders", "add", "--title", "Mayor", "--from", "2016-05-09")
    seeded_run(*term, "--name", "Sadiq Khan", "--local-party", "london-gb")
    seeded_run(*term, "--name", "Josh Morgan", "--local-party", "london-ca")
    add = ("add", "--type", "visit", "--partner", "Lyon", "--country", "FR", "--date", "2020-03")
    seeded_run(*add, "--local-party", "London", "--local-country", "CA", "--key", "ca")
    seeded_run(*add, "--local-party", "London", "--local-country", "GB", "--key", "gb")
    result = seeded_run("list", "--local-party", "London", code=2)
    assert "london-ca, london-gb" in result.stderr, result.stderr
    assert [r["key"] for r in seeded_run.json("list", "--local-party", "london-ca")] == ["ca"]
    stats = seeded_run.json("stats", "--by", "governor", "--local-party", "london-ca")
    assert [(s["governor"], s["count"]) for s in stats] == [("Josh Morgan", 1)]
    stats = seeded_run.json("stats", "--by", "governor", "--local-party", "london-gb")
    assert [(s["governor"], s["count"]) for s in stats] == [("Sadiq Khan", 1)]


def test_row_path_and_document_import_put_each_record_under_its_own_government(
    empty_run: Run, tmp_path: Path
) -> None:
    listed = tmp_path / "pairs.json"  # a JSON list: the row path
    listed.write_text(
        '[{"partner": "Seoul", "country": "KR", "type": "mou", "date": "2011",'
        ' "local_party": "London", "local_country": "GB"},'
        ' {"partner": "Cleveland", "country": "US", "type": "mou", "date": "2011",'
        ' "local_party": "London", "local_country": "Canada"}]'
    )
    empty_run("import", str(listed))
    document = tmp_path / "doc.yaml"  # seed-shaped: store/records/applying.py
    document.write_text(
        "partners:\n  - key: dundee\n    name: Dundee\n    country: GB\n"
        "agreements:\n"
        "  - key: perth-au-dundee\n    type: mou\n    partner: dundee\n    date: 2012\n"
        "    local_party: Perth\n    local_country: AU\n"
        "  - key: perth-ca-dundee\n    type: mou\n    partner: dundee\n    date: 2013\n"
        "    local_party: Perth\n    local_country: CA\n"
    )
    empty_run("import", str(document))
    assert sorted(
        _sql(empty_run, "SELECT name, country FROM local_governments WHERE name <> 'DKI Jakarta'")
    ) == [("London", "CA"), ("London", "GB"), ("Perth", "AU"), ("Perth", "CA")]
    assert _sql(empty_run, MISPLACED) == [(0,)]
