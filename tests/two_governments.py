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
