"""A registry of two governments (the seed's DKI Jakarta and Kota Surabaya), which the views of
several governments' terms and counts are tested on (test_stats_governments.py,
test_governor_views_governments.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import Run

BOTH = ("--local-party", "Surabaya", "--local-party", "DKI Jakarta")


def add_surabaya(run: Run, folder: Path) -> Run:
    """The seeded registry `run` drives, plus Kota Surabaya with Tri Rismaharini, two dated
    records and one of unknown date (written through a sheet in `folder`)."""
    run("governments", "add", "Kota Surabaya", "--country", "ID", "--alias", "Surabaya")
    run(
        "leaders", "add", "--name", "Tri Rismaharini", "--title", "Wali Kota",
        "--from", "2010-09-28", "--to", "2020-09-28", "--local-party", "Surabaya",
    )  # fmt: skip
    sheet = folder / "surabaya.csv"
    sheet.write_text(
        "partner,country,type,date,title,local_party\n"
        "Busan,KR,mou,2011-03,Surabaya Busan MoU,Kota Surabaya\n"
        "Kochi,JP,sister_city,2012-05,Surabaya Kochi,Surabaya\n"
        "Guangzhou,CN,sister_city,,Surabaya Guangzhou,Surabaya\n",
        encoding="utf-8",
    )
    run("import", str(sheet))
    return run


# Two Londons (GB and CA), each with its mayor and an MoU with Seoul, as a twin-town file makes
# them (test_government_keys.py).
TWIN_MAP = [
    "--map", "city1=local_party", "--map", "country1=local_country",
    "--map", "city2=partner", "--map", "country2=country", "--set", "type=sister_city",
]  # fmt: skip
TWIN_PAIRS = (
    "London,United Kingdom,Seoul,South Korea\n"
    "London,Canada,Cleveland,United States\n"
    "London,Canada,Seoul,South Korea\n"
    "Perth,Australia,Kagoshima,Japan\n"
)


def two_londons(run: Run, folder: Path) -> Run:
    """`run`'s registry plus London, GB (Sadiq Khan; Seoul: a sister city of unknown date, an
    MoU of 2019-03, key gb-seoul) and London, CA (Josh Morgan; Cleveland and Seoul sister
    cities of unknown date, an MoU with Seoul of 2020-03, key ca-seoul, a visit to Cleveland of
    2021-03, key ca-visit)."""
    sheet = folder / "twins.csv"
    sheet.write_text("city1,country1,city2,country2\n" + TWIN_PAIRS, encoding="utf-8")
    run("import", str(sheet), *TWIN_MAP)
    term = ("leaders", "add", "--title", "Mayor", "--from", "2016-05-09")
    run(*term, "--name", "Sadiq Khan", "--local-party", "london-gb")
    run(*term, "--name", "Josh Morgan", "--local-party", "london-ca")
    mou = ("add", "--type", "mou", "--partner", "Seoul", "--country", "KR", "--local-party",
           "London")  # fmt: skip
    run(*mou, "--local-country", "GB", "--date", "2019-03", "--key", "gb-seoul")
    run(*mou, "--local-country", "CA", "--date", "2020-03", "--key", "ca-seoul")
    run(
        "add", "--type", "visit", "--partner", "Cleveland", "--country", "US",
        "--local-party", "London", "--local-country", "CA", "--date", "2021-03", "--key", "ca-visit",
    )  # fmt: skip
    return run
